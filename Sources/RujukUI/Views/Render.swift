import Foundation
import RujukDomain

/// The whole screen for a state: a pure function, tested as text.
public func render(_ state: AppState) -> Grid {
    var grid = Grid(width: state.width, height: state.height)
    if let screen = state.lock {
        LockView.render(state, screen, into: &grid)
        return grid
    }
    guard state.width >= 60, state.height >= 16 else {
        let msg = state.catalog.t(.tooSmall("\(state.width)", "\(state.height)"))
        grid.put(msg, x: 0, y: state.height / 2, maxWidth: state.width)
        return grid
    }
    if state.showsAdminScreen {
        AdminView.render(state, into: &grid)
        return grid
    }
    TopBar.render(state, into: &grid)
    let body = Rect(x: 0, y: 1, width: state.width, height: state.height - 2)
    // A report's narrative is written over the report it belongs to.
    let writingNarrative = state.form?.kind == .narrative && state.reports != nil
    if state.mode == .reports || writingNarrative {
        ReportsView.render(state, in: body, into: &grid)
        // The form says its own keys; the reports' keys do not apply while it is open.
        if !writingNarrative || state.status != nil { HintBar.render(state, into: &grid) }
        if writingNarrative { Overlays.render(state, in: body, into: &grid) }
        return grid
    }
    let areas = Layout.panes(body, state: state)
    if let r = areas[.students] { StudentsPane.render(state, in: r, into: &grid) }
    if let r = areas[.queue] { QueuePane.render(state, in: r, into: &grid) }
    if let r = areas[.thread] { ThreadPane.render(state, in: r, into: &grid) }
    HintBar.render(state, into: &grid)
    Overlays.render(state, in: body, into: &grid)
    return grid
}

/// Three columns from 120, two (thread below) from 80, one pane at a time below.
enum Layout {
    static func panes(_ r: Rect, state: AppState) -> [Pane: Rect] {
        if r.width >= 120 {
            // A wide terminal gives the students' names room too, not only the thread.
            let left = min(40, max(26, r.width / 5)), middle = (r.width - left) / 2
            return [.students: Rect(x: r.x, y: r.y, width: left, height: r.height),
                    .queue: Rect(x: r.x + left, y: r.y, width: middle, height: r.height),
                    .thread: Rect(x: r.x + left + middle, y: r.y, width: r.width - left - middle, height: r.height)]
        }
        if r.width >= 80 {
            let top = max(6, r.height * 45 / 100), left = 28
            return [.students: Rect(x: r.x, y: r.y, width: left, height: top),
                    .queue: Rect(x: r.x + left, y: r.y, width: r.width - left, height: top),
                    .thread: Rect(x: r.x, y: r.y + top, width: r.width, height: r.height - top)]
        }
        return [state.focus: r]
    }
}

enum TopBar {
    static func render(_ state: AppState, into grid: inout Grid) {
        grid.fill(Rect(x: 0, y: 0, width: grid.width, height: 1), style: state.theme.style(.bar))
        let t = state.catalog
        let (name, role, new, unread) = (state.actor.name, t.role(state.actor.primaryRole), "\(state.newCount)", "\(state.unreadCount)")
        var counts = ""
        if !state.myActions.isEmpty {
            let overdue = state.myActions.filter(\.overdue).count
            counts = t.t(.topBarActions("\(state.myActions.count)")) + (overdue > 0 ? t.t(.topBarOverdue("\(overdue)")) : "")
        }
        // What matters first: the person and the counts; the school's name goes when space is short.
        var line = Sanitizer.line(t.t(.topBar(state.school.name, name, role, new, unread)) + counts)
        if DisplayWidth.of(line) > grid.width { line = Sanitizer.line(t.t(.topBarShort(name, role, new, unread)) + counts) }
        if DisplayWidth.of(line) > grid.width { line = Sanitizer.line(t.t(.topBarTiny(name, new, unread)) + counts) }
        grid.put(line, x: 0, y: 0, style: state.theme.style(.bar))
    }
}

