import Foundation
import RujukDomain

extension ReportBuilder {
    /// The students an activity reached: its case's student, or the whole class for a
    /// classical session.
    func reached(_ a: Activity) -> [String] {
        guard a.format == .classical, let student = school.students[a.studentID] else { return [a.studentID] }
        let mates = classes[student.className]?.map(\.id) ?? []
        return mates.isEmpty ? [a.studentID] : mates
    }

    func genders(_ ids: Set<String>) -> GenderCount {
        var count = GenderCount()
        for id in ids { count.add(school.students[id]?.gender) }
        return count
    }

    /// Tabel 1: every service type, grouped by component, with the zero rows a printed form has.
    func serviceRows(_ activities: [Activity]) -> [ServiceRow] {
        var rows: [ServiceRow] = []
        for component in ServiceComponent.allCases {
            for type in component.types {
                let mine = activities.filter { $0.type == type }
                let students = Set(mine.flatMap(reached))
                let areas = Set(mine.map(\.area))
                rows.append(ServiceRow(component: component, type: type, areas: Area.allCases.filter(areas.contains),
                                       count: mine.count, minutes: mine.reduce(0) { $0 + $1.minutes },
                                       students: genders(students), classes: Set(mine.map { className($0.studentID) }).sorted()))
            }
        }
        return rows
    }

    /// The classes a scope's Tabel 2 lists: the counsellor's caseload, the one class, or every
    /// class; and any class where something was given.
    func scopeClasses(_ activities: [Activity]) -> [String] {
        var names = Set(activities.map { className($0.studentID) })
        switch scope {
        case .school: names.formUnion(classes.keys)
        case .counsellor(let login):
            if let c = school.staff[login] { names.formUnion(classes.keys.filter { c.caseloadCovers($0) }) }
        case .classroom(let name): names.formUnion(classes.keys.filter { ClassName.same($0, name) })
        }
        return names.sorted(by: ClassName.precedes)
    }

    /// Tabel 2: per class.
    func classRows(_ activities: [Activity]) -> [ClassRow] {
        let byClass = Dictionary(grouping: activities) { className($0.studentID) }
        return scopeClasses(activities).map { name in
            let mine = byClass[name] ?? []
            let students = classes[name] ?? []
            var gender = GenderCount()
            for s in students { gender.add(s.gender) }
            func unique(_ keep: (Activity) -> Bool) -> Int { Set(mine.filter(keep).map(\.studentID)).count }
            let served = unique { $0.format != .classical }
            return ClassRow(className: name, students: gender,
                            classical: mine.filter { $0.format == .classical }.count,
                            groupSessions: mine.filter { $0.format == .group }.count,
                            groupStudents: unique { $0.format == .group },
                            individualCounselling: unique { $0.type == .konselingPerorangan },
                            groupCounselling: unique { $0.type == .konselingKelompok },
                            consultations: mine.filter { $0.type == .konsultasi }.count,
                            homeVisits: mine.filter { $0.type == .kunjunganRumah }.count,
                            served: served, share: students.isEmpty ? 0 : Double(served) / Double(students.count))
        }
    }

    /// One column of the semester report.
    func monthFigures(_ p: ReportPeriod) -> MonthFigures {
        let activities = activities(in: p)
        let areas = areaRows(in: p)
        return MonthFigures(month: String(p.firstDay.prefix(7)),
                            services: ServiceType.allCases.map { t in activities.filter { $0.type == t }.count },
                            students: Set(activities.flatMap(reached)).count,
                            newCases: Area.allCases.map { a in areas.first { $0.area == a }?.new ?? 0 },
                            // Every closing of the month, whatever its outcome (Tabel 3 counts those
                            // referred onward apart): the row says "semua hasil".
                            closed: activeCases(in: p).filter { $0.closedAt.map(p.contains) ?? false }.count, flags: flagCount(in: p))
    }
}
