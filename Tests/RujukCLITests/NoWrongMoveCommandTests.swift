import Foundation
import Testing

/// Issue 12 on the command line: no leak of cases, and a close that always answers the referrer.
@Suite(.serialized) struct NoWrongMoveCommandTests {
    @Test func theStudentListNamesOnlyCasesTheReaderMaySee() throws {
        let cli = CLI()
        defer { cli.remove() }
        try cli.run(["init", "--demo"])
        // Case #6 (IX-A, flagged by Dewi) is not Sari's; cases #1 and #3 are hers.
        let sari = try cli.run(["students", "--as", "sari"])
        #expect(sari.status == 0)
        #expect(!sari.out.contains("#6"))
        #expect(sari.out.contains("open case #1") && sari.out.contains("open case #3"))
        let dewi = try cli.run(["students", "--as", "dewi"])
        #expect(dewi.out.contains("open case #6"))
        let budi = try cli.run(["students", "--class", "IX-A", "--as", "budi"])
        #expect(budi.out.contains("open case #6"))
        let indonesian = try cli.run(["students", "--as", "dewi", "--lang", "id"])
        #expect(indonesian.out.contains("kasus terbuka #6"))
    }

    @Test func theOutcomeAloneIsAChoiceTheReferrerReadsInWords() throws {
        let cli = CLI()
        defer { cli.remove() }
        try cli.run(["init", "--demo"])
        let refused = try cli.run(["close", "4", "--outcome", "monitoring", "--as", "budi"])
        #expect(refused.status == 65)
        #expect(refused.err.contains("--outcome-only"))
        let closed = try cli.run(["close", "4", "--outcome", "monitoring", "--outcome-only", "--as", "budi"])
        #expect(closed.status == 0, "\(closed.err)")
        let shown = try cli.run(["show", "4", "--as", "sari"])
        #expect(shown.out.contains("Only the outcome was shared with the referrer, without a summary."))
        // The vice principal may close any case; a counsellor only the one they hold.
        #expect(try cli.run(["close", "1", "--outcome", "resolved", "--summary", "Ditangani wakasek.", "--as", "agus"]).status == 0)
        #expect(try cli.run(["check"]).status == 0)
    }

    /// As in the interface: a counsellor picks a new case up before planning, a service, a
    /// conference or a visit, so the teacher hears who holds it; the vice principal need not.
    @Test func aCounsellorPicksANewCaseUpBeforeWorkingIt() throws {
        let cli = CLI()
        defer { cli.remove() }
        try cli.run(["init", "--demo"])
        let flagged = try cli.json(["flag", "0091234567", "--note", "Sering melamun di kelas.", "--as", "sari"]) as? [String: Any]
        let number = try #require(flagged?["number"] as? Int)
        let before = try cli.run(["show", "\(number)", "--as", "budi", "--json"]).out
        for work in [["plan", "\(number)", "--goal", "Fokus di kelas"],
                     ["service", "\(number)", "--type", "konseling-perorangan", "--minutes", "30"],
                     ["visit", "\(number)", "--met", "Ibu", "--findings", "Rumah rapi"]] {
            let refused = try cli.run(work + ["--as", "budi"])
            #expect(refused.status == 65, "\(work[0]): \(refused.err)")
            #expect(refused.err.contains("Pick case #\(number) up first (rujuk pickup \(number))"), "\(refused.err)")
        }
        let indonesian = try cli.run(["plan", "\(number)", "--goal", "Fokus", "--as", "budi", "--lang", "id"])
        #expect(indonesian.err.contains("Ambil kasus #\(number) dulu"), "\(indonesian.err)")
        // Nothing was written by the refusals.
        #expect(try cli.run(["show", "\(number)", "--as", "budi", "--json"]).out == before)
        // Reading the plan is not working the case.
        #expect(try cli.run(["plan", "\(number)", "--as", "budi"]).status == 0)
        #expect(try cli.run(["pickup", "\(number)", "--as", "budi"]).status == 0)
        // Picking it up again: it is his already, not a colleague's to be asked about.
        let again = try cli.run(["pickup", "\(number)", "--as", "budi"])
        #expect(again.status == 0 && again.out.contains("Case #\(number) is already yours."), "\(again.out)\(again.err)")
        #expect(try cli.run(["plan", "\(number)", "--goal", "Fokus di kelas", "--review-date", "2027-01-15", "--as", "budi"]).status == 0)
        // The review date is a day; no clock time that moves with the time zone.
        let plan = try cli.run(["plan", "\(number)", "--as", "budi"])
        #expect(plan.out.contains("(review by 2027-01-15)"), "\(plan.out)")
    }
}

