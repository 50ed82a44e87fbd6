import RujukDomain

/// What a key does in the main screen.
public enum Command: String, Sendable, CaseIterable {
    case nextPane, previousPane, down, up, top, bottom, pageDown, pageUp
    case open, flag, pickUp, assign, reply, close, switchQueue, filter, help, quit, redraw, lock
    case plan, service, evaluate, level, conference, visit, record, myActions, reopen, triage, reports
}

/// A key binding with its help text and, when the command is not allowed now, the reason.
public struct Binding: Sendable, Equatable {
    public var keys: [Key]
    public var label: String
    public var command: Command
    public var help: String
    public var disabledReason: String?
}

/// The one table of bindings: it drives the reducer, the hint bar and the help overlay.
public func keymap(for state: AppState) -> [Binding] {
    let c = state.selectedCase
    let t = state.catalog
    func reason(_ action: CaseAction, needsCase: Bool = true) -> String? {
        if needsCase && c == nil { return t.t(.selectCaseFirst) }
        return state.school.denial(state.actor, action, on: c).map(t.denial)
    }
    /// The case work of a counsellor on a case nobody holds yet: picked up first, so the list
    /// does not say "planned" while the teacher still waits to hear who has it.
    func work(_ action: CaseAction) -> String? {
        if let denied = reason(action) { return denied }
        if let c, c.assignee == nil, !c.isClosed, state.actor.isCounsellor, !state.actor.has(.viceStudentAffairs) {
            return t.t(.pickUpFirst("\(c.number)"))
        }
        return nil
    }
    var bindings: [Binding] = [
        Binding(keys: [.char("n")], label: "n", command: .flag, help: t.t(.helpFlag), disabledReason: reason(.flag, needsCase: false)),
        // One's own case: said so, not "ask its counsellor" (oneself) to reassign it.
        Binding(keys: [.char("p")], label: "p", command: .pickUp, help: t.t(.helpPickUp),
                disabledReason: c?.assignee == state.actor.login ? t.t(.alreadyYours("\(c!.number)")) : reason(.pickUp)),
        Binding(keys: [.char("a")], label: "a", command: .assign, help: t.t(.helpAssign), disabledReason: reason(.assign)),
        Binding(keys: [.char("r")], label: "r", command: .reply, help: t.t(.helpReply), disabledReason: reason(.reply(.team))),
        Binding(keys: [.char("c")], label: "c", command: .close, help: t.t(.helpClose), disabledReason: reason(.close)),
        Binding(keys: [.enter], label: "Enter", command: .open, help: t.t(.helpOpen), disabledReason: c == nil ? t.t(.selectCaseFirst) : nil),
        Binding(keys: [.char("m")], label: "m", command: .myActions, help: t.t(.helpMyActions), disabledReason: nil),
        Binding(keys: [.char("P")], label: "P", command: .plan, help: t.t(.helpPlan), disabledReason: work(.addPlanItem)),
        Binding(keys: [.char("S")], label: "S", command: .service, help: t.t(.helpService), disabledReason: work(.logService)),
        Binding(keys: [.char("E")], label: "E", command: .evaluate, help: t.t(.helpEvaluate), disabledReason: reason(.recordReview)),
        // The homeroom teacher records the contact with the parents in the same form.
        Binding(keys: [.char("L")], label: "L", command: .level,
                help: t.t(c != nil && reason(.escalate) != nil && reason(.contactParents) == nil ? .helpParentsContact : .helpLevel),
                disabledReason: reason(.contactParents) == nil ? nil : reason(.escalate)),
        Binding(keys: [.char("K")], label: "K", command: .conference, help: t.t(.helpConference), disabledReason: work(.holdConference)),
        Binding(keys: [.char("H")], label: "H", command: .visit, help: t.t(.helpVisit), disabledReason: work(.visitHome)),
        Binding(keys: [.char("T")], label: "T", command: .triage, help: t.t(.helpTriage), disabledReason: reason(.triage)),
        Binding(keys: [.char("O")], label: "O", command: .reopen, help: t.t(.helpReopen), disabledReason: reason(.reopen)),
        Binding(keys: [.char("B")], label: "B", command: .record, help: t.t(.helpRecord), disabledReason: c == nil ? t.t(.selectCaseFirst) : nil),
        Binding(keys: [.char("R")], label: "R", command: .reports, help: t.r(.helpReports),
                disabledReason: state.reportDenial.map(t.denial)),
        Binding(keys: [.char("/")], label: "/", command: .filter, help: t.t(.helpFilter), disabledReason: nil),
        Binding(keys: [.char("?")], label: "?", command: .help, help: t.t(.helpHelp), disabledReason: nil),
        Binding(keys: [.char("q"), .ctrl("c")], label: "q", command: .quit, help: t.t(state.guardian.sharedTerminal ? .helpSignOut : .helpQuit), disabledReason: nil),
        Binding(keys: [.tab, .char("l")], label: "Tab", command: .nextPane, help: t.t(.helpNextPane), disabledReason: nil),
        Binding(keys: [.backTab, .char("h")], label: "S-Tab", command: .previousPane, help: t.t(.helpPreviousPane), disabledReason: nil),
        Binding(keys: [.char("j"), .down], label: "j/↓", command: .down, help: t.t(.helpDown), disabledReason: nil),
        Binding(keys: [.char("k"), .up], label: "k/↑", command: .up, help: t.t(.helpUp), disabledReason: nil),
        Binding(keys: [.char("g"), .home], label: "g", command: .top, help: t.t(.helpTop), disabledReason: nil),
        Binding(keys: [.char("G"), .end], label: "G", command: .bottom, help: t.t(.helpBottom), disabledReason: nil),
        Binding(keys: [.pageDown], label: "PgDn", command: .pageDown, help: t.t(.helpPageDown), disabledReason: nil),
        Binding(keys: [.pageUp], label: "PgUp", command: .pageUp, help: t.t(.helpPageUp), disabledReason: nil),
        Binding(keys: [.ctrl("l")], label: "C-l", command: .redraw, help: t.t(.helpRedraw), disabledReason: nil),
        Binding(keys: [.function(12), .ctrl("g")], label: "F12", command: .lock, help: t.t(.helpLock), disabledReason: nil),
    ]
    // Counsellors cycle their queues; everyone else switches to all their cases, closed ones too.
    bindings.insert(Binding(keys: [.char("f")], label: "f", command: .switchQueue,
                            help: t.t(state.actor.isCounsellor ? .helpSwitchQueue : state.seesEveryCase ? .helpAllCases : .helpAllMine),
                            disabledReason: nil), at: 5)
    return bindings
}

/// The binding a key triggers in the main screen, if any.
public func binding(for key: Key, in state: AppState) -> Binding? {
    keymap(for: state).first { $0.keys.contains(key) }
}
