import Foundation

/// Why the domain refused an event or a request. Each kind maps to one exit code at the edge;
/// the message is a key with arguments, so each language can word it (English is here).
public struct DomainError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// A student, case or person that does not exist.
        case notFound
        /// The actor may not do this.
        case notPermitted
        /// The input is invalid, or the edit is based on an older state.
        case invalid
        /// The event concerns a closed case that is not in memory yet; load history and retry.
        case needsHistory
    }

    public var kind: Kind
    public var reason: DomainMessage
    public var args: [String]
    /// Set when the refusal comes from the permission model.
    public var denial: Denial?

    public init(_ kind: Kind, _ reason: DomainMessage, _ args: String...) {
        self.kind = kind
        self.reason = reason
        self.args = args
        self.denial = nil
    }

    public init(_ kind: Kind, denial: Denial) {
        self.kind = kind
        self.reason = .denied
        self.args = []
        self.denial = denial
    }

    /// One English sentence that says what is wrong and what to do next.
    public var message: String { denial?.sentence ?? DomainMessage.fill(reason.english, args) }
    public var description: String { message }

    static func notFound(_ m: DomainMessage, _ args: String...) -> DomainError { DomainError(.notFound, m, args) }
    static func invalid(_ m: DomainMessage, _ args: String...) -> DomainError { DomainError(.invalid, m, args) }

    private init(_ kind: Kind, _ reason: DomainMessage, _ args: [String]) {
        self.kind = kind
        self.reason = reason
        self.args = args
        self.denial = nil
    }
}

/// Every sentence the domain can refuse with, by key; `{0}`, `{1}` are its arguments.
public enum DomainMessage: String, Sendable, CaseIterable {
    case denied, inClosedHistory, firstStaffMustBeAdmin, notOnStaffList, noSuchCase
    case emptyMessage, emptyNote, emptyName, emptyStudentName, emptyPlanAction, emptyReason
    case alreadyOnStaff, noSuchStaff, studentIDExists, nisnExists, noSuchStudentID, caseNumberTaken
    case studentHasOpenCase, notACounsellor, noOwner, noPlanAction, serviceTooShort, ratingRange
    case staleEdit, badLogin, badClass, badNISN
    case emptyGoal, ownerNotOnCase, parentsViaHomeroom, parentContactFirst, referralNeedsAgency, alreadyAtLevel
    case noReferral, emptyHow, noAttendees, emptyFindings, emptyDecisions, emptyReferralOutcome
    case nisnLostZeros, badDay, badNIP, badNIPD, nipdExists, sameStudentExists, noRoles, addedAsLeft
    case studentHasLeft, studentAlreadyLeft, studentNotLeft, staffHasLeft, lastAdmin, stillHoldsCases
    case handoverNeeded, badYear, yearDatesOrder, yearNotAfter
    case nisnTwiceInFile, nipdTwiceInFile, badGender, badBirthDate, emptyClass, nipAsNumber
    case closeNeedsSummary, summaryOrOutcomeOnly, emptyConcern, triageUnchanged, happenedInFuture
    case noSuchCounsellor, badMonth, badSemester, badRange
    case onlyAdminSetsSchool, badTimeZone, logoTooLarge, onlyCounsellorWritesNarrative, emptyNarrative

