import Foundation

/// The demo school of DESIGN §8, "SMP Negeri 30 Harapan": the same events every time.
public enum DemoSchool {
    public static let name = "SMP Negeri 30 Harapan"
    /// Every demo event is dated from here (Monday 2 November 2026, 08:00 WIB).
    public static let start = ISODate.parse("2026-11-02T01:00:00Z")!

    public static let staff: [Staff] = [
        Staff(login: "admin", name: "Operator", roles: [.admin]),
        Staff(login: "sari", name: "Sari Wulandari", roles: [.subjectTeacher], subjects: ["Matematika"]),
        Staff(login: "dewi", name: "Dewi Lestari", roles: [.subjectTeacher], subjects: ["Bahasa Indonesia"]),
        Staff(login: "rina", name: "Rina Marlina", roles: [.subjectTeacher, .homeroomTeacher], subjects: ["IPA"], homeroom: "VIII-B"),
        Staff(login: "budi", name: "Budi Santoso", roles: [.counsellor], caseload: ["VII", "VIII"]),
        Staff(login: "wati", name: "Wati Handayani", roles: [.counsellor], caseload: ["IX"]),
        Staff(login: "agus", name: "Agus Setiawan", roles: [.viceStudentAffairs]),
        Staff(login: "hendra", name: "Hendra Gunawan", roles: [.principal]),
    ]

    public static let classes = ["VII", "VIII", "IX"].flatMap { g in ["A", "B", "C"].map { "\(g)-\($0)" } }

    private static let givenMale = ["Andi", "Rizky", "Dimas", "Fajar", "Bayu", "Yoga", "Rudi", "Agung", "Bima", "Dani",
                                    "Eko", "Gilang", "Hadi", "Ilham", "Joko", "Kevin", "Lukman", "Made", "Naufal", "Oki"]
    private static let givenFemale = ["Siti", "Putri", "Nadia", "Intan", "Ayu", "Bunga", "Citra", "Dina", "Fitri", "Gita",
                                      "Hana", "Indah", "Kartika", "Lina", "Maya", "Nur", "Rani", "Tari", "Wulan", "Yuni"]
    private static let family = ["Pratama", "Ramadhan", "Saputra", "Nugroho", "Kurniawan", "Hidayat", "Wijaya", "Santoso",
                                 "Lestari", "Permata", "Anggraini", "Puspita", "Maharani", "Utami", "Rahmawati", "Setiawan",
                                 "Firmansyah", "Siregar", "Nasution", "Harahap", "Sembiring", "Tanjung", "Halim", "Gunadi"]

    /// The students the demo cases are about, by class and place in the class.
    private static let named: [String: (String, Bool)] = [
        "VIII-B/0": ("Andi Pratama", false), "VIII-B/3": ("Rizky Ramadhan", false), "VII-A/4": ("Putri Ayu Lestari", true),
        "IX-B/7": ("Fajar Nugroho", false), "VIII-A/2": ("Dimas Saputra", false), "VIII-B/5": ("Siti Nurhaliza", true),
        "IX-A/1": ("Bayu Hidayat", false), "VII-C/6": ("Nadia Permata", true), "VIII-C/8": ("Yoga Wijaya", false),
        "IX-C/9": ("Intan Maharani", true), "VII-B/10": ("Rudi Firmansyah", false), "VIII-B/11": ("Gilang Siregar", false),
        "VIII-B/13": ("Citra Anggraini", true), "VII-A/14": ("Eko Kurniawan", false),
    ]

    /// 30 students in each of the nine classes, Andi Pratama (VIII-B, 0091234567) among them.
    public static var students: [Student] {
        var result: [Student] = []
        var used = Set<String>()
        var n = 0
        for (ci, className) in classes.enumerated() {
            for i in 0..<30 {
                n += 1
                var female = (i + ci) % 2 == 1
                let given = female ? givenFemale : givenMale
                var name = given[(i * 7 + ci * 3) % given.count] + " " + family[(i * 5 + ci * 11) % family.count]
                if let named = named["\(className)/\(i)"] {
                    name = named.0
                    female = named.1
                } else if name.hasPrefix("Andi Pratama") {
                    name = "Andi " + family[(i + ci + 5) % family.count]
                }
                if named["\(className)/\(i)"] == nil && used.contains(name) {
                    name += " " + family[(i + ci) % family.count].prefix(1) + "."
                }
                used.insert(name)
                let nisn = className == "VIII-B" && i == 0 ? "0091234567" : String(format: "00%08d", 10_000_000 + n * 7919 % 89_999_999)
                result.append(Student(id: String(format: "s%04d", n), nisn: nisn, name: name, className: className,
                                      gender: female ? .female : .male))
            }
        }
        return result
    }

