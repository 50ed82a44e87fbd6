import Foundation
import Testing
@testable import RujukDomain
@testable import RujukUI

/// Issue 12: paths on which a person could do the wrong thing without noticing.
@Suite struct NoWrongMoveTests {
    /// What another session wrote, as the run loop would bring it in.
    func elsewhere(_ state: inout AppState, _ actor: String, _ payload: EventPayload) {
        var school = state.school
        try! school.apply(Event(seq: school.lastSeq + 1, at: state.now, actor: actor, payload: payload))
        _ = reduce(&state, .schoolChanged(school))
    }

    func student(_ state: AppState, _ name: String) -> Student {
        state.school.students.values.first { $0.name == name }!
    }

    func screen(_ state: AppState) -> String { render(state).lines.joined(separator: "\n") }

    // MARK: 1. The fast flag lands on the typed student.

    @Test func theFastFlagFromPaneOneLandsOnTheTypedStudent() {
        var state = demoState("sari")
        _ = press(&state, [.char("1"), .char("j")])
        let highlighted = state.flaggedStudents[state.selectedStudent].student
        _ = press(&state, [.char("n")])
        #expect(state.flag.field == .student)
        #expect(state.flag.studentID == highlighted.id && state.flag.suggested)
        let effects = press(&state, type("andi prat") + [.enter] + type("andi pr") + [.ctrl("s")])
        let andi = state.school.students.values.first { $0.nisn == "0091234567" }!
        guard case .flag(let id, let flag, _, _, _) = effects.first else { Issue.record("no flag effect: \(effects)"); return }
        #expect(id == andi.id && id != highlighted.id)
        #expect(flag.saw == "andi pr")
    }

    @Test func enterKeepsTheSuggestedStudentAndBackspaceClearsIt() {
        var state = demoState("sari")
        _ = press(&state, [.char("1")])
        let highlighted = state.flaggedStudents[state.selectedStudent].student
        _ = press(&state, [.char("n"), .enter])
        #expect(state.flag.field == .saw && state.flag.studentID == highlighted.id)
        _ = press(&state, [.escape, .char("1"), .char("n"), .backspace])
        #expect(state.flag.query.isEmpty && state.flag.studentID == nil && state.flag.field == .student)
    }

    @Test func afterEnterTheFormSaysWhomTheFlagIsForAndWhichCaseItJoins() {
        // Sari flagged case #1 (VIII-B, Rina's class): she sees it, so the form names it.
        var state = demoState("sari")
        let first = state.school.cases[1]!
        let name = state.school.students[first.studentID]!.name
        _ = press(&state, [.char("n")] + type(name) + [.enter])
        var text = screen(state)
        #expect(text.contains("For: \(name) · VIII-B"))
        #expect(text.contains("Your flag joins open case #1"))

        // Case #6 (Dewi's flag, IX-A) is not hers to see: the form must not reveal it.
        let hidden = state.school.cases[6]!
        let bayu = state.school.students[hidden.studentID]!
        state = demoState("sari")
        _ = press(&state, [.char("n")] + type(bayu.name) + [.enter])
        text = screen(state)
        #expect(text.contains("For: \(bayu.name) · \(bayu.className)"))
        #expect(!text.contains("#6"))
        #expect(text.contains("or your flag joins the case BK already has"))

        // Andi has no case; a counsellor sees every case, so the form is certain.
        state = demoState("budi")
        _ = press(&state, [.char("n")] + type("andi prat") + [.enter])
        #expect(screen(state).contains("A new case will be opened."))
    }

