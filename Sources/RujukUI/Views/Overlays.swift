import Foundation
import RujukDomain

/// Forms and overlays drawn over the panes.
enum Overlays {
    static func render(_ state: AppState, in body: Rect, into grid: inout Grid) {
        switch state.mode {
        case .help: help(state, body, &grid)
        case .flagForm, .confirmDiscardFlag: flagForm(state, body, &grid)
        case .caseView: caseView(state, body, &grid)
        case .form: FormView.render(state, body, &grid)
        case .myActions: MyActionsView.render(state, body, &grid)
        case .record: RecordView.render(state, body, &grid)
        case .assignPicker(let number, let highlighted):
            var lines = [state.catalog.t(.assignPrompt)]
            for (i, p) in state.counsellors.enumerated() { lines.append((i == highlighted ? "> " : "  ") + Sanitizer.line(p.name) + " (\(Sanitizer.line(p.login)))") }
            // Which case, as the close dialog says it.
            let student = state.school.cases[number].flatMap { state.school.students[$0.studentID] }.map { " " + Sanitizer.line($0.name) } ?? ""
            box(state.catalog.t(.assignTitle) + " #\(number)" + student, lines, body, &grid, state.theme)
        case .closeOutcome:
            var lines = [state.catalog.t(.closePrompt)] + Outcome.allCases.enumerated().map {
                "  \($0.offset + 1) " + state.catalog.outcome($0.element)
            }
            // Open plan actions leave their owners' "my actions" with the case: the one
            // closing sees whose work ends, before choosing.
            let open = state.closing.flatMap { state.school.cases[$0] }?.plan.filter { !$0.done } ?? []
            if !open.isEmpty {
                let list = open.map { Sanitizer.line(state.school.displayName($0.owner)) + ": " + Sanitizer.clause($0.text) }.joined(separator: "; ")
                lines += [""] + ThreadPane.wrap(state.catalog.t(.closeEndsActions(list)), min(body.width - 8, 70))
            }
            // Which case, from the first step (the summary step says it too).
            box(state.catalog.t(.closeTitle) + (state.closing.map { " #\($0)" } ?? ""), lines, body, &grid, state.theme)
        case .closeSummary(let o), .confirmOutcomeOnly(let o):
            closeSummary(state, o, body, &grid)
        default: break
        }
    }

    /// The summary for the referrer, wrapped so the whole text and the cursor are in view;
    /// or the question before closing with the outcome alone.
    static func closeSummary(_ state: AppState, _ outcome: Outcome, _ body: Rect, _ grid: inout Grid) {
        let t = state.catalog
        let c = state.closing.flatMap { state.school.cases[$0] }
        let referrers = (c?.referrers ?? []).map(state.school.displayName).joined(separator: ", ")
        let width = min(body.width - 4, 78)
        let word = t.outcome(outcome)
        var lines = ThreadPane.wrap(t.t(.summaryFor(referrers)), width - 4)
        if case .confirmOutcomeOnly = state.mode {
            lines += ThreadPane.wrap(t.t(.confirmOutcomeOnly(referrers, word)), width - 4)
        } else {
            let wrapped = ThreadPane.wrap("> " + Sanitizer.line(state.summary) + "▏", width - 4)
            let room = max(1, body.height - 6)
            lines += wrapped.suffix(room)
            lines += ThreadPane.wrap(t.t(.summaryHint), width - 4)
        }
        let title = t.t(.closeTitle) + (c.map { " #\($0.number)" } ?? "") + " · " + word
        let height = min(body.height - 2, lines.count + 2)
        let r = Rect(x: body.x + (body.width - width) / 2, y: body.y + (body.height - height) / 2, width: width, height: height)
        clear(around: r, &grid)
        grid.box(r, title: title, style: state.theme.style(.paneBorderFocused))
        for (i, l) in lines.prefix(height - 2).enumerated() {
            grid.put(l, x: r.x + 2, y: r.y + 1 + i, maxWidth: width - 4)
        }
    }

    /// Blanks a box's place, and the text (not the pane borders) one column either side: a
    /// letter of the pane beneath left against its border reads as part of the box (an "X"
    /// beside it, as a close button).
    static func clear(around r: Rect, _ grid: inout Grid) {
        grid.fill(r)
        for x in [r.x - 1, r.x + r.width] where x >= 0 && x < grid.width {
            for y in r.y..<r.maxY where y >= 0 && y < grid.height {
                let border = grid[x, y].text.unicodeScalars.first.map { (0x2500...0x257F).contains($0.value) } ?? false
                if !border { grid[x, y] = Cell(" ", grid[x, y].style) }
            }
        }
    }

