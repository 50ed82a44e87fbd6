import Foundation

/// Why the domain refused an event or a request. Each kind maps to one exit code at the edge;
/// the message is a case with its arguments, so each language can word it (English is here).
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
    /// Set when the refusal comes from the permission model.
    public var denial: Denial?

    public init(_ kind: Kind, _ reason: DomainMessage) {
        self.kind = kind
        self.reason = reason
        self.denial = nil
    }

    public init(_ kind: Kind, denial: Denial) {
        self.kind = kind
        self.reason = .denied
        self.denial = denial
    }

    /// The message's arguments (names, numbers, dates as written), as the wire carries them.
    public var args: [String] { reason.arguments }

    /// One English sentence that says what is wrong and what to do next.
    public var message: String { denial?.sentence ?? reason.english }
    public var description: String { message }

    static func notFound(_ m: DomainMessage) -> DomainError { DomainError(.notFound, m) }
    static func invalid(_ m: DomainMessage) -> DomainError { DomainError(.invalid, m) }
}

/// Every sentence the domain can refuse with, its arguments typed as its case's values: a
/// message given the wrong number of arguments does not compile.
public enum DomainMessage: Sendable, Equatable {
    case denied
    case inClosedHistory(String)
    case firstStaffMustBeAdmin
    case notOnStaffList(String)
    case noSuchCase(String)
    case emptyMessage
    case emptyNote
    case emptyName
    case emptyStudentName
    case emptyPlanAction
    case emptyReason
    case alreadyOnStaff(String)
    case noSuchStaff(String)
    case studentIDExists(String)
    case nisnExists(String)
    case noSuchStudentID(String)
    case caseNumberTaken(String)
    case studentHasOpenCase
    case notACounsellor(String)
    case noOwner(String)
    case noPlanAction(String, String)
    case serviceTooShort
    case ratingRange
    case staleEdit(String)
    case badLogin
    case badClass(String)
    case badNISN(String)
    case emptyGoal
    case ownerNotOnCase(String, String)
    case parentsViaHomeroom
    case parentContactFirst
    case referralNeedsAgency
    case alreadyAtLevel(String)
    case noReferral(String)
    case emptyHow
    case noAttendees
    case emptyFindings
    case emptyDecisions
    case emptyReferralOutcome
    case nisnLostZeros(String, String)
    case badDay(String)
    case badNIP(String)
    case badNIPD(String)
    case nipdExists(String, String)
    case sameStudentExists(String, String, String)
    case noRoles(String)
    case addedAsLeft(String)
    case studentHasLeft(String, String)
    case studentAlreadyLeft(String, String)
    case studentNotLeft(String)
    case staffHasLeft(String)
    case lastAdmin(String)
    case stillHoldsCases(String, String)
    case handoverNeeded(String, String, String)
    case badYear(String)
    case yearDatesOrder(String)
    case yearNotAfter(String, String)
    case nisnTwiceInFile(String, String)
    case nipdTwiceInFile(String, String)
    case badGender(String)
    case badBirthDate(String)
    case emptyClass(String)
    case nipAsNumber(String)
    case closeNeedsSummary
    case summaryOrOutcomeOnly
    case happenedInFuture
    case emptyConcern
    case triageUnchanged(String)
    case noSuchCounsellor(String)
    case badMonth(String)
    case badSemester(String)
    case badRange(String, String)
    case onlyAdminSetsSchool
    case badTimeZone(String)
    case logoTooLarge(String)
    case onlyCounsellorWritesNarrative
    case emptyNarrative

