import Foundation
import RujukDomain

/// A case-work form: one line per field, the focused one marked, choices in ‹ ›.
enum FormView {
    static func render(_ state: AppState, _ body: Rect, _ grid: inout Grid) {
        guard let form = state.form else { return }
        let t = state.catalog
        let student = state.school.cases[form.number].flatMap { state.school.students[$0.studentID] }
        var lines = [Sanitizer.line(student?.name ?? "?") + " · #\(form.number)"]
        let labelWidth = form.fields.map { DisplayWidth.of(t.field($0.id)) }.max() ?? 10
        for (i, field) in form.fields.enumerated() {
            let focused = i == form.focus
            let value: String
            switch field.value {
            case .text(let s): value = Sanitizer.line(s) + (focused ? "▏" : "")
            case .choice(let options, let chosen):
                value = "‹" + (options.indices.contains(chosen) ? option(field.id, options[chosen], state) : "") + "›"
            }
            lines.append((focused ? "> " : "  ") + QueuePane.pad(t.field(field.id), labelWidth + 1) + value)
        }
        if let hint = hint(form, state) { lines.append("  " + hint) }
        lines.append(form.confirmingDiscard ? t.t(.discardForm) : t.t(.hintForm))
        Overlays.box(t.formTitle(form.kind), lines, body, &grid, state.theme)
    }

    /// How an option is shown: a person's name, or the catalog's word for it.
    static func option(_ id: FieldID, _ raw: String, _ state: AppState) -> String {
        let t = state.catalog
        switch id {
        case .owner, .actionOwner, .visitor:
            return raw.isEmpty ? t.term("nobody") : state.school.displayName(raw)
        case .withParents: return t.term(raw)
        case .kind: return t.term("kind.\(raw)")
        case .type: return t.term("service.\(raw)")
        case .format: return t.term("format.\(raw)")
        case .visibility: return t.term("visibility.\(raw)")
        case .horizon: return t.term("horizon.\(raw)")
        case .rating: return t.term("rating.\(raw)")
        case .level: return t.term("level.\(raw)")
        default: return raw
        }
    }

    /// A line under the fields that explains the focused one, when it needs it.
    static func hint(_ form: FormState, _ state: AppState) -> String? {
        let t = state.catalog
        let field = form.fields[form.focus]
        switch field.id {
        case .due, .reviewDate, .date, .letterDate, .actionDue: return t.t(.hintDate)
        case .visibility: return form.choice(.visibility).flatMap(Visibility.init(rawValue:)).map { t.t(.composeTo) + t.readers($0) }
        case .attendees: return t.t(.hintAttendees)
        case .parents: return t.t(.hintParents)
        case .kind: return t.t(.hintSanction)
        default: return nil
        }
    }
}

/// The person's open actions across cases, overdue first.
enum MyActionsView {
    static func render(_ state: AppState, _ body: Rect, _ grid: inout Grid) {
        let t = state.catalog
        let actions = state.myActions
        var lines: [String] = []
        if actions.isEmpty { lines.append(t.t(.myActionsEmpty)) }
        let picker = min(state.picker, max(0, actions.count - 1))
        for (i, a) in actions.enumerated() {
            let student = state.school.students[a.studentID].map { QueuePane.short($0.name) } ?? "?"
            let what: String
            switch a.kind {
            case .planItem(let item): what = Sanitizer.line(item.text) + (item.withParents ? " " + t.t(.withParentsMark) : "")
            case .observation(let h): what = t.t(.observationAsked, t.term("horizon.\(h.rawValue)"))
            }
            // Due date first: at 80 columns the text is what gets cut.
            let when = a.due.map { DayInput.format($0, timeZone: state.timeZone) + " " } ?? String(repeating: " ", count: 11)
            lines.append((i == picker ? "> " : "  ") + (a.overdue ? "! " : "  ") + when + "#\(a.caseNumber) \(Sanitizer.line(student)) · " + what)
        }
        if actions.contains(where: \.overdue) { lines.append("  ! " + t.t(.overdueMark)) }
        lines.append(t.t(.myActionsHint))
        Overlays.box(t.t(.myActionsTitle, "\(actions.count)"), lines, body, &grid, state.theme)
    }
}

/// The student's cumulative record (buku pribadi): every case, every record, oldest first.
enum RecordView {
    static func render(_ state: AppState, _ body: Rect, _ grid: inout Grid) {
        let t = state.catalog
        let student = state.recordStudentID.flatMap { state.school.students[$0] }
        let title = t.t(.recordTitle, Sanitizer.line(student?.name ?? "?"), student?.className ?? "?")
        var lines: [(String, Style)] = []
        if let record = state.record {
            if record.isEmpty { lines.append((t.t(.recordEmpty), state.theme.style(.textDim))) }
            for entry in record {
                let (text, style) = state.styledLine(entry)
                lines.append((DayInput.format(entry.at, timeZone: state.timeZone) + " #\(entry.caseNumber)  " + text, style))
            }
        } else {
            lines.append((t.t(.recordLoading), state.theme.style(.textDim)))
        }
        Overlays.scrollBox(title, lines, footer: t.t(.scrollHint), state, body, &grid)
    }
}
