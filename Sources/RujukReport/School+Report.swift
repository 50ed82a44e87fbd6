import Foundation
import RujukDomain

extension School {
    /// The report this person may have: the view the domain allows for the scope, computed
    /// over the whole school (which must have its history loaded).
    public func report(for person: Staff, period request: PeriodRequest, scope: ReportScope, timeZone: TimeZone,
                       now: Date) throws(DomainError) -> Report {
        let view = try reportView(for: person, scope: scope)
        let period = try ReportPeriod.resolve(request, year: year, timeZone: timeZone)
        return ReportBuilder(school: self, period: period, scope: scope, view: view, reader: person.login, now: now).build()
    }
}
