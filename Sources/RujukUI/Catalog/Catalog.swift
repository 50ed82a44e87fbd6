import Foundation
import RujukDomain

/// The words of one language: `t(.statusPickedUp("14"))` words a typed `Text` through the
/// language's `Wording`; options and form fields by exhaustive switches (Catalog+Terms, Catalog+Work).
public struct Catalog: Sendable, Equatable {
    public let language: Language
    /// The listed concerns in this language, by the words they are stored with.
    let concerns: [String: String]

    public init(_ language: Language) {
        self.language = language
        concerns = language == .id ? Catalog.indonesianConcerns : [:]
    }

    public func t(_ text: Text) -> String { language == .id ? Indonesian().text(text) : English().text(text) }

    /// A case's status as the lists say it: one given to its counsellor by someone else (the
    /// vice principal, a colleague) reads "assigned" until work on it begins, not "picked up".
    public func status(of c: Case, at now: Date) -> String {
        let s = c.status(at: now)
        if s == .pickedUp, let by = c.assignedBy, by != c.assignee { return t(.statusAssignedWord) }
        return status(s)
    }

    public func status(_ s: CaseStatus) -> String {
        switch s {
        case .new: t(.statusNew)
        case .pickedUp: t(.statusPickedUpWord)
        case .planned: t(.statusPlanned)
        case .inSupport: t(.statusInSupport)
        case .reviewing: t(.statusReviewing)
        case .closed: t(.statusClosedWord)
        }
    }

    /// A concern in this language; one typed freely is shown as it was written.
    public func concern(_ stored: String) -> String { concerns[stored] ?? stored }

    public func urgency(_ u: Urgency) -> String {
        switch u {
        case .routine: t(.urgencyRoutine)
        case .soon: t(.urgencySoon)
        case .urgent: t(.urgencyUrgent)
        }
    }

    public func role(_ r: Role) -> String {
        switch r {
        case .subjectTeacher: t(.roleSubjectTeacher)
        case .homeroomTeacher: t(.roleHomeroomTeacher)
        case .counsellor: t(.roleCounsellor)
        case .viceStudentAffairs: t(.roleVice)
        case .principal: t(.rolePrincipal)
        case .admin: t(.roleAdmin)
        }
    }

    public func readers(_ v: Visibility) -> String {
        switch v {
        case .team: t(.readersTeam)
        case .homeroomAndBK: t(.readersHomeroomAndBK)
        case .bkOnly: t(.readersBKOnly)
        case .bkAndPrincipal: t(.readersBKAndPrincipal)
        }
    }

    public func denial(_ d: Denial) -> String {
        switch d {
        case .notOnCase: t(.denyNotOnCase)
        case .onlyAdminManagesRoster: t(.denyRoster)
        case .adminDoesNotWorkCases: t(.denyAdmin)
        case .onlyCounsellorPicksUp: t(.denyPickUp)
        case .alreadyPickedUp: t(.denyAlreadyPickedUp)
        case .onlyCounsellorOrViceAssigns: t(.denyAssign)
        case .caseClosed: t(.denyClosed)
        case .caseClosedAskCounsellor: t(.denyClosedAskCounsellor)
        case .caseOpen: t(.denyOpen)
        case .cannotWriteAtThatVisibility: t(.denyVisibility)
        case .onlyCounsellorCloses: t(.denyClose)
        case .closeOnlyYourOwn: t(.denyCloseNotYours)
        case .onlyCounsellorOrViceReopens: t(.denyReopen)
        case .onlyCounsellorWorksPlan: t(.denyPlan)
        case .onlyCounsellorOrVicePlans: t(.denyPlans)
        case .sanctionsAreNotBK: t(.denySanction)
        case .onlyCounsellorHomeroomOrViceContactsParents: t(.denyParents)
        case .onlyCounsellorOrViceConferences: t(.denyConference)
        case .onlyCounsellorOrHomeroomVisits: t(.denyVisit)
        case .accessEnded: t(.denyAccessEnded)
        case .onlyCounsellorTriages: t(.denyTriage)
        case .reportOnlyYourOwn: t(.denyReportNotYours)
        case .reportsNotForYou: t(.denyReports)
        }
    }
}
