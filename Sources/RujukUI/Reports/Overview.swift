import Foundation
import RujukDomain
import RujukReport

/// One line of the reports screen: a figure, and the cases behind it.
public struct OverviewRow: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case heading(ReportText)
        /// Referrals per day (a month) or per week (a semester).
        case trend([Int])
        case count(ReportText, Int)
        case share(ReportText, Int, of: Int)
        case hours(ReportText, Durations)
        /// Under the cases waiting for pick-up: how long the longest has waited (the time to
        /// pick-up counts only cases picked up, so it says nothing of these).
        case longestWait(hours: Double)
        case counsellorHeader
        case counsellor(name: String, open: Int, pickUp: Durations, closed: Int, summaries: Int)
        case role(Role, Int)
        /// One counsellor per 150 students: active students, counsellors, counsellors needed.
        case norm(students: Int, counsellors: Int, needed: Int)
        case referral(ReferralOutcome)
    }
    public var kind: Kind
    /// The cases behind the figure, as far as the reader may see them.
    public var cases: [Int]
    /// The largest value among the rows its bar is compared with.
    public var scale: Int

    /// Rows that stand for cases can be chosen; headings and notes cannot.
    public var selectable: Bool {
        switch kind {
        case .heading, .counsellorHeader, .norm: false
        default: true
        }
    }
}

/// The figures of the reports screen for one reader, period and scope.
public struct Overview: Sendable, Equatable {
    public var report: Report
    public var rows: [OverviewRow]
}

extension Overview {
    /// Computed from the school this session holds: on a school server that is the reader's
    /// projection, so every figure counts only what this person may see.
    public static func make(school: School, reader: Staff, period request: PeriodRequest, scope: ReportScope,
                            timeZone: TimeZone, now: Date) throws(DomainError) -> Overview {
        let report = try school.report(for: reader, period: request, scope: scope, timeZone: timeZone, now: now)
        let p = report.period
        let cutoff = min(p.end, now)
        let visible = school.cases.values.filter { school.canSee(reader, $0) }.sorted { $0.number < $1.number }
        if report.view == .ownReferrals { return Overview(report: report, rows: referralRows(report)) }
        let scoped: [Case]
        switch scope {
        case .school: scoped = visible
        case .counsellor(let login): scoped = visible.filter { $0.assignee == login }
        case .classroom(let name):
            scoped = visible.filter { c in school.students[c.studentID].map { ClassName.same($0.className, name) } ?? false }
        }
        func numbers(_ cases: [Case]) -> [Int] { cases.map(\.number) }
        let openAtCutoff = scoped.filter { $0.openedAt < cutoff && !($0.closedAt.map { $0 < cutoff } ?? false) }
        let opened = scoped.filter { p.contains($0.openedAt) }
        let closed = scoped.filter { $0.closedAt.map(p.contains) ?? false }
        let flagged = scoped.filter { $0.flags.contains { p.contains($0.at) } }
        let waiting = openAtCutoff.filter { c in !(c.pickedUpAt.map { $0 < cutoff } ?? false) && c.assignee == nil }
        // The builder's rule: an open plan action half a day past its due date is overdue.
        let overdueCases = openAtCutoff.filter { c in
            c.plan.contains { $0.at < cutoff && !($0.done && ($0.doneAt ?? $0.at) < cutoff) && ($0.due.map { $0.addingTimeInterval(12 * 3600) < cutoff } ?? false) }
        }
        let coordination = report.coordination
        let overdue = coordination?.overdue.reduce(0) { $0 + $1.overdue } ?? 0
        let total = coordination?.times.last
        let feedback = coordination?.feedback

        var rows: [OverviewRow] = [OverviewRow(kind: .heading(.sectionReferrals), cases: [], scale: 0)]
        rows.append(OverviewRow(kind: .trend(trend(flagged, p)), cases: numbers(flagged), scale: 0))
        let counts = [opened.count, waiting.count, overdue]
        let top = counts.max() ?? 0
        rows.append(OverviewRow(kind: .count(.figureNew, opened.count), cases: numbers(opened), scale: top))
        rows.append(OverviewRow(kind: .count(.figureWaiting, waiting.count), cases: numbers(waiting), scale: top))
        if let oldest = waiting.map(\.openedAt).min() {
            rows.append(OverviewRow(kind: .longestWait(hours: cutoff.timeIntervalSince(oldest) / 3600), cases: numbers(waiting), scale: 0))
        }
        rows.append(OverviewRow(kind: .count(.figureOverdue, overdue), cases: numbers(overdueCases), scale: top))
        rows.append(OverviewRow(kind: .hours(.figurePickUp, total?.pickUp ?? Durations(hours: [])),
                                cases: numbers(opened.filter { $0.pickedUpAt.map { $0 < cutoff } ?? false }), scale: 0))
        rows.append(OverviewRow(kind: .share(.figureFeedback, feedback?.withSummary ?? 0, of: feedback?.closed ?? 0),
                                cases: numbers(closed), scale: 0))
        rows.append(OverviewRow(kind: .share(.figureRead, feedback?.read ?? 0, of: feedback?.closed ?? 0),
                                cases: numbers(closed), scale: 0))

        if let coordination, !coordination.caseloads.isEmpty {
            rows.append(OverviewRow(kind: .heading(.sectionCounsellors), cases: [], scale: 0))
            rows.append(OverviewRow(kind: .counsellorHeader, cases: [], scale: 0))
            let most = coordination.caseloads.map(\.openCases).max() ?? 0
            let live = Set(openAtCutoff.map(\.number))
            for load in coordination.caseloads {
                let times = coordination.times.first { $0.login == load.login }
                let theirs = scoped.filter { $0.assignee == load.login }
                let theirClosed = closed.filter { $0.assignee == load.login }
                let summaries = theirClosed.filter { $0.summary != nil && $0.outcomeOnly != true }.count
                rows.append(OverviewRow(kind: .counsellor(name: load.name, open: load.openCases,
                                                          pickUp: times?.pickUp ?? Durations(hours: []),
                                                          closed: theirClosed.count, summaries: summaries),
                                        cases: numbers(theirs.filter { live.contains($0.number) || p.contains($0.closedAt ?? .distantPast) }), scale: most))
            }
            if case .school = scope {
                rows.append(OverviewRow(kind: .norm(students: coordination.schoolStudents, counsellors: coordination.counsellors,
                                                    needed: coordination.counsellorsNeeded), cases: [], scale: 0))
            }
        }
        if let coordination, !coordination.byRole.isEmpty {
            rows.append(OverviewRow(kind: .heading(.sectionWhoRefers), cases: [], scale: 0))
            let most = coordination.byRole.map(\.count).max() ?? 0
            for entry in coordination.byRole {
                guard let role = entry.role else { continue }
                let theirs = flagged.filter { c in
                    c.flags.contains { p.contains($0.at) && (school.staff[$0.by]?.primaryRole ?? .subjectTeacher) == role }
                }
                rows.append(OverviewRow(kind: .role(role, entry.count), cases: numbers(theirs), scale: most))
            }
        }
        return Overview(report: report, rows: rows)
    }