    @Test func theFlagFormKeepsItsSizeWhileTyping() {
        var state = demoState("sari", width: 80, height: 24)
        _ = press(&state, [.char("n")])
        /// The form's top border and its bottom one: where the box is and how big.
        func frame(_ state: AppState) -> [Int] {
            let lines = render(state).lines.map(Array.init)
            guard let top = lines.firstIndex(where: { String($0).contains("Flag a student") }),
                  let title = String(lines[top]).range(of: "Flag a student") else { return [] }
            let titleColumn = String(lines[top])[..<title.lowerBound].count
            let left = lines[top][..<titleColumn].lastIndex(of: "┌") ?? -1
            let right = lines[top][titleColumn...].firstIndex(of: "┐") ?? -1
            let bottom = lines.indices.first { $0 > top && left >= 0 && lines[$0][left] == "└" } ?? -1
            return [top, bottom, left, right]
        }
        let empty = frame(state)
        #expect(empty.count == 4 && !empty.contains(-1))
        for prefix in ["a", "andi", "andi pratama"] {
            state.flag.query = ""
            _ = press(&state, type(prefix))
            #expect(frame(state) == empty, "\(prefix)")
        }
        // More students match "a" than the form lists: it says how many more, in its eight rows.
        state.flag.query = ""
        _ = press(&state, type("a"))
        let more = state.school.searchStudents("a").count - 7
        #expect(more > 1 && state.flagCandidates.count == 7)
        #expect(render(state).lines.contains { $0.contains(state.catalog.t(.flagMoreMatches("\(more)"))) })
        // In columns, every name and class whole (the widest too), each class at one column.
        let screen = render(state).lines
        let rows = state.flagCandidates.map { s in screen.first { $0.contains(s.name + " ") } }
        #expect(rows.allSatisfy { $0 != nil }, "\(screen.joined(separator: "\n"))")
        let classColumns = Set(zip(rows.compactMap { $0 }, state.flagCandidates).compactMap { row, s in
            row.range(of: " " + s.className + " ").map { row.distance(from: row.startIndex, to: $0.lowerBound) }
        })
        #expect(classColumns.count == 1, "\(classColumns)")
    }

    // MARK: 2. The selection follows the case.

    @Test func aPickupElsewhereNeverTurnsPIntoAPickupOfAnotherCase() {
        var state = demoState("budi")
        let chosen = state.selectedCase!.number
        elsewhere(&state, "wati", .pickedUp(number: chosen))
        #expect(state.selectedCase == nil)
        #expect(state.status == "Case #\(chosen) is now with Wati Handayani and left this list; nothing is selected (j/k to choose).")
        #expect(press(&state, [.char("p")]).isEmpty)
        #expect(state.status == state.catalog.t(.selectCaseFirst))
        #expect(screen(state).contains("No case selected"))
        // Moving chooses again: j lands on the row that took the old one's place.
        let next = state.queue[state.selected].number
        let effects = press(&state, [.char("j")])
        // Its thread is loaded once the selection rests (issue 16, item 10).
        #expect(state.selectedCase?.number == next && effects == [.previewWhenRested])
        #expect(reduce(&state, .selectionRested) == [.loadThread(next)])
    }

    @Test func theSelectionFollowsTheCaseWhenRowsMoveAboveIt() {
        var state = demoState("budi")
        _ = press(&state, [.char("j"), .char("j")])
        let chosen = state.selectedCase!.number
        let andi = state.school.students.values.first { $0.nisn == "0091234567" }!
        let flag = Flag(by: "rina", subject: "Science", saw: "Pingsan di kelas.", tried: nil, parentsInformed: false, at: state.now)
        elsewhere(&state, "rina", .caseOpened(CaseOpened(number: state.school.nextCaseNumber, studentID: andi.id, area: .pribadi,
                                                         concern: "health", urgency: .urgent, flag: flag)))
        let added = state.queue.firstIndex { $0.studentID == andi.id }!
        #expect(added < state.selected)
        #expect(state.selectedCase?.number == chosen)
    }

