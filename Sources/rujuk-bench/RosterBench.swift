import Foundation
import RujukDomain
import RujukRoster
import RujukStore

/// A 3,000-row Dapodik export (`;` CSV in Windows-1252, the 46 leading columns, title rows and
/// the two-row header) read, planned against the five-year store and applied; then a year
/// start by promotion, planned and appended as one durable batch.
enum RosterBench {
    /// This year's export: every tenth student moved class, every twentieth has a corrected name.
    static func export(_ school: School) -> Data {
        let rows = school.students.values.sorted(by: { $0.id < $1.id }).enumerated().map { i, s in
            (s, i % 20 == 0 ? s.name.uppercased() : s.name, i % 10 == 0 ? (ClassName.promoted(s.className) ?? s.className) : s.className)
        }
        return export(rows)
    }

    /// Next year's export: everyone still here one grade up, the last grade gone (graduated),
    /// and a new intake of `intake` students in the first grade.
    static func nextYear(_ school: School, intake: Int) -> Data {
        var rows: [(Student, String, String)] = []
        for s in school.students.values.filter(\.isActive).sorted(by: { $0.id < $1.id }) {
            guard let grade = s.grade, grade != 9, let up = ClassName.promoted(s.className) else { continue }
            rows.append((s, s.name, up))
        }
        for i in 0..<intake {
            let s = Student(id: "", nisn: String(format: "%010d", 3_000_000 + i), name: "Murid Baru \(i + 1) Harapan", className: "")
            rows.append((s, s.name, "VII-\(Character(UnicodeScalar(65 + i % 11)!))"))
        }
        return export(rows)
    }

    /// A Dapodik "Daftar PD" export of these rows (student, name written, class written).
    static func export(_ students: [(Student, String, String)]) -> Data {
        let header5 = ["No", "Nama", "NIPD", "JK", "NISN", "Tempat Lahir", "Tanggal Lahir", "NIK", "Agama", "Alamat", "RT", "RW",
                       "Dusun", "Kelurahan", "Kecamatan", "Kode Pos", "Jenis Tinggal", "Alat Transportasi", "Telepon", "HP",
                       "E-Mail", "SKHUN", "Penerima KPS", "No. KPS", "Data Ayah", "", "", "", "", "", "Data Ibu", "", "", "", "", "",
                       "Data Wali", "", "", "", "", "", "Rombel Saat Ini", "No Peserta Ujian Nasional", "No Seri Ijazah", "Penerima KIP"]
        let sub = ["Nama", "Tahun Lahir", "Jenjang Pendidikan", "Pekerjaan", "Penghasilan", "NIK"]
        let header6 = Array(repeating: "", count: 24) + sub + sub + sub + ["", "", "", ""]
        var lines = ["Daftar Peserta Didik", "SMP NEGERI CONTOH", "Kec. Moga", "Tanggal Unduh: 2026-07-10 08:00:00"]
        lines.append(header5.joined(separator: ";"))
        lines.append(header6.joined(separator: ";"))
        for (i, (s, name, cls)) in students.enumerated() {
            // A student's NIPD and birth date follow them from one year's export to the next (a
            // number from the row would name another student next year: the sync rightly holds
            // such rows as uncertain); new students get numbers no one has.
            let n = Int(s.id.dropFirst()) ?? (100_000 + i)
            let nipd = s.nipd ?? String(2_425_000 + n)
            let born = s.birthDate ?? String(format: "2011-%02d-%02d", n % 12 + 1, n % 28 + 1)
            let parents = ["Budi", "1980", "SMA / sederajat", "Petani", "Rp. 1,000,000 - Rp. 1,999,999", "3327010101800001",
                           "Siti", "1982", "SMP / sederajat", "Pedagang Kecil", "Kurang dari Rp. 500,000", "3327010101820002",
                           "", "0", "Tidak sekolah", "", "", ""]
            let gender = s.gender?.rawValue ?? (n % 2 == 0 ? "L" : "P")
            let row = ["\(i + 1)", name, nipd, gender, s.nisn ?? "", "Pemalang", born, "3327011906110001", "Islam", "Jln. Wijayakusuma Rt.03/03",
                       "3", "3", "-", "Banyumudal", "Kec. Moga", "52354", "Bersama orang tua", "Jalan kaki", "", "081234567890",
                       "", "", "Tidak", ""] + parents + [cls, "", "", "Tidak"]
            lines.append(row.joined(separator: ";"))
        }
        return (lines.joined(separator: "\r\n") + "\r\n").data(using: .windowsCP1252)!
    }

