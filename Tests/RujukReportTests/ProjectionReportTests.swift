import Foundation
import Testing
import RujukDomain
@testable import RujukReport

/// Behind the trust boundary the interface holds only the reader's projection (confidential
/// text withheld, cases they may not see left out) and computes the reports screen from it;
/// the printed report is computed by the helper over the whole school. Both must agree, or the
/// principal would read one figure on screen and sign another.
@Suite struct ProjectionReportTests {
    @Test(arguments: [("kepsek", ReportScope.school), ("wakasek", .school), ("kepsek", .counsellor("bk2")),
                      ("bk1", .counsellor("bk1")), ("bk1", .school), ("guru1", .school), ("guru2", .school)])
    func theReaderProjectionGivesTheSameReport(_ login: String, _ scope: ReportScope) throws {
        let school = try ReportFixture.school()
        let reader = try #require(school.staff[login])
        let projection = school.projected(for: reader)
        for period: PeriodRequest in [.month("2026-11"), .semester("2026/2027-1")] {
            let whole = try school.report(for: reader, period: period, scope: scope, timeZone: ReportFixture.zone, now: ReportFixture.now)
            let seen = try projection.report(for: reader, period: period, scope: scope, timeZone: ReportFixture.zone, now: ReportFixture.now)
            #expect(seen == whole, "\(login) \(scope) \(period)")
            #expect(!whole.isEmpty)
        }
    }
}