    @Test func aReplyBeingWrittenStaysOnItsCase() {
        var state = demoState("budi")
        let chosen = state.selectedCase!.number
        _ = press(&state, [.char("r")] + type("Saya panggil"))
        elsewhere(&state, "wati", .pickedUp(number: chosen))
        #expect(state.composing != nil && state.compose.text == "Saya panggil")
        #expect(screen(state).contains("#\(chosen) "))
        let effects = press(&state, type(" besok.") + [.enter])
        #expect(effects == [.append([Event(at: state.now, actor: "budi", payload: .messagePosted(
            EntryText(number: chosen, visibility: .team, text: "Saya panggil besok.")))])])
    }

    // MARK: 3. Closing needs a summary, or the confirmed outcome alone.

    /// Budi's first case that he holds, selected.
    func budiOnHisOwnCase() -> AppState {
        var state = demoState("budi")
        while state.selectedCase?.assignee != "budi" { _ = press(&state, [.char("j")]) }
        return state
    }

    @Test func anEmptySummaryDoesNotClose() {
        var state = budiOnHisOwnCase()
        let effects = press(&state, [.char("c"), .char("1"), .enter])
        #expect(effects.isEmpty)
        #expect(state.mode == .closeSummary(.resolved))
        #expect(state.status == state.catalog.t(.summaryNeeded))
    }

    @Test func theOutcomeAloneIsAskedOnceMoreAndRecorded() {
        var state = budiOnHisOwnCase()
        let number = state.selectedCase!.number
        #expect(press(&state, [.char("c"), .char("2"), .ctrl("o")]).isEmpty)
        #expect(state.mode == .confirmOutcomeOnly(.monitoring))
        #expect(screen(state).contains("Close without a summary?"))
        #expect(press(&state, [.char("n")]).isEmpty)
        #expect(state.mode == .closeSummary(.monitoring))
        let effects = press(&state, [.ctrl("o"), .char("y")])
        #expect(effects == [.append([Event(at: state.now, actor: "budi", payload: .closed(
            number: number, outcome: .monitoring, summary: nil, outcomeOnly: true))])])
    }

    @Test func aSummaryBeingWrittenIsKeptWhenTheListChanges() {
        var state = budiOnHisOwnCase()
        let number = state.selectedCase!.number
        _ = press(&state, [.char("c"), .char("1")] + type("Sudah baik"))
        var school = state.school
        let andi = school.students.values.first { $0.nisn == "0091234567" }!
        let flag = Flag(by: "rina", subject: "Science", saw: "Pingsan.", tried: nil, parentsInformed: false, at: state.now)
        try! school.apply(Event(seq: school.lastSeq + 1, at: state.now, actor: "rina", payload: .caseOpened(CaseOpened(
            number: school.nextCaseNumber, studentID: andi.id, area: .pribadi, concern: "health", urgency: .urgent, flag: flag))))
        _ = reduce(&state, .schoolChanged(school))
        let effects = press(&state, [.enter])
        #expect(effects == [.append([Event(at: state.now, actor: "budi", payload: .closed(
            number: number, outcome: .resolved, summary: "Sudah baik"))])])
    }

    @Test func aCounsellorCannotCloseACaseNobodyHolds() {
        var state = demoState("budi")
        #expect(state.selectedCase?.assignee == nil)
        _ = press(&state, [.char("c")])
        #expect(state.mode == .browse)
        #expect(state.status == state.catalog.t(.denyCloseNotYours))
    }

    @Test func theLongSummaryWrapsAndStaysInView() {
        var state = budiOnHisOwnCase()
        state.width = 80; state.height = 24
        let long = "Sudah ditangani BK; tidak ada tindak lanjut untuk guru. Andi kini datang tepat waktu dan mengumpulkan tugas akhir"
        _ = press(&state, [.char("c"), .char("1")] + type(long))
        let text = screen(state)
        #expect(text.contains("tugas akhir▏"))
        #expect(text.contains("Sudah ditangani BK"))
    }

    @Test func theReferrerReadsTheOutcomeAloneInWords() {
        var state = demoState("sari")
        let number = state.school.cases.values.sorted { $0.number < $1.number }
            .first { !$0.isClosed && $0.referrers == ["sari"] && $0.assignee == "budi" }!.number
        var school = state.school
        try! school.apply(Event(seq: school.lastSeq + 1, at: state.now, actor: "budi", payload: .closed(
            number: number, outcome: .monitoring, summary: nil, outcomeOnly: true)))
        _ = reduce(&state, .schoolChanged(school))
        state.select(number)
        #expect(state.selectedCase?.number == number)
        #expect(screen(state).contains("Closed: monitoring. Only the outcome was"))
        // The case view says it in words too.
        _ = press(&state, [.enter])
        #expect(screen(state).contains("Closed (monitoring): only the outcome was shared with the referrer"))
    }

    // MARK: 5. Pane 1 and the queue agree.

    @Test func enterInPaneOneOpensThatStudentsCase() throws {
        var state = demoState("budi")
        // Pane 1 lists the students of the queue's view: Wati's case (a grade IX student) is
        // not in Budi's own, so choosing a student there never widens his queue unasked.
        #expect(!state.flaggedStudents.contains { $0.openCase.number == 6 })
        _ = press(&state, [.char("1")])
        for _ in state.flaggedStudents { _ = press(&state, [.char("j")]) }
        #expect(state.filter == .concerningMe)
        // In the view of every case, it is there, and Enter opens it.
        while state.filter != .all { _ = press(&state, [.char("f")]) }
        _ = press(&state, [.char("1"), .char("g")])
        let row = try #require(state.flaggedStudents.firstIndex { $0.openCase.number == 6 })
        for _ in 0..<row { _ = press(&state, [.char("j")]) }
        #expect(state.selectedCase?.number == 6)
        _ = press(&state, [.enter])
        #expect(state.mode == .caseView)
        #expect(screen(state).contains("Case #6"))
    }

    @Test func focusingPaneOneSelectsTheHighlightedStudentsCase() {
        var state = demoState("budi")
        let first = state.flaggedStudents[0].openCase.number
        let effects = press(&state, [.char("1")])
        #expect(state.selectedCase?.number == first)
        if first != 1 { #expect(effects == [.loadThread(first)]) }
    }
}

