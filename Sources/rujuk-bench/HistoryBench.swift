#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// `rujuk-bench history DIR`: what a question about closed history costs as a whole `rujuk`
/// process (issue 16, items 1 and 4), against a plain start-up (`queue`) in the same run:
/// `record STUDENT`, `show N` of a closed case, `queue --all` (its first line and its end),
/// `audit --case N` and `audit --who LOGIN --since D` (through the audit index), `check` and a
/// rebuild from the journal. Run it on a store built beforehand: a child's peak memory counts
/// its parent's at the spawn, so a bench that has just built the store in-process inflates it. Each is started with `posix_spawn` and reaped with `wait4`, which also gives its
/// peak resident memory; the rounds are interleaved, so the machine's noise falls on all alike.
enum HistoryBench {
    struct Run {
        var firstLine: Double
        var whole: Double
        var peakMB: Double
    }

    static func run(root: String, rounds: Int = 7) throws {
        let rujuk = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("rujuk").path
        guard FileManager.default.isExecutableFile(atPath: rujuk) else { throw BenchError("build rujuk next to rujuk-bench first: \(rujuk)") }
        let common = ["--store", root, "--as", "budi"]
        // The demo school, as small as a store gets: what a start-up costs without history.
        let demo = NSTemporaryDirectory() + "rujuk-bench-demo-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: demo) }
        _ = try spawn(rujuk, ["init", "--demo", "--store", demo])
        // A case of the first year, closed in a store of any size (opened here, the store would
        // count in every child's peak memory).
        let show = 4321
        let questions: [(String, [String])] = [
            ("start-up (queue)", ["queue"] + common),
            ("start-up of the demo school (queue)", ["queue", "--store", demo, "--as", "budi"]),
            ("record STUDENT", ["record", "s0008"] + common),
            ("show N, a closed case", ["show", "\(show)"] + common),
            ("queue --all", ["queue", "--all"] + common),
            ("audit --case N", ["audit", "--case", "\(show)"] + common),
            ("audit --who LOGIN --since D", ["audit", "--who", "budi", "--since", "2026-10-26"] + common),
        ]
        // The audit index as an older store meets it: none yet, so the first question reads every
        // segment and writes the index on the way; the rounds below read it.
        for isPrivate in [false, true] {
            try? FileManager.default.removeItem(atPath: (isPrivate ? root + "/private" : root) + "/audit")
        }
        let first = try spawn(rujuk, ["audit", "--case", "\(show)"] + common)
        print(String(format: "audit --case N with no index yet (reads every segment, writes the index): %.1f ms, peak %.1f MB",
                     first.whole, first.peakMB))
        var runs: [String: [Run]] = [:]
        for _ in 0..<rounds {
            for (name, arguments) in questions { runs[name, default: []].append(try spawn(rujuk, arguments)) }
        }
        let startUp = Timing.median(runs[questions[0].0]!.map(\.whole))
        for (name, _) in questions {
            let r = runs[name]!
            print(String(format: "%@, whole process, median of %d: %.1f ms (%.2fx a start-up), first line %.1f ms, peak %.1f MB",
                         name, rounds, Timing.median(r.map(\.whole)), Timing.median(r.map(\.whole)) / startUp,
                         Timing.median(r.map(\.firstLine)), Timing.median(r.map(\.peakMB))))
        }
        let check = try spawn(rujuk, ["check", "--store", root])
        print(String(format: "check, whole process, once: %.1f s, peak %.0f MB", check.whole / 1000, check.peakMB))
        // A lost snapshot is rebuilt from the journal by the next command (which writes it again):
        // with the shelf still there, then with the shelf lost too (the rebuild writes it anew).
        unlink(root + "/snapshot.json")
        let rebuild = try spawn(rujuk, ["queue"] + common)
        print(String(format: "rebuild from the journal (snapshot lost), whole process, once: %.1f s, peak %.0f MB", rebuild.whole / 1000, rebuild.peakMB))
        unlink(root + "/snapshot.json")
        try? FileManager.default.removeItem(atPath: root + "/history")
        let anew = try spawn(rujuk, ["queue"] + common)
        print(String(format: "rebuild from the journal (snapshot and history shelf lost), whole process, once: %.1f s, peak %.0f MB", anew.whole / 1000, anew.peakMB))
    }

    /// Runs `arguments`, reading its output as it comes: the time to its first line, to its exit,
    /// and its peak resident memory.
    static func spawn(_ path: String, _ arguments: [String]) throws -> Run {
        var out: [Int32] = [0, 0]
        precondition(pipe(&out) == 0)
        for fd in out { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, out[1], 1)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        defer { for p in argv { free(p) } }
        var env = ProcessInfo.processInfo.environment
        env["CI"] = "true"
        let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for p in envp { free(p) } }
        var pid: pid_t = 0
        let began = DispatchTime.now().uptimeNanoseconds
        guard posix_spawn(&pid, path, &actions, nil, argv, envp) == 0 else { throw BenchError("posix_spawn \(path)") }
        close(out[1])
        var firstLine: UInt64?
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = read(out[0], &buffer, buffer.count)
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            if firstLine == nil, buffer[0..<n].contains(UInt8(ascii: "\n")) { firstLine = DispatchTime.now().uptimeNanoseconds }
        }
        close(out[0])
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let ended = DispatchTime.now().uptimeNanoseconds
        if status != 0 { FileHandle.standardError.write(Data("rujuk \(arguments.joined(separator: " ")) exited with status \(status)\n".utf8)) }
        return Run(firstLine: Double((firstLine ?? ended) - began) / 1e6, whole: Double(ended - began) / 1e6,
                   peakMB: Double(usage.ru_maxrss) / 1024)
    }
}
