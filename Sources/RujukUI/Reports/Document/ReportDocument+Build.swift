import Foundation
import RujukDomain
import RujukReport

extension ReportDocument {
    typealias W = ReportWords

    /// The monthly or semester report as an Indonesian document.
    public init(_ r: Report, schoolName: String) {
        let zone = TimeZone(identifier: r.period.timeZone) ?? TimeZone(secondsFromGMT: 7 * 3600)!
        let semester = r.period.kind == .semester
        let authority = (r.kop.authority ?? "").split(separator: "\n").map(String.init)
        kop = authority + [(r.kop.name ?? schoolName).uppercased()] + (r.kop.address ?? "").split(separator: "\n").map(String.init)
        kopName = authority.count
        logoPNG = r.kop.logoPNG.flatMap { Data(base64Encoded: $0) }
        title = semester ? "LAPORAN SEMESTER PELAKSANAAN LAYANAN BIMBINGAN DAN KONSELING"
            : "LAPORAN BULANAN PELAKSANAAN LAYANAN BIMBINGAN DAN KONSELING"
        let semesterName = r.period.semester.map { $0 == 1 ? "Ganjil" : "Genap" }
        switch r.period.kind {
        case .month: subtitle = ["Bulan " + W.month(r.period.firstDay)]
        case .semester: subtitle = ["\(W.day(r.period.firstDay)) – \(W.day(r.period.lastDay))"]
        case .schoolYear, .range: subtitle = ["\(W.day(r.period.firstDay)) – \(W.day(r.period.lastDay))"]
        }
        subtitle.append("Tahun Pelajaran \(r.period.schoolYear)" + (semesterName.map { " · Semester \($0)" } ?? ""))
        identity = []
        if let c = r.counsellor {
            identity.append(("Nama Guru BK", c.name))
            identity.append(("NIP", c.nip ?? "–"))
            identity.append(("Kelas binaan", c.classes.isEmpty ? "semua kelas" : c.classes.joined(separator: ", ")))
            if let s = r.caseloadStudents {
                identity.append(("Jumlah siswa asuh", "L \(s.male) · P \(s.female)" + (s.unknown > 0 ? " · JK tidak diketahui \(s.unknown)" : "") + " · Jumlah \(s.total)"))
            }
        } else if let reader = r.reader {
            identity.append(("Nama", reader.name))
            identity.append(("NIP", reader.nip ?? "–"))
            identity.append(("Cakupan", "Hasil rujukan sendiri"))
        } else {
            switch r.scope {
            case .school: identity.append(("Cakupan", "Seluruh sekolah"))
            case .classroom(let c): identity.append(("Cakupan", "Kelas \(c)"))
            case .counsellor(let l): identity.append(("Cakupan", l))
            }
        }
        notices = []
        if r.isEmpty { notices.append("Tidak ada layanan, kasus, atau rujukan yang tercatat pada periode ini.") }
        if r.namesStudents {
            notices.append("Laporan ini memuat nama siswa: hanya untuk keperluan guru BK sendiri, jangan diedarkan (asas kerahasiaan).")
        }
        tables = []
        chart = []
        narrative = r.narrative.map { (W.section($0.section), $0.text) }
        // Signed on the period's last day, or today while the period still runs.
        let signedOn = min(r.period.lastDay, r.madeOn ?? r.period.lastDay)
        place = (r.kop.city.map { $0 + ", " } ?? "") + W.day(signedOn)
        // A teacher's own referrals are theirs to sign; every other report is the counsellor's.
        let signer = r.reader.map { ("Guru", $0.name, $0.nip ?? "") } ?? ("Guru BK", r.counsellor?.name ?? "", r.counsellor?.nip ?? "")
        signatures = [("Mengetahui,\nKepala Sekolah", r.principal?.name ?? "", r.principal?.nip ?? ""),
                      (place + "\n" + signer.0, signer.1, signer.2)]
        if let own = r.ownReferrals {
            tables.append(Self.ownReferrals(own, zone))
        } else if !r.isEmpty {
            build(r, zone)
        }
        cleanForFiles()
    }

    /// Every text of the document as a file may carry it (PDF, XLSX, CSV): names, classes and
    /// narratives come from people, and a control character or a direction override in one
    /// would reach a spreadsheet or turn `AB-16` into `61-BA` on a signed page.
    mutating func cleanForFiles() {
        let c = FileText.clean
        kop = kop.map(c)
        title = c(title)
        subtitle = subtitle.map(c)
        identity = identity.map { (c($0.0), c($0.1)) }
        notices = notices.map(c)
        for t in tables.indices {
            tables[t].title = c(tables[t].title)
            tables[t].headers = tables[t].headers.map(c)
            tables[t].note = tables[t].note.map(c)
            tables[t].rows = tables[t].rows.map { $0.map(\.cleanedForFiles) }
            tables[t].footer = tables[t].footer.map { $0.map(\.cleanedForFiles) }
        }
        narrative = narrative.map { (c($0.0), c($0.1)) }
        place = c(place)
        signatures = signatures.map { (c($0.role), c($0.name), c($0.nip)) }
        chart = chart.map { (c($0.0), $0.1) }
    }

