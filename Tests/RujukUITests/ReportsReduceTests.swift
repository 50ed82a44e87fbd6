import Foundation
import Testing
@testable import RujukDomain
@testable import RujukReport
@testable import RujukUI

@Suite struct ReportsReduceTests {
    /// The row of a figure, by its label key.
    func row(_ state: AppState, _ key: ReportText) -> Int? {
        state.reports?.figures?.rows.firstIndex { r in
            switch r.kind {
            case .count(let k, _), .share(let k, _, _), .hours(let k, _): k == key
            default: false
            }
        }
    }

    @Test(arguments: ["hendra", "agus"])
    func thePrincipalAndTheViceLandOnTheOverview(_ login: String) {
        var state = demoState(login)
        _ = reduce(&state, .landed)
        #expect(state.mode == .reports)
        #expect(state.reports?.figures?.report.view == .full)
        #expect(state.reports?.figures?.report.period.firstDay == "2026-11-01")
    }

    @Test(arguments: ["budi", "sari", "rina", "admin"])
    func everyoneElseLandsOnTheirQueue(_ login: String) {
        var state = demoState(login)
        _ = reduce(&state, .landed)
        #expect(state.mode == .browse && state.reports == nil)
    }

    @Test func rOpensWhatEachMayHave() {
        var budi = demoState("budi")
        _ = press(&budi, [.char("R")])
        #expect(budi.mode == .reports && budi.reports?.figures?.report.view == .counsellorOwn)
        // Tab: the school's summary, and back.
        _ = press(&budi, [.tab])
        #expect(budi.reports?.scope == .school && budi.reports?.figures?.report.view == .schoolSummary)
        _ = press(&budi, [.tab])
        #expect(budi.reports?.scope == .counsellor("budi"))
        var sari = demoState("sari")
        _ = press(&sari, [.char("R")])
        #expect(sari.mode == .reports && sari.reports?.figures?.report.view == .ownReferrals)
        // The principal's Tab does nothing: the per-counsellor rows are on the overview.
        var hendra = demoState("hendra")
        _ = press(&hendra, [.char("R"), .tab])
        #expect(hendra.reports?.scope == .school)
    }

    @Test func theAdminIsToldWhyAndNothingOpens() {
        var admin = demoState("admin")
        let effects = press(&admin, [.char("R")])
        #expect(effects.isEmpty && admin.mode == .browse && admin.reports == nil)
        #expect(admin.status == Catalog(.en).denial(.reportsNotForYou))
        // On the bottom line, or (longer than it) on the two last lines: read whole either way.
        let bottom = render(admin).lines.suffix(2).joined(separator: " ").split(separator: " ").joined(separator: " ")
        #expect(bottom.contains(admin.status!), "\(bottom)")
    }

    @Test func bracketsStepThroughMonthsAndSemesters() {
        var state = demoState("hendra")
        _ = press(&state, [.char("R")])
        #expect(state.reports?.request == .month("2026-11"))
        _ = press(&state, [.char("[")])
        #expect(state.reports?.request == .month("2026-10") && state.reports?.figures?.report.isEmpty == true)
        // The whole screen, with "Nothing was recorded in October 2026" on it.
        ScreenSnapshot.check("checks/bracketsStepThroughMonthsAndSemesters", render(state).lines)
        // Today is in November 2026: the reports stop there, and say so.
        _ = press(&state, [.char("]"), .char("]")])
        #expect(state.reports?.request == .month("2026-11"))
        #expect(state.status == state.catalog.r(.noLaterPeriod))
        _ = press(&state, [.char("s")])
        #expect(state.reports?.request == .semester("2026/2027-1"))
        #expect(state.reports?.figures?.report.period.kind == .semester)
        _ = press(&state, [.char("]")])
        #expect(state.reports?.request == .semester("2026/2027-1") && state.status == state.catalog.r(.noLaterPeriod))
        _ = press(&state, [.char("["), .char("s")])
        #expect(state.reports?.request == .month("2026-05"))
    }

