import Foundation
import Testing
@testable import RujukDomain

/// Issue 12: the referrer hears back, and only the case's holder (or the vice principal) closes it.
@Suite struct ClosingTests {
    func refusal(_ school: School, _ actor: String, _ payload: EventPayload) -> DomainError? {
        do { try school.validate(Fixture.event(actor, payload, school)); return nil } catch { return error }
    }

    func heldByBudi() -> School {
        var school = Fixture.oneCase()
        try! school.apply(Fixture.event("budi", .pickedUp(number: 1), school))
        return school
    }

    @Test func aCloseNeedsASummaryOrTheConfirmedOutcomeAlone() throws {
        let school = heldByBudi()
        #expect(refusal(school, "budi", .closed(number: 1, outcome: .resolved, summary: nil))?.reason == .closeNeedsSummary)
        #expect(refusal(school, "budi", .closed(number: 1, outcome: .resolved, summary: "  \n"))?.reason == .closeNeedsSummary)
        #expect(refusal(school, "budi", .closed(number: 1, outcome: .resolved, summary: "x", outcomeOnly: true))?.reason == .summaryOrOutcomeOnly)
        #expect(refusal(school, "budi", .closed(number: 1, outcome: .resolved, summary: "Sudah ditangani BK; tidak ada tindak lanjut untuk guru")) == nil)
        var s = school
        try s.apply(Fixture.event("budi", .closed(number: 1, outcome: .noBKAction, summary: nil, outcomeOnly: true), s))
        #expect(s.cases[1]!.isClosed && s.cases[1]!.outcomeOnly == true && s.cases[1]!.summary == nil)
        #expect(s.unreadSummaries(for: s.staff["sari"]!).map(\.number) == [1])
    }

    @Test func theOutcomeOnlyChoiceSurvivesTheJournal() throws {
        let event = Fixture.event("budi", .closed(number: 1, outcome: .monitoring, summary: nil, outcomeOnly: true), heldByBudi())
        let decoded = try JSONCoding.decoder().decode(Event.self, from: JSONCoding.encoder().encode(event))
        #expect(decoded.payload == event.payload)
        let plain = Fixture.event("budi", .closed(number: 1, outcome: .resolved, summary: "x"), heldByBudi())
        let json = String(decoding: try JSONCoding.encoder().encode(plain), as: UTF8.self)
        #expect(!json.contains("outcomeOnly"))
    }

    @Test func aCounsellorClosesOnlyACaseTheyHoldAndTheVicePrincipalAny() {
        let unclaimed = Fixture.oneCase()
        let summary = EventPayload.closed(number: 1, outcome: .resolved, summary: "Membaik.")
        #expect(refusal(unclaimed, "budi", summary) == DomainError(.notPermitted, denial: .closeOnlyYourOwn))
        #expect(refusal(unclaimed, "agus", summary) == nil)
        let held = heldByBudi()
        #expect(refusal(held, "budi", summary) == nil)
        #expect(refusal(held, "wati", summary) == DomainError(.notPermitted, denial: .closeOnlyYourOwn))
        #expect(refusal(held, "agus", summary) == nil)
        #expect(refusal(held, "sari", summary) == DomainError(.notPermitted, denial: .onlyCounsellorCloses))
        #expect(refusal(held, "hendra", summary) == DomainError(.notPermitted, denial: .onlyCounsellorCloses))
    }

    @Test func theOpenCaseOfAStudentIsNamedOnlyToThoseWhoMaySeeIt() {
        let school = Fixture.demo
        let hidden = school.cases[6]!
        #expect(school.openCase(ofStudent: hidden.studentID, seenBy: school.staff["sari"]!) == nil)
        #expect(school.openCase(ofStudent: hidden.studentID, seenBy: school.staff["dewi"]!)?.number == 6)
        #expect(school.openCase(ofStudent: hidden.studentID, seenBy: school.staff["budi"]!)?.number == 6)
    }
}

