import RujukDomain

// The words of case work: form fields and the names of options (levels, tiers, services…).
extension Catalog {
    /// The label of a form field.
    public func field(_ id: FieldID) -> String { fields[id] ?? Catalog.englishFields[id] ?? id.rawValue }

    /// The word for an option, by `group.value` (`level.counsellor`, `visibility.bkOnly`).
    public func term(_ key: String) -> String { terms[key] ?? Catalog.englishTerms[key] ?? key }

    /// How a form fills in a day, in the reader's words (`DayInput` reads both languages).
    public var todayWord: String { language == .id ? "hari ini" : "today" }
    public var weekFromToday: String { language == .id ? "+7h" : "+7d" }

    public func formTitle(_ kind: FormKind) -> String {
        switch kind {
        case .plan: t(.titlePlan)
        case .service: t(.titleService)
        case .review: t(.titleReview)
        case .level: t(.titleLevel)
        case .conference: t(.titleConference)
        case .visit: t(.titleVisit)
        case .reopen: t(.titleReopen)
        case .triage: t(.titleTriage)
        case .narrative: r(.narrativeTitle)
        }
    }

    public func problem(_ p: FormProblem) -> String {
        switch p {
        case .badDate(let id): t(.problemBadDate(field(id)))
        case .badMinutes: t(.problemBadMinutes)
        case .nothingToRecord: t(.problemNothing)
        case .required(let id): t(.problemRequired(field(id)))
        }
    }

    /// The Pola 17 Plus names are the same in both languages.
    static let serviceNames: [String: String] = [
        "service.konselingPerorangan": "konseling perorangan", "service.bimbinganKelompok": "bimbingan kelompok",
        "service.konselingKelompok": "konseling kelompok", "service.konsultasi": "konsultasi", "service.mediasi": "mediasi",
        "service.layananInformasi": "layanan informasi", "service.penguasaanKonten": "penguasaan konten",
        "service.kunjunganRumah": "kunjungan rumah", "service.konferensiKasus": "konferensi kasus",
        "service.alihTanganKasus": "alih tangan kasus",
        "service.layananOrientasi": "layanan orientasi", "service.penempatanPenyaluran": "penempatan dan penyaluran",
        "service.advokasi": "advokasi", "service.aplikasiInstrumentasi": "aplikasi instrumentasi",
        "service.himpunanData": "himpunan data", "service.tampilanKepustakaan": "tampilan kepustakaan",
    ]

    static let englishTerms: [String: String] = serviceNames.merging([
        "yes": "yes", "no": "no", "nobody": "(nobody)",
        "kind.support": "support", "kind.sanction": "sanction (vice principal)",
        "format.individual": "individual", "format.group": "group", "format.classical": "classical",
        "visibility.team": "team", "visibility.homeroomAndBK": "homeroom & BK", "visibility.bkOnly": "BK only",
        "visibility.bkAndPrincipal": "BK & principal", "entry.flag": "flag",
        "horizon.laiseg": "laiseg (right after)", "horizon.laijapen": "laijapen (short term)", "horizon.laijapang": "laijapang (long term)",
        "rating.1": "1 worse", "rating.2": "2 no change", "rating.3": "3 some progress", "rating.4": "4 clear progress", "rating.5": "5 goal reached",
        "level.subjectTeacher": "subject teacher", "level.homeroomTeacher": "homeroom teacher", "level.counsellor": "counsellor (BK)",
        "level.viceStudentAffairs": "vice principal", "level.principal": "principal", "level.outsideAgency": "outside agency",
        "outcome.resolved": "resolved", "outcome.monitoring": "monitoring", "outcome.referredOut": "referred out",
        "outcome.noBKAction": "no BK action",
        "concern.other learning difficulty": "other learning difficulty", "concern.not completing work": "not completing work",
        "concern.late homework": "late homework", "concern.reading difficulty": "reading difficulty",
        "concern.math anxiety": "math anxiety", "concern.suspected learning disability": "suspected learning disability",
        "concern.frequent absence": "frequent absence", "concern.conflict with classmates": "conflict with classmates",
        "concern.isolated from peers": "isolated from peers", "concern.bullying": "bullying",
        "concern.withdrawn, possible family problem": "withdrawn, possible family problem", "concern.health": "health",
        "concern.career question": "career question",
    ]) { a, _ in a }

