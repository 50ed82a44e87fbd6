import Foundation

/// Whose work a report covers: the whole school, one counsellor's, or one class's.
public enum ReportScope: Codable, Sendable, Equatable, Hashable {
    case school
    case counsellor(String)
    case classroom(String)
}

/// How much of a report a reader gets. Every view holds counts, codes and team-visible facts
/// only; the counsellor's own view may name their students (and says so).
public enum ReportView: String, Codable, Sendable, Equatable, CaseIterable {
    /// The principal and the vice principal: every table, students by code.
    case full
    /// A counsellor's own report: every table, their students named, marked for their own use.
    case counsellorOwn
    /// A counsellor reading the school or a class: the tables and coordination figures, no
    /// student list.
    case schoolSummary
    /// A subject or homeroom teacher: the outcomes of their own referrals, nothing else.
    case ownReferrals
}

extension School {
    /// Which view of a report this person may have for this scope; refused with the reason
    /// otherwise. The helper applies this before a single figure leaves it.
    public func reportView(for person: Staff, scope: ReportScope) throws(DomainError) -> ReportView {
        if !person.isActive { throw DomainError(.notPermitted, denial: .accessEnded) }
        if case .counsellor(let login) = scope {
            guard let counsellor = staff[login], counsellor.isCounsellor else { throw DomainError.notFound(.noSuchCounsellor(login)) }
        }
        if person.has(.principal) || person.has(.viceStudentAffairs) { return .full }
        if person.isCounsellor {
            switch scope {
            case .counsellor(let login): if login == person.login { return .counsellorOwn }
                throw DomainError(.notPermitted, denial: .reportOnlyYourOwn)
            case .school, .classroom: return .schoolSummary
            }
        }
        if (person.has(.subjectTeacher) || person.has(.homeroomTeacher)), scope == .school { return .ownReferrals }
        throw DomainError(.notPermitted, denial: .reportsNotForYou)
    }
}
