import Foundation
import Testing
@testable import RujukDomain
@testable import RujukUI

@Suite struct RenderTests {
    @Test(arguments: [(60, 16), (80, 24), (120, 40), (200, 50)])
    func everyLayoutKeepsItsBordersAndBars(width: Int, height: Int) {
        for login in ["sari", "rina", "budi", "hendra"] {
            let state = demoState(login, width: width, height: height)
            let grid = render(state)
            #expect(grid.lines.count == height)
            // The school's name when there is room; the person and every count always (issue 12).
            if width >= 120 { #expect(grid.lines[0].contains("Rujuk · SMP Negeri 30 Harapan")) }
            #expect(grid.lines[0].contains(state.actor.name) && grid.lines[0].contains("\(state.unreadCount) unread"))
            if !state.myActions.isEmpty { #expect(grid.lines[0].contains("\(state.myActions.count) to do"), "\(grid.lines[0])") }
            for line in grid.lines.dropFirst().dropLast() {
                #expect(line.first == "│" || line.first == "┌" || line.first == "└", "\(login) \(width)x\(height): \(line)")
                #expect(line.last == "│" || line.last == "┐" || line.last == "┘", "\(login) \(width)x\(height): \(line)")
            }
        }
    }

    /// Focus is shown in the focused pane's title, never by recolouring borders (issue 16, item
    /// 10): a change of focus changes the cells of two titles, not of two panes' borders.
    @Test(arguments: [Language.en, .id])
    func aNarrowHintBarDropsWholeKeysAndKeepsTheWayOut(language: Language) {
        let catalog = Catalog(language)
        for hint in [catalog.r(.hint), catalog.r(.documentHint), catalog.t(.hintFlagForm), catalog.t(.hintCompose) + catalog.t(.hintComposeVisibility)] {
            for width in [40, 56, 70, 80, 200] {
                let line = HintBar.fitted(hint, width)
                #expect(DisplayWidth.of(line) <= width, "\(width): \(line)")
                let separator = hint.contains(" · ") ? " · " : "  "
                let items = hint.dropFirst().components(separatedBy: separator)
                let shown = line.dropFirst().components(separatedBy: separator)
                // Every key shown is whole, in its order, and the last (the way out) is always there.
                #expect(shown.allSatisfy(items.contains), "\(width): \(line)")
                #expect(shown.last == items.last, "\(width): \(line)")
                if DisplayWidth.of(hint) <= width { #expect(line == hint) }
            }
        }
    }

    /// A refusal longer than the line is read whole: the part that says what to do came last
    /// and was the part cut at 80 columns.
    @Test func aLongRefusalTakesTwoLinesAndIsReadWhole() {
        var state = demoState("sari", width: 80, height: 24)
        state.status = "You can close only a case you hold: pick it up first, or ask its counsellor or the vice principal."
        let lines = render(state).lines
        let shown = (lines[22] + " " + lines[23]).split(separator: " ").joined(separator: " ")
        #expect(shown.contains("ask its counsellor or the vice principal."), "\(lines[22])\n\(lines[23])")
        // A short one keeps to the last line, the panes' border above it.
        state.status = "Sent."
        let short = render(state).lines
        #expect(short[23].hasPrefix(" Sent.") && short[22].hasPrefix("└"), "\(short[22])")
    }

    @Test func focusChangesTitlesNotBorders() {
        var state = demoState("budi", width: 120, height: 40)
        let before = render(state)
        _ = press(&state, [.tab])
        let after = render(state)
        let changed = (0..<before.cells.count).filter { before.cells[$0] != after.cells[$0] }.map { (x: $0 % 120, y: $0 / 120) }
        let border = state.theme.style(.paneBorder), focused = state.theme.style(.paneBorderFocused)
        // Every border cell of both grids is in the border's style; only titles changed on row 1.
        for grid in [before, after] {
            for y in 2..<39 { #expect(grid[0, y].style == border && grid[119, y].style == border) }
        }
        #expect(!changed.isEmpty && changed.allSatisfy { $0.y == 1 || (after[$0.x, $0.y].style != border && before[$0.x, $0.y].style != border) })
        #expect(after.cells.contains { $0.style == focused } && changed.filter { $0.y == 1 }.count < 60)
        // The queue's selected row stays, weaker, once the keyboard is elsewhere.
        let selected = state.theme.style(.listSelected), inactive = state.theme.style(.listSelectedInactive)
        #expect(before.cells.contains { $0.style == selected } && !before.cells.contains { $0.style == inactive })
        #expect(state.focus != .queue && after.cells.contains { $0.style == inactive } && !after.cells.contains { $0.style == selected })
    }

    /// The counsellor closes the selected case: it leaves her queue, and no other row is shown
    /// selected while the thread pane says nothing is (a j or k chooses the next one).
    @Test func aCaseClosedHereLeavesNoRowHighlighted() throws {
        var state = demoState("budi", width: 80, height: 24)
        while state.selectedCase?.assignee != "budi" { _ = press(&state, [.char("j")]) }
        _ = reduce(&state, .selectionRested)
        let number = try #require(state.selectedCase?.number)
        var school = state.school
        let closed = Event(seq: school.lastSeq + 1, at: state.now, actor: "budi", payload: .closed(number: number, outcome: .resolved, summary: "Selesai."))
        try school.apply(closed)
        _ = reduce(&state, .schoolChanged(school))
        _ = reduce(&state, .appendSucceeded([closed]))
        let grid = render(state)
        let selected = state.theme.style(.listSelected)
        #expect(state.selectedCase == nil && !grid.cells.contains { $0.style == selected })
        #expect(grid.lines.joined().contains(state.catalog.t(.nothingSelected).prefix(20)))
        _ = press(&state, [.char("j")])
        #expect(state.selectedCase != nil && render(state).cells.contains { $0.style == selected })
    }

    /// Below 80 columns only one pane is on screen: a thread loaded behind the queue is not
    /// read until its pane or the case view shows it (the unread mark stays till then).
    @Test func aThreadOutOfSightIsNotMarkedRead() throws {
        var state = demoState("rina", width: 70, height: 24)
        let unread = try #require(state.queue.first { state.school.unreadCount("rina", in: $0) > 0 })
        state.select(unread.number)
        #expect(state.focus == .queue && !state.threadOnScreen)
        #expect(reduce(&state, .threadLoaded(unread)).isEmpty)
        #expect(press(&state, [.char("3")]) == [.readWhenDwelled])
        #expect(reduce(&state, .threadDwelled) == [.markRead(number: unread.number, upTo: unread.newestReadable!)])
        // From 80 columns the thread is beside the queue: read once it has stayed there.
        var wide = demoState("rina", width: 80, height: 24)
        wide.select(unread.number)
        #expect(reduce(&wide, .threadLoaded(unread)) == [.readWhenDwelled])
        #expect(reduce(&wide, .threadDwelled) == [.markRead(number: unread.number, upTo: unread.newestReadable!)])
    }

    /// A list longer than its pane says how many rows lie below and above, on its bottom border.
    @Test func rowsOutOfSightAreCounted() throws {
        var state = demoState("hendra", width: 80, height: 24)
        let rows = try #require(Layout.panes(Rect(x: 0, y: 1, width: 80, height: 22), state: state)[.queue]).inner.height
        let hidden = state.queue.count - rows
        #expect(hidden > 0)
        // The queue's bottom border: right of pane 1's.
        func bottom() -> String {
            let line = render(state).lines.first { $0.hasPrefix("└") && $0.contains("┘└") } ?? ""
            return line.components(separatedBy: "┘└").last ?? ""
        }
        #expect(bottom().contains("↓\(hidden) ─┘") && !bottom().contains("↑"), "\(bottom())")
        _ = press(&state, [.char("G")])
        #expect(bottom().contains("↑\(hidden) ─┘") && !bottom().contains("↓\(hidden)"), "\(bottom())")
    }

    /// The admin works no cases: their screen is the roster and the staff (issue 14), with no
    /// queue that tells them to press n, and n flags nothing.
    @Test func theAdminsScreenOffersNoCaseWork() {
        var state = demoState("admin", width: 80, height: 24)
        let admin = render(state).lines.joined()
        #expect(admin.contains("1 Classes") && !admin.contains("Press n") && !admin.contains("Queue"), "\(admin)")
        #expect(press(&state, [.char("n"), .char("p"), .char("r")]).isEmpty && state.mode == .browse)
    }

    @Test func tooSmallSaysSo() {
        let grid = render(demoState("sari", width: 50, height: 10))
        // The whole screen, with "Terminal too small" on it.
        ScreenSnapshot.check("checks/tooSmallSaysSo", grid.lines)
    }

    @Test func threeColumnsAt120TwoAt80() {
        let wide = render(demoState("budi", width: 120, height: 40)).lines[1]
        #expect(wide.contains("1 Students flagged") && wide.contains("2 Queue") && wide.contains("3 Thread"))
        let narrow = render(demoState("budi", width: 80, height: 24)).lines
        #expect(narrow[1].contains("2 Queue") && !narrow[1].contains("3 Thread"))
        #expect(narrow.contains { $0.contains("3 Thread") })
    }

    @Test func hostileNamesAreDrawnHarmlessly() throws {
        var state = demoState("budi")
        let id = state.selectedCase!.studentID
        state.school.students[id]!.name = "Evil\u{1B}]0;pwned\u{07}\u{202E}名字👩‍👩‍👧"
        let grid = render(state)
        let all = grid.cells.map(\.text).joined()
        #expect(!all.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x202E })
        #expect(all.contains("Evil^[]0;pwned^G"))
        for line in grid.lines.dropFirst().dropLast() { #expect(line.hasSuffix("│") || line.hasSuffix("┐") || line.hasSuffix("┘")) }
    }

    @Test func theHelpOverlayIsGeneratedFromTheKeymap() {
        var state = demoState("budi")
        _ = reduce(&state, .keyPressed(.char("?")))
        let text = render(state).lines.joined(separator: "\n")
        for b in keymap(for: state) { #expect(text.contains(b.help)) }
    }

    @Test func theComposeLineSaysWhoWillRead() {
        var state = demoState("budi")
        _ = press(&state, [.char("r"), .ctrl("t"), .ctrl("t")])
        // The whole screen, with "To: BK (counsellors) only" on it.
        ScreenSnapshot.check("checks/theComposeLineSaysWhoWillRead", render(state).lines)
    }
}

@Suite struct ThemeTests {
    @Test func monoUsesNoColourAndMeaningStaysInWords() {
        var state = demoState("budi")
        state.theme = .mono
        let grid = render(state)
        #expect(grid.cells.allSatisfy { $0.style.fg == .default && $0.style.bg == .default })
        // The whole screen, with "urgent" on it.
        ScreenSnapshot.check("checks/monoUsesNoColourAndMeaningStaysInWords", grid.lines)
    }

    @Test func aThemeFileNamesRolesAndColours() throws {
        let theme = try Theme.build(name: "t", entries: ["bar": ThemeEntry(fg: "white", bg: "blue", bold: true)])
        #expect(theme.style(.bar) == Style(fg: .white, bg: .blue, bold: true))
        #expect(theme.style(.listSelected) == Theme.standard.style(.listSelected))
        #expect(throws: ThemeError.self) { try Theme.build(name: "t", entries: ["nope": ThemeEntry()]) }
        #expect(throws: ThemeError.self) { try Theme.build(name: "t", entries: ["bar": ThemeEntry(fg: "purple")]) }
    }
}

@Suite struct HelpOverlayTests {
    @Test(arguments: [(60, 16), (80, 24), (120, 40)])
    func everyBindingIsShownAtEverySize(width: Int, height: Int) {
        for language in Language.allCases {
        var state = demoState("budi", width: width, height: height)
        state.catalog = Catalog(language)
        _ = reduce(&state, .keyPressed(.char("?")))
        // Where the help does not fit it scrolls: every binding is on some page of it.
        var text = ""
        for _ in 0..<40 {
            text += render(state).lines.joined(separator: "\n")
            _ = reduce(&state, .keyPressed(.char("j")))
            #expect(state.mode == .help)
        }
        for b in keymap(for: state) { #expect(text.contains(b.help), "\(width)x\(height) \(language): \(b.help)") }
        }
    }
}

@Suite struct CaseNumberWidthTests {
    /// A large school passes case 9,999 in its first year: `#49001` and `#123456` are drawn whole.
    @Test(arguments: [49_001, 123_456])
    func theQueuePaneShowsEveryDigit(number: Int) {
        var state = demoState("budi", width: 120, height: 40)
        var school = state.school
        let old = state.queue.last!.number
        var c = school.cases.removeValue(forKey: old)!
        c.number = number
        school.cases[number] = c
        school.nextCaseNumber = number + 1
        state.school = school
        let lines = render(state).lines
        #expect(lines.contains { $0.contains("#\(number) ") }, "\(lines.joined(separator: "\n"))")
        // Every row's status starts in the same column, the long number's row too.
        let width = "#\(number)".count + 1
        let rows = state.queue.compactMap { q in lines.first { !$0.contains("┌") && $0.contains("#\(q.number) ") } }
        #expect(rows.count == state.queue.count)
        for row in rows {
            let chars = Array(row)
            let start = chars.firstIndex(of: "#")!
            #expect(chars[start + width - 1] == " " && chars[start + width] != " ", "\(row)")
        }
    }
}
