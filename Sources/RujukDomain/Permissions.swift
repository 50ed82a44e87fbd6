import Foundation

/// Something a person may try to do to a case or to the roster.
public enum CaseAction: Sendable, Equatable {
    case flag
    case pickUp
    case assign
    case reply(Visibility)
    case close
    case reopen
    case escalate
    case addPlanItem
    /// A plan action of kind sanction: the vice principal's, never BK's.
    case sanction
    case logService
    case recordReview
    case contactParents
    case recordReferral
    case holdConference
    case visitHome
    case updateSummary
    /// Changing the urgency, area or concern after triage.
    case triage
    case manageRoster
}

/// Why an action is refused; the interface and the command line turn it into a sentence.
public enum Denial: String, Sendable, Equatable, CaseIterable {
    case notOnCase
    case onlyAdminManagesRoster
    case adminDoesNotWorkCases
    case onlyCounsellorPicksUp
    case alreadyPickedUp
    case onlyCounsellorOrViceAssigns
    case caseClosed
    /// Closed, said to someone who may not reopen it (the one who may is named instead).
    case caseClosedAskCounsellor
    case caseOpen
    case cannotWriteAtThatVisibility
    case onlyCounsellorCloses
    case closeOnlyYourOwn
    case onlyCounsellorOrViceReopens
    case onlyCounsellorWorksPlan
    case onlyCounsellorOrVicePlans
    case sanctionsAreNotBK
    case onlyCounsellorHomeroomOrViceContactsParents
    case onlyCounsellorOrViceConferences
    case onlyCounsellorOrHomeroomVisits
    case accessEnded
    case onlyCounsellorTriages
    case reportOnlyYourOwn
    case reportsNotForYou

    /// The English sentence; the catalogs give the translated one.
    public var sentence: String {
        switch self {
        case .notOnCase: "You are not on this case; ask the counsellor to add you."
        case .onlyAdminManagesRoster: "Only the school's admin can change staff and students."
        case .adminDoesNotWorkCases: "The admin account manages the roster and cannot work cases; sign in as a teacher or counsellor."
        case .onlyCounsellorPicksUp: "Only a counsellor (guru BK) can pick up a case."
        case .alreadyPickedUp: "This case is already picked up; ask its counsellor or the vice principal to reassign it."
        case .onlyCounsellorOrViceAssigns: "Only a counsellor or the vice principal for student affairs can assign a case."
        case .caseClosed: "This case is closed; reopen it first."
        case .caseClosedAskCounsellor: "This case is closed; only a counsellor or the vice principal for student affairs can reopen it."
        case .caseOpen: "This case is still open."
        case .cannotWriteAtThatVisibility: "You may write only for readers you are among (the teacher who flagged and the homeroom teacher may also tell BK alone, in confidence)."
        case .onlyCounsellorCloses: "Only a counsellor (guru BK) or the vice principal for student affairs can close a case."
        case .closeOnlyYourOwn: "You can close only a case you hold: pick it up first, or ask its counsellor or the vice principal."
        case .onlyCounsellorOrViceReopens: "Only a counsellor or the vice principal for student affairs can reopen a case."
        case .onlyCounsellorWorksPlan: "Only a counsellor (guru BK) can record services and referral outcomes."
        case .onlyCounsellorOrVicePlans: "Only a counsellor or the vice principal for student affairs can change the help plan or the case's level."
        case .sanctionsAreNotBK: "Sanctions are decided by the vice principal for student affairs, never by BK; write a support action instead."
        case .onlyCounsellorHomeroomOrViceContactsParents: "Only the counsellor, the homeroom teacher or the vice principal records contact with the parents."
        case .onlyCounsellorOrViceConferences: "Only a counsellor or the vice principal for student affairs can record a case conference."
        case .onlyCounsellorOrHomeroomVisits: "Only a counsellor or the student's homeroom teacher can record a home visit."
        case .accessEnded: "Your access ended when you left the school; ask the school's admin if this is a mistake."
        case .onlyCounsellorTriages: "Only a counsellor (guru BK) can change a case's urgency, area or concern."
        case .reportOnlyYourOwn: "A counsellor sees their own report and the school's summary; a colleague's report is for the principal and the vice principal."
        case .reportsNotForYou: "Reports are for the principal, the vice principal and counsellors; as a teacher you see the outcomes of your own referrals (the school-wide scope)."
        }
    }
}

extension School {
    /// Who sees a case at all: its referrers, the homeroom teacher of the class, every
    /// counsellor, the vice principal and the principal. Other subject teachers see nothing.
    public func canSee(_ person: Staff, _ c: Case) -> Bool {
        if !person.isActive { return false }
        if person.has(.counsellor) || person.has(.viceStudentAffairs) || person.has(.principal) { return true }
        if c.flags.contains(where: { $0.by == person.login }) { return true }
        if isHomeroomTeacher(person, of: c) { return true }
        return c.assignee == person.login
    }

    /// The open case of a student if this person may see it: what lists and searches show,
    /// so that none of them reveals that a case exists to someone who may not see it.
    public func openCase(ofStudent id: String, seenBy person: Staff) -> Case? {
        openCase(ofStudent: id).flatMap { canSee(person, $0) ? $0 : nil }
    }

