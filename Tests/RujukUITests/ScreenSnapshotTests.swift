import Foundation
import Testing
@testable import RujukDomain
@testable import RujukUI

/// Every pane, form and overlay of the interface as a whole screen, in both languages at
/// 80×24 and 120×40, for the people who see each one (the reports have theirs in
/// `ReportsSnapshotTests`). Each screen is also scanned for a domain identifier.
@Suite struct ScreenSnapshotTests {
    static let sizes = [(80, 24), (120, 40)]

    /// The demo school as `login` sees it, the selected case's thread read, after `keys`.
    func screen(_ login: String, _ language: Language, _ width: Int, _ height: Int, _ keys: [Key]) -> AppState {
        var state = demoState(login, width: width, height: height)
        state.catalog = Catalog(language)
        state.timeZone = TimeZone(identifier: "Asia/Jakarta")!
        if let c = state.selectedCase { settle(&state, [.loadThread(c.number)]) }
        for key in keys { settle(&state, reduce(&state, .keyPressed(key))) }
        return state
    }

    /// `/#N` then Enter: case N selected, its thread read.
    func on(_ number: Int) -> [Key] { [.char("/")] + type("#\(number)") + [.enter] }

    func check(_ name: String, _ login: String, _ language: Language, _ keys: [Key], sourceLocation: SourceLocation = #_sourceLocation) {
        for (w, h) in Self.sizes {
            let state = screen(login, language, w, h, keys)
            let lines = render(state).lines
            ScreenSnapshot.check("screens/\(name)-\(language)-\(w)x\(h)", lines, sourceLocation: sourceLocation)
            let words = Set(lines.joined(separator: "\n").split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init))
            let shown = RawIdentifierTests.identifiers.filter(words.contains)
            #expect(shown.isEmpty, "\(name) \(language) \(w)×\(h) shows \(shown)", sourceLocation: sourceLocation)
        }
    }

    @Test(arguments: Language.allCases)
    func aCounsellorsScreens(_ l: Language) {
        check("budi-queue", "budi", l, [])
        check("budi-filter", "budi", l, [.char("/")] + type("cit"))
        check("budi-case", "budi", l, on(12) + [.enter])
        check("budi-help", "budi", l, [.char("?")])
        check("budi-reply", "budi", l, on(12) + [.char("r")] + type("Sudah saya temui."))
        check("budi-close", "budi", l, on(12) + [.char("c")])
        check("budi-plan", "budi", l, on(12) + [.char("P")])
        check("budi-service", "budi", l, on(12) + [.char("S")])
        check("budi-evaluate", "budi", l, on(7) + [.char("E")])
        check("budi-level", "budi", l, on(12) + [.char("L")])
        check("budi-conference", "budi", l, on(12) + [.char("K")])
        check("budi-visit", "budi", l, on(12) + [.char("H")])
        check("budi-triage", "budi", l, on(12) + [.char("T")])
        check("budi-reopen", "budi", l, [.char("f"), .char("f"), .char("f")] + on(11) + [.char("O")])
        check("budi-actions", "budi", l, [.char("m")])
        check("budi-record", "budi", l, on(12) + [.char("B")])
        check("budi-lock", "budi", l, [.function(12)])
    }

    @Test(arguments: Language.allCases)
    func teachersScreens(_ l: Language) {
        check("sari-queue", "sari", l, [])
        check("sari-flag", "sari", l, [.char("n")] + type("andi prat") + [.enter])
        check("sari-reply", "sari", l, [.char("r")])
        check("sari-help", "sari", l, [.char("?")])
        // Nothing open matches: the closed cases are one f away (where a case closed and read went).
        check("sari-filter-none", "sari", l, [.char("/")] + type("Yoga"))
        check("rina-queue", "rina", l, [])
        check("rina-level", "rina", l, on(12) + [.char("L")])
        check("rina-visit", "rina", l, on(12) + [.char("H")])
        check("rina-help", "rina", l, on(12) + [.char("?")])
    }

    @Test(arguments: Language.allCases)
    func leadersAndAdminScreens(_ l: Language) {
        check("agus-queue", "agus", l, [.escape])
        check("agus-assign", "agus", l, [.escape] + on(1) + [.char("a")])
        check("hendra-queue", "hendra", l, [.escape])
        check("admin-edit-student", "admin", l, [.char("2"), .char("e")])
        check("admin-edit-staff", "admin", l, [.char("3"), .char("e")])
        check("admin-leave", "admin", l, [.char("2"), .char("l")])
        check("admin-import", "admin", l, [.char("i")])
        check("admin-help", "admin", l, [.char("?")])
    }

    /// A wrapped entry's later lines are indented: they are cut short enough for it, so no
    /// word runs past the box (an Indonesian conference note lost its last letters).
    @Test func continuationLinesLeaveRoomForTheirIndent() {
        #expect(ThreadPane.wrap("aaaa bbbb cccc dddd", 9) == ["aaaa bbbb", "cccc dddd"])
        #expect(ThreadPane.wrap("aaaa bbbb cccc dddd", 9, rest: 7) == ["aaaa bbbb", "cccc", "dddd"])
        #expect(ThreadPane.wrap("aaaaaaaaaaaa", 5, rest: 3) == ["aaaaa", "aaa", "aaa", "a"])
    }

    /// A difference is told line by line, with both versions; the same screen has none.
    @Test func aDifferenceIsShownLineByLine() {
        let said = ScreenSnapshot.difference(expected: "a\nbc\nd\n", actual: "a\nbx\nd\n")
        #expect(said == "line   2 expected |bc|\n         drawn    |bx|")
        #expect(ScreenSnapshot.difference(expected: "a\n", actual: "a\n") == nil)
        #expect(ScreenSnapshot.difference(expected: "a\n", actual: "a\nb\n")?.contains("(no line)") == true)
    }
}
