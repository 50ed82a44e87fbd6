import Foundation
import Testing

/// `rujuk report`, `rujuk school set` and `rujuk notice` as a person runs them: files written
/// whole, refusals with their exit codes, messages in the chosen language, counts only.
@Suite(.serialized) struct ReportCommandTests {
    func temp(_ name: String) -> String { NSTemporaryDirectory() + "rujuk-report-\(UUID().uuidString)-" + name }

    @Test func aMonthlyReportIsWrittenWholeAndAnUnwritableOneIs74WithNothingLeft() throws {
        let cli = CLI()
        defer { cli.remove() }
        try cli.run(["init", "--demo"])
        let out = temp("m.csv")
        defer { try? FileManager.default.removeItem(atPath: out) }
        let made = try cli.run(["report", "monthly", "--month", "2026-11", "--as", "hendra", "--format", "csv", "--output", out])
        #expect(made.status == 0 && made.out.contains("Wrote"))
        let bytes = try #require(FileManager.default.contents(atPath: out))
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(text.contains("LAPORAN BULANAN PELAKSANAAN LAYANAN BIMBINGAN DAN KONSELING\r\n"))
        #expect(text.contains("Tabel 1. Rekapitulasi Layanan\r\nNo;Komponen;Jenis layanan / kegiatan;"))
        #expect(text.contains("% terlayani") && text.contains(",0%"))

        // A directory that does not exist, and a target that is a directory: 74, one sentence, nothing left.
        let dir = temp("dir")
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        for target in [dir + "/missing/r.pdf", dir] {
            let r = try cli.run(["report", "monthly", "--month", "2026-11", "--as", "hendra", "--format", "pdf", "--output", target])
            #expect(r.status == 74 && r.err.hasPrefix("rujuk: Cannot write ") && r.err.filter { $0 == "\n" }.count == 1, "\(r.err)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: dir).isEmpty)
        }
        let id = try cli.run(["report", "monthly", "--month", "2026-11", "--as", "hendra", "--format", "csv",
                              "--output", dir + "/missing/r.csv", "--lang", "id"])
        #expect(id.status == 74 && id.err.contains("Tidak dapat menulis"))
    }

