import Foundation
import RujukDomain

/// The journal's most frequent lines (replies, read marks, pick-ups and the like: most of a
/// school's year) read by hand, several times faster than Codable, because every writer reads
/// every colleague's lines before it appends its own. Anything else, or anything unusual (a key
/// it does not know or that is escaped, a number with a fraction, a text moved to `private/`),
/// it leaves to the decoder by answering nil, so what it reads is always what the decoder
/// would have read.
///
/// Keys, the type and the visibility are compared as bytes where they lie, and only the texts
/// the event keeps become strings: a writer among eight reads seven lines for each it writes.
enum QuickEventReader {
    static func event(_ body: ArraySlice<UInt8>) -> Event? {
        body.withUnsafeBufferPointer { read(Cursor($0)) }
    }

    private static func read(_ start: Cursor) -> Event? {
        var cursor = start
        var seq: Int?, at: Date?, by: String?, type: Kind?, data: Fields?
        guard cursor.take(UInt8(ascii: "{")) else { return nil }
        repeat {
            guard let key = cursor.plainString(), cursor.take(UInt8(ascii: ":")) else { return nil }
            if key.is("seq"), seq == nil {
                seq = cursor.integer()
            } else if key.is("at"), at == nil {
                at = cursor.plainString().flatMap { ISODate.parse(utf8: $0) }
            } else if key.is("by"), by == nil {
                by = cursor.string()
            } else if key.is("type"), type == nil {
                type = cursor.plainString().flatMap(Kind.init)
            } else if key.is("data"), data == nil {
                data = cursor.fields()
            } else {
                return nil
            }
        } while cursor.take(UInt8(ascii: ","))
        guard cursor.take(UInt8(ascii: "}")), cursor.atEnd,
              let seq, let at, let by, let type, let data, let payload = payload(type, data) else { return nil }
        return Event(seq: seq, at: at, actor: by, payload: payload)
    }

    /// The kinds read here, by their names in the journal.
    private enum Kind: String, CaseIterable {
        case messagePosted, referralOutcome, threadRead, pickedUp, assigned, goalAdded, planItemDone

        init?(_ name: UnsafeBufferPointer<UInt8>) {
            guard let kind = Self.allCases.first(where: { $0.rawValue.utf8.elementsEqual(name) }) else { return nil }
            self = kind
        }
    }

    /// The keys `data` may have here; any other leaves the line to the decoder.
    fileprivate struct Keys: OptionSet {
        let rawValue: UInt8
        static let number = Keys(rawValue: 1), visibility = Keys(rawValue: 2), text = Keys(rawValue: 4)
        static let upTo = Keys(rawValue: 8), to = Keys(rawValue: 16), item = Keys(rawValue: 32)
    }

    /// `data` as read: each key once, numbers where numbers belong, texts where texts do (a
    /// value of another type is the decoder's to refuse).
    fileprivate struct Fields {
        var keys: Keys = []
        var number = 0, upTo = 0, item = 0
        var visibility: Visibility?
        /// nil for `"text":null`.
        var text: String?
        var to = ""

        /// Only the keys the type has, and every one it needs.
        func has(_ needed: Keys, optional: Keys = []) -> Bool {
            keys.isSuperset(of: needed) && needed.union(optional).isSuperset(of: keys)
        }
    }

    private static func payload(_ type: Kind, _ data: Fields) -> EventPayload? {
        switch type {
        case .messagePosted, .referralOutcome:
            // A text moved to `private/` has a `ref` object: the decoder reads those.
            guard data.has([.number, .visibility], optional: .text), let visibility = data.visibility else { return nil }
            let e = EntryText(number: data.number, visibility: visibility, text: data.text)
            return type == .messagePosted ? .messagePosted(e) : .referralOutcome(e)
        case .threadRead:
            guard data.has([.number, .upTo]) else { return nil }
            return .threadRead(number: data.number, upTo: data.upTo)
        case .pickedUp:
            guard data.has(.number) else { return nil }
            return .pickedUp(number: data.number)
        case .assigned:
            guard data.has([.number, .to]) else { return nil }
            return .assigned(number: data.number, to: data.to)
        case .goalAdded:
            guard data.has([.number, .text]), let text = data.text else { return nil }
            return .goalAdded(number: data.number, text: text)
        case .planItemDone:
            guard data.has([.number, .item]) else { return nil }
            return .planItemDone(number: data.number, item: data.item)
        }
    }

    /// JSON as the journal writes it: no spaces, but any may be read past.
    struct Cursor {
        private let bytes: UnsafeBufferPointer<UInt8>
        private var i = 0

        init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        var atEnd: Bool {
            mutating get {
                skipSpace()
                return i == bytes.count
            }
        }

        private mutating func skipSpace() {
            while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
        }

        mutating func take(_ byte: UInt8) -> Bool {
            skipSpace()
            guard i < bytes.count, bytes[i] == byte else { return false }
            i += 1
            return true
        }

