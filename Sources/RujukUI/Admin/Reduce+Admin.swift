import Foundation
import RujukDomain

/// The admin's screen: panes, forms and the import preview.
func adminKey(_ state: inout AppState, _ key: Key) -> [Effect] {
    if state.admin.form != nil { return adminFormKey(&state, key) }
    if state.admin.preview != nil { return previewKey(&state, key) }
    if state.admin.help {
        switch key {
        case .char("j"), .down: state.admin.scroll += 1
        case .char("k"), .up: state.admin.scroll = max(0, state.admin.scroll - 1)
        default: state.admin.help = false
        }
        return []
    }
    state.status = nil
    if case .char(let ch) = key, let n = Int(String(ch)), (1...3).contains(n) {
        state.admin.focus = AdminScreen.Pane(rawValue: n - 1)!
        return []
    }
    // The reports key is everyone's: for the admin it says why nothing opens.
    if key == .char("R") { return state.openReports() }
    guard let b = adminKeymap(for: state).first(where: { $0.keys.contains(key) }) else { return [] }
    if let reason = b.disabledReason {
        state.status = reason
        return []
    }
    let today = DayInput.format(state.now, timeZone: state.timeZone)
    switch b.command {
    case .quit:
        if state.guardian.sharedTerminal { state.lock(.start); return [] }
        state.shouldQuit = true
        return [.quit]
    case .nextPane: state.admin.focus = AdminScreen.Pane(rawValue: (state.admin.focus.rawValue + 1) % 3)!
    case .previousPane: state.admin.focus = AdminScreen.Pane(rawValue: (state.admin.focus.rawValue + 2) % 3)!
    case .down: adminMove(&state, 1)
    case .up: adminMove(&state, -1)
    case .pageDown: adminMove(&state, 10)
    case .pageUp: adminMove(&state, -10)
    case .top: adminMove(&state, -1_000_000)
    case .bottom: adminMove(&state, 1_000_000)
    case .open:
        // Enter on a class shows its students; on a person, their form.
        switch state.admin.focus {
        case .classes: state.admin.focus = .students
        case .students, .staff: return adminKey(&state, .char("e"))
        }
    case .edit:
        if state.admin.focus == .students, let s = state.adminStudent { state.admin.form = .editStudent(s) }
        if state.admin.focus == .staff, let p = state.adminStaff { state.admin.form = .editStaff(p) }
    case .leave:
        if state.admin.focus == .students, let s = state.adminStudent { state.admin.form = .studentLeaves(s, today: today) }
        if state.admin.focus == .staff, let p = state.adminStaff { state.admin.form = .staffLeaves(p, school: state.school) }
    case .back:
        if let s = state.adminStudent { state.admin.form = .studentBack(s) }
    case .importStudents: state.admin.form = .importStudents(today: today)
    case .help: state.admin.help = true; state.admin.scroll = 0
    case .redraw: break
    }
    return []
}

private func adminMove(_ state: inout AppState, _ delta: Int) {
    func step(_ i: Int, _ count: Int) -> Int { max(0, min(i + delta, count - 1)) }
    switch state.admin.focus {
    case .classes:
        let before = state.admin.selectedClass
        state.admin.selectedClass = step(before, state.rosterOverview.classes.count)
        if state.admin.selectedClass != before { state.admin.selectedStudent = 0 }
    case .students: state.admin.selectedStudent = step(state.admin.selectedStudent, state.adminStudents.count)
    case .staff: state.admin.selectedStaff = step(state.admin.selectedStaff, state.rosterOverview.staff.count)
    }
}

/// Tab/Enter next field, ←/→/Space choose, Ctrl-S send, Esc leave (asking when changed).
private func adminFormKey(_ state: inout AppState, _ key: Key) -> [Effect] {
    guard var form = state.admin.form else { return [] }
    defer { if state.admin.form != nil { state.admin.form = form } }
    if form.sent { return [] }
    if form.confirmingDiscard {
        if key == .char("y") { state.admin.form = nil; return [] }
        form.confirmingDiscard = false
        return []
    }
    state.status = nil
    let last = form.fields.count - 1
    switch key {
    case .escape:
        if form.isChanged { form.confirmingDiscard = true } else { state.admin.form = nil }
        return []
    case .ctrl("s"): return adminSubmit(&state, &form)
    case .tab, .down: form.focus = min(form.focus + 1, last); return []
    case .backTab, .up: form.focus = max(form.focus - 1, 0); return []
    case .enter:
        if form.focus == last { return adminSubmit(&state, &form) }
        form.focus += 1
        return []
    default: break
    }
    form.fields[form.focus].value.edit(key)
    return []
}