    /// Each message by name, so a test can word every one and the wire can carry it.
    public enum Key: String, Sendable, CaseIterable {
        case denied, inClosedHistory, firstStaffMustBeAdmin, notOnStaffList, noSuchCase, emptyMessage, emptyNote, emptyName
        case emptyStudentName, emptyPlanAction, emptyReason, alreadyOnStaff, noSuchStaff, studentIDExists, nisnExists, noSuchStudentID
        case caseNumberTaken, studentHasOpenCase, notACounsellor, noOwner, noPlanAction, serviceTooShort, ratingRange, staleEdit
        case badLogin, badClass, badNISN, emptyGoal, ownerNotOnCase, parentsViaHomeroom, parentContactFirst, referralNeedsAgency
        case alreadyAtLevel, noReferral, emptyHow, noAttendees, emptyFindings, emptyDecisions, emptyReferralOutcome, nisnLostZeros
        case badDay, badNIP, badNIPD, nipdExists, sameStudentExists, noRoles, addedAsLeft, studentHasLeft
        case studentAlreadyLeft, studentNotLeft, staffHasLeft, lastAdmin, stillHoldsCases, handoverNeeded, badYear, yearDatesOrder
        case yearNotAfter, nisnTwiceInFile, nipdTwiceInFile, badGender, badBirthDate, emptyClass, nipAsNumber, closeNeedsSummary
        case summaryOrOutcomeOnly, happenedInFuture, emptyConcern, triageUnchanged, noSuchCounsellor, badMonth, badSemester, badRange
        case onlyAdminSetsSchool, badTimeZone, logoTooLarge, onlyCounsellorWritesNarrative, emptyNarrative
    }

    public var key: Key {
        switch self {
        case .denied: .denied
        case .inClosedHistory: .inClosedHistory
        case .firstStaffMustBeAdmin: .firstStaffMustBeAdmin
        case .notOnStaffList: .notOnStaffList
        case .noSuchCase: .noSuchCase
        case .emptyMessage: .emptyMessage
        case .emptyNote: .emptyNote
        case .emptyName: .emptyName
        case .emptyStudentName: .emptyStudentName
        case .emptyPlanAction: .emptyPlanAction
        case .emptyReason: .emptyReason
        case .alreadyOnStaff: .alreadyOnStaff
        case .noSuchStaff: .noSuchStaff
        case .studentIDExists: .studentIDExists
        case .nisnExists: .nisnExists
        case .noSuchStudentID: .noSuchStudentID
        case .caseNumberTaken: .caseNumberTaken
        case .studentHasOpenCase: .studentHasOpenCase
        case .notACounsellor: .notACounsellor
        case .noOwner: .noOwner
        case .noPlanAction: .noPlanAction
        case .serviceTooShort: .serviceTooShort
        case .ratingRange: .ratingRange
        case .staleEdit: .staleEdit
        case .badLogin: .badLogin
        case .badClass: .badClass
        case .badNISN: .badNISN
        case .emptyGoal: .emptyGoal
        case .ownerNotOnCase: .ownerNotOnCase
        case .parentsViaHomeroom: .parentsViaHomeroom
        case .parentContactFirst: .parentContactFirst
        case .referralNeedsAgency: .referralNeedsAgency
        case .alreadyAtLevel: .alreadyAtLevel
        case .noReferral: .noReferral
        case .emptyHow: .emptyHow
        case .noAttendees: .noAttendees
        case .emptyFindings: .emptyFindings
        case .emptyDecisions: .emptyDecisions
        case .emptyReferralOutcome: .emptyReferralOutcome
        case .nisnLostZeros: .nisnLostZeros
        case .badDay: .badDay
        case .badNIP: .badNIP
        case .badNIPD: .badNIPD
        case .nipdExists: .nipdExists
        case .sameStudentExists: .sameStudentExists
        case .noRoles: .noRoles
        case .addedAsLeft: .addedAsLeft
        case .studentHasLeft: .studentHasLeft
        case .studentAlreadyLeft: .studentAlreadyLeft
        case .studentNotLeft: .studentNotLeft
        case .staffHasLeft: .staffHasLeft
        case .lastAdmin: .lastAdmin
        case .stillHoldsCases: .stillHoldsCases
        case .handoverNeeded: .handoverNeeded
        case .badYear: .badYear
        case .yearDatesOrder: .yearDatesOrder
        case .yearNotAfter: .yearNotAfter
        case .nisnTwiceInFile: .nisnTwiceInFile
        case .nipdTwiceInFile: .nipdTwiceInFile
        case .badGender: .badGender
        case .badBirthDate: .badBirthDate
        case .emptyClass: .emptyClass
        case .nipAsNumber: .nipAsNumber
        case .closeNeedsSummary: .closeNeedsSummary
        case .summaryOrOutcomeOnly: .summaryOrOutcomeOnly
        case .happenedInFuture: .happenedInFuture
        case .emptyConcern: .emptyConcern
        case .triageUnchanged: .triageUnchanged
        case .noSuchCounsellor: .noSuchCounsellor
        case .badMonth: .badMonth
        case .badSemester: .badSemester
        case .badRange: .badRange
        case .onlyAdminSetsSchool: .onlyAdminSetsSchool
        case .badTimeZone: .badTimeZone
        case .logoTooLarge: .logoTooLarge
        case .onlyCounsellorWritesNarrative: .onlyCounsellorWritesNarrative
        case .emptyNarrative: .emptyNarrative
        }
    }

