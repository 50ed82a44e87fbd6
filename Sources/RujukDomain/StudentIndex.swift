import Foundation

/// Students by NISN, NIPD and birth date, so that checking a new or corrected record for a
/// duplicate is a lookup, not a pass over the roster: a year start or an import validates
/// thousands of records in one batch, and a pass each made that quadratic (6.8 s for 3,000).
/// Derived from `School.students` and kept with it by the fold; a lookup is checked against
/// the record itself, and the index is rebuilt whenever it does not cover every student
/// (after a snapshot or a projection filled `students` at once).
struct StudentIndex: Sendable {
    private(set) var byNISN: [String: [String]] = [:]
    private(set) var byNIPD: [String: [String]] = [:]
    private(set) var byBirthDate: [String: [String]] = [:]
    /// How many students it was built from or told about.
    private(set) var count = 0

    init() {}

    init(_ students: [String: Student]) {
        for s in students.values { insert(s) }
    }

    mutating func insert(_ s: Student) {
        count += 1
        add(s)
    }

    /// A record changed (its numbers or birth date may have): the old keys go, the new ones come.
    mutating func replace(_ old: Student, with new: Student) {
        guard old.nisn != new.nisn || old.nipd != new.nipd || old.birthDate != new.birthDate else { return }
        remove(old)
        add(new)
    }

    private mutating func add(_ s: Student) {
        if let n = s.nisn { byNISN[n, default: []].append(s.id) }
        if let n = s.nipd { byNIPD[n, default: []].append(s.id) }
        if let d = s.birthDate { byBirthDate[d, default: []].append(s.id) }
    }

    private mutating func remove(_ s: Student) {
        if let n = s.nisn { byNISN[n]?.removeAll { $0 == s.id } }
        if let n = s.nipd { byNIPD[n]?.removeAll { $0 == s.id } }
        if let d = s.birthDate { byBirthDate[d]?.removeAll { $0 == s.id } }
    }
}

// Derived data: two schools with the same students are the same school, indexed or not.
extension StudentIndex: Equatable {
    static func == (_: StudentIndex, _: StudentIndex) -> Bool { true }
}

extension School {
    /// Makes the index cover every student again when `students` was filled without the fold.
    mutating func indexStudentsIfNeeded() {
        if studentIndex.count != students.count { studentIndex = StudentIndex(students) }
    }

    /// The other students who may share a number or birth date with `s`: from the index when
    /// it covers the roster, else every student (a school that has not folded a roster event yet).
    func possibleDuplicates(of s: Student) -> [Student] {
        guard studentIndex.count == students.count else { return Array(students.values) }
        var ids: [String] = []
        if let n = s.nisn { ids += studentIndex.byNISN[n] ?? [] }
        if let n = s.nipd { ids += studentIndex.byNIPD[n] ?? [] }
        if let d = s.birthDate { ids += studentIndex.byBirthDate[d] ?? [] }
        return ids.compactMap { students[$0] }
    }
}
