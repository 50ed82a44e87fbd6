import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a program with posix_spawn and waitpid, its output in temporary files. Foundation's
/// Process notices a child's exit through an inherited socket (a daemon such as the tmux
/// server keeps it open) and was seen to miss an exit under load; the child also gets an
/// empty signal mask and default handlers, so SIGHUP and SIGTERM reach it as in a shell.
enum Spawn {
    struct Result {
        var status: Int32
        var out: String
        var err: String
    }

    static func run(_ path: String, _ args: [String], environment: [String: String], stdin: Data = Data()) -> Result {
        let base = NSTemporaryDirectory() + "rujuk-spawn-\(getpid())-\(UUID().uuidString)"
        let (inPath, outPath, errPath) = (base + ".in", base + ".out", base + ".err")
        _ = FileManager.default.createFile(atPath: inPath, contents: stdin)
        defer { for file in [inPath, outPath, errPath] { unlink(file) } }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, inPath, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t(), all = sigset_t()
        sigemptyset(&empty)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let argv = ([path] + args).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        guard posix_spawn(&pid, path, &actions, &attributes, argv, envp) == 0 else {
            return Result(status: 127, out: "", err: "cannot start \(path)")
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let code = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        func read(_ p: String) -> String { String(decoding: FileManager.default.contents(atPath: p) ?? Data(), as: UTF8.self) }
        return Result(status: code, out: read(outPath), err: read(errPath))
    }
}