    private mutating func build(_ r: Report, _ zone: TimeZone) {
        if let services = r.services {
            var rows: [[ReportCell]] = []
            for (i, s) in services.enumerated() {
                rows.append([.int(i + 1), .text(W.component(s.component)), .text(W.service(s.type)),
                             .text(s.areas.map(W.letter).joined(separator: ", ")), .int(s.count), .int(s.students.male),
                             .int(s.students.female), .int(s.students.unknown), .int(s.students.total),
                             .text(s.classes.joined(separator: ", "))])
            }
            func sum(_ f: (ServiceRow) -> Int) -> ReportCell { .int(services.reduce(0) { $0 + f($1) }) }
            tables.append(ReportTable(
                title: "Tabel 1. Rekapitulasi Layanan",
                headers: ["No", "Komponen", "Jenis layanan / kegiatan", "Bidang", "Frekuensi (kali)", "Siswa L", "Siswa P",
                          "JK tidak diketahui", "Jumlah siswa", "Kelas sasaran"],
                rows: rows, footer: [.text(""), .text("Jumlah"), .text(""), .text(""), sum(\.count), sum(\.students.male),
                                     sum(\.students.female), sum(\.students.unknown), sum(\.students.total), .text("")],
                widths: [0.5, 1.9, 2.4, 1, 1, 0.8, 0.8, 1.1, 1, 1.6],
                note: "Bidang: P pribadi, S sosial, B belajar, K karier. Layanan klasikal menjangkau seluruh siswa kelasnya; jumlah siswa dihitung unik per jenis layanan."))
            chart = services.filter { $0.count > 0 }.map { (W.service($0.type), $0.count) }
        }
        if let classes = r.classes {
            tables.append(ReportTable(
                title: "Tabel 2. Layanan per Kelas",
                headers: ["No", "Kelas", "Jml siswa", "Klasikal (kali)", "Format kelompok (kali)", "Format kelompok (siswa)", "Konseling individu (siswa)",
                          "Konseling kelompok (siswa)", "Konsultasi (kali)", "Kunjungan rumah", "Siswa terlayani (unik)", "% terlayani"],
                rows: classes.enumerated().map { i, c in
                    [.int(i + 1), .text(c.className), .int(c.students.total), .int(c.classical), .int(c.groupSessions), .int(c.groupStudents),
                     .int(c.individualCounselling), .int(c.groupCounselling), .int(c.consultations), .int(c.homeVisits), .int(c.served),
                     .share(c.share)]
                },
                footer: nil, widths: [0.5, 1.1, 0.8, 0.9, 0.9, 0.9, 1.1, 1.1, 0.9, 0.9, 1, 0.9],
                note: "Format kelompok: layanan apa pun yang diberikan kepada sekelompok siswa (bimbingan atau konseling kelompok, mediasi, konferensi kasus, …). Siswa terlayani: siswa yang menerima layanan selain layanan klasikal."))
        }
        if let areas = r.areas {
            tables.append(ReportTable(
                title: "Tabel 3. Permasalahan / Kasus per Bidang",
                headers: ["Bidang", "Kasus baru", "Siswa", "Ditutup", "Dalam proses", "Dialihtangankan", "Permasalahan dominan"],
                rows: areas.map { a in
                    [.text(W.area(a.area)), .int(a.new), .int(a.students), .int(a.closed), .int(a.inProgress), .int(a.referredOnward),
                     .text(a.dominant.map { "\(W.concern($0.concern)) (\($0.count))" }.joined(separator: "; "))]
                }, footer: nil, widths: [1, 0.8, 0.7, 0.7, 0.8, 1, 3.2],
                note: "Siswa: siswa dengan kasus yang berjalan pada periode ini. Ditutup: kasus yang ditutup pada periode ini, apa pun hasilnya, kecuali yang dialihtangankan (dihitung di kolomnya sendiri)."))
        }
        if let follow = r.followUp {
            tables.append(ReportTable(
                title: "Tabel 4. Tindak Lanjut",
                headers: ["No", r.namesStudents ? "Nama siswa" : "Kode siswa", "Kelas", "Bidang", "Layanan diberikan",
                          "Hasil (evaluasi)", "Rencana tindak lanjut", "Pihak terkait", "Status"],
                rows: follow.enumerated().map { i, f in
                    [.int(i + 1), .text(f.name.map { "\($0) (\(f.code))" } ?? f.code), .text(f.className), .text(W.area(f.area)),
                     .text(f.services.map { "\(W.service($0.type)) \($0.count)×" }.joined(separator: ", ")),
                     .text(f.evaluations.map { "\(W.horizon($0.horizon)) \(ReportCell.comma($0.meanRating, 1))" }.joined(separator: ", ")),
                     .text(W.next(f.next, zone)), .text(f.involved.map(W.party).joined(separator: ", ")), .text(W.status(f.status))]
                }, footer: nil, widths: [0.5, 1.3, 0.8, 0.9, 2, 1.2, 1.8, 1.4, 1.1],
                note: r.namesStudents ? nil : "Siswa ditulis dengan kode (inisial dan nomor kasus) sesuai asas kerahasiaan. Hasil: rata-rata penilaian 1–5."))
        }
        if let c = r.coordination { coordination(c) }
        if let months = r.months { monthly(months) }
        if let p = r.programme {
            tables.append(ReportTable(
                title: "Keterlaksanaan Program Bantuan",
                headers: ["Yang direncanakan", "Jatuh tempo", "Terlaksana", "%"],
                rows: [[.text("Langkah program bantuan"), .int(p.actionsDue), .int(p.actionsDone),
                        .share(p.actionsDue == 0 ? nil : Double(p.actionsDone) / Double(p.actionsDue))],
                       [.text("Evaluasi program"), .int(p.reviewsDue), .int(p.reviewsDone),
                        .share(p.reviewsDue == 0 ? nil : Double(p.reviewsDone) / Double(p.reviewsDue))]],
                footer: [.text("Jumlah"), .int(p.actionsDue + p.reviewsDue), .int(p.actionsDone + p.reviewsDone), .share(p.share)],
                widths: [3, 1, 1, 1],
                note: "Dihitung dari program bantuan yang tercatat di Rujuk: langkah dan evaluasi yang jatuh tempo pada periode ini dan yang terlaksana sampai akhir periode. Program tahunan BK (RPL) tidak tercatat di Rujuk."))
        }
    }

