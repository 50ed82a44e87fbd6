import Foundation
import RujukDomain

/// Computes a report from the whole school (history loaded) for one period, scope and view.
/// Pure: the same school, period and moment give the same figures.
public struct ReportBuilder {
    public let school: School
    public let period: ReportPeriod
    public let scope: ReportScope
    public let view: ReportView
    /// The reader of an `ownReferrals` view.
    public let reader: String?
    public let now: Date

    /// The moment the period's state is read at: its end, or now while it is running.
    var cutoff: Date { min(period.end, now) }

    /// Active students by class name as written.
    let classes: [String: [Student]]
    /// Cases in the scope.
    let scopedCases: [Case]

    public init(school: School, period: ReportPeriod, scope: ReportScope, view: ReportView, reader: String? = nil, now: Date) {
        self.school = school
        self.period = period
        self.scope = scope
        self.view = view
        self.reader = reader
        self.now = now
        var classes: [String: [Student]] = [:]
        for s in school.students.values where s.isActive { classes[s.className, default: []].append(s) }
        self.classes = classes
        let all = school.cases.values.sorted { $0.number < $1.number }
        switch scope {
        case .school: scopedCases = all
        case .counsellor(let login): scopedCases = all.filter { $0.assignee == login }
        case .classroom(let name):
            scopedCases = all.filter { c in school.students[c.studentID].map { ClassName.same($0.className, name) } ?? false }
        }
    }

    /// The report as this view may have it.
    public func build() -> Report {
        var r = Report(period: period, scope: scope, view: view, school: school.name, isEmpty: false,
                       namesStudents: view == .counsellorOwn)
        r.principal = school.staff.values.filter { $0.isActive && $0.has(.principal) }.min { $0.login < $1.login }.map(person)
        r.kop = school.settings
        r.madeOn = DayInput.format(now, timeZone: TimeZone(identifier: period.timeZone) ?? TimeZone(secondsFromGMT: 7 * 3600)!)
        if view == .ownReferrals, let reader { r.reader = school.staff[reader].map(person) }
        if case .counsellor(let login) = scope, let c = school.staff[login] {
            r.counsellor = person(c)
            if let key = period.narrativeKey, view == .full || view == .counsellorOwn {
                let texts = school.narrative(of: login, period: key)
                r.narrative = NarrativeSection.allCases.compactMap { s in texts[s].map { NarrativeText(section: s, text: $0) } }
            }
            var count = GenderCount()
            for s in school.students.values where s.isActive && c.caseloadCovers(s.className) { count.add(s.gender) }
            r.caseloadStudents = count
        }
        if view == .ownReferrals {
            r.ownReferrals = ownReferrals()
            r.isEmpty = r.ownReferrals?.isEmpty ?? true
            return r
        }
        let activities = activities(in: period)
        let active = activeCases(in: period)
        let flags = flagCount(in: period)
        r.isEmpty = activities.isEmpty && active.isEmpty && flags == 0
        r.services = serviceRows(activities)
        r.classes = classRows(activities)
        r.areas = areaRows(in: period)
        if view != .schoolSummary { r.followUp = followUp(active) }
        r.coordination = coordination()
        r.programme = programme()
        if period.kind == .semester || period.kind == .schoolYear {
            r.months = period.months.compactMap { period.month($0) }.map(monthFigures)
        }
        return r
    }

    func person(_ s: Staff) -> ReportPerson {
        ReportPerson(login: s.login, name: s.name, nip: s.nip, classes: s.caseload)
    }

    /// The activities in the scope on days of the period.
    func activities(in p: ReportPeriod) -> [Activity] {
        let source: [Case]
        switch scope {
        case .school, .classroom: source = scopedCases
        // A counsellor's services are theirs on any case, held by them or not.
        case .counsellor: source = school.cases.values.sorted { $0.number < $1.number }
        }
        var out: [Activity] = []
        for c in source {
            for a in Activity.all(of: c) where p.contains(a.day) {
                if case .counsellor(let login) = scope, a.by != login { continue }
                out.append(a)
            }
        }
        return out
    }

    /// Cases open at some moment of the period.
    func activeCases(in p: ReportPeriod) -> [Case] {
        scopedCases.filter { c in c.openedAt < p.end && (c.closedAt.map { $0 >= p.start } ?? true) }
    }

    func flagCount(in p: ReportPeriod) -> Int {
        scopedCases.reduce(0) { $0 + $1.flags.filter { p.contains($0.at) }.count }
    }

    func className(_ studentID: String) -> String { school.students[studentID]?.className ?? "?" }

    /// `AR-17`: the student's initials (at most three) and the case number.
    static func code(_ name: String, case number: Int) -> String {
        // Letters only: a name that begins with a control or a direction mark gives no initial of it.
        let initials = name.split(whereSeparator: { $0 == " " || $0 == "." }).compactMap { $0.first(where: \.isLetter) }.prefix(3)
        return String(initials).uppercased() + "-\(number)"
    }
}
