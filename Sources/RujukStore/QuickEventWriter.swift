import Foundation
import RujukDomain

/// The journal body of the events a school writes most (replies, read marks, pick-ups), written
/// by hand; the others go through the encoder. Any valid JSON the decoder reads back as the same
/// event will do: the tests hold every text, however hostile, to that.
enum QuickEventWriter {
    static func body(_ event: Event) -> [UInt8]? {
        var data: [UInt8] = []
        switch event.payload {
        case .messagePosted(let e), .referralOutcome(let e):
            guard e.ref == nil else { return nil }
            data = Array(#"{"number":\#(e.number),"visibility":"#.utf8)
            string(e.visibility.rawValue, into: &data)
            if let text = e.text {
                data += Array(#","text":"#.utf8)
                string(text, into: &data)
            }
            data.append(UInt8(ascii: "}"))
        case .threadRead(let number, let upTo):
            data = Array(#"{"number":\#(number),"upTo":\#(upTo)}"#.utf8)
        case .pickedUp(let number):
            data = Array(#"{"number":\#(number)}"#.utf8)
        default:
            return nil
        }
        var out = Array(#"{"seq":\#(event.seq),"at":"#.utf8)
        string(ISODate.format(event.at), into: &out)
        out += Array(#","by":"#.utf8)
        string(event.actor, into: &out)
        out += Array(#","type":"#.utf8)
        string(event.payload.typeName, into: &out)
        out += Array(#","data":"#.utf8)
        out += data
        out.append(UInt8(ascii: "}"))
        return out
    }

    /// A JSON string: quotes, backslashes and control characters escaped, the rest as UTF-8.
    static func string(_ text: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
            case UInt8(ascii: "\\"): out += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
            case 0x0A: out += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case 0x0D: out += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            case 0x09: out += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                out += Array(#"\u00"#.utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
