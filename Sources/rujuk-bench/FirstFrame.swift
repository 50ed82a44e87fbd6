#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// Session start as a person sees it: a fresh `rujuk` process on a new pseudo-terminal, timed
/// from `posix_spawn` to the moment the first frame's last word has been written to the
/// terminal. Both paths pay the same process start, so what differs is what the helper adds.
enum FirstFrame {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// Seconds from spawning `binary` on a `columns`×`rows` terminal until `marker` appears in
    /// what it writes; the process (and any helper it started) is then ended and reaped.
    static func time(binary: String, arguments: [String], environment: [String: String], marker: String,
                     columns: UInt16 = 120, rows: UInt16 = 40, timeout: Double = 10) throws -> Double {
        var master: Int32 = -1, slave: Int32 = -1
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        guard openpty(&master, &slave, nil, nil, &size) == 0 else { throw Failure(description: "openpty: \(errno)") }
        defer { close(master) }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for fd in [Int32(0), 1, 2] { posix_spawn_file_actions_adddup2(&actions, slave, fd) }
        posix_spawn_file_actions_addclose(&actions, master)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // A session of its own, as a login has, so the pty becomes its terminal.
        posix_spawnattr_setflags(&attributes, 0x80) // POSIX_SPAWN_SETSID (glibc), not imported into Swift

        let argv: [UnsafeMutablePointer<CChar>?] = ([binary] + arguments).map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }

        let start = DispatchTime.now().uptimeNanoseconds
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, binary, &actions, &attributes, argv, envp)
        close(slave)
        guard rc == 0 else { throw Failure(description: "posix_spawn \(binary): \(rc)") }
        defer {
            kill(pid, SIGTERM)
            var status: Int32 = 0
            while wait4(pid, &status, 0, nil) < 0 && errno == EINTR {}
        }

        let wanted = Array(marker.utf8)
        var seen: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            guard elapsed < timeout else {
                throw Failure(description: "no \"\(marker)\" within \(timeout) s; the terminal showed: \(String(decoding: seen.suffix(400), as: UTF8.self))")
            }
            var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, 100) > 0 else { continue }
            let n = read(master, &buffer, buffer.count)
            guard n > 0 else {
                throw Failure(description: "the process ended before \"\(marker)\"; it wrote: \(String(decoding: seen.suffix(400), as: UTF8.self))")
            }
            seen += buffer[0..<n]
            if contains(seen, wanted) { return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 }
        }
    }

    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard needle.count <= haystack.count else { return false }
        // Only the tail can hold a new match; the frame is small enough to scan whole.
        return (0...(haystack.count - needle.count)).contains { i in haystack[i..<i + needle.count].elementsEqual(needle) }
    }
}
