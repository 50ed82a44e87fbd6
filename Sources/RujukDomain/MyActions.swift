import Foundation

/// Something a person has to do on a case: a plan action they own, or their observation
/// for a joint evaluation.
public struct MyAction: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case planItem(PlanItem)
        /// The counsellor asks this referrer for their observation at a horizon.
        case observation(ReviewHorizon)
    }

    public var caseNumber: Int
    public var studentID: String
    public var kind: Kind
    public var due: Date?
    public var overdue: Bool
}

extension School {
    /// The open actions of this person across the open cases they see: overdue first, then
    /// by due date, then by case.
    public func actions(for person: Staff, at now: Date) -> [MyAction] {
        var out: [MyAction] = []
        for c in cases.values where !c.isClosed && canSee(person, c) {
            for item in c.plan where item.owner == person.login && !item.done {
                out.append(MyAction(caseNumber: c.number, studentID: c.studentID, kind: .planItem(item),
                                    due: item.due, overdue: item.isOverdue(at: now)))
            }
            for horizon in observationsAsked(of: person, in: c, at: now) {
                let due = horizon == .laijapen ? c.reviewDate : horizon == .laijapang ? laijapangWindow(at: now)?.ends : nil
                out.append(MyAction(caseNumber: c.number, studentID: c.studentID, kind: .observation(horizon),
                                    due: due, overdue: due.map { $0 < now } ?? false))
            }
        }
        return out.sorted { a, b in
            if a.overdue != b.overdue { return a.overdue }
            switch (a.due, b.due) {
            case let (x?, y?) where x != y: return x < y
            case (.some, .none): return true
            case (.none, .some): return false
            default: return (a.caseNumber, a.sortKey) < (b.caseNumber, b.sortKey)
            }
        }
    }

    /// The horizons at which a referrer of this case still owes their observation: the plan's
    /// review when it is due (nobody has evaluated since its date), or one a counsellor has
    /// evaluated at and this referrer has not.
    public func observationsAsked(of person: Staff, in c: Case, at now: Date) -> [ReviewHorizon] {
        guard c.referrers.contains(person.login), !person.isCounsellor else { return [] }
        let semester = laijapangWindow(at: now)
        return ReviewHorizon.allCases.filter { horizon in
            if horizon == .laijapen && c.reviewIsDue(at: now) { return true }
            // At semester end every referrer of an open case gives the long-term evaluation, once a semester.
            if horizon == .laijapang, let semester, !c.isClosed,
               !c.reviews.contains(where: { $0.horizon == .laijapang && $0.by == person.login && $0.at >= semester.starts }) { return true }
            let at = c.reviews.filter { $0.horizon == horizon }
            return at.contains { staff[$0.by]?.isCounsellor ?? false } && !at.contains { $0.by == person.login }
        }
    }
}

extension School {
    /// Days before a semester's last day from which its laijapang is asked for.
    public static let laijapangDays = 14.0

    /// The current semester (its first and last moment) when its end is near: the laijapang window.
    public func laijapangWindow(at now: Date) -> (starts: Date, ends: Date)? {
        guard let year else { return nil }
        let today = String(ISODate.format(now).prefix(10))
        guard let bounds = year.semesterBounds(on: today), let start = ISODate.parse(bounds.starts),
              let end = ISODate.parse(bounds.ends) else { return nil }
        return now >= end - Self.laijapangDays * 86_400 ? (start, end) : nil
    }
}

private extension MyAction {
    var sortKey: Int {
        switch kind {
        case .planItem(let item): item.id
        case .observation(let h): 1000 + ReviewHorizon.allCases.firstIndex(of: h)!
        }
    }
}
