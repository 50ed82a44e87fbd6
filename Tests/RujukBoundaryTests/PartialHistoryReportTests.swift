import Foundation
import Testing
@testable import RujukBoundary
import RujukDomain
import RujukReport
@testable import RujukStore

/// A report reads from the history shelf only the closed cases with something in or after its
/// period; its figures are those of the whole history.
@Suite struct PartialHistoryReportTests {
    static func day(_ s: String) -> Date { ISODate.parse(s + "T03:00:00Z")! }

    /// The demo school with 210 cases opened and closed in 2024, one of them reopened and closed
    /// again in November 2026 and one with a plan action due then.
    func store() throws -> (BrokerFixture, Int, Int) {
        let f = try BrokerFixture()
        let store = try f.store()
        let students = store.school.students.values.sorted { $0.id < $1.id }.filter { store.school.openCase(ofStudent: $0.id) == nil }
        var events: [Event] = []
        let first = store.school.nextCaseNumber
        for (i, s) in students.prefix(210).enumerated() {
            let n = first + i, at = Self.day("2024-03-04").addingTimeInterval(Double(i) * 3600)
            let flag = Flag(by: "sari", subject: nil, saw: "x", tried: nil, parentsInformed: false, at: at)
            events.append(Event(at: at, actor: "sari", payload: .caseOpened(CaseOpened(number: n, studentID: s.id, area: .belajar, concern: "c", urgency: .routine, flag: flag))))
            events.append(Event(at: at + 60, actor: "budi", payload: .pickedUp(number: n)))
            if i == 1 {
                events.append(Event(at: at + 90, actor: "budi", payload: .planItemAdded(PlanItemAdded(
                    number: n, text: "Cek nilai", owner: "budi", due: Self.day("2026-11-20"), kind: .support, withParents: false))))
            }
            events.append(Event(at: at + 120, actor: "budi", payload: .closed(number: n, outcome: .resolved, summary: "Selesai.")))
        }
        try store.append(events)
        // One of them reopened and closed again in November 2026: its latest moment is then.
        try store.append([Event(at: Self.day("2026-11-10"), actor: "budi", payload: .reopened(number: first, reason: nil)),
                          Event(at: Self.day("2026-11-12"), actor: "budi", payload: .closed(number: first, outcome: .monitoring, summary: "Dipantau."))])
        // Every summary read by its referrers: a closed case still awaiting one stays with the open cases.
        try store.append(store.school.cases.values.sorted { $0.number < $1.number }.flatMap { c -> [Event] in
            guard c.isClosed, let seq = c.summarySeq else { return [] }
            return c.referrers.map { Event(at: Date(), actor: $0, payload: .threadRead(number: c.number, upTo: seq)) }
        })
        try store.withLock { try store.writeSnapshot() }
        return (f, first, first + 1)
    }

    @Test(arguments: [PeriodRequest.month("2026-11"), .semester("2026/2027-1"), .month("2024-03")])
    func theFiguresAreThoseOfTheWholeHistory(_ period: PeriodRequest) throws {
        let (f, reviewed, planned) = try store()
        let partial = try f.store()
        #expect(!partial.school.historyLoaded)
        let hendra = try #require(partial.school.staff["hendra"])
        let request = ReportRequest(period: period, scope: .school)
        let seen = try partial.report(request, for: hendra)
        let whole = try f.store()
        try whole.loadHistory()
        let all = try whole.report(request, for: hendra)
        #expect(seen.areas == all.areas && seen.services == all.services && seen.coordination == all.coordination)
        #expect(seen.programme == all.programme && seen.followUp == all.followUp && seen.months == all.months)
        if case .month("2026-11") = period {
            // Only what November needs was read: the case closed again then and the one with an action due.
            let closedRead = partial.school.cases.values.filter(\.isClosed).map(\.number)
            #expect(closedRead.contains(reviewed) && closedRead.contains(planned))
            #expect(closedRead.count < 20, "\(closedRead.count) closed cases read")
            #expect(all.programme?.actionsDue ?? 0 >= 1)
        }
    }

    /// A snapshot written after a partial read leaves the cases read out (they are in history),
    /// and nothing is lost when the rest is read later.
    @Test func aSnapshotAfterAPartialReadKeepsClosedCasesInHistory() throws {
        let (f, _, _) = try store()
        let partial = try f.store()
        _ = try partial.report(ReportRequest(period: .month("2026-11"), scope: .school), for: try #require(partial.school.staff["hendra"]))
        #expect(partial.school.cases.values.contains { $0.isClosed })
        try partial.withLock { try partial.writeSnapshot() }
        let reopened = try f.store()
        #expect(!reopened.school.historyLoaded && reopened.school.cases.values.allSatisfy { !$0.isClosed })
        try reopened.loadHistory()
        let whole = try f.store()
        try whole.loadHistory()
        #expect(reopened.school.cases.count == whole.school.cases.count && reopened.school.cases.count > 210)
    }
}

/// One student's record and one closed case read from the history shelf only what they hold: the
/// other closed cases stay on disk, and what is read is what the whole history says.
@Suite struct PartialHistoryRecordTests {
    @Test func aRecordReadsOnlyThatStudentsClosedCases() throws {
        let (f, reviewed, _) = try PartialHistoryReportTests().store()
        let whole = try f.store()
        try whole.loadHistory()
        let budi = try #require(whole.school.staff["budi"])
        // The student of the case closed, reopened and closed again: a case in history at its last version.
        let student = try #require(whole.school.cases[reviewed]?.studentID)
        let partial = try f.store()
        let entries = try partial.record(ofStudent: student, for: budi)
        #expect(!partial.school.historyLoaded)
        let closedRead = partial.school.cases.values.filter(\.isClosed)
        #expect(!closedRead.isEmpty && closedRead.allSatisfy { $0.studentID == student }, "\(closedRead.map(\.number))")
        #expect(entries == (try whole.record(ofStudent: student, for: budi)))
        #expect(partial.school.cases[reviewed]?.outcome == .monitoring && partial.school.cases[reviewed]?.summary == "Dipantau.")
    }

    @Test func aClosedCaseIsReadAloneAndCanBeReopened() throws {
        let (f, _, planned) = try PartialHistoryReportTests().store()
        let partial = try f.store()
        let budi = try #require(partial.school.staff["budi"])
        let readable = try #require(try partial.readable(planned, for: budi))
        #expect(readable.c.isClosed && readable.c.plan.count == 1)
        #expect(!partial.school.historyLoaded && partial.school.cases.values.filter(\.isClosed).map(\.number) == [planned])
        // Changing the case read this way is a change like any other, kept by the next snapshot.
        try partial.append([Event(at: Date(), actor: "budi", payload: .reopened(number: planned, reason: "Nilai turun lagi."))])
        try partial.withLock { try partial.writeSnapshot() }
        let later = try f.store()
        #expect(later.school.cases[planned]?.isClosed == false)
        try later.loadHistory()
        #expect(later.school.cases[planned]?.isClosed == false)
        #expect(try Store.check(f.root).problems.isEmpty)
    }
}
