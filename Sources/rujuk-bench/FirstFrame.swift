#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// A `rujuk` on a pseudo-terminal of its own, as a person at a terminal runs it: what it
/// writes is read back and searched, so a figure is "until it was on the screen".
final class PtySession {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    let pid: pid_t
    let master: Int32
    /// When `posix_spawn` was called.
    let started: UInt64
    private var seen: [UInt8] = []

    init(binary: String, arguments: [String], environment: [String: String], columns: UInt16 = 120, rows: UInt16 = 40) throws {
        var master: Int32 = -1, slave: Int32 = -1
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        guard openpty(&master, &slave, nil, nil, &size) == 0 else { throw Failure(description: "openpty: \(errno)") }
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
        started = DispatchTime.now().uptimeNanoseconds
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, binary, &actions, &attributes, argv, envp)
        close(slave)
        guard rc == 0 else {
            close(master)
            throw Failure(description: "posix_spawn \(binary): \(rc)")
        }
        self.pid = pid
        self.master = master
    }

    /// Reads what the program writes until `marker` is among it (only what came after the
    /// last wait counts); the moment it arrived, in uptime nanoseconds.
    @discardableResult
    func waitFor(_ marker: String, timeout: Double = 10) throws -> UInt64 {
        let wanted = Array(marker.utf8)
        let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(timeout * 1e9)
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            if let at = find(wanted) {
                seen.removeSubrange(0..<at + wanted.count)
                return DispatchTime.now().uptimeNanoseconds
            }
            guard DispatchTime.now().uptimeNanoseconds < deadline else {
                throw Failure(description: "no \"\(marker)\" within \(timeout) s; the terminal showed: \(String(decoding: seen.suffix(400), as: UTF8.self))")
            }
            var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, 20) > 0 else { continue }
            let n = read(master, &buffer, buffer.count)
            guard n > 0 else {
                throw Failure(description: "the process ended before \"\(marker)\"; it wrote: \(String(decoding: seen.suffix(400), as: UTF8.self))")
            }
            seen += buffer[0..<n]
        }
    }

    /// Waits until the program writes anything at all; the moment, in uptime nanoseconds.
    @discardableResult
    func waitForOutput(timeout: Double = 10) throws -> UInt64 {
        let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(timeout * 1e9)
        var buffer = [UInt8](repeating: 0, count: 65536)
        while DispatchTime.now().uptimeNanoseconds < deadline {
            var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, 20) > 0 else { continue }
            let n = read(master, &buffer, buffer.count)
            guard n > 0 else { throw Failure(description: "the process ended") }
            seen += buffer[0..<n]
            return DispatchTime.now().uptimeNanoseconds
        }
        throw Failure(description: "nothing written within \(timeout) s")
    }

    /// Forgets what was written so far.
    func discard() {
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, 0) > 0, read(master, &buffer, buffer.count) > 0 else { break }
        }
        seen = []
    }

    private func find(_ needle: [UInt8]) -> Int? {
        guard needle.count <= seen.count else { return nil }
        return (0...(seen.count - needle.count)).first { i in seen[i..<i + needle.count].elementsEqual(needle) }
    }

    /// Ends the program (and any helper it started) and reaps it.
    func end() {
        kill(pid, SIGTERM)
        var status: Int32 = 0
        while wait4(pid, &status, 0, nil) < 0 && errno == EINTR {}
        close(master)
    }
}

/// Session start as a person sees it: a fresh `rujuk` process on a new pseudo-terminal, timed
/// from `posix_spawn` to the moment the first frame's last word has been written to the
/// terminal. Both paths pay the same process start, so what differs is what the helper adds.
enum FirstFrame {
    static func time(binary: String, arguments: [String], environment: [String: String], marker: String) throws -> Double {
        let session = try PtySession(binary: binary, arguments: arguments, environment: environment)
        defer { session.end() }
        let at = try session.waitFor(marker)
        return Double(at - session.started) / 1e9
    }
}
