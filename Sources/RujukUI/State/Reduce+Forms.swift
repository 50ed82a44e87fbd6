import Foundation
import RujukDomain

/// The case-work forms: Tab/Enter to the next field, ←/→/Space to choose, Ctrl-S to send,
/// Esc to leave (asking first when something was typed).
func formKey(_ state: inout AppState, _ key: Key) -> [Effect] {
    guard var form = state.form else { state.mode = .browse; return [] }
    defer { if state.mode == .form { state.form = form } }
    if form.sent { return [] }
    if form.confirmingDiscard {
        if key == .char("y") || key == .escape { state.form = nil; state.mode = .browse; form.confirmingDiscard = false; return [] }
        form.confirmingDiscard = false
        return []
    }
    state.status = nil
    let last = form.fields.count - 1
    switch key {
    case .escape:
        if form.isChanged { form.confirmingDiscard = true } else { state.form = nil; state.mode = .browse }
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
    switch form.fields[form.focus].value {
    case .text(var text):
        if edit(&text, key) { form.fields[form.focus].value = .text(text) }
    case .choice(let options, let i):
        let step: Int? = key == .left ? options.count - 1 : (key == .right || key == .char(" ")) ? 1 : nil
        if let step, !options.isEmpty { form.fields[form.focus].value = .choice(options, (i + step) % options.count) }
    }
    return []
}

private func submit(_ state: inout AppState, _ form: inout FormState) -> [Effect] {
    switch form.events(actor: state.actor.login, now: state.now, timeZone: state.timeZone) {
    case .failure(let problem):
        state.status = state.catalog.problem(problem)
        if case .required(let id) = problem, let i = form.fields.firstIndex(where: { $0.id == id }) { form.focus = i }
        if case .badDate(let id) = problem, let i = form.fields.firstIndex(where: { $0.id == id }) { form.focus = i }
        return []
    case .success(let events):
        form.sent = true
        state.status = state.catalog.t(.sending)
        return [.append(events)]
    }
}

/// The case view and the cumulative record scroll; any other key closes them.
func overlayKey(_ state: inout AppState, _ key: Key) -> [Effect] {
    switch key {
    case .char("j"), .down: state.overlayScroll += 1
    case .char("k"), .up: state.overlayScroll = max(0, state.overlayScroll - 1)
    case .pageDown: state.overlayScroll += 10
    case .pageUp: state.overlayScroll = max(0, state.overlayScroll - 10)
    case .char("g"), .home: state.overlayScroll = 0
    default: state.mode = .browse
    }
    return []
}

/// "My actions": move, Enter goes to the case, x (or Space) marks a plan action done or
/// opens the evaluation form for an observation asked of this person.
func myActionsKey(_ state: inout AppState, _ key: Key) -> [Effect] {
    let actions = state.myActions
    switch key {
    case .char("j"), .down: state.picker = min(state.picker + 1, max(0, actions.count - 1))
    case .char("k"), .up: state.picker = max(state.picker - 1, 0)
    case .enter:
        guard actions.indices.contains(state.picker) else { state.mode = .browse; return [] }
        state.select(actions[state.picker].caseNumber)
        state.mode = .browse
        return state.selectedCase.map { [.loadThread($0.number)] } ?? []
    case .char("x"), .char(" "):
        guard actions.indices.contains(state.picker) else { return [] }
        let action = actions[state.picker]
        switch action.kind {
        case .planItem(let item):
            return [.append([Event(at: state.now, actor: state.actor.login, payload: .planItemDone(number: action.caseNumber, item: item.id))])]
        case .observation(let horizon):
            guard let c = state.school.cases[action.caseNumber] else { return [] }
            state.select(c.number)
            var form = state.openForm(.review, for: c)
            if let i = form.fields.firstIndex(where: { $0.id == .horizon }) {
                form.fields[i] = FormField(.horizon, options: ReviewHorizon.allCases.map(\.rawValue), chosen: horizon.rawValue)
            }
            state.form = form
            state.mode = .form
            return [.loadThread(c.number)]
        }
    default:
        state.mode = .browse
    }
    return []
}
