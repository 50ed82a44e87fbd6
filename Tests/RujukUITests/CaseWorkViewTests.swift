import Foundation
import Testing
@testable import RujukDomain
@testable import RujukUI

/// The case-work forms and views, as Grids, in both languages and at the two main sizes.
@Suite struct CaseWorkViewTests {
    /// The demo as `login`, with case `number` selected.
    func state(_ login: String, case number: Int, _ language: Language = .en, width: Int = 120, height: Int = 40) -> AppState {
        var s = demoState(login, width: width, height: height)
        s.catalog = Catalog(language)
        s.filter = .all
        s.select(number)
        return s
    }

    func text(_ s: AppState) -> String { render(s).lines.joined(separator: "\n") }

    static let forms: [(Character, FormKind, String)] = [
        ("P", .plan, "budi"), ("S", .service, "budi"), ("E", .review, "sari"), ("L", .level, "budi"),
        ("K", .conference, "budi"), ("H", .visit, "rina"),
    ]

    @Test(arguments: Language.allCases)
    func everyFormOpensFromItsKeyWithEveryFieldLabelled(_ language: Language) {
        for (key, kind, login) in Self.forms {
            for (w, h) in [(80, 24), (120, 40)] {
                var s = state(login, case: 5, language, width: w, height: h)
                _ = press(&s, [.char(key)])
                #expect(s.isFillingForm && s.form?.kind == kind, "\(key) as \(login)")
                let screen = text(s)
                #expect(screen.contains(s.catalog.formTitle(kind)), "\(kind) \(language) \(w)x\(h)")
                for field in s.form?.fields ?? [] {
                    #expect(screen.contains(s.catalog.field(field.id)), "\(kind) \(language) \(w)x\(h): \(field.id)")
                }
            }
        }
    }

    @Test func aCounsellorIsNeverOfferedASanctionTheViceIs() {
        var budi = state("budi", case: 12)
        _ = press(&budi, [.char("P")])
        #expect(budi.form?.has(.kind) == false)
        #expect(!text(budi).contains("sanction"))
        var agus = state("agus", case: 12)
        _ = press(&agus, [.char("P")])
        #expect(agus.form?.has(.kind) == true)
    }

    @Test func keysATeacherMayNotUseSayWhy() {
        var sari = state("sari", case: 7)
        for key: Character in ["P", "S", "L", "K", "H"] {
            #expect(press(&sari, [.char(key)]).isEmpty)
            #expect(sari.mode == .browse && sari.status != nil, "\(key)")
        }
        _ = press(&sari, [.char("E")])
        #expect(sari.isFillingForm)
    }

    /// A counsellor plans on a case once it is held: on a new one the list had said "planned"
    /// with nobody holding it, while the teacher still waited to hear who had it.
    @Test func aCaseNobodyHoldsIsPickedUpBeforeItsWork() throws {
        var budi = demoState("budi")
        let new = try #require(budi.school.cases.values.filter { $0.assignee == nil && !$0.isClosed }.map(\.number).min())
        budi.select(new)
        for key: Character in ["P", "S", "K", "H"] {
            #expect(press(&budi, [.char(key)]).isEmpty)
            #expect(budi.mode == .browse && budi.status == "Pick case #\(new) up first (p): nobody holds it yet, and the teacher waits to hear who does.", "\(key)")
        }
        var school = budi.school
        try school.apply(Event(seq: school.lastSeq + 1, at: budi.now, actor: "budi", payload: .pickedUp(number: new)))
        _ = reduce(&budi, .schoolChanged(school))
        budi.select(new)
        _ = press(&budi, [.char("P")])
        #expect(budi.isFillingForm)
    }

    /// The rating counts in the reports' mean: a Ctrl-S at once had saved "3" nobody chose.
    @Test func anEvaluationHasNoRatingUntilOneIsChosen() throws {
        var sari = state("sari", case: 7)
        _ = press(&sari, [.char("E")])
        let rating = try #require(sari.form?.fields.firstIndex { $0.id == .rating })
        #expect(press(&sari, [.ctrl("s")]).isEmpty)
        #expect(sari.isFillingForm && sari.form?.focus == rating, "\(sari.status ?? "")")
        #expect(sari.status?.contains("Rating") == true, "\(sari.status ?? "")")
        let sent = press(&sari, [.right, .right, .ctrl("s")])
        guard case .append(let events) = sent.first, case .reviewRecorded(let r) = events.first?.payload else {
            Issue.record("no evaluation: \(sent)"); return
        }
        #expect(r.rating == 2 && r.number == 7)
    }

