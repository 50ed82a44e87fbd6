import Foundation
import Testing

/// `queue --all` prints as it reads (issue 16, item 4): the open cases, then the closed ones
/// newest first from the history shelf, the same cases the JSON lists.
@Suite struct QueueAllTests {
    @Test func theLongListIsOpenCasesThenClosedOnesNewestFirst() throws {
        let cli = CLI()
        defer { cli.remove() }
        try cli.run(["init", "--demo"])
        // Every snapshot shelves its closed cases, so the list reads them from history.
        let shelf = ["RUJUK_HISTORY_FROM": "1", "RUJUK_SNAPSHOT_EVERY": "1", "RUJUK_SNAPSHOT_SECONDS": "0"]
        #expect(try cli.run(["close", "5", "--outcome", "resolved", "--summary", "Selesai.", "--as", "budi"], env: shelf).status == 0)
        #expect(FileManager.default.fileExists(atPath: cli.store + "/history/index"))
        let text = try cli.run(["queue", "--all", "--as", "budi"], env: shelf)
        #expect(text.status == 0, "\(text.err)")
        let rows = text.out.split(separator: "\n").dropFirst().map { $0.split(separator: " ") }
        let numbers = rows.compactMap { Int($0[0]) }
        let closed = rows.filter { $0.count > 1 && ($0[1] == "closed") }.compactMap { Int($0[0]) }
        #expect(closed.contains(5) && closed == closed.sorted(by: >), "\(text.out)")
        // Every closed case comes after every open one.
        #expect(Array(numbers.suffix(closed.count)) == closed, "\(text.out)")
        let json = try #require(try cli.json(["queue", "--all", "--as", "budi"]) as? [[String: Any]])
        #expect(Set(numbers) == Set(json.compactMap { $0["number"] as? Int }) && numbers.count == json.count)
    }
}
