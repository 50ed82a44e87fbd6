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
        #expect(shown.out.contains("BK chose to share only the outcome with the referrer, without a summary."))
        // The vice principal may close any case; a counsellor only the one they hold.
        #expect(try cli.run(["close", "1", "--outcome", "resolved", "--summary", "Ditangani wakasek.", "--as", "agus"]).status == 0)
        #expect(try cli.run(["check"]).status == 0)
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
