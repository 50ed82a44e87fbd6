import Foundation
import RujukDomain

/// The case-work forms: Tab/Enter to the next field, ←/→/Space to choose, Ctrl-S to send,
/// Esc to leave (asking first when something was typed).
func formKey(_ state: inout AppState, _ key: Key) -> [Effect] {
    guard var form = state.form else { state.mode = .browse; return [] }
    defer { if state.isFillingForm { state.form = form } }
    if form.sent { return [] }
    if form.confirmingDiscard {
        if key == .char("y") { state.leaveForm(); form.confirmingDiscard = false; return [] }
        form.confirmingDiscard = false
        return []
    }
    state.status = nil
    let last = form.fields.count - 1
    switch key {
    case .escape:
        if form.isChanged { form.confirmingDiscard = true } else { state.leaveForm() }
        return []
    case .ctrl("s"):
        return submit(&state, &form)
    case .tab, .down:
        form.focus = min(form.focus + 1, last)
        return []
    case .backTab, .up:
        form.focus = max(form.focus - 1, 0)
        return []
    case .enter:
        if form.focus == last { return submit(&state, &form) }
        form.focus += 1
        return []
    default:
        break
    }
    // A default (45 minutes, today, a week from today) is replaced by what is typed, as a
    // selected value is: typed after it, "30" became 4530 minutes.
    let field = form.fields[form.focus]
    if FormState.replacedWhenTyped.contains(field.id), case .text(let value) = field.value, !value.isEmpty,
       form.initial.first(where: { $0.id == field.id })?.value == field.value {
        if case .char = key { form.fields[form.focus].value = .text("") }
        if key == .backspace { form.fields[form.focus].value = .text(""); return [] }
    }
    form.fields[form.focus].value.edit(key)
    return []
}

private func submit(_ state: inout AppState, _ form: inout FormState) -> [Effect] {
    switch form.events(actor: state.actor.login, now: state.now, timeZone: state.timeZone) {
    case .failure(let problem):
        state.status = state.catalog.problem(problem)
        if case .required(let id) = problem, let i = form.fields.firstIndex(where: { $0.id == id }) { form.focus = i }
        if case .badDate(let id) = problem, let i = form.fields.firstIndex(where: { $0.id == id }) { form.focus = i }
        if case .beforeCaseOpened(let id, _) = problem, let i = form.fields.firstIndex(where: { $0.id == id }) { form.focus = i }
        return []
    case .success(let events):
        form.sent = true
        state.status = state.catalog.t(.sending)
        return [.append(events)]
    }
}

extension AppState {
    /// Back to where the form was opened: a report's narrative to the reports, a case's form to the queue.
    mutating func leaveForm() {
        mode = form?.kind == .narrative && reports != nil ? .reports : .browse
    }
}
