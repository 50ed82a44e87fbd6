import Foundation
import RujukDomain

/// The journal's most frequent lines (replies, read marks, pick-ups and the like: most of a
/// school's year) read by hand, several times faster than Codable, because every writer reads
/// every colleague's lines before it appends its own. Anything else, or anything unusual (a key
/// it does not know, a number with a fraction, a text moved to `private/`), it leaves to the
/// decoder by answering nil, so what it reads is always what the decoder would have read.
enum QuickEventReader {
    static func event(_ body: ArraySlice<UInt8>) -> Event? {
        var cursor = Cursor(body)
        var seq: Int?, at: Date?, by: String?, type: String?, data: [String: Scalar]?
        guard cursor.take(UInt8(ascii: "{")) else { return nil }
        repeat {
            guard let key = cursor.string(), cursor.take(UInt8(ascii: ":")) else { return nil }
            switch key {
            case "seq" where seq == nil: seq = cursor.integer()
            case "at" where at == nil: at = cursor.string().flatMap(ISODate.parse)
            case "by" where by == nil: by = cursor.string()
            case "type" where type == nil: type = cursor.string()
            case "data" where data == nil: data = cursor.flatObject()
            default: return nil
            }
        } while cursor.take(UInt8(ascii: ","))
        guard cursor.take(UInt8(ascii: "}")), cursor.atEnd,
              let seq, let at, let by, let type, let data, let payload = payload(type, data) else { return nil }
        return Event(seq: seq, at: at, actor: by, payload: payload)
    }

    /// A value inside `data`: only numbers, texts and null are read here.
    enum Scalar: Equatable {
        case integer(Int), text(String), null
    }

    private static func payload(_ type: String, _ data: [String: Scalar]) -> EventPayload? {
        func int(_ key: String) -> Int? { if case .integer(let n)? = data[key] { n } else { nil } }
        func text(_ key: String) -> String? { if case .text(let t)? = data[key] { t } else { nil } }
        /// Only the keys the type has: an extra one is the decoder's to judge.
        func only(_ keys: Set<String>) -> Bool { Set(data.keys).isSubset(of: keys) }
        switch type {
        case "messagePosted", "referralOutcome":
            // A text moved to `private/` has a `ref` object: the decoder reads those.
            guard only(["number", "visibility", "text"]), let number = int("number"),
                  let visibility = text("visibility").flatMap(Visibility.init(rawValue:)) else { return nil }
            let entry: String?
            switch data["text"] {
            case .text(let t)?: entry = t
            case .null?, nil: entry = nil
            case .integer?: return nil
            }
            let e = EntryText(number: number, visibility: visibility, text: entry)
            return type == "messagePosted" ? .messagePosted(e) : .referralOutcome(e)
        case "threadRead":
            guard only(["number", "upTo"]), let number = int("number"), let upTo = int("upTo") else { return nil }
            return .threadRead(number: number, upTo: upTo)
        case "pickedUp":
            guard only(["number"]), let number = int("number") else { return nil }
            return .pickedUp(number: number)
        case "assigned":
            guard only(["number", "to"]), let number = int("number"), let to = text("to") else { return nil }
            return .assigned(number: number, to: to)
        case "goalAdded":
            guard only(["number", "text"]), let number = int("number"), let t = text("text") else { return nil }
            return .goalAdded(number: number, text: t)
        case "planItemDone":
            guard only(["number", "item"]), let number = int("number"), let item = int("item") else { return nil }
            return .planItemDone(number: number, item: item)
        default:
            return nil
        }
    }

    /// JSON as the journal writes it: no spaces, but any may be read past.
    struct Cursor {
        private let bytes: ArraySlice<UInt8>
        private var i: Int

        init(_ bytes: ArraySlice<UInt8>) {
            self.bytes = bytes
            i = bytes.startIndex
        }

        var atEnd: Bool {
            mutating get {
                skipSpace()
                return i == bytes.endIndex
            }
        }

        private mutating func skipSpace() {
            while i < bytes.endIndex, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
        }

        mutating func take(_ byte: UInt8) -> Bool {
            skipSpace()
            guard i < bytes.endIndex, bytes[i] == byte else { return false }
            i += 1
            return true
        }

