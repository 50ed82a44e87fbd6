import Foundation

/// The complete, checked lines of a stretch of a segment.
struct SegmentScan {
    struct Line {
        /// Byte offset of the line's first byte in the segment.
        let offset: Int
        let body: ArraySlice<UInt8>
    }

    var lines: [Line] = []
    /// Where the complete lines end.
    var end: Int
    /// Bytes after the last newline: a torn tail, or a line still being written.
    var incompleteTail: Bool

    /// Splits `bytes` (read from `base` in `path`) into lines; a damaged complete line is
    /// corruption and is reported with its file, line and byte.
    init(bytes: [UInt8], base: Int, path: String) throws {
        end = base
        incompleteTail = false
        var start = 0
        while start < bytes.count {
            guard let newline = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) else {
                incompleteTail = true
                break
            }
            guard let body = JournalLine.body(of: bytes[start..<newline]) else {
                throw SegmentScan.corruption(path: path, offset: base + start)
            }
            lines.append(Line(offset: base + start, body: body))
            start = newline + 1
            end = base + start
        }
    }

    /// The error for damage at `offset`, with the line number counted from the file's start.
    static func corruption(path: String, offset: Int, reason: StoreMessage = .damagedLine, _ more: String...) -> StoreError {
        var line = 1
        if let file = try? FileDescriptor.open(path, O_RDONLY), let bytes = try? file.read(at: 0, count: offset) {
            line += bytes.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
        }
        var error = StoreError(.corrupt, reason, path, "\(line)", "\(offset)")
        error.args += more
        return error
    }
}
