import Crypto
import CryptoExtras
import Foundation

/// Drafts of a shared account, sealed with a key derived from the person's PIN: the shared
/// account's home is readable by everyone who uses it, so a colleague finds only ciphertext.
/// It guards against reading in passing, not against someone patient enough to guess PINs
/// offline (each guess costs a slow scrypt).
struct DraftSeal {
    let key: SymmetricKey

    /// The key for one person in one store, derived when they sign in with their PIN (the
    /// cost is fixed, so drafts sealed by an earlier version still open).
    init(pin: String, storeID: String, login: String) throws {
        let salt = Array(SHA256.hash(data: Data("rujuk drafts \(storeID) \(login)".utf8)))
        let derived = try KDF.Scrypt.deriveKey(from: Array(pin.utf8), salt: salt, outputByteCount: 32,
                                               rounds: 1 << 15, blockSize: 8, parallelism: 1)
        key = derived
    }

    func seal(_ plain: Data) throws -> Data {
        guard let combined = try AES.GCM.seal(plain, using: key).combined else { throw CocoaError(.coderInvalidValue) }
        return combined
    }

    /// Nil when the file was sealed with another key (another PIN) or was changed.
    func open(_ sealed: Data) -> Data? {
        guard let box = try? AES.GCM.SealedBox(combined: sealed) else { return nil }
        return try? AES.GCM.open(box, using: key)
    }
}