/// Issue 12: nothing typed is lost when the store refuses a reply or a close.
@Suite struct RefusedSendTests {
    @Test func aRefusedReplyKeepsItsDraft() {
        var state = demoState("budi")
        let number = state.selectedCase!.number
        _ = press(&state, [.char("r")] + type("Saya panggil besok.") + [.enter])
        _ = reduce(&state, .failed(Failure(.refused, "Refused.")))
        #expect(state.drafts[number]?.text == "Saya panggil besok.")
        // The whole screen, with "draft: Saya panggil besok." on it.
        ScreenSnapshot.check("checks/aRefusedReplyKeepsItsDraft", render(state).lines)
    }

    @Test func aRefusedCloseKeepsItsSummaryForTheSameCase() {
        var state = demoState("budi")
        while state.selectedCase?.assignee != "budi" { _ = press(&state, [.char("j")]) }
        _ = press(&state, [.char("c"), .char("1")] + type("Sudah ditangani BK") + [.enter])
        _ = reduce(&state, .failed(Failure(.refused, "Refused.")))
        _ = press(&state, [.char("c"), .char("1")])
        #expect(state.mode == .closeSummary(.resolved) && state.summary == "Sudah ditangani BK")
        // Another case starts with an empty summary.
        _ = press(&state, [.escape, .escape, .char("j"), .char("c")])
        #expect(state.summary.isEmpty)
    }
}

@Suite struct CloseWordingTests {
    @Test(arguments: Language.allCases)
    func theCloseFormNamesOutcomesInTheReadersLanguageAndShowsItsWholeQuestion(_ language: Language) {
        var state = demoState("agus", width: 120, height: 40)
        state.catalog = Catalog(language)
        _ = press(&state, [.char("c")])
        // The whole screen, with state.catalog.outcome(.noBKAction) on it.
        ScreenSnapshot.check("checks/theCloseFormNamesOutcomesInTheReadersLanguageAndShowsItsWholeQuestion-\(language)", render(state).lines)
        _ = press(&state, [.char("2"), .ctrl("o")])
        let text = render(state).lines.joined(separator: " ").replacingOccurrences(of: "│", with: " ")
            .split(separator: " ").joined(separator: " ")
        let referrers = state.selectedCase!.referrers.map(state.school.displayName).joined(separator: ", ")
        let header = state.catalog.t(.summaryFor(referrers)).split(separator: " ").joined(separator: " ")
        #expect(text.contains(header), "\(text)")
    }
}

@Suite struct ConfidentialFlagFormTests {
    @Test func ctrlTInTheFlagFormTellsBKInConfidence() {
        var state = demoState("sari")
        _ = press(&state, [.char("n")] + type("andi prat") + [.enter] + type("Ada memar di lengannya."))
        // The whole screen, with "Everyone on the case reads this" on it.
        ScreenSnapshot.check("checks/ctrlTInTheFlagFormTellsBKInConfidence", render(state).lines)
        _ = press(&state, [.ctrl("t")])
        // The whole screen, with "For BK only (and you)" on it.
        ScreenSnapshot.check("checks/ctrlTInTheFlagFormTellsBKInConfidence-2", render(state).lines)
        let effects = press(&state, [.ctrl("s")])
        guard case .flag(_, let flag, _, _, _) = effects.first else { Issue.record("no flag: \(effects)"); return }
        #expect(flag.visibility == .bkOnly && flag.saw == "Ada memar di lengannya.")
    }

