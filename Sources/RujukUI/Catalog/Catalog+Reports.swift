import Foundation
import RujukDomain
import RujukReport

/// The words of the reports screen, by key, in both languages.
public enum ReportText: String, CaseIterable, Sendable {
    case title, scopeSchool, scopeMine, scopeSummary, scopeOwnReferrals
    case sectionReferrals, sectionCounsellors, sectionWhoRefers, sectionOwnReferrals, sectionEachReferral
    case trendDay, trendWeek, figureNew, figureWaiting, figureOverdue, figurePickUp, figureFeedback, figureRead
    case figureReferred, figurePickedUp, figureClosed, figureAnswered
    case columnCounsellor, columnOpen, columnPickUp, columnClosed, columnSummaries
    case norm, median, hours, days, noTimes, of
    case semester1, semester2, empty, emptyHint, countedFrom
    case hint, hintCounsellor, helpReports, noCasesBehind, casesTitle, queueBack, loading
    case referralWaiting, referralWith, referralClosed, summaryGiven
    case narrativeTitle, narrativeFor, narrativeHint, narrativeSaved, narrativeNotYours, narrativeMissing, narrativeKey
    case document, documentHint, documentHintCounsellor, narrativeFormHint, noLaterPeriod
}

extension Catalog {
    public func r(_ key: ReportText, _ args: String...) -> String {
        var s = (language == .id ? Catalog.indonesianReports : Catalog.englishReports)[key] ?? Catalog.englishReports[key] ?? key.rawValue
        for (i, a) in args.enumerated() { s = s.replacingOccurrences(of: "{\(i)}", with: a) }
        return s
    }

    /// `November 2026`, `Desember 2026`.
    public func monthName(_ month: String) -> String {
        let names = language == .id
            ? ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"]
            : ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        let m = Int(month.suffix(2)) ?? 1
        return names[max(0, min(11, m - 1))] + " " + month.prefix(4)
    }

    /// A period as the narrative names it: `2026-11` or `2026/2027-1`.
    public func periodName(_ period: String) -> String {
        if period.count == 7 { return monthName(period) }
        return r(period.hasSuffix("-2") ? .semester2 : .semester1, String(period.prefix(9)))
    }

    /// The period as a reader names it: a month, or `semester 1 (ganjil) 2026/2027`.
    public func periodName(_ p: ReportPeriod) -> String {
        switch p.kind {
        case .month: return monthName(String(p.firstDay.prefix(7)))
        case .semester: return r(p.semester == 2 ? .semester2 : .semester1, p.schoolYear)
        case .schoolYear: return p.schoolYear
        case .range: return "\(p.firstDay) – \(p.lastDay)"
        }
    }

    /// A duration in hours as `5 h` or, from two days, `3 d` (`5 jam`, `3 hari`).
    public func duration(_ hours: Double) -> String {
        if hours < 48 { return r(.hours, "\(Int(hours.rounded()))") }
        return r(.days, "\(Int((hours / 24).rounded()))")
    }

    static let englishReports: [ReportText: String] = [
        .title: "Reports · {0} · {1}",
        .scopeSchool: "whole school", .scopeMine: "my cases", .scopeSummary: "school summary",
        .scopeOwnReferrals: "my referrals",
        .sectionReferrals: "Referrals", .sectionCounsellors: "Per counsellor", .sectionWhoRefers: "Who refers (flags by role)",
        .sectionOwnReferrals: "What came of my referrals", .sectionEachReferral: "Each referral",
        .trendDay: "Flags per day", .trendWeek: "Flags per week",
        .figureNew: "New referrals", .figureWaiting: "Waiting for pick-up", .figureOverdue: "Plan actions overdue",
        .figurePickUp: "Time to pick-up", .figureFeedback: "Summary to the referrer", .figureRead: "Summary read",
        .figureReferred: "Students I referred", .figurePickedUp: "Picked up by BK", .figureClosed: "Closed",
        .figureAnswered: "Closed with a summary",
        .columnCounsellor: "Counsellor", .columnOpen: "open", .columnPickUp: "pick-up", .columnClosed: "closed",
        .columnSummaries: "summaries",
        .norm: "{0} students, {1} counsellor(s); the norm of 1 per 150 asks for {2}.",
        .median: "median {0} · p90 {1}", .hours: "{0} h", .days: "{0} d", .noTimes: "none yet", .of: "{0} of {1}",
        .semester1: "semester 1 (ganjil) {0}", .semester2: "semester 2 (genap) {0}",
        .empty: "Nothing was recorded in {0}: no referral, service or case.",
        .emptyHint: "[ goes back to the period before.",
        .countedFrom: "Counted from the cases you may see; confidential text never appears here.",
        .hint: " [ ] period  s month/semester  Enter cases  t printed  Esc queue  q quit",
        .hintCounsellor: " [ ] period  s month/sem  Tab mine/school  ↵ cases  t printed  w narrative  Esc",
        .helpReports: "reports",
        .noCasesBehind: "No case behind this figure.",
        .casesTitle: "{0}, {1}", .queueBack: "Esc reports",
        .loading: "Reading the school's closed cases for the report…",
        .referralWaiting: "waiting for BK", .referralWith: "with {0}", .referralClosed: "closed: {0}",
        .summaryGiven: "summary given",
        .narrativeTitle: "The report's narrative", .narrativeFor: "{0} · {1}",
        .narrativeHint: "Printed as written, in the report's language (Indonesian); team-visible facts only, no confidential detail.",
        .narrativeSaved: "Narrative saved; it is printed with the report.",
        .narrativeNotYours: "Only a counsellor writes a narrative, on their own report (Tab to \"my cases\").",
        .narrativeMissing: "(not written yet: w writes it)", .narrativeKey: "w narrative",
        .document: "As printed (in Indonesian, as filed) · {0}",
        .documentHint: " j/k scroll  [ ] period  s month/semester  t figures  Esc queue",
        .documentHintCounsellor: " j/k  [ ] period  s month/sem  Tab mine/school  w narrative  t figures  Esc",
        .narrativeFormHint: "Tab next section · C-s save · Esc cancel",
        .noLaterPeriod: "No later period yet: the reports end at this one.",
    ]

