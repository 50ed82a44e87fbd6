import Foundation
import Testing

/// Students and staff through the year on the demo school: corrections, moves, leaving and
/// coming back; staff changes, leaving with a handover, and access that ends.
@Suite(.serialized) struct RosterLifeCommandTests {
    func demo() throws -> CLI {
        let cli = CLI()
        try cli.run(["init", "--demo"])
        return cli
    }

    func queue(_ cli: CLI, _ login: String) throws -> [Int] {
        (try cli.json(["queue", "--as", login]) as! [[String: Any]]).compactMap { $0["number"] as? Int }
    }

    @Test func aMoveChangesWhichHomeroomTeacherSeesTheCase() throws {
        let cli = try demo()
        defer { cli.remove() }
        let flagged = try cli.run(["flag", "0091234567", "--note", "Sering melamun.", "--as", "sari"])
        #expect(flagged.out.contains("Case #14"))
        #expect(try queue(cli, "rina").contains(14))
        // "Kelas 8A" is VIII-A, as the school writes it: one class, not a second one beside it.
        let moved = try cli.run(["students", "set", "0091234567", "--class", "Kelas 8A", "--as", "admin"])
        #expect(moved.status == 0 && moved.out.contains("Updated Andi Pratama (VIII-A)."), "\(moved.out)")
        #expect(try !queue(cli, "rina").contains(14))
        // Back to VIII-B as another spelling of it: Rina (homeroom VIII-B) sees it again.
        let back = try cli.run(["students", "set", "0091234567", "--class", "8B", "--as", "admin"])
        #expect(back.status == 0 && back.out.contains("(VIII-B)"))
        #expect(try queue(cli, "rina").contains(14))
        let bad = try cli.run(["students", "set", "0091234567", "--class", "Ekskul", "--as", "admin"])
        #expect(bad.status == 65 && bad.err.contains("'Ekskul' has no grade"))
        #expect(try cli.run(["students", "set", "0091234567", "--name", "Andi P.", "--as", "sari"]).status == 77)
        #expect(try cli.run(["students", "set", "0091234567", "--as", "admin"]).status == 64)
        let renamed = try cli.run(["students", "set", "0091234567", "--name", "Andi Pratama Putra", "--nipd", "2425001", "--birth-date", "2011-06-19", "--as", "admin"])
        #expect(renamed.status == 0)
        let audit = try cli.run(["audit", "--as", "budi"])
        #expect(audit.status == 0 && audit.out.contains("student changed"), "\(audit.out)")
    }

    @Test func aStudentWhoLeftIsNotOfferedButTheRecordStays() throws {
        let cli = try demo()
        defer { cli.remove() }
        try cli.run(["flag", "0091234567", "--note", "Sering melamun.", "--as", "sari"])
        let left = try cli.run(["students", "leave", "0091234567", "--reason", "mutasi", "--to", "SMP N 2 Moga", "--date", "2026-12-01", "--as", "admin"])
        #expect(left.status == 0)
        #expect(left.out.contains("Andi Pratama (VIII-B) left the school on 2026-12-01 (mutasi)"))
        #expect(left.out.contains("Open case #14"))
        #expect(left.out.contains("rujuk escalate 14 --level outside-agency --agency \"SMP N 2 Moga\""))
        #expect((try cli.json(["students", "Andi Pratama", "--as", "sari"]) as! [Any]).isEmpty)
        let listed = try cli.json(["students", "Andi Pratama", "--left", "--as", "sari"]) as! [[String: Any]]
        #expect(listed.count == 1)
        #expect((listed.first?["left"] as? [String: Any])?["reason"] as? String == "mutasi")
        let flag = try cli.run(["flag", "0091234567", "--note", "Lagi.", "--as", "dewi"])
        #expect(flag.status == 65 && flag.err.contains("left the school on 2026-12-01"))
        // The case and the record stay; the counsellor can still work and close it.
        #expect(try cli.run(["record", "0091234567", "--as", "budi"]).status == 0)
        #expect(try cli.run(["pickup", "14", "--as", "budi"]).status == 0)
        // Listed to the counsellor as a case to close or refer onward.
        #expect(try cli.run(["queue", "--mine", "--as", "budi"]).out.contains("left 2026-12-01 (mutasi)"))
        #expect(try cli.run(["students", "leave", "0091234567", "--reason", "keluar", "--as", "admin"]).status == 65)
        let back = try cli.run(["students", "back", "0091234567", "--class", "VIII-B", "--as", "admin"])
        #expect(back.status == 0 && back.out.contains("Andi Pratama is back, in VIII-B."))
        #expect(try cli.run(["flag", "0091234567", "--note", "Lagi.", "--as", "dewi"]).status == 0)
        let id = try cli.run(["students", "leave", "0091234567", "--reason", "lulus", "--date", "2027-06-20", "--as", "admin", "--lang", "id"])
        #expect(id.out.contains("meninggalkan sekolah pada 2027-06-20 (lulus)"))
        #expect(try cli.run(["students", "leave", "0091234567", "--reason", "pindah", "--as", "admin"]).status == 64)
        #expect(try cli.run(["check"]).status == 0)
    }

