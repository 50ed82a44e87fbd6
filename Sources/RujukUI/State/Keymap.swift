import RujukDomain

/// What a key does in the main screen.
public enum Command: String, Sendable, CaseIterable {
    case nextPane, previousPane, down, up, top, bottom, pageDown, pageUp
    case open, flag, pickUp, assign, reply, close, switchQueue, filter, help, quit, redraw
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
    func reason(_ action: CaseAction, needsCase: Bool = true) -> String? {
        if needsCase && c == nil { return "Select a case first." }
        return state.school.denial(state.actor, action, on: c)?.sentence
    }
    var bindings: [Binding] = [
        Binding(keys: [.char("n")], label: "n", command: .flag, help: "flag a student", disabledReason: reason(.flag, needsCase: false)),
        Binding(keys: [.char("p")], label: "p", command: .pickUp, help: "pick up", disabledReason: reason(.pickUp)),
        Binding(keys: [.char("a")], label: "a", command: .assign, help: "assign to…", disabledReason: reason(.assign)),
        Binding(keys: [.char("r")], label: "r", command: .reply, help: "reply", disabledReason: reason(.reply(.team))),
        Binding(keys: [.char("c")], label: "c", command: .close, help: "close", disabledReason: reason(.close)),
        Binding(keys: [.enter], label: "Enter", command: .open, help: "open the case", disabledReason: c == nil ? "Select a case first." : nil),
        Binding(keys: [.char("/")], label: "/", command: .filter, help: "filter", disabledReason: nil),
        Binding(keys: [.char("?")], label: "?", command: .help, help: "help", disabledReason: nil),
        Binding(keys: [.char("q"), .ctrl("c")], label: "q", command: .quit, help: "quit", disabledReason: nil),
        Binding(keys: [.tab, .char("l")], label: "Tab", command: .nextPane, help: "next pane", disabledReason: nil),
        Binding(keys: [.backTab, .char("h")], label: "S-Tab", command: .previousPane, help: "previous pane", disabledReason: nil),
        Binding(keys: [.char("j"), .down], label: "j/↓", command: .down, help: "move down", disabledReason: nil),
        Binding(keys: [.char("k"), .up], label: "k/↑", command: .up, help: "move up", disabledReason: nil),
        Binding(keys: [.char("g"), .home], label: "g", command: .top, help: "first", disabledReason: nil),
        Binding(keys: [.char("G"), .end], label: "G", command: .bottom, help: "last", disabledReason: nil),
        Binding(keys: [.pageDown], label: "PgDn", command: .pageDown, help: "page down", disabledReason: nil),
        Binding(keys: [.pageUp], label: "PgUp", command: .pageUp, help: "page up", disabledReason: nil),
        Binding(keys: [.ctrl("l")], label: "C-l", command: .redraw, help: "redraw", disabledReason: nil),
    ]
    if state.actor.isCounsellor {
        bindings.insert(Binding(keys: [.char("f")], label: "f", command: .switchQueue,
                                help: "unclaimed / mine / all", disabledReason: nil), at: 6)
    }
    return bindings
}

/// The binding a key triggers in the main screen, if any.
public func binding(for key: Key, in state: AppState) -> Binding? {
    keymap(for: state).first { $0.keys.contains(key) }
}
