#if canImport(Glibc)
import Glibc
#endif
import CSQLite
import Foundation
import RujukDomain
import RujukStore

/// Durable appends with 1 and 8 writer processes: Rujuk's `Store.append`, SQLite (WAL,
/// `synchronous=FULL`, one INSERT per transaction) and a bare flock + `O_APPEND` + `fdatasync`
/// writer, interleaved in one run on the same disk. Every writer opens first and waits at a
/// start line (a pipe closed by the parent), so only appends are timed; processes are started
/// with `posix_spawn` and reaped with `wait4`, not Foundation's polling `waitUntilExit`.
enum AppendBench {
    static let perWriter = 1000
    /// About the size of a reply's journal line.
    static let body = #"{"seq":0,"at":"2026-11-24T03:00:00Z","actor":"budi","messagePosted":{"number":49999,"visibility":"team","text":"bench reply: progress noted, next meeting on Thursday after the break."}}"#

    /// Five rounds of 1,000 appends a writer: on a shared machine three short rounds moved the
    /// ratio by a third from run to run.
    static func run(root: String, rounds: Int = 5) throws {
        let scratch = NSTemporaryDirectory() + "rujuk-bench-sqlite-\(getpid())"
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let db = scratch + "/bench.db", jsonl = scratch + "/bench.jsonl"
        try SQLiteWriter.create(db)
        for writers in [1, 8] {
            var rates: [String: [Double]] = [:]
            for _ in 0..<rounds {
                // Each writer on a case of its own, as colleagues are; with eight, also all on one.
                rates["rujuk", default: []].append(timed(writers) { ["writer", root, String(perWriter), "\($0)"] })
                if writers > 1 {
                    rates["one case", default: []].append(timed(writers) { _ in ["writer", root, String(perWriter), "0"] })
                    // Each writer taking the lock and syncing alone, as before the append queue.
                    setenv("RUJUK_GROUP_COMMIT", "0", 1)
                    rates["alone", default: []].append(timed(writers) { ["writer", root, String(perWriter), "\($0)"] })
                    unsetenv("RUJUK_GROUP_COMMIT")
                }
                rates["sqlite", default: []].append(timed(writers) { _ in ["sqlite-writer", db, String(perWriter)] })
                rates["jsonl", default: []].append(timed(writers) { _ in ["jsonl-writer", jsonl, String(perWriter)] })
            }
            let rujuk = Timing.median(rates["rujuk"]!), sqlite = Timing.median(rates["sqlite"]!), bare = Timing.median(rates["jsonl"]!)
            print(String(format: "durable appends, %d writer process(es)%@, median of %d rounds: Rujuk %.0f/s, SQLite %.0f/s (WAL, synchronous=FULL, a row per transaction), bare flock+O_APPEND+fdatasync %.0f/s; Rujuk/SQLite %.2fx",
                         writers, writers > 1 ? " each on a case of its own" : "", rounds, rujuk, sqlite, bare, rujuk / sqlite))
            if let one = rates["one case"].map(Timing.median) {
                print(String(format: "durable appends, %d writer processes all on one case, median of %d rounds: Rujuk %.0f/s; Rujuk/SQLite %.2fx",
                             writers, rounds, one, one / sqlite))
            }
            if let alone = rates["alone"].map(Timing.median) {
                print(String(format: "durable appends, %d writer processes each syncing alone (no append queue), median of %d rounds: Rujuk %.0f/s; Rujuk/SQLite %.2fx",
                             writers, rounds, alone, alone / sqlite))
            }
        }
    }

    /// Appends per second of `writers` processes, the i-th running `arguments(i)`, from the start line to the last exit.
    static func timed(_ writers: Int, _ arguments: (Int) -> [String]) -> Double {
        var start: [Int32] = [0, 0], ready: [Int32] = [0, 0]
        // Close-on-exec: a writer that inherited the start line's write end would wait on itself.
        precondition(pipe(&start) == 0 && pipe(&ready) == 0)
        for fd in start + ready { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        let pids = (0..<writers).map { spawn(arguments($0), stdin: start[0], stdout: ready[1]) }
        close(start[0]); close(ready[1])
        // Each writer says it is ready with one byte once its store is open.
        var byte: UInt8 = 0
        for _ in 0..<writers { _ = read(ready[0], &byte, 1) }
        let began = DispatchTime.now().uptimeNanoseconds
        close(start[1])
        for pid in pids {
            var status: Int32 = 0
            while wait4(pid, &status, 0, nil) < 0 && errno == EINTR {}
            if status != 0 { FileHandle.standardError.write(Data("a writer (\(arguments(0)[0])) failed: status \(status)\n".utf8)) }
        }
        close(ready[0])
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - began) / 1e9
        return Double(writers * perWriter) / seconds
    }