/// Issue 12: counsellors correct the urgency, area and concern after triage.
@Suite struct TriageTests {
    @Test func aCounsellorChangesWhatTheFlagGuessedAndOnlyWhatChanged() throws {
        var school = Fixture.oneCase()
        let c = school.cases[1]!
        try school.apply(Fixture.event("wati", .triaged(Triage(number: 1, urgency: .urgent, concern: "bullying")), school))
        #expect(school.cases[1]!.urgency == .urgent && school.cases[1]!.concern == "bullying" && school.cases[1]!.area == c.area)
        let unchanged = Fixture.event("budi", .triaged(Triage(number: 1, urgency: .urgent)), school)
        #expect(throws: DomainError.self) { try school.validate(unchanged) }
        let teacher = Fixture.event("sari", .triaged(Triage(number: 1, area: .sosial)), school)
        #expect(throws: DomainError(.notPermitted, denial: .onlyCounsellorTriages)) { try school.validate(teacher) }
        let empty = Fixture.event("budi", .triaged(Triage(number: 1, concern: "  ")), school)
        #expect(throws: DomainError.self) { try school.validate(empty) }
        let event = Fixture.event("budi", .triaged(Triage(number: 1, area: .sosial)), school)
        #expect(try JSONCoding.decoder().decode(Event.self, from: JSONCoding.encoder().encode(event)) == event)
    }
}

/// Issue 12: what happened cannot be dated in the future.
@Suite struct HappenedDatesTests {
    @Test func aServiceConferenceOrVisitCannotBeInTheFuture() throws {
        var school = Fixture.oneCase()
        try school.apply(Fixture.event("budi", .pickedUp(number: 1), school))
        let probe = Fixture.event("budi", .pickedUp(number: 1), school)
        let wib = TimeZone(secondsFromGMT: 7 * 3600)!
        let today = DayInput.parse("today", now: probe.at, timeZone: wib)!
        let tomorrow = DayInput.parse("+1d", now: probe.at, timeZone: wib)!
        func service(_ on: Date) -> EventPayload {
            .serviceLogged(ServiceLogged(number: 1, type: .konselingPerorangan, on: on, minutes: 30, visibility: .bkOnly, notes: "x"))
        }
        func refusal(_ payload: EventPayload) -> DomainMessage? {
            do { try school.validate(Fixture.event("budi", payload, school)); return nil } catch { return error.reason }
        }
        #expect(refusal(service(today)) == nil)
        #expect(refusal(service(tomorrow)) == .happenedInFuture)
        #expect(refusal(.conferenceHeld(ConferenceHeld(number: 1, on: tomorrow, attendees: [Attendee(name: "Budi", role: "guru BK")],
                                                       visibility: .bkOnly, decisions: "x", actions: []))) == .happenedInFuture)
        #expect(refusal(.homeVisited(HomeVisited(number: 1, on: tomorrow, visitors: ["budi"], visibility: .bkOnly,
                                                 details: VisitDetails(met: "Ibu", findings: "x", followUp: "")))) == .happenedInFuture)
    }
}

/// Issue 12: a new assignment is news to the counsellor who gets it.
@Suite struct AssignmentUnreadTests {
    @Test func aCaseAssignedByAnotherIsUnreadUntilOpened() throws {
        var school = Fixture.oneCase()
        let wati = school.staff["wati"]!
        let before = school.attention(wati, at: Fixture.t0).unreadThreads
        try school.apply(Fixture.event("agus", .assigned(number: 1, to: "wati"), school))
        #expect(school.unreadCount("wati", in: school.cases[1]!) == 1)
        #expect(school.unreadCount("agus", in: school.cases[1]!) == 0)
        #expect(school.attention(wati, at: Fixture.t0).unreadThreads == before + 1)
        try school.apply(Fixture.event("wati", .threadRead(number: 1, upTo: school.cases[1]!.newestReadable!), school))
        #expect(school.unreadCount("wati", in: school.cases[1]!) == 0)
        // Picking a case up oneself is no news.
        try school.apply(Fixture.event("budi", .assigned(number: 1, to: "budi"), school))
        #expect(school.unreadCount("budi", in: school.cases[1]!) == 0)
    }
}