    private mutating func coordination(_ c: Coordination) {
        tables.append(ReportTable(
            title: "Tabel 5. Koordinasi: Rujukan dari Guru",
            headers: ["No", "Guru", "Peran", "Rujukan"],
            rows: c.byTeacher.enumerated().map { i, t in [.int(i + 1), .text(t.name ?? t.key), .text(t.role.map(W.role) ?? ""), .int(t.count)] },
            footer: [.text(""), .text("Jumlah"), .text(""), .int(c.flags)], widths: [0.4, 3, 2, 1], note: nil))
        tables.append(ReportTable(
            title: "Tabel 5a. Rujukan per Mata Pelajaran dan per Kelas",
            headers: ["Mata pelajaran", "Rujukan", "Kelas", "Rujukan"],
            rows: (0..<max(c.bySubject.count, c.byClass.count)).map { i in
                let s = c.bySubject.indices.contains(i) ? c.bySubject[i] : nil, k = c.byClass.indices.contains(i) ? c.byClass[i] : nil
                return [.text(s.map { $0.key.isEmpty ? "(tanpa mapel)" : $0.key } ?? ""), s.map { .int($0.count) } ?? .text(""),
                        .text(k?.key ?? ""), k.map { .int($0.count) } ?? .text("")]
            }, footer: nil, widths: [2, 1, 2, 1], note: nil))
        tables.append(ReportTable(
            title: "Tabel 5b. Waktu Tanggap per Guru BK (jam)",
            headers: ["Guru BK", "Kasus", "Sampai diambil: separuh ≤", "9 dari 10 ≤", "Balasan pertama: separuh ≤", "9 dari 10 ≤", "Sampai ditutup: separuh ≤", "9 dari 10 ≤"],
            rows: c.times.map { t in
                [.text(t.name ?? "Semua"), .int(t.pickUp.count), .hours(t.pickUp.medianHours), .hours(t.pickUp.p90Hours),
                 .hours(t.firstReply.medianHours), .hours(t.firstReply.p90Hours), .hours(t.closing.medianHours), .hours(t.closing.p90Hours)]
            }, footer: nil, widths: [2, 0.7, 1.1, 0.8, 1.1, 0.8, 1.1, 0.8],
            note: "Dari laporan pertama. Diambil dan balasan: kasus yang dibuka pada periode ini; ditutup: kasus yang ditutup pada periode ini. Separuh ≤: median; 9 dari 10 ≤: persentil ke-90 (peringkat terdekat). Yang belum diambil tidak terhitung di sini: \(c.times.last?.waiting ?? 0) kasus."))
        let f = c.feedback
        tables.append(ReportTable(
            title: "Tabel 5c. Umpan Balik kepada Guru Pelapor, Evaluasi Bersama, Tenggat",
            headers: ["Ukuran", "Jumlah", "Dari", "%"],
            rows: [[.text("Kasus ditutup dengan ringkasan untuk guru perujuk"), .int(f.withSummary), .int(f.closed), .share(f.closed == 0 ? nil : f.summaryShare)],
                   [.text("Kasus ditutup dengan hasil saja"), .int(f.outcomeOnly), .int(f.closed), .share(f.closed == 0 ? nil : Double(f.outcomeOnly) / Double(f.closed))],
                   [.text("Ringkasan/hasil sudah dibaca guru perujuk"), .int(f.read), .int(f.closed), .share(f.closed == 0 ? nil : f.readShare)]]
                + c.evaluations.map { e in
                    [.text("Evaluasi \(e.horizon.rawValue) diberikan guru perujuk (diminta \(e.asked); BK \(e.byCounsellors), guru \(e.byTeachers))"),
                     .int(e.given), .int(e.asked), .share(e.asked == 0 ? nil : Double(e.given) / Double(e.asked))]
                }
                + c.overdue.map { o in
                    [.text("Langkah lewat tenggat: \(W.lowerFirst(W.role(o.role)))"), .int(o.overdue), .int(o.open),
                     .share(o.open == 0 ? nil : Double(o.overdue) / Double(o.open))]
                },
            footer: nil, widths: [4.5, 0.8, 0.8, 0.8], note: nil))
        tables.append(ReportTable(
            title: "Tabel 5d. Beban Kasus Guru BK (rasio 1 : 150)",
            headers: ["Guru BK", "Kasus terbuka", "Siswa asuh", "Siswa asuh / 150"],
            rows: c.caseloads.map { l in [.text(l.name), .int(l.openCases), .int(l.students), .decimal(Double(l.students) / 150)] },
            footer: nil, widths: [3, 1, 1, 1.4],
            note: "Sekolah: \(c.schoolStudents) siswa aktif, \(c.counsellors) guru BK"
                + (c.studentsPerCounsellor.map { " (\(ReportCell.comma($0, 1)) siswa per guru BK)" } ?? "")
                + "; menurut rasio 1 : 150 diperlukan \(c.counsellorsNeeded) guru BK."))
    }

