import Foundation
import Testing
@testable import RujukBoundary
import RujukDomain
import RujukReport
import RujukStore

/// A report is computed inside the helper over the whole school, and only what the caller may
/// see crosses: refused (77) otherwise.
@Suite struct ReportBoundaryTests {
    /// The demo school's cases were flagged from its start; a range over its whole life.
    let everything = ReportRequest(period: .range(from: "2000-01-01", to: "2100-12-31"), scope: .school)

    func refusal(_ body: () throws -> Void) -> DomainError? {
        do { try body() } catch let e as StoreError { return e.domain } catch { return nil }
        return nil
    }

    @Test func thePrincipalGetsTheSchoolsFiguresComputedOverEveryCase() throws {
        let f = try BrokerFixture()
        let (hendra, _) = f.connect(as: "hendra")
        try hendra.hello(actAs: nil, pin: nil)
        let report = try hendra.report(everything, for: try #require(hendra.actor))
        // The same figures as the in-process store computes, history included.
        let store = try f.store()
        let local = try store.report(everything, for: try #require(store.school.staff["hendra"]))
        #expect(report.view == .full && !report.isEmpty)
        #expect(report.areas == local.areas && report.services == local.services && report.coordination == local.coordination)
        #expect(report.areas?.last?.new == store.school.cases.count)
        // Nothing a projection withholds: no student named, no text of any entry.
        let json = String(decoding: try JSONEncoder().encode(report), as: UTF8.self)
        for s in store.school.students.values { #expect(!json.contains(s.name)) }
        #expect(report.followUp?.allSatisfy { $0.name == nil } ?? false)
    }

    @Test func aTeacherGetsOnlyTheOutcomesOfHerReferrals() throws {
        let f = try BrokerFixture()
        let (sari, _) = f.connect(as: "sari")
        try sari.hello(actAs: nil, pin: nil)
        let report = try sari.report(everything, for: try #require(sari.actor))
        #expect(report.view == .ownReferrals && report.services == nil && report.coordination == nil)
        let whole = try f.store().school
        let hers = whole.cases.values.filter { $0.flags.contains { $0.by == "sari" } }.map(\.number).sorted()
        #expect(report.ownReferrals?.map(\.caseNumber) == hers && !hers.isEmpty)
    }

    @Test func aColleaguesReportAndAnyReportForTheAdminAreRefusedWith77() throws {
        let f = try BrokerFixture()
        let (budi, _) = f.connect(as: "budi")
        try budi.hello(actAs: "budi", pin: BrokerFixture.budiPIN)
        let me = try #require(budi.actor)
        #expect(try budi.report(ReportRequest(period: .month("2026-11"), scope: .counsellor("budi")), for: me).view == .counsellorOwn)
        let colleague = refusal { _ = try budi.report(ReportRequest(period: .month("2026-11"), scope: .counsellor("wati")), for: me) }
        #expect(colleague?.denial == .reportOnlyYourOwn && colleague?.kind == .notPermitted)
        let (sari, _) = f.connect(as: "sari")
        try sari.hello(actAs: nil, pin: nil)
        let scoped = refusal { _ = try sari.report(ReportRequest(period: .month("2026-11"), scope: .counsellor("budi")), for: try #require(sari.actor)) }
        #expect(scoped?.denial == .reportsNotForYou && scoped?.kind == .notPermitted)
        let (admin, _) = f.connect(as: "admin")
        try admin.hello(actAs: nil, pin: nil)
        let refused = refusal { _ = try admin.report(everything, for: try #require(admin.actor)) }
        #expect(refused?.denial == .reportsNotForYou)
    }

    @Test func aBadPeriodIsRefusedAsBadData() throws {
        let f = try BrokerFixture()
        let (hendra, _) = f.connect(as: "hendra")
        try hendra.hello(actAs: nil, pin: nil)
        let e = refusal { _ = try hendra.report(ReportRequest(period: .month("2026-13"), scope: .school), for: try #require(hendra.actor)) }
        #expect(e?.kind == .invalid && e?.reason.key == .badMonth)
    }

    @Test func theCallerCannotNameSomeoneElseToSeeMore() throws {
        // The person is the session's, never the request's: a teacher passing the principal gets her own view.
        let f = try BrokerFixture()
        let (sari, _) = f.connect(as: "sari")
        try sari.hello(actAs: nil, pin: nil)
        let principal = try #require(try f.store().school.staff["hendra"])
        #expect(try sari.report(everything, for: principal).view == .ownReferrals)
    }
}