    public var english: String {
        switch self {
        case .denied: "Not permitted."
        case .inClosedHistory: "Case #{0} is in the closed history."
        case .firstStaffMustBeAdmin: "The first staff member of a school must be its admin."
        case .notOnStaffList: "{0} is not on the staff list of this school; ask the admin to add you with `rujuk staff add`."
        case .noSuchCase: "There is no case #{0}; `rujuk queue --all` lists the cases you can see."
        case .emptyMessage: "The message is empty; write what you want to say."
        case .emptyNote: "The note of what you saw is empty; write what you saw."
        case .emptyName: "The name is empty; give the person's full name."
        case .emptyStudentName: "The student's name is empty; give the full name."
        case .emptyPlanAction: "The plan action is empty; write what should be done."
        case .emptyReason: "The reason for the new level is empty; write why."
        case .alreadyOnStaff: "{0} is already on the staff list."
        case .noSuchStaff: "There is no staff member {0}; `rujuk staff` lists them."
        case .studentIDExists: "A student with id {0} already exists."
        case .nisnExists: "A student with NISN {0} already exists."
        case .noSuchStudentID: "There is no student with id {0}."
        case .caseNumberTaken: "Case #{0} was taken by a colleague a moment ago; try again."
        case .studentHasOpenCase: "This student already has an open case; flag again and your flag joins it."
        case .notACounsellor: "{0} is not a counsellor; a case can only be assigned to a guru BK."
        case .noOwner: "There is no staff member {0} to own this action."
        case .noPlanAction: "Case #{0} has no plan action {1}."
        case .serviceTooShort: "A service lasts at least one minute."
        case .ratingRange: "A review's rating is from 1 to 5."
        case .staleEdit: "Someone changed case #{0} while you were editing; read it again and redo your change."
        case .badLogin: "A login is a Unix user name: lower-case letters, digits, '.', '_' or '-', at most 32 characters."
        case .badClass: "A class starts with its grade, as in VIII-B, VIII B, 8B or Kelas 8B; '{0}' has no grade."
        case .badNISN: "An NISN is ten digits; '{0}' is not."
        case .emptyGoal: "The goal is empty; write what the help should achieve."
        case .ownerNotOnCase: "{0} is not on case #{1}; an action's owner must be someone on the case."
        case .parentsViaHomeroom: "An action with the parents is owned by the student's homeroom teacher, who speaks with them."
        case .parentContactFirst: "Record the parents' contact first (or a home visit): the vice principal takes a case only after it."
        case .referralNeedsAgency: "A referral onward needs the agency and the date of the letter (--agency, --letter-date)."
        case .alreadyAtLevel: "Case #{0} is already handled at this level."
        case .noReferral: "Case #{0} has not been referred to an outside agency; refer it first."
        case .emptyHow: "Say how the parents were contacted (a call, a letter, a meeting) and when."
        case .noAttendees: "A case conference needs its attendees."
        case .emptyFindings: "The findings of the home visit are empty; write what you found."
        case .emptyDecisions: "The decisions of the conference are empty; write what was decided."
        case .emptyReferralOutcome: "The referral outcome is empty; write what the agency reported."
        case .nisnLostZeros: "NISN '{0}' has {1} digits; Excel drops leading zeros: format the column as Text and export again."
        case .badDay: "'{0}' is not a date; write it as YYYY-MM-DD."
        case .badNIP: "An NIP is 18 digits; '{0}' is not."
        case .badNIPD: "The NIPD '{0}' is empty or too long; give the school's student number."
        case .nipdExists: "NIPD {0} already belongs to {1}; check the number."
        case .sameStudentExists: "{0}, born {1}, is already on the roster ({2}); correct that record instead of adding a second."
        case .noRoles: "{0} needs at least one role."
        case .addedAsLeft: "{0} cannot be added as having left; add them, then record the leaving."
        case .studentHasLeft: "{0} left the school on {1}; their record can be read, but no new flag can be made."
        case .studentAlreadyLeft: "{0} already left the school on {1}."
        case .studentNotLeft: "{0} has not left the school."
        case .staffHasLeft: "{0} has left the school; choose someone who works here."
        case .lastAdmin: "{0} is the school's only admin; make someone else admin first."
        case .stillHoldsCases: "{0} still holds open cases {1}; hand them over first (`rujuk assign N LOGIN`)."
        case .handoverNeeded: "{0} holds {1} open case(s) and {2} open action(s); name who takes them over with --handover-to LOGIN."
        case .badYear: "A school year is written YYYY/YYYY, such as 2027/2028; '{0}' is not."
        case .yearDatesOrder: "The dates of {0} are out of order: the year starts, then the second semester, then it ends."
        case .yearNotAfter: "{0} does not come after the current year {1}."
        case .nisnTwiceInFile: "NISN {0} is also on line {1}; list each student once."
        case .nipdTwiceInFile: "NIPD {0} is also on line {1}; list each student once."
        case .badGender: "JK '{0}' is neither L nor P; write L (laki-laki) or P (perempuan)."
        case .badBirthDate: "The birth date '{0}' is not a date; write it as YYYY-MM-DD or dd/mm/yyyy."
        case .emptyClass: "The class of {0} is empty; fill in the Rombel (kelas) column."
        case .nipAsNumber: "NIP '{0}' became a number in Excel and lost its last digits; format the column as Text and export again."
        case .closeNeedsSummary: "Write a summary for the teacher who flagged (it may be short), or choose to send only the outcome (--outcome-only)."
        case .summaryOrOutcomeOnly: "Give either a summary for the referrer or --outcome-only, not both."
        case .happenedInFuture: "That date is in the future; record what happened once it has (today, yesterday, -3d, 28/11/2026)."
        case .emptyConcern: "The concern is empty; say in a few words what the case is about."
        case .triageUnchanged: "Case #{0} already has this urgency, area and concern; change at least one."
        case .noSuchCounsellor: "There is no counsellor {0}; `rujuk staff` lists the staff and their roles."
        case .badMonth: "'{0}' is not a month; write it as YYYY-MM, such as 2026-11."
        case .badSemester: "'{0}' is not a semester; write the school year and 1 (ganjil) or 2 (genap), such as 2026/2027-1."
        case .badRange: "The period from {0} to {1} is empty or out of order; give the first day, then the last (YYYY-MM-DD)."
        case .onlyAdminSetsSchool: "Only the school's admin can change the school's name, address, logo and time zone."
        case .badTimeZone: "'{0}' is not a time zone; use Asia/Jakarta (WIB), Asia/Makassar (WITA) or Asia/Jayapura (WIT)."
        case .logoTooLarge: "The logo may be at most {0} KiB; save it smaller (a letterhead logo needs about 300 pixels)."
        case .onlyCounsellorWritesNarrative: "Only a counsellor (guru BK) writes the narrative of their report."
        case .emptyNarrative: "The section is empty; write the text on standard input."
        }
    }

    /// Fills `{0}`, `{1}`, … in a template.
    public static func fill(_ template: String, _ args: [String]) -> String {
        var s = template
        for (i, a) in args.enumerated() { s = s.replacingOccurrences(of: "{\(i)}", with: a) }
        return s
    }
}
