import Foundation
import Testing

/// The Dapodik export as a school gets it, written by `Fixtures/dapodik.py` (openpyxl for the
/// `.xlsx`, by hand for the Windows-1252 `;` CSV and the SpreadsheetML `.xls`).
enum DapodikFiles {
    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/dapodik.py").path

    /// A directory with `daftar-pd.{csv,xls,xlsx}`; the xlsx only where openpyxl is installed.
    static func make(_ variant: String = "first") -> String {
        let dir = NSTemporaryDirectory() + "dapodik-\(variant)-" + UUID().uuidString
        let r = Spawn.run("/usr/bin/env", ["python3", script, dir, "--variant", variant], environment: ProcessInfo.processInfo.environment)
        precondition(r.status == 0, r.err)
        return dir
    }

    static var haveOpenpyxl: Bool {
        Spawn.run("/usr/bin/env", ["python3", "-c", "import openpyxl"], environment: ProcessInfo.processInfo.environment).status == 0
    }
}

@Suite(.serialized) struct RosterCommandTests {
    func school() throws -> CLI {
        let cli = CLI()
        try cli.run(["init", "--school", "SMP Negeri 9 Sukamaju", "--lang", "en"])
        return cli
    }

    func students(_ cli: CLI, left: Bool = false) throws -> [[String: Any]] {
        try cli.json(["students"] + (left ? ["--left"] : [])) as! [[String: Any]]
    }

