import CNCurses
import CTerminalSignals
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
        Self.bracketedPaste(true)
    }

    /// Asks the terminal to mark pasted text (`ESC [ 200 ~` … `ESC [ 201 ~`), so that a pasted
    /// note is typed into the field, not run as keys; asked to stop before the shell gets it back.
    private static func bracketedPaste(_ on: Bool) {
        let sequence = on ? "\u{1B}[?2004h" : "\u{1B}[?2004l"
        _ = sequence.withCString { write(STDOUT_FILENO, $0, strlen($0)) }
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

    /// What ended a wait.
    public enum Wake: Equatable, Sendable {
        case input, change, timeout
        /// The terminal is gone (the connection dropped) though no SIGHUP came.
        case hungUp
    }

    /// Sleeps until a key can be read, one of `others` becomes readable, the terminal goes, a
    /// signal comes (a resize, a quit), or `milliseconds` pass. Keys the library already holds
    /// are not seen here: read them first (`readKey(timeoutMilliseconds: 0)`).
    public func wait(milliseconds: Int32, orFor others: [Int32]) -> Wake {
        // Last, the signal handlers' pipe: a resize or a quit taken by another thread still
        // ends the wait (the poll here would not be interrupted).
        let wake = rujuk_wake_descriptor()
        var fds = [pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)] + others.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
        if wake >= 0 { fds.append(pollfd(fd: wake, events: Int16(POLLIN), revents: 0)) }
        let n = poll(&fds, nfds_t(fds.count), milliseconds)
        guard n > 0 else { return .timeout }
        if wake >= 0, fds[fds.count - 1].revents != 0 {
            rujuk_drain_wake()
            // What the signal meant (a new size, a quit) is read by the loop once it wakes.
            if fds.dropLast().allSatisfy({ $0.revents == 0 }) { return .timeout }
        }
        if fds[0].revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 { return .hungUp }
        if fds.dropFirst().prefix(others.count).contains(where: { $0.revents != 0 }) { return .change }
        return .input
    }

    /// True once the terminal is gone: reading it would return at once, for ever.
    public var hungUp: Bool {
        var fd = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        return poll(&fd, 1, 0) > 0 && fd.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
    }

    /// Waits up to `milliseconds` for a key; nil on timeout. A resize comes back as nil too.
    /// What the keys mean is `KeyDecoding`'s (tested); this reads and translates codes.
    public func readKey(timeoutMilliseconds: Int32) -> Key? {
        wtimeout(rujuk_stdscr(), timeoutMilliseconds)
        guard let input = readInput() else { return nil }
        let (key, unread) = KeyDecoding.decode(input, next: {
            wtimeout(rujuk_stdscr(), 0)
            return self.readInput()
        }, paste: {
            // A long paste arrives in pieces: wait a little for the next, not for ever.
            wtimeout(rujuk_stdscr(), 200)
            return self.readInput()
        })
        // Handed back last first: the library reads what was pushed last first.
        for input in unread.reversed() {
            switch input {
            case .character(let c): unget_wch(wchar_t(bitPattern: c))
            // A key code goes back with ungetch, not as a character (Esc then F12 or an arrow).
            case .keyCode(let code): if let raw = Self.libraryCode(code) { ungetch(raw) }
            }
        }
        return key
    }

    private func readInput() -> TerminalInput? {
        var ch: wint_t = 0
        let kind = wget_wch(rujuk_stdscr(), &ch)
        if kind == ERR { return nil }
        let code = Int32(ch)
        guard kind == KEY_CODE_YES else { return .character(UInt32(ch)) }
        switch code {
        case KEY_UP: return .keyCode(.up)
        case KEY_DOWN: return .keyCode(.down)
        case KEY_LEFT: return .keyCode(.left)
        case KEY_RIGHT: return .keyCode(.right)
        case KEY_HOME: return .keyCode(.home)
        case KEY_END: return .keyCode(.end)
        case KEY_PPAGE: return .keyCode(.pageUp)
        case KEY_NPAGE: return .keyCode(.pageDown)
        case KEY_BACKSPACE: return .keyCode(.backspace)
        case KEY_DC: return .keyCode(.delete)
        case KEY_BTAB: return .keyCode(.backTab)
        case KEY_ENTER: return .keyCode(.enter)
        default:
            for n in 1...12 where code == rujuk_key_f(Int32(n)) { return .keyCode(.function(n)) }
            return .keyCode(.other)
        }
    }

    /// The library's code for a key handed back.
    private static func libraryCode(_ code: KeyCode) -> Int32? {
        switch code {
        case .up: KEY_UP
        case .down: KEY_DOWN
        case .left: KEY_LEFT
        case .right: KEY_RIGHT
        case .home: KEY_HOME
        case .end: KEY_END
        case .pageUp: KEY_PPAGE
        case .pageDown: KEY_NPAGE
        case .backspace: KEY_BACKSPACE
        case .delete: KEY_DC
        case .backTab: KEY_BTAB
        case .enter: KEY_ENTER
        case .function(let n): rujuk_key_f(Int32(n))
        case .other: nil
        }
    }

    /// Ctrl-Z: restore the terminal, stop, and come back cleanly.
    public func suspend() {
        blank()
        endwin()
        Self.bracketedPaste(false)
        kill(getpid(), SIGTSTP)
        Self.bracketedPaste(true)
        refresh()
        redrawAll()
    }

    /// Restores the terminal; safe to call more than once.
    public func stop() {
        guard screen != nil else { return }
        blank()
        endwin()
        Self.bracketedPaste(false)
        delscreen(screen)
        screen = nil
    }

    /// Blank before leaving the screen (quitting, Ctrl-Z): nothing of a case is left for the
    /// next person at a shared terminal, even where the terminal keeps what the alternate screen
    /// showed (tmux, after the window grew, copied it into the shell's screen).
    private func blank() {
        werase(rujuk_stdscr())
        wnoutrefresh(rujuk_stdscr())
        doupdate()
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
