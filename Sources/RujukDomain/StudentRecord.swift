import Foundation

/// One line of a student's cumulative record (buku pribadi).
public struct RecordEntry: Codable, Sendable, Equatable {
    public enum Item: Codable, Sendable, Equatable {
        case opened(area: Area, concern: String)
        case flag(Flag)
        case goal(PlanGoal)
        case action(PlanItem)
        case service(Service)
        case review(Review)
        case level(LevelChange)
        case parentContact(ParentContact)
        case referralNote(Message)
        case conference(Conference)
        case visit(HomeVisit)
        case closed(Outcome, summary: String?)
        /// A closing undone: who reopened the case, and why.
        case reopened(by: String, reason: String?)
    }

    public var at: Date
    public var caseNumber: Int
    public var item: Item
}

public enum StudentRecord {
    /// The chronology across a student's cases, oldest first. The cases must already be
    /// what the reader may read (`School.redacted` or the store's `readable`): this only
    /// arranges them.
    /// A service, conference or visit is dated by its day (noon of it); recorded that same
    /// day, it happened no later than when it was recorded, so that moment orders it.
    static func happened(_ day: Date, recorded: Date) -> Date {
        abs(recorded.timeIntervalSince(day)) < 12 * 3600 ? recorded : day
    }

    public static func entries(_ cases: [Case]) -> [RecordEntry] {
        var out: [RecordEntry] = []
        for c in cases {
            let n = c.number
            out.append(RecordEntry(at: c.openedAt, caseNumber: n, item: .opened(area: c.area, concern: c.concern)))
            out += c.flags.map { RecordEntry(at: $0.at, caseNumber: n, item: .flag($0)) }
            out += c.goals.map { RecordEntry(at: $0.at, caseNumber: n, item: .goal($0)) }
            out += c.plan.map { RecordEntry(at: $0.at, caseNumber: n, item: .action($0)) }
            out += c.services.map { RecordEntry(at: happened($0.on, recorded: $0.at), caseNumber: n, item: .service($0)) }
            out += c.reviews.map { RecordEntry(at: $0.at, caseNumber: n, item: .review($0)) }
            out += c.levels.map { RecordEntry(at: $0.at, caseNumber: n, item: .level($0)) }
            out += c.parentContacts.map { RecordEntry(at: $0.at, caseNumber: n, item: .parentContact($0)) }
            out += c.referralNotes.map { RecordEntry(at: $0.at, caseNumber: n, item: .referralNote($0)) }
            out += c.conferences.map { RecordEntry(at: happened($0.on, recorded: $0.at), caseNumber: n, item: .conference($0)) }
            out += c.visits.map { RecordEntry(at: happened($0.on, recorded: $0.at), caseNumber: n, item: .visit($0)) }
            for p in c.pastClosings ?? [] {
                out.append(RecordEntry(at: p.closedAt, caseNumber: n, item: .closed(p.outcome, summary: p.summary)))
                out.append(RecordEntry(at: p.reopenedAt, caseNumber: n, item: .reopened(by: p.reopenedBy, reason: p.reason)))
            }
            if let outcome = c.outcome {
                out.append(RecordEntry(at: c.closedAt ?? c.lastActivity, caseNumber: n, item: .closed(outcome, summary: c.summary)))
            }
        }
        // Stable: entries of one moment keep the order above.
        return out.enumerated().sorted { ($0.element.at, $0.offset) < ($1.element.at, $1.offset) }.map(\.element)
    }
}

extension School {
    /// The cases of a student this person may see, oldest first.
    public func cases(ofStudent studentID: String, seenBy person: Staff) -> [Case] {
        cases.values.filter { $0.studentID == studentID && canSee(person, $0) }.sorted { $0.number < $1.number }
    }
}