    static func run(root: String) throws {
        let store = try Store.open(root)
        let data = export(store.school)
        var read: RosterReader.Result!
        let readTime = Timing.measure { read = try! RosterReader.read(data) }
        var plan: SyncPlan!
        let planTime = Timing.measure { plan = RosterSync.plan(read.entries, school: store.school, on: "2026-07-10") }
        let admin = store.school.staff.values.first { $0.has(.admin) }!.login
        let applyTime = try Timing.measuring {
            try store.append(plan.events.map { Event(at: Date(), actor: admin, payload: $0) })
        }
        print(String(format: "roster import, %d-row Dapodik CSV (%.0f KB) against the five-year store: read %.0f ms, sync plan %.0f ms (%d moved, %d corrected, %d uncertain), validated durable append of %d events %.0f ms; %.1f s in all",
                     read.entries.count, Double(data.count) / 1024, readTime * 1000, planTime * 1000, plan.moved.count, plan.corrected.count, plan.uncertain.count,
                     plan.events.count, applyTime * 1000, readTime + planTime + applyTime))
        let next = (store.school.year.flatMap { SchoolYear.firstYear(of: $0.name) }.map { $0 + 1 }) ?? 2026
        let year = SchoolYear.usual("\(next)/\(next + 1)")!
        var yearPlan: YearPlan!
        let yearPlanTime = Timing.measure { yearPlan = YearStart.promote(store.school, to: year) }
        let yearApply = try Timing.measuring {
            try store.append(yearPlan.events.map { Event(at: Date(), actor: admin, payload: $0) })
        }
        print(String(format: "year start %@ by promotion on the five-year store: plan %.0f ms, validated durable append of %d events %.0f ms",
                     year.name, yearPlanTime * 1000, yearPlan.events.count, yearApply * 1000))
        // The year after, from its export: promotions, the last grade graduating, 1,000 new students.
        let nextData = nextYear(store.school, intake: 1000)
        let after = SchoolYear.usual("\(next + 1)/\(next + 2)")!
        var nextRead: RosterReader.Result!
        let nextReadTime = Timing.measure { nextRead = try! RosterReader.read(nextData) }
        var rosterPlan: YearPlan!
        let rosterPlanTime = Timing.measure { rosterPlan = YearStart.fromRoster(nextRead.entries, store.school, to: after) }
        let rosterApply = try Timing.measuring {
            try store.append(rosterPlan.events.map { Event(at: Date(), actor: admin, payload: $0) })
        }
        let moved = rosterPlan.promoted.reduce(0) { $0 + $1.count }, graduated = rosterPlan.graduated.reduce(0) { $0 + $1.count }
        let intake = rosterPlan.intake.reduce(0) { $0 + $1.count }
        print(String(format: "year start %@ from a %d-row export (%.0f KB): read %.0f ms, plan %.0f ms (%d promoted, %d graduated, %d new, %d uncertain), validated durable append of %d events %.0f ms; %.1f s in all",
                     after.name, nextRead.entries.count, Double(nextData.count) / 1024, nextReadTime * 1000, rosterPlanTime * 1000,
                     moved, graduated, intake, rosterPlan.sync?.uncertain.count ?? 0, rosterPlan.events.count, rosterApply * 1000, nextReadTime + rosterPlanTime + rosterApply))
    }
}

extension Timing {
    static func measuring(_ body: () throws -> Void) throws -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }
}
