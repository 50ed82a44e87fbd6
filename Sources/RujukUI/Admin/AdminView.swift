import Foundation
import RujukDomain

/// The admin's screen: classes with their counts, the selected class's students, the staff;
/// forms and the import's preview drawn over them.
enum AdminView {
    static func render(_ state: AppState, into grid: inout Grid) {
        let overview = state.rosterOverview
        topBar(state, overview, &grid)
        let body = Rect(x: 0, y: 1, width: state.width, height: state.height - 2)
        let areas = layout(body, focus: state.admin.focus, classes: overview.classes.count)
        if let r = areas[.classes] { classes(state, overview, r, &grid) }
        if let r = areas[.students] { students(state, r, &grid) }
        if let r = areas[.staff] { staff(state, overview, r, &grid) }
        hintBar(state, &grid)
        if state.admin.form != nil { AdminFormView.render(state, body, &grid) }
        else if state.admin.preview != nil { AdminPreviewView.render(state, body, &grid) }
        else if state.admin.help { help(state, body, &grid) }
    }

    /// Three columns from 120; from 80 classes and students above, staff below; one pane below 80.
    static func layout(_ r: Rect, focus: AdminScreen.Pane, classes: Int) -> [AdminScreen.Pane: Rect] {
        if r.width >= 120 {
            let left = 30, right = max(44, (r.width - left) * 45 / 100), middle = r.width - left - right
            return [.classes: Rect(x: r.x, y: r.y, width: left, height: r.height),
                    .students: Rect(x: r.x + left, y: r.y, width: middle, height: r.height),
                    .staff: Rect(x: r.x + left + middle, y: r.y, width: right, height: r.height)]
        }
        if r.width >= 80 {
            // Every class in view where it fits (a header, the total and the borders besides).
            let top = max(6, min(classes + 4, r.height * 60 / 100)), left = 28
            return [.classes: Rect(x: r.x, y: r.y, width: left, height: top),
                    .students: Rect(x: r.x + left, y: r.y, width: r.width - left, height: top),
                    .staff: Rect(x: r.x, y: r.y + top, width: r.width, height: r.height - top)]
        }
        return [focus: r]
    }

    static func topBar(_ state: AppState, _ o: RosterOverview, _ grid: inout Grid) {
        grid.fill(Rect(x: 0, y: 0, width: grid.width, height: 1), style: state.theme.style(.bar))
        let t = state.catalog
        let active = o.staff.filter(\.isActive).count
        let args = [state.school.name, state.actor.name, "\(o.total.active)", "\(o.classes.filter { $0.active > 0 }.count)", "\(active)"]
        var line = Sanitizer.line(t.t(.adminTopBar(args[0], args[1], args[2], args[3], args[4])))
        if DisplayWidth.of(line) > grid.width { line = Sanitizer.line(t.t(.adminTopBarShort(args[0], args[1], args[2], args[3], args[4]))) }
        grid.put(line, x: 0, y: 0, style: state.theme.style(.bar))
    }


    /// The rows from `top` that keep `selected` in a box of `height` rows.
    static func firstRow(_ selected: Int, _ height: Int) -> Int { max(0, selected - height + 1) }