    @Test func aPlanActionForTheTeacherIsSentAndTheFormWaitsForTheStore() throws {
        var s = state("budi", case: 4)
        _ = press(&s, [.char("P"), .tab] + type("Latihan soal bertahap") + [.ctrl("s")])
        let effects = press(&s, [])
        #expect(effects.isEmpty)
        var again = state("budi", case: 4)
        let sent = press(&again, [.char("P"), .tab] + type("Latihan soal bertahap") + [.ctrl("s")])
        guard case .append(let events) = sent.first, case .planItemAdded(let p) = events.first?.payload else {
            Issue.record("no plan event: \(sent)"); return
        }
        #expect(p.owner == "sari" && p.text == "Latihan soal bertahap" && p.number == 4 && p.due != nil)
        #expect(again.isFillingForm && again.form?.sent == true)
        // Refused: the form stays with what was typed.
        _ = reduce(&again, .failed(Failure(.refused, "no")))
        #expect(again.isFillingForm && again.form?.sent == false && again.form?.text(.action) == "Latihan soal bertahap")
        _ = press(&again, [.ctrl("s")])
        _ = reduce(&again, .appendSucceeded(events))
        #expect(again.mode == .browse && again.form == nil)
    }

    @Test func aBadDateIsExplainedAndFocused() {
        var s = state("budi", case: 4)
        _ = press(&s, [.char("S"), .tab, .tab, .ctrl("u")] + type("minggu depan") + [.ctrl("s")])
        #expect(s.isFillingForm && s.form?.fields[s.form!.focus].id == .date)
        #expect(s.status?.contains("2026-12-01") == true)
    }

    /// A service for a case is not dated before the case was opened: said, with that day, and
    /// the date field is focused; the day it was opened is accepted.
    @Test func aServiceDatedBeforeTheCaseIsExplained() throws {
        var s = state("budi", case: 4)
        let opened = DayInput.format(try #require(s.school.cases[4]?.openedAt), timeZone: s.timeZone)
        let before = DayInput.format(try #require(s.school.cases[4]?.openedAt).addingTimeInterval(-86_400), timeZone: s.timeZone)
        let refused = press(&s, [.char("S"), .tab, .tab, .ctrl("u")] + type(before) + [.ctrl("s")])
        #expect(refused.isEmpty && s.isFillingForm && s.form?.fields[s.form!.focus].id == .date)
        #expect(s.status == s.catalog.problem(.beforeCaseOpened(.date, opened)), "\(s.status ?? "")")
        let accepted = press(&s, [.ctrl("u")] + type(opened) + [.ctrl("s")])
        #expect(accepted.count == 1)
    }

    @Test func escapeAsksBeforeDiscardingATypedForm() {
        var s = state("budi", case: 4)
        _ = press(&s, [.char("S"), .escape])
        #expect(s.mode == .browse)
        _ = press(&s, [.char("S")] + [.tab, .tab, .tab, .tab, .tab] + type("catatan") + [.escape])
        #expect(s.form?.confirmingDiscard == true && text(s).contains("Discard this form?"))
        _ = press(&s, [.char("n")])
        #expect(s.isFillingForm && s.form?.text(.notes) == "catatan")
    }

    @Test(arguments: Language.allCases)
    func myActionsListsOverdueFirstAndXMarksDone(_ language: Language) throws {
        var s = state("sari", case: 7, language, width: 80, height: 24)
        _ = press(&s, [.char("m")])
        #expect(s.mode == .myActions(highlighted: 0, askedDone: nil))
        let screen = text(s)
        #expect(screen.contains(s.catalog.t(.myActionsTitle("\(s.myActions.count)"))))
        #expect(screen.contains("! 2026-11-1"))
        #expect(s.myActions.first?.overdue == true)
        let item = try #require(s.myActions.compactMap { a -> (Int, Int)? in
            if case .planItem(let p) = a.kind { return (a.caseNumber, p.id) } else { return nil }
        }.first)
        let index = s.myActions.firstIndex { if case .planItem(let p) = $0.kind { p.id == item.1 && $0.caseNumber == item.0 } else { false } }!
        _ = press(&s, Array(repeating: .char("j"), count: index))
        // x asks once (issue 12); a move in between asks again; the second x marks it done.
        #expect(press(&s, [.char("x")]).isEmpty)
        guard case .planItem(let planned) = s.myActions[index].kind else { Issue.record("not a plan action"); return }
        #expect(s.status == s.catalog.t(.confirmDone(planned.text)))
        #expect(press(&s, [.char("j"), .char("k"), .char("x")]).isEmpty)
        let effects = press(&s, [.char("x")])
        #expect(effects == [.append([Event(at: s.now, actor: "sari", payload: .planItemDone(number: item.0, item: item.1))])])
    }

