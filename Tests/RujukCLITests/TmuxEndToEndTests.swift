#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing

/// Drives the real binary in two tmux sessions: the teacher flags, the counsellor sees it
/// live, picks it up and replies, and the teacher sees the reply. Sessions are named by
/// this test and killed at the end; every wait is bounded.
@Suite(.serialized) struct TmuxEndToEndTests {
    static let tmuxAvailable = FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux")

    struct Tmux {
        /// One server per value: suites run side by side, and one's kill-server must not end another's sessions.
        let socket = "rujuk-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"

        /// Runs tmux on this test's own socket (see `Spawn` for why not Foundation's Process).
        @discardableResult
        func run(_ args: [String]) -> String {
            Spawn.run("/usr/bin/tmux", ["-L", socket] + args, environment: ProcessInfo.processInfo.environment).out
        }

        func screen(_ session: String) -> String { run(["capture-pane", "-p", "-t", session]) }

        /// Waits up to `seconds` for text to appear on a session's screen.
        func waitFor(_ text: String, in session: String, seconds: Double = 5) -> Bool {
            waitUntil(in: session, seconds: seconds) { $0.contains(text) }
        }

        /// Waits up to `seconds` for a session's screen to pass `test`.
        func waitUntil(in session: String, seconds: Double = 5, _ test: (String) -> Bool) -> Bool {
            let deadline = Date().addingTimeInterval(seconds)
            while Date() < deadline {
                if test(screen(session)) { return true }
                usleep(100_000)
            }
            return false
        }

        func keys(_ session: String, _ keys: String...) { run(["send-keys", "-t", session] + keys) }
        func text(_ session: String, _ text: String) { run(["send-keys", "-t", session, "-l", text]) }
        /// Ends the server and waits (at most 3 s) for the programs in its panes to exit: one that
        /// saves its drafts on the hang-up would otherwise make its state directory again after
        /// the test removed it.
        func kill() {
            let pids = run(["list-panes", "-a", "-F", "#{pane_pid}"]).split(separator: "\n").compactMap { pid_t($0) }
            run(["kill-server"])
            let deadline = Date().addingTimeInterval(3)
            while Date() < deadline, pids.contains(where: { Glibc.kill($0, 0) == 0 }) { usleep(20_000) }
        }
    }

    /// A demo store and the interface of demo people in sessions of one tmux server, with
    /// drafts in a state directory of their own; `close()` removes all three.
    struct DemoSessions {
        let cli = CLI()
        let tmux = Tmux()
        let state = NSTemporaryDirectory() + "rujuk-e2e-state-\(UUID().uuidString)"

        init() throws { try cli.run(["init", "--demo"]) }

        func start(_ who: String, session: String? = nil, width: Int, height: Int) {
            let command = "XDG_STATE_HOME=\(state) TERM=xterm-256color \(CLI.binary) --store \(cli.store) --as \(who)"
            tmux.run(["new-session", "-d", "-s", session ?? who, "-x", "\(width)", "-y", "\(height)", command])
        }

        /// The teacher at 120×40 and the counsellor at 80×24, each waited for until drawn.
        func startSariAndBudi() {
            start("sari", width: 120, height: 40)
            start("budi", width: 80, height: 24)
            #expect(tmux.waitFor("Sari Wulandari (subject teacher)", in: "sari"))
            #expect(tmux.waitFor("Budi Santoso (guru BK)", in: "budi"))
        }

        func close() {
            tmux.kill()
            cli.remove()
            try? FileManager.default.removeItem(atPath: state)
        }
    }