    static func spawn(_ arguments: [String], stdin: Int32, stdout: Int32) -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, stdin, 0)
        posix_spawn_file_actions_adddup2(&actions, stdout, 1)
        let argv = ([CommandLine.arguments[0]] + arguments).map { strdup($0) } + [nil]
        defer { for p in argv { free(p) } }
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, CommandLine.arguments[0], &actions, nil, argv, environ)
        precondition(rc == 0, "posix_spawn: \(rc)")
        return pid
    }

    /// In a writer: say it is ready, then wait for the parent to close the start line.
    static func waitForStart() {
        var byte: UInt8 = 1
        _ = write(1, &byte, 1)
        while read(0, &byte, 1) > 0 {}
    }
}

/// One Rujuk writer process: `count` durable replies to an open case (the `index`-th newest),
/// one append each.
enum WriterProcess {
    static func run(root: String, count: Int, index: Int) throws {
        let store = try Store.open(root)
        let open = store.school.cases.values.filter { !$0.isClosed }.map(\.number).sorted(by: >)
        let number = open[index % open.count]
        AppendBench.waitForStart()
        for i in 0..<count {
            try store.append([Event(at: Date(), actor: "budi", payload: .messagePosted(EntryText(number: number, visibility: .team, text: "bench \(getpid()) \(i)")))])
        }
    }
}

/// One SQLite writer process: `count` INSERTs, each its own transaction, WAL, synchronous=FULL.
enum SQLiteWriter {
    static func create(_ path: String) throws {
        let db = try open(path)
        defer { sqlite3_close(db) }
        try exec(db, "CREATE TABLE IF NOT EXISTS events(seq INTEGER PRIMARY KEY, body TEXT NOT NULL)")
    }

    static func open(_ path: String) throws -> OpaquePointer {
        var db: OpaquePointer?
        guard sqlite3_open(path, &db) == SQLITE_OK, let db else { throw BenchError("sqlite3_open \(path)") }
        sqlite3_busy_timeout(db, 10_000)
        try exec(db, "PRAGMA journal_mode=WAL")
        try exec(db, "PRAGMA synchronous=FULL")
        return db
    }

    static func exec(_ db: OpaquePointer, _ sql: String) throws {
        guard sqlite3_exec(db, sql, nil, nil, nil) == SQLITE_OK else { throw BenchError(String(cString: sqlite3_errmsg(db))) }
    }

    static func run(path: String, count: Int) throws {
        let db = try open(path)
        defer { sqlite3_close(db) }
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(db, "INSERT INTO events(body) VALUES (?)", -1, &statement, nil) == SQLITE_OK else {
            throw BenchError(String(cString: sqlite3_errmsg(db)))
        }
        defer { sqlite3_finalize(statement) }
        let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
        AppendBench.waitForStart()
        for _ in 0..<count {
            sqlite3_bind_text(statement, 1, AppendBench.body, -1, transient)
            // Autocommit: each step is one durable transaction.
            guard sqlite3_step(statement) == SQLITE_DONE else { throw BenchError(String(cString: sqlite3_errmsg(db))) }
            sqlite3_reset(statement)
        }
    }
}

/// The floor: flock, one `write` on an `O_APPEND` descriptor, `fdatasync`, unlock.
enum JSONLWriter {
    static func run(path: String, count: Int) throws {
        let fd = Glibc.open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw BenchError("open \(path)") }
        defer { close(fd) }
        let line = Array((AppendBench.body + "\n").utf8)
        AppendBench.waitForStart()
        for _ in 0..<count {
            flock(fd, LOCK_EX)
            _ = line.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            fdatasync(fd)
            flock(fd, LOCK_UN)
        }
    }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
