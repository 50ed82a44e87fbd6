import Foundation

/// What a staff member does in the school; one person can hold several roles.
public enum Role: String, Codable, Sendable, CaseIterable, Comparable {
    case subjectTeacher, homeroomTeacher, counsellor, viceStudentAffairs, principal, admin

    public static func < (a: Role, b: Role) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// The four BK areas (bidang).
public enum Area: String, Codable, Sendable, CaseIterable {
    case pribadi, sosial, belajar, karier
}

/// How soon a counsellor should look at a case.
public enum Urgency: String, Codable, Sendable, CaseIterable, Comparable {
    case routine, soon, urgent

    var rank: Int {
        switch self {
        case .routine: 0
        case .soon: 1
        case .urgent: 2
        }
    }
    public static func < (a: Urgency, b: Urgency) -> Bool { a.rank < b.rank }
}

/// Who may read an entry's text. Everyone on the case sees that the entry exists.
public enum Visibility: String, Codable, Sendable, CaseIterable {
    case team, homeroomAndBK, bkOnly, bkAndPrincipal

    /// Whether the text of an entry with this visibility goes to `private/`.
    public var isConfidential: Bool { self != .team }
}

/// How a case ended.
public enum Outcome: String, Codable, Sendable, CaseIterable {
    case resolved, monitoring, referredOut, noBKAction
}

/// Jenjang: the level at which a case is handled.
public enum Level: String, Codable, Sendable, CaseIterable, Comparable {
    case subjectTeacher, homeroomTeacher, counsellor, viceStudentAffairs, principal, outsideAgency

    var rank: Int { Level.allCases.firstIndex(of: self)! }
    public static func < (a: Level, b: Level) -> Bool { a.rank < b.rank }
}

/// Pola 17 Plus service types.
/// Pola 17 Plus: the ten services (layanan) and the six supporting activities (kegiatan pendukung).
public enum ServiceType: String, Codable, Sendable, CaseIterable {
    case konselingPerorangan, bimbinganKelompok, konselingKelompok, konsultasi, mediasi
    case layananOrientasi, layananInformasi, penempatanPenyaluran, penguasaanKonten, advokasi
    case aplikasiInstrumentasi, himpunanData, konferensiKasus, kunjunganRumah, tampilanKepustakaan, alihTanganKasus
}

/// How a service was given: to one student, a small group, or a whole class.
public enum ServiceFormat: String, Codable, Sendable, CaseIterable {
    case individual, group, classical
}

/// A plan action supports the student; a sanction is the vice principal's, never BK's.
public enum PlanItemKind: String, Codable, Sendable, CaseIterable {
    case support, sanction
}

/// Evaluation horizons: right after, short term, long term.
public enum ReviewHorizon: String, Codable, Sendable, CaseIterable {
    case laiseg, laijapen, laijapang
}

public enum Gender: String, Codable, Sendable, CaseIterable {
    case male = "L", female = "P"
}
