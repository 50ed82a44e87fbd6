import CryptoExtras
import Foundation
import RujukStore

/// PINs are stored only as salted scrypt hashes: `scrypt$N$r$p$salt$hash` (base64). The cost
/// is stored with each hash, so raising it leaves older hashes verifiable.
public enum PinHash {
    public static let rounds = 1 << 16, blockSize = 8, parallelism = 1
    /// New PINs have at least this many digits; a shorter one still opens, once, and must be changed.
    public static let minimumDigits = 6

    public static func make(_ pin: String) throws -> String {
        let salt = (0..<16).map { _ in UInt8.random(in: 0...255) }
        let key = try derive(pin, salt: salt, rounds: rounds, blockSize: blockSize, parallelism: parallelism)
        return "scrypt$\(rounds)$\(blockSize)$\(parallelism)$\(Data(salt).base64EncodedString())$\(key.base64EncodedString())"
    }

    public static func verify(_ pin: String, against stored: String) -> Bool {
        let parts = stored.split(separator: "$").map(String.init)
        guard parts.count == 6, parts[0] == "scrypt", let n = Int(parts[1]), let r = Int(parts[2]), let p = Int(parts[3]),
              (1 << 10...1 << 20).contains(n), (1...16).contains(r), (1...4).contains(p), pin.utf8.count <= 64,
              let salt = Data(base64Encoded: parts[4]), let expected = Data(base64Encoded: parts[5]),
              let key = try? derive(pin, salt: Array(salt), rounds: n, blockSize: r, parallelism: p)
        else { return false }
        // Constant-time comparison.
        guard key.count == expected.count else { return false }
        return zip(key, expected).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }

    /// A new PIN is 6 to 12 digits.
    public static func validate(_ pin: String) throws {
        guard (minimumDigits...12).contains(pin.count), pin.allSatisfy(\.isASCII), pin.allSatisfy(\.isNumber) else {
            throw StoreError(.refused(.invalid), .badPIN("\(minimumDigits)"))
        }
    }

    /// True for a PIN that still opens but is shorter than new PINs may be.
    public static func tooShort(_ pin: String) -> Bool { pin.count < minimumDigits }

    private static func derive(_ pin: String, salt: [UInt8], rounds: Int, blockSize: Int, parallelism: Int) throws -> Data {
        let key = try KDF.Scrypt.deriveKey(from: Array(pin.utf8), salt: salt, outputByteCount: 32,
                                           rounds: rounds, blockSize: blockSize, parallelism: parallelism)
        return key.withUnsafeBytes { Data($0) }
    }
}
