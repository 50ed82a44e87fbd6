// Benchmark: builds a five-year store (3,000 students, 50,000 cases, 500,000 messages) and
// prints open-to-ready time, durable appends per second (1 and 8 writer processes) and
// resident memory, then a 3,000-row roster import and a year start. Run: swift run -c release rujuk-bench [DIR]
// (or `rujuk-bench roster DIR` for the roster figures alone, `rujuk-bench appends DIR` for
// durable appends against SQLite alone, `rujuk-bench report DIR` for the reports'; `build`,
// `history`, `live` and `loaded` DIR for the figures of issue 16, in docs/performance.md).
import Foundation
import RujukDomain
import RujukStore

// `--years N` anywhere: the store built is N years of a large school (10,000 cases and 100,000
// messages a year, 1,000 of them open at the end), not five.
var arguments = CommandLine.arguments
let years: Int = {
    guard let at = arguments.firstIndex(of: "--years"), at + 1 < arguments.count, let n = Int(arguments[at + 1]), n > 0 else { return 5 }
    arguments.removeSubrange(at...(at + 1))
    return n
}()
// An option it does not know (`--help` among them) is not a directory to build a store in.
if let unknown = arguments.dropFirst().first(where: { $0.hasPrefix("-") }) {
    if unknown != "--help" && unknown != "-h" { FileHandle.standardError.write(Data("rujuk-bench: unknown option \(unknown)\n".utf8)) }
    print("""
    usage: rujuk-bench [DIR]                     build a five-year store (or use DIR's) and print every figure
           rujuk-bench build DIR [--years N]     only build the store, N years of a large school (5 unless told)
           rujuk-bench history|loaded|live|appends|report|roster|boundary|wire DIR
                                                 one group of figures, on the store at DIR (docs/performance.md)
    """)
    exit(unknown == "--help" || unknown == "-h" ? 0 : 2)
}
if arguments.count >= 4 && arguments[1] == "writer" {
    try WriterProcess.run(root: arguments[2], count: Int(arguments[3])!, index: arguments.count > 4 ? Int(arguments[4]) ?? 0 : 0)
    exit(0)
}
if arguments.count >= 4 && arguments[1] == "sqlite-writer" {
    try SQLiteWriter.run(path: arguments[2], count: Int(arguments[3])!)
    exit(0)
}
if arguments.count >= 4 && arguments[1] == "jsonl-writer" {
    try JSONLWriter.run(path: arguments[2], count: Int(arguments[3])!)
    exit(0)
}
if arguments.count >= 3 && arguments[1] == "open" {
    // A fresh process: open the store, then report the time it took and the memory it holds.
    var store: Store?
    let seconds = Timing.measure { store = try! Store.open(arguments[2]) }
    print(String(format: "%.3f %.1f %d", seconds * 1000, Machine.residentMegabytes(), store!.school.cases.count))
    exit(0)
}

// `rujuk-bench roster DIR`: only the roster figures (import and year start), on the store at DIR.
let rosterOnly = arguments.count >= 3 && arguments[1] == "roster"
let boundaryOnly = arguments.count > 2 && arguments[1] == "boundary"
// `rujuk-bench appends DIR`: only the durable appends against SQLite, on the store at DIR.
let appendsOnly = arguments.count > 2 && arguments[1] == "appends"
// `rujuk-bench report DIR`: the report figures and files (issue 15).
let reportOnly = arguments.count > 2 && arguments[1] == "report"
// `rujuk-bench wire DIR`: the projection encoded and decoded fifty times (to profile the codec).
let wireOnly = arguments.count > 2 && arguments[1] == "wire"
// `rujuk-bench live DIR`: from one session's write to another session's screen (issue 16, item 9).
let liveOnly = arguments.count > 2 && arguments[1] == "live"
// `rujuk-bench history DIR`: questions about closed history as whole processes (issue 16, item 1).
let historyOnly = arguments.count > 2 && arguments[1] == "history"
// `rujuk-bench loaded DIR`: appends from a session holding all of history, a colleague beside it (item 2).
let loadedOnly = arguments.count > 2 && arguments[1] == "loaded"
let root = arguments.count > 2 && arguments[1] == "build" || rosterOnly || boundaryOnly || appendsOnly || reportOnly || wireOnly || liveOnly || historyOnly || loadedOnly ? arguments[2] : arguments.count > 1 ? arguments[1] : NSTemporaryDirectory() + "rujuk-bench-\(getpid())"
let keep = arguments.count > 1
defer { if !keep { try? FileManager.default.removeItem(atPath: root) } }

