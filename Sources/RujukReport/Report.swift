import Foundation
import RujukDomain

/// The figures of one report: counts, codes and team-visible facts only. No text of any
/// entry (notes, messages, summaries, plan actions) enters; a counsellor's own report may name
/// their students, and says so (`namesStudents`).
public struct Report: Codable, Sendable, Equatable {
    public var period: ReportPeriod
    public var scope: ReportScope
    public var view: ReportView
    public var school: String
    /// True when nothing happened in the period within the scope: no service, no case, no flag.
    public var isEmpty: Bool
    /// Students are named in Tabel 4 (a counsellor's own report, for their own use only).
    public var namesStudents: Bool
    /// The counsellor whose report this is, with their caseload's students (L/P).
    public var counsellor: ReportPerson?
    public var caseloadStudents: GenderCount?
    /// The day it was made (`2026-12-01`, the school's day): a report of a period still running
    /// is signed on that day, not on the period's last.
    public var madeOn: String?
    /// The teacher whose own referrals these are (the own-referrals view).
    public var reader: ReportPerson?
    /// Who signs "Mengetahui, Kepala Sekolah".
    public var principal: ReportPerson?
    /// The letterhead (KOP) and the school's time zone.
    public var kop: SchoolSettings = SchoolSettings()
    /// The counsellor's narrative for the period, by section (their own report, or the principal's reading of it).
    public var narrative: [NarrativeText] = []

    public var services: [ServiceRow]?
    public var classes: [ClassRow]?
    public var areas: [AreaRow]?
    public var followUp: [FollowUpRow]?
    public var coordination: Coordination?
    /// The semester report's columns: the same tables per month.
    public var months: [MonthFigures]?
    /// What of the recorded help plans was carried out (keterlaksanaan program).
    public var programme: Programme?
    /// A teacher's view: their own referrals and what came of them.
    public var ownReferrals: [ReferralOutcome]?
}

public struct NarrativeText: Codable, Sendable, Equatable {
    public var section: NarrativeSection
    public var text: String
}

public struct ReportPerson: Codable, Sendable, Equatable {
    public var login: String
    public var name: String
    public var nip: String?
    /// A counsellor's caseload (kelas binaan).
    public var classes: [String]
}

/// Students counted by the roster's JK; a student without one is counted as unknown.
public struct GenderCount: Codable, Sendable, Equatable {
    public var male = 0
    public var female = 0
    public var unknown = 0
    public var total: Int { male + female + unknown }

    public init(male: Int = 0, female: Int = 0, unknown: Int = 0) {
        self.male = male
        self.female = female
        self.unknown = unknown
    }

    mutating func add(_ gender: Gender?) {
        switch gender {
        case .male: male += 1
        case .female: female += 1
        case nil: unknown += 1
        }
    }
}

/// The four components of Permendikbud 111/2014.
public enum ServiceComponent: String, Codable, Sendable, Equatable, CaseIterable {
    case layananDasar, peminatan, responsif, dukunganSistem

    public static func of(_ type: ServiceType) -> ServiceComponent {
        switch type {
        case .layananOrientasi, .layananInformasi, .bimbinganKelompok: .layananDasar
        case .penempatanPenyaluran, .penguasaanKonten: .peminatan
        case .konselingPerorangan, .konselingKelompok, .konsultasi, .mediasi, .advokasi: .responsif
        case .aplikasiInstrumentasi, .himpunanData, .konferensiKasus, .kunjunganRumah, .tampilanKepustakaan, .alihTanganKasus:
            .dukunganSistem
        }
    }

    /// The service types of the component, in the order of the report's Tabel 1.
    public var types: [ServiceType] { ServiceType.allCases.filter { ServiceComponent.of($0) == self } }
}

/// Tabel 1: one row per service type.
public struct ServiceRow: Codable, Sendable, Equatable {
    public var component: ServiceComponent
    public var type: ServiceType
    public var areas: [Area]
    /// How often it was given (sessions).
    public var count: Int
    public var minutes: Int
    /// Unique students reached; a classical service reaches its whole class.
    public var students: GenderCount
    public var classes: [String]
}

/// Tabel 2: services in one class.
public struct ClassRow: Codable, Sendable, Equatable {
    public var className: String
    public var students: GenderCount
    public var classical: Int
    public var groupSessions: Int
    public var groupStudents: Int
    public var individualCounselling: Int
    public var groupCounselling: Int
    public var consultations: Int
    public var homeVisits: Int
    /// Unique students given something beyond a classical session.
    public var served: Int
    /// `served` over the class's students, 0…1.
    public var share: Double
}

/// How often a concern came up.
public struct ConcernCount: Codable, Sendable, Equatable {
    public var concern: String
    public var count: Int
}

/// Tabel 3: cases of one bidang; `area` nil is the total row.
public struct AreaRow: Codable, Sendable, Equatable {
    public var area: Area?
    public var new: Int
    public var students: Int
    public var closed: Int
    public var inProgress: Int
    public var referredOnward: Int
    public var dominant: [ConcernCount]
}

/// Who else works on a case, by part; never by name.
public enum Party: String, Codable, Sendable, Equatable, CaseIterable {
    case subjectTeacher, homeroomTeacher, viceStudentAffairs, principal, parents, outsideAgency
}

public struct ServiceCount: Codable, Sendable, Equatable {
    public var type: ServiceType
    public var count: Int
}

