import Foundation
import RujukDomain
import RujukReport
import RujukBoundary
import RujukStore
import RujukUI

/// The monthly and semester reports on the five-year store: the figures computed in-process
/// (history included), then each file format written by the `rujuk` beside this binary, in a
/// fresh process (open, history, figures and the file, as a person runs it).
enum ReportBench {
    /// The principal's first frame: open the store, land on the overview, draw it (closed
    /// history is read after that frame, as the interface does), then the frame with history.
    static func overview(root: String) {
        var state: AppState!
        var store: Store!
        let first = Timing.measure {
            store = try! Store.open(root)
            let principal = store.school.staff.values.first { $0.has(.principal) }!
            state = AppState(school: store.school, actor: principal, now: Date(), width: 120, height: 40)
            state.timeZone = store.school.timeZone
            _ = reduce(&state, .landed)
            _ = render(state)
        }
        let withHistory = Timing.measure {
            try! store.loadHistory()
            _ = reduce(&state, .schoolChanged(store.school))
            _ = render(state)
        }
        var keys: [Double] = []
        for i in 0..<200 {
            keys.append(Timing.measure {
                _ = reduce(&state, .keyPressed(i % 2 == 0 ? .char("s") : .char("t")))
                _ = render(state)
            })
        }
        print(String(format: "overview: open and first frame of the principal's overview (120×40) %.0f ms; closed history read and the frame again %.0f ms; s or t (month/semester, figures/as printed) to the next frame p50 %.0f ms",
                     first * 1000, withHistory * 1000, Timing.median(keys) * 1000))
    }

    static func run(root: String) throws {
        overview(root: root)
        // As `rujuk report` and the helper compute one: a fresh store, only the closed cases
        // with something in or after the period read from history, then the figures.
        for (label, period) in [("monthly", PeriodRequest.month("2026-10")), ("semester", .semester("2026/2027-1"))] {
            var read = 0
            var partial: Report?
            let samples = (0..<3).map { _ in
                Timing.measure {
                    let fresh = try! Store.open(root)
                    let principal = fresh.school.staff.values.first { $0.has(.principal) }!
                    partial = try! fresh.report(ReportRequest(period: period, scope: .school), for: principal)
                    read = fresh.school.cases.values.filter(\.isClosed).count
                }
            }
            // The same report over the whole history: the figures must not differ.
            let whole = try Store.open(root)
            try whole.loadHistory()
            let principal = whole.school.staff.values.first { $0.has(.principal) }!
            let full = try whole.report(ReportRequest(period: period, scope: .school), for: principal)
            let same = partial.map { p in p.areas == full.areas && p.services == full.services && p.coordination == full.coordination
                && p.programme == full.programme && p.followUp == full.followUp && p.months == full.months } ?? false
            print(String(format: "report, %@, school-wide, from a fresh open: %.0f ms (median of 3; open, %d of %d closed cases read from history, figures; the same figures as over the whole history: %@)",
                         label, Timing.median(samples) * 1000, read, whole.school.cases.values.filter(\.isClosed).count, same ? "yes" : "NO"))
        }
        let store = try Store.open(root)
        let history = Timing.measure { try! store.loadHistory() }
        print(String(format: "report: loading the closed history first: %.0f ms (%d cases)", history * 1000, store.school.cases.count))
        let principal = store.school.staff.values.first { $0.has(.principal) }!
        let counsellor = store.school.staff.values.filter(\.isCounsellor).min { $0.login < $1.login }!
        let zone = store.school.timeZone
        for (label, period, scope, person) in [
            ("monthly, school-wide", PeriodRequest.month("2026-10"), ReportScope.school, principal),
            ("monthly, one counsellor", .month("2026-10"), .counsellor(counsellor.login), counsellor),
            ("semester, school-wide", .semester("2026/2027-1"), .school, principal),
            ("school year 2025/2026, school-wide", .schoolYear("2025/2026"), .school, principal),
        ] {
            var report: Report?
            let samples = (0..<5).map { _ in
                Timing.measure { report = try! store.school.report(for: person, period: period, scope: scope, timeZone: zone, now: Date()) }
            }
            let r = report!
            print(String(format: "report figures, %@: %.0f ms (median of 5; %d cases in Tabel 3, %d sessions in Tabel 1)",
                         label, Timing.median(samples) * 1000, r.areas?.last?.new ?? 0, r.services?.reduce(0) { $0 + $1.count } ?? 0))
        }
        let rujuk = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("rujuk").path
        guard FileManager.default.isExecutableFile(atPath: rujuk) else { print("report files: no rujuk beside rujuk-bench; build it too"); return }
        let out = NSTemporaryDirectory() + "rujuk-bench-report-\(getpid())"
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: out) }
        for (kind, option, value) in [("monthly", "--month", "2026-10"), ("semester", "--semester", "2026/2027-1")] {
            for format in ["csv", "xlsx", "pdf"] {
                let file = "\(out)/\(kind).\(format)"
                let samples = (0..<3).map { _ in
                    Timing.measure {
                        let p = Process()
                        p.executableURL = URL(fileURLWithPath: rujuk)
                        p.arguments = ["report", kind, option, value, "--as", principal.login, "--store", root, "--format", format, "--output", file]
                        p.standardOutput = FileHandle.nullDevice
                        try! p.run()
                        p.waitUntilExit()
                    }
                }
                let size = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0
                print(String(format: "report file, %@ %@: %.0f ms whole process (median of 3; %d KiB)", kind, format,
                             Timing.median(samples) * 1000, size >> 10))
            }
        }
    }
}
