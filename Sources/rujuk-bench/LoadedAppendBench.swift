#if canImport(Glibc)
import Glibc
#endif
import Foundation
import RujukDomain
import RujukStore

/// A session that read all of closed history keeps appending as fast as one that did not, and
/// a colleague writing at the same time is never refused as busy (issue 16, item 2): this
/// process loads every closed case, then appends replies one at a time while another process
/// appends its own; each append's time, and how the colleague's writes ended.
enum LoadedAppendBench {
    static func run(root: String, count: Int = 1000) throws {
        let store = try Store.open(root)
        try store.loadHistory()
        let loaded = store.school.cases.count
        let number = try require(store.school.cases.values.filter { !$0.isClosed }.map(\.number).min())
        let devnull = open("/dev/null", O_RDWR)
        defer { close(devnull) }
        // The colleague starts at once (its start line is /dev/null) and writes `count` replies.
        let colleague = AppendBench.spawn(["writer", root, String(count)], stdin: devnull, stdout: devnull)
        var samples: [Double] = []
        for i in 0..<count {
            let start = DispatchTime.now().uptimeNanoseconds
            try store.append([Event(at: Date(), actor: "budi", payload: .messagePosted(EntryText(number: number, visibility: .team, text: "Catatan \(i).")))])
            samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        var status: Int32 = 0
        while wait4(colleague, &status, 0, nil) < 0 && errno == EINTR {}
        samples.sort()
        let exit = (status >> 8) & 0xff
        print(String(format: "appends from a session holding all %d cases, a colleague writing beside it: p50 %.2f ms, p99 %.2f ms, max %.2f ms; the colleague's %d appends %@",
                     loaded, samples[count / 2] * 1000, samples[count * 99 / 100] * 1000, samples.last! * 1000, count,
                     status == 0 ? "all succeeded" : "ended with exit status \(exit)"))
    }

    private static func require<T>(_ value: T?) throws -> T {
        guard let value else { throw BenchError("no open case") }
        return value
    }
}