    @Test(.enabled(if: tmuxAvailable), .timeLimit(.minutes(1)))
    func aFlagAppearsLiveAndTheReplyComesBack() throws {
        let demo = try DemoSessions()
        defer { demo.close() }
        let (cli, tmux) = (demo.cli, demo.tmux)
        demo.startSariAndBudi()

        tmux.keys("sari", "n")
        tmux.text("sari", "andi prat")
        #expect(tmux.waitFor("0091234567", in: "sari"))
        tmux.keys("sari", "Enter")
        tmux.text("sari", "Sering melamun di kelas.")
        tmux.keys("sari", "C-s")
        #expect(tmux.waitFor("Case #14 opened.", in: "sari"))

        // Budi's queue shows the new case without a key press; filter to it and pick it up.
        #expect(tmux.waitFor("#14", in: "budi", seconds: 2))
        tmux.keys("budi", "/")
        tmux.text("budi", "#14")
        tmux.keys("budi", "Enter")
        tmux.keys("budi", "p")
        #expect(tmux.waitFor("You picked up case #14.", in: "budi"))
        tmux.keys("budi", "r")
        tmux.text("budi", "Saya panggil Andi besok.")
        tmux.keys("budi", "Enter")
        #expect(tmux.waitFor("Sent.", in: "budi"))

        // Sari's thread of #14 shows the reply.
        #expect(tmux.waitFor("Saya panggil Andi besok.", in: "sari", seconds: 3))

        // A draft survives quitting: Sari starts a reply, quits, and finds it on the next start.
        tmux.keys("sari", "r")
        tmux.text("sari", "Terima kasih Pak")
        tmux.keys("sari", "Escape")
        tmux.keys("sari", "q")
        usleep(300_000)
        demo.start("sari", session: "sari2", width: 120, height: 40)
        #expect(tmux.waitFor("draft: Terima kasih Pak", in: "sari2"))
        tmux.keys("sari2", "q")
        tmux.keys("budi", "q")
        let thread = try cli.json(["thread", "14", "--as", "sari"]) as! [[String: Any]]
        #expect(thread.first?["text"] as? String == "Saya panggil Andi besok.")
    }

    /// The panic key blanks the real terminal, even right after Esc (a key code must not be
    /// lost behind it); the demo school needs no PIN, so Enter brings the screen back.
    @Test(.enabled(if: tmuxAvailable), .timeLimit(.minutes(1)))
    func thePanicKeyBlanksTheScreenEvenRightAfterEscape() throws {
        let demo = try DemoSessions()
        defer { demo.close() }
        let tmux = demo.tmux
        demo.start("budi", width: 80, height: 24)
        #expect(tmux.waitFor("Budi Santoso (guru BK)", in: "budi"))
        tmux.keys("budi", "?")
        #expect(tmux.waitFor("F12", in: "budi"))
        tmux.keys("budi", "Escape", "F12")
        #expect(tmux.waitFor("Login: budi", in: "budi"))
        #expect(!tmux.screen("budi").contains("Rizky"))
        tmux.keys("budi", "Enter")
        #expect(tmux.waitFor("Budi Santoso (guru BK)", in: "budi"))
        tmux.keys("budi", "q")
    }

    /// A resize is drawn at once, with no key pressed: the signal may be taken by any thread,
    /// and the loop's sleep still ends (it wakes on a pipe the handler writes to).
    @Test(.enabled(if: tmuxAvailable), .timeLimit(.minutes(1)))
    func aResizeIsDrawnWithoutAKey() throws {
        let demo = try DemoSessions()
        defer { demo.close() }
        let tmux = demo.tmux
        demo.start("budi", width: 120, height: 40)
        // The school's name is in the top bar only when there is room for it (120 columns).
        #expect(tmux.waitFor("Rujuk · SMP Negeri 30 Harapan", in: "budi"))
        tmux.run(["resize-window", "-t", "budi", "-x", "80", "-y", "24"])
        // Drawn anew for 80 columns: the bar starts with the person, the school's name gone.
        // (tmux itself drops the top rows of a shrunk window: wait for the bar drawn anew.)
        let redrawn = tmux.waitUntil(in: "budi") { !$0.contains("Rujuk · SMP Negeri 30 Harapan") && $0.hasPrefix(" Budi Santoso (guru BK)") }
        #expect(redrawn, "\(tmux.screen("budi"))")
        tmux.run(["resize-window", "-t", "budi", "-x", "120", "-y", "40"])
        #expect(tmux.waitFor("Rujuk · SMP Negeri 30 Harapan", in: "budi"))
        tmux.keys("budi", "q")
    }

    /// Quitting leaves nothing of the interface on the shell's screen, even after the window
    /// grew (tmux then carried what the alternate screen showed into the shell's): at a shared
    /// terminal, the next person sees no name and no case.
    @Test(.enabled(if: tmuxAvailable), .timeLimit(.minutes(1)))
    func quittingAfterAResizeLeavesNothingOnTheShellsScreen() throws {
        let demo = try DemoSessions()
        defer { demo.close() }
        let tmux = demo.tmux
        let command = "XDG_STATE_HOME=\(demo.state) TERM=xterm-256color \(CLI.binary) --store \(demo.cli.store) --as budi"
        tmux.run(["new-session", "-d", "-s", "budi", "-x", "80", "-y", "24", "sh", "-c", "clear; echo before; \(command); echo after; sleep 30"])
        #expect(tmux.waitFor("Budi Santoso (guru BK)", in: "budi"))
        tmux.run(["resize-window", "-t", "budi", "-x", "120", "-y", "40"])
        #expect(tmux.waitFor("Rujuk · SMP Negeri 30 Harapan", in: "budi"))
        tmux.keys("budi", "q")
        #expect(tmux.waitFor("after", in: "budi"))
        let shell = tmux.screen("budi")
        #expect(!shell.contains("│") && !shell.contains("Budi") && !shell.contains("#1"), "\(shell)")
    }

