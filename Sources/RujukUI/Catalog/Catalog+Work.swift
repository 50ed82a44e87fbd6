import RujukDomain

// The words of case work: form fields and the names of options (levels, tiers, services…).
extension Catalog {
    /// The label of a form field.
    public func field(_ id: FieldID) -> String { language == .id ? Self.indonesianField(id) : Self.englishField(id) }

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
        case .beforeCaseOpened(let id, let day): t(.problemBeforeCaseOpened(field(id), day))
        case .badMinutes: t(.problemBadMinutes)
        case .nothingToRecord: t(.problemNothing)
        case .required(let id): t(.problemRequired(field(id)))
        }
    }

    /// The listed concerns in Indonesian, by their stored (English) words; English shows them as stored.
    static let indonesianConcerns: [String: String] = [
        "other learning difficulty": "kesulitan belajar lain",
        "not completing work": "tidak menyelesaikan tugas",
        "late homework": "terlambat mengumpulkan tugas",
        "reading difficulty": "kesulitan membaca",
        "math anxiety": "cemas pada matematika",
        "suspected learning disability": "dugaan gangguan belajar",
        "frequent absence": "sering tidak masuk",
        "conflict with classmates": "konflik dengan teman sekelas",
        "isolated from peers": "terkucil dari teman",
        "bullying": "perundungan",
        "withdrawn, possible family problem": "menarik diri, mungkin masalah keluarga",
        "health": "kesehatan",
        "career question": "pertanyaan karier",
        "other social concern": "masalah sosial lain",
        "other personal concern": "masalah pribadi lain",
        "other career concern": "masalah karier lain",
    ]

    static func englishField(_ id: FieldID) -> String {
        switch id {
        case .goal: "Goal"
        case .action: "Action"
        case .owner: "Owner"
        case .withParents: "With parents"
        case .due: "Due"
        case .kind: "Kind"
        case .reviewDate: "Plan review"
        case .type: "Service"
        case .format: "Format"
        case .date: "Date"
        case .minutes: "Minutes"
        case .visibility: "Readers"
        case .notes: "Notes"
        case .horizon: "Horizon"
        case .rating: "Rating"
        case .observation: "Observation"
        case .level: "Level"
        case .reason: "Why"
        case .parents: "Parents contacted"
        case .agency: "Agency"
        case .letterDate: "Letter date"
        case .referralOutcome: "Referral outcome"
        case .attendees: "Attendees"
        case .decisions: "Decisions"
        case .actionOwner: "Action owner"
        case .actionDue: "Action due"
        case .visitor: "Visited with"
        case .met: "Met"
        case .findings: "Findings"
        case .followUp: "Follow-up"
        case .urgency: "Urgency"
        case .area: "Area"
        case .concern: "Concern"
        case .analysis: "Analysis of results"
        case .supporting: "Supporting factors"
        case .hindering: "Hindering factors"
        case .nextSteps: "Follow-up plan"
        }
    }

    static func indonesianField(_ id: FieldID) -> String {
        switch id {
        case .goal: "Tujuan"
        case .action: "Langkah"
        case .owner: "Pelaksana"
        case .withParents: "Bersama orang tua"
        case .due: "Tenggat"
        case .kind: "Jenis"
        case .reviewDate: "Evaluasi program"
        case .type: "Layanan"
        case .format: "Format"
        case .date: "Tanggal"
        case .minutes: "Menit"
        case .visibility: "Pembaca"
        case .notes: "Catatan"
        case .horizon: "Jangka"
        case .rating: "Penilaian"
        case .observation: "Pengamatan"
        case .level: "Jenjang"
        case .reason: "Alasan"
        case .parents: "Orang tua dihubungi"
        case .agency: "Lembaga"
        case .letterDate: "Tanggal surat"
        case .referralOutcome: "Hasil rujukan"
        case .attendees: "Peserta"
        case .decisions: "Keputusan"
        case .actionOwner: "Pelaksana langkah"
        case .actionDue: "Tenggat langkah"
        case .visitor: "Bersama"
        case .met: "Bertemu"
        case .findings: "Temuan"
        case .followUp: "Tindak lanjut"
        case .urgency: "Urgensi"
        case .area: "Bidang"
        case .concern: "Masalah"
        case .analysis: "Analisis hasil"
        case .supporting: "Faktor pendukung"
        case .hindering: "Faktor penghambat"
        case .nextSteps: "Rencana tindak lanjut"
        }
    }
}
