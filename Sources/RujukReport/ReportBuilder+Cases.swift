import Foundation
import RujukDomain

extension ReportBuilder {
    /// Whether a case was referred onward in the period: taken to an outside agency, or closed so.
    func referredOnward(_ c: Case, in p: ReportPeriod) -> Bool {
        c.levels.contains { $0.level == .outsideAgency && p.contains($0.at) }
            || (c.outcome == .referredOut && c.closedAt.map(p.contains) ?? false)
    }

    /// Tabel 3: per bidang, and the total row (`area` nil) last.
    func areaRows(in p: ReportPeriod) -> [AreaRow] {
        let active = activeCases(in: p)
        func row(_ area: Area?) -> AreaRow {
            let mine = active.filter { area == nil || $0.area == area }
            let closedIn = mine.filter { $0.closedAt.map(p.contains) ?? false }
            var concerns: [String: Int] = [:]
            for c in mine { concerns[c.concern, default: 0] += 1 }
            let dominant = concerns.map { ConcernCount(concern: $0.key, count: $0.value) }
                .sorted { ($1.count, $0.concern) < ($0.count, $1.concern) }.prefix(3)
            return AreaRow(area: area, new: mine.filter { p.contains($0.openedAt) }.count,
                           students: Set(mine.map(\.studentID)).count,
                           closed: closedIn.filter { $0.outcome != .referredOut }.count,
                           inProgress: mine.filter { c in c.closedAt.map { $0 >= p.end } ?? true }.count,
                           referredOnward: mine.filter { referredOnward($0, in: p) }.count,
                           dominant: Array(dominant))
        }
        return Area.allCases.map(row) + [row(nil)]
    }

    /// The case as it stood at the cutoff: closed only if it was closed by then.
    func status(_ c: Case) -> CaseStatus {
        var copy = c
        if let closed = c.closedAt, closed >= cutoff { copy.outcome = nil }
        return copy.status(at: cutoff)
    }

    /// Tabel 4: every case of the period that a counsellor took, by class and code.
    func followUp(_ active: [Case]) -> [FollowUpRow] {
        let taken = active.filter { c in c.pickedUpAt.map { $0 < period.end } ?? (c.assignee != nil) }
        return taken.map { c in
            let student = school.students[c.studentID]
            let name = student?.name ?? c.studentID
            let services = Dictionary(grouping: Activity.all(of: c).filter { period.contains($0.day) }, by: \.type)
            let reviews = c.reviews.filter { period.contains($0.at) }
            let evaluations = ReviewHorizon.allCases.compactMap { h -> EvaluationResult? in
                let at = reviews.filter { $0.horizon == h }
                guard !at.isEmpty else { return nil }
                return EvaluationResult(horizon: h, count: at.count, meanRating: Double(at.reduce(0) { $0 + $1.rating }) / Double(at.count))
            }
            return FollowUpRow(caseNumber: c.number, code: Self.code(name, case: c.number),
                               name: view == .counsellorOwn ? name : nil, className: student?.className ?? "?", area: c.area,
                               services: ServiceType.allCases.compactMap { t in services[t].map { ServiceCount(type: t, count: $0.count) } },
                               evaluations: evaluations, next: nextStep(c), involved: involved(c), status: status(c))
        }.sorted { $0.className != $1.className ? ClassName.precedes($0.className, $1.className) : $0.code < $1.code }
    }

    func nextStep(_ c: Case) -> NextStep {
        if let closed = c.closedAt, closed < cutoff, let outcome = c.outcome { return .closed(outcome) }
        let open = c.plan.filter { item in !(item.done && (item.doneAt ?? .distantPast) < cutoff) && item.at < cutoff }
        if let item = open.min(by: { ($0.due ?? .distantFuture, $0.id) < ($1.due ?? .distantFuture, $1.id) }) {
            return .action(ownerRole: school.staff[item.owner]?.primaryRole ?? .subjectTeacher, due: item.due)
        }
        if let review = c.reviewDate, !c.reviews.contains(where: { $0.at >= review }) { return .review(review) }
        return .none
    }

    /// Who beside BK is on the case: referrers by role, the homeroom teacher, the levels it went
    /// to, the parents when contacted.
    func involved(_ c: Case) -> [Party] {
        var parties = Set<Party>()
        for login in c.referrers + c.plan.map(\.owner) {
            guard let s = school.staff[login], !s.isCounsellor else { continue }
            if s.has(.principal) { parties.insert(.principal) }
            else if s.has(.viceStudentAffairs) { parties.insert(.viceStudentAffairs) }
            else if s.has(.homeroomTeacher), let student = school.students[c.studentID], let h = s.homeroom,
                    ClassName.same(h, student.className) { parties.insert(.homeroomTeacher) }
            else { parties.insert(.subjectTeacher) }
        }
        for change in c.levels {
            switch change.level {
            case .homeroomTeacher: parties.insert(.homeroomTeacher)
            case .viceStudentAffairs: parties.insert(.viceStudentAffairs)
            case .principal: parties.insert(.principal)
            case .outsideAgency: parties.insert(.outsideAgency)
            case .subjectTeacher, .counsellor: break
            }
        }
        if c.parentsContacted || c.plan.contains(where: \.withParents) { parties.insert(.parents) }
        return Party.allCases.filter(parties.contains)
    }

    /// Of the help plans' actions and reviews due in the period, those done by its end. What
    /// is not yet due (the rest of a month still running) is not counted as undone.
    func programme() -> Programme {
        var actionsDue = 0, actionsDone = 0, reviewsDue = 0, reviewsDone = 0
        for c in scopedCases {
            for item in c.plan {
                guard let due = item.due, period.contains(due), due <= now else { continue }
                actionsDue += 1
                if item.done, (item.doneAt ?? item.at) < period.end { actionsDone += 1 }
            }
            if let review = c.reviewDate, period.contains(review), review <= now {
                reviewsDue += 1
                if c.reviews.contains(where: { $0.at >= review - 86_400 && $0.at < period.end }) { reviewsDone += 1 }
            }
        }
        let due = actionsDue + reviewsDue
        return Programme(actionsDue: actionsDue, actionsDone: actionsDone, reviewsDue: reviewsDue, reviewsDone: reviewsDone,
                         share: due == 0 ? nil : Double(actionsDone + reviewsDone) / Double(due))
    }

    /// A teacher's referrals flagged in the period and what came of them.
    func ownReferrals() -> [ReferralOutcome] {
        guard let reader else { return [] }
        return school.cases.values.compactMap { c -> ReferralOutcome? in
            guard let flag = c.flags.filter({ $0.by == reader && period.contains($0.at) }).first else { return nil }
            let student = school.students[c.studentID]
            let closedByCutoff = c.closedAt.map { $0 < cutoff } ?? false
            return ReferralOutcome(caseNumber: c.number, studentName: student?.name ?? c.studentID,
                                   className: student?.className ?? "?", flaggedAt: flag.at, status: status(c),
                                   outcome: closedByCutoff ? c.outcome : nil,
                                   counsellor: c.assignee.map(school.displayName),
                                   summaryGiven: closedByCutoff && c.summary != nil && c.outcomeOnly != true)
        }.sorted { $0.caseNumber < $1.caseNumber }
    }
}
