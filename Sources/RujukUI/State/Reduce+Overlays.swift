import Foundation
import RujukDomain

/// The help, the case view and the cumulative record scroll; any other key closes them.
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
    guard case .myActions(let highlighted, let asked) = state.mode else { return [] }
    let actions = state.myActions
    // The list shrinks when an action is done here or elsewhere.
    let row = min(highlighted, max(0, actions.count - 1))
    // `x` asks once: only a second `x` on the same action marks it done; any other key forgets it.
    state.mode = .myActions(highlighted: row, askedDone: nil)
    if asked != nil { state.status = nil }
    switch key {
    case .char("j"), .down: state.mode = .myActions(highlighted: min(row + 1, max(0, actions.count - 1)), askedDone: nil)
    case .char("k"), .up: state.mode = .myActions(highlighted: max(row - 1, 0), askedDone: nil)
    case .enter:
        guard actions.indices.contains(row) else { state.mode = .browse; return [] }
        state.select(actions[row].caseNumber)
        state.mode = .browse
        return state.selectedCase.map { [.loadThread($0.number)] } ?? []
    case .char("x"), .char(" "):
        guard actions.indices.contains(row) else { return [] }
        let action = actions[row]
        switch action.kind {
        case .planItem(let item):
            guard asked == [action.caseNumber, item.id] else {
                state.mode = .myActions(highlighted: row, askedDone: [action.caseNumber, item.id])
                state.status = state.catalog.t(.confirmDone(Sanitizer.line(item.text)))
                return []
            }
            return [.append([Event(at: state.now, actor: state.actor.login, payload: .planItemDone(number: action.caseNumber, item: item.id))])]
        case .observation(let horizon):
            guard let c = state.school.cases[action.caseNumber] else { return [] }
            state.select(c.number)
            var form = state.openForm(.review, for: c)
            if let i = form.fields.firstIndex(where: { $0.id == .horizon }) {
                form.fields[i] = FormField(.horizon, options: ReviewHorizon.allCases.map(FormOption.horizon), chosen: .horizon(horizon))
            }
            state.form = form
            return [.loadThread(c.number)]
        }
    default:
        state.mode = .browse
    }
    return []
}
