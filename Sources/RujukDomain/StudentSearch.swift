import Foundation

/// What a STUDENT argument resolved to.
public enum StudentMatch: Sendable, Equatable {
    case one(Student)
    case none
    case several([Student])
}

extension School {
    /// Students whose name contains every word of the query, or whose NISN or id starts with it,
    /// ignoring case and accents; sorted by class then name. Students who left are not
    /// offered (the flag picker, `students`) unless asked for.
    public func searchStudents(_ query: String, inClass className: String? = nil, includingLeft: Bool = false) -> [Student] {
        let words = Self.fold(query).split(separator: " ").map(String.init)
        return students.values.filter { s in
            if !includingLeft && !s.isActive { return false }
            if let className, !ClassName.same(s.className, className) { return false }
            if words.isEmpty { return true }
            if let nisn = s.nisn, nisn.hasPrefix(query) { return true }
            if s.id == query { return true }
            let name = Self.fold(s.name)
            return words.allSatisfy { name.contains($0) }
        }.sorted { a, b in
            // The full name first, then names that start with the query, then by class and name.
            let q = Self.fold(query)
            func rank(_ s: Student) -> Int { Self.fold(s.name) == q ? 0 : Self.fold(s.name).hasPrefix(q) ? 1 : 2 }
            let ra = rank(a), rb = rank(b)
            if ra != rb { return ra < rb }
            if a.className != b.className { return ClassName.precedes(a.className, b.className) }
            return (a.name, a.id) < (b.name, b.id)
        }
    }

    /// Resolves an NISN, a student id, or a name matching exactly one student.
    public func resolveStudent(_ query: String) -> StudentMatch {
        let trimmed = query.trimmingCharacters(in: .whitespaces)
        if let s = students.values.first(where: { $0.nisn == trimmed }) { return .one(s) }
        if let s = students[trimmed] { return .one(s) }
        // A student who left is still found by name, for their record; `validate` refuses a new flag.
        let found = searchStudents(trimmed, includingLeft: true)
        let exact = found.filter { Self.fold($0.name) == Self.fold(trimmed) }
        if exact.count == 1 { return .one(exact[0]) }
        switch found.count {
        case 0: return .none
        case 1: return .one(found[0])
        default: return .several(found)
        }
    }

    /// A name as compared: case and accents ignored, runs of spaces as one.
    public static func fold(_ s: String) -> String {
        s.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    }
}