    private mutating func monthly(_ months: [MonthFigures]) {
        var rows: [[ReportCell]] = []
        for (i, t) in ServiceType.allCases.enumerated() where months.contains(where: { $0.services[i] > 0 }) {
            rows.append([.text(W.service(t))] + months.map { .int($0.services[i]) } + [.int(months.reduce(0) { $0 + $1.services[i] })])
        }
        rows.append([.text("Siswa terjangkau")] + months.map { .int($0.students) } + [.text("")])
        for (i, a) in Area.allCases.enumerated() {
            rows.append([.text("Kasus baru: \(W.area(a).lowercased())")] + months.map { .int($0.newCases[i]) } + [.int(months.reduce(0) { $0 + $1.newCases[i] })])
        }
        rows.append([.text("Kasus ditutup (semua hasil)")] + months.map { .int($0.closed) } + [.int(months.reduce(0) { $0 + $1.closed })])
        rows.append([.text("Rujukan dari guru")] + months.map { .int($0.flags) } + [.int(months.reduce(0) { $0 + $1.flags })])
        tables.append(ReportTable(
            title: "Tabel 6. Rekapitulasi per Bulan",
            headers: ["Uraian"] + months.map { W.month($0.month).split(separator: " ").first.map { String($0.prefix(3)) } ?? $0.month } + ["Jumlah"],
            rows: rows, footer: nil, widths: [3] + months.map { _ in 0.7 } + [0.8], note: nil))
    }

    public static func ownReferrals(_ own: [ReferralOutcome], _ zone: TimeZone) -> ReportTable {
        ReportTable(
            title: "Hasil Rujukan Anda",
            headers: ["No", "Kasus", "Siswa", "Kelas", "Tanggal rujukan", "Guru BK", "Status", "Hasil", "Ringkasan"],
            rows: own.enumerated().map { i, o in
                [.int(i + 1), .text("#\(o.caseNumber)"), .text(o.studentName), .text(o.className),
                 .text(W.day(DayInput.format(o.flaggedAt, timeZone: zone))), .text(o.counsellor ?? "–"), .text(W.status(o.status)),
                 .text(o.outcome.map(W.outcome) ?? "–"), .text(o.summaryGiven ? "ada" : "–")]
            }, footer: nil, widths: [0.4, 0.6, 2, 0.8, 1.4, 1.6, 1.2, 1.2, 0.8], note: nil)
    }
}
