import Foundation
import Testing
@testable import RujukDomain

/// The rules of working a case together: plan, services, joint evaluation, levels,
/// conferences, home visits, the cumulative record.
@Suite struct CaseWorkTests {
    /// Applies an event as `actor` and returns the refusal, if any.
    func refusal(_ school: inout School, _ actor: String, _ payload: EventPayload) -> DomainError? {
        do { try school.apply(Fixture.event(actor, payload, school)); return nil } catch { return error }
    }

    func pickedUp() -> School {
        var school = Fixture.oneCase()
        try! school.apply(Fixture.event("budi", .pickedUp(number: 1), school))
        return school
    }

    @Test func goalsConferencesAndVisitsMoveTheDerivedStatus() throws {
        var school = pickedUp()
        let later = Fixture.t0 + 86_400 * 2
        try school.apply(Fixture.event("budi", .goalAdded(number: 1, text: "Fokus di kelas"), school))
        #expect(school.cases[1]!.status(at: later) == .planned)
        try school.apply(Fixture.event("budi", .conferenceHeld(ConferenceHeld(
            number: 1, on: Fixture.t0, attendees: [Attendee(name: "Rina", role: "wali kelas")], visibility: .bkOnly,
            decisions: "Pendampingan", actions: [ActionDraft(text: "Awasi", owner: "rina", due: nil)])), school))
        #expect(school.cases[1]!.status(at: later) == .inSupport)
        #expect(school.cases[1]!.plan.map(\.owner) == ["rina"])
        #expect(school.cases[1]!.conferences[0].actionIDs == [1])
    }

