import Foundation
import Testing

/// Long roster work on a terminal (issue 14, items 5 and 7): progress on standard error only
/// when it is a terminal, the new year's assignments asked there, and nothing of either in a
/// script or a CI log.
@Suite(.serialized) struct YearTerminalTests {
    @Test func aScriptGetsNoProgressAndNoQuestions() throws {
        let cli = CLI()
        defer { cli.remove() }
        try cli.run(["init", "--demo"])
        let journal = cli.store + "/journal/000001.jsonl"
        let before = FileManager.default.contents(atPath: journal)
        // Not a terminal and no --apply: nothing asked, nothing written, told how to apply.
        let asked = try cli.run(["year", "start", "2026/2027", "--promote", "--as", "admin"])
        #expect(asked.err.isEmpty && !asked.out.contains("homerooms and caseloads now"), "\(asked.err)")
        #expect(FileManager.default.contents(atPath: journal) == before)
        let applied = try cli.run(["year", "start", "2026/2027", "--promote", "--apply", "--as", "admin"])
        #expect(applied.status == 0 && applied.err.isEmpty, "\(applied.err)")
    }

    @Test(.enabled(if: TmuxEndToEndTests.tmuxAvailable))
    func onATerminalTheYearStartShowsProgressAndAsksTheAssignments() throws {
        let cli = CLI()
        let tmux = TmuxEndToEndTests.Tmux()
        defer { tmux.kill(); cli.remove() }
        try cli.run(["init", "--demo"])
        tmux.run(["new-session", "-d", "-s", "year", "-x", "120", "-y", "40",
                  "TERM=xterm-256color \(CLI.binary) year start 2026/2027 --promote --store \(cli.store) --as admin; sleep 30"])
        #expect(tmux.waitFor("… planning the new year", in: "year"))
        #expect(tmux.waitFor("Set the new year's homerooms and caseloads now? [Y/n]", in: "year"))
        tmux.keys("year", "Enter")
        #expect(tmux.waitFor("caseload, classes or grades separated by spaces [VII VIII]:", in: "year"))
        tmux.text("year", "VII")
        tmux.keys("year", "Enter")
        #expect(tmux.waitFor("homeroom [VIII-B]:", in: "year"))
        tmux.text("year", "IX-B")
        tmux.keys("year", "Enter")
        #expect(tmux.waitFor("[IX]:", in: "year"))
        tmux.keys("year", "Enter")
        #expect(tmux.waitFor("assignment Rina Marlina (rina): homeroom IX-B", in: "year"))
        tmux.text("year", "y")
        tmux.keys("year", "Enter")
        #expect(tmux.waitFor("… checking and writing", in: "year"))
        #expect(tmux.waitFor("homerooms and caseloads: 2 changes.", in: "year"), "\(tmux.screen("year"))")
        let staff = try cli.run(["staff", "--as", "admin"]).out
        let lines = staff.split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix("rina") && $0.contains("homeroom IX-B") }, "\(staff)")
        #expect(lines.contains { $0.hasPrefix("budi") && $0.hasSuffix("caseload VII") }, "\(staff)")
    }

    @Test(.enabled(if: TmuxEndToEndTests.tmuxAvailable))
    func theAdminsInterfaceShowsTheRosterAndWritesThroughTheStore() throws {
        let cli = CLI()
        let tmux = TmuxEndToEndTests.Tmux()
        defer { tmux.kill(); cli.remove() }
        try cli.run(["init", "--demo"])
        let state = NSTemporaryDirectory() + "rujuk-admin-state-\(UUID().uuidString)"
        // After the interface is gone (it may save drafts as it ends).
        defer { tmux.kill(); try? FileManager.default.removeItem(atPath: state) }
        tmux.run(["new-session", "-d", "-s", "admin", "-x", "80", "-y", "24",
                  "XDG_STATE_HOME=\(state) TERM=xterm-256color \(CLI.binary) --store \(cli.store) --as admin"])
        #expect(tmux.waitFor("1 Classes", in: "admin"))
        #expect(tmux.screen("admin").contains("│VIII-B   30  17  13"))
        // Rina (pane 3, sixth by name) gets the homeroom IX-A: name, six roles, then the homeroom.
        tmux.keys("admin", "3")
        for _ in 0..<5 { tmux.keys("admin", "j") }
        tmux.keys("admin", "e")
        #expect(tmux.waitFor("Edit staff member · Rina Marlina (rina)", in: "admin"))
        for _ in 0..<7 { tmux.keys("admin", "Tab") }
        tmux.keys("admin", "C-u")
        tmux.text("admin", "IX-A")
        tmux.keys("admin", "C-s")
        #expect(tmux.waitFor("Saved: Rina Marlina.", in: "admin"), "\(tmux.screen("admin"))")
        #expect(try cli.run(["staff", "--as", "admin"]).out.contains("homeroom IX-A"))
        tmux.keys("admin", "q")
    }
}