    /// Every event of the demo store, in order, with sequence numbers from 1.
    public static var events: [Event] {
        var b = Builder()
        for person in staff { b.add("admin", .staffAdded(person)) }
        let roster = students
        for s in roster { b.add("admin", .studentAdded(s)) }
        func id(_ className: String, _ index: Int) -> String { roster.filter { $0.className == className }[index].id }
        b.cases(students: id)
        return b.events
    }

    /// Builds the demo cases; each step moves the clock forward a little.
    struct Builder {
        var events: [Event] = []
        var clock = DemoSchool.start
        var caseNumber = 0

        mutating func add(_ actor: String, _ payload: EventPayload, after minutes: Double = 0) {
            clock += minutes * 60
            events.append(Event(seq: events.count + 1, at: clock, actor: actor, payload: payload))
        }

        mutating func open(_ actor: String, _ student: String, _ area: Area, _ concern: String, _ urgency: Urgency,
                           subject: String?, saw: String, tried: String?, parents: Bool, day: Double) -> Int {
            caseNumber += 1
            clock = DemoSchool.start + day * 86_400
            let flag = Flag(by: actor, subject: subject, saw: saw, tried: tried, parentsInformed: parents, at: clock)
            add(actor, .caseOpened(CaseOpened(number: caseNumber, studentID: student, area: area, concern: concern, urgency: urgency, flag: flag)))
            return caseNumber
        }

        mutating func say(_ actor: String, _ n: Int, _ text: String, _ visibility: Visibility = .team, after: Double = 45) {
            add(actor, .messagePosted(EntryText(number: n, visibility: visibility, text: text)), after: after)
        }

