import Foundation

/// A new school year in one batch: the year and its semesters, every class one grade up (or
/// the new roster), the top grade graduating, and the new homerooms and caseloads.
public struct YearPlan: Sendable, Equatable {
    public struct Group: Sendable, Equatable {
        public var from: String
        public var to: String?
        public var count: Int
    }

    public var year: SchoolYear
    /// Class moves, grouped `from → to` (one line per class, not per student).
    public var promoted: [Group] = []
    public var graduated: [Group] = []
    /// New students (by class), and those who left otherwise.
    public var intake: [Group] = []
    public var leavers: [Student] = []
    /// The sync behind a `--roster` year start, for its uncertain rows.
    public var sync: SyncPlan?
    /// Homerooms and caseload classes that point at a class with no students after the change.
    public var staleHomerooms: [(login: String, className: String)] = []
    public var staleCaseloads: [(login: String, className: String)] = []
    public var assignments: [Staff] = []
    /// The classes the new year has (one spelling each).
    public var classes: [String] = []
    public var events: [EventPayload] = []

    public static func == (a: YearPlan, b: YearPlan) -> Bool { a.events == b.events && a.year == b.year }
}

public enum YearStart {
    /// The day graduates leave: the last day of the current year, or the day before the new one.
    public static func graduationDay(_ school: School, _ year: SchoolYear) -> String {
        if let current = school.year { return current.ends }
        guard let d = ISODate.parse(year.starts) else { return year.starts }
        return String(ISODate.format(d.addingTimeInterval(-86_400)).prefix(10))
    }

    /// Every class one grade up in the school's own spelling; grades 6, 9 and 12 graduate.
    public static func promote(_ school: School, to year: SchoolYear, assignments: [Staff] = []) -> YearPlan {
        let day = graduationDay(school, year)
        var events: [EventPayload] = [.yearStarted(year)]
        for s in school.students.values.filter(\.isActive).sorted(by: { $0.id < $1.id }) {
            if let g = s.grade, [6, 9, 12].contains(g) {
                events.append(.studentLeft(StudentLeft(id: s.id, departure: StudentDeparture(reason: .lulus, on: day))))
            } else if let next = ClassName.promoted(s.className) {
                var moved = s
                moved.className = next
                events.append(.studentChanged(moved))
            }
        }
        return finish(YearPlan(year: year), events, school, assignments)
    }

    /// The new year from the new export: matched as an import is, those of a final grade who
    /// are not in it graduate, others missing leave only with `missingLeft`.
    public static func fromRoster(_ entries: [RosterEntry], _ school: School, to year: SchoolYear,
                                  missingLeft: LeaveReason? = nil, assignments: [Staff] = []) -> YearPlan {
        let sync = RosterSync.plan(entries, school: school, missingLeft: missingLeft, graduating: true,
                                   on: graduationDay(school, year))
        var plan = YearPlan(year: year)
        plan.sync = sync
        return finish(plan, [.yearStarted(year)] + sync.events, school, assignments)
    }

