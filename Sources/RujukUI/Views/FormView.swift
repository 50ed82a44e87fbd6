import Foundation
import RujukDomain

/// A case-work form: one line per field, the focused one marked, choices in ‹ ›.
enum FormView {
    static func render(_ state: AppState, _ body: Rect, _ grid: inout Grid) {
        guard let form = state.form else { return }
        let t = state.catalog
        let student = state.school.cases[form.number].flatMap { state.school.students[$0.studentID] }
        var lines = [form.kind == .narrative ? t.r(.narrativeFor(t.periodName(form.period ?? ""), Sanitizer.line(state.actor.name)))
                     : Sanitizer.line(student?.name ?? "?") + " · #\(form.number)"]
        let labelWidth = form.fields.map { DisplayWidth.of(t.field($0.id)) }.max() ?? 10
        for (i, field) in form.fields.enumerated() {
            let focused = i == form.focus
            let value: String
            switch field.value {
            case .text(let s): value = Sanitizer.line(s) + (focused ? "▏" : "")
            case .choice(let options, let chosen):
                value = "‹" + (options.indices.contains(chosen) ? option(options[chosen], state) : "") + "›"
            }
            lines.append((focused ? "> " : "  ") + QueuePane.pad(t.field(field.id), labelWidth + 1) + value)
        }
        if let hint = hint(form, state) { lines.append("  " + hint) }
        lines.append(form.confirmingDiscard ? t.t(.discardForm) : form.kind == .narrative ? t.r(.narrativeFormHint) : t.t(form.focusedIsChoice ? .hintForm : .hintFormText))
        // Long texts wrap under their label, so the whole text and the cursor are in view.
        let width = min(body.width - 4, 78)
        let inner = width - 4
        var wrapped: [String] = []
        var cursorLine = 0
        for (i, line) in lines.enumerated() {
            let isField = i >= 1 && i <= form.fields.count
            if DisplayWidth.of(line) <= inner {
                wrapped.append(line)
            } else if !isField {
                wrapped += ThreadPane.wrap(line, inner)
            } else {
                let indent = String(repeating: " ", count: labelWidth + 3)
                let head = line.prefix(labelWidth + 3)
                let tail = String(line.dropFirst(labelWidth + 3))
                for (j, piece) in ThreadPane.wrap(tail, inner - labelWidth - 3).enumerated() {
                    wrapped.append((j == 0 ? String(head) : indent) + piece)
                }
            }
            if isField && i - 1 == form.focus { cursorLine = wrapped.count - 1 }
        }
        // Taller than the screen: the lines around the cursor stay in view.
        let room = max(1, body.height - 4)
        if wrapped.count > room {
            let start = max(0, min(cursorLine - room + 2, wrapped.count - room))
            wrapped = Array(wrapped[start..<(start + room)])
        }
        let title = form.kind == .level && form.fields.map(\.id) == [.parents] ? t.t(.titleParents) : t.formTitle(form.kind)
        Overlays.box(title, wrapped, body, &grid, state.theme, width: width)
    }

    /// How an option is shown: a person's name, or the catalog's word for it.
    static func option(_ option: FormOption, _ state: AppState) -> String {
        let t = state.catalog
        switch option {
        case .person(let login): return state.school.displayName(login)
        case .none: return t.nobody
        case .yesNo(let on): return t.yesNo(on)
        case .planKind(let k): return t.planKind(k)
        case .service(let s): return t.service(s)
        case .format(let f): return t.format(f)
        case .visibility(let v): return t.tier(v)
        case .horizon(let h): return t.horizon(h)
        case .rating(let r): return t.rating(r)
        case .level(let l): return t.level(l)
        case .urgency(let u): return t.urgency(u)
        // The four bidang layanan keep their Indonesian names in both languages (docs/glossary.md).
        case .area(let a): return a.rawValue
        case .concern(let c): return t.concern(c)
        case .leaveReason(let r): return t.adminReason(r)
        case .unchosen: return t.unchosen
        }
    }

    /// A line under the fields that explains the focused one, when it needs it.
    static func hint(_ form: FormState, _ state: AppState) -> String? {
        let t = state.catalog
        let field = form.fields[form.focus]
        switch field.id {
        // A day something happened (a service, a conference, a visit, a letter) is today or before.
        case .date, .letterDate: return t.t(.hintPastDate)
        case .due, .reviewDate, .actionDue: return t.t(.hintDate)
        case .visibility: return form.choice(.visibility)?.visibility.map { t.t(.composeTo) + t.readers($0) }
        case .attendees: return t.t(.hintAttendees)
        case .parents: return t.t(.hintParents)
        case .kind: return t.t(.hintSanction)
        case .analysis, .supporting, .hindering, .nextSteps: return t.r(.narrativeHint)
        default: return nil
        }
    }
}