enum HintBar {
    static func render(_ state: AppState, into grid: inout Grid) {
        let y = grid.height - 1
        if let status = state.status ?? state.damage {
            sentence(status, state, into: &grid)
            return
        }
        let text: String
        switch state.mode {
        case .compose:
            let confides = state.threadCase.map { state.school.mayConfideInBK(state.actor, $0) } ?? false
            text = state.catalog.t(.hintCompose) + (state.actor.isCounsellor || confides ? state.catalog.t(.hintComposeVisibility) : "")
        case .flagForm, .confirmDiscardFlag: text = state.catalog.t(.hintFlagForm)
        case .form, .closeOutcome, .closeSummary, .confirmOutcomeOnly, .assignPicker, .help, .caseView, .record:
            // The dialog or view says its own keys; the main screen's do not apply while it is open.
            return
        case .filter: text = state.catalog.t(.hintFilter)
        case .reports:
            let document = state.reports?.page == .document
            text = state.catalog.r(state.actor.isCounsellor ? (document ? .documentHintCounsellor : .hintCounsellor) : (document ? .documentHint : .hint))
        default:
            // Only keys the person may use now are offered (the others are in help, with their
            // reason); `? help` and `q quit` always fit, the rest as room allows, in this order.
            let offered: [Command] = [.flag, .pickUp, .reply, .assign, .close, .reopen, .switchQueue, .filter]
            let bindings = keymap(for: state)
            func item(_ b: Binding) -> String { b.label + " " + b.help + "  " }
            let essentials = bindings.filter { $0.command == .help || $0.command == .quit }
            var room = grid.width - 1 - (state.reportCases != nil ? DisplayWidth.of(state.catalog.r(.queueBack)) + 2 : 0) - essentials.map { DisplayWidth.of(item($0)) }.reduce(0, +) + 2
            var shown: [Binding] = []
            for command in offered {
                guard let b = bindings.first(where: { $0.command == command }), b.disabledReason == nil else { continue }
                let w = DisplayWidth.of(item(b))
                if w <= room { shown.append(b); room -= w }
            }
            var x = 1
            // The cases behind a report figure: Esc goes back to the reports, said first.
            if state.reportCases != nil { x += grid.put(state.catalog.r(.queueBack) + "  ", x: x, y: y, style: .plain) }
            for b in shown + essentials { x += grid.put(item(b), x: x, y: y, style: .plain) }
            return
        }
        grid.put(fitted(text, grid.width), x: 0, y: y, style: Style.plain)
    }

    /// A sentence on the bottom line; one longer than the line takes the row above it too (the
    /// panes' bottom border, for as long as it is shown): what to do is said last, and was the
    /// part cut.
    static func sentence(_ status: String, _ state: AppState, into grid: inout Grid) {
        let y = grid.height - 1
        let pieces = ThreadPane.wrap(Sanitizer.line(status), max(1, grid.width - 2))
        if pieces.count > 1, y > 1 {
            grid.fill(Rect(x: 0, y: y - 1, width: grid.width, height: 1), style: state.theme.style(.status))
            grid.put(" " + pieces[0], x: 0, y: y - 1, style: state.theme.style(.status))
            grid.put(" " + DisplayWidth.fit(pieces.dropFirst().joined(separator: " "), grid.width - 1), x: 0, y: y, style: state.theme.style(.status))
            return
        }
        grid.put(" " + DisplayWidth.fit(Sanitizer.line(status), grid.width - 1), x: 0, y: y, style: state.theme.style(.status))
    }

    /// A line of keys as wide as the screen allows: whole items only (a key is never cut from
    /// what it does), the last one (how to leave) always kept, those before it as room allows.
    static func fitted(_ text: String, _ width: Int) -> String {
        guard DisplayWidth.of(text) > width else { return text }
        let separator = text.contains(" · ") ? " · " : "  "
        let items = text.dropFirst(text.hasPrefix(" ") ? 1 : 0).components(separatedBy: separator)
        guard let last = items.last, items.count > 1 else { return DisplayWidth.fit(text, width) }
        var kept: [String] = []
        for item in items.dropLast() {
            let candidate = " " + (kept + [item, last]).joined(separator: separator)
            guard DisplayWidth.of(candidate) <= width else { break }
            kept.append(item)
        }
        let line = " " + (kept + [last]).joined(separator: separator)
        return DisplayWidth.of(line) <= width ? line : DisplayWidth.fit(text, width)
    }
}
