import Foundation

/// One line of a segment: `{"sum":"<crc32 of body>","event":<body>}` and a newline.
/// The checksum covers the body's exact bytes, so a torn or flipped line is detected.
enum JournalLine {
    static let prefix = Array(#"{"sum":""#.utf8)
    static let middle = Array(#"","event":"#.utf8)
    static let overhead = prefix.count + 8 + middle.count + 2

    static func encode(body: [UInt8]) -> [UInt8] {
        var line = prefix
        line += Array(CRC32.hex(CRC32.checksum(body)).utf8)
        line += middle
        line += body
        line.append(UInt8(ascii: "}"))
        line.append(UInt8(ascii: "\n"))
        return line
    }

    /// The body of a complete line (without its newline), or nil when the line is damaged.
    static func body(of line: ArraySlice<UInt8>) -> ArraySlice<UInt8>? {
        guard line.count >= overhead - 1, line.starts(with: prefix) else { return nil }
        let sumStart = line.startIndex + prefix.count
        let sumText = String(decoding: line[sumStart..<(sumStart + 8)], as: UTF8.self)
        let middleStart = sumStart + 8
        guard let sum = UInt32(sumText, radix: 16), line[middleStart..<(middleStart + middle.count)].elementsEqual(middle),
              line.last == UInt8(ascii: "}") else { return nil }
        let body = line[(middleStart + middle.count)..<(line.endIndex - 1)]
        return CRC32.checksum(body) == sum ? body : nil
    }
}
