import Crypto

/// SHA-256 (FIPS 180-4), for the hash chain that links every line of a segment to the one
/// before it: swift-crypto's, about 820 MB/s here against 124 MB/s for the one this store
/// once carried in Swift.
enum SHA256 {
    static func digest<C: Collection>(_ input: C) -> [UInt8] where C.Element == UInt8 {
        Array(Crypto.SHA256.hash(data: Array(input)))
    }

    static func hex<C: Collection>(_ input: C) -> String where C.Element == UInt8 {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(64)
        for byte in digest(input) { out.append(digits[Int(byte >> 4)]); out.append(digits[Int(byte & 15)]) }
        return String(decoding: out, as: UTF8.self)
    }
}
