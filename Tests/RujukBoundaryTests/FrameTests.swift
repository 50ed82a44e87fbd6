#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing
@testable import RujukBoundary
import RujukDomain
import RujukStore

/// Malformed, oversized and truncated frames are refused without crashing the helper or
/// touching the store.
@Suite struct FrameTests {
    /// Sends raw bytes to a served Broker and reads what comes back (nil when it closed).
    func raw(_ f: BrokerFixture, _ bytes: [UInt8], closeAfter: Bool = false) -> [UInt8]? {
        let (connection, fd) = f.connect(as: "budi")
        _ = bytes.withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        if closeAfter { shutdown(fd, Int32(SHUT_WR)) }
        let answer = try? Frame.read(from: fd, limit: Frame.responseLimit)
        withExtendedLifetime(connection) {}
        return answer
    }

    func refusal(_ bytes: [UInt8]?) -> WireError? {
        guard let bytes, case .refused(let e)? = try? ResponseCoding.decode(bytes) else { return nil }
        return e
    }

    func framed(_ body: [UInt8]) -> [UInt8] {
        let n = UInt32(body.count)
        return [UInt8(n >> 24), UInt8(n >> 16 & 0xff), UInt8(n >> 8 & 0xff), UInt8(n & 0xff)] + body
    }

    @Test func garbageIsRefusedAndTheSessionGoesOn() throws {
        let f = try BrokerFixture()
        let before = try FileManager.default.contentsOfDirectory(atPath: f.root + "/journal").map {
            FileManager.default.contents(atPath: f.root + "/journal/" + $0)
        }
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<50 {
            let body = (0..<Int.random(in: 0...300, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }
            #expect(refusal(raw(f, framed(body)))?.store == StoreMessage.Key.badRequest.rawValue)
        }
        // Valid JSON of the wrong shape, and a request before hello.
        #expect(refusal(raw(f, framed(Array(#"{"append":{"_0":[{"x":1}]}}"#.utf8))))?.store == StoreMessage.Key.badRequest.rawValue)
        #expect(refusal(raw(f, framed(Array(try JSONCoding.wireEncoder().encode(Request.refresh)))))?.store == StoreMessage.Key.badRequest.rawValue)
        let after = try FileManager.default.contentsOfDirectory(atPath: f.root + "/journal").map {
            FileManager.default.contents(atPath: f.root + "/journal/" + $0)
        }
        #expect(before == after)
    }

    @Test func anOversizedFrameIsRefusedUnread() throws {
        let f = try BrokerFixture()
        let e = refusal(raw(f, [0xff, 0xff, 0xff, 0xff]))
        #expect(e?.store == StoreMessage.Key.entryTooLarge.rawValue)
    }

    @Test func aTruncatedFrameEndsTheSessionQuietly() throws {
        let f = try BrokerFixture()
        #expect(raw(f, [0, 0, 1, 0] + Array("{\"hel".utf8), closeAfter: true) == nil)
        #expect(raw(f, [0, 0], closeAfter: true) == nil)
    }

    @Test func anOtherVersionIsRefused() throws {
        let f = try BrokerFixture()
        let hello = Array(try JSONCoding.wireEncoder().encode(Request.hello(version: 99, actAs: nil, pin: nil)))
        #expect(refusal(raw(f, framed(hello)))?.store == StoreMessage.Key.protocolMismatch.rawValue)
    }

    @Test func refusalsKeepTheirKindAndWordsAcrossTheWire() throws {
        let errors: [StoreError] = [
            StoreError(.busy, .busy("10")), StoreError(.corrupt, .damagedLine("a", "1", "2")),
            StoreError(DomainError(.notPermitted, denial: .notOnCase)), StoreError(DomainError(.invalid, .emptyMessage)),
            StoreError(.refused(.notPermitted), .wrongPIN("Budi", "3")),
        ]
        for e in errors {
            let back = try JSONCoding.wireDecoder().decode(WireError.self, from: JSONCoding.wireEncoder().encode(WireError(e))).storeError
            #expect(back.kind == e.kind && back.message == e.message, "\(e)")
        }
    }
}