    /// The arguments in order, as they cross the wire.
    public var arguments: [String] {
        switch self {
        case .denied: []
        case .inClosedHistory(let a0): [a0]
        case .firstStaffMustBeAdmin: []
        case .notOnStaffList(let a0): [a0]
        case .noSuchCase(let a0): [a0]
        case .emptyMessage: []
        case .emptyNote: []
        case .emptyName: []
        case .emptyStudentName: []
        case .emptyPlanAction: []
        case .emptyReason: []
        case .alreadyOnStaff(let a0): [a0]
        case .noSuchStaff(let a0): [a0]
        case .studentIDExists(let a0): [a0]
        case .nisnExists(let a0): [a0]
        case .noSuchStudentID(let a0): [a0]
        case .caseNumberTaken(let a0): [a0]
        case .studentHasOpenCase: []
        case .notACounsellor(let a0): [a0]
        case .noOwner(let a0): [a0]
        case .noPlanAction(let a0, let a1): [a0, a1]
        case .serviceTooShort: []
        case .ratingRange: []
        case .staleEdit(let a0): [a0]
        case .badLogin: []
        case .badClass(let a0): [a0]
        case .badNISN(let a0): [a0]
        case .emptyGoal: []
        case .ownerNotOnCase(let a0, let a1): [a0, a1]
        case .parentsViaHomeroom: []
        case .parentContactFirst: []
        case .referralNeedsAgency: []
        case .alreadyAtLevel(let a0): [a0]
        case .noReferral(let a0): [a0]
        case .emptyHow: []
        case .noAttendees: []
        case .emptyFindings: []
        case .emptyDecisions: []
        case .emptyReferralOutcome: []
        case .nisnLostZeros(let a0, let a1): [a0, a1]
        case .badDay(let a0): [a0]
        case .badNIP(let a0): [a0]
        case .badNIPD(let a0): [a0]
        case .nipdExists(let a0, let a1): [a0, a1]
        case .sameStudentExists(let a0, let a1, let a2): [a0, a1, a2]
        case .noRoles(let a0): [a0]
        case .addedAsLeft(let a0): [a0]
        case .studentHasLeft(let a0, let a1): [a0, a1]
        case .studentAlreadyLeft(let a0, let a1): [a0, a1]
        case .studentNotLeft(let a0): [a0]
        case .staffHasLeft(let a0): [a0]
        case .lastAdmin(let a0): [a0]
        case .stillHoldsCases(let a0, let a1): [a0, a1]
        case .handoverNeeded(let a0, let a1, let a2): [a0, a1, a2]
        case .badYear(let a0): [a0]
        case .yearDatesOrder(let a0): [a0]
        case .yearNotAfter(let a0, let a1): [a0, a1]
        case .nisnTwiceInFile(let a0, let a1): [a0, a1]
        case .nipdTwiceInFile(let a0, let a1): [a0, a1]
        case .badGender(let a0): [a0]
        case .badBirthDate(let a0): [a0]
        case .emptyClass(let a0): [a0]
        case .nipAsNumber(let a0): [a0]
        case .closeNeedsSummary: []
        case .summaryOrOutcomeOnly: []
        case .happenedInFuture: []
        case .emptyConcern: []
        case .triageUnchanged(let a0): [a0]
        case .noSuchCounsellor(let a0): [a0]
        case .badMonth(let a0): [a0]
        case .badSemester(let a0): [a0]
        case .badRange(let a0, let a1): [a0, a1]
        case .onlyAdminSetsSchool: []
        case .badTimeZone(let a0): [a0]
        case .logoTooLarge(let a0): [a0]
        case .onlyCounsellorWritesNarrative: []
        case .emptyNarrative: []
        }
    }

