import Foundation
import RujukDomain

extension ReportBuilder {
    static func hours(_ from: Date, _ to: Date) -> Double { to.timeIntervalSince(from) / 3600 }

    /// The coordination figures: who refers, how fast BK answers, whether the referrer hears
    /// back, joint evaluations, overdue actions and caseloads.
    func coordination() -> Coordination {
        let p = period
        // Referrals: flags made in the period on cases of the scope.
        var byTeacher: [String: Int] = [:], bySubject: [String: Int] = [:], byClass: [String: Int] = [:], byRole: [Role: Int] = [:]
        var flags = 0
        for c in scopedCases {
            for f in c.flags where p.contains(f.at) {
                flags += 1
                byTeacher[f.by, default: 0] += 1
                bySubject[f.subject ?? "", default: 0] += 1
                byClass[className(c.studentID), default: 0] += 1
                byRole[school.staff[f.by]?.primaryRole ?? .subjectTeacher, default: 0] += 1
            }
        }
        func sorted(_ d: [String: Int], named: Bool) -> [NamedCount] {
            d.map { NamedCount(key: $0.key, name: named ? school.displayName($0.key) : nil,
                               role: named ? school.staff[$0.key]?.primaryRole : nil, count: $0.value) }
                .sorted { ($1.count, $0.key) < ($0.count, $1.key) }
        }

        // Times, per counsellor holding the case.
        let opened = scopedCases.filter { p.contains($0.openedAt) }
        let closed = scopedCases.filter { $0.closedAt.map(p.contains) ?? false }
        func times(_ login: String?) -> CounsellorTimes {
            let mineOpened = opened.filter { login == nil || $0.assignee == login }
            let mineClosed = closed.filter { login == nil || $0.assignee == login }
            let pickUp = mineOpened.compactMap { c in c.pickedUpAt.map { Self.hours(c.openedAt, $0) } }
            let reply = mineOpened.compactMap { c in
                c.messages.first { school.staff[$0.author]?.isCounsellor ?? false }.map { Self.hours(c.openedAt, $0.at) }
            }
            let closing = mineClosed.compactMap { c in c.closedAt.map { Self.hours(c.openedAt, $0) } }
            return CounsellorTimes(login: login, name: login.map(school.displayName), pickUp: Durations(hours: pickUp),
                                   firstReply: Durations(hours: reply), closing: Durations(hours: closing),
                                   waiting: login == nil ? mineOpened.filter { $0.pickedUpAt == nil && $0.assignee == nil }.count : 0)
        }
        let holders = Set((opened + closed).compactMap(\.assignee)).sorted()
        let timeRows = holders.map { times($0) } + [times(nil)]

        // Feedback to the referrer.
        var withSummary = 0, outcomeOnly = 0, read = 0
        for c in closed {
            if c.outcomeOnly == true { outcomeOnly += 1 } else if c.summary != nil { withSummary += 1 }
            let teachers = c.referrers.filter { !(school.staff[$0]?.isCounsellor ?? false) }
            if let seq = c.summarySeq, teachers.allSatisfy({ (school.readMarks[$0]?[c.number] ?? 0) >= seq }) { read += 1 }
        }
        let feedback = Feedback(closed: closed.count, withSummary: withSummary, outcomeOnly: outcomeOnly, read: read,
                                summaryShare: closed.isEmpty ? 0 : Double(withSummary) / Double(closed.count),
                                readShare: closed.isEmpty ? 0 : Double(read) / Double(closed.count))

        // Joint evaluations.
        let evaluations = ReviewHorizon.allCases.map { h -> EvaluationFigures in
            var asked = 0, given = 0, byCounsellors = 0, byTeachers = 0
            for c in scopedCases {
                let at = c.reviews.filter { $0.horizon == h }
                let inPeriod = at.filter { p.contains($0.at) }
                byCounsellors += inPeriod.filter { school.staff[$0.by]?.isCounsellor ?? false }.count
                byTeachers += inPeriod.filter { !(school.staff[$0.by]?.isCounsellor ?? false) }.count
                guard inPeriod.contains(where: { school.staff[$0.by]?.isCounsellor ?? false }) else { continue }
                for teacher in c.referrers where !(school.staff[teacher]?.isCounsellor ?? false) {
                    asked += 1
                    if at.contains(where: { $0.by == teacher && $0.at < p.end }) { given += 1 }
                }
            }
            return EvaluationFigures(horizon: h, asked: asked, given: given, byCounsellors: byCounsellors, byTeachers: byTeachers)
        }

        // Plan actions open and overdue at the cutoff, by the owner's role.
        var open: [Role: Int] = [:], overdue: [Role: Int] = [:]
        let t = cutoff
        for c in scopedCases where c.openedAt < t && !(c.closedAt.map { $0 < t } ?? false) {
            for item in c.plan where item.at < t && !(item.done && (item.doneAt ?? item.at) < t) {
                let role = school.staff[item.owner]?.primaryRole ?? .subjectTeacher
                open[role, default: 0] += 1
                if let due = item.due, due.addingTimeInterval(12 * 3600) < t { overdue[role, default: 0] += 1 }
            }
        }
        let overdueRows = Role.allCases.filter { open[$0] != nil }.map { OverdueByRole(role: $0, open: open[$0] ?? 0, overdue: overdue[$0] ?? 0) }

        // Caseloads at the cutoff, against one counsellor per 150 students.
        let students = school.students.values.filter(\.isActive)
        var counsellors = school.staff.values.filter { $0.isActive && $0.isCounsellor }.sorted { $0.login < $1.login }
        if case .counsellor(let login) = scope { counsellors = counsellors.filter { $0.login == login } }
        let caseloads = counsellors.map { s in
            Caseload(login: s.login, name: s.name,
                     openCases: scopedCases.filter { $0.assignee == s.login && $0.openedAt < t && !($0.closedAt.map { $0 < t } ?? false) }.count,
                     students: students.filter { s.caseloadCovers($0.className) }.count)
        }
        let allCounsellors = school.staff.values.filter { $0.isActive && $0.isCounsellor }.count
        let norm = Coordination.studentsPerCounsellorNorm
        return Coordination(flags: flags, byTeacher: sorted(byTeacher, named: true),
                            byRole: Role.allCases.filter { byRole[$0] != nil }.map { NamedCount(key: $0.rawValue, name: nil, role: $0, count: byRole[$0]!) },
                            bySubject: sorted(bySubject, named: false),
                            // The most referrals first; classes with as many in the school's order (VII before IX).
                            byClass: sorted(byClass, named: false).sorted { $0.count != $1.count ? $0.count > $1.count : ClassName.precedes($0.key, $1.key) },
                            times: timeRows, feedback: feedback, evaluations: evaluations, overdue: overdueRows,
                            caseloads: caseloads, schoolStudents: students.count, counsellors: allCounsellors,
                            studentsPerCounsellor: allCounsellors == 0 ? nil : Double(students.count) / Double(allCounsellors),
                            counsellorsNeeded: (students.count + norm - 1) / norm)
    }
}