    static func box(_ title: String, _ lines: [String], _ body: Rect, _ grid: inout Grid, _ theme: Theme, width fixed: Int? = nil) {
        let width = fixed ?? min(body.width - 4, max(40, (lines.map(DisplayWidth.of).max() ?? 0) + 4))
        let height = min(body.height - 2, lines.count + 2)
        let r = Rect(x: body.x + (body.width - width) / 2, y: body.y + (body.height - height) / 2, width: width, height: height)
        clear(around: r, &grid)
        grid.box(r, title: title, style: theme.style(.paneBorderFocused))
        for (i, l) in lines.prefix(height - 2).enumerated() {
            // A line too long for the box ends in "…", never cut mid-word without a sign.
            grid.put(DisplayWidth.fit(l, width - 4), x: r.x + 2, y: r.y + 1 + i, maxWidth: width - 4, style: l.hasPrefix(">") ? theme.style(.listSelected) : .plain)
        }
    }

    static func help(_ state: AppState, _ body: Rect, _ grid: inout Grid) {
        let bindings = keymap(for: state)
        let labelWidth = bindings.map { DisplayWidth.of($0.keys.map(label).joined(separator: " ")) }.max() ?? 6
        let twoColumns = bindings.count + 4 > body.height
        // Keys not allowed now stay in the help, marked ×, with their reason where there is room.
        var lines = bindings.map { b in
            QueuePane.pad(b.keys.map(label).joined(separator: " "), labelWidth + 1) + (b.disabledReason == nil ? " " : "×") + b.help
        }
        lines.insert(QueuePane.pad("1 2 3", labelWidth + 2) + state.catalog.t(.helpJumpPane), at: 0)
        let anyNotNow = bindings.contains { $0.disabledReason != nil }
        // Two columns when one would not fit the screen's height.
        let half = (lines.count + 1) / 2
        let leftWidth = lines.prefix(half).map(DisplayWidth.of).max() ?? 0
        let rightWidth = lines.dropFirst(half).map(DisplayWidth.of).max() ?? 0
        // …and only when both fit side by side; otherwise one column that scrolls.
        if twoColumns && leftWidth + 2 + rightWidth <= body.width - 8 {
            let width = leftWidth
            lines = (0..<half).map { i in
                QueuePane.pad(lines[i], width + 2) + (half + i < lines.count ? lines[half + i] : "")
            }
            if anyNotNow { lines.insert(QueuePane.pad("", labelWidth + 1) + state.catalog.t(.helpNotNowLegend), at: 1) }
        } else {
            // One column: each reason beside its key, a long one wrapped under its words (every
            // × has its reason, as the legend says); the legend near the top.
            let room = body.width - 8
            var wrapped: [[String]] = lines.map { [$0] }
            var beside = lines
            for (i, b) in bindings.enumerated() {
                guard let reason = b.disabledReason else { continue }
                let first = lines[i + 1]
                let indent = labelWidth + 2 + DisplayWidth.of(b.help) + 3
                if DisplayWidth.of(first) + 3 + DisplayWidth.of(reason) <= room {
                    beside[i + 1] = first + " — " + reason
                    wrapped[i + 1] = [beside[i + 1]]
                } else if room - indent >= 20 {
                    let parts = ThreadPane.wrap(reason, room - indent)
                    wrapped[i + 1] = [first + " — " + parts[0]] + parts.dropFirst().map { String(repeating: " ", count: indent) + $0 }
                } else {
                    wrapped[i + 1] = [first] + ThreadPane.wrap(reason, room - labelWidth - 4).map { String(repeating: " ", count: labelWidth + 4) + $0 }
                }
            }
            // Wrapped reasons that would push the last keys (F12 among them) out of sight give
            // way: the reasons that fit beside their key, and the legend says to press the key.
            let all = wrapped.flatMap { $0 }
            let whole = all.count + 2 <= body.height - 4
            lines = whole ? all : beside
            if anyNotNow {
                lines.insert(QueuePane.pad("", labelWidth + 1) + state.catalog.t(whole ? .helpNotNowReason : .helpNotNowLegend), at: 1)
            }
        }
        // Still too tall (a 60×16 terminal): the help scrolls with j/k. The box has
        // body.height - 4 lines inside, the last of them the scroll hint.
        let room = body.height - 4
        if lines.count > room {
            let start = min(state.overlayScroll, lines.count - room + 1)
            let more = start + room - 1 < lines.count
            lines = Array(lines[start..<min(lines.count, start + room - 1)])
            lines.append((more ? "↓ " : "") + state.catalog.t(.scrollHint))
        } else {
            lines.append(state.catalog.t(.scrollHint))
        }
        box(state.catalog.t(.helpTitle), lines, body, &grid, state.theme)
    }

