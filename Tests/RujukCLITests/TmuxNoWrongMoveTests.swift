import Foundation
import Testing

/// Issue 12 in the real binary, with live sessions side by side: a flag typed with pane 1
/// focused lands on the typed student; a pickup elsewhere never turns `p` into a pickup of
/// another case; a close without a summary does not happen silently. In the same (serialized)
/// suite as the other tmux tests, so that no two sets of live sessions share the machine at once.
extension TmuxEndToEndTests {
    typealias Sessions = TmuxEndToEndTests.DemoSessions

    @Test(.enabled(if: Self.tmuxAvailable), .timeLimit(.minutes(1)))
    func aFlagTypedWithPaneOneFocusedLandsOnTheTypedStudent() throws {
        let demo = try Sessions()
        defer { demo.close() }
        let (cli, tmux) = (demo.cli, demo.tmux)
        demo.start("sari", width: 120, height: 40)
        #expect(tmux.waitFor("Sari Wulandari (subject teacher)", in: "sari"))
        tmux.keys("sari", "1")
        tmux.keys("sari", "j")
        tmux.keys("sari", "n")
        #expect(tmux.waitFor("Suggested from the list", in: "sari"))
        tmux.text("sari", "andi prat")
        #expect(tmux.waitFor("0091234567", in: "sari"))
        tmux.keys("sari", "Enter")
        #expect(tmux.waitFor("For: Andi Pratama · VIII-B", in: "sari"), "\(tmux.screen("sari"))")
        tmux.text("sari", "andi pr")
        tmux.keys("sari", "C-s")
        #expect(tmux.waitFor("Case #14 opened.", in: "sari"), "\(tmux.screen("sari"))")
        tmux.keys("sari", "q")
        let shown = try cli.json(["show", "14", "--as", "sari"]) as! [String: Any]
        #expect((shown["student"] as? [String: Any])?["nisn"] as? String == "0091234567")
        #expect((shown["flagged"] as? [[String: Any]])?.first?["saw"] as? String == "andi pr")
    }

    @Test(.enabled(if: Self.tmuxAvailable), .timeLimit(.minutes(1)))
    func aPickupByAnotherCounsellorNeverTurnsPIntoAPickupOfAnotherCase() throws {
        let demo = try Sessions()
        defer { demo.close() }
        let (cli, tmux) = (demo.cli, demo.tmux)
        demo.start("budi", width: 80, height: 24)
        demo.start("wati", width: 120, height: 40)
        #expect(tmux.waitFor("Budi Santoso (guru BK)", in: "budi"))
        #expect(tmux.waitFor("Wati Handayani (guru BK)", in: "wati"))
        // Budi's first row is case #1 (urgent, nobody holds it). Wati picks it up in her session.
        tmux.keys("wati", "f")
        tmux.keys("wati", "/")
        tmux.text("wati", "#1")
        tmux.keys("wati", "Enter")
        tmux.keys("wati", "p")
        #expect(tmux.waitFor("You picked up case #1.", in: "wati"), "\(tmux.screen("wati"))")
        #expect(tmux.waitFor("Case #1 is now with Wati Handayani", in: "budi", seconds: 3), "\(tmux.screen("budi"))")
        tmux.keys("budi", "p")
        #expect(tmux.waitFor("Select a case first.", in: "budi"), "\(tmux.screen("budi"))")
        tmux.keys("budi", "q")
        tmux.keys("wati", "q")
        let queue = try cli.json(["queue", "--unclaimed", "--as", "budi"]) as! [[String: Any]]
        #expect(queue.contains { $0["number"] as? Int == 2 }, "case #2 must still be unclaimed")
    }

    @Test(.enabled(if: Self.tmuxAvailable), .timeLimit(.minutes(1)))
    func aCloseWithoutASummaryDoesNotHappenSilently() throws {
        let demo = try Sessions()
        defer { demo.close() }
        let (cli, tmux) = (demo.cli, demo.tmux)
        demo.startSariAndBudi()
        // Case #4 is Budi's, flagged by Sari.
        tmux.keys("budi", "/")
        tmux.text("budi", "#4")
        tmux.keys("budi", "Enter")
        tmux.keys("budi", "c")
        tmux.keys("budi", "1")
        #expect(tmux.waitFor("Summary for Sari Wulandari", in: "budi"))
        tmux.keys("budi", "Enter")
        #expect(tmux.waitFor("Write a summary for the referrer", in: "budi"), "\(tmux.screen("budi"))")
        let open = try cli.json(["show", "4", "--as", "budi"]) as! [String: Any]
        #expect(open["status"] as? String != "closed")
        tmux.text("budi", "Sudah ditangani BK; tidak ada tindak lanjut untuk guru")
        tmux.keys("budi", "Enter")
        #expect(tmux.waitFor("Closed case #4.", in: "budi"), "\(tmux.screen("budi"))")
        // Sari hears back in her running session.
        tmux.keys("sari", "/")
        tmux.text("sari", "#4")
        tmux.keys("sari", "Enter")
        #expect(tmux.waitFor("Closed (resolved): Sudah ditangani BK", in: "sari", seconds: 3), "\(tmux.screen("sari"))")
        tmux.keys("sari", "q")
        tmux.keys("budi", "q")
    }
}