@Suite(.serialized) struct TriageCommandTests {
    @Test func aCounsellorChangesUrgencyAreaAndConcernOnTheCommandLine() throws {
        let cli = CLI()
        defer { cli.remove() }
        try cli.run(["init", "--demo"])
        let r = try cli.run(["triage", "2", "--urgency", "urgent", "--concern", "bullying", "--as", "budi"])
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out.contains("Case #2 is now urgent, area belajar, concern: bullying."))
        let shown = try cli.json(["show", "2", "--as", "budi"]) as! [String: Any]
        #expect(shown["urgency"] as? String == "urgent")
        #expect(try cli.run(["triage", "2", "--urgency", "urgent", "--as", "budi"]).status == 65)
        #expect(try cli.run(["triage", "2", "--area", "sosial", "--as", "sari"]).status == 66)
        #expect(try cli.run(["triage", "1", "--area", "sosial", "--as", "sari"]).status == 77)
        #expect(try cli.run(["triage", "2", "--as", "budi"]).status == 64)
    }
}

/// Issue 12: hints that run as written, lists that say how many they left out.
@Suite(.serialized) struct HintCommandTests {
    @Test func theHintsRunAsWritten() throws {
        let cli = CLI()
        defer { cli.remove() }
        let created = try cli.run(["init", "--demo"])
        #expect(created.out.contains("open it with `rujuk --store \(cli.store)`"), "\(created.out)")
        let none = try cli.run(["flag", "Joko Susilo", "--note", "x", "--as", "sari"])
        #expect(none.status == 66 && none.err.contains("`rujuk students Joko`"), "\(none.err)")
        #expect(try cli.run(["students", "Joko", "--as", "sari"]).status == 0)
        let many = try cli.run(["flag", "andi", "--note", "x", "--as", "sari"])
        let count = try #require(many.err.firstMatch(of: /matches (\d+) students/).map { Int($0.1)! })
        #expect(count > 8 && many.err.contains("and \(count - 8) more"), "\(many.err)")
        // Found, but not one: the argument is mended (64), not the roster.
        #expect(many.status == 64)
        // Two pupils of one name and class without a NISN are told apart by their ids, which flag.
        for _ in 0..<2 { #expect(try cli.run(["students", "add", "--name", "Siti Baru", "--class", "VIII-B", "--as", "admin"]).status == 0) }
        let twins = try cli.run(["flag", "Siti Baru", "--note", "x", "--as", "sari"])
        let id = try #require(twins.err.firstMatch(of: /id (s\d+)/).map { String($0.1) }, "\(twins.err)")
        #expect(twins.status == 64)
        #expect(try cli.run(["flag", id, "--note", "Sering melamun.", "--as", "sari"]).status == 0)
        // The full name comes first, before longer names that start with it.
        let listed = try cli.run(["students", "Andi Kurniawan", "--as", "sari"]).out.split(separator: "\n")
        #expect(listed.first?.hasSuffix("Andi Kurniawan") == true, "\(listed)")
    }
}

@Suite(.serialized) struct ServiceTypeCommandTests {
    @Test func aSupportingActivityIsLoggedByItsName() throws {
        let cli = CLI()
        defer { cli.remove() }
        try cli.run(["init", "--demo"])
        let r = try cli.run(["service", "4", "--type", "aplikasi-instrumentasi", "--minutes", "30", "--notes", "-", "--as", "budi"], stdin: "AUM")
        #expect(r.status == 0, "\(r.err)")
        let tomorrow = try cli.run(["service", "4", "--type", "konsultasi", "--minutes", "30", "--date", "+1d", "--as", "budi"])
        #expect(tomorrow.status == 65 && tomorrow.err.contains("in the future"), "\(tomorrow.err)")
        let yesterday = try cli.run(["service", "4", "--type", "konsultasi", "--minutes", "30", "--date", "kemarin", "--as", "budi"])
        #expect(yesterday.status == 0, "\(yesterday.err)")
    }
}

@Suite(.serialized) struct ConfideCommandTests {
    /// Issue 12, item 6: a flagging teacher's entry for BK only; she keeps reading it.
    @Test func aTeacherRepliesForBKOnlyAndKeepsReadingIt() throws {
        let cli = CLI()
        defer { cli.remove() }
        try cli.run(["init", "--demo"])
        let r = try cli.run(["reply", "4", "-", "--visibility", "bkOnly", "--as", "sari"], stdin: "Ayahnya sering memukul, kata Dimas.")
        #expect(r.status == 0, "\(r.err)")
        func last(_ login: String) throws -> [String: Any] {
            (try cli.json(["thread", "4", "--as", login]) as! [[String: Any]]).last!
        }
        #expect(try last("sari")["text"] as? String == "Ayahnya sering memukul, kata Dimas.")
        #expect(try last("budi")["text"] as? String == "Ayahnya sering memukul, kata Dimas.")
        let vice = try last("agus")
        #expect(vice["text"] is NSNull && vice["visibility"] as? String == "bkOnly" && vice["author"] as? String == "sari")
        // The text is only in private/, never in the journal.
        let journal = try String(contentsOfFile: cli.store + "/journal/000001.jsonl", encoding: .utf8)
        #expect(!journal.contains("memukul"))
        #expect(try cli.run(["check"]).status == 0)
    }
}

@Suite(.serialized) struct ConfidentialFlagCommandTests {
    @Test func aFlagToldInConfidenceReachesBKOnly() throws {
        let cli = CLI()
        defer { cli.remove() }
        try cli.run(["init", "--demo"])
        let r = try cli.run(["flag", "0091234567", "--note", "-", "--confidential", "--as", "sari"], stdin: "Ada memar di lengannya.")
        #expect(r.status == 0, "\(r.err)")
        #expect(try cli.run(["flag", "0091234567", "--note", "Sering melamun.", "--as", "dewi"]).status == 0)
        func saws(_ login: String) throws -> [Any] {
            ((try cli.json(["show", "14", "--as", login]) as! [String: Any])["flagged"] as! [[String: Any]]).map { $0["saw"]! }
        }
        #expect(try saws("sari").first as? String == "Ada memar di lengannya.")
        #expect(try saws("budi").first as? String == "Ada memar di lengannya.")
        #expect(try saws("dewi").first is NSNull)
        #expect(try saws("dewi").last as? String == "Sering melamun.")
        let journal = try String(contentsOfFile: cli.store + "/journal/000001.jsonl", encoding: .utf8)
        #expect(!journal.contains("memar"))
        #expect(try cli.run(["check"]).status == 0)
    }

    /// `--summary -` reads the summary from standard input like every other text (it was kept
    /// as a literal "-" for the teacher to read), and the newline `echo` ends with is not part of it.
    @Test func aSummaryFromStandardInputIsTheText() throws {
        let cli = CLI()
        defer { cli.remove() }
        try cli.run(["init", "--demo"])
        let closed = try cli.run(["close", "4", "--outcome", "resolved", "--summary", "-", "--as", "budi"], stdin: "Dimas sudah lebih tenang.\n")
        #expect(closed.status == 0, "\(closed.err)")
        let shown = try cli.run(["show", "4", "--as", "sari", "--json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(shown.out.utf8)) as? [String: Any])
        #expect(json["summary"] as? String == "Dimas sudah lebih tenang.", "\(shown.out)")
    }
}
