import CNCurses
import Foundation
import RujukUI

/// Why the terminal could not be used; the executable words it in the user's language.
public enum TerminalError: Error {
    case dumb(String)
    case notATerminal
    case unknown(String)
}

/// The thin ncursesw backend: draws a Grid cell by cell and turns keys into `Key` values.
@MainActor
public final class Terminal {
    private var screen: OpaquePointer?
    private var pairs: [Int: Int16] = [:]
    private let colours: Bool

    /// Sets the locale (falling back to C.UTF-8), refuses dumb or unknown terminals, and
    /// enters raw mode with Ctrl-C delivered as a key.
    public init(monochrome: Bool) throws {
        setlocale(LC_ALL, "")
        if rujuk_codeset_is_utf8() == 0 { setlocale(LC_CTYPE, "C.UTF-8") }
        let term = ProcessInfo.processInfo.environment["TERM"] ?? ""
        if term.isEmpty || term == "dumb" {
            throw TerminalError.dumb(term.isEmpty ? "unset" : term)
        }
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw TerminalError.notATerminal
        }
        if ProcessInfo.processInfo.environment["ESCDELAY"] == nil { rujuk_set_escdelay(25) }
        guard let s = newterm(nil, rujuk_stdout(), rujuk_stdin()) else {
            throw TerminalError.unknown(term)
        }
        screen = s
        raw()
        noecho()
        nonl()
        keypad(rujuk_stdscr(), true)
        curs_set(0)
        colours = !monochrome && has_colors()
        if colours {
            start_color()
            use_default_colors()
        }
        rujuk_install_signal_handlers()
    }

    /// Whether colours are in use (false for NO_COLOR, mono and colourless terminals).
    public var hasColours: Bool { colours }

    public var size: (width: Int, height: Int) { (Int(rujuk_cols()), Int(rujuk_lines())) }

    /// A SIGTERM or SIGHUP arrived.
    public var signalled: Bool { rujuk_pending_signal() != 0 }

    /// Draws every cell at its own position, then one doupdate: ncurses sends only changes.
    public func draw(_ grid: Grid) {
        let window = rujuk_stdscr()
        for y in 0..<grid.height {
            for x in 0..<grid.width {
                let cell = grid[x, y]
                if cell.text.isEmpty { continue }
                var wide = Array(cell.text.unicodeScalars.prefix(5).map { wchar_t(bitPattern: $0.value) })
                wide.append(0)
                var cc = cchar_t()
                setcchar(&cc, wide, attributes(cell.style), pair(cell.style), nil)
                mvwadd_wch(window, Int32(y), Int32(x), &cc)
            }
        }
        wnoutrefresh(window)
        doupdate()
    }

    public func redrawAll() { clearok(rujuk_stdscr(), true) }

    /// Waits up to `milliseconds` for a key; nil on timeout. A resize comes back as nil too.
    public func readKey(timeoutMilliseconds: Int32) -> Key? {
        wtimeout(rujuk_stdscr(), timeoutMilliseconds)
        var ch: wint_t = 0
        let kind = wget_wch(rujuk_stdscr(), &ch)
        if kind == ERR { return nil }
        let code = Int32(ch)
        if kind == KEY_CODE_YES {
            switch code {
            case KEY_UP: return .up
            case KEY_DOWN: return .down
            case KEY_LEFT: return .left
            case KEY_RIGHT: return .right
            case KEY_HOME: return .home
            case KEY_END: return .end
            case KEY_PPAGE: return .pageUp
            case KEY_NPAGE: return .pageDown
            case KEY_BACKSPACE: return .backspace
            case KEY_DC: return .delete
            case KEY_BTAB: return .backTab
            case KEY_ENTER: return .enter
            default:
                for n in 1...12 where code == rujuk_key_f(Int32(n)) { return .function(n) }
                return nil
            }
        }
        switch code {
        case 27:
            wtimeout(rujuk_stdscr(), 0)
            var next: wint_t = 0
            let kind = wget_wch(rujuk_stdscr(), &next)
            if kind == OK {
                if next == 13 || next == 10 { return .altEnter }
                // Esc then another key typed quickly: keep both.
                unget_wch(wchar_t(bitPattern: UInt32(next)))
            } else if kind == KEY_CODE_YES {
                // Esc then F12 or an arrow: a key code goes back with ungetch, not as a character.
                ungetch(Int32(next))
            }
            return .escape
        case 13, 10: return .enter
        case 9: return .tab
        case 127, 8: return .backspace
        case 1...26: return .ctrl(Character(UnicodeScalar(UInt8(code + 96))))
        default:
            guard let scalar = UnicodeScalar(UInt32(code)) else { return nil }
            return .char(Character(scalar))
        }
    }

    /// Ctrl-Z: restore the terminal, stop, and come back cleanly.
    public func suspend() {
        endwin()
        kill(getpid(), SIGTSTP)
        refresh()
        redrawAll()
    }

    /// Restores the terminal; safe to call more than once.
    public func stop() {
        guard screen != nil else { return }
        endwin()
        delscreen(screen)
        screen = nil
    }

    private func attributes(_ s: Style) -> attr_t {
        var a = rujuk_a_normal()
        if s.bold { a |= rujuk_a_bold() }
        if s.reverse { a |= rujuk_a_reverse() }
        if s.underline { a |= rujuk_a_underline() }
        if s.dim { a |= rujuk_a_dim() }
        return a
    }

    private func pair(_ s: Style) -> Int16 {
        guard colours, s.fg != .default || s.bg != .default else { return 0 }
        let key = (s.fg.rawValue + 1) * 16 + (s.bg.rawValue + 1)
        if let p = pairs[key] { return p }
        let p = Int16(pairs.count + 1)
        guard Int32(p) < rujuk_color_pairs() else { return 0 }
        init_pair(p, Int16(s.fg.rawValue), Int16(s.bg.rawValue))
        pairs[key] = p
        return p
    }
}
