import Foundation

/// Checks of single input values, each failing with a sentence that says what is expected.
public enum Validation {
    public static func login(_ login: String) throws(DomainError) {
        let ok = !login.isEmpty && login.count <= 32 && login.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" || $0 == "-" || $0 == "."
        }
        if !ok { throw .invalid("A login is a Unix user name: lower-case letters, digits, '.', '_' or '-', at most 32 characters.") }
    }

    public static func className(_ name: String) throws(DomainError) {
        let parts = name.split(separator: "-", omittingEmptySubsequences: false)
        let grades: Set<Substring> = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
        guard parts.count == 2, grades.contains(parts[0]), !parts[1].isEmpty, parts[1].count <= 8,
              parts[1].unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) || ("0"..."9").contains($0) })
        else { throw .invalid("A class is a grade in Roman numerals and a section, such as VIII-B; '\(name)' is not.") }
    }

    public static func nisn(_ nisn: String) throws(DomainError) {
        guard nisn.count == 10, nisn.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) }) else {
            throw .invalid("An NISN is ten digits; '\(nisn)' is not.")
        }
    }
}
