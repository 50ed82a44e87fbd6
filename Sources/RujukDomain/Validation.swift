import Foundation

/// Checks of single input values, each failing with a sentence that says what is expected.
public enum Validation {
    public static func login(_ login: String) throws(DomainError) {
        let ok = !login.isEmpty && login.count <= 32 && login.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" || $0 == "-" || $0 == "."
        }
        if !ok { throw .invalid(.badLogin) }
    }

    /// A class as the school writes it (`Kelas 7A`, `7A`, `VII A`, `VII-B`, `X-MIPA-1`): a grade
    /// must be readable from it, and it is one short line.
    public static func className(_ name: String) throws(DomainError) {
        let clean = name.count <= 32 && !name.unicodeScalars.contains { CharacterSet.controlCharacters.contains($0) }
        guard clean, name == name.trimmingCharacters(in: .whitespaces), ClassName(name) != nil else {
            throw .invalid(.badClass(name))
        }
    }

    public static func nisn(_ nisn: String) throws(DomainError) {
        let digits = nisn.unicodeScalars.allSatisfy { ("0"..."9").contains($0) }
        if digits && nisn.count < 10 && !nisn.isEmpty { throw .invalid(.nisnLostZeros(nisn, "\(nisn.count)")) }
        guard nisn.count == 10, digits else { throw .invalid(.badNISN(nisn)) }
    }

    /// A date written `YYYY-MM-DD`.
    public static func day(_ text: String) throws(DomainError) {
        guard text.count == 10, ISODate.parse(text) != nil else { throw .invalid(.badDay(text)) }
    }

    /// An NIP: 18 digits (older ones 9).
    public static func nip(_ nip: String) throws(DomainError) {
        guard [9, 18].contains(nip.count), nip.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) }) else {
            throw .invalid(.badNIP(nip))
        }
    }
}
