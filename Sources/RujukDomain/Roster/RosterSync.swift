import Foundation

/// What a roster file would change, worked out before anything is written: the new students,
/// moves, corrections, returns, those missing from the file, and the rows that match no one
/// for certain (listed, never applied). `events` are the changes, in order, as one batch.
public struct SyncPlan: Sendable, Equatable {
    public struct Change: Sendable, Equatable {
        public var before: Student
        public var after: Student
        /// `name`, `nisn`, `nipd`, `gender`, `birthDate`, `class` (a new spelling of the same class).
        public var fields: [String]
    }

    public struct Uncertain: Sendable, Equatable {
        public enum Reason: Sendable, Equatable {
            /// The NISN names one student, the NIPD another.
            case idsDisagree(byNISN: Student, byNIPD: Student)
            /// Matched by NIPD or by name and birth date, but the store has another NISN.
            case otherNISN(Student)
            /// The same name, without a birth date on both sides to tell.
            case sameNameOnly([Student])
            /// The same student as an earlier line.
            case sameAsLine(Int, Student)
        }
        public var entry: RosterEntry
        public var reason: Reason
    }

    public var added: [Student] = []
    public var moved: [Change] = []
    public var corrected: [Change] = []
    public var returned: [Student] = []
    /// Students on the roster who are not in the file (they are marked as left only when asked).
    public var missing: [Student] = []
    public var markedLeft: LeaveReason?
    public var uncertain: [Uncertain] = []
    public var unchanged = 0
    public var events: [EventPayload] = []
    /// For each event, the file line it comes from (0 for a student missing from the file).
    public var lines: [Int] = []

    public var changesSomething: Bool { !events.isEmpty }
    /// Only new students: what a plain import always did, safe to apply without asking.
    public var onlyAdds: Bool { moved.isEmpty && corrected.isEmpty && returned.isEmpty && markedLeft == nil }
}

public enum RosterSync {
    /// Matches every entry to a student by NISN, then NIPD, then name and birth date, and
    /// plans the changes. `missingLeft` marks students absent from the file as left on `day`;
    /// `graduating` marks instead those of a final grade (6, 9, 12) as `lulus` (a year start).
    public static func plan(_ entries: [RosterEntry], school: School, missingLeft: LeaveReason? = nil,
                            graduating: Bool = false, on day: String) -> SyncPlan {
        var plan = SyncPlan()
        let all = school.students.values.sorted { $0.id < $1.id }
        var byNISN: [String: Student] = [:], byNIPD: [String: Student] = [:], byName: [String: [Student]] = [:]
        for s in all {
            if let n = s.nisn { byNISN[n] = s }
            if let n = s.nipd { byNIPD[n] = s }
            byName[School.fold(s.name), default: []].append(s)
        }
        var claimed: [String: Int] = [:]
        /// Students an uncertain line may mean, with that line: no other line changes them.
        var held: [String: Int] = [:]
        var nextID = (school.students.keys.compactMap { Int($0.dropFirst()) }.max() ?? 0) + 1

        for entry in entries {
            func unsure(_ reason: SyncPlan.Uncertain.Reason) { plan.uncertain.append(.init(entry: entry, reason: reason)) }
            let a = entry.nisn.flatMap { byNISN[$0] }, b = entry.nipd.flatMap { byNIPD[$0] }
            var match: Student?
            if let a, let b, a.id != b.id {
                unsure(.idsDisagree(byNISN: a, byNIPD: b)); held[a.id] = entry.line; held[b.id] = entry.line; continue
            } else if let a {
                match = a
            } else if let b {
                match = b
            } else {
                let namesakes = byName[School.fold(entry.name)] ?? []
                // Two records with birth dates that differ are two people.
                let possible = namesakes.filter { $0.birthDate == nil || entry.birthDate == nil || $0.birthDate == entry.birthDate }
                let exact = possible.filter { $0.birthDate != nil && $0.birthDate == entry.birthDate }
                if exact.count == 1 {
                    match = exact[0]
                } else if !possible.isEmpty {
                    unsure(.sameNameOnly(possible)); for s in possible { held[s.id] = entry.line }; continue
                }
            }
            guard let before = match else {
                let s = Student(id: String(format: "s%04d", nextID), nisn: entry.nisn, name: entry.name,
                                className: entry.className, gender: entry.gender, nipd: entry.nipd, birthDate: entry.birthDate)
                nextID += 1
                plan.added.append(s)
                plan.events.append(.studentAdded(s)); plan.lines.append(entry.line)
                continue
            }
            if let first = claimed[before.id] ?? held[before.id] { unsure(.sameAsLine(first, before)); continue }
            claimed[before.id] = entry.line
            if let stored = before.nisn, let given = entry.nisn, stored != given {
                unsure(.otherNISN(before)); held[before.id] = entry.line; continue
            }
            var after = before
            var fields: [String] = []
            if entry.name != before.name { after.name = entry.name; fields.append("name") }
            if let n = entry.nisn, n != before.nisn { after.nisn = n; fields.append("nisn") }
            if let n = entry.nipd, n != before.nipd { after.nipd = n; fields.append("nipd") }
            if let g = entry.gender, g != before.gender { after.gender = g; fields.append("gender") }
            if let d = entry.birthDate, d != before.birthDate { after.birthDate = d; fields.append("birthDate") }
            let moves = !ClassName.same(entry.className, before.className)
            if entry.className != before.className {
                after.className = entry.className
                if !moves { fields.append("class") }
            }
            if before.left != nil {
                plan.returned.append(after)
                plan.events.append(.studentReturned(StudentReturned(id: before.id, className: entry.className)))
                plan.lines.append(entry.line)
            } else if moves {
                plan.moved.append(.init(before: before, after: after, fields: fields))
            }
            if !fields.isEmpty { plan.corrected.append(.init(before: before, after: after, fields: fields)) }
            if after != before {
                var changed = after
                changed.left = nil
                plan.events.append(.studentChanged(changed)); plan.lines.append(entry.line)
            } else if before.left == nil {
                plan.unchanged += 1
            }
        }
        plan.missing = all.filter { $0.isActive && claimed[$0.id] == nil && held[$0.id] == nil }
        for s in plan.missing {
            let reason: LeaveReason?
            if graduating, let g = s.grade, [6, 9, 12].contains(g) { reason = .lulus } else { reason = missingLeft }
            guard let reason else { continue }
            plan.markedLeft = plan.markedLeft ?? reason
            plan.events.append(.studentLeft(StudentLeft(id: s.id, departure: StudentDeparture(reason: reason, on: day))))
            plan.lines.append(0)
        }
        return plan
    }
}
