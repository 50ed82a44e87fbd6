import Foundation
import RujukDomain
import RujukReport
import RujukStore

/// The monthly and semester reports on the five-year store: the figures computed in-process
/// (history included), then each file format written by the `rujuk` beside this binary, in a
/// fresh process (open, history, figures and the file, as a person runs it).
enum ReportBench {
    static func run(root: String) throws {
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