    public func isHomeroomTeacher(_ person: Staff, of c: Case) -> Bool {
        guard person.isActive, person.has(.homeroomTeacher), let homeroom = person.homeroom,
              let student = students[c.studentID], student.isActive else { return false }
        // A student who left has no homeroom teacher any more; their counsellor keeps the case.
        return ClassName.same(student.className, homeroom)
    }

    /// Whether a person may read the text of an entry with this visibility on this case.
    public func canRead(_ person: Staff, _ visibility: Visibility, in c: Case) -> Bool {
        guard canSee(person, c) else { return false }
        switch visibility {
        case .team: return true
        case .homeroomAndBK: return person.isCounsellor || isHomeroomTeacher(person, of: c)
        case .bkOnly: return person.isCounsellor
        case .bkAndPrincipal: return person.isCounsellor || person.has(.principal)
        }
    }

    /// The same, for an entry written by `author`: the writer keeps reading what they wrote.
    public func canRead(_ person: Staff, _ visibility: Visibility, in c: Case, author: String) -> Bool {
        canRead(person, visibility, in: c) || (author == person.login && canSee(person, c))
    }

    /// A teacher who flagged the case, or the student's homeroom teacher, may tell BK
    /// something in confidence (suspected abuse, family trouble): an entry for BK only.
    public func mayConfideInBK(_ person: Staff, _ c: Case) -> Bool {
        !person.isCounsellor && (c.referrers.contains(person.login) || isHomeroomTeacher(person, of: c))
    }

    /// Nil when the person may do this; otherwise the reason they may not.
    public func denial(_ person: Staff, _ action: CaseAction, on c: Case?) -> Denial? {
        if !person.isActive { return .accessEnded }
        if action == .manageRoster { return person.has(.admin) ? nil : .onlyAdminManagesRoster }
        if person.roles == [.admin] { return .adminDoesNotWorkCases }
        if action == .flag { return nil }
        guard let c else { return nil }
        guard canSee(person, c) else { return .notOnCase }
        // A closed case is reopened by BK or the vice principal; anyone else is told whom to ask.
        let closed: Denial = person.isCounsellor || person.has(.viceStudentAffairs) ? .caseClosed : .caseClosedAskCounsellor
        switch action {
        case .flag, .manageRoster:
            return nil
        case .pickUp:
            if !person.isCounsellor { return .onlyCounsellorPicksUp }
            if c.isClosed { return closed }
            if c.assignee != nil { return .alreadyPickedUp }
        case .assign:
            if !(person.isCounsellor || person.has(.viceStudentAffairs)) { return .onlyCounsellorOrViceAssigns }
            if c.isClosed { return closed }
        case .reply(let visibility):
            if c.isClosed { return closed }
            if !canRead(person, visibility, in: c) && !(visibility == .bkOnly && mayConfideInBK(person, c)) {
                return .cannotWriteAtThatVisibility
            }
        case .close:
            // The counsellor who holds the case closes it; the vice principal may close any.
            if person.has(.viceStudentAffairs) { return c.isClosed ? closed : nil }
            if !person.isCounsellor { return .onlyCounsellorCloses }
            if c.isClosed { return closed }
            if c.assignee != person.login { return .closeOnlyYourOwn }
        case .updateSummary:
            if !person.isCounsellor { return .onlyCounsellorCloses }
        case .triage:
            if !person.isCounsellor { return .onlyCounsellorTriages }
            if c.isClosed { return closed }
        case .reopen:
            if !(person.isCounsellor || person.has(.viceStudentAffairs)) { return .onlyCounsellorOrViceReopens }
            if !c.isClosed { return .caseOpen }
        case .escalate, .addPlanItem:
            if !(person.isCounsellor || person.has(.viceStudentAffairs)) { return .onlyCounsellorOrVicePlans }
            if c.isClosed { return closed }
        case .sanction:
            if !person.has(.viceStudentAffairs) { return .sanctionsAreNotBK }
            if c.isClosed { return closed }
        case .logService:
            if !person.isCounsellor { return .onlyCounsellorWorksPlan }
            if c.isClosed { return closed }
        case .recordReferral:
            if !person.isCounsellor { return .onlyCounsellorWorksPlan }
        case .recordReview:
            // Joint evaluation: everyone on the case gives their observation.
            if c.isClosed { return closed }
        case .contactParents:
            if !(person.isCounsellor || person.has(.viceStudentAffairs) || isHomeroomTeacher(person, of: c)) {
                return .onlyCounsellorHomeroomOrViceContactsParents
            }
            if c.isClosed { return closed }
        case .holdConference:
            if !(person.isCounsellor || person.has(.viceStudentAffairs)) { return .onlyCounsellorOrViceConferences }
            if c.isClosed { return closed }
        case .visitHome:
            if !(person.isCounsellor || isHomeroomTeacher(person, of: c)) { return .onlyCounsellorOrHomeroomVisits }
            if c.isClosed { return closed }
        }
        return nil
    }
}
