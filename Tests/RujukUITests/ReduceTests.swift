import Foundation
import Testing
@testable import RujukDomain
@testable import RujukUI

/// The demo school as the interface sees it, for one person at a given size.
func demoState(_ login: String, width: Int = 120, height: Int = 40) -> AppState {
    var school = School(name: DemoSchool.name)
    for e in DemoSchool.events { try! school.apply(e) }
    return AppState(school: school, actor: school.staff[login]!, now: ISODate.parse("2026-11-24T03:00:00Z")!, width: width, height: height)
}

func press(_ state: inout AppState, _ keys: [Key]) -> [Effect] {
    keys.flatMap { reduce(&state, .keyPressed($0)) }
}

func type(_ text: String) -> [Key] { text.map { Key.char($0) } }

@Suite struct ReduceTests {
    /// The school's time zone, once the admin sets it, is the one every date on screen is in
    /// from the next refresh; a school that set none keeps the zone the session began with.
    @Test func aTimeZoneTheAdminSetsCountsAtOnce() {
        var state = demoState("budi")
        let jakarta = TimeZone(identifier: "Asia/Jakarta")!
        state.timeZone = jakarta
        var school = state.school
        _ = reduce(&state, .schoolChanged(school))
        #expect(state.timeZone == jakarta)
        school.settings.timeZone = "Asia/Jayapura"
        _ = reduce(&state, .schoolChanged(school))
        #expect(state.timeZone == TimeZone(identifier: "Asia/Jayapura"))
    }

    @Test func theFastFlagPathIsNNameEnterTextCtrlS() throws {
        var state = demoState("sari")
        let effects = press(&state, [.char("n")] + type("andi prat") + [.enter] + type("Sering melamun.") + [.ctrl("s")])
        let andi = state.school.students.values.first { $0.nisn == "0091234567" }!
        #expect(effects.count == 1)
        guard case .flag(let id, let flag, let area, _, let urgency) = effects.first else { Issue.record("no flag effect"); return }
        #expect(id == andi.id && flag.saw == "Sering melamun." && flag.by == "sari" && area == .belajar && urgency == .routine)
        #expect(state.mode == .browse)
    }

    @Test func escapeAsksBeforeDiscardingAFlagWithText() {
        var state = demoState("sari")
        _ = press(&state, [.char("n")] + type("andi prat") + [.enter] + type("x") + [.escape])
        #expect(state.mode == .confirmDiscardFlag)
        _ = press(&state, [.char("n")])
        #expect(state.mode == .flagForm && state.flag.saw == "x")
    }

    /// An empty student field chooses nobody: Enter had flagged the list's first student.
    @Test func enterWithNothingTypedChoosesNobody() {
        var state = demoState("sari")
        _ = press(&state, [.char("n")])
        #expect(state.flag.query.isEmpty && state.flag.studentID == nil)
        _ = press(&state, [.enter])
        #expect(state.flag.studentID == nil && state.flag.field == .student)
        #expect(state.status == state.catalog.t(.chooseStudentFirst))
    }

    @Test func aTeacherCannotPickUpAndIsToldWhy() {
        var state = demoState("sari")
        #expect(press(&state, [.char("p")]).isEmpty)
        #expect(state.status == Denial.onlyCounsellorPicksUp.sentence)
    }

    @Test func aCounsellorPicksUpTheSelectedCase() {
        var state = demoState("budi")
        let number = state.selectedCase!.number
        let effects = press(&state, [.char("p")])
        #expect(effects == [.append([Event(at: state.now, actor: "budi", payload: .pickedUp(number: number))])])
    }

    @Test func composeSendsOnEnterKeepsDraftOnEscAndCtrlTChangesReaders() {
        var state = demoState("budi")
        let number = state.selectedCase!.number
        _ = press(&state, [.char("r")] + type("halo") + [.escape])
        #expect(state.mode == .browse && state.compose.text == "halo")
        _ = press(&state, [.char("r"), .ctrl("t"), .ctrl("t")])
        #expect(state.compose.visibility == .bkOnly)
        let effects = press(&state, [.altEnter] + type("dua") + [.enter])
        let posted = [Event(at: state.now, actor: "budi", payload: .messagePosted(
            EntryText(number: number, visibility: .bkOnly, text: "halo\ndua")))]
        #expect(effects == [.append(posted)])
        // The draft goes once the store has the message (issue 12: a refusal loses nothing).
        _ = reduce(&state, .appendSucceeded(posted))
        #expect(state.compose.text.isEmpty)
    }

    @Test func whoIsNotOnTheCaseAsItsTeacherCannotMakeAConfidentialEntry() {
        // The vice principal reads team entries only, and did not flag: Ctrl-T offers nothing.
        var state = demoState("agus")
        _ = press(&state, [.char("r"), .ctrl("t")])
        #expect(state.compose.visibility == .team)
        #expect(state.status == state.catalog.t(.onlyCounsellorConfidential))
    }

