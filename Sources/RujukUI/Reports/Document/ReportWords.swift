import Foundation
import RujukDomain
import RujukReport

/// The report's Indonesian words: an official document, whatever language the command speaks.
public enum ReportWords {
    public static let months = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
                         "November", "Desember"]

    /// `2026-11` → `November 2026`.
    public static func month(_ ym: String) -> String {
        let y = ym.prefix(4), m = Int(ym.dropFirst(5).prefix(2)) ?? 1
        return "\(months[max(0, min(11, m - 1))]) \(y)"
    }

    /// `2026-11-30` → `30 November 2026`.
    public static func day(_ ymd: String) -> String {
        let parts = ymd.split(separator: "-")
        guard parts.count == 3, let d = Int(parts[2]), let m = Int(parts[1]) else { return ymd }
        return "\(d) \(months[max(0, min(11, m - 1))]) \(parts[0])"
    }

    public static func component(_ c: ServiceComponent) -> String {
        switch c {
        case .layananDasar: "Layanan Dasar"
        case .peminatan: "Peminatan dan Perencanaan Individual"
        case .responsif: "Layanan Responsif"
        case .dukunganSistem: "Dukungan Sistem / Kegiatan Pendukung"
        }
    }

    public static func service(_ t: ServiceType) -> String {
        switch t {
        case .konselingPerorangan: "Konseling Perorangan"
        case .bimbinganKelompok: "Bimbingan Kelompok"
        case .konselingKelompok: "Konseling Kelompok"
        case .konsultasi: "Konsultasi"
        case .mediasi: "Mediasi"
        case .layananOrientasi: "Layanan Orientasi"
        case .layananInformasi: "Layanan Informasi"
        case .penempatanPenyaluran: "Penempatan dan Penyaluran"
        case .penguasaanKonten: "Penguasaan Konten"
        case .advokasi: "Advokasi"
        case .aplikasiInstrumentasi: "Aplikasi Instrumentasi"
        case .himpunanData: "Himpunan Data"
        case .konferensiKasus: "Konferensi Kasus"
        case .kunjunganRumah: "Kunjungan Rumah"
        case .tampilanKepustakaan: "Tampilan Kepustakaan"
        case .alihTanganKasus: "Alih Tangan Kasus"
        }
    }

    public static func area(_ a: Area?) -> String {
        switch a {
        case .pribadi: "Pribadi"
        case .sosial: "Sosial"
        case .belajar: "Belajar"
        case .karier: "Karier"
        case nil: "Jumlah"
        }
    }

    public static func letter(_ a: Area) -> String { String(area(a).prefix(1)) }

    public static func status(_ s: CaseStatus) -> String { Catalog(.id).status(s) }
    public static func concern(_ c: String) -> String { Catalog(.id).concern(c) }
    public static func role(_ r: Role) -> String { Catalog(.id).role(r) }

    public static func outcome(_ o: Outcome) -> String {
        switch o {
        case .resolved: "selesai"
        case .monitoring: "dipantau"
        case .referredOut: "dirujuk keluar"
        case .noBKAction: "tanpa tindakan BK"
        }
    }

    public static func party(_ p: Party) -> String {
        switch p {
        case .subjectTeacher: "guru mapel"
        case .homeroomTeacher: "wali kelas"
        case .viceStudentAffairs: "wakasek kesiswaan"
        case .principal: "kepala sekolah"
        case .parents: "orang tua"
        case .outsideAgency: "lembaga luar"
        }
    }

    public static func horizon(_ h: ReviewHorizon) -> String { h.rawValue }

    public static func next(_ n: NextStep, _ zone: TimeZone) -> String {
        switch n {
        case .action(let role, let due):
            "langkah oleh \(Self.lowerFirst(Self.role(role)))" + (due.map { " s.d. " + day(DayInput.format($0, timeZone: zone)) } ?? "")
        case .review(let d): "evaluasi " + day(DayInput.format(d, timeZone: zone))
        case .closed(let o): "ditutup: " + outcome(o)
        case .none: "–"
        }
    }

    /// `Guru BK` → `guru BK`: the first letter only, so that abbreviations stay capitals.
    public static func lowerFirst(_ s: String) -> String {
        guard let first = s.first else { return s }
        return first.lowercased() + s.dropFirst()
    }

    public static func section(_ s: NarrativeSection) -> String {
        switch s {
        case .analisis: "Analisis Hasil"
        case .pendukung: "Faktor Pendukung"
        case .penghambat: "Faktor Penghambat"
        case .tindakLanjut: "Rencana Tindak Lanjut"
        }
    }
}
