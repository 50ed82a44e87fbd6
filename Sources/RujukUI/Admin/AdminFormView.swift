import Foundation
import RujukDomain

/// An admin form: one line per field, the focused one marked, choices in ‹ ›, a line that
/// explains the focused field, and for a staff member who leaves what they hand over.
enum AdminFormView {
    static func render(_ state: AppState, _ body: Rect, _ grid: inout Grid) {
        guard let form = state.admin.form else { return }
        let t = state.catalog
        let width = min(body.width - 4, 78)
        let inner = width - 4
        var lines: [String] = []
        if case .staffLeaves(let login) = form.kind {
            let (held, owned) = state.school.handover(of: login)
            let list = { (n: [Int]) in n.isEmpty ? "-" : n.map { "#\($0)" }.joined(separator: ", ") }
            lines += ThreadPane.wrap(held.isEmpty && owned.isEmpty ? t.t(.adminHoldsNothing) : t.t(.adminHolds(list(held), list(owned))), inner)
        }
        let labelWidth = form.fields.map { DisplayWidth.of(t.adminField($0.id)) }.max() ?? 10
        for (i, field) in form.fields.enumerated() {
            let focused = i == form.focus
            let value: String
            switch field.value {
            case .text(let s): value = Sanitizer.line(s) + (focused ? "▏" : "")
            case .choice(let options, let chosen):
                value = "‹" + (options.indices.contains(chosen) ? option(field.id, options[chosen], state) : "") + "›"
            }
            // A long value (a path) keeps its end, where the cursor is, in view.
            var shown = value
            let room = inner - labelWidth - 3
            while DisplayWidth.of(shown) > room, !shown.isEmpty { shown.removeFirst() }
            if shown != value { shown = "…" + shown.dropFirst() }
            lines.append((focused ? "> " : "  ") + QueuePane.pad(t.adminField(field.id), labelWidth + 1) + shown)
        }
        if let hint = hint(form.fields[form.focus].id, form, t) { lines += ThreadPane.wrap(hint, inner - 2).map { "  " + $0 } }
        lines += ThreadPane.wrap(form.confirmingDiscard ? t.t(.adminDiscard) : t.t(form.fields[form.focus].value.isChoice ? .adminFormHint : .adminFormHintText), inner)
        let room = max(1, body.height - 4)
        if lines.count > room {
            let cursor = lines.firstIndex { $0.hasPrefix("> ") } ?? 0
            let start = max(0, min(cursor - room + 2, lines.count - room))
            lines = Array(lines[start..<(start + room)])
        }
        Overlays.box(title(form, state), lines, body, &grid, state.theme, width: width)
    }

    static func title(_ form: AdminForm, _ state: AppState) -> String {
        let t = state.catalog
        let student = { (id: String) in state.school.students[id].map { Sanitizer.line($0.name) } ?? id }
        switch form.kind {
        case .editStudent(let id): return t.t(.adminTitleEditStudent(student(id)))
        case .studentLeaves(let id): return t.t(.adminTitleLeaves(student(id)))
        case .studentBack(let id): return t.t(.adminTitleBack(student(id)))
        case .editStaff(let login): return t.t(.adminTitleEditStaff(Sanitizer.line(state.school.displayName(login)) + " (\(login))"))
        case .staffLeaves(let login): return t.t(.adminTitleStaffLeaves(Sanitizer.line(state.school.displayName(login))))
        case .importStudents: return t.t(.adminTitleImport)
        }
    }

    /// How an option is shown: in words, never as it is stored.
    static func option(_ id: AdminForm.Field, _ option: FormOption, _ state: AppState) -> String {
        let t = state.catalog
        switch option {
        case .leaveReason(let r): return id == .missing ? t.t(.adminMarkLeft(t.adminReason(r))) : t.adminReason(r)
        case .none: return t.t(id == .missing ? .adminKeepMissing : .adminNobody)
        case .person(let login):
            guard let p = state.school.staff[login] else { return t.t(.adminNobody) }
            return Sanitizer.line(p.name) + " · " + t.role(p.primaryRole)
        case .yesNo(let on): return t.t(on ? .adminYes : .adminNo)
        default: return FormView.option(option, state)
        }
    }

    static func hint(_ id: AdminForm.Field, _ form: AdminForm, _ t: Catalog) -> String? {
        switch id {
        case .date: return t.t(.adminHintDate)
        case .destination: return t.t(.adminHintDestination)
        case .file: return t.t(.adminHintFile)
        case .caseload: return t.t(.adminHintCaseload)
        case .homeroom: return t.t(.adminHintHomeroom)
        case .missing: return t.t(.adminHintMissing)
        case .handoverTo: return t.t(.adminHintHandover)
        default: return nil
        }
    }
}