    static func label(_ key: Key) -> String {
        switch key {
        case .char(let c): String(c)
        case .ctrl(let c): "C-\(c)"
        case .enter: "Enter"
        case .altEnter: "Alt-Enter"
        case .escape: "Esc"
        case .tab: "Tab"
        case .backTab: "S-Tab"
        case .backspace: "Bksp"
        case .delete: "Del"
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .home: "Home"
        case .end: "End"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .function(let n): "F\(n)"
        case .paste: "Paste"
        }
    }

    /// The flag form: one width whatever is typed; long texts wrap, and the lines around the
    /// cursor stay in view when the form is taller than the screen.
    static func flagForm(_ state: AppState, _ body: Rect, _ grid: inout Grid) {
        let f = state.flag
        let t = state.catalog
        let width = min(body.width - 4, 78)
        let inner = width - 4
        var lines: [(String, Style)] = []
        var cursorLine = 0
        func mark(_ field: FlagDraft.Field) -> String { f.field == field ? "▶ " : "  " }
        /// A field label and its text, wrapped under the label; the cursor at the end when focused.
        func text(_ field: FlagDraft.Field, _ label: String, _ value: String) {
            let focused = f.field == field
            let pieces = ThreadPane.wrap(label + Sanitizer.line(value) + (focused ? "▏" : ""), inner - 4)
            for (i, piece) in pieces.enumerated() { lines.append(((i == 0 ? mark(field) : "    ") + piece, .plain)) }
            if focused { cursorLine = lines.count - 1 }
        }
        let student = f.studentID.flatMap { state.school.students[$0] }
        if f.field == .student {
            text(.student, t.t(.fieldStudent), f.query)
            if f.suggested { lines.append(("    " + t.t(.flagSuggested), state.theme.style(.textDim))) }
            let (candidates, more) = state.flagSearch
            // Names, classes and NISNs in columns.
            let nameWidth = min(max(8, inner - 30), candidates.map { DisplayWidth.of(Sanitizer.line($0.name)) }.max() ?? 0)
            let classWidth = candidates.map { DisplayWidth.of(Sanitizer.line($0.className)) }.max() ?? 0
            for (i, s) in candidates.enumerated() {
                // `pad` keeps a column free after the widest: one space more follows each.
                let name = QueuePane.pad(DisplayWidth.fit(Sanitizer.line(s.name), nameWidth), nameWidth + 1)
                let row = (i == f.highlighted ? ">   " : "    ") + name + " " + QueuePane.pad(Sanitizer.line(s.className), classWidth + 1) + " \(s.nisn ?? "")"
                lines.append((row, i == f.highlighted ? state.theme.style(.listSelected) : .plain))
            }
            // More students match than are listed: said, so a student further down is not missed.
            if more > 0 { lines.append(("    " + t.t(.flagMoreMatches("\(more)")), state.theme.style(.textDim))) }
            // Room for a full list of candidates, so the form keeps its size while typing.
            lines += Array(repeating: ("", Style.plain), count: max(0, 8 - candidates.count - (more > 0 ? 1 : 0) - (f.suggested ? 1 : 0)))
        } else if let student {
            // Whom the flag is for, and which case it joins, before Ctrl-S sends it.
            lines.append(("  " + t.t(.flagFor(Sanitizer.line(student.name), student.className, student.nisn ?? "-")), Style(bold: true)))
            let join: String
            if let c = state.flagJoins {
                join = t.t(.flagJoinsCase("\(c.number)", c.assignee.map(state.school.displayName) ?? t.t(.notPickedUp)))
            } else {
                join = state.seesEveryCase ? t.t(.flagOpensCase) : t.t(.flagOpensOrJoins)
            }
            for piece in ThreadPane.wrap(join, inner - 4) { lines.append(("    " + piece, state.theme.style(.status))) }
        } else {
            text(.student, t.t(.fieldStudent), f.query)
        }
        text(.saw, t.t(.fieldSaw), f.saw)
        lines.append(("    " + (f.visibility == .bkOnly ? t.t(.flagSawBKOnly) : t.t(.flagSawTeam)),
                      f.visibility == .bkOnly ? state.theme.style(.messageConfidential) : state.theme.style(.textDim)))
        text(.tried, t.t(.fieldTried), f.tried)
        let rest: [(FlagDraft.Field, String)] = [
            (.area, t.t(.fieldArea) + "‹\(f.area.rawValue)›"),
            (.concern, t.t(.fieldConcern) + "‹\(Sanitizer.line(t.concern(f.concern)))›"),
            (.urgency, t.t(.fieldUrgency) + "‹\(t.urgency(f.urgency))›"),
            (.parents, t.t(.fieldParents) + (f.parentsInformed ? "[x]" : "[ ]")),
        ]
        for (field, line) in rest {
            lines.append((mark(field) + line, .plain))
            if f.field == field { cursorLine = lines.count - 1 }
        }
        if state.mode == .confirmDiscardFlag {
            lines.append((t.t(.discardFlag), state.theme.style(.status)))
            cursorLine = lines.count - 1
        }
        let room = max(1, body.height - 4)
        let start = lines.count <= room ? 0 : max(0, min(cursorLine - room + 2, lines.count - room))
        let shown = Array(lines[start..<min(lines.count, start + room)])
        let height = shown.count + 2
        let r = Rect(x: body.x + (body.width - width) / 2, y: body.y + max(0, (body.height - height) / 2), width: width, height: height)
        clear(around: r, &grid)
        grid.box(r, title: t.t(.flagTitle), style: state.theme.style(.paneBorderFocused))
        for (i, (line, style)) in shown.enumerated() {
            grid.put(line, x: r.x + 2, y: r.y + 1 + i, maxWidth: inner, style: style)
        }
    }

