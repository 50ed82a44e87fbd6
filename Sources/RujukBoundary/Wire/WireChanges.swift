import Foundation
import RujukDomain

/// What changed in a session's projection since the last one it was sent: the cases that are
/// new or changed, the numbers of those gone, the roster only when it changed, and the small
/// rest whole. A colleague's reply then crosses as one case, not as the school.
public struct WireChanges: Codable, Sendable {
    /// The new projection but for its cases (only those new or changed) and, unless
    /// `rosterChanged`, its students (none).
    public var school: WireSchool
    public var removed: [Int]
    public var rosterChanged: Bool

    /// `old` is the projection the session holds, `new` the one it is to hold.
    public init(from old: School, to new: School) {
        var partial = new
        // A case's version moves with every event about it; who may read what in it can also
        // change with the staff (a role, a homeroom), and then each case is compared whole.
        let staffSame = old.staff == new.staff
        partial.cases = new.cases.filter { number, c in
            guard let was = old.cases[number] else { return true }
            return was.version != c.version || (!staffSame && was != c)
        }
        rosterChanged = old.students != new.students
        if !rosterChanged { partial.students = [:] }
        removed = old.cases.keys.filter { new.cases[$0] == nil }.sorted()
        school = WireSchool(partial)
    }

    /// The projection `old` becomes.
    public func applied(to old: School) -> School {
        var new = school.school
        var cases = old.cases
        for number in removed { cases[number] = nil }
        for (number, c) in new.cases { cases[number] = c }
        new.cases = cases
        if !rosterChanged { new.students = old.students }
        new.reindexOpenCases()
        return new
    }
}