    @Test(.enabled(if: DapodikFiles.haveOpenpyxl, "needs openpyxl (pip install openpyxl)"))
    func theXLSXThatDapodikDownloads() throws {
        let cli = try school()
        defer { cli.remove() }
        let dir = DapodikFiles.make()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = try cli.run(["import", "students", dir + "/daftar-pd.xlsx"])
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out.contains("Imported 5 students"))
        let all = try students(cli)
        #expect(all.count == 5)
        #expect(all.contains { $0["nisn"] as? String == "0091234567" && $0["class"] as? String == "Kelas 8B" })
        #expect(all.contains { $0["name"] as? String == "Éka Nurhayati" })
    }

    @Test(arguments: ["daftar-pd.csv", "daftar-pd.xls"])
    func theCSVAndTheXMLSpreadsheetImportTheSame(file: String) throws {
        let cli = try school()
        defer { cli.remove() }
        let dir = DapodikFiles.make()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = try cli.run(["import", "students", dir + "/" + file])
        #expect(r.status == 0, "\(r.err)")
        let all = try students(cli)
        #expect(all.count == 5)
        #expect(Set(all.compactMap { $0["nisn"] as? String }) == ["0091234567", "0087654321", "0112233445", "0101010101", "0099887766"])
        #expect(all.contains { $0["name"] as? String == "Éka Nurhayati" })
        #expect(try cli.run(["check"]).status == 0)
    }

    @Test func aReimportIsASyncShownFirstAndAppliedAsOneStep() throws {
        let cli = try school()
        defer { cli.remove() }
        let first = DapodikFiles.make(), second = DapodikFiles.make("second")
        defer { for d in [first, second] { try? FileManager.default.removeItem(atPath: d) } }
        #expect(try cli.run(["import", "students", first + "/daftar-pd.csv"]).status == 0)
        let journal = cli.store + "/journal/000001.jsonl"
        let before = FileManager.default.contents(atPath: journal)

        let dry = try cli.run(["import", "students", second + "/daftar-pd.csv", "--dry-run"])
        #expect(dry.status == 0)
        #expect(dry.out.contains("1 new, 1 moved, 1 corrected, 0 returning, 1 not in the file, 0 uncertain, 2 unchanged"))
        #expect(dry.out.contains("moves      Candra Wijaya: Kelas 7A → Kelas 7B"))
        #expect(dry.out.contains("corrected  DEWI SARTIKA: Nama 'DEWI SARTIKA' → 'Dewi Sartika'"))
        #expect(dry.out.contains("not in file Éka Nurhayati"))
        #expect(dry.out.contains("new        Fajar Nugroho"))
        #expect(FileManager.default.contents(atPath: journal) == before)
        // Without --apply and without a terminal, changes beyond new students wait.
        let asked = try cli.run(["import", "students", second + "/daftar-pd.csv"])
        #expect(asked.out.contains("Nothing was changed") && FileManager.default.contents(atPath: journal) == before)

        let applied = try cli.run(["import", "students", second + "/daftar-pd.csv", "--apply", "--missing-left", "mutasi", "--date", "2027-01-06"])
        #expect(applied.status == 0, "\(applied.err)")
        #expect(applied.out.contains("leaves     Éka Nurhayati (Kelas 8A, NISN 0099887766) (mutasi)"))
        #expect(applied.out.contains("Applied 4 changes"))
        // Progress is for terminals only; a script's standard error stays empty.
        #expect(applied.err.isEmpty)
        let now = try students(cli)
        #expect(now.count == 5)
        #expect(!now.contains { $0["name"] as? String == "Éka Nurhayati" })
        #expect(now.contains { $0["name"] as? String == "Dewi Sartika" })
        #expect(now.contains { $0["name"] as? String == "Candra Wijaya" && $0["class"] as? String == "Kelas 7B" })
        #expect(try students(cli, left: true).count == 6)
        // The same export as SpreadsheetML: nothing left to change, nobody duplicated.
        let again = try cli.run(["import", "students", second + "/daftar-pd.xls", "--apply"])
        #expect(again.out.contains("already matches"))
        #expect(try students(cli, left: true).count == 6)
    }

    @Test func aBadRowImportsNothingAndSaysTheLineAndTheFix() throws {
        let cli = try school()
        defer { cli.remove() }
        let file = NSTemporaryDirectory() + "bad-\(UUID().uuidString).csv"
        defer { try? FileManager.default.removeItem(atPath: file) }
        try "nama;nisn;kelas\r\nAni;0011111111;7A\r\nBadu;81234508;7A\r\n".write(toFile: file, atomically: true, encoding: .utf8)
        let r = try cli.run(["import", "students", file])
        #expect(r.status == 65)
        #expect(r.err.contains("line 3: NISN '81234508' has 8 digits; Excel drops leading zeros: format the column as Text and export again."))
        #expect(try students(cli).isEmpty)
        let id = try cli.run(["import", "students", file, "--lang", "id"])
        #expect(id.status == 65)
        #expect(id.err.contains("baris 3: NISN"))
        #expect(id.err.contains("Excel membuang angka nol di depan"))
        let layout = NSTemporaryDirectory() + "layout-\(UUID().uuidString).csv"
        defer { try? FileManager.default.removeItem(atPath: layout) }
        try "Siswa;Tingkat\nAni;7\n".write(toFile: layout, atomically: true, encoding: .utf8)
        let unknown = try cli.run(["import", "students", layout])
        #expect(unknown.status == 65)
        #expect(unknown.err.contains("columns found: siswa, tingkat") && unknown.err.contains("looked for: Nama/name"))
    }

    @Test func twoAdminsImportingAtOnceDuplicateNoOne() async throws {
        let cli = try school()
        defer { cli.remove() }
        let dir = DapodikFiles.make()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let statuses = try await withThrowingTaskGroup(of: Int32.self) { group in
            for file in ["daftar-pd.csv", "daftar-pd.xls", "daftar-pd.csv", "daftar-pd.xls"] {
                group.addTask { try cli.run(["import", "students", dir + "/" + file, "--apply"]).status }
            }
            return try await group.reduce(into: [Int32]()) { $0.append($1) }
        }
        #expect(statuses.allSatisfy { $0 == 0 }, "\(statuses)")
        let all = try students(cli)
        #expect(all.count == 5)
        #expect(Set(all.compactMap { $0["nisn"] as? String }).count == 5)
        #expect(try cli.run(["check"]).status == 0)
    }
}