private func adminSubmit(_ state: inout AppState, _ form: inout AdminForm) -> [Effect] {
    switch form.submit(state.school, actor: state.actor.login, now: state.now, timeZone: state.timeZone) {
    case .problem(let why):
        state.status = state.catalog.adminProblem(why)
        if let field = why.field, let i = form.fields.firstIndex(where: { $0.id == field }) { form.focus = i }
        return []
    case .events(let events):
        form.sent = true
        state.status = state.catalog.t(.sending)
        return [.append(events)]
    case .readImport(let path, let missing, let on):
        form.sent = true
        state.status = state.catalog.t(.adminReading(path))
        return [.previewImport(path: path, missingLeft: missing, on: on)]
    }
}

/// The import's preview: j/k scroll, y applies, Esc (or any other key) goes back to the form's file.
private func previewKey(_ state: inout AppState, _ key: Key) -> [Effect] {
    guard var preview = state.admin.preview else { return [] }
    switch key {
    case .char("j"), .down: state.admin.scroll += 1
    case .char("k"), .up: state.admin.scroll = max(0, state.admin.scroll - 1)
    case .pageDown: state.admin.scroll += 10
    case .pageUp: state.admin.scroll = max(0, state.admin.scroll - 10)
    case .char("y"):
        guard !preview.sent else { return [] }
        guard preview.plan.changesSomething else { state.admin.preview = nil; return [] }
        preview.sent = true
        state.admin.preview = preview
        state.status = state.catalog.t(.adminApplying("\(preview.plan.events.count)"))
        return [.append(preview.plan.events.map { Event(at: state.now, actor: state.actor.login, payload: $0) })]
    case .escape, .char("n"), .char("q"):
        guard !preview.sent else { return [] }
        state.admin.preview = nil
        state.status = state.catalog.t(.adminImportCancelled(preview.file))
    default: break
    }
    return []
}

extension AppState {
    /// The store wrote what the admin's screen sent: the form or preview closes, a line says what changed.
    mutating func adminAppended(_ events: [Event]) {
        let t = catalog
        if let preview = admin.preview, preview.sent {
            admin.preview = nil
            status = t.t(.adminImported("\(events.count)", preview.file))
            return
        }
        guard admin.form?.sent == true else { return }
        admin.form = nil
        // The highlight stays on the student it was on (one who left moves to the end of the class).
        if let id = events.compactMap({ e -> String? in
            switch e.payload {
            case .studentLeft(let l): l.id
            case .studentReturned(let r): r.id
            default: nil
            }
        }).first, let i = adminStudents.firstIndex(where: { $0.id == id }) {
            admin.selectedStudent = i
        }
        for event in events {
            switch event.payload {
            case .studentChanged(let s): status = t.t(.adminStudentSaved(Sanitizer.line(s.name), s.className))
            case .studentLeft(let l):
                let name = school.students[l.id].map { Sanitizer.line($0.name) } ?? l.id
                let open = school.cases.values.filter { $0.studentID == l.id && !$0.isClosed }.map { "#\($0.number)" }.sorted()
                status = t.t(.adminStudentLeft(name, t.adminReason(l.departure.reason), l.departure.on))
                    + (open.isEmpty ? "" : " " + t.t(.adminLeaverCases(open.joined(separator: ", "))))
            case .studentReturned(let r):
                status = t.t(.adminStudentBack(school.students[r.id].map { Sanitizer.line($0.name) } ?? r.id, r.className))
            case .staffChanged(let p): status = t.t(.adminStaffSaved(Sanitizer.line(p.name)))
            case .staffLeft(let l):
                status = t.t(.adminStaffLeftDone(school.displayName(l.login)))
                    + (l.handoverTo.map { " " + t.t(.adminHandedOver(school.displayName($0))) } ?? "")
            default: break
            }
        }
    }

    /// The store refused: the form or the preview stays, with everything typed, and the reason below.
    mutating func adminRefused() {
        admin.form?.sent = false
        admin.preview?.sent = false
    }

    /// The file was read and planned: its preview replaces the form.
    mutating func adminPreviewed(file: String, plan: SyncPlan) {
        admin.form = nil
        admin.preview = ImportPreview(file: file, plan: plan)
        admin.scroll = 0
        status = nil
    }
}
