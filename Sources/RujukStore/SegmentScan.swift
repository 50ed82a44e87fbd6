import Foundation

/// The complete, checked lines of a stretch of a segment.
struct SegmentScan {
    struct Line {
        /// Byte offset of the line's first byte in the segment.
        let offset: Int
        let body: ArraySlice<UInt8>
        /// The hash of the line before it, as this line records it (nil before the chain).
        let prevBytes: ArraySlice<UInt8>?
        var prev: String? { prevBytes.map { String(decoding: $0, as: UTF8.self) } }
        /// The whole line, newline included.
        let raw: ArraySlice<UInt8>
        var length: Int { raw.count }
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
            guard let parsed = JournalLine.parse(bytes[start..<newline]) else {
                throw SegmentScan.corruption(path: path, offset: base + start)
            }
            lines.append(Line(offset: base + start, body: parsed.body, prevBytes: parsed.prevBytes, raw: bytes[start...newline]))
            start = newline + 1
            end = base + start
        }
    }

    /// The error for damage at `offset`, with the line number counted from the file's start.
    static func corruption(path: String, offset: Int) -> StoreError {
        let (line, byte) = place(path: path, offset: offset)
        return StoreError(.corrupt, .damagedLine(path, line, byte))
    }

    /// The line number and the byte of damage at `offset`, as a message names them.
    static func place(path: String, offset: Int) -> (line: String, byte: String) {
        ("\(lineNumber(path: path, offset: offset))", "\(offset)")
    }

    /// The 1-based line number of the line starting at `offset`.
    static func lineNumber(path: String, offset: Int) -> Int {
        guard let file = try? FileDescriptor.open(path, O_RDONLY), let bytes = try? file.read(at: 0, count: offset) else { return 1 }
        return 1 + bytes.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
    }
}