    @Test func aWithheldFlagShowsThatItExistsNotItsText() {
        var state = demoState("dewi")
        var c = state.school.cases[1]!
        c.flags[0].visibility = .bkOnly
        c.flags[0].saw = ""
        state.school.cases[1] = c
        state.select(1)
        let text = render(state).lines.joined(separator: "\n")
        #expect(text.contains("Sari Wulandari · Matematika · 1d · BK only"))
        #expect(!text.contains("Tidak mengumpulkan tugas"))
    }
}

@Suite struct FlagFormHintTests {
    @Test func aLineFromBeforeGivesWayToTheFlagFormsKeys() {
        var state = demoState("sari", width: 80, height: 24)
        _ = press(&state, [.char("n")])
        state.status = "Case #2 left this list; nothing is selected (j/k to choose)."
        _ = press(&state, type("a"))
        #expect(state.status == nil)
        #expect(render(state).lines.last!.contains("C-s send"))
    }
}

/// Issue 13: a failure comes with its kind, and the reducer tells them apart.
@Suite struct FailureKindTests {
    /// A busy store keeps the reply to send again; the sentence goes with the next key.
    @Test func aBusyStoreKeepsTheReplyAndItsSentenceGoesWithTheNextKey() {
        var state = demoState("budi")
        let number = state.selectedCase!.number
        _ = press(&state, [.char("r")] + type("Saya panggil besok.") + [.enter])
        _ = reduce(&state, .failed(Failure(.busy, "The store is busy.")))
        #expect(state.drafts[number]?.text == "Saya panggil besok." && state.sendingReply == nil)
        #expect(render(state).lines.last?.contains("The store is busy.") == true)
        _ = press(&state, [.char("j")])
        #expect(render(state).lines.last?.contains("The store is busy.") == false)
    }

    /// Damage is said once and then kept in the hint bar under newer sentences, not re-said by
    /// every failed refresh, until the store reads whole again.
    @Test func damageStaysInTheHintBarUntilTheStoreReadsWhole() {
        var state = demoState("budi")
        let damaged = Failure(.damaged, "journal.jsonl line 3 (byte 120) is damaged.")
        _ = reduce(&state, .failed(damaged))
        #expect(state.status == damaged.sentence)
        _ = press(&state, [.char("j")])
        #expect(state.status == nil && render(state).lines.last?.contains("line 3 (byte 120)") == true)
        // The next refresh fails the same way: nothing is re-said over what the person did.
        _ = press(&state, [.char("/")])
        _ = reduce(&state, .failed(damaged))
        #expect(state.mode == .filter && state.status == nil)
        _ = reduce(&state, .schoolChanged(state.school))
        _ = press(&state, [.escape])
        #expect(state.damage == nil && render(state).lines.last?.contains("damaged") == false)
    }
}

/// "Discard? y discards, any other key goes back": Esc is another key. A second Esc (a person
/// pressing Esc to get out) goes back to what they typed instead of throwing it away.
@Suite struct DiscardPromptTests {
    @Test func escAtTheFlagsPromptGoesBack() {
        var state = demoState("sari")
        _ = press(&state, [.char("n")])
        state.flag.field = .saw
        _ = press(&state, type("Tidur") + [.escape, .escape])
        #expect(state.mode == .flagForm && state.flag.saw == "Tidur")
        _ = press(&state, [.escape, .char("y")])
        #expect(state.mode == .browse && state.flag.saw.isEmpty)
    }

    @Test func escAtAFormsPromptGoesBack() throws {
        var state = demoState("budi")
        state.select(12)
        _ = press(&state, [.char("S")])
        let kind = try #require(state.form?.kind)
        // The first text field.
        while state.form?.focusedIsChoice == true { _ = press(&state, [.tab]) }
        _ = press(&state, type("Catatan") + [.escape, .escape])
        #expect(state.form?.kind == kind && state.form?.confirmingDiscard == false)
        _ = press(&state, [.escape, .char("y")])
        #expect(state.form == nil)
    }

    @Test func escAtTheAdminsPromptGoesBack() {
        var state = adminState()
        _ = press(&state, [.char("3"), .char("e"), .char("x"), .escape, .escape])
        #expect(state.admin.form != nil && state.admin.form?.confirmingDiscard == false)
        _ = press(&state, [.escape, .char("y")])
        #expect(state.admin.form == nil)
    }
}
