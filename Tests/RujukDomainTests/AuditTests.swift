import Foundation
import Testing
@testable import RujukDomain

@Suite struct AuditTests {
    let school = Fixture.oneCase()

    @Test(arguments: [("sari", false), ("rina", false), ("budi", true), ("wati", true), ("agus", false),
                      ("hendra", true), ("admin", false)])
    func whoReadsTheAudit(login: String, may: Bool) {
        #expect(school.staff[login]!.mayReadAudit == may)
    }

    @Test func aRedrawIsNotANewOpening() {
        let t = Date()
        let first = Opening(by: "budi", at: t, number: 6, entries: [10, 12])
        #expect(Opening(by: "budi", at: t.addingTimeInterval(5), number: 6, entries: [12]).repeats(first))
        #expect(!Opening(by: "budi", at: t, number: 6, entries: [12, 14]).repeats(first), "a new entry is a new opening")
        #expect(!Opening(by: "wati", at: t, number: 6, entries: [10]).repeats(first))
        #expect(!Opening(by: "budi", at: t, number: 7, entries: [10]).repeats(first))
        #expect(!first.repeats(nil))
    }

    @Test func theFiltersCombine() {
        let day = ISODate.parse("2026-11-20T00:00:00Z")!
        let e = AuditEntry(at: day.addingTimeInterval(3600), by: "budi", number: 6, what: .opened(entries: [10]))
        #expect(e.matches(number: nil, who: nil, since: nil))
        #expect(e.matches(number: 6, who: "budi", since: day))
        #expect(!e.matches(number: 7, who: nil, since: nil))
        #expect(!e.matches(number: nil, who: "sari", since: nil))
        #expect(!e.matches(number: nil, who: nil, since: day.addingTimeInterval(7200)))
        #expect(!AuditEntry(at: day, by: "admin", number: nil, what: .change("staffAdded")).matches(number: 6, who: nil, since: nil))
    }

    /// A summary opened in a session stays in its queue; when the case is reopened it is an
    /// open case of the queue again, listed once.
    @Test func aReopenedCaseWhoseSummaryWasOpenedIsListedOnce() throws {
        var school = Fixture.oneCase()
        try school.apply(Fixture.event("budi", .pickedUp(number: 1), school))
        try school.apply(Fixture.event("budi", .closed(number: 1, outcome: .resolved, summary: "Sudah membaik."), school))
        let sari = school.staff["sari"]!
        #expect(school.concerning(sari, keeping: [1]).map(\.number) == [1])
        try school.apply(Fixture.event("budi", .reopened(number: 1, reason: "Orang tua melapor lagi."), school))
        #expect(school.concerning(sari, keeping: [1]).map(\.number) == [1])
    }

    @Test func theBannerCountsWhatWaitsAndNamesNobody() {
        var school = School(name: DemoSchool.name)
        for e in DemoSchool.events { try! school.apply(e) }
        let now = ISODate.parse("2026-11-24T03:00:00Z")!
        let budi = school.staff["budi"]!
        let counts = school.attention(budi, at: now)
        let mine = school.concerning(budi)
        #expect(counts.newReferrals == mine.filter { $0.assignee == nil && !$0.isClosed }.count && counts.newReferrals > 0)
        #expect(counts.unreadThreads == mine.filter { school.unreadCount("budi", in: $0) > 0 }.count)
        #expect(counts.actions == school.actions(for: budi, at: now).count)
        // A teacher who flagged nothing and teaches no class waits for nothing.
        let stranger = Staff(login: "tono", name: "Tono", roles: [.subjectTeacher])
        #expect(school.attention(stranger, at: now) == Attention(newReferrals: 0, unreadThreads: 0, actions: 0))
    }
}