    @Test func referralOnwardPathRecordsAgencyLetterAndOutcome() throws {
        var school = pickedUp()
        #expect(refusal(&school, "budi", .referralOutcome(EntryText(number: 1, visibility: .bkOnly, text: "x")))?.reason.key == .noReferral)
        let letter = Fixture.t0 + 86_400
        #expect(refusal(&school, "budi", .escalated(Escalation(number: 1, level: .outsideAgency, reason: "Asesmen",
                                                              referral: Referral(agency: "Puskesmas", letterDate: letter))))?.reason == .parentContactFirst)
        try school.apply(Fixture.event("budi", .parentsContacted(number: 1, how: "Telepon ibu"), school))
        #expect(refusal(&school, "budi", .escalated(Escalation(number: 1, level: .outsideAgency, reason: "Asesmen")))?.reason == .referralNeedsAgency)
        try school.apply(Fixture.event("budi", .escalated(Escalation(number: 1, level: .outsideAgency, reason: "Asesmen",
                                                                    referral: Referral(agency: "Puskesmas", letterDate: letter))), school))
        #expect(school.cases[1]!.referral == Referral(agency: "Puskesmas", letterDate: letter))
        try school.apply(Fixture.event("budi", .referralOutcome(EntryText(number: 1, visibility: .bkOnly, text: "Disleksia ringan")), school))
        try school.apply(Fixture.event("budi", .closed(number: 1, outcome: .referredOut, summary: "Dirujuk."), school))
        #expect(school.cases[1]!.status(at: letter) == .closed)
        #expect(school.cases[1]!.referralNotes.count == 1)
    }

    @Test func theViceTakesACaseOnlyAfterTheParentsWereContacted() throws {
        var school = pickedUp()
        let up = EventPayload.escalated(Escalation(number: 1, level: .viceStudentAffairs, reason: "Perundungan"))
        #expect(refusal(&school, "budi", up)?.reason == .parentContactFirst)
        // A home visit is a contact with the parents too.
        try school.apply(Fixture.event("budi", .homeVisited(HomeVisited(number: 1, on: Fixture.t0, visitors: ["budi"], visibility: .bkOnly,
            details: VisitDetails(met: "Ibu", findings: "Rumah sepi", followUp: ""))), school))
        #expect(refusal(&school, "budi", up) == nil)
        #expect(school.cases[1]!.level == .viceStudentAffairs)
        #expect(refusal(&school, "budi", up)?.reason.key == .alreadyAtLevel)
        // Levels are the counsellor's and the vice principal's to change, not a subject teacher's.
        #expect(refusal(&school, "sari", .escalated(Escalation(number: 1, level: .principal, reason: "x")))?.denial == .onlyCounsellorOrVicePlans)
    }

    @Test func sanctionsAreNeverBKs() {
        var school = pickedUp()
        let sanction = EventPayload.planItemAdded(PlanItemAdded(number: 1, text: "Skorsing", owner: "agus", due: nil, kind: .sanction))
        #expect(refusal(&school, "budi", sanction)?.denial == .sanctionsAreNotBK)
        #expect(refusal(&school, "wati", sanction)?.denial == .sanctionsAreNotBK)
        #expect(refusal(&school, "sari", sanction)?.kind == .notPermitted)
        #expect(refusal(&school, "agus", sanction) == nil)
        #expect(school.cases[1]!.plan.last?.kind == .sanction)
    }

    @Test func anActionsOwnerIsSomeoneOnTheCase() {
        var school = pickedUp()
        // Dewi did not flag this student and is not their homeroom teacher.
        #expect(refusal(&school, "budi", .planItemAdded(PlanItemAdded(number: 1, text: "x", owner: "dewi", due: nil)))?.reason.key == .ownerNotOnCase)
        #expect(refusal(&school, "budi", .planItemAdded(PlanItemAdded(number: 1, text: "x", owner: "admin", due: nil)))?.reason.key == .ownerNotOnCase)
        #expect(refusal(&school, "budi", .planItemAdded(PlanItemAdded(number: 1, text: "x", owner: "sari", due: nil, withParents: true)))?.reason == .parentsViaHomeroom)
        #expect(refusal(&school, "budi", .planItemAdded(PlanItemAdded(number: 1, text: "Bicara dengan orang tua", owner: "rina", due: nil, withParents: true))) == nil)
    }

    @Test func ownersSeeTheirOpenActionsOverdueFirstAndMarkThemDone() throws {
        var school = pickedUp()
        let now = Fixture.t0 + 86_400 * 10
        try school.apply(Fixture.event("budi", .planItemAdded(PlanItemAdded(number: 1, text: "Later", owner: "sari", due: now + 86_400 * 5)), school))
        try school.apply(Fixture.event("budi", .planItemAdded(PlanItemAdded(number: 1, text: "Late", owner: "sari", due: now - 86_400)), school))
        try school.apply(Fixture.event("budi", .planItemAdded(PlanItemAdded(number: 1, text: "Not hers", owner: "rina", due: nil)), school))
        let sari = school.staff["sari"]!
        let actions = school.actions(for: sari, at: now)
        #expect(actions.map(\.overdue) == [true, false])
        guard case .planItem(let late) = actions[0].kind else { Issue.record("not a plan item"); return }
        #expect(late.text == "Late")
        // The owner may mark their own action done; another teacher may not.
        #expect(refusal(&school, "dewi", .planItemDone(number: 1, item: late.id))?.kind == .notPermitted)
        try school.apply(Fixture.event("sari", .planItemDone(number: 1, item: late.id), school))
        #expect(school.actions(for: sari, at: now).count == 1)
        #expect(school.cases[1]!.plan.first { $0.id == late.id }?.doneBy == "sari")
    }

    @Test func jointEvaluationAsksTheFlaggingTeacherForTheirObservation() throws {
        var school = pickedUp()
        let sari = school.staff["sari"]!
        let now = Fixture.t0 + 86_400
        #expect(school.observationsAsked(of: sari, in: school.cases[1]!, at: now).isEmpty)
        try school.apply(Fixture.event("budi", .reviewRecorded(ReviewRecorded(number: 1, horizon: .laiseg, rating: 3, visibility: .team, text: "Mulai fokus")), school))
        #expect(school.observationsAsked(of: sari, in: school.cases[1]!, at: now) == [.laiseg])
        // A teacher writes at a tier they can read, or for BK only (issue 12); never for the homeroom teacher and BK.
        #expect(refusal(&school, "sari", .reviewRecorded(ReviewRecorded(number: 1, horizon: .laiseg, rating: 4, visibility: .homeroomAndBK, text: "x")))?.kind == .notPermitted)
        try school.apply(Fixture.event("sari", .reviewRecorded(ReviewRecorded(number: 1, horizon: .laiseg, rating: 4, visibility: .team, text: "Nilai naik")), school))
        #expect(school.observationsAsked(of: sari, in: school.cases[1]!, at: now).isEmpty)
        // More than one role has observed.
        let roles = Set(school.cases[1]!.reviews.compactMap { school.staff[$0.by]?.primaryRole })
        #expect(roles == [.counsellor, .subjectTeacher])
        // The plan's review date passing asks for the short-term observation.
        try school.apply(Fixture.event("budi", .planReviewSet(number: 1, date: now + 86_400), school))
        #expect(school.observationsAsked(of: sari, in: school.cases[1]!, at: now + 86_400 * 2) == [.laijapen])
    }

    /// Every kind of entry at a confidential tier, and what each role reads of it.
    @Test func eachRecordKindIsRedactedByRole() throws {
        var school = pickedUp()
        try school.apply(Fixture.event("budi", .parentsContacted(number: 1, how: "Telepon"), school))
        try school.apply(Fixture.event("budi", .serviceLogged(ServiceLogged(number: 1, type: .konselingPerorangan, minutes: 30, visibility: .bkOnly, notes: "S")), school))
        try school.apply(Fixture.event("budi", .reviewRecorded(ReviewRecorded(number: 1, horizon: .laiseg, rating: 3, visibility: .homeroomAndBK, text: "R")), school))
        try school.apply(Fixture.event("budi", .conferenceHeld(ConferenceHeld(number: 1, on: Fixture.t0, attendees: [Attendee(name: "A", role: "b")],
                                                                             visibility: .bkAndPrincipal, decisions: "K")), school))
        try school.apply(Fixture.event("budi", .homeVisited(HomeVisited(number: 1, on: Fixture.t0, visitors: ["budi"], visibility: .bkOnly,
                                                                       details: VisitDetails(met: "M", findings: "F", followUp: "U"))), school))
        try school.apply(Fixture.event("budi", .escalated(Escalation(number: 1, level: .outsideAgency, reason: "x",
                                                                    referral: Referral(agency: "P", letterDate: Fixture.t0))), school))
        try school.apply(Fixture.event("budi", .referralOutcome(EntryText(number: 1, visibility: .bkOnly, text: "O")), school))
        let c = school.cases[1]!
        func read(_ login: String) -> Case? { school.redacted(c, for: school.staff[login]!)?.c }
        // Counsellors read everything.
        let budi = try #require(read("budi"))
        #expect([budi.services[0].notes, budi.reviews[0].text, budi.conferences[0].decisions, budi.referralNotes[0].text] == ["S", "R", "K", "O"])
        #expect(budi.visits[0].details?.findings == "F")
        // The flagging teacher sees that each entry exists, and no text.
        let sari = try #require(read("sari"))
        #expect(sari.services[0].notes == nil && sari.reviews[0].text == nil && sari.conferences[0].decisions == nil)
        #expect(sari.visits[0].details == nil && sari.referralNotes[0].text == nil)
        #expect(sari.visits[0].visitors == ["budi"] && sari.conferences[0].attendees.count == 1)
        #expect(school.redacted(c, for: school.staff["sari"]!)?.withheld == 5)
        // The homeroom teacher reads homeroom-and-BK only.
        let rina = try #require(read("rina"))
        #expect(rina.reviews[0].text == "R" && rina.services[0].notes == nil && rina.conferences[0].decisions == nil)
        // The principal reads BK-and-principal only.
        let hendra = try #require(read("hendra"))
        #expect(hendra.conferences[0].decisions == "K" && hendra.visits[0].details == nil && hendra.reviews[0].text == nil)
        // Another subject teacher sees nothing at all.
        #expect(read("dewi") == nil)
    }

    @Test func theCumulativeRecordSpansCasesAndHidesThoseNotYours() throws {
        var school = pickedUp()
        try school.apply(Fixture.event("budi", .closed(number: 1, outcome: .resolved, summary: "Membaik"), school))
        let andi = school.cases[1]!.studentID
        let flag = Flag(by: "dewi", subject: "Bahasa Indonesia", saw: "Lagi", tried: nil, parentsInformed: false, at: Fixture.t0)
        try school.apply(Fixture.event("dewi", .caseOpened(CaseOpened(number: 2, studentID: andi, area: .sosial, concern: "c", urgency: .routine, flag: flag)), school))
        let forBudi = StudentRecord.entries(school.cases(ofStudent: andi, seenBy: school.staff["budi"]!))
        #expect(Set(forBudi.map(\.caseNumber)) == [1, 2])
        #expect(forBudi.contains { if case .closed(.resolved, "Membaik") = $0.item { true } else { false } })
        #expect(forBudi.map(\.at) == forBudi.map(\.at).sorted())
        // Sari flagged only case 1; Dewi's later case about the same student is not hers to see.
        #expect(Set(school.cases(ofStudent: andi, seenBy: school.staff["sari"]!).map(\.number)) == [1])
    }

    @Test func typedDatesAreLocalDays() {
        let wib = TimeZone(secondsFromGMT: 7 * 3600)!
        let now = ISODate.parse("2026-11-24T20:00:00Z")!  // already 25 November in WIB
        #expect(DayInput.parse("today", now: now, timeZone: wib).map { DayInput.format($0, timeZone: wib) } == "2026-11-25")
        #expect(DayInput.parse("+7d", now: now, timeZone: wib).map { DayInput.format($0, timeZone: wib) } == "2026-12-02")
        #expect(DayInput.parse("+2w", now: now, timeZone: wib).map { DayInput.format($0, timeZone: wib) } == "2026-12-09")
        #expect(DayInput.parse("2026-12-01", now: now, timeZone: wib, at: .endOfDay).map { DayInput.format($0, timeZone: wib) } == "2026-12-01")
        // Past days as people type them (issue 12); day first, as Indonesian schools write dates.
        for (typed, day) in [("yesterday", "2026-11-24"), ("kemarin", "2026-11-24"), ("-1d", "2026-11-24"), ("-2w", "2026-11-11"),
                             ("12/01/2026", "2026-01-12"), ("1/12/2026", "2026-12-01"),
                             // And as Indonesian teachers type them (issue 13): besok, hari, minggu.
                             ("tomorrow", "2026-11-26"), ("besok", "2026-11-26"), ("Besok", "2026-11-26"), ("+7h", "2026-12-02"), ("+7hr", "2026-12-02"),
                             ("+2mg", "2026-12-09"), ("-1h", "2026-11-24"), ("+3", "2026-11-28")] {
            #expect(DayInput.parse(typed, now: now, timeZone: wib).map { DayInput.format($0, timeZone: wib) } == day, "\(typed)")
        }
        for bad in ["2026-02-30", "lusa", "+d", "+2m", "+7hari", "+99999d", "31/02/2026", "12/01/26", "01/13/2026", "+7x", ""] { #expect(DayInput.parse(bad, now: now, timeZone: wib) == nil, "\(bad)") }
    }

    @Test func demoSchoolShowsEveryKindOfRecord() {
        let cases = Fixture.demo.cases.values
        #expect(cases.contains { !$0.goals.isEmpty })
        #expect(cases.contains { $0.plan.contains(where: \.withParents) })
        #expect(cases.contains { $0.plan.contains { $0.kind == .sanction } })
        #expect(Set(cases.flatMap { $0.services.map(\.format) }) == Set(ServiceFormat.allCases))
        #expect(cases.contains { !$0.conferences.isEmpty } && cases.contains { !$0.visits.isEmpty })
        #expect(cases.contains { $0.referral != nil && !$0.referralNotes.isEmpty })
        #expect(cases.contains { c in c.reviews.count >= 2 && Set(c.reviews.map(\.by)).count >= 2 })
        #expect(cases.contains { $0.level == .viceStudentAffairs && !$0.parentContacts.isEmpty })
    }
}

