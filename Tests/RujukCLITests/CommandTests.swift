import Foundation
import Testing

@Suite(.serialized) struct CommandTests {
    @Test func aTeacherFlagsAndACounsellorPicksUpAndReplies() throws {
        let cli = CLI()
        defer { cli.remove() }
        #expect(try cli.run(["init", "--demo"]).status == 0)
        let flagged = try cli.run(["flag", "0091234567", "--note", "Sering melamun di kelas.", "--as", "sari"])
        #expect(flagged.status == 0)
        #expect(flagged.out.contains("Case #14 opened for Andi Pratama (VIII-B)"))
        let joined = try cli.run(["flag", "Andi Pratama", "--note", "Di kelas saya juga.", "--as", "dewi"])
        #expect(joined.out.contains("Added your flag to case #14"))

        let queue = try cli.json(["queue", "--as", "budi"]) as! [[String: Any]]
        let row = try #require(queue.first { $0["number"] as? Int == 14 })
        #expect((row["student"] as? [String: Any])?["nisn"] as? String == "0091234567")
        #expect(row["status"] as? String == "new")
        #expect(row["flags"] as? Int == 2)
        #expect(row["openedBy"] as? String == "sari")
        #expect(row["assignee"] is NSNull)
        for key in ["urgency", "openedAt"] { #expect(row[key] != nil) }

        #expect(try cli.run(["pickup", "14", "--as", "budi"]).status == 0)
        #expect(try cli.run(["reply", "14", "Saya panggil Andi besok.", "--as", "budi"]).status == 0)
        #expect(try cli.run(["reply", "14", "-", "--confidential", "--as", "budi"], stdin: "Catatan rahasia BK").status == 0)

        let thread = try cli.json(["thread", "14", "--as", "sari"]) as! [[String: Any]]
        #expect(thread.count == 2)
        #expect(thread[0]["text"] as? String == "Saya panggil Andi besok.")
        #expect(thread[1]["text"] is NSNull && thread[1]["visibility"] as? String == "bkOnly")
        let shown = try cli.json(["show", "14", "--as", "budi"]) as! [String: Any]
        #expect((shown["messages"] as? [[String: Any]])?.last?["text"] as? String == "Catatan rahasia BK")
        #expect((shown["flagged"] as? [[String: Any]])?.count == 2)

        #expect(try cli.run(["close", "14", "--outcome", "resolved", "--summary", "Sudah membaik.", "--as", "budi"]).status == 0)
        let closed = try cli.json(["show", "14", "--as", "sari"]) as! [String: Any]
        #expect(closed["status"] as? String == "closed" && closed["summary"] as? String == "Sudah membaik.")
        #expect(try cli.run(["reopen", "14", "--reason", "Nilai turun lagi.", "--as", "budi"]).status == 0)
        // The closing it undid stays in the case file, with the reopening and its reason.
        let reopened = try cli.run(["show", "14", "--as", "sari"]).out
        let closedLine = try #require(reopened.range(of: "Closed (resolved): Sudah membaik."), "\(reopened)")
        let reopenLine = try #require(reopened.range(of: "Reopened by Budi Santoso: Nilai turun lagi."), "\(reopened)")
        #expect(closedLine.upperBound <= reopenLine.lowerBound)
        // Open again, the JSON gives no summary: the one it had belongs to the closing undone.
        let open = try cli.json(["show", "14", "--as", "sari"]) as! [String: Any]
        #expect(open["summary"] is NSNull && open["outcome"] is NSNull, "\(open)")
        // Closed again with the outcome only: still none, not the first closing's.
        #expect(try cli.run(["close", "14", "--outcome", "monitoring", "--outcome-only", "--as", "budi"]).status == 0)
        let again = try cli.json(["show", "14", "--as", "sari"]) as! [String: Any]
        #expect(again["summary"] is NSNull && again["outcome"] as? String == "monitoring", "\(again)")
        #expect(try cli.run(["show", "14", "--as", "sari"]).out.contains("Only the outcome was shared with the referrer"))
        #expect(try cli.run(["check"]).status == 0)
    }

    /// `show` says a flag told in confidence is BK's only, beside its teacher, as the thread
    /// says it of a message; and counts "1 message", not "1 messages".
    @Test func showMarksAConfidentialFlagAndCountsInWords() throws {
        let cli = CLI()
        defer { cli.remove() }
        #expect(try cli.run(["init", "--demo"]).status == 0)
        let flagged = try cli.run(["flag", "Yuni Utami", "--note", "-", "--confidential", "--as", "sari"], stdin: "Menangis di kelas.")
        let number = try #require(flagged.out.firstMatch(of: /Case #(\d+) opened/).flatMap { Int($0.1) }, "\(flagged.out) \(flagged.err)")
        #expect(try cli.run(["reply", "\(number)", "Saya temui dia.", "--as", "budi"]).status == 0)
        let shown = try cli.run(["show", "\(number)", "--as", "budi"]).out
        #expect(shown.contains("Sari Wulandari") && shown.contains("(BK only)"), "\(shown)")
        #expect(shown.contains("Thread (1 message;") && shown.contains("shows it)"), "\(shown)")
    }

    @Test func aWordThatIsNoCommandIsSaidToBeNone() throws {
        let cli = CLI()
        defer { cli.remove() }
        let run = try cli.run(["bogus"])
        #expect(run.status == 64 && run.err == "rujuk: There is no command 'bogus'; `rujuk --help` lists them.\n", "\(run.err)")
    }

    struct Failure: Sendable, CustomTestStringConvertible {
        var args: [String]
        var status: Int32
        var testDescription: String { args.joined(separator: " ") + " → \(status)" }
    }

    @Test(arguments: [
        Failure(args: ["flag", "Nobody Atall", "--note", "x", "--as", "sari"], status: 66),
        Failure(args: ["show", "999", "--as", "budi"], status: 66),
        Failure(args: ["show", "6", "--as", "sari"], status: 66),
        Failure(args: ["pickup", "1", "--as", "sari"], status: 77),
        Failure(args: ["reply", "4", "x", "--confidential", "--as", "sari"], status: 64),
        Failure(args: ["reply", "4", "-", "--confidential", "--as", "agus"], status: 77),
        Failure(args: ["reply", "4", "   ", "--as", "sari"], status: 65),
        Failure(args: ["flag", "0091234567", "--note", "x", "--urgency", "panic", "--as", "sari"], status: 64),
        Failure(args: ["queue", "--mine", "--all", "--as", "budi"], status: 64),
        Failure(args: ["queue", "--as", "nobody"], status: 66),
        Failure(args: ["staff", "add", "x", "--name", "X", "--role", "counsellor", "--as", "budi"], status: 77),
        Failure(args: ["close", "4", "--outcome", "resolved", "--as", "sari"], status: 77),
        Failure(args: ["reopen", "4", "--reason", "Lagi.", "--as", "budi"], status: 65),
        Failure(args: ["reopen", "10", "--as", "budi"], status: 64),
        Failure(args: ["reopen", "10", "--reason", "  ", "--as", "budi"], status: 64),
        // A class of a grade an SMP does not have: the student would be in no counsellor's queue.
        Failure(args: ["students", "add", "--name", "Anak SMA", "--class", "10A", "--as", "admin"], status: 65),
        Failure(args: ["students", "set", "0091234567", "--class", "X IPA 1", "--as", "admin"], status: 65),
        // A close says something to the referrer, and only the case's holder closes it.
        Failure(args: ["close", "4", "--outcome", "resolved", "--as", "budi"], status: 65),
        Failure(args: ["close", "4", "--outcome", "resolved", "--summary", "x", "--outcome-only", "--as", "budi"], status: 65),
        Failure(args: ["close", "1", "--outcome", "resolved", "--summary", "x", "--as", "budi"], status: 77),
        Failure(args: ["close", "6", "--outcome", "resolved", "--summary", "x", "--as", "budi"], status: 77),
    ])
    func errorsEndWithTheirExitCodeAndWriteNothing(_ failure: Failure) throws {
        let cli = CLI()
        defer { cli.remove() }
        try cli.run(["init", "--demo"])
        let journal = cli.store + "/journal/000001.jsonl"
        let before = FileManager.default.contents(atPath: journal)
        let r = try cli.run(failure.args)
        #expect(r.status == failure.status, "\(r.err)")
        #expect(r.err.hasPrefix("rujuk: ") || r.err.contains("Error:"))
        #expect(r.err.split(separator: "\n").count <= 3)
        #expect(FileManager.default.contents(atPath: journal) == before)
    }

    @Test func aMissingStoreSaysToRunInit() throws {
        let cli = CLI()
        let r = try cli.run(["queue", "--as", "budi"])
        #expect(r.status == 66)
        #expect(r.err.contains("rujuk init"))
    }

    @Test func aCorruptStoreExits65NamingTheFile() throws {
        let cli = CLI()
        defer { cli.remove() }
        try cli.run(["init", "--demo"])
        try Data("{not json".utf8).write(to: URL(fileURLWithPath: cli.store + "/store.json"))
        let r = try cli.run(["queue", "--as", "budi"])
        #expect(r.status == 65)
        #expect(r.err.contains("store.json line 1"))
    }

    @Test func aSchoolStoreNeedsThePinToActAsSomeoneElse() throws {
        let cli = CLI()
        defer { cli.remove() }
        let me = try cli.run(["init", "--school", "SMP Uji", "--lang", "en"])
        #expect(me.status == 0, "\(me.err)")
        #expect(try cli.run(["staff", "add", "guru1", "--name", "Guru Satu", "--role", "subject-teacher", "--subject", "IPA"]).status == 0)
        #expect(try cli.run(["students", "add", "--name", "Budi Kecil", "--class", "VII-A", "--nisn", "0012345678"]).status == 0)
        // No PIN set: nobody may act as guru1.
        #expect(try cli.run(["queue", "--as", "guru1"], env: ["RUJUK_PIN": "123456"]).status == 77)
        #expect(try cli.run(["staff", "set-pin", "guru1"], env: ["RUJUK_NEW_PIN": "246813"]).status == 0)
        #expect(try cli.run(["queue", "--as", "guru1"]).status == 77) // no terminal, no RUJUK_PIN
        #expect(try cli.run(["queue", "--as", "guru1"], env: ["RUJUK_PIN": "111111"]).status == 77)
        #expect(try cli.run(["queue", "--as", "guru1"], env: ["RUJUK_PIN": "246813"]).status == 0)
        let journal = String(decoding: FileManager.default.contents(atPath: cli.store + "/journal/000001.jsonl")!, as: UTF8.self)
        #expect(journal.contains("scrypt$") && !journal.contains("2468\""))
    }

    @Test func importIsAllOrNothingAndNamesEveryBadLine() throws {
        let cli = CLI()
        defer { cli.remove() }
        try cli.run(["init", "--school", "SMP Uji", "--lang", "en"])
        let bad = NSTemporaryDirectory() + "roster-\(UUID().uuidString).csv"
        try "nama,nisn,kelas\nAni,0011111111,VII-A\nBadu,12,VII-A\nCici,0022222222,kelas tujuh\n".write(toFile: bad, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: bad) }
        let r = try cli.run(["import", "students", bad])
        #expect(r.status == 65)
        #expect(r.err.contains("line 3") && r.err.contains("line 4"))
        #expect((try cli.json(["students"]) as! [Any]).isEmpty)
        try "Name,Class,NISN\nAni,VII-A,0011111111\nBadu,VII-B,\n".write(toFile: bad, atomically: true, encoding: .utf8)
        #expect(try cli.run(["import", "students", bad]).status == 0)
        #expect((try cli.json(["students"]) as! [Any]).count == 2)
    }

