#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing

@Suite struct ConcurrentProcessTests {
    /// 20 `rujuk reply` processes at once, 5 replies each, all to one case: every
    /// acknowledged reply is there exactly once, in each writer's order.
    @Test(.timeLimit(.minutes(2)))
    func twentyProcessesReplyingToOneCaseLoseAndDuplicateNothing() async throws {
        let cli = CLI()
        defer { cli.remove() }
        try cli.run(["init", "--demo"])
        let writers = 20, each = 5
        let acknowledged = try await withThrowingTaskGroup(of: [String].self) { group in
            for w in 0..<writers {
                group.addTask {
                    var ok: [String] = []
                    for i in 0..<each {
                        let text = "writer \(w) reply \(i)"
                        if try cli.run(["reply", "4", text, "--as", w % 2 == 0 ? "budi" : "sari"]).status == 0 { ok.append(text) }
                    }
                    return ok
                }
            }
            return try await group.reduce(into: [String]()) { $0 += $1 }
        }
        #expect(acknowledged.count == writers * each)
        let thread = try cli.json(["thread", "4", "--as", "budi"]) as! [[String: Any]]
        let texts = thread.compactMap { $0["text"] as? String }.filter { $0.hasPrefix("writer ") }
        #expect(texts.count == acknowledged.count)
        #expect(Set(texts) == Set(acknowledged))
        for w in 0..<writers {
            #expect(texts.filter { $0.hasPrefix("writer \(w) ") } == (0..<each).map { "writer \(w) reply \($0)" })
        }
        #expect(try cli.run(["check"]).status == 0)
    }

    /// A writer that may make no timer (its limit of queued signals is 0) still waits for a
    /// held lock, asking again until it is let go, and writes once it is.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/prlimit")), .timeLimit(.minutes(1)))
    func aWriterWithoutTimersStillWaitsForTheLock() throws {
        let cli = CLI()
        defer { cli.remove() }
        try cli.run(["init", "--demo"])
        let fd = open(cli.store + "/lock", O_RDWR | O_CLOEXEC)
        defer { close(fd) }
        #expect(fd >= 0 && flock(fd, LOCK_EX) == 0)
        let release = Thread { usleep(300_000); flock(fd, LOCK_UN) }
        release.start()
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "RUJUK_STORE")
        let started = Date()
        let r = Spawn.run("/usr/bin/prlimit", ["--sigpending=0", CLI.binary, "reply", "4", "after the wait", "--as", "budi", "--store", cli.store],
                          environment: environment)
        #expect(r.status == 0 && Date().timeIntervalSince(started) >= 0.25, "\(r.err)")
        let thread = try cli.json(["thread", "4", "--as", "budi"]) as! [[String: Any]]
        #expect(thread.contains { $0["text"] as? String == "after the wait" })
    }
}