    /// The counsellor adds a plan action owned by the subject teacher; it appears in the
    /// teacher's running session under "my actions", and she marks it done there.
    @Test(.enabled(if: tmuxAvailable), .timeLimit(.minutes(1)))
    func aPlanActionReachesTheTeachersMyActionsLive() throws {
        let demo = try DemoSessions()
        defer { demo.close() }
        let (cli, tmux) = (demo.cli, demo.tmux)
        demo.startSariAndBudi()

        // Budi opens the plan form on Dimas's case (#4, flagged by Sari): the owner defaults to her.
        tmux.keys("budi", "/")
        tmux.text("budi", "#4")
        tmux.keys("budi", "Enter")
        tmux.keys("budi", "P")
        #expect(tmux.waitFor("Help plan", in: "budi"))
        #expect(tmux.waitFor("Sari Wulandari", in: "budi"))
        tmux.keys("budi", "Tab")
        tmux.text("budi", "Latihan kerja kelompok untuk Dimas")
        tmux.keys("budi", "C-s")
        #expect(tmux.waitFor("Recorded on case #4.", in: "budi"))

        // Sari's running session shows it under "my actions" without restarting.
        tmux.keys("sari", "m")
        #expect(tmux.waitFor("Latihan kerja kelompok untuk Dimas", in: "sari", seconds: 3), "\(tmux.screen("sari"))")
        let actions = try cli.json(["actions", "--as", "sari"]) as! [[String: Any]]
        let index = try #require(actions.firstIndex { $0["text"] as? String == "Latihan kerja kelompok untuk Dimas" })
        for _ in 0..<index { tmux.keys("sari", "j") }
        tmux.keys("sari", "x")
        #expect(tmux.waitFor("x again marks it done", in: "sari"), "\(tmux.screen("sari"))")
        tmux.keys("sari", "x")
        #expect(tmux.waitFor("Marked done on case #4.", in: "sari"), "\(tmux.screen("sari"))")

        // A dropped connection (SIGHUP) keeps a half-filled form: Budi's home-visit notes come back.
        tmux.keys("budi", "H")
        #expect(tmux.waitFor("Home visit", in: "budi"))
        for _ in 0..<3 { tmux.keys("budi", "Tab") }
        tmux.text("budi", "Rumah kosong saat sore")
        #expect(tmux.waitFor("Rumah kosong saat sore", in: "budi"))
        tmux.run(["kill-session", "-t", "budi"])
        usleep(500_000)
        demo.start("budi", session: "budi2", width: 80, height: 24)
        #expect(tmux.waitFor("Rumah kosong saat sore", in: "budi2"), "\(tmux.screen("budi2"))")
        #expect(tmux.screen("budi2").contains("Home visit"))
        tmux.keys("budi2", "C-c")
        tmux.keys("sari", "q")
        let plan = try cli.json(["plan", "4", "--as", "budi"]) as! [String: Any]
        let item = (plan["actions"] as! [[String: Any]]).first { $0["text"] as? String == "Latihan kerja kelompok untuk Dimas" }
        #expect(item?["done"] as? Bool == true && item?["doneBy"] as? String == "sari")
    }

