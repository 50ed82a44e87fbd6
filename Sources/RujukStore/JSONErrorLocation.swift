import Foundation

/// Turns a JSON decoding error into a line and byte, for messages about damaged files.
enum JSONErrorLocation {
    static func locate(_ error: Error, in bytes: [UInt8]) -> (line: Int, byte: Int) {
        var byte = 0
        let text = "\(error)"
        // Foundation reports "around line L, column C" or "at byte/character N" depending on the platform.
        if let range = text.range(of: #"line (\d+), column (\d+)"#, options: .regularExpression) {
            let numbers = text[range].split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
            if numbers.count == 2 {
                var line = 1, column = 1
                for (i, b) in bytes.enumerated() {
                    if line == numbers[0] && column == numbers[1] { return (line, i) }
                    if b == UInt8(ascii: "\n") { line += 1; column = 1 } else { column += 1 }
                }
                return (numbers[0], bytes.count)
            }
        }
        if let range = text.range(of: #"(character|byte|offset) (\d+)"#, options: .regularExpression) {
            byte = Int(text[range].split(separator: " ").last ?? "") ?? 0
        }
        byte = min(byte, bytes.count)
        let line = 1 + bytes.prefix(byte).reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
        return (line, byte)
    }
}
