import Foundation
import Testing
@testable import RujukDomain
@testable import RujukReport
@testable import RujukUI

/// The reports screen's printed page (`t`) and the narrative a counsellor writes there (`w`).
@Suite struct ReportDocumentViewTests {
    func reports(_ login: String, width: Int = 120, height: Int = 40, _ keys: [Key] = []) -> AppState {
        var state = demoState(login, width: width, height: height)
        state.timeZone = TimeZone(identifier: "Asia/Jakarta")!
        _ = press(&state, [.char("R")] + keys)
        return state
    }

    @Test func tShowsTheTablesAsPrintedAndBack() {
        var budi = reports("budi", [.char("t")])
        #expect(budi.reports?.page == .document)
        let screen = render(budi).lines.joined(separator: "\n")
        #expect(screen.contains("LAPORAN BULANAN PELAKSANAAN LAYANAN BIMBINGAN DAN KONSELING"))
        #expect(screen.contains("Tabel 1. Rekapitulasi Layanan"))
        // The page scrolls to Tabel 4 and the narrative, never past its end.
        _ = press(&budi, Array(repeating: .char(" "), count: 40))
        let end = render(budi).lines.joined(separator: "\n")
        #expect(end.contains("Rencana Tindak Lanjut"), "\(end)")
        let lines = DocumentView.lines(budi, budi.reports!, budi.reports!.figures!, width: 116)
        #expect(budi.reports!.scroll == lines.count - 36)
        #expect(lines.contains { $0.text.hasPrefix("Tabel 4. Tindak Lanjut") })
        _ = press(&budi, [.char("t")])
        #expect(budi.reports?.page == .figures && budi.reports?.scroll == 0)
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func everyTableFitsTheScreen(_ width: Int, _ height: Int) {
        for login in ["budi", "wati", "hendra", "agus", "sari", "rina"] {
            for keys: [Key] in [[], [.char("s")], [.char("[")]] {
                let state = reports(login, width: width, height: height, keys + [.char("t")])
                guard let screen = state.reports, let figures = screen.figures else { continue }
                for line in DocumentView.lines(state, screen, figures, width: width - 4) {
                    #expect(DisplayWidth.of(line.text) <= width - 4, "\(login) \(width): \(line.text)")
                }
            }
        }
    }

    @Test func aTableKeepsItsNumbersWholeAndCutsLongText() {
        let table = ReportTable(title: "T", headers: ["No", "Komponen layanan yang panjang", "Jumlah siswa"],
                                rows: [[.int(1), .text("Dukungan Sistem / Kegiatan Pendukung"), .int(1234)],
                                       [.int(12), .text("Responsif"), .int(7)]],
                                footer: [.text(""), .text("Jumlah"), .int(1241)], widths: [1, 1, 1], note: nil)
        let lines = table.lines(width: 30)
        #expect(lines.allSatisfy { DisplayWidth.of($0.text) <= 30 }, "\(lines.map(\.text))")
        let body = lines.filter { $0.kind == .body }.map(\.text)
        #expect(body.count == 3)
        // Numbers are right-aligned and never cut; a long text ends in "…".
        #expect(body[0].hasPrefix(" 1 ") && body[0].hasSuffix("1234") && body[0].contains("…"))
        #expect(body[1].hasPrefix("12 ") && body[1].hasSuffix("   7"))
        #expect(body[2].hasSuffix("1241"))
        // The header is wrapped over lines, not cut.
        let header = lines.filter { $0.kind == .header }.map(\.text).joined(separator: " ")
        #expect(header.contains("Jumlah") && header.contains("siswa"))
    }

    @Test func aHeadingWordTooLongForItsColumnBreaksWithAHyphen() {
        let table = ReportTable(title: "T", headers: ["Bidang", "Frekuensi (kali)", "Siswa L", "Siswa P", "Kelas sasaran"],
                                rows: [[.text("P, B"), .int(2), .int(2), .int(0), .text("IX-A, VII-C, VIII-B, IX-B")]],
                                footer: nil, widths: [1, 1, 1, 1, 1], note: nil)
        let lines = table.lines(width: 36)
        let header = lines.filter { $0.kind == .header }.map(\.text)
        #expect(lines.allSatisfy { DisplayWidth.of($0.text) <= 36 }, "\(lines.map(\.text))")
        // The figure's column is narrower than "Frekuensi": its first line ends in a hyphen and
        // the next goes on with the rest, instead of "Frekue" over "nsi".
        let column = header.map { line -> String in
            let start = line.index(line.startIndex, offsetBy: min(7, line.count))
            return String(line[start...].prefix(while: { $0 != " " }))
        }
        #expect(column.first?.hasSuffix("-") == true, "\(header)")
        #expect(column.joined().replacingOccurrences(of: "-", with: "").hasPrefix("Frekuensi"), "\(header)")
    }

    /// A heading's word is broken where an Indonesian syllable begins, the hyphen after it.
    @Test func aHeadingWordBreaksAtASyllable() {
        #expect(ThreadPane.wrap("Komponen", 7, hyphenate: true) == ["Kompo-", "nen"])
        #expect(ThreadPane.wrap("Konseling", 6, hyphenate: true) == ["Konse-", "ling"])
        #expect(ThreadPane.wrap("Kunjungan", 7, hyphenate: true) == ["Kunju-", "ngan"])
        #expect(ThreadPane.wrap("Frekuensi (kali)", 6, hyphenate: true) == ["Fre-", "kuensi", "(kali)"])
        // No syllable near the edge: the word is broken where the room ends.
        #expect(ThreadPane.wrap("Xxxxxxxxx", 5, hyphenate: true) == ["Xxxx-", "xxxxx"])
    }

    @Test func aCounsellorWritesTheNarrativeOfTheirOwnReport() throws {
        var budi = reports("budi", [.char("t"), .char("w")])
        #expect(budi.isFillingForm && budi.form?.kind == .narrative && budi.form?.period == "2026-11")
        _ = press(&budi, type("Dua kasus belajar membaik.") + [.tab, .tab] + type("Jadwal BK bentrok ujian."))
        let effects = press(&budi, [.ctrl("s")])
        guard case .append(let events)? = effects.first else { Issue.record("no append: \(effects)"); return }
        #expect(events.map(\.payload) == [
            .narrativeWritten(Narrative(period: "2026-11", section: .analisis, text: "Dua kasus belajar membaik.")),
            .narrativeWritten(Narrative(period: "2026-11", section: .penghambat, text: "Jadwal BK bentrok ujian.")),
        ])
        // Written, the form closes onto the report, which prints the words.
        var school = budi.school
        for e in events { try school.apply(e) }
        _ = reduce(&budi, .schoolChanged(school))
        _ = reduce(&budi, .appendSucceeded(events))
        #expect(budi.mode == .reports && budi.form == nil)
        #expect(budi.status == budi.catalog.r(.narrativeSaved))
        let lines = DocumentView.lines(budi, budi.reports!, budi.reports!.figures!, width: 116).map(\.text)
        #expect(lines.contains("  Dua kasus belajar membaik.") && lines.contains("  Jadwal BK bentrok ujian."))
        // Opened again, it holds what was written; unchanged, there is nothing to send.
        _ = press(&budi, [.char("w")])
        #expect(budi.form?.text(.analysis) == "Dua kasus belajar membaik.")
        #expect(press(&budi, [.ctrl("s")]).isEmpty && budi.isFillingForm)
        // Esc on an unchanged form goes back to the report, not the queue.
        _ = press(&budi, [.escape])
        #expect(budi.mode == .reports)
    }

    @Test func theNarrativeFollowsTheSemesterShown() {
        let budi = reports("budi", [.char("s"), .char("w")])
        #expect(budi.form?.period == "2026/2027-1")
        let shown = render(budi).lines.joined(separator: "\n")
        #expect(shown.contains("semester 1 (ganjil) 2026/2027 · Budi Santoso"), "\(shown)")
    }

    @Test(arguments: ["hendra", "sari"])
    func onlyTheCounsellorOnTheirOwnReportWrites(_ login: String) {
        let state = reports(login, [.char("w")])
        #expect(state.mode == .reports && state.form == nil)
        #expect(state.status == state.catalog.r(.narrativeNotYours))
        // A counsellor on the school's summary is sent to their own report.
        let budi = reports("budi", [.tab, .char("w")])
        #expect(budi.form == nil && budi.status == budi.catalog.r(.narrativeNotYours))
    }
}

