import Foundation
import Testing
@testable import RujukDomain

/// A reopened case keeps, in its file, how it was closed before: each closing undone, with
/// the summary its referrers read, paired with who reopened it and why.
@Suite struct PastClosingTests {
    /// The school of `Fixture.oneCase` and the events applied to it since.
    struct Logged {
        var school = Fixture.oneCase()
        var events: [Event] = []

        mutating func apply(_ actor: String, _ payload: EventPayload) throws {
            let event = Fixture.event(actor, payload, school)
            try school.apply(event)
            events.append(event)
        }
    }

    @Test func eachClosingUndoneIsPairedWithItsReopening() throws {
        var log = Logged()
        try log.apply("budi", .pickedUp(number: 1))
        try log.apply("budi", .closed(number: 1, outcome: .resolved, summary: "Membaik."))
        try log.apply("budi", .summaryUpdated(number: 1, summary: "Membaik, dipantau wali kelas.", basedOn: log.school.cases[1]!.version))
        try log.apply("budi", .reopened(number: 1, reason: "Tidak masuk lagi."))
        try log.apply("budi", .closed(number: 1, outcome: .referredOut, summary: nil, outcomeOnly: true))
        try log.apply("agus", .reopened(number: 1, reason: nil))
        try log.apply("budi", .closed(number: 1, outcome: .monitoring, summary: "Dipantau."))
        let school = log.school
        let past = PastClosing.undone(in: log.events)
        #expect(past.map(\.outcome) == [.resolved, .referredOut])
        #expect(past.map(\.summary) == ["Membaik, dipantau wali kelas.", nil])
        #expect(past.map(\.reopenedBy) == ["budi", "agus"] && past.map(\.reason) == ["Tidak masuk lagi.", nil])
        #expect(past.allSatisfy { $0.closedAt <= $0.reopenedAt && $0.closedBy == "budi" })
        // The present closing is the case's own, not a past one.
        #expect(school.cases[1]!.outcome == .monitoring && school.cases[1]!.pastClosings == nil)
    }

    /// In the record (the case view, `rujuk record`, `rujuk show`), each closing undone is a
    /// closing line followed by its reopening, in time among the rest.
    @Test func theRecordShowsTheClosingAndItsReopening() throws {
        var log = Logged()
        try log.apply("budi", .pickedUp(number: 1))
        try log.apply("budi", .closed(number: 1, outcome: .resolved, summary: "Membaik."))
        try log.apply("budi", .reopened(number: 1, reason: "Kambuh."))
        var c = log.school.cases[1]!
        c.pastClosings = PastClosing.undone(in: log.events)
        let items = StudentRecord.entries([c]).map(\.item)
        #expect(items.contains(.closed(.resolved, summary: "Membaik.")))
        let closed = try #require(items.firstIndex(of: .closed(.resolved, summary: "Membaik.")))
        #expect(items.firstIndex(of: .reopened(by: "budi", reason: "Kambuh.")) == closed + 1)
    }
}
