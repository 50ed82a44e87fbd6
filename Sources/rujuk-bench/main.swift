// Benchmark: builds a five-year store (3,000 students, 50,000 cases, 500,000 messages) and
// prints open-to-ready time, durable appends per second (1 and 8 writer processes) and
// resident memory. Run: swift run -c release rujuk-bench [DIR]
import Foundation
import RujukDomain
import RujukStore

let arguments = CommandLine.arguments
if arguments.count >= 4 && arguments[1] == "writer" {
    try WriterProcess.run(root: arguments[2], count: Int(arguments[3])!)
    exit(0)
}

let root = arguments.count > 1 ? arguments[1] : NSTemporaryDirectory() + "rujuk-bench-\(getpid())"
let keep = arguments.count > 1
defer { if !keep { try? FileManager.default.removeItem(atPath: root) } }

print("machine: \(Machine.describe())")
if !FileManager.default.fileExists(atPath: root + "/store.json") {
    let started = Date()
    try FiveYearStore.build(at: root)
    print(String(format: "built five-year store in %.1f s (%@)", Date().timeIntervalSince(started), FiveYearStore.sizeDescription(root)))
}

let empty = NSTemporaryDirectory() + "rujuk-bench-empty-\(getpid())"
_ = try Store.create(at: empty, info: StoreInfo(school: "Empty", created: Date(), lang: "en", demo: true), events: DemoSchool.events.prefix(1).map { $0 })
defer { try? FileManager.default.removeItem(atPath: empty) }

let emptyTimes = (0..<5).map { _ in Timing.measure { _ = try! Store.open(empty) } }
var fullTimes: [Double] = []
var opened: Store?
for _ in 0..<5 { fullTimes.append(Timing.measure { opened = try! Store.open(root) }) }
let rss = Machine.residentMegabytes()
let store = opened!
print(String(format: "open-to-ready, empty store: median %.1f ms", Timing.median(emptyTimes) * 1000))
print(String(format: "open-to-ready, five-year store: median %.1f ms (%.2fx the empty store); %d open cases in memory, history on demand",
             Timing.median(fullTimes) * 1000, Timing.median(fullTimes) / Timing.median(emptyTimes),
             store.school.cases.count))
print(String(format: "resident memory after open: %.1f MB", rss))
let historyTime = Timing.measure { try! store.loadHistory() }
print(String(format: "loading closed history on demand: %.0f ms, %d cases, resident %.1f MB", historyTime * 1000, store.school.cases.count, Machine.residentMegabytes()))

for writers in [1, 8] {
    let perWriter = 200
    let started = Date()
    let processes = (0..<writers).map { _ in WriterProcess.spawn(root: root, count: perWriter) }
    for p in processes { p.waitUntilExit() }
    let seconds = Date().timeIntervalSince(started)
    print(String(format: "durable appends, %d writer process(es): %.0f appends/s (%d appends in %.2f s, each fdatasync'd)",
                 writers, Double(writers * perWriter) / seconds, writers * perWriter, seconds))
}