    @Test func aTeacherWhoFlaggedTellsBKInConfidenceWithCtrlT() {
        // Issue 12: the flagging teacher may write for BK only (and keeps reading it).
        var state = demoState("sari")
        let number = state.selectedCase!.number
        #expect(state.selectedCase!.referrers.contains("sari"))
        _ = press(&state, [.char("r"), .ctrl("t")])
        #expect(state.compose.visibility == .bkOnly)
        // The whole screen, with "To: BK (counsellors) only · and you" on it.
        ScreenSnapshot.check("checks/aTeacherWhoFlaggedTellsBKInConfidenceWithCtrlT", render(state).lines)
        let effects = press(&state, type("Ada tanda kekerasan di rumah.") + [.enter])
        let posted = [Event(at: state.now, actor: "sari", payload: .messagePosted(
            EntryText(number: number, visibility: .bkOnly, text: "Ada tanda kekerasan di rumah.")))]
        #expect(effects == [.append(posted)])
        _ = reduce(&state, .appendSucceeded(posted))
        _ = press(&state, [.char("r"), .ctrl("t"), .ctrl("t")])
        #expect(state.compose.visibility == .team)
    }

    @Test func closingAsksForOutcomeAndSummary() {
        var state = demoState("budi")
        _ = press(&state, [.char("j"), .char("j")])
        let c = state.selectedCase!
        let effects = press(&state, [.char("c"), .char("1")] + type("Sudah baik.") + [.enter])
        #expect(effects == [.append([Event(at: state.now, actor: "budi", payload: .closed(number: c.number, outcome: .resolved, summary: "Sudah baik."))])])
    }

    @Test func countsellorsCycleQueues() {
        var state = demoState("budi")
        _ = press(&state, [.char("f")])
        #expect(state.filter == .unclaimed)
        #expect(state.queue.allSatisfy { $0.assignee == nil })
    }
}

@Suite struct DraftTests {
    /// The reply box takes the keyboard and gives it back where it was, sent or not: `j` then
    /// moves the queue, not the thread the box was over.
    @Test func theReplyBoxGivesTheKeyboardBack() {
        var state = demoState("budi")
        #expect(state.focus == .queue)
        let first = state.selectedCase!.number
        _ = press(&state, [.char("r")])
        #expect(state.focus == .thread)
        _ = press(&state, [.escape, .char("j")])
        #expect(state.focus == .queue && state.selectedCase!.number != first)
        _ = press(&state, [.char("r")] + type("Baik, terima kasih.") + [.enter])
        #expect(state.mode == .browse && state.focus == .queue)
        // From the students' pane, back to it.
        _ = press(&state, [.char("1"), .char("r"), .escape])
        #expect(state.focus == .students)
    }

    @Test func eachCaseKeepsItsOwnReplyDraft() {
        var state = demoState("budi")
        let first = state.selectedCase!.number
        _ = press(&state, [.char("r")] + type("untuk kasus pertama") + [.escape, .char("2"), .char("j")])
        #expect(state.selectedCase!.number != first)
        #expect(state.compose.text.isEmpty)
        _ = press(&state, [.char("k")])
        #expect(state.compose.text == "untuk kasus pertama")
        // The whole screen, with "draft: untuk kasus pertama" on it.
        ScreenSnapshot.check("checks/eachCaseKeepsItsOwnReplyDraft", render(state).lines)
    }
}

/// The thread is wrapped from its end, only as far as the scroll reaches: a long thread shows
/// its last entries, scrolls up through them, and shows its first flag at the top.
@Suite struct LongThreadTests {
    @Test func aLongThreadScrollsFromItsEndToItsFlag() throws {
        var school = School(name: DemoSchool.name)
        for e in DemoSchool.events { try school.apply(e) }
        var state = AppState(school: school, actor: school.staff["budi"]!, now: ISODate.parse("2026-11-24T03:00:00Z")!, width: 120, height: 40)
        let number = try #require(state.selectedCase?.number)
        for i in 1...400 {
            try school.apply(Event(at: state.now, actor: "budi", payload: .messagePosted(EntryText(number: number, visibility: .team, text: "Pesan nomor \(i) dari percakapan panjang."))))
        }
        _ = reduce(&state, .schoolChanged(school))
        state.thread = nil
        func screen() -> String { render(state).lines.joined(separator: "\n") }
        #expect(screen().contains("Pesan nomor 400 dari") && !screen().contains("Pesan nomor 380 dari"))
        state.threadScroll = 20
        #expect(screen().contains("Pesan nomor 390 dari") && !screen().contains("Pesan nomor 400 dari"))
        state.threadScroll = 100_000
        let flagger = try #require(school.cases[number]?.flags.first.map { school.displayName($0.by) })
        #expect(screen().contains(flagger) && screen().contains("Pesan nomor 1 dari") && !screen().contains("Pesan nomor 400 dari"))
    }
}
