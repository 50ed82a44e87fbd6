import Foundation

/// A change of level (jenjang), with who raised it and why.
public struct LevelChange: Codable, Sendable, Equatable {
    public var level: Level
    public var by: String
    public var reason: String
    public var at: Date
    /// Set when the case went to an outside agency.
    public var referral: Referral?

    public init(level: Level, by: String, reason: String, at: Date, referral: Referral? = nil) {
        self.level = level
        self.by = by
        self.reason = reason
        self.at = at
        self.referral = referral
    }
}

/// One concern about one student, from the first flag to closure.
public struct Case: Codable, Sendable, Equatable {
    public var number: Int
    public var studentID: String
    public var area: Area
    public var concern: String
    public var urgency: Urgency
    public var openedBy: String
    public var openedAt: Date
    public var flags: [Flag]
    public var assignee: String?
    public var level: Level
    public var levels: [LevelChange]
    public var messages: [Message]
    public var goals: [PlanGoal]
    public var plan: [PlanItem]
    public var reviewDate: Date?
    public var services: [Service]
    public var reviews: [Review]
    public var conferences: [Conference]
    public var visits: [HomeVisit]
    public var parentContacts: [ParentContact]
    /// What came back from the outside agency; confidential by default.
    public var referralNotes: [Message]
    public var outcome: Outcome?
    public var summary: String?
    /// The event that last wrote the summary for the referrer, so that it counts as unread
    /// for them until they open the case.
    public var summarySeq: Int?
    /// True when the case was closed with the confirmed choice that the referrer gets only
    /// the outcome (no summary); the interface says so in words.
    public var outcomeOnly: Bool?
    /// The event that last assigned the case, and who did it: new for the assignee until read.
    public var assignedSeq: Int?
    public var assignedBy: String?
    public var closedAt: Date?
    /// When a counsellor first took the case (picked it up or was assigned it): the reports'
    /// time to pick-up. Absent in snapshots written before it was kept.
    public var pickedUpAt: Date?
    public var reopenCount: Int
    /// The closings a reopened case went through, oldest first: read back from the journal
    /// with the case's texts (`readable`, a record), never kept in the school's state.
    public var pastClosings: [PastClosing]?
    /// The time of the newest event on this case, for "last activity" in lists.
    public var lastActivity: Date
    /// The sequence number of the newest event on this case; edits based on an older one are stale.
    public var version: Int

    public init(number: Int, studentID: String, area: Area, concern: String, urgency: Urgency,
                openedBy: String, openedAt: Date, firstFlag: Flag, version: Int) {
        self.number = number
        self.studentID = studentID
        self.area = area
        self.concern = concern
        self.urgency = urgency
        self.openedBy = openedBy
        self.openedAt = openedAt
        self.flags = [firstFlag]
        self.assignee = nil
        self.level = .counsellor
        self.levels = []
        self.messages = []
        self.goals = []
        self.plan = []
        self.reviewDate = nil
        self.services = []
        self.reviews = []
        self.conferences = []
        self.visits = []
        self.parentContacts = []
        self.referralNotes = []
        self.outcome = nil
        self.summary = nil
        self.closedAt = nil
        self.pickedUpAt = nil
        self.reopenCount = 0
        self.lastActivity = openedAt
        self.version = version
    }

    public var isClosed: Bool { outcome != nil }

    /// Everyone who flagged this case.
    public var referrers: [String] {
        var seen: [String] = []
        for flag in flags where !seen.contains(flag.by) { seen.append(flag.by) }
        return seen
    }

    /// The referral onward in force, if the case is with an outside agency.
    public var referral: Referral? {
        level == .outsideAgency ? levels.last(where: { $0.level == .outsideAgency })?.referral : nil
    }

    /// The newest event a read mark must cover: a message, the summary, the assignment.
    public var newestReadable: Int? { [messages.last?.seq, summarySeq, assignedSeq].compactMap { $0 }.max() }

    /// Whether contact with the parents is on record (a contact or a home visit).
    public var parentsContacted: Bool { !parentContacts.isEmpty || !visits.isEmpty }
}

/// The status of a case, derived from which records exist; it is never stored.
public enum CaseStatus: String, Codable, Sendable, CaseIterable {
    case new, pickedUp, planned, inSupport, reviewing, closed
}

extension Case {
    /// The status at a given moment: `reviewing` depends on the plan's review date.
    public func status(at now: Date) -> CaseStatus {
        if outcome != nil { return .closed }
        if reviewIsDue(at: now) { return .reviewing }
        if !services.isEmpty || !conferences.isEmpty || !visits.isEmpty { return .inSupport }
        if !plan.isEmpty || !goals.isEmpty { return .planned }
        if assignee != nil { return .pickedUp }
        return .new
    }

    /// A review is due when the plan's review date has passed and nobody has reviewed since.
    public func reviewIsDue(at now: Date) -> Bool {
        guard let reviewDate, reviewDate <= now else { return false }
        return !reviews.contains { $0.at >= reviewDate }
    }
}
