import Foundation
import RujukDomain
import RujukStore
import RujukReport

/// What a session does with a store, whichever side of the trust boundary it is on: a
/// person's own store is opened in-process (`Store`), a school store is reached through the
/// privileged helper (`HelperConnection`). Commands and the interface see only this.
public protocol StoreAccess: AnyObject {
    /// The school as this session may see it (in-process: all of it; through the helper: the
    /// projection for the person signed in).
    var school: School { get }
    var facts: StoreFacts { get }
    /// Folds in what other sessions wrote; true when anything changed.
    func refresh() throws -> Bool
    @discardableResult func append(_ events: [Event]) throws -> [Event]
    /// Opens a case for the flag, or joins the student's open case.
    func flag(_ request: FlagRequest, by actor: Staff) throws -> [Event]
    func readable(_ number: Int, for person: Staff) throws -> ReadableCase?
    func record(ofStudent id: String, for person: Staff) throws -> [RecordEntry]
    func loadHistory() throws
    /// Closed case `number` from history, for a command that changes it (through the helper,
    /// the whole history as this person may see it: the helper reads the case itself when it
    /// applies the change).
    func loadHistory(ofCase number: Int) throws
    /// The next `count` closed cases not yet read, newest first (see `Store.loadClosedPage`).
    func loadClosedPage(_ count: Int) throws
    /// Every closed case, newest first, a batch at a time (see `Store.closedCases`).
    func closedCases(newestFirst body: ([Case]) throws -> Void, batch: Int) throws
    func auditTrail(number: Int?, who: String?, since: Date?) throws -> (entries: [AuditEntry], openingsReadable: Bool)
    /// The same a few hundred at a time, as they are read (see `Store.auditTrail(…each:)`);
    /// returns whether the openings could be read.
    func auditTrail(number: Int?, who: String?, since: Date?, each: ([AuditEntry]) throws -> Void) throws -> Bool
    /// Sets a PIN (the hash is made where it is kept).
    func setPIN(_ login: String, pin: String, by actor: Staff) throws
    /// Checks a PIN at the lock screen and, on a shared account, signs that person in.
    func signIn(_ login: String, pin: String) throws -> Staff
    func unlockPIN(_ login: String, by actor: Staff) throws
    func check() throws -> Store.CheckReport
    func verifyChains(lookingFor head: String?) throws -> [(isPrivate: Bool, report: Store.ChainReport)]
    /// A report over the whole school, as far as this person may see it (refused otherwise).
    func report(_ request: ReportRequest, for person: Staff) throws -> Report
    /// What becomes readable when a refresh may find something; nil where the session must
    /// ask on a timer instead.
    func changeWatch() -> ChangeWatch?
}

/// What every session may know of its store.
public struct StoreFacts: Codable, Sendable, Equatable {
    public var id: String
    public var school: String
    public var lang: String
    public var demo: Bool
    /// True when the store is behind the trust boundary (reached through the helper).
    public var behindBoundary: Bool
    /// Where confidential entries are kept, and the Unix group that may read them, when that
    /// is the account's business (an in-process store); nil behind the boundary.
    public var privateDirectory: String?
    public var privateGroup: String?
    /// Whether this account may read `private/` at all (always true behind the boundary,
    /// where the helper decides per person).
    public var privateReadable: Bool
    /// What the last nightly check found, when one was recorded.
    public var lastCheck: CheckRecord?

    public init(id: String, school: String, lang: String, demo: Bool, behindBoundary: Bool,
                privateDirectory: String?, privateGroup: String?, privateReadable: Bool, lastCheck: CheckRecord? = nil) {
        self.lastCheck = lastCheck
        self.id = id
        self.school = school
        self.lang = lang
        self.demo = demo
        self.behindBoundary = behindBoundary
        self.privateDirectory = privateDirectory
        self.privateGroup = privateGroup
        self.privateReadable = privateReadable
    }
}

extension StoreAccess {
    /// Through the helper the whole trail arrives in one answer, then is handed over at once.
    public func auditTrail(number: Int?, who: String?, since: Date?, each: ([AuditEntry]) throws -> Void) throws -> Bool {
        let trail = try auditTrail(number: number, who: who, since: since)
        try each(trail.entries)
        return trail.openingsReadable
    }

    /// Through the helper the whole history arrives with the projection, then is handed over at once.
    public func closedCases(newestFirst body: ([Case]) throws -> Void, batch: Int) throws {
        try loadHistory()
        try body(school.cases.values.filter(\.isClosed).sorted { $0.number > $1.number })
    }
}
