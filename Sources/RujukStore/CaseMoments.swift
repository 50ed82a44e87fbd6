/// The latest moment a closed case holds, read from its encoded bytes (dates as milliseconds):
/// its closing, and every `at`, `on`, `due` and `doneAt` inside it (a review given after closing,
/// a plan action due later). A report of a period needs the cases with anything in or after it;
/// the history index keeps this number so that it picks them without decoding the others.
enum CaseMoments {
    static func latest(in bytes: [UInt8]) -> Int64? {
        bytes.withUnsafeBufferPointer { b -> Int64? in
            let n = b.count
            var i = 0
            var latest: Int64?
            var key = (start: 0, end: 0)
            func keyIs(_ name: StaticString) -> Bool {
                let len = name.utf8CodeUnitCount
                guard key.end - key.start == len else { return false }
                return name.withUTF8Buffer { k in (0..<len).allSatisfy { b[key.start + $0] == k[$0] } }
            }
            while i < n {
                let c = b[i]
                if c == UInt8(ascii: "\"") {
                    // A string, escapes skipped; a key is followed by ':'.
                    let start = i + 1
                    i += 1
                    while i < n, b[i] != UInt8(ascii: "\"") { i += b[i] == UInt8(ascii: "\\") ? 2 : 1 }
                    let end = min(i, n)
                    var after = i + 1
                    while after < n, b[after] == 0x20 { after += 1 }
                    key = after < n && b[after] == UInt8(ascii: ":") ? (start, end) : (0, 0)
                    i += 1
                    continue
                }
                if c == UInt8(ascii: "-") || (c >= 0x30 && c <= 0x39) {
                    var j = c == UInt8(ascii: "-") ? i + 1 : i
                    var value: Int64 = 0, digits = 0
                    while j < n, b[j] >= 0x30, b[j] <= 0x39 { value = value &* 10 &+ Int64(b[j] - 0x30); j += 1; digits += 1 }
                    if c == UInt8(ascii: "-") { value = -value }
                    if digits > 0, keyIs("closedAt") || keyIs("at") || keyIs("on") || keyIs("due") || keyIs("doneAt") {
                        latest = max(latest ?? value, value)
                    }
                    key = (0, 0)
                    i = max(j, i + 1)
                    continue
                }
                if c == UInt8(ascii: ",") || c == UInt8(ascii: "{") || c == UInt8(ascii: "[") { key = (0, 0) }
                i += 1
            }
            return latest
        }
    }
}