    /// The message from its key and arguments (from the wire); nil when the count is wrong.
    public init?(key: Key, arguments a: [String]) {
        switch key {
        case .denied: guard a.isEmpty else { return nil }; self = .denied
        case .inClosedHistory: guard a.count == 1 else { return nil }; self = .inClosedHistory(a[0])
        case .firstStaffMustBeAdmin: guard a.isEmpty else { return nil }; self = .firstStaffMustBeAdmin
        case .notOnStaffList: guard a.count == 1 else { return nil }; self = .notOnStaffList(a[0])
        case .noSuchCase: guard a.count == 1 else { return nil }; self = .noSuchCase(a[0])
        case .emptyMessage: guard a.isEmpty else { return nil }; self = .emptyMessage
        case .emptyNote: guard a.isEmpty else { return nil }; self = .emptyNote
        case .emptyName: guard a.isEmpty else { return nil }; self = .emptyName
        case .emptyStudentName: guard a.isEmpty else { return nil }; self = .emptyStudentName
        case .emptyPlanAction: guard a.isEmpty else { return nil }; self = .emptyPlanAction
        case .emptyReason: guard a.isEmpty else { return nil }; self = .emptyReason
        case .alreadyOnStaff: guard a.count == 1 else { return nil }; self = .alreadyOnStaff(a[0])
        case .noSuchStaff: guard a.count == 1 else { return nil }; self = .noSuchStaff(a[0])
        case .studentIDExists: guard a.count == 1 else { return nil }; self = .studentIDExists(a[0])
        case .nisnExists: guard a.count == 1 else { return nil }; self = .nisnExists(a[0])
        case .noSuchStudentID: guard a.count == 1 else { return nil }; self = .noSuchStudentID(a[0])
        case .caseNumberTaken: guard a.count == 1 else { return nil }; self = .caseNumberTaken(a[0])
        case .studentHasOpenCase: guard a.isEmpty else { return nil }; self = .studentHasOpenCase
        case .notACounsellor: guard a.count == 1 else { return nil }; self = .notACounsellor(a[0])
        case .noOwner: guard a.count == 1 else { return nil }; self = .noOwner(a[0])
        case .noPlanAction: guard a.count == 2 else { return nil }; self = .noPlanAction(a[0], a[1])
        case .serviceTooShort: guard a.isEmpty else { return nil }; self = .serviceTooShort
        case .ratingRange: guard a.isEmpty else { return nil }; self = .ratingRange
        case .staleEdit: guard a.count == 1 else { return nil }; self = .staleEdit(a[0])
        case .badLogin: guard a.isEmpty else { return nil }; self = .badLogin
        case .badClass: guard a.count == 1 else { return nil }; self = .badClass(a[0])
        case .badNISN: guard a.count == 1 else { return nil }; self = .badNISN(a[0])
        case .emptyGoal: guard a.isEmpty else { return nil }; self = .emptyGoal
        case .ownerNotOnCase: guard a.count == 2 else { return nil }; self = .ownerNotOnCase(a[0], a[1])
        case .parentsViaHomeroom: guard a.isEmpty else { return nil }; self = .parentsViaHomeroom
        case .parentContactFirst: guard a.isEmpty else { return nil }; self = .parentContactFirst
        case .referralNeedsAgency: guard a.isEmpty else { return nil }; self = .referralNeedsAgency
        case .alreadyAtLevel: guard a.count == 1 else { return nil }; self = .alreadyAtLevel(a[0])
        case .noReferral: guard a.count == 1 else { return nil }; self = .noReferral(a[0])
        case .emptyHow: guard a.isEmpty else { return nil }; self = .emptyHow
        case .noAttendees: guard a.isEmpty else { return nil }; self = .noAttendees
        case .emptyFindings: guard a.isEmpty else { return nil }; self = .emptyFindings
        case .emptyDecisions: guard a.isEmpty else { return nil }; self = .emptyDecisions
        case .emptyReferralOutcome: guard a.isEmpty else { return nil }; self = .emptyReferralOutcome
        case .nisnLostZeros: guard a.count == 2 else { return nil }; self = .nisnLostZeros(a[0], a[1])
        case .badDay: guard a.count == 1 else { return nil }; self = .badDay(a[0])
        case .badNIP: guard a.count == 1 else { return nil }; self = .badNIP(a[0])
        case .badNIPD: guard a.count == 1 else { return nil }; self = .badNIPD(a[0])
        case .nipdExists: guard a.count == 2 else { return nil }; self = .nipdExists(a[0], a[1])
        case .sameStudentExists: guard a.count == 3 else { return nil }; self = .sameStudentExists(a[0], a[1], a[2])
        case .noRoles: guard a.count == 1 else { return nil }; self = .noRoles(a[0])
        case .addedAsLeft: guard a.count == 1 else { return nil }; self = .addedAsLeft(a[0])
        case .studentHasLeft: guard a.count == 2 else { return nil }; self = .studentHasLeft(a[0], a[1])
        case .studentAlreadyLeft: guard a.count == 2 else { return nil }; self = .studentAlreadyLeft(a[0], a[1])
        case .studentNotLeft: guard a.count == 1 else { return nil }; self = .studentNotLeft(a[0])
        case .staffHasLeft: guard a.count == 1 else { return nil }; self = .staffHasLeft(a[0])
        case .lastAdmin: guard a.count == 1 else { return nil }; self = .lastAdmin(a[0])
        case .stillHoldsCases: guard a.count == 2 else { return nil }; self = .stillHoldsCases(a[0], a[1])
        case .handoverNeeded: guard a.count == 3 else { return nil }; self = .handoverNeeded(a[0], a[1], a[2])
        case .badYear: guard a.count == 1 else { return nil }; self = .badYear(a[0])
        case .yearDatesOrder: guard a.count == 1 else { return nil }; self = .yearDatesOrder(a[0])
        case .yearNotAfter: guard a.count == 2 else { return nil }; self = .yearNotAfter(a[0], a[1])
        case .nisnTwiceInFile: guard a.count == 2 else { return nil }; self = .nisnTwiceInFile(a[0], a[1])
        case .nipdTwiceInFile: guard a.count == 2 else { return nil }; self = .nipdTwiceInFile(a[0], a[1])
        case .badGender: guard a.count == 1 else { return nil }; self = .badGender(a[0])
        case .badBirthDate: guard a.count == 1 else { return nil }; self = .badBirthDate(a[0])
        case .emptyClass: guard a.count == 1 else { return nil }; self = .emptyClass(a[0])
        case .nipAsNumber: guard a.count == 1 else { return nil }; self = .nipAsNumber(a[0])
        case .closeNeedsSummary: guard a.isEmpty else { return nil }; self = .closeNeedsSummary
        case .summaryOrOutcomeOnly: guard a.isEmpty else { return nil }; self = .summaryOrOutcomeOnly
        case .happenedInFuture: guard a.isEmpty else { return nil }; self = .happenedInFuture
        case .emptyConcern: guard a.isEmpty else { return nil }; self = .emptyConcern
        case .triageUnchanged: guard a.count == 1 else { return nil }; self = .triageUnchanged(a[0])
        case .noSuchCounsellor: guard a.count == 1 else { return nil }; self = .noSuchCounsellor(a[0])
        case .badMonth: guard a.count == 1 else { return nil }; self = .badMonth(a[0])
        case .badSemester: guard a.count == 1 else { return nil }; self = .badSemester(a[0])
        case .badRange: guard a.count == 2 else { return nil }; self = .badRange(a[0], a[1])
        case .onlyAdminSetsSchool: guard a.isEmpty else { return nil }; self = .onlyAdminSetsSchool
        case .badTimeZone: guard a.count == 1 else { return nil }; self = .badTimeZone(a[0])
        case .logoTooLarge: guard a.count == 1 else { return nil }; self = .logoTooLarge(a[0])
        case .onlyCounsellorWritesNarrative: guard a.isEmpty else { return nil }; self = .onlyCounsellorWritesNarrative
        case .emptyNarrative: guard a.isEmpty else { return nil }; self = .emptyNarrative
        }
    }