    /// A teacher's own referrals: how many were picked up, closed and answered, then each.
    static func referralRows(_ report: Report) -> [OverviewRow] {
        let own = report.ownReferrals ?? []
        let picked = own.filter { $0.status != .new }, closed = own.filter { $0.outcome != nil }
        let answered = own.filter(\.summaryGiven)
        var rows = [OverviewRow(kind: .heading(.sectionOwnReferrals), cases: [], scale: 0)]
        rows.append(OverviewRow(kind: .count(.figureReferred, own.count), cases: own.map(\.caseNumber), scale: own.count))
        rows.append(OverviewRow(kind: .count(.figurePickedUp, picked.count), cases: picked.map(\.caseNumber), scale: own.count))
        rows.append(OverviewRow(kind: .count(.figureClosed, closed.count), cases: closed.map(\.caseNumber), scale: own.count))
        rows.append(OverviewRow(kind: .share(.figureAnswered, answered.count, of: closed.count), cases: answered.map(\.caseNumber), scale: 0))
        if !own.isEmpty { rows.append(OverviewRow(kind: .heading(.sectionEachReferral), cases: [], scale: 0)) }
        rows += own.map { OverviewRow(kind: .referral($0), cases: [$0.caseNumber], scale: 0) }
        return rows
    }

    /// Flags per day of a month, or per week of a longer period.
    static func trend(_ cases: [Case], _ p: ReportPeriod) -> [Int] {
        let bucket: Double = p.kind == .month ? 86_400 : 7 * 86_400
        let count = max(1, Int((p.end.timeIntervalSince(p.start) / bucket).rounded(.up)))
        var values = Array(repeating: 0, count: count)
        for c in cases {
            for f in c.flags where p.contains(f.at) {
                values[min(count - 1, Int(f.at.timeIntervalSince(p.start) / bucket))] += 1
            }
        }
        return values
    }
}
