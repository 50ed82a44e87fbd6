#if canImport(Glibc)
import Glibc
#endif
import Foundation
import RujukBoundary
import RujukDomain
import RujukStore
import RujukUI

/// The trust boundary's cost, in one run against the in-process path on the same store:
/// session start to the first frame, and what a key press that needs the store costs (the
/// 200 ms poll, opening a thread).
enum BoundaryBench {
    /// `rujuk-bench boundary DIR`: the helper built beside this benchmark, unprivileged (with
    /// a configuration of its own), so it needs no install; the store directory is made 0700
    /// as the helper requires.
    static func run(root: String) throws {
        let helper = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("rujuk-helper").path
        chmod(root, 0o700)
        let config = NSTemporaryDirectory() + "rujuk-bench-helper-\(getpid()).conf"
        try Data("store = \(root)\nhelper = \(helper)\n".utf8).write(to: URL(fileURLWithPath: config))
        defer { unlink(config) }
        let environment = ["RUJUK_HELPER_CONFIG": config]
        let number = try Store.open(root).school.nextCaseNumber - 2

        try wholeProcess(root: root, helperConfig: config)

        var inProcess: [Double] = [], through: [Double] = []
        var inProcessCPU: [Double] = [], throughCPU: [Double] = []
        for _ in 0..<7 {
            // Interleaved, so both see the same machine.
            var cpu = CPUTime.now()
            inProcess.append(Timing.measure {
                let store = try! Store.open(root)
                let state = AppState(school: store.school, actor: store.school.staff["budi"]!, now: Date(), width: 120, height: 40)
                _ = render(state)
            })
            inProcessCPU.append(CPUTime.now() - cpu)
            cpu = CPUTime.now()
            through.append(Timing.measure {
                let c = try! HelperConnection(helper: helper, environment: environment)
                try! c.hello(actAs: "budi", pin: nil)
                let state = AppState(school: c.school, actor: c.actor!, now: Date(), width: 120, height: 40)
                _ = render(state)
            })
            // The helper was reaped when its connection went: its CPU time is in the children's.
            throughCPU.append(CPUTime.now() - cpu)
        }
        let a = Timing.median(inProcess) * 1000, b = Timing.median(through) * 1000
        print(String(format: "  inside this process (open or hello, then the first Grid; warm heap): in-process %.1f ms, through the helper %.1f ms (+%.1f ms)", a, b, b - a))
        let ca = Timing.median(inProcessCPU) * 1000, cb = Timing.median(throughCPU) * 1000
        print(String(format: "  the same in CPU time (both processes, less sensitive to a loaded machine): in-process %.1f ms, through the helper %.1f ms (+%.1f ms)", ca, cb, cb - ca))

        let store = try Store.open(root)
        let budi = store.school.staff["budi"]!
        let c = try HelperConnection(helper: helper, environment: environment)
        try c.hello(actAs: "budi", pin: nil)
        var pollLocal: [Double] = [], pollHelper: [Double] = [], openLocal: [Double] = [], openHelper: [Double] = []
        for _ in 0..<200 {
            pollLocal.append(Timing.measure { _ = try! store.refresh() })
            pollHelper.append(Timing.measure { _ = try! c.refresh() })
            openLocal.append(Timing.measure { _ = try! store.readable(number, for: budi) })
            openHelper.append(Timing.measure { _ = try! c.readable(number, for: budi) })
        }
        func ms(_ v: [Double]) -> String { String(format: "p50 %.2f ms, p99 %.2f ms", Timing.median(v) * 1000, v.sorted()[v.count * 99 / 100] * 1000) }
        print("the 200 ms poll with nothing new: in-process \(ms(pollLocal)); through the helper \(ms(pollHelper))")
        print("opening a thread (Enter): in-process \(ms(openLocal)); through the helper \(ms(openHelper))")
    }
}