    private static func finish(_ plan: YearPlan, _ studentEvents: [EventPayload], _ school: School, _ assignments: [Staff]) -> YearPlan {
        var plan = plan
        var after = school
        var moves: [String: [String: Int]] = [:], grads: [String: Int] = [:], intake: [String: Int] = [:]
        for e in studentEvents {
            switch e {
            case .studentChanged(let s):
                if let before = school.students[s.id], !ClassName.same(before.className, s.className) {
                    moves[before.className, default: [:]][s.className, default: 0] += 1
                }
                after.students[s.id] = s
            case .studentLeft(let l):
                guard let s = school.students[l.id] else { continue }
                var gone = s
                gone.left = l.departure
                if l.departure.reason == .lulus { grads[s.className, default: 0] += 1 } else { plan.leavers.append(gone) }
                after.students[l.id]?.left = l.departure
            case .studentAdded(let s):
                intake[s.className, default: 0] += 1
                after.students[s.id] = s
            case .studentReturned(let r):
                after.students[r.id]?.left = nil
                after.students[r.id]?.className = r.className
            default: break
            }
        }
        plan.promoted = moves.flatMap { from, tos in tos.map { YearPlan.Group(from: from, to: $0.key, count: $0.value) } }
            .sorted { ($0.from, $0.to ?? "") < ($1.from, $1.to ?? "") }
        plan.graduated = grads.map { YearPlan.Group(from: $0.key, to: nil, count: $0.value) }.sorted { $0.from < $1.from }
        plan.intake = intake.map { YearPlan.Group(from: $0.key, to: nil, count: $0.value) }.sorted { $0.from < $1.from }
        // The new homerooms and caseloads, as the assignments give them.
        var staffEvents: [EventPayload] = []
        for var person in assignments {
            guard let old = school.staff[person.login] else { staffEvents.append(.staffChanged(person)); continue }
            person.pinHash = old.pinHash
            person.left = old.left
            if person != old {
                staffEvents.append(.staffChanged(person))
                plan.assignments.append(person)
                after.staff[person.login] = person
            }
        }
        let active = after.students.values.filter(\.isActive)
        let inUse = Set(active.compactMap { ClassName($0.className)?.key })
        var spelled: [String: String] = [:]
        for s in active { if let k = ClassName(s.className)?.key, spelled[k] == nil || s.className < spelled[k]! { spelled[k] = s.className } }
        plan.classes = spelled.sorted { (ClassName($0.value)?.grade ?? 0, $0.key) < (ClassName($1.value)?.grade ?? 0, $1.key) }.map(\.value)
        for p in after.staff.values.filter(\.isActive).sorted(by: { $0.login < $1.login }) {
            if let h = p.homeroom, let c = ClassName(h), !inUse.contains(c.key) { plan.staleHomerooms.append((p.login, h)) }
            for entry in p.caseload {
                if let c = ClassName(entry), !c.section.isEmpty, !inUse.contains(c.key) { plan.staleCaseloads.append((p.login, entry)) }
            }
        }
        plan.events = studentEvents + staffEvents
        return plan
    }

    /// Reads `login;homeroom;caseload` lines (caseload classes or grades separated by spaces;
    /// `#` starts a comment; an empty homeroom means none) into changed staff records.
    public static func assignments(_ text: String, school: School) -> (staff: [Staff], problems: [(line: Int, error: DomainError)]) {
        var out: [Staff] = [], problems: [(Int, DomainError)] = []
        for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            if line.isEmpty || line.hasPrefix("#") || line.lowercased().hasPrefix("login;") { continue }
            let cells = line.split(separator: ";", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard var person = school.staff[cells[0]] else { problems.append((i + 1, DomainError(.notFound, .noSuchStaff(cells[0])))); continue }
            let homeroom = cells.count > 1 ? cells[1] : ""
            person.homeroom = homeroom.isEmpty ? nil : homeroom
            if person.homeroom != nil && !person.has(.homeroomTeacher) { person.roles = (person.roles + [.homeroomTeacher]).sorted() }
            if cells.count > 2 { person.caseload = cells[2].split(separator: " ").map(String.init) }
            do throws(DomainError) {
                if let h = person.homeroom { try Validation.className(h) }
                for c in person.caseload where ClassName(c) == nil { throw DomainError(.invalid, .badClass(c)) }
                out.append(person)
            } catch {
                problems.append((i + 1, error))
            }
        }
        return (out, problems)
    }

    /// The template for `assignments`: every homeroom teacher and counsellor with what they have
    /// now, and the classes the new year will have.
    public static func template(_ school: School, classes: [String]) -> String {
        var lines = ["# login;homeroom;caseload (classes or grades, separated by spaces; empty homeroom = none)",
                     "# classes in the new year: " + classes.joined(separator: ", ")]
        for p in school.staff.values.filter({ $0.isActive && ($0.has(.homeroomTeacher) || $0.isCounsellor) }).sorted(by: { $0.login < $1.login }) {
            lines.append("\(p.login);\(p.homeroom ?? "");\(p.caseload.joined(separator: " "))")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