        /// A whole number without fraction or exponent that fits an Int.
        mutating func integer() -> Int? {
            skipSpace()
            var negative = false
            if i < bytes.endIndex, bytes[i] == UInt8(ascii: "-") { negative = true; i += 1 }
            let start = i
            var value = 0
            while i < bytes.endIndex, bytes[i] >= 0x30, bytes[i] <= 0x39 {
                let (times, o1) = value.multipliedReportingOverflow(by: 10)
                let (plus, o2) = times.addingReportingOverflow(Int(bytes[i] - 0x30))
                guard !o1, !o2 else { return nil }
                value = plus
                i += 1
            }
            let digits = i - start
            guard digits > 0, !(digits > 1 && bytes[start] == 0x30) else { return nil }
            if i < bytes.endIndex, bytes[i] == UInt8(ascii: ".") || bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") { return nil }
            return negative ? -value : value
        }

        /// A string, its escapes undone; nil for a control character, a lone surrogate or bytes
        /// that are not UTF-8 (the decoder refuses those, and says so).
        mutating func string() -> String? {
            guard take(UInt8(ascii: "\"")) else { return nil }
            let start = i
            // Most texts have no escape: taken as they stand.
            while i < bytes.endIndex, bytes[i] != UInt8(ascii: "\""), bytes[i] != UInt8(ascii: "\\") {
                guard bytes[i] >= 0x20 else { return nil }
                i += 1
            }
            guard i < bytes.endIndex else { return nil }
            if bytes[i] == UInt8(ascii: "\"") {
                i += 1
                return String(validating: bytes[start..<(i - 1)], as: UTF8.self)
            }
            var out = Array(bytes[start..<i])
            while i < bytes.endIndex {
                let b = bytes[i]
                i += 1
                switch b {
                case UInt8(ascii: "\""):
                    return String(validating: out, as: UTF8.self)
                case UInt8(ascii: "\\"):
                    guard i < bytes.endIndex else { return nil }
                    let e = bytes[i]
                    i += 1
                    switch e {
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
                    case UInt8(ascii: "b"): out.append(0x08)
                    case UInt8(ascii: "f"): out.append(0x0C)
                    case UInt8(ascii: "n"): out.append(0x0A)
                    case UInt8(ascii: "r"): out.append(0x0D)
                    case UInt8(ascii: "t"): out.append(0x09)
                    case UInt8(ascii: "u"):
                        guard let unit = hex4() else { return nil }
                        var scalar: Unicode.Scalar?
                        if (0xD800...0xDBFF).contains(unit) {
                            // The low half follows at once (no space may come between: it is inside a string).
                            guard bytes.endIndex - i >= 2, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") else { return nil }
                            i += 2
                            guard let low = hex4(), (0xDC00...0xDFFF).contains(low) else { return nil }
                            scalar = Unicode.Scalar(0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00))
                        } else {
                            scalar = Unicode.Scalar(unit)
                        }
                        guard let scalar else { return nil }
                        out += Array(String(Character(scalar)).utf8)
                    default:
                        return nil
                    }
                default:
                    guard b >= 0x20 else { return nil }
                    out.append(b)
                }
            }
            return nil
        }

        private mutating func hex4() -> UInt16? {
            guard bytes.endIndex - i >= 4 else { return nil }
            var value: UInt16 = 0
            for _ in 0..<4 {
                let b = bytes[i]
                let digit: UInt8
                switch b {
                case 0x30...0x39: digit = b - 0x30
                case 0x41...0x46: digit = b - 0x41 + 10
                case 0x61...0x66: digit = b - 0x61 + 10
                default: return nil
                }
                value = value << 4 | UInt16(digit)
                i += 1
            }
            return value
        }

        /// An object of numbers, texts and nulls; nil for anything nested, or a key twice.
        mutating func flatObject() -> [String: Scalar]? {
            guard take(UInt8(ascii: "{")) else { return nil }
            var object: [String: Scalar] = [:]
            if take(UInt8(ascii: "}")) { return object }
            repeat {
                guard let key = string(), object[key] == nil, take(UInt8(ascii: ":")) else { return nil }
                skipSpace()
                guard i < bytes.endIndex else { return nil }
                switch bytes[i] {
                case UInt8(ascii: "\""): guard let t = string() else { return nil }; object[key] = .text(t)
                case UInt8(ascii: "n"):
                    guard bytes[i...].starts(with: "null".utf8) else { return nil }
                    i += 4
                    object[key] = .null
                default: guard let n = integer() else { return nil }; object[key] = .integer(n)
                }
            } while take(UInt8(ascii: ","))
            return take(UInt8(ascii: "}")) ? object : nil
        }
    }
}

extension Store {
    /// One journal line's event: the hand reader's when it knows the line, else the decoder's.
    func decodeEvent(_ body: ArraySlice<UInt8>) throws -> Event {
        if let event = QuickEventReader.event(body) { return event }
        return try decoder.decode(Event.self, from: Data(body))
    }
}
