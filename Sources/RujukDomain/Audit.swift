import Foundation

/// One person opening confidential entries of a case. Every change is already an event in
/// the journal; an opening is recorded beside the confidential texts in `private/`, so that
/// who read what is kept away from those who may not read it.
public struct Opening: Codable, Sendable, Equatable {
    /// Always "opened": tells this line from a confidential text in a private segment.
    public var kind = "opened"
    public var by: String
    public var at: Date
    public var number: Int
    /// The sequence numbers of the journal stubs of the entries whose text was shown.
    public var entries: [Int]

    public init(by: String, at: Date, number: Int, entries: [Int]) {
        self.by = by
        self.at = at
        self.number = number
        self.entries = entries
    }

    /// True when this opening shows nothing that `earlier` did not already show to the same
    /// person on the same case (a redraw, not a new opening).
    public func repeats(_ earlier: Opening?) -> Bool {
        guard let earlier, earlier.by == by, earlier.number == number else { return false }
        return Set(entries).isSubset(of: Set(earlier.entries))
    }
}

/// A wrong PIN tried for someone, recorded in `private/` beside the openings, so that
/// guessing shows in the audit.
public struct PinRefusal: Codable, Sendable, Equatable {
    /// Always "pinRefused": tells this line from an opening or a confidential text.
    public var kind = "pinRefused"
    /// The Unix account that tried.
    public var by: String
    /// Whose PIN was tried.
    public var login: String
    public var at: Date

    public init(by: String, login: String, at: Date) {
        self.by = by
        self.login = login
        self.at = at
    }
}

/// One line of `rujuk audit`: a change from the journal or an opening from `private/`.
public struct AuditEntry: Codable, Sendable, Equatable {
    public enum What: Codable, Sendable, Equatable {
        /// An event, by its journal type name (`messagePosted`, `pickedUp`, …).
        case change(String)
        case opened(entries: [Int])
        /// A wrong PIN was tried for `login` (recorded inside the trust boundary).
        case pinRefused(login: String)
    }

    public var at: Date
    public var by: String
    public var number: Int?
    public var what: What

    public init(at: Date, by: String, number: Int?, what: What) {
        self.at = at
        self.by = by
        self.number = number
        self.what = what
    }

    /// The filters of `rujuk audit`: a case, a person, a first moment.
    public func matches(number wanted: Int?, who: String?, since: Date?) -> Bool {
        if let wanted, number != wanted { return false }
        if let who, by != who { return false }
        if let since, at < since { return false }
        return true
    }
}

extension Staff {
    /// Counsellors and the principal read the audit (who changed and who opened what).
    public var mayReadAudit: Bool { isCounsellor || has(.principal) }
}