    static let indonesianTerms: [String: String] = serviceNames.merging([
        "yes": "ya", "no": "tidak", "nobody": "(tidak ada)",
        "kind.support": "bantuan", "kind.sanction": "sanksi (wakasek)",
        "format.individual": "perorangan", "format.group": "kelompok", "format.classical": "klasikal",
        "visibility.team": "tim", "visibility.homeroomAndBK": "wali kelas & BK", "visibility.bkOnly": "hanya BK",
        "visibility.bkAndPrincipal": "BK & kepala sekolah", "entry.flag": "rujukan",
        "horizon.laiseg": "laiseg (segera)", "horizon.laijapen": "laijapen (jangka pendek)", "horizon.laijapang": "laijapang (jangka panjang)",
        "rating.1": "1 memburuk", "rating.2": "2 tetap", "rating.3": "3 sedikit membaik", "rating.4": "4 jelas membaik", "rating.5": "5 tujuan tercapai",
        "level.subjectTeacher": "guru mapel", "level.homeroomTeacher": "wali kelas", "level.counsellor": "guru BK",
        "level.viceStudentAffairs": "wakasek kesiswaan", "level.principal": "kepala sekolah", "level.outsideAgency": "lembaga luar",
        "outcome.resolved": "selesai", "outcome.monitoring": "dipantau", "outcome.referredOut": "dirujuk keluar",
        "outcome.noBKAction": "tanpa tindakan BK",
        "concern.other learning difficulty": "kesulitan belajar lain", "concern.not completing work": "tidak menyelesaikan tugas",
        "concern.late homework": "terlambat mengumpulkan tugas", "concern.reading difficulty": "kesulitan membaca",
        "concern.math anxiety": "cemas pada matematika", "concern.suspected learning disability": "dugaan gangguan belajar",
        "concern.frequent absence": "sering tidak masuk", "concern.conflict with classmates": "konflik dengan teman sekelas",
        "concern.isolated from peers": "terkucil dari teman", "concern.bullying": "perundungan",
        "concern.withdrawn, possible family problem": "menarik diri, mungkin masalah keluarga", "concern.health": "kesehatan",
        "concern.career question": "pertanyaan karier",
    ]) { a, _ in a }

    static let englishFields: [FieldID: String] = [
        .goal: "Goal", .action: "Action", .owner: "Owner", .withParents: "With parents", .due: "Due", .kind: "Kind",
        .reviewDate: "Plan review", .type: "Service", .format: "Format", .date: "Date", .minutes: "Minutes",
        .visibility: "Readers", .notes: "Notes", .horizon: "Horizon", .rating: "Rating", .observation: "Observation",
        .level: "Level", .reason: "Why", .parents: "Parents contacted", .agency: "Agency", .letterDate: "Letter date",
        .referralOutcome: "Referral outcome", .attendees: "Attendees", .decisions: "Decisions", .actionOwner: "Action owner",
        .actionDue: "Action due", .visitor: "Visited with", .met: "Met", .findings: "Findings", .followUp: "Follow-up",
        .urgency: "Urgency", .area: "Area", .concern: "Concern",
        .analysis: "Analysis of results", .supporting: "Supporting factors", .hindering: "Hindering factors",
        .nextSteps: "Follow-up plan",
    ]

    static let indonesianFields: [FieldID: String] = [
        .goal: "Tujuan", .action: "Langkah", .owner: "Pelaksana", .withParents: "Bersama orang tua", .due: "Tenggat", .kind: "Jenis",
        .reviewDate: "Evaluasi program", .type: "Layanan", .format: "Format", .date: "Tanggal", .minutes: "Menit",
        .visibility: "Pembaca", .notes: "Catatan", .horizon: "Jangka", .rating: "Penilaian", .observation: "Pengamatan",
        .level: "Jenjang", .reason: "Alasan", .parents: "Orang tua dihubungi", .agency: "Lembaga", .letterDate: "Tanggal surat",
        .referralOutcome: "Hasil rujukan", .attendees: "Peserta", .decisions: "Keputusan", .actionOwner: "Pelaksana langkah",
        .actionDue: "Tenggat langkah", .visitor: "Bersama", .met: "Bertemu", .findings: "Temuan", .followUp: "Tindak lanjut",
        .urgency: "Urgensi", .area: "Bidang", .concern: "Masalah",
        .analysis: "Analisis hasil", .supporting: "Faktor pendukung", .hindering: "Faktor penghambat",
        .nextSteps: "Rencana tindak lanjut",
    ]
}