@Suite struct SummaryForReferrerTests {
    @Test func theSummaryIsUnreadForTheReferrerUntilTheyOpenTheCase() throws {
        var school = Fixture.oneCase()
        try school.apply(Fixture.event("budi", .pickedUp(number: 1), school))
        let sari = school.staff["sari"]!
        try school.apply(Fixture.event("budi", .closed(number: 1, outcome: .resolved, summary: "Andi sudah membaik."), school))
        let c = school.cases[1]!
        #expect(school.unreadCount("sari", in: c) == 1)
        #expect(school.unreadCount("rina", in: c) == 0)
        #expect(school.unreadSummaries(for: sari).map(\.number) == [1])
        try school.apply(Fixture.event("sari", .threadRead(number: 1, upTo: c.summarySeq!), school))
        #expect(school.unreadSummaries(for: sari).isEmpty && school.unreadCount("sari", in: school.cases[1]!) == 0)
        // A closing with the outcome alone (the closer's confirmed choice) reaches the referrer too.
        try school.apply(Fixture.event("budi", .reopened(number: 1, reason: nil), school))
        try school.apply(Fixture.event("budi", .closed(number: 1, outcome: .noBKAction, summary: nil, outcomeOnly: true), school))
        #expect(school.unreadSummaries(for: sari).map(\.number) == [1])
        #expect(school.cases[1]!.outcomeOnly == true)
    }
}