    @Test func staffSetChangesRolesHomeroomCaseloadAndNIP() throws {
        let cli = try demo()
        defer { cli.remove() }
        // VIII-B has its homeroom teacher, Rina: a second would read her homeroom notes too.
        let second = try cli.run(["staff", "set", "dewi", "--homeroom", "8b", "--as", "admin"])
        #expect(second.status == 65 && second.err.contains("VIII-B already has a homeroom teacher, Rina Marlina"), "\(second.err)")
        let another = try cli.run(["staff", "add", "tono", "--name", "Tono", "--role", "homeroom-teacher", "--homeroom", "VIII-B", "--as", "admin"])
        #expect(another.status == 65 && another.err.contains("rujuk staff set rina --homeroom"), "\(another.err)")
        #expect(try cli.run(["staff", "set", "rina", "--homeroom", "", "--as", "admin"]).status == 0)
        let set = try cli.run(["staff", "set", "dewi", "--homeroom", "VIII-B", "--nip", "198001012005012001", "--as", "admin"])
        #expect(set.status == 0, "\(set.err)")
        #expect(set.out.contains("homeroom teacher") && !set.out.contains("homeroom-teacher") && set.out.contains("homeroom VIII-B") && set.out.contains("NIP 198001012005012001"))
        // Dewi now sees VIII-B's cases (case #1 is Rizky's, VIII-B).
        #expect(try queue(cli, "dewi").contains(1))
        let wati = try cli.run(["staff", "set", "wati", "--caseload", "VIII", "IX", "--as", "admin"])
        #expect(wati.out.contains("caseload VIII IX"))
        #expect(try queue(cli, "wati").contains(1))
        #expect(try cli.run(["staff", "set", "dewi", "--nip", "12", "--as", "admin"]).status == 65)
        #expect(try cli.run(["staff", "set", "dewi", "--role", "principal", "--as", "sari"]).status == 77)
        #expect(try cli.run(["staff", "set", "nobody", "--name", "X", "--as", "admin"]).status == 66)
        let list = try cli.run(["staff", "--as", "admin"])
        #expect(list.out.contains("NIP 198001012005012001"))
    }

    /// The homeroom role and its class go together: roles given without it end the homeroom,
    /// an emptied homeroom ends the role, and the role is not given without a class.
    @Test func theHomeroomRoleAndItsClassGoTogether() throws {
        let cli = try demo()
        defer { cli.remove() }
        #expect(try queue(cli, "rina").contains(1))
        let dropped = try cli.run(["staff", "set", "rina", "--role", "subject-teacher", "--as", "admin"])
        #expect(dropped.status == 0 && !dropped.out.contains("homeroom"), "\(dropped.out)")
        #expect(try !queue(cli, "rina").contains(1))
        #expect(try cli.run(["staff", "set", "rina", "--homeroom", "8B", "--as", "admin"]).out.contains("homeroom VIII-B"))
        let emptied = try cli.run(["staff", "set", "rina", "--homeroom", "", "--as", "admin"])
        #expect(emptied.status == 0 && !emptied.out.contains("homeroom"), "\(emptied.out)")
        let noClass = try cli.run(["staff", "set", "rina", "--role", "subject-teacher", "homeroom-teacher", "--as", "admin"])
        #expect(noClass.status == 64 && noClass.err.contains("--homeroom"), "\(noClass.err)")
        let added = try cli.run(["staff", "add", "tono", "--name", "Tono", "--role", "homeroom-teacher", "--as", "admin"])
        #expect(added.status == 64 && added.err.contains("--homeroom"))
        #expect(try cli.run(["check"]).status == 0)
    }

