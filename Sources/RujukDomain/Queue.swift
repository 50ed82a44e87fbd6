import Foundation

/// Which cases a queue lists.
public enum QueueFilter: String, Sendable, CaseIterable {
    /// The open cases that concern the person (the default).
    case concerningMe
    /// Open cases assigned to the person.
    case mine
    /// Open cases nobody has picked up.
    case unclaimed
    /// Every case the person may see, closed ones included.
    case all
}

extension School {
    /// The cases a person sees under a filter, in triage order.
    public func queue(for person: Staff, _ filter: QueueFilter) -> [Case] {
        let visible = cases.values.filter { c in
            guard canSee(person, c) else { return false }
            switch filter {
            case .all: return true
            case .mine: return !c.isClosed && c.assignee == person.login
            case .unclaimed: return !c.isClosed && c.assignee == nil
            case .concerningMe: return !c.isClosed && concerns(person, c)
            }
        }
        return visible.sortedMovingIndices(by: Self.triageOrder)
    }

    /// For a counsellor: unclaimed cases in their caseload and their own; for the vice
    /// principal and principal: everything open; for teachers: what they flagged or their class.
    public func concerns(_ person: Staff, _ c: Case) -> Bool {
        if person.has(.viceStudentAffairs) || person.has(.principal) { return true }
        if person.isCounsellor {
            if c.assignee == person.login { return true }
            if c.assignee == nil, let student = students[c.studentID], person.caseloadCovers(student.className) { return true }
        }
        if c.flags.contains(where: { $0.by == person.login }) { return true }
        return isHomeroomTeacher(person, of: c)
    }

    /// Open before closed, unclaimed before claimed, urgent before routine, then oldest first.
    public static func triageOrder(_ a: Case, _ b: Case) -> Bool {
        if a.isClosed != b.isClosed { return !a.isClosed }
        if a.isClosed { return a.number > b.number }
        let aNew = a.assignee == nil, bNew = b.assignee == nil
        if aNew != bNew { return aNew }
        if a.urgency != b.urgency { return a.urgency > b.urgency }
        if a.openedAt != b.openedAt { return a.openedAt < b.openedAt }
        return a.number < b.number
    }
}

extension Array {
    /// Sorted as `sorted(by:)` sorts, but moving only positions: a case is a large value, and
    /// sorting the values themselves copies each one many times (a queue of 1,000 open cases
    /// is sorted on every key press).
    public func sortedMovingIndices(by areInIncreasingOrder: (Element, Element) -> Bool) -> [Element] {
        withUnsafeBufferPointer { values in
            values.indices.sorted { areInIncreasingOrder(values[$0], values[$1]) }.map { values[$0] }
        }
    }
}
