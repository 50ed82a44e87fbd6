import Foundation

/// One line of a segment: `{"sum":"<crc32>","prev":"<sha-256 of the line before>","event":<body>}`
/// and a newline. The checksum covers `prev` and the body's exact bytes, so a torn or flipped
/// line is detected on every read; `prev` chains each line to the one before it (across
/// segments, and from the store's id for the very first), so `rujuk audit verify` can tell an
/// edited, removed or reordered line. Lines written before the chain existed have no `prev`.
enum JournalLine {
    static let prefix = Array(#"{"sum":""#.utf8)
    static let prevKey = Array(#"","prev":""#.utf8)
    static let middle = Array(#"","event":"#.utf8)
    static let hashLength = 64

    /// A complete line, taken apart.
    struct Parsed {
        let body: ArraySlice<UInt8>
        /// The hash of the line before as it stands in the line (nil before the chain existed):
        /// a string only for those who ask, as the chain's checks do and a fold does not.
        let prevBytes: ArraySlice<UInt8>?
        var prev: String? { prevBytes.map { String(decoding: $0, as: UTF8.self) } }
    }

    static func encode(body: [UInt8], prev: String) -> [UInt8] {
        let prevBytes = Array(prev.utf8)
        var line = prefix
        line.reserveCapacity(prefix.count + 8 + prevKey.count + prevBytes.count + middle.count + body.count + 2)
        line += Array(CRC32.hex(CRC32.checksum(body, continuing: CRC32.checksum(prevBytes))).utf8)
        line += prevKey
        line += prevBytes
        line += middle
        line += body
        line.append(UInt8(ascii: "}"))
        line.append(UInt8(ascii: "\n"))
        return line
    }

    /// The parts of a complete line (without its newline), or nil when the line is damaged.
    static func parse(_ line: ArraySlice<UInt8>) -> Parsed? {
        guard line.count >= prefix.count + 8 + middle.count + 1, line.starts(with: prefix), line.last == UInt8(ascii: "}") else { return nil }
        let sumStart = line.startIndex + prefix.count
        guard let sum = hexValue(line[sumStart..<(sumStart + 8)]) else { return nil }
        var cursor = sumStart + 8
        var prev: ArraySlice<UInt8>? = nil
        if line[cursor...].starts(with: prevKey) {
            let start = cursor + prevKey.count
            guard line.endIndex - start > hashLength else { return nil }
            prev = line[start..<(start + hashLength)]
            cursor = start + hashLength
        }
        guard line[cursor...].starts(with: middle) else { return nil }
        let body = line[(cursor + middle.count)..<(line.endIndex - 1)]
        let computed = CRC32.checksum(body, continuing: prev.map { CRC32.checksum($0) } ?? 0)
        guard computed == sum else { return nil }
        return Parsed(body: body, prevBytes: prev)
    }

    /// Eight lower-case or upper-case hex digits, as `UInt32(_:radix: 16)` reads them.
    private static func hexValue(_ digits: ArraySlice<UInt8>) -> UInt32? {
        var value: UInt32 = 0
        for b in digits {
            switch b {
            case 0x30...0x39: value = value << 4 | UInt32(b - 0x30)
            case 0x41...0x46: value = value << 4 | UInt32(b - 0x41 + 10)
            case 0x61...0x66: value = value << 4 | UInt32(b - 0x61 + 10)
            default: return nil
            }
        }
        return value
    }

    /// The body of a complete line, or nil when the line is damaged.
    static func body(of line: ArraySlice<UInt8>) -> ArraySlice<UInt8>? { parse(line)?.body }

    /// The hash a line's successor records: SHA-256 of the whole line, newline included.
    static func hash<C: Collection>(ofLine bytes: C) -> String where C.Element == UInt8 { SHA256.hex(bytes) }

    /// What the first line of a chain records: a hash of the store's id, so that a journal
    /// copied in from another store does not verify.
    static func genesis(storeID: String, isPrivate: Bool) -> String {
        SHA256.hex(Array("rujuk \(isPrivate ? "private" : "journal") \(storeID)".utf8))
    }
}