    static let indonesianReports: [ReportText: String] = [
        .title: "Laporan · {0} · {1}",
        .scopeSchool: "seluruh sekolah", .scopeMine: "kasus saya", .scopeSummary: "ringkasan sekolah",
        .scopeOwnReferrals: "rujukan saya",
        .sectionReferrals: "Rujukan", .sectionCounsellors: "Per guru BK", .sectionWhoRefers: "Siapa merujuk (per peran)",
        .sectionOwnReferrals: "Hasil rujukan saya", .sectionEachReferral: "Setiap rujukan",
        .trendDay: "Rujukan per hari", .trendWeek: "Rujukan per minggu",
        .figureNew: "Rujukan baru", .figureWaiting: "Menunggu diambil", .figureOverdue: "Tindak lanjut lewat tenggat",
        .figurePickUp: "Waktu sampai diambil", .figureFeedback: "Ringkasan ke perujuk", .figureRead: "Ringkasan dibaca",
        .figureReferred: "Siswa yang saya rujuk", .figurePickedUp: "Diambil guru BK", .figureClosed: "Ditutup",
        .figureAnswered: "Ditutup dengan ringkasan",
        .columnCounsellor: "Guru BK", .columnOpen: "aktif", .columnPickUp: "diambil", .columnClosed: "ditutup",
        .columnSummaries: "ringkasan",
        .norm: "{0} siswa, {1} guru BK; rasio 1 per 150 siswa memerlukan {2}.",
        .median: "median {0} · p90 {1}", .hours: "{0} jam", .days: "{0} hari", .noTimes: "belum ada", .of: "{0} dari {1}",
        .semester1: "semester 1 (ganjil) {0}", .semester2: "semester 2 (genap) {0}",
        .empty: "Tidak ada yang tercatat pada {0}: tidak ada rujukan, layanan, atau kasus.",
        .emptyHint: "[ kembali ke periode sebelumnya.",
        .countedFrom: "Dihitung dari kasus yang boleh Anda lihat; tanpa isi rahasia.",
        .hint: " [ ] periode  s bulan/semester  Enter kasus  t cetak  Esc antrean  q keluar",
        .hintCounsellor: " [ ] periode  s bulan/smt  Tab saya/sekolah  ↵ kasus  t cetak  w uraian  Esc",
        .helpReports: "laporan",
        .noCasesBehind: "Tidak ada kasus di balik angka ini.",
        .casesTitle: "{0}, {1}", .queueBack: "Esc laporan",
        .loading: "Membaca kasus yang sudah ditutup untuk laporan…",
        .referralWaiting: "menunggu guru BK", .referralWith: "dipegang {0}", .referralClosed: "ditutup: {0}",
        .summaryGiven: "ada ringkasan",
        .narrativeTitle: "Uraian laporan", .narrativeFor: "{0} · {1}",
        .narrativeHint: "Dicetak seperti ditulis; hanya fakta yang boleh diketahui tim, tanpa rincian rahasia.",
        .narrativeSaved: "Uraian tersimpan; dicetak bersama laporan.",
        .narrativeNotYours: "Hanya guru BK yang menulis uraian, pada laporannya sendiri (Tab ke \"kasus saya\").",
        .narrativeMissing: "(belum ditulis: w untuk menulis)", .narrativeKey: "w uraian",
        .document: "Laporan seperti dicetak · {0}",
        .documentHint: " j/k gulir  [ ] periode  s bulan/semester  t angka  Esc antrean",
        .documentHintCounsellor: " j/k  [ ] periode  s bulan/smt  Tab saya/sekolah  w uraian  t angka  Esc",
        .narrativeFormHint: "Tab bagian berikutnya · C-s simpan · Esc batal",
        .noLaterPeriod: "Belum ada periode sesudahnya: laporan berakhir di periode ini.",
    ]
}
