#if canImport(Glibc)
import Glibc
#endif
import Foundation

extension SnapshotFile {
    /// Decodes a snapshot with its two long base64 texts (format 7's students and cases) taken
    /// out by hand first: the decoder would scan each of their megabytes a byte at a time before
    /// decoding them. Anything unexpected (a key twice, an escape inside) leaves the whole file
    /// to the decoder, which then reads it as before.
    static func decode(_ bytes: [UInt8], with decoder: JSONDecoder) throws -> SnapshotFile {
        var lifted: [(Range<Int>, Data)] = []
        for key in bulkKeys {
            guard let found = lift(key, from: bytes) else { return try decoder.decode(SnapshotFile.self, from: Data(bytes)) }
            lifted.append(found)
        }
        // The rest, each long text left empty (which the decoder reads as no bytes).
        var json = Data()
        var from = 0
        for (range, _) in lifted.sorted(by: { $0.0.lowerBound < $1.0.lowerBound }) {
            json.append(contentsOf: bytes[from..<range.lowerBound])
            from = range.upperBound
        }
        json.append(contentsOf: bytes[from...])
        var snapshot = try decoder.decode(SnapshotFile.self, from: json)
        snapshot.studentBytes = lifted[0].1
        snapshot.caseBytes = lifted[1].1
        return snapshot
    }

    static let bulkKeys = ["studentBytes", "caseBytes"]

    /// Where `"key":"…"` holds its text in `json`, and the bytes that text stands for; nil unless
    /// the key is there once and its text is plain base64.
    static func lift(_ key: String, from json: [UInt8]) -> (Range<Int>, Data)? {
        let needle = Array("\"\(key)\":\"".utf8)
        return json.withUnsafeBytes { raw -> (Range<Int>, Data)? in
            guard let base = raw.baseAddress else { return nil }
            // memchr to each candidate's first byte, then a comparison (Glibc's module has no memmem).
            func find(_ bytes: [UInt8], from: Int) -> Int? {
                var at = from
                while at + bytes.count <= raw.count {
                    guard let hit = memchr(base + at, Int32(bytes[0]), raw.count - at) else { return nil }
                    at = base.distance(to: UnsafeRawPointer(hit))
                    guard at + bytes.count <= raw.count else { return nil }
                    if bytes.withUnsafeBytes({ memcmp(base + at, $0.baseAddress!, bytes.count) }) == 0 { return at }
                    at += 1
                }
                return nil
            }
            guard let at = find(needle, from: 0), find(needle, from: at + 1) == nil else { return nil }
            let start = at + needle.count
            guard let end = find([UInt8(ascii: "\"")], from: start) else { return nil }
            let text = UnsafeRawBufferPointer(rebasing: raw[start..<end])
            // An escape (an older snapshot's `\/`) is the decoder's to read.
            guard memchr(text.baseAddress ?? base, Int32(UInt8(ascii: "\\")), text.count) == nil,
                  let data = Data(base64Encoded: Data(text)) else { return nil }
            return (start..<end, data)
        }
    }
}
