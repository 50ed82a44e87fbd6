import Foundation
import RujukDomain

/// A small school whose November 2026 was worked out by hand (the expected figures are in
/// `ReportFigureTests`, with the arithmetic in their comments). Times are UTC; the school is
/// in WIB (UTC+7), so November runs from 2026-10-31T17:00Z to 2026-11-30T17:00Z.
///
/// Every text of the fixture holds a `SECRET` marker or a student's name, so that a report
/// can be scanned for anything that must not be in it.
enum ReportFixture {
    static let zone = TimeZone(identifier: "Asia/Jakarta")!
    /// After November: the cutoff is the end of the month.
    static let now = t("2026-12-05T03:00:00Z")

    static func t(_ s: String) -> Date { ISODate.parse(s)! }

    static let secrets = ["SECRET-SAW", "SECRET-NOTE", "SECRET-MSG", "SECRET-VISIT", "SECRET-PLAN", "SECRET-SUMMARY",
                          "SECRET-REVIEW", "SECRET-REASON", "SECRET-AGENCY", "SECRET-HOW", "SECRET-TRIED"]
    static let studentNames = ["Ani Rahayu", "Budi Santoso", "Citra Dewi", "Dedi Kurniawan", "Eka Putri"]

    static func school() throws -> School {
        var school = School(name: "SMP Negeri 1 Contoh")
        var seq = 0
        @discardableResult
        func add(_ actor: String, _ at: String, _ payload: EventPayload) throws -> Int {
            seq += 1
            try school.fold(Event(seq: seq, at: t(at), actor: actor, payload: payload))
            return seq
        }
        let start = "2026-07-01T00:00:00Z"
        try add("admin", start, .staffAdded(Staff(login: "admin", name: "Admin", roles: [.admin])))
        try add("admin", start, .staffAdded(Staff(login: "kepsek", name: "Drs. Hadi Santoso", roles: [.principal], nip: "196501011990031001")))
        try add("admin", start, .staffAdded(Staff(login: "wakasek", name: "Rina Wati", roles: [.viceStudentAffairs])))
        try add("admin", start, .staffAdded(Staff(login: "bk1", name: "Siti Rahma", roles: [.counsellor], caseload: ["VII"], nip: "197803042005012003")))
        try add("admin", start, .staffAdded(Staff(login: "bk2", name: "Joko Susilo", roles: [.counsellor], caseload: ["VIII"])))
        try add("admin", start, .staffAdded(Staff(login: "guru1", name: "Made Wirawan", roles: [.subjectTeacher], subjects: ["Matematika"])))
        try add("admin", start, .staffAdded(Staff(login: "guru2", name: "Lina Marlina", roles: [.subjectTeacher, .homeroomTeacher],
                                                  subjects: ["IPA"], homeroom: "VII-A")))
        try add("admin", start, .studentAdded(Student(id: "s1", nisn: nil, name: "Ani Rahayu", className: "VII-A", gender: .female)))
        try add("admin", start, .studentAdded(Student(id: "s2", nisn: nil, name: "Budi Santoso", className: "VII-A", gender: .male)))
        try add("admin", start, .studentAdded(Student(id: "s3", nisn: nil, name: "Citra Dewi", className: "VII-A", gender: nil)))
        try add("admin", start, .studentAdded(Student(id: "s4", nisn: nil, name: "Dedi Kurniawan", className: "VIII-B", gender: .male)))
        try add("admin", start, .studentAdded(Student(id: "s5", nisn: nil, name: "Eka Putri", className: "VIII-B", gender: .female)))

        func open(_ n: Int, _ student: String, _ area: Area, _ concern: String, by: String, subject: String, at: String) throws {
            try add(by, at, .caseOpened(CaseOpened(number: n, studentID: student, area: area, concern: concern, urgency: .routine,
                                                   flag: Flag(by: by, subject: subject, saw: "SECRET-SAW Ani Rahayu", tried: "SECRET-TRIED",
                                                              parentsInformed: false, at: t(at)))))
        }
        func service(_ n: Int, _ type: ServiceType, _ format: ServiceFormat, by: String, on: String, minutes: Int) throws {
            try add(by, on, .serviceLogged(ServiceLogged(number: n, type: type, format: format, on: t(on), minutes: minutes,
                                                         visibility: .bkOnly, notes: "SECRET-NOTE")))
        }
        func message(_ n: Int, by: String, at: String) throws {
            try add(by, at, .messagePosted(EntryText(number: n, visibility: .team, text: "SECRET-MSG")))
        }

        // Case 6, September, closed before November: no part of November's figures.
        try open(6, "s2", .sosial, "bullying", by: "guru2", subject: "IPA", at: "2026-09-01T01:00:00Z")
        try add("bk1", "2026-09-01T03:00:00Z", .pickedUp(number: 6))
        try add("bk1", "2026-09-20T01:00:00Z", .closed(number: 6, outcome: .resolved, summary: "SECRET-SUMMARY"))

        // Case 5, October, still open: a consultation in October and one in November.
        try open(5, "s3", .belajar, "not completing work", by: "guru2", subject: "IPA", at: "2026-10-10T01:00:00Z")
        try add("bk1", "2026-10-10T03:00:00Z", .pickedUp(number: 5))
        try service(5, .konsultasi, .individual, by: "bk1", on: "2026-10-12T05:00:00Z", minutes: 30)
        try add("bk1", "2026-10-12T06:00:00Z", .planItemAdded(PlanItemAdded(number: 5, text: "SECRET-PLAN", owner: "bk1",
                                                                             due: t("2026-11-25T05:00:00Z"))))
        try add("bk1", "2026-10-12T06:01:00Z", .planReviewSet(number: 5, date: t("2026-11-26T05:00:00Z")))
        try service(5, .konsultasi, .individual, by: "bk1", on: "2026-11-16T05:00:00Z", minutes: 30)
        try add("bk1", "2026-11-24T05:00:00Z", .planItemDone(number: 5, item: 1))
        try add("bk1", "2026-11-26T06:00:00Z", .reviewRecorded(ReviewRecorded(number: 5, horizon: .laijapen, rating: 5,
                                                                               visibility: .team, text: "SECRET-REVIEW")))

        // Case 1: flagged 2 Nov 01:00, picked up 4 h later, first reply after 6 h.
        try open(1, "s1", .belajar, "not completing work", by: "guru1", subject: "Matematika", at: "2026-11-02T01:00:00Z")
        try add("bk1", "2026-11-02T05:00:00Z", .pickedUp(number: 1))
        try message(1, by: "guru1", at: "2026-11-02T06:00:00Z") // the referrer's own message is no reply
        try message(1, by: "bk1", at: "2026-11-02T07:00:00Z")
        try service(1, .konselingPerorangan, .individual, by: "bk1", on: "2026-11-03T05:00:00Z", minutes: 45)
        try add("bk1", "2026-11-03T06:00:00Z", .reviewRecorded(ReviewRecorded(number: 1, horizon: .laiseg, rating: 4,
                                                                               visibility: .bkOnly, text: "SECRET-REVIEW")))
        try add("guru1", "2026-11-05T03:00:00Z", .reviewRecorded(ReviewRecorded(number: 1, horizon: .laiseg, rating: 3,
                                                                                 visibility: .team, text: "SECRET-REVIEW")))
        try service(1, .layananInformasi, .classical, by: "bk1", on: "2026-11-10T05:00:00Z", minutes: 40)
        try add("bk1", "2026-11-10T06:00:00Z", .planItemAdded(PlanItemAdded(number: 1, text: "SECRET-PLAN", owner: "guru2",
                                                                             due: t("2026-11-20T05:00:00Z"))))
        try add("bk1", "2026-11-10T06:01:00Z", .planItemAdded(PlanItemAdded(number: 1, text: "SECRET-PLAN", owner: "bk1",
                                                                             due: t("2026-12-10T05:00:00Z"))))

        // Case 2: flagged 4 Nov 02:00, picked up after 24 h, reply after 26 h, closed after 192 h; read.
        try open(2, "s2", .sosial, "conflict with classmates", by: "guru2", subject: "IPA", at: "2026-11-04T02:00:00Z")
        try add("bk1", "2026-11-05T02:00:00Z", .pickedUp(number: 2))
        try message(2, by: "bk1", at: "2026-11-05T04:00:00Z")
        try service(2, .mediasi, .group, by: "bk1", on: "2026-11-06T05:00:00Z", minutes: 60)
        try add("guru2", "2026-11-07T01:00:00Z", .parentsContacted(number: 2, how: "SECRET-HOW"))
        let closed2 = try add("bk1", "2026-11-12T02:00:00Z", .closed(number: 2, outcome: .resolved, summary: "SECRET-SUMMARY"))
        try add("guru2", "2026-11-12T05:00:00Z", .threadRead(number: 2, upTo: closed2))

        // Case 3: flagged 9 Nov 01:00, assigned by the vice principal after 8 h, reply after 24 h,
        // a home visit, referred onward, closed after 384 h with the outcome only; not read.
        try open(3, "s4", .pribadi, "withdrawn, possible family problem", by: "guru1", subject: "Matematika", at: "2026-11-09T01:00:00Z")
        try add("wakasek", "2026-11-09T09:00:00Z", .assigned(number: 3, to: "bk2"))
        try message(3, by: "bk2", at: "2026-11-10T01:00:00Z")
        try add("bk2", "2026-11-11T05:00:00Z", .homeVisited(HomeVisited(number: 3, on: t("2026-11-11T05:00:00Z"), visitors: ["bk2"],
                                                                         visibility: .bkOnly,
                                                                         details: VisitDetails(met: "SECRET-VISIT", findings: "SECRET-VISIT", followUp: "SECRET-VISIT"))))
        try add("bk2", "2026-11-20T03:00:00Z", .escalated(Escalation(number: 3, level: .outsideAgency, reason: "SECRET-REASON",
                                                                      referral: Referral(agency: "SECRET-AGENCY", letterDate: t("2026-11-20T00:00:00Z")))))
        try add("bk2", "2026-11-25T01:00:00Z", .closed(number: 3, outcome: .referredOut, summary: nil, outcomeOnly: true))

        // Case 4: flagged 27 Nov, nobody has picked it up.
        try open(4, "s5", .karier, "career question", by: "guru1", subject: "Matematika", at: "2026-11-27T01:00:00Z")
        return school
    }
}