    /// The message with `{0}`, `{1}` for its arguments, to compare the wordings of two languages.
    public static func sample(_ key: Key) -> DomainMessage {
        switch key {
        case .denied: .denied
        case .inClosedHistory: .inClosedHistory("{0}")
        case .firstStaffMustBeAdmin: .firstStaffMustBeAdmin
        case .notOnStaffList: .notOnStaffList("{0}")
        case .noSuchCase: .noSuchCase("{0}")
        case .emptyMessage: .emptyMessage
        case .emptyNote: .emptyNote
        case .emptyName: .emptyName
        case .emptyStudentName: .emptyStudentName
        case .emptyPlanAction: .emptyPlanAction
        case .emptyReason: .emptyReason
        case .alreadyOnStaff: .alreadyOnStaff("{0}")
        case .noSuchStaff: .noSuchStaff("{0}")
        case .studentIDExists: .studentIDExists("{0}")
        case .nisnExists: .nisnExists("{0}")
        case .noSuchStudentID: .noSuchStudentID("{0}")
        case .caseNumberTaken: .caseNumberTaken("{0}")
        case .studentHasOpenCase: .studentHasOpenCase
        case .notACounsellor: .notACounsellor("{0}")
        case .noOwner: .noOwner("{0}")
        case .noPlanAction: .noPlanAction("{0}", "{1}")
        case .serviceTooShort: .serviceTooShort
        case .ratingRange: .ratingRange
        case .staleEdit: .staleEdit("{0}")
        case .badLogin: .badLogin
        case .badClass: .badClass("{0}")
        case .badNISN: .badNISN("{0}")
        case .emptyGoal: .emptyGoal
        case .ownerNotOnCase: .ownerNotOnCase("{0}", "{1}")
        case .parentsViaHomeroom: .parentsViaHomeroom
        case .parentContactFirst: .parentContactFirst
        case .referralNeedsAgency: .referralNeedsAgency
        case .alreadyAtLevel: .alreadyAtLevel("{0}")
        case .noReferral: .noReferral("{0}")
        case .emptyHow: .emptyHow
        case .noAttendees: .noAttendees
        case .emptyFindings: .emptyFindings
        case .emptyDecisions: .emptyDecisions
        case .emptyReferralOutcome: .emptyReferralOutcome
        case .nisnLostZeros: .nisnLostZeros("{0}", "{1}")
        case .badDay: .badDay("{0}")
        case .badNIP: .badNIP("{0}")
        case .badNIPD: .badNIPD("{0}")
        case .nipdExists: .nipdExists("{0}", "{1}")
        case .sameStudentExists: .sameStudentExists("{0}", "{1}", "{2}")
        case .noRoles: .noRoles("{0}")
        case .addedAsLeft: .addedAsLeft("{0}")
        case .studentHasLeft: .studentHasLeft("{0}", "{1}")
        case .studentAlreadyLeft: .studentAlreadyLeft("{0}", "{1}")
        case .studentNotLeft: .studentNotLeft("{0}")
        case .staffHasLeft: .staffHasLeft("{0}")
        case .lastAdmin: .lastAdmin("{0}")
        case .stillHoldsCases: .stillHoldsCases("{0}", "{1}")
        case .handoverNeeded: .handoverNeeded("{0}", "{1}", "{2}")
        case .badYear: .badYear("{0}")
        case .yearDatesOrder: .yearDatesOrder("{0}")
        case .yearNotAfter: .yearNotAfter("{0}", "{1}")
        case .nisnTwiceInFile: .nisnTwiceInFile("{0}", "{1}")
        case .nipdTwiceInFile: .nipdTwiceInFile("{0}", "{1}")
        case .badGender: .badGender("{0}")
        case .badBirthDate: .badBirthDate("{0}")
        case .emptyClass: .emptyClass("{0}")
        case .nipAsNumber: .nipAsNumber("{0}")
        case .closeNeedsSummary: .closeNeedsSummary
        case .summaryOrOutcomeOnly: .summaryOrOutcomeOnly
        case .happenedInFuture: .happenedInFuture
        case .emptyConcern: .emptyConcern
        case .triageUnchanged: .triageUnchanged("{0}")
        case .noSuchCounsellor: .noSuchCounsellor("{0}")
        case .badMonth: .badMonth("{0}")
        case .badSemester: .badSemester("{0}")
        case .badRange: .badRange("{0}", "{1}")
        case .onlyAdminSetsSchool: .onlyAdminSetsSchool
        case .badTimeZone: .badTimeZone("{0}")
        case .logoTooLarge: .logoTooLarge("{0}")
        case .onlyCounsellorWritesNarrative: .onlyCounsellorWritesNarrative
        case .emptyNarrative: .emptyNarrative
        }
    }

