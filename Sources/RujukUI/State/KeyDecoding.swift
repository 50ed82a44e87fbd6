/// What the terminal library hands over for one read, named without the library: a key it
/// recognised (arrows, F-keys, …), or a character code.
public enum TerminalInput: Sendable, Equatable {
    case keyCode(KeyCode)
    case character(UInt32)
}

/// The keys the terminal library names itself. `other` is a code Rujuk has no use for (a
/// resize among them: the run loop reads the new size itself).
public enum KeyCode: Sendable, Equatable {
    case up, down, left, right, home, end, pageUp, pageDown, backspace, delete, backTab, enter
    case function(Int)
    case other
}

/// Turns what the terminal reads into a `Key`: pure, so each rule is tested (the backend only
/// translates library codes and reads). Esc starts a sequence: Esc then Enter is Alt-Enter;
/// Esc then any other key typed at once is Esc, and that key is handed back to be read next.
public enum KeyDecoding {
    /// `next`: reads what follows Esc without waiting (nil when nothing is there). Returns the
    /// key (nil when none) and what to hand back to the terminal, if anything.
    public static func decode(_ input: TerminalInput, next: () -> TerminalInput?) -> (key: Key?, unread: TerminalInput?) {
        switch input {
        case .keyCode(let code): return (key(for: code), nil)
        case .character(27):
            guard let following = next() else { return (.escape, nil) }
            if following == .character(13) || following == .character(10) { return (.altEnter, nil) }
            return (.escape, following)
        case .character(let code): return (key(forCharacter: code), nil)
        }
    }

    static func key(for code: KeyCode) -> Key? {
        switch code {
        case .up: .up
        case .down: .down
        case .left: .left
        case .right: .right
        case .home: .home
        case .end: .end
        case .pageUp: .pageUp
        case .pageDown: .pageDown
        case .backspace: .backspace
        case .delete: .delete
        case .backTab: .backTab
        case .enter: .enter
        case .function(let n): .function(n)
        case .other: nil
        }
    }

    static func key(forCharacter code: UInt32) -> Key? {
        switch code {
        case 13, 10: return .enter
        case 9: return .tab
        case 127, 8: return .backspace
        case 1...26: return .ctrl(Character(UnicodeScalar(UInt8(code + 96))))
        default:
            guard let scalar = UnicodeScalar(code) else { return nil }
            return .char(Character(scalar))
        }
    }
}
