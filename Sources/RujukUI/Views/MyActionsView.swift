import Foundation
import RujukDomain

/// The person's open actions across cases, overdue first.
enum MyActionsView {
    static func render(_ state: AppState, _ body: Rect, _ grid: inout Grid) {
        let t = state.catalog
        let actions = state.myActions
        var lines: [String] = []
        if actions.isEmpty { lines.append(t.t(.myActionsEmpty)) }
        guard case .myActions(let highlighted, _) = state.mode else { return }
        let picker = min(highlighted, max(0, actions.count - 1))
        // A long list scrolls so that the highlighted action stays in the box.
        let room = max(1, body.height - 6)
        let first = max(0, picker - room + 1)
        for (i, a) in actions.enumerated().dropFirst(first) {
            let student = state.school.students[a.studentID].map { QueuePane.listName($0.name, focused: i == picker, state) } ?? "?"
            let what: String
            switch a.kind {
            case .planItem(let item): what = Sanitizer.line(item.text) + (item.withParents ? " " + t.t(.withParentsMark) : "")
            case .observation(let h): what = t.t(.observationAsked(t.horizon(h)))
            }
            // Due date first: at 80 columns the text is what gets cut.
            let when = a.due.map { DayInput.format($0, timeZone: state.timeZone) + " " } ?? String(repeating: " ", count: 11)
            lines.append((i == picker ? "> " : "  ") + (a.overdue ? "! " : "  ") + when + "#\(a.caseNumber) \(Sanitizer.line(student)) · " + what)
        }
        // The legend apart from the list, so it does not read as one more action.
        if actions.contains(where: \.overdue) { lines += ["", "  ! = " + t.t(.overdueMark)] }
        lines.append(t.t(.myActionsHint))
        Overlays.box(t.t(.myActionsTitle("\(actions.count)")), lines, body, &grid, state.theme)
    }
}
