import Foundation

/// Checks of single input values, each failing with a sentence that says what is expected.
public enum Validation {
    public static func login(_ login: String) throws(DomainError) {
        let ok = !login.isEmpty && login.count <= 32 && login.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" || $0 == "-" || $0 == "."
        }
        if !ok { throw .invalid(.badLogin) }
    }

    public static func className(_ name: String) throws(DomainError) {
        let parts = name.split(separator: "-", omittingEmptySubsequences: false)
        let grades: Set<Substring> = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
        guard parts.count == 2, grades.contains(parts[0]), !parts[1].isEmpty, parts[1].count <= 8,
              parts[1].unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) || ("0"..."9").contains($0) })
        else { throw .invalid(.badClass, name) }
    }

    public static func nisn(_ nisn: String) throws(DomainError) {
        guard nisn.count == 10, nisn.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) }) else {
            throw .invalid(.badNISN, nisn)
        }
    }
}
