import Foundation
import Testing

@Suite(.serialized) struct YearCommandTests {
    @Test func aYearStartPromotesGraduatesAndHandsTheCasesToTheNewHomeroomTeachers() throws {
        let cli = CLI()
        defer { cli.remove() }
        try cli.run(["init", "--demo"])
        // Before any year is started, it says which year the reports count by the calendar.
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Jakarta")!
        let now = calendar.dateComponents([.year, .month], from: Date())
        let first = now.month! >= 7 ? now.year! : now.year! - 1
        let none = try cli.run(["year", "--as", "sari"]).out
        #expect(none.contains("No school year has been started in Rujuk yet"), "\(none)")
        #expect(none.contains("reports follow the calendar: school year \(first)/\(first + 1), \(first)-07-01 to \(first + 1)-06-30"), "\(none)")
        let journal = cli.store + "/journal/000001.jsonl"
        let before = FileManager.default.contents(atPath: journal)
        let dry = try cli.run(["year", "start", "\(first)/\(first + 1)", "--promote", "--dry-run", "--as", "admin"])
        #expect(dry.status == 0)
        #expect(dry.out.contains("promoted   VIII-B → IX-B: 30 students"))
        #expect(dry.out.contains("graduates  IX-C: 30 students"))
        // The year under way began in July: starting it now is said to act as of today.
        let day = calendar.dateComponents([.year, .month, .day], from: Date())
        if String(format: "%04d-%02d-%02d", day.year!, day.month!, day.day!) > "\(first)-07-13" {
            #expect(dry.out.contains("began on \(first)-07-13. Starting it now moves"), "\(dry.out)")
        }
        // Fajar (IX-B) graduates with case #3 open: said before it happens.
        #expect(dry.out.contains("leaves with case #3 still open"), "\(dry.out)")
        #expect(FileManager.default.contents(atPath: journal) == before)

        let template = NSTemporaryDirectory() + "assign-\(UUID().uuidString).txt"
        defer { try? FileManager.default.removeItem(atPath: template) }
        #expect(try cli.run(["year", "start", "\(first)/\(first + 1)", "--promote", "--write-template", template, "--as", "admin"]).status == 0)
        var text = try String(contentsOfFile: template, encoding: .utf8)
        #expect(text.contains("rina;VIII-B;") && text.contains("classes in the new year: VIII-A"))
        // Rina follows her class to IX-B; Dewi becomes homeroom teacher of the (promoted) VIII-B.
        text = text.replacingOccurrences(of: "rina;VIII-B;", with: "rina;IX-B;") + "dewi;VIII-B;\n"
        try text.write(toFile: template, atomically: true, encoding: .utf8)

        // Case #4 is Dimas's (VIII-A), #1 Rizky's (VIII-B); #3 Fajar's (IX-B), who graduates.
        let started = try cli.run(["year", "start", "\(first)/\(first + 1)", "--promote", "--assignments", template, "--apply", "--as", "admin"])
        #expect(started.status == 0, "\(started.err)")
        #expect(started.out.contains("School year \(first)/\(first + 1) started: 180 promoted, 90 graduated, 0 new, 0 left; homerooms and caseloads: 2 changes."))
        // Rina's pupils' open cases (#1 Rizky, #5 Siti, #12 Citra) follow them to IX-B; a graduate's (#3) does not.
        let rina = (try cli.json(["queue", "--as", "rina"]) as! [[String: Any]]).compactMap { $0["number"] as? Int }
        #expect(Set([1, 5, 12]).isSubset(of: Set(rina)) && !rina.contains(3))
        #expect(try cli.run(["staff", "--as", "admin"]).out.contains("homeroom VIII-B"))
        let show = try cli.run(["year", "--as", "sari"])
        #expect(show.out.contains("School year \(first)/\(first + 1): \(first)-07-13 to \(first + 1)-06-30; semester 1 (ganjil) \(first)-07-13 to \(first + 1)-01-04; semester 2 (genap) \(first + 1)-01-05 to \(first + 1)-06-30."))
        #expect(try cli.run(["year", "--as", "sari", "--lang", "id"]).out.contains("Tahun pelajaran \(first)/\(first + 1)"))
        // Not the same year twice, nor an earlier one.
        #expect(try cli.run(["year", "start", "\(first)/\(first + 1)", "--promote", "--apply", "--as", "admin"]).status == 65)
        #expect(try cli.run(["year", "start", "\(first + 1)/\(first + 2)", "--promote", "--apply", "--as", "sari"]).status == 77)
        #expect(try cli.run(["year", "start", "\(first + 1)", "--promote", "--as", "admin"]).status == 64)
        // A year that is over is not started again: it would move today's students as of its July.
        let over = try cli.run(["year", "start", "\(first - 2)/\(first - 1)", "--promote", "--dry-run", "--as", "admin"])
        #expect(over.status == 65 && over.err.contains("School year \(first - 2)/\(first - 1) ended on \(first - 1)-06-30"), "\(over.err)")
        #expect(try cli.run(["year", "start", "\(first + 1)/\(first + 2)", "--as", "admin"]).status == 64)
        #expect(try cli.run(["check"]).status == 0)
    }

    @Test func aYearFromTheNewExport() throws {
        let cli = CLI()
        defer { cli.remove() }
        try cli.run(["init", "--school", "SMP Negeri 9 Sukamaju", "--lang", "en"])
        let first = DapodikFiles.make(), second = DapodikFiles.make("second")
        defer { for d in [first, second] { try? FileManager.default.removeItem(atPath: d) } }
        #expect(try cli.run(["import", "students", first + "/daftar-pd.csv"]).status == 0)
        // Dewi Sartika (9A) is in the new export, so she stays; Éka (8A) is missing and leaves with --missing-left.
        // The year to come, whenever the test runs (a year that is over is refused).
        let year = Calendar(identifier: .gregorian).component(.year, from: Date()) + 1
        let r = try cli.run(["year", "start", "\(year)/\(year + 1)", "--roster", second + "/daftar-pd.csv", "--missing-left", "mutasi", "--apply"])
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out.contains("new        Kelas 7A: 1 student"))
        #expect(r.out.contains("leaves     Éka Nurhayati (Kelas 8A) (mutasi)"))
        let active = try cli.json(["students"]) as! [[String: Any]]
        #expect(active.count == 5)
        #expect(try cli.run(["year"]).out.contains("\(year)/\(year + 1)"))
    }
}
