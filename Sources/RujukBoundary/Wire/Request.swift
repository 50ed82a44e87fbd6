import Foundation
import RujukDomain
import RujukReport

/// The protocol's version: both ends refuse to talk across versions.
public let wireVersion = 2

/// What the unprivileged side may ask of the privileged one. Nothing here names a file, a
/// store or an identity the helper would trust: the store comes from the helper's own
/// configuration, the person from the kernel (or a PIN the helper verified itself).
public enum Request: Codable, Sendable, Equatable {
    /// Opens the session: as the Unix user, or as `actAs` with that person's PIN.
    case hello(version: Int, actAs: String?, pin: String?)
    /// On a shared account: a person proves who they are at the lock screen.
    case signIn(login: String, pin: String)
    case signOut
    /// Lines other sessions appended: answered with a new projection, or none when nothing changed.
    case refresh
    /// Events built by the interface or a command; the helper stamps actor and time itself.
    case append([Event])
    /// A flag: opens a case, or joins the student's open case (which the flagger may not see yet).
    case flag(FlagRequest)
    case readable(number: Int)
    case record(studentID: String)
    case loadHistory
    /// One closed case (`show N`, a thread opened from history), or the next page of them.
    case loadCase(number: Int)
    case loadClosedPage(count: Int)
    case audit(number: Int?, who: String?, since: Date?)
    case setPIN(login: String, pin: String)
    /// The admin lifts the lock a run of wrong PINs put on someone.
    case unlockPIN(login: String)
    /// `nightly`: the result is also kept (`check.json`) for the login banner and the interface.
    case check(nightly: Bool)
    /// With a head noted earlier: whether it is still in either chain.
    case verifyChains(head: String?)
    /// The drafts of the person signed in on a shared account, kept inside the boundary.
    case saveDrafts(Data)
    case loadDrafts
    /// A report: computed inside over the whole school, answered with what the caller may see.
    case report(ReportRequest)
    /// A descriptor that becomes readable when the journal changes (live updates without
    /// asking every 200 ms). Answered not by a frame but by one byte that carries it
    /// (`rujuk_send_descriptor`), or the byte alone when no watch could be made.
    case watch
}

/// A report for a period and a scope; who asks is the session's person, never a field.
public struct ReportRequest: Codable, Sendable, Equatable {
    public var period: PeriodRequest
    public var scope: ReportScope

    public init(period: PeriodRequest, scope: ReportScope) {
        self.period = period
        self.scope = scope
    }
}

/// A teacher's flag as a command or the flag form gives it.
public struct FlagRequest: Codable, Sendable, Equatable {
    public var studentID: String
    public var subject: String?
    public var saw: String
    public var tried: String?
    public var parentsInformed: Bool
    public var area: Area
    public var concern: String
    public var urgency: Urgency
    /// `bkOnly` when the teacher tells BK something in confidence; nil for the team.
    public var visibility: Visibility?

    public init(studentID: String, subject: String?, saw: String, tried: String?, parentsInformed: Bool,
                area: Area, concern: String, urgency: Urgency, visibility: Visibility? = nil) {
        self.visibility = visibility
        self.studentID = studentID
        self.subject = subject
        self.saw = saw
        self.tried = tried
        self.parentsInformed = parentsInformed
        self.area = area
        self.concern = concern
        self.urgency = urgency
    }

    /// The flag by `actor` at `at`: who and when are never the caller's to choose.
    public func flag(by actor: String, at: Date) -> Flag {
        Flag(by: actor, subject: subject, saw: saw, tried: tried, parentsInformed: parentsInformed, at: at, visibility: visibility)
    }
}
