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
/// `Esc [ 2 0 0 ~` starts a paste that `Esc [ 2 0 1 ~` ends (the terminal marks pasted text so,
/// once asked to); Esc then any other key typed at once is Esc, and what was read after it is
/// handed back to be read next.
public enum KeyDecoding {
    /// `next`: reads what follows Esc without waiting (nil when nothing is there); `paste`: reads
    /// the next part of a paste, waiting a little for it (nil when the terminal sent no more).
    /// Returns the key (nil when none) and what to hand back to the terminal, in order.
    public static func decode(_ input: TerminalInput, next: () -> TerminalInput?,
                              paste: (() -> TerminalInput?)? = nil) -> (key: Key?, unread: [TerminalInput]) {
        switch input {
        case .keyCode(let code): return (key(for: code), [])
        case .character(27):
            guard let following = next() else { return (.escape, []) }
            if following == .character(13) || following == .character(10) { return (.altEnter, []) }
            guard following == .character(UInt32(UInt8(ascii: "["))) else { return (.escape, [following]) }
            // Perhaps the start of a paste: what is read and does not spell it goes back.
            var read = [following]
            for expected in "200~".unicodeScalars {
                guard let more = next() else { return (.escape, read) }
                read.append(more)
                guard more == .character(expected.value) else { return (.escape, read) }
            }
            if let paste { return (.paste(pasted(paste)), []) }
            return (.paste(pasted(next)), [])
        case .character(let code): return (key(forCharacter: code), [])
        }
    }

    /// The text of a paste up to its end mark (or to where the terminal stopped sending).
    static func pasted(_ next: () -> TerminalInput?) -> String {
        let end = Array("\u{1B}[201~".unicodeScalars.map(\.value))
        var codes: [UInt32] = []
        while let input = next() {
            switch input {
            case .character(let code): codes.append(code)
            case .keyCode(.enter): codes.append(10)
            case .keyCode: continue
            }
            if codes.count >= end.count, Array(codes.suffix(end.count)) == end {
                codes.removeLast(end.count)
                break
            }
        }
        var text = String.UnicodeScalarView()
        for code in codes { if let scalar = Unicode.Scalar(code) { text.append(scalar) } }
        return String(text)
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