    @Test func enterOnAFigureListsTheCasesBehindIt() throws {
        var state = demoState("hendra")
        _ = press(&state, [.char("R")])
        let index = try #require(row(state, .figureNew))
        while state.reports!.selected < index { _ = press(&state, [.char("j")]) }
        let effects = press(&state, [.enter])
        let period = try #require(state.reports?.figures?.report.period)
        let expected = state.school.cases.values.filter { period.contains($0.openedAt) }.map(\.number).sorted()
        #expect(!expected.isEmpty)
        #expect(state.mode == .browse && state.queue.map(\.number).sorted() == expected)
        #expect(effects == [.loadThread(state.queue[0].number)])
        // The whole screen, with "New referrals, November 2026" on it.
        ScreenSnapshot.check("checks/enterOnAFigureListsTheCasesBehindIt", render(state).lines)
        // Esc goes back to the reports, on the same figure.
        _ = press(&state, [.escape])
        #expect(state.mode == .reports && state.reportCases == nil && state.reports?.selected == index)
        #expect(state.queue.count != expected.count || state.filter == .concerningMe)
    }

    @Test func aTeachersFiguresOpenOnlyTheirOwnReferrals() throws {
        var sari = demoState("sari")
        _ = press(&sari, [.char("R"), .enter])
        let mine = sari.school.cases.values.filter { c in c.flags.contains { $0.by == "sari" } }.map(\.number).sorted()
        #expect(!mine.isEmpty && sari.queue.map(\.number).sorted() == mine)
        #expect(sari.queue.allSatisfy { sari.school.canSee(sari.actor, $0) })
    }

    /// A figure may count a case the reader cannot open (on a server the projection has not
    /// got it at all); Enter lists only what they may see.
    @Test func theCasesBehindAFigureAreOnlyThoseTheReaderMaySee() {
        var sari = demoState("sari")
        let other = sari.school.cases.values.first { !sari.school.canSee(sari.actor, $0) }!
        let own = sari.school.cases.values.first { sari.school.canSee(sari.actor, $0) }!
        sari.reportCases = ReportCases(title: "x", numbers: [other.number, own.number])
        #expect(sari.queue.map(\.number) == [own.number])
    }

    @Test func aFigureWithNoCasesSaysSo() throws {
        var state = demoState("hendra")
        _ = press(&state, [.char("R")])
        let index = try #require(row(state, .figureWaiting))
        state.reports!.selected = index
        state.reports!.figures!.rows[index].cases = []
        _ = press(&state, [.enter])
        #expect(state.mode == .reports && state.status == "No case behind this figure.")
    }

    @Test func moveSkipsHeadingsAndQuitWorksFromTheReports() {
        var state = demoState("hendra")
        _ = press(&state, [.char("R")])
        for _ in 0..<40 {
            _ = press(&state, [.char("j")])
            #expect(state.reports!.figures!.rows[state.reports!.selected].selectable)
        }
        #expect(press(&state, [.char("q")]) == [.quit] && state.shouldQuit)
    }

    @Test func theHelpListsR() {
        var state = demoState("hendra")
        _ = press(&state, [.char("?")])
        let help = render(state).lines.joined(separator: "\n")
        #expect(help.contains(" reports") && keymap(for: state).contains { $0.command == .reports && $0.disabledReason == nil }, "\(help)")
    }

    /// On a store whose closed cases were kept out of start-up, R shows the screen at once and
    /// says what it is reading; the run loop reads history after that frame is drawn.
    @Test func theReportsAppearAtOnceAndSayClosedCasesAreBeingRead() {
        var state = demoState("budi")
        var partial = state.school
        partial.historyLoaded = false
        state.school = partial
        let effects = press(&state, [.char("R")])
        #expect(effects == [.loadHistory] && state.mode == .reports && state.reports?.figures != nil)
        #expect(state.status == state.catalog.r(.loading))
        #expect(render(state).lines.last?.contains(String(state.catalog.r(.loading).prefix(30))) == true)
        var full = partial
        full.historyLoaded = true
        _ = reduce(&state, .schoolChanged(full))
        #expect(state.status == nil && state.mode == .reports)
    }

    /// In a month's first week the reports open on the month before: that report is the one due.
    @Test func theFirstWeekOfAMonthOpensTheMonthBefore() {
        var state = demoState("hendra")
        state.now = ISODate.parse("2026-12-01T03:00:00Z")!
        _ = press(&state, [.char("R")])
        #expect(state.reports?.request == .month("2026-11"))
        _ = press(&state, [.char("]")])
        #expect(state.reports?.request == .month("2026-12"))
        _ = press(&state, [.char("]")])
        #expect(state.reports?.request == .month("2026-12") && state.status == state.catalog.r(.noLaterPeriod))
    }
}