    /// A report tells what happened: a month that has not begun is refused (it had printed
    /// "in progress" and overdue counts as facts, signed today), and so is a class the school
    /// does not have (it had said "nothing was recorded"); "8b" is VIII-B on the heading.
    @Test func aFutureMonthAndAMissingClassAreRefusedAndAClassIsSpelledAsTheSchoolDoes() throws {
        let cli = CLI()
        defer { cli.remove() }
        try cli.run(["init", "--demo"])
        let out = temp("r.csv")
        defer { try? FileManager.default.removeItem(atPath: out) }
        let year = Calendar(identifier: .gregorian).component(.year, from: Date()) + 2
        let future = try cli.run(["report", "monthly", "--month", "\(year)-05", "--as", "hendra", "--format", "csv", "--output", out])
        #expect(future.status == 65 && future.err.contains("\(year)-05-01 and has not begun yet"), "\(future.err)")
        let missing = try cli.run(["report", "monthly", "--month", "2026-11", "--class", "X-A", "--as", "hendra", "--format", "csv", "--output", out])
        #expect(missing.status == 66 && missing.err.contains("no class X-A; its classes are VII-A, VII-B"), "\(missing.err)")
        #expect(!FileManager.default.fileExists(atPath: out))
        let spelled = try cli.run(["report", "monthly", "--month", "2026-11", "--class", "8b", "--as", "hendra", "--format", "csv", "--output", out])
        #expect(spelled.status == 0, "\(spelled.err)")
        let text = String(decoding: try #require(FileManager.default.contents(atPath: out)), as: UTF8.self)
        #expect(text.contains("Kelas VIII-B") && !text.contains("Kelas 8b"), "\(text.prefix(400))")
    }

    /// A name with a direction override and control characters (typed by an admin, or pasted
    /// from a roster) is said back harmlessly and reaches no report file raw: a signed PDF had
    /// printed its case code backwards (`61-BA`), and the CSV carried the escape bytes.
    @Test func aHostileNameReachesNoFileOrLineRaw() throws {
        let cli = CLI()
        defer { cli.remove() }
        try cli.run(["init", "--demo"])
        let name = "\u{202E}Ab Cd\u{1B}[31m\u{07}"
        let added = try cli.run(["students", "add", "--name", name, "--class", "VIII-B", "--nisn", "0099887766", "--as", "admin"])
        #expect(added.status == 0, "\(added.err)")
        #expect(!added.out.unicodeScalars.contains { [0x1B, 0x07, 0x202E].contains($0.value) }, "\(added.out)")
        let flagged = try cli.run(["flag", "0099887766", "--note", "Sering melamun.", "--as", "sari"])
        #expect(flagged.status == 0, "\(flagged.err)")
        let number = try #require(flagged.out.split(separator: "#").dropFirst().first.flatMap { Int($0.prefix(while: \.isNumber)) })
        #expect(try cli.run(["pickup", "\(number)", "--as", "budi"]).status == 0)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Jakarta")!
        let month = calendar.dateComponents([.year, .month], from: Date())
        let period = String(format: "%04d-%02d", month.year!, month.month!)
        let out = temp("hostile.csv")
        defer { try? FileManager.default.removeItem(atPath: out) }
        let made = try cli.run(["report", "monthly", "--month", period, "--as", "budi", "--format", "csv", "--output", out])
        #expect(made.status == 0, "\(made.err)")
        let text = String(decoding: try #require(FileManager.default.contents(atPath: out)).dropFirst(3), as: UTF8.self)
        #expect(!text.unicodeScalars.contains { [0x1B, 0x07, 0x202E].contains($0.value) })
        // The case's code reads forwards, from the name's letters: "AC-N", not "\u{202E}AC-N".
        #expect(text.contains("(AC-\(number))"), "\(text)")
    }

    /// `--output -` writes the report itself to standard output (a pipe here), and nothing else
    /// there; no file named "-" is made.
    @Test func aDashWritesTheReportToStandardOutput() throws {
        let cli = CLI()
        defer { cli.remove() }
        try cli.run(["init", "--demo"])
        let csv = try cli.run(["report", "monthly", "--month", "2026-11", "--as", "hendra", "--format", "csv", "--output", "-"])
        #expect(csv.status == 0 && csv.out.contains("Tabel 1. Rekapitulasi Layanan") && !csv.out.contains("Wrote"))
        let pdf = try cli.run(["report", "monthly", "--month", "2026-11", "--as", "hendra", "--format", "pdf", "--output", "-"])
        #expect(pdf.status == 0 && pdf.out.hasPrefix("%PDF-"))
        #expect(!FileManager.default.fileExists(atPath: FileManager.default.currentDirectoryPath + "/-"))
    }

    @Test func refusalsAndBadInputHaveTheirExitCodes() throws {
        let cli = CLI()
        defer { cli.remove() }
        try cli.run(["init", "--demo"])
        let out = temp("r.csv")
        defer { try? FileManager.default.removeItem(atPath: out) }
        func report(_ args: [String]) throws -> CLI.Result {
            try cli.run(["report", "monthly", "--format", "csv", "--output", out] + args)
        }
        // A teacher asking for a counsellor's report, a counsellor for a colleague's: 77, nothing written.
        let sari = try report(["--month", "2026-11", "--as", "sari", "--counsellor", "budi"])
        #expect(sari.status == 77 && sari.err.contains("Reports are for the principal"))
        #expect(try report(["--month", "2026-11", "--as", "budi", "--counsellor", "wati"]).status == 77)
        #expect(!FileManager.default.fileExists(atPath: out))
        #expect(try report(["--month", "2026-13", "--as", "hendra"]).status == 65)
        #expect(try report(["--month", "2026-11", "--as", "hendra", "--counsellor", "sari"]).status == 66)
        #expect(try cli.run(["report", "semester", "--semester", "2026/2027-3", "--as", "hendra", "--format", "csv", "--output", out]).status == 65)
        #expect(try report(["--month", "2026-11", "--as", "hendra", "--counsellor", "budi", "--school"]).status == 64)
        // A period with nothing in it says so, in the chosen language.
        let empty = try report(["--month", "2026-08", "--as", "hendra", "--lang", "id"])
        #expect(empty.status == 0 && empty.out.contains("Tidak ada yang tercatat pada periode ini"))
        #expect(String(decoding: FileManager.default.contents(atPath: out) ?? Data(), as: UTF8.self)
            .contains("Tidak ada layanan, kasus, atau rujukan yang tercatat pada periode ini."))
    }

    @Test func theNarrativeIsAnEventFromStandardInputAndTheKOPIsTheAdmins() throws {
        let cli = CLI()
        defer { cli.remove() }
        try cli.run(["init", "--demo"])
        let saved = try cli.run(["report", "narrative", "--month", "2026-11", "--section", "penghambat", "-", "--as", "budi"],
                                stdin: "Jadwal BK bentrok dengan ujian.")
        #expect(saved.status == 0 && saved.out.contains("Faktor Penghambat"))
        #expect(try cli.run(["report", "narrative", "--month", "2026-11", "--section", "penghambat", "in the open", "--as", "budi"]).status == 64)
        #expect(try cli.run(["report", "narrative", "--month", "2026-11", "--section", "penghambat", "-", "--as", "sari"], stdin: "x").status == 77)
        #expect(try cli.run(["report", "narrative", "--month", "2026-11", "--section", "penghambat", "-", "--as", "budi"], stdin: "  ").status == 65)
        #expect(try cli.run(["report", "narrative", "--month", "2026-11", "--section", "ringkas", "-", "--as", "budi"], stdin: "x").status == 64)
        let journal = try String(contentsOfFile: cli.store + "/journal/000001.jsonl", encoding: .utf8)
        #expect(journal.contains("\"narrativeWritten\"") && journal.contains("Jadwal BK bentrok dengan ujian."))
        // The counsellor's own report prints it.
        let out = temp("own.csv")
        defer { try? FileManager.default.removeItem(atPath: out) }
        #expect(try cli.run(["report", "monthly", "--month", "2026-11", "--as", "budi", "--format", "csv", "--output", out]).status == 0)
        let csv = String(decoding: FileManager.default.contents(atPath: out) ?? Data(), as: UTF8.self)
        #expect(csv.contains("Faktor Penghambat\r\nJadwal BK bentrok dengan ujian.") && csv.contains("Nama Guru BK;Budi Santoso"))

        #expect(try cli.run(["school", "set", "--name", "SMP Negeri 30 Harapan", "--time-zone", "Asia/Makassar", "--as", "admin"]).status == 0)
        #expect(try cli.run(["school", "set", "--city", "Bandung", "--as", "hendra"]).status == 77)
        #expect(try cli.run(["school", "set", "--time-zone", "Mars/Olympus", "--as", "admin"]).status == 65)
        let notPNG = temp("logo.png")
        try Data("GIF89a".utf8).write(to: URL(fileURLWithPath: notPNG))
        defer { try? FileManager.default.removeItem(atPath: notPNG) }
        #expect(try cli.run(["school", "set", "--logo", notPNG, "--as", "admin"]).status == 65)
        #expect(try cli.run(["school", "set", "--logo", notPNG + ".missing", "--as", "admin"]).status == 66)
        #expect(try cli.run(["school", "--as", "sari"]).out.contains("Time zone: Asia/Makassar"))
    }

    @Test func theNoticeHasCountsOnlyInTheChosenLanguage() throws {
        let cli = CLI()
        defer { cli.remove() }
        try cli.run(["init", "--demo"])
        let id = try cli.run(["notice", "--week", "--as", "budi", "--lang", "id"])
        #expect(id.status == 0 && id.out.hasPrefix("Minggu ini: ") && id.out.contains("Buka Rujuk untuk rinciannya."))
        let en = try cli.run(["notice", "--as", "budi", "--lang", "en"])
        #expect(en.out.hasPrefix("Today: ") && en.out.contains("new referrals"))
        // Nothing but numbers between the fixed words: no name, no concern.
        let words = Set(id.out.split(whereSeparator: { !$0.isLetter }).map(String.init))
        #expect(words.isSubset(of: ["Minggu", "ini", "rujukan", "baru", "ditangani", "tindak", "lanjut", "lewat", "tenggat", "Buka", "Rujuk", "untuk", "rinciannya"]))
    }
}

@Suite(.serialized) struct NotifyCommandTests {
    @Test func notifyCommandRunsWithTheCountsWhenAReferralArrivesAndWhenASummaryIsWritten() throws {
        let cli = CLI()
        defer { cli.remove() }
        try cli.run(["init", "--demo"])
        let home = NSTemporaryDirectory() + "rujuk-notify-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: home) }
        try FileManager.default.createDirectory(atPath: home + "/rujuk", withIntermediateDirectories: true)
        let log = home + "/sent.txt"
        try "notify_command = \"printf '%s\\\\n' >>\(log)\"\n".write(toFile: home + "/rujuk/config.toml", atomically: true, encoding: .utf8)
        let env = ["XDG_CONFIG_HOME": home]
        #expect(try cli.run(["flag", "0091234567", "--note", "Sering melamun di kelas.", "--as", "sari", "--lang", "id"], env: env).status == 0)
        var sent = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
        #expect(sent.hasPrefix("Hari ini: ") && sent.contains("rujukan baru"), "\(sent)")
        // Nothing of the flag: no name, no note.
        #expect(!sent.contains("Andi") && !sent.contains("melamun"))
        // A reply is no referral and no summary: nothing sent.
        #expect(try cli.run(["reply", "14", "Baik.", "--as", "sari"], env: env).status == 0)
        #expect(((try? String(contentsOfFile: log, encoding: .utf8)) ?? "").split(separator: "\n").count == 1)
        #expect(try cli.run(["pickup", "14", "--as", "budi"], env: env).status == 0)
        let closed = try cli.run(["close", "14", "--outcome", "resolved", "--summary", "-", "--as", "budi"], stdin: "Sudah ditangani.", env: env)
        #expect(closed.status == 0, "\(closed.err)")
        sent = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
        #expect(sent.split(separator: "\n").count == 2 && !sent.contains("ditangani."))
    }
}