    @Test(arguments: Language.allCases)
    func theCaseViewShowsEveryKindAndScrolls(_ language: Language) {
        var s = state("budi", case: 12, language, width: 80, height: 24)
        _ = press(&s, [.enter])
        var seen = ""
        for _ in 0..<12 { seen += text(s); _ = press(&s, [.char("j")]) }
        #expect(s.mode == .caseView)
        for term in [s.catalog.level(.viceStudentAffairs), s.catalog.service(.mediasi)] { #expect(seen.contains(term), "\(term)") }
        #expect(seen.contains("Ibu Citra") && seen.contains(s.catalog.t(.sanctionMark)))
        _ = press(&s, [.char("q")])
        #expect(s.mode == .browse)
    }

    @Test(arguments: Language.allCases)
    func theRecordViewRedactsWhatTheReaderMayNotRead(_ language: Language) {
        var s = state("rina", case: 12, language)
        let effects = press(&s, [.char("B")])
        let id = s.selectedCase!.studentID
        #expect(effects == [.loadRecord(studentID: id)])
        #expect(text(s).contains(s.catalog.t(.recordLoading)))
        let c = s.school.redacted(s.school.cases[12]!, for: s.actor)!.c
        _ = reduce(&s, .recordLoaded(studentID: id, StudentRecord.entries([c])))
        let screen = text(s)
        #expect(screen.contains(s.catalog.t(.recordTitle("Citra Anggraini", "VIII-B"))))
        #expect(screen.contains(s.catalog.t(.confidentialEntry)))
        #expect(!screen.contains("Mediasi dengan pelaku"))
        #expect(screen.contains("Dipalak uang jajan"))
    }
}

@Suite struct SummaryInQueueTests {
    /// Sari flagged #10, which Budi closed with a summary: it stays in her queue, marked
    /// unread, and does not vanish once she opens it and it is marked read.
    @Test func aClosedCaseWithAnUnreadSummaryStaysInTheReferrersQueue() throws {
        var s = demoState("sari")
        let ten = try #require(s.queue.first { $0.number == 10 })
        #expect(ten.isClosed && s.school.unreadCount("sari", in: ten) == 1)
        // The whole screen, with "•#10" on it.
        ScreenSnapshot.check("checks/aClosedCaseWithAnUnreadSummaryStaysInTheReferrersQueue", render(s).lines)
        s.select(10)
        var c = s.school.cases[10]!
        c.messages = []
        _ = reduce(&s, .threadLoaded(c))
        var school = s.school
        try school.apply(Event(seq: school.lastSeq + 1, at: s.now, actor: "sari", payload: .threadRead(number: 10, upTo: c.summarySeq!)))
        _ = reduce(&s, .schoolChanged(school))
        #expect(s.selectedCase?.number == 10)
        // The whole screen, without "•#10" on it.
        ScreenSnapshot.check("checks/aClosedCaseWithAnUnreadSummaryStaysInTheReferrersQueue-2", render(s).lines)
        let thread = render(s).lines.joined(separator: "\n")
        // The outcome in the reader's words (issue 12), not its code name.
        #expect(thread.contains(s.catalog.t(.closedWith(s.catalog.outcome(.referredOut)))))
    }
}

@Suite struct LevelFormTests {
    func budiOn4() -> AppState {
        var s = demoState("budi")
        s.filter = .all
        s.select(4)
        _ = press(&s, [.char("L")])
        return s
    }

    @Test func onlyTheParentsContactIsRecordedWhenTheLevelIsLeftAsItIs() {
        var s = budiOn4()
        let effects = press(&s, [.tab, .tab] + type("Telepon ayah") + [.ctrl("s")])
        guard case .append(let events) = effects.first else { Issue.record("nothing sent: \(String(describing: s.status))"); return }
        #expect(events.map(\.payload) == [.parentsContacted(number: 4, how: "Telepon ayah")])
    }

