import Foundation
import RujukDomain

/// Picks closed cases out of `history.json` without decoding the others: one pass over the
/// bytes that keeps track of strings and nesting, reads the file's `seq` and `storeID` and, in
/// each case, its `number`, its `studentID` and the latest of its moments (`closedAt`, and every
/// `at`, `on`, `due` and `doneAt` inside it: a review given after closing, a plan action due
/// later), and returns the cases the question wants as one JSON array to decode. A report of a
/// recent month needs hundreds of the tens of thousands there; one student's record, a few.
enum HistoryScan {
    /// What the scan knows of a case when it decides whether to keep it.
    struct Head {
        var number: Int?
        var studentID: String?
        var latest: Int64?
    }

    struct Picked {
        var storeID: String
        var seq: Int
        /// `[case, case, …]`: the cases closed at or after the moment asked for.
        var json: [UInt8]
    }

    /// The cases with anything at or after `since` (milliseconds since 1970).
    static func cases(in bytes: [UInt8], closedSinceMilliseconds since: Int64) -> Picked? {
        cases(in: bytes) { head in head.latest.map { $0 >= since } ?? false }
    }

    /// Nil when the bytes are not the history file's shape (the caller then reads it whole).
    static func cases(in bytes: [UInt8], where wanted: (Head) -> Bool) -> Picked? {
        bytes.withUnsafeBufferPointer { b -> Picked? in
            let n = b.count
            var i = 0
            var depth = 0
            var storeID: String?, seq: Int?
            var out: [UInt8] = [UInt8(ascii: "[")]
            var inCases = false
            var caseStart = -1, head = Head()
            var lastKey = (start: 0, end: 0)
            var keyDepth = -1
            func skipSpace(_ j: Int) -> Int { var j = j; while j < n, b[j] == 0x20 || b[j] == 0x0A || b[j] == 0x0D || b[j] == 0x09 { j += 1 }; return j }
            func key(_ name: StaticString) -> Bool {
                let len = name.utf8CodeUnitCount
                guard lastKey.end - lastKey.start == len else { return false }
                return name.withUTF8Buffer { k in (0..<len).allSatisfy { b[lastKey.start + $0] == k[$0] } }
            }
            func number(at j: Int) -> (Int64, Int)? {
                var j = j, value: Int64 = 0, digits = 0
                let negative = j < n && b[j] == UInt8(ascii: "-")
                if negative { j += 1 }
                while j < n, b[j] >= 0x30, b[j] <= 0x39 { value = value &* 10 &+ Int64(b[j] - 0x30); j += 1; digits += 1 }
                return digits == 0 ? nil : (negative ? -value : value, j)
            }
            while i < n {
                let c = b[i]
                switch c {
                case UInt8(ascii: "\""):
                    // A string: to its closing quote, escapes skipped. A key is followed by ':'.
                    let start = i + 1
                    i += 1
                    while i < n, b[i] != UInt8(ascii: "\"") { i += b[i] == UInt8(ascii: "\\") ? 2 : 1 }
                    guard i < n else { return nil }
                    let end = i
                    let after = skipSpace(i + 1)
                    if after < n, b[after] == UInt8(ascii: ":") {
                        lastKey = (start, end)
                        keyDepth = depth
                        i = after
                    } else if depth == 1, keyDepth == 1, key("storeID") {
                        storeID = String(decoding: UnsafeBufferPointer(rebasing: b[start..<end]), as: UTF8.self)
                    } else if inCases, depth == 3, keyDepth == 3, key("studentID") {
                        head.studentID = String(decoding: UnsafeBufferPointer(rebasing: b[start..<end]), as: UTF8.self)
                    }
                case UInt8(ascii: "{"), UInt8(ascii: "["):
                    depth += 1
                    if depth == 2, keyDepth == 1, key("cases"), c == UInt8(ascii: "[") { inCases = true }
                    if inCases, depth == 3, c == UInt8(ascii: "{") { caseStart = i; head = Head() }
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    if inCases, depth == 3, c == UInt8(ascii: "}"), caseStart >= 0 {
                        if wanted(head) {
                            if out.count > 1 { out.append(UInt8(ascii: ",")) }
                            out.append(contentsOf: UnsafeBufferPointer(rebasing: b[caseStart...i]))
                        }
                        caseStart = -1
                    }
                    if inCases, depth == 2, c == UInt8(ascii: "]") { inCases = false }
                    depth -= 1
                    guard depth >= 0 else { return nil }
                default:
                    if c == UInt8(ascii: "-") || (c >= 0x30 && c <= 0x39) {
                        guard let (value, next) = number(at: i) else { return nil }
                        if depth == 1, keyDepth == 1, key("seq") { seq = Int(value) }
                        if inCases, depth >= 3, keyDepth == depth, key("closedAt") || key("at") || key("on") || key("due") || key("doneAt") {
                            head.latest = max(head.latest ?? value, value)
                        }
                        if inCases, depth == 3, keyDepth == 3, key("number") { head.number = Int(value) }
                        i = next
                        continue
                    }
                }
                i += 1
            }
            guard depth == 0, let storeID, let seq else { return nil }
            out.append(UInt8(ascii: "]"))
            return Picked(storeID: storeID, seq: seq, json: out)
        }
    }
}
