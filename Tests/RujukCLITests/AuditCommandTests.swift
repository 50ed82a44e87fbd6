import Foundation
import Testing

@Suite struct AuditCommandTests {
    @Test func counsellorsAndThePrincipalReadTheAuditTeachersDoNot() throws {
        let cli = CLI()
        defer { cli.remove() }
        try cli.run(["init", "--demo"])
        let thread = try cli.run(["thread", "6", "--as", "budi"])
        #expect(thread.status == 0)
        let listed = try cli.run(["audit", "--case", "6", "--who", "budi", "--as", "hendra"])
        // People by name; the numbers said to be the journal's.
        #expect(listed.status == 0 && listed.out.contains("Budi Santoso") && listed.out.contains("opened"), "\(listed.out)")
        #expect(listed.out.contains("confidential entr") && listed.out.contains("(journal no. "), "\(listed.out)")
        let json = try JSONSerialization.jsonObject(with: Data(try cli.run(["audit", "--since", "today", "--as", "budi", "--json"]).out.utf8)) as? [[String: Any]]
        #expect(json?.contains { $0["what"] as? String == "opened" && $0["by"] as? String == "budi" && $0["case"] as? Int == 6 } == true)
        // The audit holds no text: the opening names entries by number.
        #expect(json?.allSatisfy { $0["text"] == nil } == true)
        // A case that never was is said to be none, not an empty trail.
        let never = try cli.run(["audit", "--case", "999", "--as", "budi"])
        #expect(never.status == 66 && never.err.contains("There is no case #999"), "\(never.err)")
        let teacher = try cli.run(["audit", "--as", "sari"])
        #expect(teacher.status == 77 && teacher.err.contains("Only counsellors"))
        let badDay = try cli.run(["audit", "--since", "yesterday-ish", "--as", "budi"])
        #expect(badDay.status == 64)
        // A day counted back starts with a dash, as the help shows it, and is still the date.
        let lastWeek = try cli.run(["audit", "--who", "budi", "--since", "-7d", "--as", "budi"])
        #expect(lastWeek.status == 0 && lastWeek.out.contains("(journal no. "), "\(lastWeek.err)")
    }

    @Test func verifyIsCleanOnAFreshStoreAndNamesAnEditedLine() throws {
        let cli = CLI()
        defer { cli.remove() }
        try cli.run(["init", "--demo"])
        let clean = try cli.run(["audit", "verify"])
        #expect(clean.status == 0 && clean.out.contains("hash chain intact"))
        // Swap two lines: each still has a valid checksum, only the chain tells.
        let path = cli.store + "/journal/000001.jsonl"
        var lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        lines.swapAt(3, 4)
        try lines.joined(separator: "\n").write(toFile: path, atomically: false, encoding: .utf8)
        let broken = try cli.run(["audit", "verify"])
        #expect(broken.status == 65 && broken.out.contains("000001.jsonl line 4 is out of order"))
    }

    @Test func motdPrintsCountsOnlyAndNothingForAStranger() throws {
        let cli = CLI()
        defer { cli.remove() }
        try cli.run(["init", "--demo"])
        let banner = try cli.run(["motd", "--as", "budi"])
        #expect(banner.status == 0 && banner.out.hasPrefix("Rujuk: ") && banner.out.contains("new referral"))
        #expect(!["Rizky", "Putri", "Andi", "Bayu", "VIII"].contains { banner.out.contains($0) })
        let nobody = try CLI().run(["motd", "--as", "budi"])
        #expect(nobody.status == 0 && nobody.out.isEmpty && nobody.err.isEmpty)
    }

    @Test func initRefusesUnknownOrEqualGroups() throws {
        let cli = CLI()
        defer { cli.remove() }
        let same = try cli.run(["init", "--school", "SMP Uji", "--group", "root", "--bk-group", "root"])
        #expect(same.status == 64 && !FileManager.default.fileExists(atPath: cli.store))
        let unknown = try cli.run(["init", "--school", "SMP Uji", "--group", "no-such-group-rujuk"])
        #expect(unknown.status == 65 && unknown.err.contains("no Unix group no-such-group-rujuk"))
        #expect(!FileManager.default.fileExists(atPath: cli.store + "/store.json"))
    }

    /// The trail says what happened in the reader's language; `--json` keeps the journal's names.
    @Test func changesAreWordedInBothLanguagesAndNamedInJSON() throws {
        let cli = CLI()
        defer { cli.remove() }
        try cli.run(["init", "--demo"])
        let english = try cli.run(["audit", "--as", "budi"])
        let indonesian = try cli.run(["audit", "--as", "budi", "--lang", "id"])
        #expect(english.status == 0 && english.out.contains("case opened") && english.out.contains("message posted"))
        #expect(indonesian.status == 0 && indonesian.out.contains("kasus dibuka") && indonesian.out.contains("pesan dikirim"))
        let identifier = try Regex("[a-z]+[A-Z][A-Za-z]*")
        for out in [english.out, indonesian.out] {
            let found = out.split(separator: "\n").filter { $0.contains(identifier) }
            #expect(found.isEmpty, "\(found.prefix(3))")
        }
        let json = try JSONSerialization.jsonObject(with: Data(try cli.run(["audit", "--as", "budi", "--json"]).out.utf8)) as? [[String: Any]]
        #expect(json?.contains { ($0["what"] as? String) == "caseOpened" } == true)
    }

    /// Issue 16: the trail prints as it reads, its JSON written an element at a time, and a case
    /// or a person is answered from the audit index as the whole journal would answer it.
    @Test func theStreamedTrailIsTheWholeTrailAndValidJSON() throws {
        let cli = CLI()
        defer { cli.remove() }
        try cli.run(["init", "--demo"])
        #expect(try cli.run(["thread", "6", "--as", "budi"]).status == 0)
        let all = try #require(try JSONSerialization.jsonObject(with: Data(try cli.run(["audit", "--as", "budi", "--json"]).out.utf8)) as? [[String: Any]])
        let lines = try cli.run(["audit", "--as", "budi"]).out.split(separator: "\n")
        #expect(all.count > 100 && lines.count == all.count)
        // In the order recorded: the opening just made comes last, after every change.
        #expect(all.last?["what"] as? String == "opened" && all.dropLast().allSatisfy { $0["what"] as? String != "opened" })
        for (option, value, key) in [("--case", "6", "case"), ("--who", "sari", "by")] {
            let indexed = try #require(try JSONSerialization.jsonObject(with: Data(try cli.run(["audit", option, value, "--as", "budi", "--json"]).out.utf8)) as? [[String: Any]])
            let wanted = all.filter { "\($0[key] ?? "")" == value }
            #expect(!indexed.isEmpty && indexed.count == wanted.count, "\(option) \(value)")
            #expect(indexed.compactMap { $0["at"] as? String } == wanted.compactMap { $0["at"] as? String })
        }
        #expect(FileManager.default.fileExists(atPath: cli.store + "/audit/covered"))
        // Nothing found is still JSON.
        let none = try cli.run(["audit", "--who", "nobody", "--as", "budi", "--json"])
        let empty = try JSONSerialization.jsonObject(with: Data(none.out.utf8)) as? [Any]
        #expect(none.status == 0 && empty?.isEmpty == true)
        #expect(try cli.run(["check"]).status == 0)
    }
}
