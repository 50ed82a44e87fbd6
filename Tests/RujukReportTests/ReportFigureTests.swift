import Foundation
import Testing
import RujukDomain
@testable import RujukReport

/// November 2026 of `ReportFixture`, every table and coordination figure against numbers
/// worked out by hand.
@Suite struct ReportFigureTests {
    func report(_ scope: ReportScope = .school, as login: String = "kepsek", _ period: PeriodRequest = .month("2026-11")) throws -> Report {
        let school = try ReportFixture.school()
        return try school.report(for: school.staff[login]!, period: period, scope: scope, timeZone: ReportFixture.zone,
                                 now: ReportFixture.now)
    }

    func row(_ r: Report, _ type: ServiceType) -> ServiceRow { r.services!.first { $0.type == type }! }

    @Test func tabel1CountsEveryServiceTypeWithStudentsByGender() throws {
        let r = try report()
        #expect(r.view == .full && !r.isEmpty)
        // All 16 types are rows, grouped by component, zero rows kept as on the printed form.
        #expect(r.services!.count == ServiceType.allCases.count)
        #expect(r.services!.map(\.component) == r.services!.map(\.component).sorted {
            ServiceComponent.allCases.firstIndex(of: $0)! < ServiceComponent.allCases.firstIndex(of: $1)!
        })
        // The classical information session reaches the whole of VII-A: Ani (P), Budi (L), Citra (no JK).
        let info = row(r, .layananInformasi)
        #expect(info.component == .layananDasar && info.count == 1 && info.minutes == 40)
        #expect(info.students == GenderCount(male: 1, female: 1, unknown: 1) && info.classes == ["VII-A"] && info.areas == [.belajar])
        let individual = row(r, .konselingPerorangan)
        #expect(individual.component == .responsif && individual.count == 1 && individual.students == GenderCount(female: 1))
        #expect(row(r, .mediasi).students == GenderCount(male: 1) && row(r, .mediasi).areas == [.sosial])
        // Only November's consultation: October's is another month.
        #expect(row(r, .konsultasi).count == 1 && row(r, .konsultasi).students == GenderCount(unknown: 1))
        // The home visit and the referral onward are records of their own, counted as the two activities.
        #expect(row(r, .kunjunganRumah).count == 1 && row(r, .kunjunganRumah).classes == ["VIII-B"])
        #expect(row(r, .kunjunganRumah).component == .dukunganSistem)
        #expect(row(r, .alihTanganKasus).count == 1 && row(r, .alihTanganKasus).areas == [.pribadi])
        #expect(row(r, .bimbinganKelompok).count == 0 && row(r, .bimbinganKelompok).students.total == 0)
        #expect(r.services!.reduce(0) { $0 + $1.count } == 6)
    }

    @Test func tabel2ServesEachClassAndItsShare() throws {
        let r = try report()
        let classes = try #require(r.classes)
        #expect(classes.map(\.className) == ["VII-A", "VIII-B"])
        let a = classes[0]
        #expect(a.students == GenderCount(male: 1, female: 1, unknown: 1))
        #expect(a.classical == 1 && a.groupSessions == 1 && a.groupStudents == 1 && a.individualCounselling == 1)
        #expect(a.groupCounselling == 0 && a.consultations == 1 && a.homeVisits == 0)
        // Ani (individual), Budi (mediation), Citra (consultation): 3 of 3 beyond the classical session.
        #expect(a.served == 3 && a.share == 1)
        let b = classes[1]
        #expect(b.students == GenderCount(male: 1, female: 1) && b.homeVisits == 1 && b.classical == 0)
        // Dedi only (visit, referral onward): 1 of 2.
        #expect(b.served == 1 && b.share == 0.5)
    }

    @Test func tabel3CountsCasesPerBidang() throws {
        let r = try report()
        let areas = try #require(r.areas)
        #expect(areas.map(\.area) == [.pribadi, .sosial, .belajar, .karier, nil])
        func row(_ a: Area?) -> AreaRow { areas.first { $0.area == a }! }
        // Pribadi: case 3, opened and referred onward in November; referred is not "selesai".
        #expect(row(.pribadi) == AreaRow(area: .pribadi, new: 1, students: 1, closed: 0, inProgress: 0, referredOnward: 1,
                                         dominant: [ConcernCount(concern: "withdrawn, possible family problem", count: 1)]))
        #expect(row(.sosial) == AreaRow(area: .sosial, new: 1, students: 1, closed: 1, inProgress: 0, referredOnward: 0,
                                        dominant: [ConcernCount(concern: "conflict with classmates", count: 1)]))
        // Belajar: case 1 (new) and case 5 (from October, still open); September's case 6 is not in it.
        #expect(row(.belajar) == AreaRow(area: .belajar, new: 1, students: 2, closed: 0, inProgress: 2, referredOnward: 0,
                                         dominant: [ConcernCount(concern: "not completing work", count: 2)]))
        #expect(row(.karier) == AreaRow(area: .karier, new: 1, students: 1, closed: 0, inProgress: 1, referredOnward: 0,
                                        dominant: [ConcernCount(concern: "career question", count: 1)]))
        #expect(row(nil) == AreaRow(area: nil, new: 4, students: 5, closed: 1, inProgress: 3, referredOnward: 1,
                                    dominant: [ConcernCount(concern: "not completing work", count: 2),
                                               ConcernCount(concern: "career question", count: 1),
                                               ConcernCount(concern: "conflict with classmates", count: 1)]))
    }

    @Test func tabel4FollowsUpEachStudentByCode() throws {
        let r = try report()
        let rows = try #require(r.followUp)
        // Case 4 was never picked up: no follow-up yet. Sorted by class, then code.
        #expect(rows.map(\.code) == ["AR-1", "BS-2", "CD-5", "DK-3"])
        #expect(rows.allSatisfy { $0.name == nil } && !r.namesStudents)
        let ani = rows[0]
        #expect(ani.className == "VII-A" && ani.area == .belajar && ani.status == .inSupport)
        #expect(ani.services == [ServiceCount(type: .konselingPerorangan, count: 1), ServiceCount(type: .layananInformasi, count: 1)])
        #expect(ani.evaluations == [EvaluationResult(horizon: .laiseg, count: 2, meanRating: 3.5)])
        // The first open action by due date: the homeroom teacher's, due 20 November (text never shown).
        #expect(ani.next == .action(ownerRole: .homeroomTeacher, due: ReportFixture.t("2026-11-20T05:00:00Z")))
        #expect(ani.involved == [.subjectTeacher, .homeroomTeacher])
        #expect(rows[1].next == .closed(.resolved) && rows[1].involved == [.homeroomTeacher, .parents] && rows[1].status == .closed)
        #expect(rows[2].services == [ServiceCount(type: .konsultasi, count: 1)] && rows[2].next == NextStep.none)
        #expect(rows[2].evaluations == [EvaluationResult(horizon: .laijapen, count: 1, meanRating: 5)])
        #expect(rows[3].services == [ServiceCount(type: .kunjunganRumah, count: 1), ServiceCount(type: .alihTanganKasus, count: 1)])
        #expect(rows[3].involved == [.subjectTeacher, .parents, .outsideAgency] && rows[3].next == .closed(.referredOut))
    }

    @Test func referralsPerTeacherSubjectAndClass() throws {
        let c = try #require(try report().coordination)
        #expect(c.flags == 4)
        #expect(c.byTeacher.map { "\($0.key)=\($0.count)" } == ["guru1=3", "guru2=1"])
        #expect(c.byTeacher[0].name == "Made Wirawan" && c.byTeacher[0].role == .subjectTeacher)
        #expect(c.byRole.map { "\($0.role!)=\($0.count)" } == ["subjectTeacher=3", "homeroomTeacher=1"])
        #expect(c.bySubject.map { "\($0.key)=\($0.count)" } == ["Matematika=3", "IPA=1"])
        #expect(c.byClass.map { "\($0.key)=\($0.count)" } == ["VII-A=2", "VIII-B=2"])
    }

    @Test func timesToPickUpReplyAndClosingPerCounsellor() throws {
        let c = try #require(try report().coordination)
        #expect(c.times.map(\.login) == ["bk1", "bk2", nil])
        let bk1 = c.times[0], bk2 = c.times[1], all = c.times[2]
        // bk1: cases 1 and 2 picked up after 4 h and 24 h; replies after 6 h and 26 h; case 2 closed after 192 h.
        #expect(bk1.pickUp == Durations(hours: [4, 24]) && bk1.pickUp.medianHours == 14 && bk1.pickUp.p90Hours == 24)
        #expect(bk1.firstReply.medianHours == 16 && bk1.firstReply.p90Hours == 26)
        #expect(bk1.closing.count == 1 && bk1.closing.medianHours == 192)
        #expect(bk2.pickUp.medianHours == 8 && bk2.firstReply.medianHours == 24 && bk2.closing.medianHours == 384)
        // Everyone: pick-up 4, 8, 24 → median 8, p90 (rank ⌈0.9·3⌉ = 3) 24; replies 6, 24, 26; closing 192, 384.
        #expect(all.pickUp.count == 3 && all.pickUp.medianHours == 8 && all.pickUp.p90Hours == 24)
        #expect(all.firstReply.medianHours == 24 && all.firstReply.p90Hours == 26)
        #expect(all.closing.medianHours == 288 && all.closing.p90Hours == 384)
        #expect(all.waiting == 1)
    }

    @Test func medianAndNinetiethPercentileByNearestRank() {
        // 11 values: median the 6th (6), p90 the ⌈9.9⌉ = 10th (10), not the largest.
        let d = Durations(hours: [5, 1, 9, 3, 7, 2, 8, 4, 10, 6, 20])
        #expect(d.count == 11 && d.medianHours == 6 && d.p90Hours == 10)
        // An even count: the mean of the middle two; p90 of 4 is the 4th.
        #expect(Durations(hours: [1, 2, 3, 10]).medianHours == 2.5 && Durations(hours: [1, 2, 3, 10]).p90Hours == 10)
        #expect(Durations(hours: []).medianHours == nil && Durations(hours: []).p90Hours == nil)
    }

    @Test func feedbackEvaluationsOverdueAndCaseloads() throws {
        let c = try #require(try report().coordination)
        // Closed in November: case 2 (summary, read by Lina) and case 3 (outcome only, unread).
        #expect(c.feedback == Feedback(closed: 2, withSummary: 1, outcomeOnly: 1, read: 1, summaryShare: 0.5, readShare: 0.5))
        // laiseg: bk1 evaluated case 1, its referrer gave hers; laijapen: bk1 on case 5, Lina not yet.
        #expect(c.evaluations == [
            EvaluationFigures(horizon: .laiseg, asked: 1, given: 1, byCounsellors: 1, byTeachers: 1),
            EvaluationFigures(horizon: .laijapen, asked: 1, given: 0, byCounsellors: 1, byTeachers: 0),
            EvaluationFigures(horizon: .laijapang, asked: 0, given: 0, byCounsellors: 0, byTeachers: 0),
        ])
        // At the end of November: Lina's action on case 1 is overdue; bk1's is due in December.
        #expect(c.overdue == [OverdueByRole(role: .homeroomTeacher, open: 1, overdue: 1), OverdueByRole(role: .counsellor, open: 1, overdue: 0)])
        #expect(c.caseloads == [Caseload(login: "bk1", name: "Siti Rahma", openCases: 2, students: 3),
                                Caseload(login: "bk2", name: "Joko Susilo", openCases: 0, students: 2)])
        #expect(c.schoolStudents == 5 && c.counsellors == 2 && c.studentsPerCounsellor == 2.5 && c.counsellorsNeeded == 1)
    }

    @Test func programmeIsTheShareOfThePlansCarriedOut() throws {
        // Due in November: Lina's action (open), bk1's on case 5 (done), case 5's review (given): 2 of 3.
        let p = try #require(try report().programme)
        #expect(p == Programme(actionsDue: 2, actionsDone: 1, reviewsDue: 1, reviewsDone: 1, share: 2.0 / 3.0))
    }

    @Test func aCounsellorsOwnReportCoversTheirWorkAndNamesTheirStudents() throws {
        let r = try report(.counsellor("bk1"), as: "bk1")
        #expect(r.view == .counsellorOwn && r.namesStudents)
        #expect(r.counsellor?.name == "Siti Rahma" && r.counsellor?.nip == "197803042005012003" && r.counsellor?.classes == ["VII"])
        #expect(r.caseloadStudents == GenderCount(male: 1, female: 1, unknown: 1))
        #expect(r.principal?.name == "Drs. Hadi Santoso")
        // bk1's sessions: individual, classical, mediation, consultation; not bk2's visit.
        #expect(r.services!.reduce(0) { $0 + $1.count } == 4)
        #expect(r.followUp!.map(\.name) == ["Ani Rahayu", "Budi Santoso", "Citra Dewi"])
        #expect(r.classes!.map(\.className) == ["VII-A"])
        #expect(r.coordination!.flags == 2 && r.coordination!.caseloads.map(\.login) == ["bk1"])
    }

    @Test func aSemesterHasAColumnPerMonth() throws {
        let r = try report(.school, as: "kepsek", .semester("2026/2027-1"))
        // No year recorded: July to December.
        #expect(r.period.firstDay == "2026-07-01" && r.period.lastDay == "2026-12-31" && r.period.semester == 1)
        let months = try #require(r.months)
        #expect(months.map(\.month) == ["2026-07", "2026-08", "2026-09", "2026-10", "2026-11", "2026-12"])
        let konsultasi = ServiceType.allCases.firstIndex(of: .konsultasi)!
        #expect(months[3].services[konsultasi] == 1 && months[4].services.reduce(0, +) == 6)
        #expect(months[2].newCases == [0, 1, 0, 0] && months[2].closed == 1)
        #expect(months[3].newCases == [0, 0, 1, 0] && months[4].newCases == [1, 1, 1, 1] && months[4].flags == 4)
        // November's closings, every outcome (as Tabel 6 says): #2 resolved and #3 referred onward.
        #expect(months[4].closed == 2)
        #expect(months[1] == MonthFigures(month: "2026-08", services: Array(repeating: 0, count: 16), students: 0,
                                          newCases: [0, 0, 0, 0], closed: 0, flags: 0))
        // The semester's Tabel 1 is the sum of its months.
        #expect(r.services!.reduce(0) { $0 + $1.count } == months.reduce(0) { $0 + $1.services.reduce(0, +) })
    }

    @Test func aPeriodWithNothingInItSaysSo() throws {
        #expect(try report(.school, as: "kepsek", .month("2026-08")).isEmpty)
        #expect(try !report().isEmpty)
    }

    @Test func noConfidentialTextAndNoStudentNameInASchoolReport() throws {
        for (scope, login) in [(ReportScope.school, "kepsek"), (.school, "bk1"), (.counsellor("bk1"), "wakasek"), (.classroom("VII-A"), "kepsek")] {
            let json = String(decoding: try JSONEncoder().encode(try report(scope, as: login, .semester("2026/2027-1"))), as: UTF8.self)
            for secret in ReportFixture.secrets { #expect(!json.contains(secret), "\(secret) in \(scope)") }
            for name in ReportFixture.studentNames { #expect(!json.contains(name), "\(name) in \(scope)") }
        }
        // The counsellor's own report names students, but still carries no entry's text.
        let own = String(decoding: try JSONEncoder().encode(try report(.counsellor("bk1"), as: "bk1")), as: UTF8.self)
        #expect(own.contains("Ani Rahayu"))
        for secret in ReportFixture.secrets { #expect(!own.contains(secret)) }
    }
}
