import Foundation
import Testing

@Suite struct ConcurrentProcessTests {
    /// 20 `rujuk reply` processes at once, 5 replies each, all to one case: every
    /// acknowledged reply is there exactly once, in each writer's order.
    @Test(.timeLimit(.minutes(2)))
    func twentyProcessesReplyingToOneCaseLoseAndDuplicateNothing() async throws {
        let cli = CLI()
        defer { cli.remove() }
        try cli.run(["init", "--demo"])
        let writers = 20, each = 5
        let acknowledged = try await withThrowingTaskGroup(of: [String].self) { group in
            for w in 0..<writers {
                group.addTask {
                    var ok: [String] = []
                    for i in 0..<each {
                        let text = "writer \(w) reply \(i)"
                        if try cli.run(["reply", "4", text, "--as", w % 2 == 0 ? "budi" : "sari"]).status == 0 { ok.append(text) }
                    }
                    return ok
                }
            }
            return try await group.reduce(into: [String]()) { $0 += $1 }
        }
        #expect(acknowledged.count == writers * each)
        let thread = try cli.json(["thread", "4", "--as", "budi"]) as! [[String: Any]]
        let texts = thread.compactMap { $0["text"] as? String }.filter { $0.hasPrefix("writer ") }
        #expect(texts.count == acknowledged.count)
        #expect(Set(texts) == Set(acknowledged))
        for w in 0..<writers {
            #expect(texts.filter { $0.hasPrefix("writer \(w) ") } == (0..<each).map { "writer \(w) reply \($0)" })
        }
        #expect(try cli.run(["check"]).status == 0)
    }
}
