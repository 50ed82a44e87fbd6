import Foundation
import Testing

/// Issue 16, item 5: `check --nightly` keeps its result, and damage it found is said at login
/// (and when the interface opens) to those who can see to it.
@Suite struct NightlyCheckTests {
    @Test func damageTheNightlyCheckFoundIsSaidAtLoginToThoseWhoCanSeeToIt() throws {
        let cli = CLI()
        defer { cli.remove() }
        try cli.run(["init", "--demo"])
        #expect(try cli.run(["audit", "--case", "4", "--as", "budi"]).status == 0)
        let clean = try cli.run(["check", "--nightly"])
        #expect(clean.status == 0, "\(clean.err)")
        let record = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: cli.store + "/check.json"))) as? [String: Any])
        #expect(record["problems"] as? Int == 0 && (record["events"] as? Int ?? 0) > 300)
        #expect(!(try cli.run(["motd", "--as", "budi"]).out.contains("Nightly check")))

        // A line planted in the audit index, after every line there: the store still opens, and
        // the check names it.
        // `covered`: "rujuk-audit 1 STORE SEGMENT OFFSET HASH".
        let covered = try String(contentsOfFile: cli.store + "/audit/covered", encoding: .utf8).split(whereSeparator: \.isWhitespace)
        let (segment, offset) = (try #require(Int(covered[3])), try #require(Int(covered[4])))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: cli.store + "/audit/case-000000"))
        handle.seekToEndOfFile()
        handle.write(Data("\(segment) \(offset - 1) 1790000000000 4 closed 6d616c6c6f7279 -\n".utf8))
        try handle.close()
        let damaged = try cli.run(["check", "--nightly"])
        #expect(damaged.status == 65 && damaged.out.contains("audit/case-000000 does not say what the journal says"), "\(damaged.out)")
        let budi = try cli.run(["motd", "--as", "budi"])
        let notice = try #require(budi.out.split(separator: "\n").first { $0.hasPrefix("Nightly check") })
        #expect(budi.status == 0 && notice.contains("found 1 problem in the store; see `rujuk check`"), "\(budi.out)")
        // It fits the interface's hint bar on an 80-column terminal, in both languages.
        #expect(notice.count < 80)
        let indonesian = try cli.run(["motd", "--as", "hendra", "--lang", "id"])
        let kalimat = try #require(indonesian.out.split(separator: "\n").first { $0.hasPrefix("Pemeriksaan malam") })
        #expect(kalimat.contains("1 masalah") && kalimat.contains("rujuk check") && kalimat.count < 80)
        #expect(try cli.run(["motd", "--as", "agus"]).out.contains("Nightly check"))
        // A subject teacher can do nothing about it: her banner stays on her own work.
        #expect(!(try cli.run(["motd", "--as", "sari"]).out.contains("Nightly check")))
        // The check itself changes nothing but its record.
        #expect(try cli.run(["audit", "--case", "4", "--as", "budi"]).out.contains("mallory"))
    }
}