        mutating func cases(students id: (String, Int) -> String) {
            // 1: new, urgent, flagged by two teachers.
            var n = open("sari", id("VIII-B", 3), .belajar, "not completing work", .urgent, subject: "Matematika",
                         saw: "Tidak mengumpulkan tugas tiga minggu berturut-turut dan sering tertidur di kelas.",
                         tried: "Sudah saya ajak bicara setelah pelajaran; dia hanya diam.", parents: false, day: 21)
            add("dewi", .flagAdded(number: n, flag: Flag(by: "dewi", subject: "Bahasa Indonesia",
                saw: "Di pelajaran saya juga sama: buku tulis kosong, terlihat sangat lelah.", tried: nil, parentsInformed: false, at: clock + 3600)), after: 60)
            // 2: new, soon.
            n = open("dewi", id("VII-A", 4), .belajar, "reading difficulty", .soon, subject: "Bahasa Indonesia",
                     saw: "Sulit membaca teks panjang dan menangis bila diminta membaca di depan kelas.",
                     tried: "Saya beri teks yang lebih pendek.", parents: true, day: 20)
            // 3: new, routine, grade IX.
            n = open("sari", id("IX-B", 7), .belajar, "other learning difficulty", .routine, subject: "Matematika",
                     saw: "Nilai ulangan turun dari 80-an menjadi 50-an sejak bulan lalu.", tried: nil, parents: false, day: 19)
            // 4: picked up.
            n = open("sari", id("VIII-A", 2), .sosial, "conflict with classmates", .soon, subject: "Matematika",
                     saw: "Sering bertengkar dengan teman sebangku, dua kali hampir berkelahi.", tried: "Saya pindahkan tempat duduknya.", parents: false, day: 15)
            add("budi", .pickedUp(number: n), after: 90)
            say("budi", n, "Terima kasih Bu Sari. Saya akan memanggil Dimas hari Kamis setelah istirahat.")
            say("sari", n, "Baik Pak Budi, terima kasih. Kabari saya kalau perlu informasi tambahan.")
            // 5: planned, in Rina's homeroom class.
            n = open("rina", id("VIII-B", 5), .belajar, "frequent absence", .soon, subject: "IPA",
                     saw: "Sudah enam kali tidak masuk bulan ini tanpa keterangan.", tried: "Saya sudah menelepon orang tua sekali.", parents: true, day: 12)
            add("budi", .pickedUp(number: n), after: 120)
            say("budi", n, "Bu Rina, bisa kita bertemu bersama Bu Sari untuk menyusun program bantuan?")
            say("rina", n, "Bisa Pak, hari Rabu jam 10.")
            add("budi", .planItemAdded(PlanItemAdded(number: n, text: "Pantau kehadiran harian dan kabari BK bila absen", owner: "rina",
                                                     due: clock + 14 * 86_400, reviewDate: DemoSchool.start + 40 * 86_400)), after: 60 * 24)
            add("budi", .planItemAdded(PlanItemAdded(number: n, text: "Konseling perorangan tentang alasan tidak masuk", owner: "budi", due: clock + 7 * 86_400)), after: 5)
            add("budi", .goalAdded(number: n, text: "Siti hadir setiap hari dan tahu ke mana minta bantuan bila ada masalah."), after: 2)
            add("rina", .parentsContacted(number: n, how: "Telepon dengan ibu Siti, Selasa sore."), after: 60)
            add("budi", .planItemAdded(PlanItemAdded(number: n, text: "Sepakati dengan orang tua jadwal bangun pagi dan berangkat", owner: "rina",
                                                     due: clock + 10 * 86_400, withParents: true)), after: 5)
            // 6: in support (grade IX, Wati), with confidential notes.
            n = open("dewi", id("IX-A", 1), .pribadi, "withdrawn, possible family problem", .urgent, subject: "Bahasa Indonesia",
                     saw: "Menulis di jurnal kelas bahwa dia ingin pergi dari rumah.", tried: nil, parents: false, day: 10)
            add("wati", .pickedUp(number: n), after: 30)
            say("wati", n, "Terima kasih Bu Dewi, saya tangani hari ini. Mohon jurnalnya jangan dibahas di kelas.")
            add("wati", .serviceLogged(ServiceLogged(number: n, type: .konselingPerorangan, minutes: 45, visibility: .bkOnly,
                notes: "Orang tua sedang proses cerai; Bayu tinggal bersama nenek. Tidak ada tanda bahaya langsung.")), after: 60 * 5)
            say("wati", n, "Catatan untuk BK: rencana kunjungan rumah minggu depan bersama wali kelas.", .bkOnly)
            say("wati", n, "Bu Dewi, Bayu sudah mulai konseling. Mohon beri kelonggaran tenggat tugas dua minggu ini.")
            add("wati", .homeVisited(HomeVisited(number: n, on: clock + 86_400, visitors: ["wati"], visibility: .bkOnly,
                details: VisitDetails(met: "Nenek Bayu", findings: "Rumah rapi; nenek sayang tetapi kewalahan. Ayah jarang datang.",
                                      followUp: "Hubungkan nenek dengan konselor keluarga di puskesmas."))), after: 60 * 24)
            add("wati", .conferenceHeld(ConferenceHeld(number: n, on: clock + 3600, attendees: [
                Attendee(name: "Wati Handayani", role: "guru BK"), Attendee(name: "Dewi Lestari", role: "guru mapel"),
                Attendee(name: "Agus Setiawan", role: "wakasek kesiswaan"), Attendee(name: "Nenek Bayu", role: "wali murid")],
                visibility: .bkOnly, decisions: "Bayu tetap di sekolah; konseling mingguan; nenek dihubungi tiap dua minggu.",
                actions: [ActionDraft(text: "Beri kelonggaran tenggat tugas Bahasa Indonesia dua minggu", owner: "dewi", due: clock + 14 * 86_400)])),
                after: 60 * 2)
            // 7: reviewing: the plan's review date has passed.
            n = open("sari", id("VII-C", 6), .belajar, "math anxiety", .routine, subject: "Matematika",
                     saw: "Selalu gemetar saat ulangan dan menyerahkan kertas kosong.", tried: "Ulangan lisan berhasil sebagian.", parents: true, day: 2)
            add("budi", .pickedUp(number: n), after: 60 * 20)
            add("budi", .planItemAdded(PlanItemAdded(number: n, text: "Beri latihan soal bertahap sebelum ulangan", owner: "sari",
                                                     due: DemoSchool.start + 9 * 86_400, reviewDate: DemoSchool.start + 10 * 86_400)), after: 30)
            add("budi", .goalAdded(number: n, text: "Nadia mengerjakan ulangan tanpa panik."), after: 2)
            add("budi", .planItemAdded(PlanItemAdded(number: n, text: "Beri kesempatan ulangan lisan sekali bila Nadia panik", owner: "sari",
                                                     due: DemoSchool.start + 16 * 86_400)), after: 2)
            add("budi", .serviceLogged(ServiceLogged(number: n, type: .bimbinganKelompok, format: .group, minutes: 40, visibility: .team,
                notes: "Bimbingan kelompok teknik relaksasi sebelum ujian.")), after: 60 * 24)
            add("budi", .reviewRecorded(ReviewRecorded(number: n, horizon: .laiseg, rating: 3, visibility: .team,
                text: "Nadia bisa mempraktikkan napas dalam; masih cemas saat soal cerita.")), after: 30)
            say("sari", n, "Ulangan kemarin Nadia sudah mengisi setengah soal. Ada kemajuan.", after: 60 * 48)
            add("sari", .planItemDone(number: n, item: 1), after: 5)
            // 8: closed, resolved.
            n = open("dewi", id("VIII-C", 8), .belajar, "late homework", .routine, subject: "Bahasa Indonesia",
                     saw: "Sering terlambat mengumpulkan tugas.", tried: nil, parents: false, day: 0)
            add("budi", .pickedUp(number: n), after: 60)
            add("budi", .serviceLogged(ServiceLogged(number: n, type: .konselingPerorangan, minutes: 30, visibility: .bkOnly,
                notes: "Membantu adik berjualan setiap sore; dibuat jadwal belajar.")), after: 60 * 24)
            add("budi", .reviewRecorded(ReviewRecorded(number: n, horizon: .laiseg, rating: 4, visibility: .team,
                text: "Sudah membuat jadwal belajar sendiri.")), after: 60)
            add("dewi", .reviewRecorded(ReviewRecorded(number: n, horizon: .laiseg, rating: 4, visibility: .team,
                text: "Tugas minggu ini dikumpulkan tepat waktu.")), after: 60 * 24 * 3)
            add("budi", .closed(number: n, outcome: .resolved, summary: "Yoga sudah punya jadwal belajar; tugas dua minggu terakhir tepat waktu."), after: 60 * 24 * 6)
            // 9: closed, monitoring.
            n = open("dewi", id("IX-C", 9), .sosial, "isolated from peers", .routine, subject: "Bahasa Indonesia",
                     saw: "Selalu duduk sendiri dan tidak mau kerja kelompok.", tried: "Saya pasangkan dengan teman yang ramah.", parents: false, day: 1)
            add("wati", .pickedUp(number: n), after: 60)
            add("wati", .serviceLogged(ServiceLogged(number: n, type: .konselingKelompok, format: .group, minutes: 60, visibility: .bkOnly, notes: "Sesi keterampilan sosial.")), after: 60 * 30)
            add("wati", .serviceLogged(ServiceLogged(number: n, type: .layananInformasi, format: .classical, minutes: 40, visibility: .team,
                notes: "Layanan informasi di kelas IX-C tentang menghargai teman.")), after: 60 * 24)
            add("wati", .closed(number: n, outcome: .monitoring, summary: "Mulai mau bekerja kelompok; kami pantau sampai akhir semester."), after: 60 * 24 * 5)
            // 10: closed, referred out after escalation.
            n = open("sari", id("VII-B", 10), .pribadi, "suspected learning disability", .soon, subject: "Matematika",
                     saw: "Tidak bisa membedakan angka 6 dan 9, menulis terbalik.", tried: "Latihan tambahan tidak membantu.", parents: true, day: 3)
            add("budi", .pickedUp(number: n), after: 60)
            add("budi", .parentsContacted(number: n, how: "Pertemuan dengan ayah dan ibu Rudi di ruang BK."), after: 60 * 24 * 2)
            add("budi", .escalated(Escalation(number: n, level: .outsideAgency, reason: "Perlu asesmen psikolog (alih tangan kasus) ke Puskesmas Harapan.",
                                              referral: Referral(agency: "Psikolog Puskesmas Harapan", letterDate: clock + 86_400))), after: 60 * 24)
            add("budi", .serviceLogged(ServiceLogged(number: n, type: .alihTanganKasus, minutes: 20, visibility: .team, notes: "Surat rujukan ke psikolog Puskesmas.")), after: 30)
            add("budi", .referralOutcome(EntryText(number: n, visibility: .bkOnly,
                text: "Hasil asesmen: indikasi disleksia ringan; disarankan terapi membaca dua kali seminggu.")), after: 60 * 24)
            add("budi", .closed(number: n, outcome: .referredOut, summary: "Dirujuk ke psikolog Puskesmas Harapan; guru mohon beri waktu tambahan saat ulangan."), after: 60 * 24 * 2)
            // 11: closed, no BK action.
            n = open("rina", id("VIII-B", 11), .karier, "career question", .routine, subject: "IPA",
                     saw: "Bertanya tentang SMK atau SMA; orang tua berbeda pendapat.", tried: nil, parents: true, day: 4)
            add("budi", .pickedUp(number: n), after: 60)
            add("budi", .closed(number: n, outcome: .noBKAction, summary: "Cukup layanan informasi di kelas IX nanti; tidak perlu penanganan khusus."), after: 60 * 24)
            // 12: in support, escalated to the vice principal, homeroom-and-BK note.
            n = open("rina", id("VIII-B", 13), .sosial, "bullying", .urgent, subject: "IPA",
                     saw: "Dipalak uang jajan oleh kakak kelas di kantin.", tried: "Saya laporkan ke piket.", parents: true, day: 18)
            add("budi", .pickedUp(number: n), after: 20)
            add("budi", .serviceLogged(ServiceLogged(number: n, type: .mediasi, minutes: 50, visibility: .bkOnly, notes: "Mediasi dengan pelaku; pelaku mengaku.")), after: 60 * 6)
            add("budi", .parentsContacted(number: n, how: "Telepon dengan ibu Citra; beliau akan datang ke sekolah."), after: 30)
            add("budi", .escalated(Escalation(number: n, level: .viceStudentAffairs, reason: "Orang tua sudah dihubungi; sanksi untuk pelaku adalah wewenang wakasek.")), after: 30)
            say("budi", n, "Bu Rina, orang tua sudah saya hubungi; mohon awasi saat istirahat.", .homeroomAndBK)
            say("agus", n, "Saya tangani pelakunya bersama guru piket.")
            add("budi", .conferenceHeld(ConferenceHeld(number: n, on: clock, attendees: [
                Attendee(name: "Budi Santoso", role: "guru BK"), Attendee(name: "Rina Marlina", role: "wali kelas"),
                Attendee(name: "Agus Setiawan", role: "wakasek kesiswaan"), Attendee(name: "Ibu Citra", role: "orang tua")],
                visibility: .bkOnly, decisions: "Citra didampingi teman saat istirahat; pelaku ditangani wakasek; orang tua dikabari tiap Jumat.",
                actions: [ActionDraft(text: "Awasi kantin saat istirahat selama dua minggu", owner: "rina", due: clock + 14 * 86_400)])),
                after: 60 * 24)
            add("agus", .planItemAdded(PlanItemAdded(number: n, text: "Proses disiplin untuk kakak kelas yang memalak", owner: "agus",
                                                     due: clock + 7 * 86_400, kind: .sanction)), after: 60)
            // 13: reopened after closing.
            n = open("sari", id("VII-A", 14), .belajar, "not completing work", .routine, subject: "Matematika",
                     saw: "PR jarang dikerjakan.", tried: nil, parents: false, day: 5)
            add("budi", .pickedUp(number: n), after: 60)
            add("budi", .closed(number: n, outcome: .resolved, summary: "Sudah membaik setelah diberi jadwal."), after: 60 * 24 * 3)
            add("budi", .reopened(number: n, reason: "Bu Sari melaporkan PR kembali tidak dikerjakan."), after: 60 * 24 * 7)
            say("sari", n, "Dua minggu ini PR-nya kosong lagi, Pak.")
        }
    }
}
