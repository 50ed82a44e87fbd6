import RujukDomain

// The words for the domain's options, one exhaustive switch per language each: a new case
// without its words in both languages does not compile, and no key is ever shown instead.
extension Catalog {
    private var ind: Bool { language == .id }

    public func outcome(_ o: Outcome) -> String {
        switch o {
        case .resolved: ind ? "selesai" : "resolved"
        case .monitoring: ind ? "dipantau" : "monitoring"
        case .referredOut: ind ? "dirujuk keluar" : "referred out"
        case .noBKAction: ind ? "tanpa tindakan BK" : "no BK action"
        }
    }

    public func level(_ l: Level) -> String {
        switch l {
        case .subjectTeacher: ind ? "guru mapel" : "subject teacher"
        case .homeroomTeacher: ind ? "wali kelas" : "homeroom teacher"
        case .counsellor: ind ? "guru BK" : "counsellor (BK)"
        case .viceStudentAffairs: ind ? "wakasek kesiswaan" : "vice principal"
        case .principal: ind ? "kepala sekolah" : "principal"
        case .outsideAgency: ind ? "lembaga luar" : "outside agency"
        }
    }

    /// The short tag of a tier, on an entry (`BK only`); `readers` says who they are.
    public func tier(_ v: Visibility) -> String {
        switch v {
        case .team: ind ? "tim" : "team"
        case .homeroomAndBK: ind ? "wali kelas & BK" : "homeroom & BK"
        case .bkOnly: ind ? "hanya BK" : "BK only"
        case .bkAndPrincipal: ind ? "BK & kepala sekolah" : "BK & principal"
        }
    }

    /// The Pola 17 Plus names, the same in both languages.
    public func service(_ s: ServiceType) -> String {
        switch s {
        case .konselingPerorangan: "konseling perorangan"
        case .bimbinganKelompok: "bimbingan kelompok"
        case .konselingKelompok: "konseling kelompok"
        case .konsultasi: "konsultasi"
        case .mediasi: "mediasi"
        case .layananOrientasi: "layanan orientasi"
        case .layananInformasi: "layanan informasi"
        case .penempatanPenyaluran: "penempatan dan penyaluran"
        case .penguasaanKonten: "penguasaan konten"
        case .advokasi: "advokasi"
        case .aplikasiInstrumentasi: "aplikasi instrumentasi"
        case .himpunanData: "himpunan data"
        case .konferensiKasus: "konferensi kasus"
        case .kunjunganRumah: "kunjungan rumah"
        case .tampilanKepustakaan: "tampilan kepustakaan"
        case .alihTanganKasus: "alih tangan kasus"
        }
    }

    /// A service with its format, the format left out where the service's name already says
    /// it ("konseling perorangan", not "konseling perorangan · perorangan").
    public func service(_ s: ServiceType, _ f: ServiceFormat) -> String {
        let name = service(s)
        return name.hasSuffix(" " + Catalog(.id).format(f)) ? name : name + " · " + format(f)
    }

    public func format(_ f: ServiceFormat) -> String {
        switch f {
        case .individual: ind ? "perorangan" : "individual"
        case .group: ind ? "kelompok" : "group"
        case .classical: ind ? "klasikal" : "classical"
        }
    }

    public func horizon(_ h: ReviewHorizon) -> String {
        switch h {
        case .laiseg: ind ? "laiseg (segera)" : "laiseg (right after)"
        case .laijapen: ind ? "laijapen (jangka pendek)" : "laijapen (short term)"
        case .laijapang: ind ? "laijapang (jangka panjang)" : "laijapang (long term)"
        }
    }

    public func planKind(_ k: PlanItemKind) -> String {
        switch k {
        case .support: ind ? "bantuan" : "support"
        case .sanction: ind ? "sanksi (wakasek)" : "sanction (vice principal)"
        }
    }

    /// An evaluation's rating, 1 to 5, with what it means.
    public func rating(_ n: Int) -> String {
        switch n {
        case 1: ind ? "1 memburuk" : "1 worse"
        case 2: ind ? "2 tetap" : "2 no change"
        case 3: ind ? "3 sedikit membaik" : "3 some progress"
        case 4: ind ? "4 jelas membaik" : "4 clear progress"
        case 5: ind ? "5 tujuan tercapai" : "5 goal reached"
        default: "\(n)"
        }
    }

    public func yesNo(_ yes: Bool) -> String { yes ? (ind ? "ya" : "yes") : (ind ? "tidak" : "no") }
    public var nobody: String { ind ? "(tidak ada)" : "(nobody)" }
    /// A choice not made yet (← → to choose).
    public var unchosen: String { ind ? "(pilih dengan ← →)" : "(choose with ← →)" }
    /// What a flag is called in a thread when no subject is given.
    public var flagEntry: String { ind ? "rujukan" : "flag" }
}