    @Test func oneStepRightRaisesTheCaseAndNeedsAReason() {
        var s = budiOn4()
        #expect(press(&s, [.right, .ctrl("s")]).isEmpty)
        #expect(s.form?.fields[s.form!.focus].id == .reason)
        let effects = press(&s, type("Berkelahi lagi") + [.tab] + type("Telepon ibu") + [.ctrl("s")])
        guard case .append(let events) = effects.first else { Issue.record("nothing sent"); return }
        #expect(events.map(\.payload) == [.parentsContacted(number: 4, how: "Telepon ibu"),
                                          .escalated(Escalation(number: 4, level: .viceStudentAffairs, reason: "Berkelahi lagi"))])
    }
}

@Suite struct MyActionsScrollTests {
    /// Many open actions at 80×24: moving down keeps the highlighted one on the screen.
    @Test func theHighlightedActionStaysVisibleInALongList() throws {
        var s = demoState("sari", width: 80, height: 24)
        var school = s.school
        for i in 1...30 {
            try school.apply(Event(seq: school.lastSeq + 1, at: s.now, actor: "budi", payload: .planItemAdded(
                PlanItemAdded(number: 4, text: "Langkah nomor \(i)", owner: "sari", due: nil))))
        }
        _ = reduce(&s, .schoolChanged(school))
        let last = try #require(s.myActions.lastIndex { if case .planItem = $0.kind { true } else { false } })
        #expect(last > 20)
        _ = press(&s, [.char("m")] + Array(repeating: .char("j"), count: last))
        #expect(s.mode == .myActions(highlighted: last, askedDone: nil))
        guard case .planItem(let item) = s.myActions[last].kind else { Issue.record("not a plan item"); return }
        let highlighted = render(s).lines.first { $0.contains("│ > ") }
        #expect(highlighted?.contains(item.text) == true, "\(render(s).lines.joined(separator: "\n"))")
    }
}

/// A service logged without notes has nothing withheld: its author (and everyone else) sees
/// the service, never the mark of a confidential entry they cannot read.
@Suite struct ServiceWithoutNotesTests {
    @Test func aServiceWithoutNotesIsNotShownAsWithheld() throws {
        var state = demoState("budi", width: 120, height: 40)
        var school = state.school
        try school.apply(Event(seq: school.lastSeq + 1, at: state.now, actor: "budi", payload: .serviceLogged(ServiceLogged(
            number: 12, type: .konselingPerorangan, minutes: 37, visibility: .bkOnly, notes: nil))))
        _ = reduce(&state, .schoolChanged(school))
        _ = press(&state, [.char("/")] + type("#12") + [.enter])
        _ = reduce(&state, .threadLoaded(state.school.cases[12]))
        _ = press(&state, [.enter])
        // The entry as read across its wrapped lines, the box's borders taken out.
        let text = render(state).lines.joined(separator: " ").replacingOccurrences(of: "│", with: " ")
            .split(separator: " ").joined(separator: " ")
        let entry = try #require(text.range(of: "37 min").map { String(text[$0.lowerBound...].prefix(90)) }, "\(text)")
        #expect(entry.hasPrefix("37 min (Budi Santoso) [BK only]") && !entry.contains("confidential entry"), "\(entry)")
    }
}

/// A flag's record line gives what the teacher tried and that the parents know, as `rujuk show`
/// does; beside an observation told in confidence that this reader may not read, what was
/// tried is withheld with it.
@Test func aFlagLineGivesTriedAndParentsButNotBesideAWithheldObservation() {
    let wording = RecordWording(school: demoState("budi").school, catalog: Catalog(.en), now: Date(), timeZone: .gmt)
    let open = Flag(by: "sari", subject: "Matematika", saw: "Sering tertidur.", tried: "Duduk di depan.", parentsInformed: true, at: Date())
    var withheld = open
    withheld.visibility = .bkOnly
    withheld.saw = ""
    withheld.ref = TextRef(isPrivate: true, segment: 1, offset: 0)
    let line = { (f: Flag) in wording.line(RecordEntry(at: Date(), caseNumber: 1, item: .flag(f))).text }
    #expect(line(open).contains("tried: Duduk di depan.") && line(open).contains("parents informed"))
    #expect(!line(withheld).contains("Duduk") && line(withheld).contains("parents informed"))
}