    @Test func theDemoIsCreatedWhereNoDataDirectoryExistsYet() throws {
        let home = NSTemporaryDirectory() + "rujuk-fresh-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: home) }
        var env = ProcessInfo.processInfo.environment
        env["XDG_DATA_HOME"] = home + "/.local/share"
        env.removeValue(forKey: "RUJUK_STORE")
        let r = Spawn.run(CLI.binary, ["init", "--demo"], environment: env, stdin: Data())
        #expect(r.status == 0 && FileManager.default.fileExists(atPath: home + "/.local/share/rujuk-demo/store.json"), "\(r.err)")
        // A command without --store then says where the demo is, not "run init --demo" again.
        for (lang, words) in [("en", "the demo school is at"), ("id", "sekolah demo ada di")] {
            let queue = Spawn.run(CLI.binary, ["queue", "--as", "budi", "--lang", lang], environment: env, stdin: Data())
            #expect(queue.status == 66 && queue.err.contains(words) && queue.err.contains("--store " + home + "/.local/share/rujuk-demo"), "\(queue.err)")
            #expect(!queue.err.contains("init --demo"), "\(queue.err)")
        }
        let named = Spawn.run(CLI.binary, ["queue", "--as", "budi", "--store", home + "/.local/share/rujuk-demo"], environment: env, stdin: Data())
        #expect(named.status == 0, "\(named.err)")
    }
}