        /// A whole number without fraction or exponent that fits an Int.
        mutating func integer() -> Int? {
            skipSpace()
            var negative = false
            if i < bytes.count, bytes[i] == UInt8(ascii: "-") { negative = true; i += 1 }
            let start = i
            var value = 0
            while i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39 {
                let (times, o1) = value.multipliedReportingOverflow(by: 10)
                let (plus, o2) = times.addingReportingOverflow(Int(bytes[i] - 0x30))
                guard !o1, !o2 else { return nil }
                value = plus
                i += 1
            }
            let digits = i - start
            guard digits > 0, !(digits > 1 && bytes[start] == 0x30) else { return nil }
            if i < bytes.count, bytes[i] == UInt8(ascii: ".") || bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") { return nil }
            return negative ? -value : value
        }

        /// A string without escapes or control characters, as the bytes it is (a key, a type,
        /// a date); nil for anything else, which the decoder then reads.
        mutating func plainString() -> UnsafeBufferPointer<UInt8>? {
            guard take(UInt8(ascii: "\"")) else { return nil }
            let start = i
            while i < bytes.count, bytes[i] != UInt8(ascii: "\"") {
                guard bytes[i] >= 0x20, bytes[i] != UInt8(ascii: "\\") else { return nil }
                i += 1
            }
            guard i < bytes.count else { return nil }
            i += 1
            return UnsafeBufferPointer(rebasing: bytes[start..<(i - 1)])
        }

        /// A string, its escapes undone; nil for a control character, a lone surrogate or bytes
        /// that are not UTF-8 (the decoder refuses those, and says so).
        mutating func string() -> String? {
            guard take(UInt8(ascii: "\"")) else { return nil }
            let start = i
            var ascii = true
            // Most texts have no escape: taken as they stand.
            while i < bytes.count, bytes[i] != UInt8(ascii: "\""), bytes[i] != UInt8(ascii: "\\") {
                guard bytes[i] >= 0x20 else { return nil }
                if bytes[i] >= 0x80 { ascii = false }
                i += 1
            }
            guard i < bytes.count else { return nil }
            if bytes[i] == UInt8(ascii: "\"") {
                i += 1
                let raw = UnsafeBufferPointer(rebasing: bytes[start..<(i - 1)])
                // ASCII is UTF-8 as it stands: only other bytes need validating.
                return ascii ? String(decoding: raw, as: UTF8.self) : String(validating: raw, as: UTF8.self)
            }
            var out = Array(bytes[start..<i])
            while i < bytes.count {
                let b = bytes[i]
                i += 1
                switch b {
                case UInt8(ascii: "\""):
                    return String(validating: out, as: UTF8.self)
                case UInt8(ascii: "\\"):
                    guard i < bytes.count else { return nil }
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
                            guard bytes.count - i >= 2, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") else { return nil }
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
            guard bytes.count - i >= 4 else { return nil }
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

        private mutating func isNull() -> Bool {
            skipSpace()
            guard bytes.count - i >= 4, bytes[i] == UInt8(ascii: "n"), bytes[i + 1] == UInt8(ascii: "u"),
                  bytes[i + 2] == UInt8(ascii: "l"), bytes[i + 3] == UInt8(ascii: "l") else { return false }
            i += 4
            return true
        }

        /// `data`: an object of the keys above; nil for anything nested, unknown or twice.
        fileprivate mutating func fields() -> Fields? {
            guard take(UInt8(ascii: "{")) else { return nil }
            var f = Fields()
            if take(UInt8(ascii: "}")) { return f }
            repeat {
                guard let key = plainString(), take(UInt8(ascii: ":")) else { return nil }
                let name: Keys
                if key.is("number") { name = .number } else if key.is("visibility") { name = .visibility }
                else if key.is("text") { name = .text } else if key.is("upTo") { name = .upTo }
                else if key.is("to") { name = .to } else if key.is("item") { name = .item } else { return nil }
                guard !f.keys.contains(name) else { return nil }
                f.keys.insert(name)
                switch name {
                case .number: guard let n = integer() else { return nil }; f.number = n
                case .upTo: guard let n = integer() else { return nil }; f.upTo = n
                case .item: guard let n = integer() else { return nil }; f.item = n
                case .visibility:
                    guard let raw = plainString(), let v = Visibility.allCases.first(where: { $0.rawValue.utf8.elementsEqual(raw) }) else { return nil }
                    f.visibility = v
                case .to: guard let t = string() else { return nil }; f.to = t
                default:
                    if isNull() { f.text = nil } else { guard let t = string() else { return nil }; f.text = t }
                }
            } while take(UInt8(ascii: ","))
            return take(UInt8(ascii: "}")) ? f : nil
        }
    }
}

private extension UnsafeBufferPointer<UInt8> {
    /// Whether these bytes spell `name` (an ASCII key of the journal's).
    func `is`(_ name: StaticString) -> Bool {
        count == name.utf8CodeUnitCount && elementsEqual(UnsafeBufferPointer(start: name.utf8Start, count: count))
    }
}

extension Store {
    /// One journal line's event: the hand reader's when it knows the line, else the decoder's.
    func decodeEvent(_ body: ArraySlice<UInt8>) throws -> Event {
        if let event = QuickEventReader.event(body) { return event }
        return try decoder.decode(Event.self, from: Data(body))
    }
}