/// The evaluations at one horizon in the period: how many and their mean rating (1–5).
public struct EvaluationResult: Codable, Sendable, Equatable {
    public var horizon: ReviewHorizon
    public var count: Int
    public var meanRating: Double
}

/// The next step of a case, as a kind and a date: the text of a plan action never enters.
public enum NextStep: Codable, Sendable, Equatable {
    case action(ownerRole: Role, due: Date?)
    case review(Date)
    case closed(Outcome)
    case none
}

/// Tabel 4: one student's follow-up, by code.
public struct FollowUpRow: Codable, Sendable, Equatable {
    public var caseNumber: Int
    /// Initials and the case number (`AR-17`): asas kerahasiaan.
    public var code: String
    /// Only in a counsellor's own report.
    public var name: String?
    public var className: String
    public var area: Area
    public var services: [ServiceCount]
    public var evaluations: [EvaluationResult]
    public var next: NextStep
    public var involved: [Party]
    public var status: CaseStatus
}

public struct NamedCount: Codable, Sendable, Equatable {
    public var key: String
    /// The person's name for a login; nil for a subject or a class.
    public var name: String?
    public var role: Role?
    public var count: Int
}

/// A spread of durations, in hours: median and 90th percentile (nearest rank).
public struct Durations: Codable, Sendable, Equatable {
    public var count: Int
    public var medianHours: Double?
    public var p90Hours: Double?

    public init(hours: [Double]) {
        let sorted = hours.sorted()
        count = sorted.count
        medianHours = Durations.median(sorted)
        p90Hours = sorted.isEmpty ? nil : sorted[Int((0.9 * Double(sorted.count)).rounded(.up)) - 1]
    }

    static func median(_ sorted: [Double]) -> Double? {
        guard !sorted.isEmpty else { return nil }
        let mid = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
    }
}

/// Times per counsellor; `login` nil is everyone together.
public struct CounsellorTimes: Codable, Sendable, Equatable {
    public var login: String?
    public var name: String?
    /// From the first flag to pick-up, over cases opened in the period.
    public var pickUp: Durations
    /// From the first flag to the first message by a counsellor, over cases opened in the period.
    public var firstReply: Durations
    /// From the first flag to closing, over cases closed in the period.
    public var closing: Durations
    /// Cases opened in the period that nobody has picked up yet.
    public var waiting: Int
}

/// Did the referrer hear back? Over cases closed in the period.
public struct Feedback: Codable, Sendable, Equatable {
    public var closed: Int
    public var withSummary: Int
    public var outcomeOnly: Int
    /// Closed cases whose every referring teacher has opened the summary or outcome.
    public var read: Int
    public var summaryShare: Double
    public var readShare: Double
}

/// Evaluations at one horizon: asked of referring teachers, and given by them.
public struct EvaluationFigures: Codable, Sendable, Equatable {
    public var horizon: ReviewHorizon
    /// Referring teachers asked: each (case, teacher) where a counsellor evaluated at this horizon in the period.
    public var asked: Int
    /// Of those, the teachers who gave theirs (by the end of the period).
    public var given: Int
    public var byCounsellors: Int
    public var byTeachers: Int
}

public struct OverdueByRole: Codable, Sendable, Equatable {
    public var role: Role
    /// Plan actions open at the period's end (or now).
    public var open: Int
    public var overdue: Int
}

public struct Caseload: Codable, Sendable, Equatable {
    public var login: String
    public var name: String
    public var openCases: Int
    /// Active students in the classes of their caseload (all students when none is set).
    public var students: Int
}

public struct Coordination: Codable, Sendable, Equatable {
    public var flags: Int
    public var byTeacher: [NamedCount]
    public var byRole: [NamedCount]
    public var bySubject: [NamedCount]
    public var byClass: [NamedCount]
    public var times: [CounsellorTimes]
    public var feedback: Feedback
    public var evaluations: [EvaluationFigures]
    public var overdue: [OverdueByRole]
    public var caseloads: [Caseload]
    /// Active students and counsellors of the school, against one counsellor per 150 students.
    public var schoolStudents: Int
    public var counsellors: Int
    public var studentsPerCounsellor: Double?
    public var counsellorsNeeded: Int
    public static let studentsPerCounsellorNorm = 150
}

/// One month's column of the semester report.
public struct MonthFigures: Codable, Sendable, Equatable {
    public var month: String
    /// Sessions per service type, in `ServiceType.allCases` order.
    public var services: [Int]
    /// Students reached in the month.
    public var students: Int
    /// New cases per bidang, in `Area.allCases` order.
    public var newCases: [Int]
    public var closed: Int
    public var flags: Int
}

/// Keterlaksanaan program: of what the help plans scheduled for the period (actions due, reviews
/// due), how much was done by its end. Rujuk does not hold the school's annual BK programme
/// (RPL), so this is the share of the recorded help plans, and says so.
public struct Programme: Codable, Sendable, Equatable {
    public var actionsDue: Int
    public var actionsDone: Int
    public var reviewsDue: Int
    public var reviewsDone: Int
    public var share: Double?
}

/// A teacher's referral and what came of it: what the referrer may know anyway.
public struct ReferralOutcome: Codable, Sendable, Equatable {
    public var caseNumber: Int
    public var studentName: String
    public var className: String
    public var flaggedAt: Date
    public var status: CaseStatus
    public var outcome: Outcome?
    public var counsellor: String?
    public var summaryGiven: Bool
}
