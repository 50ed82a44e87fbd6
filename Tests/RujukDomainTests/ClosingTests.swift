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

    /// A reply to a closed case is refused with advice the person can follow: BK and the vice
    /// principal are told to reopen it, the teacher who flagged whom to ask (she may not reopen).
    @Test func aClosedCaseTellsEachPersonWhatTheyCanDo() throws {
        var s = heldByBudi()
        try s.apply(Fixture.event("budi", .closed(number: 1, outcome: .resolved, summary: "Membaik."), s))
        let c = s.cases[1]!
        #expect(s.denial(s.staff["budi"]!, .reply(.team), on: c) == .caseClosed)
        #expect(s.denial(s.staff["agus"]!, .reply(.team), on: c) == .caseClosed)
        #expect(s.denial(s.staff["sari"]!, .reply(.team), on: c) == .caseClosedAskCounsellor)
        #expect(s.denial(s.staff["sari"]!, .recordReview, on: c) == .caseClosedAskCounsellor)
        #expect(refusal(s, "sari", .messagePosted(EntryText(number: 1, visibility: .team, text: "Bagaimana?")))
            == DomainError(.invalid, denial: .caseClosedAskCounsellor))
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

/// Issue 12, item 6: what a teacher saw, told to BK in confidence.
@Suite struct ConfidentialFlagTests {
    func confided() -> (School, Event) {
        var school = Fixture.oneCase()
        let andi = school.cases[1]!.studentID
        try! school.apply(Fixture.event("budi", .pickedUp(number: 1), school))
        try! school.apply(Fixture.event("budi", .closed(number: 1, outcome: .noBKAction, summary: nil, outcomeOnly: true), school))
        let flag = Flag(by: "sari", subject: "Mathematics", saw: "Ada memar di lengannya.", tried: nil, parentsInformed: false,
                        at: Fixture.t0, visibility: .bkOnly)
        let event = Fixture.event("sari", .caseOpened(CaseOpened(number: 2, studentID: andi, area: .pribadi, concern: "health",
                                                                  urgency: .urgent, flag: flag)), school)
        return (school, event)
    }

    @Test func whatISawGoesToPrivateAndTheJournalKeepsAStub() throws {
        let (school, event) = confided()
        #expect(event.confidentialText == "Ada memar di lengannya.")
        let ref = TextRef(isPrivate: true, segment: 1, offset: 0)
        let stub = event.sealed(pointingAt: ref)
        guard case .caseOpened(let o) = stub.payload else { Issue.record("not a case"); return }
        #expect(o.flag.saw.isEmpty && o.flag.ref == ref && o.flag.isWithheld)
        var s = school
        try s.apply(event)
        let dewiFlag = Flag(by: "dewi", subject: nil, saw: "Sering melamun.", tried: nil, parentsInformed: false, at: Fixture.t0)
        try s.apply(Fixture.event("dewi", .flagAdded(number: 2, flag: dewiFlag), s))
        func saw(_ login: String) -> [String] { s.redacted(s.cases[2]!, for: s.staff[login]!)!.c.flags.map(\.saw) }
        #expect(saw("sari") == ["Ada memar di lengannya.", "Sering melamun."])
        #expect(saw("budi") == ["Ada memar di lengannya.", "Sering melamun."])
        #expect(saw("dewi") == ["", "Sering melamun."] && saw("rina") == ["", "Sering melamun."])
    }

    @Test func aFlagIsForTheTeamOrForBKOnly() {
        let (school, original) = confided()
        var event = original
        guard case .caseOpened(var o) = event.payload else { Issue.record("not a case"); return }
        o.flag.visibility = .homeroomAndBK
        event.payload = .caseOpened(o)
        #expect(throws: DomainError(.notPermitted, denial: .cannotWriteAtThatVisibility)) { try school.validate(event) }
        #expect(throws: Never.self) { try school.validate(original) }
    }
}

/// Issue 12: a due date is a day, the same day for readers in WIB, WITA and WIT.
@Suite struct DueDayTests {
    @Test func aDueDayDoesNotShiftForAReaderInAnotherZoneAndIsOverdueOnceItEnds() throws {
        let wib = TimeZone(secondsFromGMT: 7 * 3600)!, wita = TimeZone(secondsFromGMT: 8 * 3600)!, wit = TimeZone(secondsFromGMT: 9 * 3600)!
        let now = ISODate.parse("2026-11-24T03:00:00Z")!
        let due = try #require(DayInput.parse("2026-12-01", now: now, timeZone: wib))
        for zone in [wib, wita, wit] { #expect(DayInput.format(due, timeZone: zone) == "2026-12-01") }
        let item = PlanItem(id: 1, text: "x", owner: "sari", due: due, done: false, addedBy: "budi", at: now)
        #expect(!item.isOverdue(at: ISODate.parse("2026-12-01T16:00:00Z")!))  // 23:00 on the day, in WIB
        #expect(item.isOverdue(at: ISODate.parse("2026-12-01T18:00:00Z")!))   // 01:00 the next day
    }
}

/// Issue 16: which closed cases stay with the open ones, waiting for their referrer.
@Suite struct AwaitedSummaryRuleTests {
    @Test func aClosedCaseAwaitsAReferrerOnTheStaffWhoHasNotReadItsSummaryForNinetyDays() throws {
        var school = Fixture.oneCase()
        try school.apply(Fixture.event("budi", .pickedUp(number: 1), school))
        try school.apply(Fixture.event("budi", .closed(number: 1, outcome: .resolved, summary: "Sudah membaik."), school))
        let c = try #require(school.cases[1])
        let closedAt = try #require(c.closedAt)
        #expect(school.awaitsReferrer(c, now: closedAt))
        #expect(school.awaitsReferrer(c, now: closedAt + 89 * 86_400))
        #expect(!school.awaitsReferrer(c, now: closedAt + 91 * 86_400))
        // A referrer who left the school is waited for by nobody.
        var gone = school
        gone.staff["sari"]?.left = StaffDeparture(on: closedAt, handoverTo: nil)
        #expect(!gone.awaitsReferrer(c, now: closedAt))
        // Read, it waits no longer.
        try school.apply(Fixture.event("sari", .threadRead(number: 1, upTo: c.summarySeq!), school))
        #expect(!school.awaitsReferrer(school.cases[1]!, now: closedAt))
    }

    /// An outcome sent without a summary is news to the referrer too (her queue shows it).
    @Test func anOutcomeAloneAwaitsTheReferrerAsASummaryDoes() throws {
        var school = Fixture.oneCase()
        try school.apply(Fixture.event("budi", .pickedUp(number: 1), school))
        try school.apply(Fixture.event("budi", .closed(number: 1, outcome: .noBKAction, summary: nil, outcomeOnly: true), school))
        let c = try #require(school.cases[1])
        #expect(school.unreadSummaries(for: school.staff["sari"]!).map(\.number) == [1])
        #expect(school.awaitsReferrer(c, now: c.closedAt!))
    }
}
