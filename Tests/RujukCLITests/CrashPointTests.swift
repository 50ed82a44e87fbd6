import Foundation
import Testing

@Suite struct CrashPointTests {
    /// The writer kills itself (SIGKILL) at each step of the append protocol: the store still
    /// opens, holds the old or the new state, and the next write succeeds.
    @Test(arguments: ["before-write", "after-write", "after-fsync"])
    func aWriterKilledMidAppendLeavesAStoreThatOpens(point: String) throws {
        let cli = CLI()
        defer { cli.remove() }
        try cli.run(["init", "--demo"])
        let killed = try cli.run(["reply", "4", "sebelum mati", "--as", "budi"], env: ["RUJUK_TEST_CRASH_AT": point])
        #expect(killed.status != 0)
        let thread = try cli.json(["thread", "4", "--as", "budi"]) as! [[String: Any]]
        let present = thread.contains { $0["text"] as? String == "sebelum mati" }
        #expect(present == (point != "before-write"))
        #expect(try cli.run(["reply", "4", "sesudahnya", "--as", "budi"]).status == 0)
        #expect(try cli.run(["check"]).status == 0)
    }

    @Test func aCrashWhileReplacingTheSnapshotLeavesTheOldOrTheNew() throws {
        let cli = CLI()
        defer { cli.remove() }
        try cli.run(["init", "--demo"], env: ["RUJUK_SNAPSHOT_EVERY": "100000"])
        // A snapshot is written on open once RUJUK_SNAPSHOT_EVERY events are past the last one.
        let killed = try cli.run(["queue", "--as", "budi"], env: ["RUJUK_TEST_CRASH_AT": "before-rename", "RUJUK_SNAPSHOT_EVERY": "100"])
        #expect(killed.status != 0)
        #expect(!FileManager.default.fileExists(atPath: cli.store + "/snapshot.json"))
        #expect(try cli.run(["queue", "--as", "budi"], env: ["RUJUK_SNAPSHOT_EVERY": "100"]).status == 0)
        #expect(FileManager.default.fileExists(atPath: cli.store + "/snapshot.json"))
        #expect(try cli.run(["check"]).status == 0)
    }

    @Test func segmentsRollOverAndAreReadInOrder() throws {
        let cli = CLI()
        defer { cli.remove() }
        let small = ["RUJUK_SEGMENT_BYTES": "4096"]
        try cli.run(["init", "--demo"], env: small)
        for i in 0..<5 { try cli.run(["reply", "4", "pesan \(i) " + String(repeating: "x", count: 2000), "--as", "budi"], env: small) }
        for i in 0..<3 { try cli.run(["reply", "4", "-", "--confidential", "--as", "budi"], stdin: "rahasia \(i) " + String(repeating: "y", count: 2000), env: small) }
        let segments = try FileManager.default.contentsOfDirectory(atPath: cli.store + "/journal").filter { $0.hasSuffix(".jsonl") }
        #expect(segments.count >= 4)
        let privateSegments = try FileManager.default.contentsOfDirectory(atPath: cli.store + "/private").filter { $0.hasSuffix(".jsonl") }
        #expect(privateSegments.count >= 2)
        // The chains run on across segments.
        let verified = try cli.run(["audit", "verify"])
        #expect(verified.status == 0 && verified.out.components(separatedBy: "hash chain intact").count == 3, "\(verified.out)")
        let thread = try cli.json(["thread", "4", "--as", "budi"]) as! [[String: Any]]
        #expect(thread.suffix(8).compactMap { ($0["text"] as? String)?.prefix(9) }
                == ["pesan 0 x", "pesan 1 x", "pesan 2 x", "pesan 3 x", "pesan 4 x", "rahasia 0", "rahasia 1", "rahasia 2"])
        #expect(try cli.run(["check"]).status == 0)
    }
}
