import Foundation
import RujukDomain

/// Forms and overlays drawn over the panes.
enum Overlays {
    static func render(_ state: AppState, in body: Rect, into grid: inout Grid) {
        switch state.mode {
        case .help: help(state, body, &grid)
        case .flagForm, .confirmDiscardFlag: flagForm(state, body, &grid)
        case .caseView: caseView(state, body, &grid)
        case .assignPicker:
            var lines = ["Assign to (j/k, Enter; Esc cancels):"]
            for (i, p) in state.counsellors.enumerated() { lines.append((i == state.picker ? "> " : "  ") + "\(p.name) (\(p.login))") }
            box("Assign", lines, body, &grid)
        case .closeOutcome:
            let lines = ["Outcome (Esc cancels):"] + Outcome.allCases.enumerated().map { "  \($0.offset + 1) \($0.element.rawValue)" }
            box("Close case", lines, body, &grid)
        case .closeSummary(let o):
            box("Close case · \(o.rawValue)", ["Summary for the teacher who flagged (Enter closes):", "> " + Sanitizer.line(state.summary) + "▏"], body, &grid)
        default: break
        }
    }

    static func box(_ title: String, _ lines: [String], _ body: Rect, _ grid: inout Grid) {
        let width = min(body.width - 4, max(40, (lines.map(DisplayWidth.of).max() ?? 0) + 4))
        let height = min(body.height - 2, lines.count + 2)
        let r = Rect(x: body.x + (body.width - width) / 2, y: body.y + (body.height - height) / 2, width: width, height: height)
        grid.fill(r)
        grid.box(r, title: title, style: Styles.focused)
        for (i, l) in lines.prefix(height - 2).enumerated() {
            grid.put(l, x: r.x + 2, y: r.y + 1 + i, maxWidth: width - 4, style: l.hasPrefix(">") ? Styles.selected : .plain)
        }
    }

    static func help(_ state: AppState, _ body: Rect, _ grid: inout Grid) {
        var lines = keymap(for: state).map { b in
            QueuePane.pad(b.keys.map(label).joined(separator: " "), 14) + b.help + (b.disabledReason == nil ? "" : "  (not now)")
        }
        lines.insert(QueuePane.pad("1 2 3", 14) + "jump to a pane", at: 0)
        lines.append("Any key closes this help.")
        box("Help · keys", lines, body, &grid)
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
        }
    }

    static func flagForm(_ state: AppState, _ body: Rect, _ grid: inout Grid) {
        let f = state.flag
        func mark(_ field: FlagDraft.Field) -> String { f.field == field ? "▶ " : "  " }
        var lines = [mark(.student) + "Student: " + Sanitizer.line(f.query) + (f.field == .student ? "▏" : "")]
        if f.field == .student {
            for (i, s) in state.flagCandidates.enumerated() {
                lines.append((i == f.highlighted ? ">   " : "    ") + Sanitizer.line(s.name) + "  \(s.className)  \(s.nisn ?? "")")
            }
        }
        lines += [
            mark(.saw) + "What I saw: " + Sanitizer.line(f.saw) + (f.field == .saw ? "▏" : ""),
            mark(.tried) + "What I tried: " + Sanitizer.line(f.tried) + (f.field == .tried ? "▏" : ""),
            mark(.area) + "Area: ‹\(f.area.rawValue)›",
            mark(.urgency) + "Urgency: ‹\(f.urgency.rawValue)›",
            mark(.parents) + "Parents informed: " + (f.parentsInformed ? "[x]" : "[ ]"),
        ]
        if state.mode == .confirmDiscardFlag { lines.append("Discard this flag? y discards, any other key goes back.") }
        box("Flag a student", lines, body, &grid)
    }

    static func caseView(_ state: AppState, _ body: Rect, _ grid: inout Grid) {
        guard let c = state.thread ?? state.selectedCase else { return }
        let s = state.school.students[c.studentID]
        var lines = ["\(Sanitizer.line(s?.name ?? "?")) · \(s?.className ?? "?") · NISN \(s?.nisn ?? "-")",
                     "Status \(c.status(at: state.now).rawValue) · \(c.urgency.rawValue) · \(c.area.rawValue) · level \(c.level.rawValue)",
                     "Counsellor: " + (c.assignee.map(state.school.displayName) ?? "not picked up"), ""]
        var events: [(Date, String)] = c.flags.map { ($0.at, "Flag by \(state.school.displayName($0.by)): " + Sanitizer.line($0.saw)) }
        events += c.messages.map { ($0.at, "Message by \(state.school.displayName($0.author))" + ($0.text == nil ? " (confidential)" : "")) }
        events += c.plan.map { ($0.at, "Plan: \(Sanitizer.line($0.text)) — \(state.school.displayName($0.owner))\($0.done ? " ✓" : "")") }
        events += c.services.map { ($0.at, "Service: \($0.type.rawValue), \($0.minutes) min" + ($0.notes.map { ": " + Sanitizer.line($0) } ?? "")) }
        events += c.reviews.map { ($0.at, "Review \($0.horizon.rawValue): \($0.rating)/5" + ($0.text.map { " " + Sanitizer.line($0) } ?? "")) }
        events += c.levels.map { ($0.at, "Level → \($0.level.rawValue): " + Sanitizer.line($0.reason)) }
        for (at, text) in events.sorted(by: { $0.0 < $1.0 }) { lines.append(RelativeAge.short(from: at, to: state.now) + "  " + text) }
        if let o = c.outcome { lines.append("Closed: \(o.rawValue) · " + Sanitizer.line(c.summary ?? "")) }
        lines.append("Any key closes.")
        box("Case #\(c.number)", lines, body, &grid)
    }
}
