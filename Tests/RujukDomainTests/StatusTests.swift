import Foundation
import Testing
@testable import RujukDomain

@Suite struct StatusTests {
    @Test func statusFollowsTheRecordsThroughEveryStep() throws {
        var school = Fixture.oneCase()
        let later = Fixture.t0 + 86_400 * 365
        #expect(school.cases[1]!.status(at: later) == .new)
        try school.apply(Fixture.event("budi", .pickedUp(number: 1), school))
        #expect(school.cases[1]!.status(at: later) == .pickedUp)
        let review = Fixture.t0 + 86_400 * 10
        try school.apply(Fixture.event("budi", .planItemAdded(PlanItemAdded(number: 1, text: "Latihan", owner: "sari", due: nil, reviewDate: review)), school))
        #expect(school.cases[1]!.status(at: Fixture.t0 + 86_400) == .planned)
        try school.apply(Fixture.event("budi", .serviceLogged(ServiceLogged(number: 1, type: .konselingPerorangan, minutes: 30, visibility: .bkOnly, notes: "x")), school))
        #expect(school.cases[1]!.status(at: Fixture.t0 + 86_400) == .inSupport)
        #expect(school.cases[1]!.status(at: later) == .reviewing)
        var reviewed = Fixture.event("budi", .reviewRecorded(ReviewRecorded(number: 1, horizon: .laijapen, rating: 4, visibility: .team, text: "ok")), school)
        reviewed.at = review + 60
        try school.apply(reviewed)
        #expect(school.cases[1]!.status(at: later) == .inSupport)
        try school.apply(Fixture.event("budi", .closed(number: 1, outcome: .resolved, summary: "Membaik."), school))
        #expect(school.cases[1]!.status(at: later) == .closed)
        try school.apply(Fixture.event("budi", .reopened(number: 1, reason: "lagi"), school))
        #expect(school.cases[1]!.status(at: later) == .inSupport)
        #expect(school.cases[1]!.reopenCount == 1)
    }

    @Test func demoSchoolHasEveryStatusAndIsDeterministic() {
        let school = Fixture.demo
        let now = ISODate.parse("2026-11-24T00:00:00Z")!
        let statuses = Set(school.cases.values.map { $0.status(at: now) })
        #expect(statuses == Set(CaseStatus.allCases))
        #expect(DemoSchool.events == DemoSchool.events)
        #expect(school.students.count == 270)
        let andi = school.students.values.first { $0.nisn == "0091234567" }
        #expect(andi?.name == "Andi Pratama" && andi?.className == "VIII-B")
        #expect(school.openCase(ofStudent: andi!.id) == nil)
        #expect(Set(school.staff.keys) == ["sari", "dewi", "rina", "budi", "wati", "agus", "hendra", "admin"])
    }

    @Test func dateTextRoundTrips() {
        for text in ["2026-11-24T06:07:29Z", "2026-11-24T06:07:29.123Z", "1999-12-31T23:59:59Z", "2024-02-29T00:00:00Z"] {
            #expect(ISODate.format(ISODate.parse(text)!) == text)
        }
        #expect(ISODate.parse("2026-13-01T00:00:00Z") == nil)
        #expect(ISODate.parse("garbage") == nil)
    }
}