    static func classes(_ state: AppState, _ o: RosterOverview, _ r: Rect, _ grid: inout Grid) {
        let t = state.catalog
        grid.pane(r, title: t.t(.adminPaneClasses), focused: state.admin.focus == .classes, theme: state.theme)
        let inner = r.inner
        guard inner.height >= 3 else { return }
        let nameWidth = max(6, inner.width - 19)
        func row(_ name: String, _ all: String, _ boys: String, _ girls: String, _ left: String) -> String {
            QueuePane.pad(name, nameWidth) + right(all, 4) + right(boys, 4) + right(girls, 4) + right(left, 7)
        }
        grid.put(row(t.t(.adminColClass), t.t(.adminColAll), t.t(.adminColBoys), t.t(.adminColGirls), t.t(.adminColLeft)),
                 x: inner.x, y: inner.y, maxWidth: inner.width, style: state.theme.style(.textDim))
        if o.classes.isEmpty {
            let lines = ThreadPane.wrap(t.t(.adminNoStudents), inner.width)
            for (i, l) in lines.prefix(inner.height - 1).enumerated() {
                grid.put(l, x: inner.x, y: inner.y + 1 + i, maxWidth: inner.width, style: state.theme.style(.textDim))
            }
            return
        }
        let room = inner.height - 2
        let selected = min(state.admin.selectedClass, o.classes.count - 1)
        let top = firstRow(selected, room)
        for (i, c) in o.classes.enumerated().dropFirst(top).prefix(room) {
            let y = inner.y + 1 + i - top
            let style = i == selected ? state.theme.style(state.admin.focus == .classes ? .listSelected : .listSelectedInactive) : Style.plain
            grid.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: style)
            grid.put(row(Sanitizer.line(c.name), "\(c.active)", "\(c.boys)", "\(c.girls)", c.left == 0 ? "" : "\(c.left)"),
                     x: inner.x, y: y, maxWidth: inner.width, style: style)
        }
        // Classes below the pane's edge are counted on its border, as the queue's are (a new
        // class had sat unseen below the fold).
        grid.hiddenRows(r, above: top, below: max(0, o.classes.count - top - room), theme: state.theme)
        let total = o.total
        grid.put(row(t.t(.adminAllClasses), "\(total.active)", "\(total.boys)", "\(total.girls)", total.left == 0 ? "" : "\(total.left)"),
                 x: inner.x, y: inner.maxY - 1, maxWidth: inner.width, style: state.theme.style(.messageHeading))
    }

    /// ` · 1–7/8` when a list is longer than its pane, nothing when all of it is shown.
    static func shownRange(_ top: Int, _ room: Int, _ count: Int) -> String {
        count > room ? " · \(top + 1)–\(min(count, top + room))/\(count)" : ""
    }

    static func right(_ s: String, _ width: Int) -> String {
        let w = DisplayWidth.of(s)
        return w >= width ? " " + s : String(repeating: " ", count: width - w) + s
    }

    static func students(_ state: AppState, _ r: Rect, _ grid: inout Grid) {
        let t = state.catalog
        let list = state.adminStudents
        let title = state.adminClass.map { t.t(.adminPaneStudents(Sanitizer.line($0))) + " (\(list.filter(\.isActive).count))" }
            ?? t.t(.adminPaneStudents("-"))
        grid.pane(r, title: title, focused: state.admin.focus == .students, theme: state.theme)
        let inner = r.inner
        if list.isEmpty {
            grid.put(t.t(.adminNoClassStudents), x: inner.x, y: inner.y, maxWidth: inner.width, style: state.theme.style(.textDim))
            return
        }
        let focused = state.admin.focus == .students
        let selected = min(state.admin.selectedStudent, list.count - 1)
        let top = firstRow(selected, inner.height)
        // Longer than the pane: the title says which part is shown, so nobody stops at the edge.
        grid.pane(r, title: title + shownRange(top, inner.height, list.count), focused: state.admin.focus == .students, theme: state.theme)
        for (i, s) in list.enumerated().dropFirst(top).prefix(inner.height) {
            let y = inner.y + i - top
            let base = focused && i == selected ? state.theme.style(.listSelected) : s.isActive ? Style.plain : state.theme.style(.textDim)
            grid.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: base)
            // The NISN and gender in fixed columns; the name gets the rest; a leaver's mark after.
            let mark = s.left.map { "  " + t.t(.adminLeftMark(t.adminShortReason($0.reason), $0.on)) } ?? ""
            // In the reader's letters, as the class pane's columns head them (L/P, M/F).
            let gender = s.gender.map { t.t($0 == .male ? .adminColBoys : .adminColGirls) } ?? "-"
            let tail = mark.isEmpty || inner.width >= 70 ? "  " + QueuePane.pad(s.nisn ?? "-", 11) + gender : ""
            let nameWidth = max(10, inner.width - DisplayWidth.of(tail) - DisplayWidth.of(mark))
            grid.put(QueuePane.pad(Sanitizer.line(s.name), nameWidth) + tail + mark, x: inner.x, y: y, maxWidth: inner.width, style: base)
        }
        grid.hiddenRows(r, above: top, below: max(0, list.count - top - inner.height), theme: state.theme)
    }

    static func staff(_ state: AppState, _ o: RosterOverview, _ r: Rect, _ grid: inout Grid) {
        let t = state.catalog
        let inner = r.inner
        let focused = state.admin.focus == .staff
        let selected = min(state.admin.selectedStaff, o.staff.count - 1)
        // A narrow pane gives each person two lines: name and login, then what they do.
        let perRow = inner.width < 60 ? 2 : 1
        let names = o.staff.map { Sanitizer.line($0.name) + " (\($0.login))" }
        let nameWidth = min(inner.width / 2, (names.map(DisplayWidth.of).max() ?? 10) + 2)
        let top = firstRow(selected, max(1, inner.height / perRow))
        grid.pane(r, title: t.t(.adminPaneStaff) + " (\(o.staff.filter(\.isActive).count))"
                    + shownRange(top, inner.height / perRow, o.staff.count), focused: state.admin.focus == .staff, theme: state.theme)
        for (i, p) in o.staff.enumerated().dropFirst(top).prefix(inner.height / perRow) {
            let y = inner.y + (i - top) * perRow
            let base = focused && i == selected ? state.theme.style(.listSelected) : p.isActive ? Style.plain : state.theme.style(.textDim)
            grid.fill(Rect(x: inner.x, y: y, width: inner.width, height: perRow), style: base)
            if perRow == 2 {
                grid.put(names[i], x: inner.x, y: y, maxWidth: inner.width, style: base)
                grid.put("  " + describe(p, t, state.timeZone), x: inner.x, y: y + 1, maxWidth: inner.width, style: base)
            } else {
                grid.put(QueuePane.pad(names[i], nameWidth) + describe(p, t, state.timeZone), x: inner.x, y: y, maxWidth: inner.width, style: base)
            }
        }
        grid.hiddenRows(r, above: top, below: max(0, o.staff.count - top - inner.height / perRow), theme: state.theme)
    }

    /// Roles, homeroom and caseload in words: "counsellor · caseload VII VIII".
    static func describe(_ p: Staff, _ t: Catalog, _ timeZone: TimeZone) -> String {
        // "homeroom VIII-B" says the homeroom role already.
        var parts = [p.roles.filter { $0 != .homeroomTeacher || p.homeroom == nil }.map(t.role).joined(separator: ", ")]
        if let h = p.homeroom { parts.append(t.t(.adminHomeroom(Sanitizer.line(h)))) }
        if p.isCounsellor {
            parts.append(p.caseload.isEmpty ? t.t(.adminCaseloadAll) : t.t(.adminCaseload(p.caseload.map(Sanitizer.line).joined(separator: " "))))
        }
        if let left = p.left { parts.append(t.t(.adminStaffLeftMark(DayInput.format(left.on, timeZone: timeZone)))) }
        return parts.joined(separator: " · ")
    }

    /// The keys that can act now, in this order while they fit; `? help` and `q quit` always.
    static func hintBar(_ state: AppState, _ grid: inout Grid) {
        let y = grid.height - 1
        if let status = state.status {
            HintBar.sentence(status, state, into: &grid)
            return
        }
        if state.admin.form != nil || state.admin.preview != nil { return }
        let bindings = adminKeymap(for: state)
        func item(_ b: AdminBinding) -> String { b.label + " " + b.help + "  " }
        let essentials = bindings.filter { $0.command == .help || $0.command == .quit }
        var room = grid.width - 1 - essentials.map { DisplayWidth.of(item($0)) }.reduce(0, +)
        var shown: [AdminBinding] = []
        for command in [AdminCommand.edit, .leave, .back, .importStudents, .nextPane] {
            guard let b = bindings.first(where: { $0.command == command }), b.disabledReason == nil else { continue }
            let w = DisplayWidth.of(item(b))
            if w <= room { shown.append(b); room -= w }
        }
        var x = 1
        for b in shown + essentials { x += grid.put(item(b), x: x, y: y, style: .plain) }
    }

    static func help(_ state: AppState, _ body: Rect, _ grid: inout Grid) {
        let bindings = adminKeymap(for: state)
        let labels = bindings.map { $0.keys.map(Overlays.label).joined(separator: " ") }
        let width = (labels.map(DisplayWidth.of).max() ?? 6) + 1
        var lines = zip(bindings, labels).map { b, l in QueuePane.pad(l, width) + (b.disabledReason == nil ? " " : "×") + b.help }
        lines.insert(QueuePane.pad("1 2 3", width + 1) + state.catalog.t(.helpJumpPane), at: 0)
        // The same legend as the case screens' help: × is not for now, and the key says why.
        if bindings.contains(where: { $0.disabledReason != nil }) {
            lines.insert(QueuePane.pad("", width) + state.catalog.t(.helpNotNowLegend), at: 1)
        }
        let room = max(1, body.height - 4)
        let start = min(state.admin.scroll, max(0, lines.count - room + 1))
        var shown = Array(lines.dropFirst(start))
        // Taller than the box: the last line says that more follows (j/k scroll), as the case help does.
        if shown.count > room { shown = Array(shown.prefix(room - 1)) + ["↓ " + state.catalog.t(.scrollHint)] }
        Overlays.box(state.catalog.t(.adminHelpTitle), shown, body, &grid, state.theme)
    }
}