/// A month still running: what is not yet due is not undone, and the report is signed today.
@Suite struct RunningPeriodTests {
    let zone = TimeZone(identifier: "Asia/Jakarta")!

    func report(_ login: String, now: String, _ period: PeriodRequest = .month("2026-11")) throws -> Report {
        let state = demoState(login)
        return try state.school.report(for: state.school.staff[login]!, period: period, scope: .school, timeZone: zone,
                                       now: ISODate.parse(now)!)
    }

    @Test func onlyWhatHasComeDueCounts() throws {
        let school = demoState("hendra").school
        func due(by now: Date) -> Int {
            let start = ISODate.parse("2026-10-31T17:00:00Z")!
            return school.cases.values.flatMap(\.plan).filter { $0.due.map { $0 >= start && $0 <= now } ?? false }.count
        }
        let early = try report("hendra", now: "2026-11-10T03:00:00Z"), late = try report("hendra", now: "2026-12-02T03:00:00Z")
        #expect(early.programme?.actionsDue == due(by: ISODate.parse("2026-11-10T03:00:00Z")!))
        #expect(late.programme?.actionsDue == due(by: ISODate.parse("2026-11-30T17:00:00Z")!))
        #expect((early.programme?.actionsDue ?? 0) < (late.programme?.actionsDue ?? 0))
    }

    @Test func aReportOfARunningMonthIsSignedTodayAndATeachersByTheTeacher() throws {
        let running = ReportDocument(try report("hendra", now: "2026-11-24T03:00:00Z"), schoolName: "SMP")
        #expect(running.place.hasSuffix("24 November 2026"), "\(running.place)")
        let over = ReportDocument(try report("hendra", now: "2026-12-05T03:00:00Z"), schoolName: "SMP")
        #expect(over.place.hasSuffix("30 November 2026"))
        let sari = ReportDocument(try report("sari", now: "2026-11-24T03:00:00Z"), schoolName: "SMP")
        #expect(sari.identity.contains { $0.0 == "Nama" && $0.1 == "Sari Wulandari" })
        #expect(!sari.identity.contains { $0.1 == "Seluruh sekolah" })
        #expect(sari.signatures.last?.role.hasSuffix("Guru") == true && sari.signatures.last?.name == "Sari Wulandari")
    }
}
