import CPrivilege
import Foundation
import RujukDomain
import RujukStore

extension Broker {
    /// Answers requests on `fd` until the other side closes it. A frame that is too large or
    /// not a request is refused without touching the store; one too large to skip ends the
    /// session (its bytes are never read).
    public func serve(_ fd: Int32) { serve(input: fd, output: fd) }

    /// The helper reads standard input and answers on standard output: one socket when
    /// `rujuk` starts it, two pipes when someone runs it by hand.
    public func serve(input: Int32, output fd: Int32) {
        let decoder = JSONCoding.wireDecoder()
        let encoder = JSONCoding.wireEncoder()
        func send(_ response: Response) -> Bool {
            guard let bytes = try? ResponseCoding.encode(response, with: encoder) else { return false }
            do { try Frame.write(bytes, to: fd) } catch { return false }
            return true
        }
        while true {
            let frame: [UInt8]
            do {
                frame = try Frame.read(from: input, limit: Frame.requestLimit)
            } catch .tooLarge(let n) {
                _ = send(.refused(WireError(StoreError(.refused(.invalid), .entryTooLarge("\(Store.entryLimit >> 10)")))))
                _ = n
                return
            } catch {
                return
            }
            let request = try? decoder.decode(Request.self, from: Data(frame))
            if case .watch = request {
                // Always the one byte, never a frame (the caller reads a byte): with the
                // descriptor when a session is open and the watch could be made.
                let made = store == nil ? nil : ChangeWatch(journalDirectory: storePath + "/journal")
                if rujuk_send_descriptor(fd, made?.journal ?? -1) != 0 { return }
                continue
            }
            let response = request.map(handle) ?? .refused(WireError(StoreError(.refused(.invalid), .badRequest("\(frame.count) bytes"))))
            if !send(response) { return }
        }
    }
}
