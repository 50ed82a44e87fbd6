#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// One message on the wire: a 4-byte big-endian length, then that many bytes of JSON.
/// Lengths are checked before anything is read, so an oversized or malformed frame costs
/// nothing but its refusal.
public enum Frame {
    /// A request carries at most one entry's text and its fields.
    public static let requestLimit = 1 << 20
    /// A response may carry a whole projection of a large school.
    public static let responseLimit = 1 << 30

    public enum Failure: Error, Equatable {
        /// The other side closed the connection.
        case closed
        case tooLarge(Int)
        case io(Int32)
    }

    public static func write(_ bytes: [UInt8], to fd: Int32) throws(Failure) {
        let n = UInt32(bytes.count)
        let header: [UInt8] = [UInt8(n >> 24), UInt8(n >> 16 & 0xff), UInt8(n >> 8 & 0xff), UInt8(n & 0xff)]
        try writeAll(header + bytes, to: fd)
    }

    /// The next frame's bytes; `.closed` at a clean end of the connection.
    public static func read(from fd: Int32, limit: Int) throws(Failure) -> [UInt8] {
        let header = try readExactly(4, from: fd, eofIsClosed: true)
        let n = Int(header[0]) << 24 | Int(header[1]) << 16 | Int(header[2]) << 8 | Int(header[3])
        if n > limit { throw .tooLarge(n) }
        return try readExactly(n, from: fd, eofIsClosed: false)
    }

    private static func writeAll(_ bytes: [UInt8], to fd: Int32) throws(Failure) {
        var done = 0
        while done < bytes.count {
            // send() never raises SIGPIPE on a socket; a pipe (the helper run by hand) takes write().
            var r = bytes.withUnsafeBytes { send(fd, $0.baseAddress! + done, bytes.count - done, Int32(MSG_NOSIGNAL)) }
            if r < 0 && errno == ENOTSOCK { r = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + done, bytes.count - done) } }
            if r < 0 {
                if errno == EINTR { continue }
                if errno == EPIPE || errno == ECONNRESET { throw .closed }
                throw .io(errno)
            }
            done += r
        }
    }

    private static func readExactly(_ count: Int, from fd: Int32, eofIsClosed: Bool) throws(Failure) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: count)
        var done = 0
        while done < count {
            let r = out.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + done, count - done) }
            if r < 0 {
                if errno == EINTR { continue }
                if errno == ECONNRESET { throw .closed }
                throw .io(errno)
            }
            if r == 0 { throw .closed }
            done += r
        }
        return out
    }
}