    @Test(.enabled(if: tmuxAvailable), .timeLimit(.minutes(1)))
    func aBrokenThemeIsReportedWithItsLineAndTheDefaultIsUsed() throws {
        let cli = CLI()
        let tmux = Tmux()
        let config = NSTemporaryDirectory() + "rujuk-e2e-config-\(UUID().uuidString)"
        defer { tmux.kill(); cli.remove(); try? FileManager.default.removeItem(atPath: config) }
        try cli.run(["init", "--demo"])
        try FileManager.default.createDirectory(atPath: config + "/rujuk/themes", withIntermediateDirectories: true)
        try "name = \"odd\"\n\n[styles.\"bar\"]\nfg = \"purple\"\n".write(toFile: config + "/rujuk/themes/odd.toml", atomically: true, encoding: .utf8)
        try "name = \"torn\"\n[styles.\"bar\"\nfg = 1\n".write(toFile: config + "/rujuk/themes/torn.toml", atomically: true, encoding: .utf8)
        // The test runner sets NO_COLOR, which (rightly) selects mono without reading any theme.
        // Both sessions run at once: quitting the only session would stop the server under the next one.
        let cases = [("odd", "line 4: 'purple' is not a colour"), ("torn", "torn.toml line 2")]
        for (theme, _) in cases {
            tmux.run(["new-session", "-d", "-s", theme, "-x", "200", "-y", "30",
                      "env -u NO_COLOR XDG_CONFIG_HOME=\(config) \(CLI.binary) --store \(cli.store) --as budi --theme \(theme)"])
        }
        for (theme, expected) in cases {
            #expect(tmux.waitFor(expected, in: theme), "\(tmux.screen(theme))")
            #expect(tmux.waitFor("2 Queue", in: theme))
        }
    }

    /// A note of three lines pasted into the reply box (tmux pastes it bracketed, as a terminal
    /// does once asked): one draft, nothing sent, no key run; Enter sends it whole.
    @Test(.enabled(if: tmuxAvailable), .timeLimit(.minutes(1)))
    func aPastedNoteIsOneDraftNotThreeMessages() throws {
        let cli = CLI()
        let tmux = Tmux()
        defer { tmux.kill(); cli.remove() }
        try cli.run(["init", "--demo"])
        tmux.run(["new-session", "-d", "-s", "s", "-x", "120", "-y", "40", "\(CLI.binary) --store \(cli.store) --as sari"])
        #expect(tmux.waitFor("2 Queue", in: "s"))
        let journal = cli.store + "/journal/000001.jsonl"
        func messages() -> [String] {
            String(decoding: FileManager.default.contents(atPath: journal) ?? Data(), as: UTF8.self)
                .split(separator: "\n").map(String.init).filter { $0.contains("\"messagePosted\"") }
        }
        let before = messages()
        tmux.keys("s", "r")
        #expect(tmux.waitFor("> ", in: "s"))
        tmux.run(["set-buffer", "-b", "note", "Baris satu\nBaris dua\nBaris tiga"])
        tmux.run(["paste-buffer", "-p", "-b", "note", "-t", "s"])
        #expect(tmux.waitFor("Baris tiga", in: "s"), "\(tmux.screen("s"))")
        // Nothing reached the journal yet, and "Bar" did not open the student's record.
        #expect(messages() == before)
        #expect(!tmux.screen("s").contains("Record"))
        tmux.keys("s", "Enter")
        #expect(tmux.waitUntil(in: "s") { !$0.contains("> Baris") })
        let after = messages()
        #expect(after.count == before.count + 1)
        #expect(after.last?.contains(#""text":"Baris satu\nBaris dua\nBaris tiga""#) == true, "\(after.last ?? "")")
    }

    @Test(.enabled(if: tmuxAvailable), .timeLimit(.minutes(1)))
    func aDumbTerminalIsRefusedWithASentence() throws {
        let cli = CLI()
        defer { cli.remove() }
        try cli.run(["init", "--demo"])
        let r = try cli.run(["open", "--as", "sari"], env: ["TERM": "dumb"])
        #expect(r.status == 64)
        #expect(r.err.contains("cannot show Rujuk's interface"))
    }

    /// `staff leave` ends access in a running interface: within the poll, the person is signed
    /// out with the sentence that says why, and the interface exits with 77.
    @Test(.enabled(if: tmuxAvailable), .timeLimit(.minutes(1)))
    func staffLeaveEndsAccessInARunningInterface() throws {
        let demo = try DemoSessions()
        defer { demo.close() }
        let (cli, tmux) = (demo.cli, demo.tmux)
        let command = "XDG_STATE_HOME=\(demo.state) TERM=xterm-256color \(CLI.binary) --store \(cli.store) --as sari; echo EXIT=$?; sleep 30"
        tmux.run(["new-session", "-d", "-s", "sari", "-x", "120", "-y", "40", command])
        #expect(tmux.waitFor("Sari Wulandari (subject teacher)", in: "sari"))
        let left = try cli.run(["staff", "leave", "sari", "--handover-to", "budi", "--as", "admin"])
        #expect(left.status == 0, "\(left.err)")
        #expect(tmux.waitFor("EXIT=77", in: "sari"))
        #expect(tmux.screen("sari").contains("left the school"))
    }
}