extension BoundaryBench {
    /// Session start to first frame as a person sees it: a fresh `rujuk` beside this benchmark
    /// on a 120×40 pseudo-terminal, in-process (`--store`) against through the helper,
    /// interleaved, medians of fifteen, until the footer's last word is on the terminal.
    static func wholeProcess(root: String, helperConfig: String) throws {
        let rujuk = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("rujuk").path
        guard access(rujuk, X_OK) == 0 else {
            return print("session start to first frame, whole process: skipped (no rujuk beside this benchmark; build the product rujuk too)")
        }
        let home = NSTemporaryDirectory() + "rujuk-bench-home-\(getpid())"
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: home) }
        let base = ["HOME": home, "TERM": "xterm-256color", "LANG": "C.UTF-8", "XDG_STATE_HOME": home + "/state", "XDG_CONFIG_HOME": home + "/config"]
        var own = base
        own["RUJUK_HELPER_CONFIG"] = "/nonexistent"
        var school = base
        school["RUJUK_HELPER_CONFIG"] = helperConfig
        var inProcess: [Double] = [], through: [Double] = []
        for _ in 0..<15 {
            inProcess.append(try FirstFrame.time(binary: rujuk, arguments: ["--store", root, "--as", "budi"], environment: own, marker: "quit"))
            through.append(try FirstFrame.time(binary: rujuk, arguments: ["--as", "budi"], environment: school, marker: "quit"))
        }
        let a = Timing.median(inProcess) * 1000, b = Timing.median(through) * 1000
        print(String(format: "session start to first frame (120×40, whole process on a pty, median of 15): in-process %.1f ms, through the helper %.1f ms (+%.1f ms; min %.1f against %.1f)",
                     a, b, b - a, inProcess.min()! * 1000, through.min()! * 1000))
    }

    /// The projection's encoding and decoding alone, `rounds` times each, with the medians.
    static func wire(root: String, rounds: Int) throws {
        let store = try Store.open(root)
        let projected = store.school.projected(for: store.school.staff["budi"]!)
        var bytes: [UInt8] = []
        var encode: [Double] = [], decode: [Double] = []
        for _ in 0..<rounds {
            encode.append(Timing.measure { bytes = try! ResponseCoding.encode(Response.school(WireSchool(projected))) })
            decode.append(Timing.measure { _ = try! ResponseCoding.decode(bytes) })
        }
        print(String(format: "the projection on the wire (%.2f MB): encode %.2f ms, decode %.2f ms (medians of %d)",
                     Double(bytes.count) / 1e6, Timing.median(encode) * 1000, Timing.median(decode) * 1000, rounds))
    }

    /// Where a helper session's start goes: open, project, encode, decode (in one process).
    static func breakdown(root: String) throws {
        var store: Store!
        let open = Timing.measure { store = try! Store.open(root) }
        let budi = store.school.staff["budi"]!
        var projected: School!
        let project = Timing.measure { projected = store.school.projected(for: budi) }
        // The bulk as parts after the JSON (wire version 2) against base64 inside it (version 1),
        // interleaved, medians of nine.
        var bytes: [UInt8] = [], inline = Data()
        var encode: [Double] = [], decode: [Double] = [], encodeInline: [Double] = [], decodeInline: [Double] = []
        for _ in 0..<9 {
            encode.append(Timing.measure { bytes = try! ResponseCoding.encode(Response.school(WireSchool(projected))) })
            decode.append(Timing.measure { _ = try! ResponseCoding.decode(bytes) })
            encodeInline.append(Timing.measure { inline = try! JSONCoding.wireEncoder().encode(Response.school(WireSchool(projected))) })
            decodeInline.append(Timing.measure { _ = try! JSONCoding.wireDecoder().decode(Response.self, from: inline) })
        }
        print(String(format: "a helper session's start, in parts: open %.1f ms, projection %.1f ms, encode %.1f ms, decode %.1f ms (%.2f MB); with the bulk as base64 inside the JSON: %.1f and %.1f ms (%.2f MB)",
                     open * 1000, project * 1000, Timing.median(encode) * 1000, Timing.median(decode) * 1000, Double(bytes.count) / 1e6,
                     Timing.median(encodeInline) * 1000, Timing.median(decodeInline) * 1000, Double(inline.count) / 1e6))
    }
}

/// User and system time of this process and its reaped children, in seconds.
enum CPUTime {
    static func now() -> Double {
        var me = rusage(), children = rusage()
        getrusage(RUSAGE_SELF.rawValue, &me)
        getrusage(RUSAGE_CHILDREN.rawValue, &children)
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        return seconds(me.ru_utime) + seconds(me.ru_stime) + seconds(children.ru_utime) + seconds(children.ru_stime)
    }
}