print("machine: \(Machine.describe())")
if !FileManager.default.fileExists(atPath: root + "/store.json") {
    let started = Date()
    try FiveYearStore.build(at: root, years: years)
    print(String(format: "built a %d-year store in %.1f s (%@)", years, Date().timeIntervalSince(started), FiveYearStore.sizeDescription(root)))
}

// `rujuk-bench build DIR [--years N]`: only build the store, for a later run to measure in a
// process that never held it.
if arguments.count > 2 && arguments[1] == "build" { exit(0) }
if rosterOnly {
    try RosterBench.run(root: root)
    exit(0)
}
if appendsOnly {
    try AppendBench.run(root: root)
    exit(0)
}
if reportOnly {
    try ReportBench.run(root: root)
    exit(0)
}
if historyOnly {
    try HistoryBench.run(root: root)
    exit(0)
}
if loadedOnly {
    try LoadedAppendBench.run(root: root)
    exit(0)
}
if liveOnly {
    try LiveUpdateBench.breakdown(root: root)
    try LiveUpdateBench.run(root: root)
    exit(0)
}
if wireOnly {
    try BoundaryBench.wire(root: root, rounds: 50)
    exit(0)
}
if boundaryOnly {
    try BoundaryBench.breakdown(root: root)
    try BoundaryBench.run(root: root)
    exit(0)
}

let empty = NSTemporaryDirectory() + "rujuk-bench-empty-\(getpid())"
_ = try Store.create(at: empty, info: StoreInfo(school: "Empty", created: Date(), lang: "en", demo: true), events: DemoSchool.events.prefix(1).map { $0 })
defer { try? FileManager.default.removeItem(atPath: empty) }

/// Opens a store in a fresh process: (in-process open ms, resident MB, whole process ms).
func openInFreshProcess(_ path: String) -> (Double, Double, Double) {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
    p.arguments = ["open", path]
    let out = Pipe()
    p.standardOutput = out
    let start = DispatchTime.now().uptimeNanoseconds
    try! p.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    let wall = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
    let parts = String(decoding: data, as: UTF8.self).split(separator: " ").compactMap { Double($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
    return (parts[0], parts[1], wall)
}

let emptyRuns = (0..<7).map { _ in openInFreshProcess(empty) }
let fullRuns = (0..<7).map { _ in openInFreshProcess(root) }
let emptyOpen = Timing.median(emptyRuns.map(\.0)), fullOpen = Timing.median(fullRuns.map(\.0))
let emptyWall = Timing.median(emptyRuns.map(\.2)), fullWall = Timing.median(fullRuns.map(\.2))
print(String(format: "open-to-ready in a fresh process, empty store: %.1f ms open, %.1f ms whole process, %.1f MB resident",
             emptyOpen, emptyWall, Timing.median(emptyRuns.map(\.1))))
print(String(format: "open-to-ready in a fresh process, five-year store: %.1f ms open, %.1f ms whole process (%.2fx the empty store's), %.1f MB resident",
             fullOpen, fullWall, fullWall / emptyWall, Timing.median(fullRuns.map(\.1))))
let store = try Store.open(root)
let historyTime = Timing.measure { try! store.loadHistory() }
print(String(format: "loading the closed history on demand (queue --all): %.0f ms for %d cases", historyTime * 1000, store.school.cases.count))

InterfaceBench.run(root: root)
try ReportBench.run(root: root)

try AppendBench.run(root: root)

// Last, as it changes the store: a 3,000-row roster import and a year start.
try RosterBench.run(root: root)