    static func caseView(_ state: AppState, _ body: Rect, _ grid: inout Grid) {
        guard let c = state.thread ?? state.selectedCase else { return }
        let s = state.school.students[c.studentID]
        let t = state.catalog
        var lines: [(String, Style)] = [
            ("\(Sanitizer.line(s?.name ?? "?")) · \(s?.className ?? "?") · NISN \(s?.nisn ?? "-")", Style(bold: true)),
            ("\(t.status(of: c, at: state.now)) · \(t.urgency(c.urgency)) · \(c.area.rawValue) · \(Sanitizer.line(t.concern(c.concern))) · " + t.t(.levelNow(t.level(c.level))), .plain),
            (t.t(.counsellorLabel) + (c.assignee.map(state.school.displayName) ?? t.t(.notPickedUp))
                // A closed case has no review to come.
                + (c.reviewDate.flatMap { c.isClosed ? nil : " · " + t.t(.reviewDateLabel(DayInput.format($0, timeZone: state.timeZone))) } ?? ""), .plain),
            ("", .plain),
        ]
        // Every entry but the opening line (already said above), whatever its date.
        var events: [(Date, String, Style)] = StudentRecord.entries([c]).filter { if case .opened = $0.item { false } else { true } }.map { entry in
            let (text, style) = state.styledLine(entry)
            return (entry.at, text, style)
        }
        // Each message with its author's role, and its text when this person may read it.
        events += c.messages.map { m in
            let role = state.school.staff[m.author].map { " (" + t.role($0.primaryRole) + ")" } ?? ""
            let head = t.t(.messageBy(state.school.displayName(m.author) + role))
            return m.text.map { (m.at, head + ": " + Sanitizer.line($0), Style.plain) }
                ?? (m.at, head + t.t(.confidentialMark), state.theme.style(.textDim))
        }
        // The ages in a column of their own width ("2mg" and "kini" line up).
        let sorted = events.sorted(by: { $0.0 < $1.0 })
        let ages = sorted.map { RelativeAge.short(from: $0.0, to: state.now, indonesian: state.indonesian) }
        let ageWidth = ages.map(DisplayWidth.of).max() ?? 0
        for ((_, text, style), age) in zip(sorted, ages) {
            // `pad` keeps a column free after the widest: one space more follows.
            lines.append((QueuePane.pad(age, ageWidth + 1) + " " + text, style))
        }
        scrollBox(t.t(.caseTitle("\(c.number)")), lines, footer: t.t(.scrollHint), state, body, &grid)
    }

    /// A box as tall as the body whose lines wrap under a hanging indent and scroll with
    /// `state.overlayScroll`.
    static func scrollBox(_ title: String, _ lines: [(String, Style)], footer: String, _ state: AppState, _ body: Rect, _ grid: inout Grid) {
        // Over the panes exactly: its border replaces theirs instead of doubling it.
        let r = body
        grid.fill(r)
        grid.box(r, title: title, style: state.theme.style(.paneBorderFocused))
        let width = r.width - 4
        let wrapped = lines.flatMap { (text, style) in ThreadPane.wrap(text, width, rest: width - 2).enumerated().map { ($0.offset == 0 ? $0.element : "  " + $0.element, style) } }
        let room = r.height - 3
        let start = min(state.overlayScroll, max(0, wrapped.count - room))
        for (i, (text, style)) in wrapped.dropFirst(start).prefix(room).enumerated() {
            grid.put(text, x: r.x + 2, y: r.y + 1 + i, maxWidth: width, style: style)
        }
        let more = start + room < wrapped.count ? "↓ " : ""
        grid.put(more + footer, x: r.x + 2, y: r.y + r.height - 2, maxWidth: width, style: state.theme.style(.textDim))
    }
}