    @Test func staffLeaveEndsAccessAndHandsOverTheWork() throws {
        let cli = try demo()
        defer { cli.remove() }
        let mine = try cli.json(["queue", "--mine", "--as", "budi"]) as! [[String: Any]]
        let held = mine.compactMap { $0["number"] as? Int }
        #expect(!held.isEmpty)
        let refused = try cli.run(["staff", "leave", "budi", "--as", "admin"])
        #expect(refused.status == 65 && refused.err.contains("--handover-to"))
        #expect(try cli.run(["staff", "leave", "budi", "--handover-to", "sari", "--as", "admin"]).status == 65)
        let left = try cli.run(["staff", "leave", "budi", "--handover-to", "wati", "--as", "admin"])
        #expect(left.status == 0, "\(left.err)")
        #expect(left.out.contains("Handed over to Wati Handayani"))
        let watis = try cli.json(["queue", "--mine", "--as", "wati"]) as! [[String: Any]]
        #expect(Set(held).isSubset(of: Set(watis.compactMap { $0["number"] as? Int })))
        // Wati is told: her actions list starts with what Budi handed over.
        let told = try cli.run(["actions", "--as", "wati"])
        #expect(told.out.contains("Handed over to you by Budi Santoso"))
        #expect(held.allSatisfy { told.out.contains("#\($0)") })
        // No command works for Budi any more.
        for args in [["queue"], ["show", "4"], ["reply", "4", "x"], ["students"]] {
            let r = try cli.run(args + ["--as", "budi"])
            #expect(r.status == 77, "\(args)")
            #expect(r.err.contains("left the school"))
        }
        let id = try cli.run(["queue", "--as", "budi", "--lang", "id"])
        #expect(id.err.contains("aksesnya sudah berakhir"))
        // His history stays his.
        let shown = try cli.json(["show", "4", "--as", "wati"]) as! [String: Any]
        #expect((shown["messages"] as? [[String: Any]])?.contains { $0["author"] as? String == "budi" } == true)
        #expect(try cli.run(["staff", "leave", "admin", "--as", "admin"]).status == 65)
        #expect(try cli.run(["check"]).status == 0)
    }
}

@Suite(.serialized) struct StaffImportCommandTests {
    /// The GTK export as Excel saves it (`;`, Windows-1252, CRLF, title rows, one header row);
    /// the school added a login column for the one new teacher.
    static func gtk(_ rows: [[String]]) -> Data {
        let header = ["No", "Nama", "NUPTK", "JK", "Tempat Lahir", "Tanggal Lahir", "NIP", "Status Kepegawaian", "Jenis PTK", "Tugas Tambahan", "login"]
        var lines = [["Daftar Pendidik dan Tenaga Kependidikan"], ["SMP NEGERI 30 HARAPAN"], ["Kecamatan, Kabupaten, Provinsi"],
                     ["Tanggal Unduh: 2026-07-10", "", "Pengunduh: Operator"]].map { ($0 + Array(repeating: "", count: header.count - $0.count)).joined(separator: ";") }
        lines.append(header.joined(separator: ";"))
        lines += rows.map { $0.joined(separator: ";") }
        return (lines.joined(separator: "\r\n") + "\r\n").data(using: .windowsCP1252)!
    }

    @Test func nipsAreFilledInAndNewPeopleAddedOrListed() throws {
        let cli = CLI()
        defer { cli.remove() }
        try cli.run(["init", "--demo"])
        let file = NSTemporaryDirectory() + "gtk-\(UUID().uuidString).csv"
        defer { try? FileManager.default.removeItem(atPath: file) }
        try Self.gtk([
            ["1", "Sari Wulandari, S.Pd.", "1234567890123456", "P", "Pemalang", "1985-01-02", "198501022010012003", "PNS", "Guru Mapel", "", ""],
            ["2", "Budi Santoso, S.Pd., Kons.", "", "L", "Moga", "1980-03-04", "198003042005011002", "PNS", "Guru BK", "", ""],
            ["3", "Joko Susilo, S.Pd.", "", "L", "Moga", "1990-05-06", "-", "GTT", "Guru Mapel", "Wali Kelas", "joko"],
            ["4", "Ani Rahayu, S.Kom.", "", "P", "Moga", "1992-07-08", "", "Honor", "Guru BK", "", ""],
        ]).write(to: URL(fileURLWithPath: file))
        let dry = try cli.run(["import", "staff", file, "--dry-run", "--as", "admin"])
        #expect(dry.status == 0, "\(dry.err)")
        #expect(dry.out.contains("NIP        Sari Wulandari (sari): 198501022010012003"))
        #expect(dry.out.contains("new        Joko Susilo, S.Pd. (joko) as subject teacher"))
        #expect(dry.out.contains("not on staff line 9, Ani Rahayu, S.Kom.: add them with `rujuk staff add LOGIN --name \"Ani Rahayu, S.Kom.\" --role counsellor`"))
        let applied = try cli.run(["import", "staff", file, "--apply", "--as", "admin"])
        #expect(applied.status == 0 && applied.out.contains("Applied 3 changes"))
        let list = try cli.run(["staff", "--as", "admin"]).out
        #expect(list.contains("NIP 198501022010012003") && list.contains("NIP 198003042005011002") && list.contains("joko"))
        #expect(try cli.run(["import", "staff", file, "--apply", "--as", "admin"]).out.contains("already matches"))

        try Self.gtk([["1", "Sari Wulandari", "", "P", "", "", "1,98501E+17", "PNS", "Guru Mapel", "", ""]]).write(to: URL(fileURLWithPath: file))
        let bad = try cli.run(["import", "staff", file, "--as", "admin"])
        #expect(bad.status == 65 && bad.err.contains("line 6: NIP '1,98501E+17' became a number in Excel"))
        #expect(try cli.run(["import", "staff", file, "--as", "sari"]).status == 77)
    }
}
