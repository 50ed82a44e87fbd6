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
        // Each case's sort key taken once: a case is a large value, and comparing cases copied
        // them at every step (a counsellor's 1,000 open cases are sorted at every change).
        let keys = visible.map(TriageKey.init)
        return keys.indices.sorted { TriageKey.before(keys[$0], keys[$1]) }.map { visible[$0] }
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
    public static func triageOrder(_ a: Case, _ b: Case) -> Bool { TriageKey.before(TriageKey(a), TriageKey(b)) }
}

/// What the triage order compares of a case.
struct TriageKey {
    let closed: Bool, unclaimed: Bool, urgency: Int, openedAt: Date, number: Int

    init(_ c: Case) {
        closed = c.isClosed
        unclaimed = c.assignee == nil
        urgency = c.urgency.rank
        openedAt = c.openedAt
        number = c.number
    }

    static func before(_ a: TriageKey, _ b: TriageKey) -> Bool {
        if a.closed != b.closed { return !a.closed }
        if a.closed { return a.number > b.number }
        if a.unclaimed != b.unclaimed { return a.unclaimed }
        if a.urgency != b.urgency { return a.urgency > b.urgency }
        if a.openedAt != b.openedAt { return a.openedAt < b.openedAt }
        return a.number < b.number
    }
}
