#if canImport(Glibc)
import Glibc
#endif
import Foundation
import RujukDomain
import RujukStore
import RujukUI

/// From one session's write to another session's screen: a `rujuk` beside this benchmark runs
/// on a pty as budi (in-process, and through the helper run unprivileged), this process posts
/// a message to the case on budi's screen, and the time until its words are on that terminal
/// is taken; with the journal watched (inotify) and, as before, asked every 200 ms.
enum LiveUpdateBench {
    static func run(root: String, rounds: Int = 20) throws {
        let here = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let rujuk = here.appendingPathComponent("rujuk").path, helper = here.appendingPathComponent("rujuk-helper").path
        guard access(rujuk, X_OK) == 0, access(helper, X_OK) == 0 else {
            return print("live updates: skipped (build the products rujuk and rujuk-helper beside this benchmark)")
        }
        chmod(root, 0o700)
        let config = NSTemporaryDirectory() + "rujuk-bench-live-\(getpid()).conf"
        try Data("store = \(root)\nhelper = \(helper)\n".utf8).write(to: URL(fileURLWithPath: config))
        let home = NSTemporaryDirectory() + "rujuk-bench-live-home-\(getpid())"
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        defer {
            unlink(config)
            try? FileManager.default.removeItem(atPath: home)
        }
        let writer = try Store.open(root)
        let budi = try require(writer.school.staff["budi"], "no budi in \(root)")
        // The case on budi's screen when his session opens: the interface's own choice.
        let shown = try require(AppState(school: writer.school, actor: budi, now: Date(), width: 120, height: 40).selectedCase?.number,
                                "budi's queue is empty")
        let base = ["HOME": home, "TERM": "xterm-256color", "LANG": "C.UTF-8", "XDG_STATE_HOME": home + "/state", "XDG_CONFIG_HOME": home + "/config"]
        let modes: [(String, [String], [String: String])] = [
            ("in-process, watched", ["--store", root, "--as", "budi"], base.merging(["RUJUK_HELPER_CONFIG": "/nonexistent"]) { $1 }),
            ("in-process, every 200 ms", ["--store", root, "--as", "budi"], base.merging(["RUJUK_HELPER_CONFIG": "/nonexistent", "RUJUK_NO_WATCH": "1"]) { $1 }),
            ("through the helper, watched", ["--as", "budi"], base.merging(["RUJUK_HELPER_CONFIG": config]) { $1 }),
            ("through the helper, every 200 ms", ["--as", "budi"], base.merging(["RUJUK_HELPER_CONFIG": config, "RUJUK_NO_WATCH": "1"]) { $1 }),
        ]
        for (index, (name, arguments, environment)) in modes.enumerated() {
            let session = try PtySession(binary: rujuk, arguments: arguments, environment: environment)
            defer { session.end() }
            try session.waitFor("quit")
            usleep(400_000) // the thread preview, drawn once the selection rests
            var latencies: [Double] = []
            for round in 0..<rounds {
                session.discard()
                let start = DispatchTime.now().uptimeNanoseconds
                try writer.append([Event(at: Date(), actor: "budi", payload: .messagePosted(EntryText(number: shown, visibility: .team, text: "Hidup \(index)-\(round).")))])
                // An idle session draws nothing (but for the minute turning): its first output
                // after the write is the write on screen. The words themselves are not searched
                // for, as the terminal library sends only the cells that changed.
                let seen = try session.waitForOutput(timeout: 5)
                latencies.append(Double(seen - start) / 1e6)
                // Writes at no fixed phase of a poll.
                usleep(UInt32.random(in: 50_000...250_000))
            }
            let sorted = latencies.sorted()
            print(String(format: "live update, write to the other screen (%@, %d writes): p50 %.1f ms, p95 %.1f ms, max %.1f ms",
                         name, rounds, sorted[rounds / 2], sorted[rounds * 95 / 100], sorted.last!))
        }
    }

    /// Where a change's time goes in the session that sees it, in this process: the fold of the
    /// new line, the reducer's derived lists, and the Grid.
    static func breakdown(root: String, rounds: Int = 20) throws {
        let writer = try Store.open(root), reader = try Store.open(root)
        let budi = try require(reader.school.staff["budi"], "no budi in \(root)")
        var state = AppState(school: reader.school, actor: budi, now: Date(), width: 120, height: 40)
        let shown = try require(state.selectedCase?.number, "budi's queue is empty")
        var fold: [Double] = [], derive: [Double] = [], draw: [Double] = []
        for round in 0..<rounds {
            try writer.append([Event(at: Date(), actor: "budi", payload: .messagePosted(EntryText(number: shown, visibility: .team, text: "Hidup \(round).")))])
            fold.append(Timing.measure { _ = try? reader.refresh() })
            derive.append(Timing.measure { _ = reduce(&state, .schoolChanged(reader.school)) })
            draw.append(Timing.measure { _ = render(state) })
        }
        func p50(_ xs: [Double]) -> Double { xs.sorted()[xs.count / 2] * 1000 }
        print(String(format: "live update in the session that sees it (in-process, p50 of %d): fold %.2f ms, reducer %.2f ms, Grid %.2f ms",
                     rounds, p50(fold), p50(derive), p50(draw)))
    }

    private static func require<T>(_ value: T?, _ problem: String) throws -> T {
        guard let value else { throw PtySession.Failure(description: problem) }
        return value
    }
}
