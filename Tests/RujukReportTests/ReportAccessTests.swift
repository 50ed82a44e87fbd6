import Foundation
import Testing
import RujukDomain
@testable import RujukReport

/// Who sees which report, and the periods in the school's days.
@Suite struct ReportAccessTests {
    let school: School
    init() throws { school = try ReportFixture.school() }

    func view(_ login: String, _ scope: ReportScope) throws(DomainError) -> ReportView {
        try school.reportView(for: school.staff[login]!, scope: scope)
    }

    @Test func thePrincipalAndTheVicePrincipalSeeEverything() throws {
        for login in ["kepsek", "wakasek"] {
            #expect(try view(login, .school) == .full)
            #expect(try view(login, .counsellor("bk2")) == .full)
            #expect(try view(login, .classroom("VIII-B")) == .full)
        }
    }

    @Test func aCounsellorSeesTheirOwnAndTheSchoolSummary() throws {
        #expect(try view("bk1", .counsellor("bk1")) == .counsellorOwn)
        #expect(try view("bk1", .school) == .schoolSummary)
        #expect(throws: DomainError(.notPermitted, denial: .reportOnlyYourOwn)) { try view("bk1", .counsellor("bk2")) }
        // The summary holds no student list.
        let summary = try school.report(for: school.staff["bk1"]!, period: .month("2026-11"), scope: .school,
                                        timeZone: ReportFixture.zone, now: ReportFixture.now)
        #expect(summary.followUp == nil && summary.services != nil && summary.coordination != nil)
    }

    @Test func aTeacherSeesTheOutcomesOfTheirOwnReferralsOnly() throws {
        #expect(try view("guru1", .school) == .ownReferrals)
        #expect(throws: DomainError(.notPermitted, denial: .reportsNotForYou)) { try view("guru1", .counsellor("bk1")) }
        #expect(throws: DomainError(.notPermitted, denial: .reportsNotForYou)) { try view("admin", .school) }
        let r = try school.report(for: school.staff["guru1"]!, period: .month("2026-11"), scope: .school,
                                  timeZone: ReportFixture.zone, now: ReportFixture.now)
        #expect(r.services == nil && r.coordination == nil && r.followUp == nil && r.areas == nil)
        let own = try #require(r.ownReferrals)
        #expect(own.map(\.caseNumber) == [1, 3, 4])
        #expect(own[1].outcome == .referredOut && !own[1].summaryGiven && own[1].counsellor == "Joko Susilo")
        #expect(own[2].status == .new && own[2].counsellor == nil)
    }

    @Test func aCounsellorWhoIsNotThereIsNotFound() {
        #expect(throws: DomainError.self) { try view("kepsek", .counsellor("guru1")) }
        #expect((try? view("kepsek", .counsellor("nobody"))) == nil)
    }

    @Test func someoneWhoLeftSeesNothing() throws {
        var s = school
        s.staff["kepsek"]?.left = StaffDeparture(on: ReportFixture.t("2026-11-30T00:00:00Z"))
        #expect(throws: DomainError(.notPermitted, denial: .accessEnded)) { try s.reportView(for: s.staff["kepsek"]!, scope: .school) }
    }

    @Test func aMonthRunsInTheSchoolsTimeZone() throws {
        let wib = try ReportPeriod.resolve(.month("2026-11"), year: nil, timeZone: ReportFixture.zone)
        #expect(wib.start == ReportFixture.t("2026-10-31T17:00:00Z") && wib.end == ReportFixture.t("2026-11-30T17:00:00Z"))
        #expect(wib.schoolYear == "2026/2027" && wib.semester == 1 && wib.months == ["2026-11"])
        // Half past midnight on 1 November in Jakarta is still October in UTC.
        #expect(wib.contains(ReportFixture.t("2026-10-31T17:30:00Z")) && !wib.contains(ReportFixture.t("2026-11-30T17:00:00Z")))
        let wita = try ReportPeriod.resolve(.month("2026-11"), year: nil, timeZone: TimeZone(identifier: "Asia/Makassar")!)
        #expect(wita.start == ReportFixture.t("2026-10-31T16:00:00Z"))
        let feb = try ReportPeriod.resolve(.month("2028-02"), year: nil, timeZone: ReportFixture.zone)
        #expect(feb.lastDay == "2028-02-29" && feb.schoolYear == "2027/2028" && feb.semester == 2)
    }

    @Test func aSemesterFollowsTheRecordedYearsDates() throws {
        let year = SchoolYear(name: "2026/2027", starts: "2026-07-13", secondSemesterStarts: "2027-01-04", ends: "2027-06-26")
        let first = try ReportPeriod.resolve(.semester("2026/2027-1"), year: year, timeZone: ReportFixture.zone)
        #expect(first.firstDay == "2026-07-13" && first.lastDay == "2027-01-03")
        #expect(first.start == ReportFixture.t("2026-07-12T17:00:00Z"))
        #expect(first.months == ["2026-07", "2026-08", "2026-09", "2026-10", "2026-11", "2026-12", "2027-01"])
        // The first column is only the part of July inside the semester.
        #expect(first.month("2026-07")?.firstDay == "2026-07-13")
        let second = try ReportPeriod.resolve(.semester("2026/2027-2"), year: year, timeZone: ReportFixture.zone)
        #expect(second.firstDay == "2027-01-04" && second.lastDay == "2027-06-26" && second.semester == 2)
        // Another year than the recorded one: the usual calendar.
        let other = try ReportPeriod.resolve(.semester("2025/2026-2"), year: year, timeZone: ReportFixture.zone)
        #expect(other.firstDay == "2026-01-01" && other.lastDay == "2026-06-30")
        let whole = try ReportPeriod.resolve(.schoolYear("2026/2027"), year: year, timeZone: ReportFixture.zone)
        #expect(whole.firstDay == "2026-07-13" && whole.lastDay == "2027-06-26" && whole.semester == nil)
        let range = try ReportPeriod.resolve(.range(from: "2026-11-10", to: "2026-11-16"), year: year, timeZone: ReportFixture.zone)
        #expect(range.end.timeIntervalSince(range.start) == 7 * 86_400)
    }

    @Test func badPeriodsAreRefusedInWords() {
        for request in [PeriodRequest.month("2026-13"), .month("November"), .month("2026-1"), .semester("2026/2027-3"),
                        .semester("2026-1"), .schoolYear("2026/2028"), .range(from: "2026-11-20", to: "2026-11-10"),
                        .range(from: "2026-11-31x", to: "2026-12-01")] {
            #expect(throws: DomainError.self) { try ReportPeriod.resolve(request, year: nil, timeZone: ReportFixture.zone) }
        }
    }
}