    public var english: String {
        switch self {
        case .denied: "Not permitted."
        case .inClosedHistory(let a0): "Case #\(a0) is in the closed history."
        case .firstStaffMustBeAdmin: "The first staff member of a school must be its admin."
        case .notOnStaffList(let a0): "\(a0) is not on the staff list of this school; ask the admin to add you with `rujuk staff add`."
        case .noSuchCase(let a0): "There is no case #\(a0); `rujuk queue --all` lists the cases you can see."
        case .emptyMessage: "The message is empty; write what you want to say."
        case .emptyNote: "The note of what you saw is empty; write what you saw."
        case .emptyName: "The name is empty; give the person's full name."
        case .emptyStudentName: "The student's name is empty; give the full name."
        case .emptyPlanAction: "The plan action is empty; write what should be done."
        case .emptyReason: "The reason for the new level is empty; write why."
        case .alreadyOnStaff(let a0): "\(a0) is already on the staff list."
        case .noSuchStaff(let a0): "There is no staff member \(a0); `rujuk staff` lists them."
        case .studentIDExists(let a0): "A student with id \(a0) already exists."
        case .nisnExists(let a0): "A student with NISN \(a0) already exists."
        case .noSuchStudentID(let a0): "There is no student with id \(a0)."
        case .caseNumberTaken(let a0): "Case #\(a0) was taken by a colleague a moment ago; try again."
        case .studentHasOpenCase: "This student already has an open case; flag again and your flag joins it."
        case .notACounsellor(let a0): "\(a0) is not a counsellor; a case can only be assigned to a guru BK."
        case .noOwner(let a0): "There is no staff member \(a0) to own this action."
        case .noPlanAction(let a0, let a1): "Case #\(a0) has no plan action \(a1)."
        case .serviceTooShort: "A service lasts at least one minute."
        case .ratingRange: "A review's rating is from 1 to 5."
        case .staleEdit(let a0): "Someone changed case #\(a0) while you were editing; read it again and redo your change."
        case .badLogin: "A login is a Unix user name: lower-case letters, digits, '.', '_' or '-', at most 32 characters."
        case .badClass(let a0): "A class starts with its grade, as in VIII-B, VIII B, 8B or Kelas 8B; '\(a0)' has no grade."
        case .badNISN(let a0): "An NISN is ten digits; '\(a0)' is not."
        case .emptyGoal: "The goal is empty; write what the help should achieve."
        case .ownerNotOnCase(let a0, let a1): "\(a0) is not on case #\(a1); an action's owner must be someone on the case."
        case .parentsViaHomeroom: "An action with the parents is owned by the student's homeroom teacher, who speaks with them."
        case .parentContactFirst: "Record the parents' contact first (or a home visit): the vice principal takes a case only after it."
        case .referralNeedsAgency: "A referral onward needs the agency and the date of the letter (--agency, --letter-date)."
        case .alreadyAtLevel(let a0): "Case #\(a0) is already handled at this level."
        case .noReferral(let a0): "Case #\(a0) has not been referred to an outside agency; refer it first."
        case .emptyHow: "Say how the parents were contacted (a call, a letter, a meeting) and when."
        case .noAttendees: "A case conference needs its attendees."
        case .emptyFindings: "The findings of the home visit are empty; write what you found."
        case .emptyDecisions: "The decisions of the conference are empty; write what was decided."
        case .emptyReferralOutcome: "The referral outcome is empty; write what the agency reported."
        case .nisnLostZeros(let a0, let a1): "NISN '\(a0)' has \(a1) digits; Excel drops leading zeros: format the column as Text and export again."
        case .badDay(let a0): "'\(a0)' is not a date; write it as YYYY-MM-DD."
        case .badNIP(let a0): "An NIP is 18 digits; '\(a0)' is not."
        case .badNIPD(let a0): "The NIPD '\(a0)' is empty or too long; give the school's student number."
        case .nipdExists(let a0, let a1): "NIPD \(a0) already belongs to \(a1); check the number."
        case .sameStudentExists(let a0, let a1, let a2): "\(a0), born \(a1), is already on the roster (\(a2)); correct that record instead of adding a second."
        case .noRoles(let a0): "\(a0) needs at least one role."
        case .addedAsLeft(let a0): "\(a0) cannot be added as having left; add them, then record the leaving."
        case .studentHasLeft(let a0, let a1): "\(a0) left the school on \(a1); their record can be read, but no new flag can be made."
        case .studentAlreadyLeft(let a0, let a1): "\(a0) already left the school on \(a1)."
        case .studentNotLeft(let a0): "\(a0) has not left the school."
        case .staffHasLeft(let a0): "\(a0) has left the school; choose someone who works here."
        case .lastAdmin(let a0): "\(a0) is the school's only admin; make someone else admin first."
        case .stillHoldsCases(let a0, let a1): "\(a0) still holds open cases \(a1); hand them over first (`rujuk assign N LOGIN`)."
        case .handoverNeeded(let a0, let a1, let a2): "\(a0) holds \(a1) open case(s) and \(a2) open action(s); name who takes them over with --handover-to LOGIN."
        case .badYear(let a0): "A school year is written YYYY/YYYY, such as 2027/2028; '\(a0)' is not."
        case .yearDatesOrder(let a0): "The dates of \(a0) are out of order: the year starts, then the second semester, then it ends."
        case .yearNotAfter(let a0, let a1): "\(a0) does not come after the current year \(a1)."
        case .nisnTwiceInFile(let a0, let a1): "NISN \(a0) is also on line \(a1); list each student once."
        case .nipdTwiceInFile(let a0, let a1): "NIPD \(a0) is also on line \(a1); list each student once."
        case .badGender(let a0): "JK '\(a0)' is neither L nor P; write L (laki-laki) or P (perempuan)."
        case .badBirthDate(let a0): "The birth date '\(a0)' is not a date; write it as YYYY-MM-DD or dd/mm/yyyy."
        case .emptyClass(let a0): "The class of \(a0) is empty; fill in the Rombel (kelas) column."
        case .nipAsNumber(let a0): "NIP '\(a0)' became a number in Excel and lost its last digits; format the column as Text and export again."
        case .closeNeedsSummary: "Write a summary for the teacher who flagged (it may be short), or choose to send only the outcome (--outcome-only)."
        case .summaryOrOutcomeOnly: "Give either a summary for the referrer or --outcome-only, not both."
        case .happenedInFuture: "That date is in the future; record what happened once it has (today, yesterday, -3d, 28/11/2026)."
        case .emptyConcern: "The concern is empty; say in a few words what the case is about."
        case .triageUnchanged(let a0): "Case #\(a0) already has this urgency, area and concern; change at least one."
        case .noSuchCounsellor(let a0): "There is no counsellor \(a0); `rujuk staff` lists the staff and their roles."
        case .badMonth(let a0): "'\(a0)' is not a month; write it as YYYY-MM, such as 2026-11."
        case .badSemester(let a0): "'\(a0)' is not a semester; write the school year and 1 (ganjil) or 2 (genap), such as 2026/2027-1."
        case .badRange(let a0, let a1): "The period from \(a0) to \(a1) is empty or out of order; give the first day, then the last (YYYY-MM-DD)."
        case .onlyAdminSetsSchool: "Only the school's admin can change the school's name, address, logo and time zone."
        case .badTimeZone(let a0): "'\(a0)' is not a time zone; use Asia/Jakarta (WIB), Asia/Makassar (WITA) or Asia/Jayapura (WIT)."
        case .logoTooLarge(let a0): "The logo may be at most \(a0) KiB; save it smaller (a letterhead logo needs about 300 pixels)."
        case .onlyCounsellorWritesNarrative: "Only a counsellor (guru BK) writes the narrative of their report."
        case .emptyNarrative: "The section is empty; write the text on standard input."
        }
    }
}
