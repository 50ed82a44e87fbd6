import Foundation
import RujukDomain
import RujukStore

/// Generates the benchmark's store: `years` of a large school (five unless told), deterministic,
/// written in large batches.
enum FiveYearStore {
    static let students = 3000, casesPerYear = 10_000, messagesPerCase = 10, openCases = 1000

    static func build(at root: String, years: Int = 5) throws {
        let cases = casesPerYear * years
        // Every batch ends with a snapshot (and the history it leaves out), as a school's stream
        // of appends keeps them; otherwise the first writer measured would write the last batch's.
        setenv("RUJUK_SNAPSHOT_SECONDS", "0", 1)
        let staff = DemoSchool.staff
        var events: [Event] = staff.map { Event(at: DemoSchool.start, actor: "admin", payload: .staffAdded($0)) }
        let classes = ["VII", "VIII", "IX"].flatMap { g in (0..<11).map { "\(g)-\(Character(UnicodeScalar(65 + $0)!))" } }
        for i in 0..<students {
            let s = Student(id: String(format: "s%04d", i + 1), nisn: String(format: "%010d", 1_000_000 + i),
                            name: "Siswa \(i + 1) Nusantara", className: classes[i % classes.count])
            events.append(Event(at: DemoSchool.start, actor: "admin", payload: .studentAdded(s)))
        }
        let store = try Store.create(at: root, info: StoreInfo(school: "\(years)-year school", created: DemoSchool.start, lang: "en", demo: true), events: events)
        var batch: [Event] = []
        var clock = DemoSchool.start - Double(years) * 365 * 86_400
        let step = Double(years) * 365 * 86_400.0 / Double(cases)
        let teachers = ["sari", "dewi", "rina"]
        let observations = [
            "Tidak mengumpulkan tugas tiga minggu berturut-turut dan sering tertidur di kelas.",
            "Nilai ulangan turun dari 80-an menjadi 50-an sejak bulan lalu.",
            "Sering bertengkar dengan teman sebangku, dua kali hampir berkelahi.",
            "Selalu gemetar saat ulangan dan menyerahkan kertas kosong.",
            "Terlambat hampir setiap pagi; katanya membantu orang tua berjualan di pasar.",
            "Menarik diri dari kelompok, makan siang sendirian, jarang bicara.",
            "Tidak bisa membedakan angka 6 dan 9, menulis terbalik.",
        ]
        let notes = [
            "Sudah saya ajak bicara setelah pelajaran; dia mengaku kurang tidur karena menjaga adiknya malam hari.",
            "Pertemuan konseling kedua: mulai mau bercerita tentang teman sekelasnya. Rencana berikutnya Kamis setelah istirahat.",
            "Ibu wali kelas sudah menghubungi orang tua lewat telepon; ayahnya akan datang ke sekolah minggu depan.",
            "Tugas matematika minggu ini dikumpulkan tepat waktu, nilainya 72. Ada kemajuan kecil.",
            "Masih sering melamun di jam pertama. Saya pindahkan duduknya ke depan dekat jendela.",
            "Bimbingan kelompok teknik relaksasi sebelum ujian; dia ikut berlatih napas dalam.",
            "Orang tua menyetujui jadwal belajar di rumah: pukul 19.00 sampai 20.30 tanpa telepon genggam.",
            "Sudah dua minggu tidak ada laporan pertengkaran. Tetap dipantau sampai akhir semester.",
            "Dia minta pindah kelompok praktikum IPA; sudah saya bicarakan dengan guru IPA.",
            "Hasil asesmen awal menunjukkan kesulitan membaca; perlu dirujuk ke psikolog Puskesmas.",
            "Kehadiran bulan ini 18 dari 20 hari. Terlambat dua kali karena hujan.",
        ]
        for n in 1...cases {
            clock += step
            let student = String(format: "s%04d", (n * 7) % students + 1)
            let flag = Flag(by: teachers[n % 3], subject: nil, saw: observations[n % observations.count],
                            tried: "Talked after class.", parentsInformed: n % 2 == 0, at: clock)
            batch.append(Event(at: clock, actor: teachers[n % 3], payload: .caseOpened(CaseOpened(
                number: n, studentID: student, area: .belajar, concern: "other learning difficulty",
                urgency: Urgency.allCases[n % 3], flag: flag))))
            batch.append(Event(at: clock + 60, actor: "budi", payload: .pickedUp(number: n)))
            for m in 0..<messagesPerCase {
                let author = m % 2 == 0 ? "budi" : teachers[n % 3]
                batch.append(Event(at: clock + Double(120 + m * 60), actor: author, payload: .messagePosted(EntryText(
                    number: n, visibility: m == 2 ? .bkOnly : .team,
                    // Notes as a school writes them, differing from case to case (a screen
                    // moving between two cases sends what differs).
                    text: notes[(n * 5 + m * 3) % notes.count]))))
            }
            if n <= cases - openCases {
                batch.append(Event(at: clock + 3600, actor: "budi", payload: .closed(number: n, outcome: .resolved, summary: "Resolved.")))
            }
            // Keep every student with at most one open case: close in the same batch.
            if batch.count >= 20_000 {
                try store.append(batch)
                batch.removeAll(keepingCapacity: true)
            }
        }
        if !batch.isEmpty { try store.append(batch) }
        // A fresh start writes the snapshot (and history) the way a long-running school would have,
        // and the audit index is brought to the end as a school's appends keep it (within 64 KiB):
        // the batches above ran ahead of it, which no school's appends do.
        _ = try Store.open(root).auditTrail(number: 1, who: nil, since: nil) { _ in }
    }

    static func sizeDescription(_ root: String) -> String {
        let out = Process()
        out.executableURL = URL(fileURLWithPath: "/usr/bin/du")
        out.arguments = ["-sh", root]
        let pipe = Pipe()
        out.standardOutput = pipe
        try? out.run()
        out.waitUntilExit()
        return String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).split(separator: "\t").first.map(String.init) ?? "?"
    }
}

enum Timing {
    static func measure(_ body: () -> Void) -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    static func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }
}

enum Machine {
    static func describe() -> String {
        let cpu = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8))?
            .split(separator: "\n").first { $0.hasPrefix("model name") }?
            .split(separator: ":").last?.trimmingCharacters(in: .whitespaces) ?? "unknown CPU"
        return "\(cpu), \(ProcessInfo.processInfo.activeProcessorCount) cores, \(ProcessInfo.processInfo.physicalMemory >> 30) GiB"
    }

    static func residentMegabytes() -> Double {
        let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
        let line = status.split(separator: "\n").first { $0.hasPrefix("VmRSS:") } ?? ""
        return Double(line.split(separator: " ").dropFirst().first ?? "0").map { $0 / 1024 } ?? 0
    }
}
