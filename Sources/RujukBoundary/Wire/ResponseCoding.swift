import Foundation
import RujukDomain
import RujukStore

/// A response on the wire: its JSON, then its large binary parts (the projection's cases and
/// students) as they are, so that a session's start pays neither base64 nor a scan of a
/// megabyte-long JSON string each way. Payload: a 4-byte big-endian length and the JSON,
/// then each part as a 4-byte length and its bytes, to the end of the frame.
public enum ResponseCoding {
    public struct Malformed: Error {}

    public static func encode(_ response: Response, with encoder: JSONEncoder = JSONCoding.wireEncoder()) throws -> [UInt8] {
        let parts = WireParts()
        encoder.userInfo[.wireParts] = parts
        defer { encoder.userInfo[.wireParts] = nil }
        let json = try encoder.encode(response)
        var out: [UInt8] = []
        out.reserveCapacity(4 + json.count + parts.items.reduce(0) { $0 + 4 + $1.count })
        appendLength(json.count, to: &out)
        out += json
        for part in parts.items {
            appendLength(part.count, to: &out)
            out += part
        }
        return out
    }

    public static func decode(_ payload: [UInt8], with decoder: JSONDecoder = JSONCoding.wireDecoder()) throws -> Response {
        var at = 0
        func length() throws -> Int {
            guard payload.count - at >= 4 else { throw Malformed() }
            let n = Int(payload[at]) << 24 | Int(payload[at + 1]) << 16 | Int(payload[at + 2]) << 8 | Int(payload[at + 3])
            at += 4
            guard n <= payload.count - at else { throw Malformed() }
            return n
        }
        let jsonLength = try length()
        let json = Data(payload[at..<at + jsonLength])
        at += jsonLength
        let parts = WireParts()
        while at < payload.count {
            let n = try length()
            parts.items.append(Data(payload[at..<at + n]))
            at += n
        }
        decoder.userInfo[.wireParts] = parts
        defer { decoder.userInfo[.wireParts] = nil }
        return try decoder.decode(Response.self, from: json)
    }

    private static func appendLength(_ n: Int, to out: inout [UInt8]) {
        let v = UInt32(n)
        out += [UInt8(v >> 24), UInt8(v >> 16 & 0xff), UInt8(v >> 8 & 0xff), UInt8(v & 0xff)]
    }
}

/// The binary parts of one message, collected while it is encoded and handed out while it is
/// decoded (by index, in the order they were written).
final class WireParts: @unchecked Sendable {
    var items: [Data] = []

    /// Adds a part and returns its index, which the JSON carries in its place.
    func add(_ data: Data) -> Int {
        items.append(data)
        return items.count - 1
    }

    func part(_ index: Int) throws -> Data {
        guard items.indices.contains(index) else { throw ResponseCoding.Malformed() }
        return items[index]
    }
}

extension CodingUserInfoKey {
    static let wireParts = CodingUserInfoKey(rawValue: "rujuk.wireParts")!
}
