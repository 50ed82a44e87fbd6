import Foundation

// The roster's rules: students and staff through the year. Every rule lives here, in the
// domain's `validate`, so a writer behind any boundary enforces the same ones.
extension School {
    /// The fields of a student record, whoever writes it: name, class with a grade, NISN and
    /// NIPD unique, birth date as a day, and no second record of the same person.
    func validateStudentFields(_ s: Student) throws(DomainError) {
        if s.name.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { throw .invalid(.emptyStudentName) }
        try Validation.className(s.className)
        if let nisn = s.nisn { try Validation.nisn(nisn) }
        if let nipd = s.nipd, nipd.trimmingCharacters(in: .whitespaces).isEmpty || nipd.count > 20 { throw .invalid(.badNIPD(nipd)) }
        if let day = s.birthDate { try Validation.day(day) }
        guard s.nisn != nil || s.nipd != nil || s.birthDate != nil else { return }
        // A move or a correction that leaves the identifiers alone cannot make a duplicate
        // (a year start moves thousands of students in one batch).
        if let old = students[s.id], old.nisn == s.nisn, old.nipd == s.nipd, old.birthDate == s.birthDate,
           s.birthDate == nil || Self.fold(old.name) == Self.fold(s.name) { return }
        // Only those who share a number or the birth date: an index lookup, not a pass over the roster.
        var name: String?
        for other in possibleDuplicates(of: s) where other.id != s.id {
            if let nisn = s.nisn, other.nisn == nisn { throw .invalid(.nisnExists(nisn)) }
            if let nipd = s.nipd, other.nipd == nipd { throw .invalid(.nipdExists(nipd, other.name)) }
            if let day = s.birthDate, other.birthDate == day {
                if name == nil { name = Self.fold(s.name) }
                if Self.fold(other.name) == name { throw .invalid(.sameStudentExists(other.name, day, other.className)) }
            }
        }
    }

    func validateStaffFields(_ p: Staff) throws(DomainError) {
        if p.roles.isEmpty { throw .invalid(.noRoles(p.login)) }
        if let homeroom = p.homeroom { try Validation.className(homeroom) }
        for entry in p.caseload where ClassName(entry) == nil { throw .invalid(.badClass(entry)) }
        if let nip = p.nip { try Validation.nip(nip) }
    }

    /// A class name as this school already writes that class: typed `kelas 8b` or `8B` where
    /// VIII-B has students, it is `VIII-B` (the spelling most of its students have), so one
    /// class is never listed, counted and reported as two. Otherwise as typed, trimmed.
    public func classSpelling(_ typed: String) -> String {
        let trimmed = typed.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let key = ClassName(trimmed)?.key else { return trimmed }
        var counts: [String: Int] = [:]
        for s in students.values where s.left == nil && ClassName(s.className)?.key == key {
            counts[s.className, default: 0] += 1
        }
        return counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? trimmed
    }

    /// The lowest and highest grades of this school's classes (its active students'), when
    /// `className` is of none of them: typed "10A" in an SMP, a student would sit in a class no
    /// counsellor watches and that no report of the school's classes expects. Nil when the
    /// class is of one of its grades, or the school has no students yet.
    public func gradesWithout(_ className: String) -> (lowest: Int, highest: Int)? {
        guard let grade = ClassName(className)?.grade else { return nil }
        let grades = Set(students.values.lazy.filter { $0.left == nil }.compactMap { ClassName($0.className)?.grade })
        guard let lowest = grades.min(), let highest = grades.max(), !(lowest...highest).contains(grade) else { return nil }
        return (lowest, highest)
    }

    /// The active homeroom teacher of `className` other than `login`, if the class has one: a
    /// class has one homeroom teacher, who alone reads what is written for "the homeroom teacher
    /// and BK" on its students' cases (a second one would read it too).
    public func homeroomTeacher(of className: String, besides login: String) -> Staff? {
        staff.values.filter { $0.login != login && $0.isActive && $0.has(.homeroomTeacher) && $0.homeroom.map { ClassName.same($0, className) } == true }
            .min { $0.login < $1.login }
    }

    /// Active admins other than `login`.
    private func otherAdmins(than login: String) -> Int {
        staff.values.filter { $0.login != login && $0.isActive && $0.has(.admin) }.count
    }

    /// Open cases assigned to a person, and open plan actions they own, by case number.
    public func handover(of login: String) -> (cases: [Int], actions: [Int]) {
        let open = cases.values.filter { !$0.isClosed }
        let held = open.filter { $0.assignee == login }.map(\.number).sorted()
        let owned = open.filter { $0.plan.contains { $0.owner == login && !$0.done } }.map(\.number).sorted()
        return (held, owned)
    }

    func validateRoster(_ payload: EventPayload, by actor: Staff) throws(DomainError) {
        switch payload {
        case .studentChanged(let s):
            guard students[s.id] != nil else { throw .notFound(.noSuchStudentID(s.id)) }
            try validateStudentFields(s)
        case .studentLeft(let e):
            guard let s = students[e.id] else { throw .notFound(.noSuchStudentID(e.id)) }
            if let left = s.left { throw .invalid(.studentAlreadyLeft(s.name, left.on)) }
            try Validation.day(e.departure.on)
        case .studentReturned(let e):
            guard let s = students[e.id] else { throw .notFound(.noSuchStudentID(e.id)) }
            if s.left == nil { throw .invalid(.studentNotLeft(s.name)) }
            try Validation.className(e.className)
        case .staffChanged(let p):
            guard let old = staff[p.login] else { throw .notFound(.noSuchStaff(p.login)) }
            if !old.isActive { throw .invalid(.staffHasLeft(old.name)) }
            if p.name.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { throw .invalid(.emptyName) }
            try validateStaffFields(p)
            if old.has(.admin) && !p.has(.admin) && otherAdmins(than: p.login) == 0 { throw .invalid(.lastAdmin(old.name)) }
            // A counsellor who still holds open cases keeps the role until they are handed over.
            let held = handover(of: p.login).cases
            if old.isCounsellor && !p.isCounsellor && !held.isEmpty {
                throw .invalid(.stillHoldsCases(old.name, held.map { "#\($0)" }.joined(separator: ", ")))
            }
        case .staffLeft(let e):
            guard let person = staff[e.login] else { throw .notFound(.noSuchStaff(e.login)) }
            if !person.isActive { throw .invalid(.staffHasLeft(person.name)) }
            if person.has(.admin) && otherAdmins(than: e.login) == 0 { throw .invalid(.lastAdmin(person.name)) }
            let (held, owned) = handover(of: e.login)
            guard let to = e.handoverTo else {
                if held.isEmpty && owned.isEmpty { return }
                throw .invalid(.handoverNeeded(person.name, "\(held.count)", "\(owned.count)"))
            }
            guard let receiver = staff[to] else { throw .notFound(.noSuchStaff(to)) }
            if !receiver.isActive || to == e.login { throw .invalid(.staffHasLeft(receiver.name)) }
            if !held.isEmpty && !receiver.isCounsellor { throw .invalid(.notACounsellor(receiver.name)) }
            for number in owned {
                guard let c = cases[number] else { continue }
                if !canSee(receiver, c) || receiver.roles == [.admin] {
                    throw .invalid(.ownerNotOnCase(receiver.name, "\(number)"))
                }
            }
        case .yearStarted(let y):
            guard let first = SchoolYear.firstYear(of: y.name) else { throw .invalid(.badYear(y.name)) }
            for day in [y.starts, y.secondSemesterStarts, y.ends] { try Validation.day(day) }
            guard y.starts < y.secondSemesterStarts, y.secondSemesterStarts < y.ends else { throw .invalid(.yearDatesOrder(y.name)) }
            if let current = year, let now = SchoolYear.firstYear(of: current.name), first <= now {
                throw .invalid(.yearNotAfter(y.name, current.name))
            }
        default:
            break
        }
    }

    /// Folds a roster change (already validated, or already in the journal).
    mutating func foldRoster(_ event: Event) {
        switch event.payload {
        case .studentChanged(var s):
            s.left = students[s.id]?.left
            indexStudentsIfNeeded()
            if let old = students[s.id] { studentIndex.replace(old, with: s) } else { studentIndex.insert(s) }
            students[s.id] = s
        case .studentLeft(let e):
            students[e.id]?.left = e.departure
        case .studentReturned(let e):
            students[e.id]?.left = nil
            students[e.id]?.className = e.className
        case .staffChanged(var p):
            if let old = staff[p.login] {
                p.pinHash = old.pinHash
                p.left = old.left
            }
            staff[p.login] = p
        case .staffLeft(let e):
            staff[e.login]?.left = StaffDeparture(on: event.at, handoverTo: e.handoverTo)
            staff[e.login]?.homeroom = nil
            guard let to = e.handoverTo else { return }
            var handed: [Int] = []
            defer { staff[e.login]?.left?.cases = handed.sorted() }
            for number in cases.keys {
                guard var c = cases[number], !c.isClosed else { continue }
                var changed = false
                if c.assignee == e.login { c.assignee = to; changed = true }
                for i in c.plan.indices where c.plan[i].owner == e.login && !c.plan[i].done {
                    c.plan[i].owner = to
                    changed = true
                }
                if changed {
                    c.version = event.seq
                    cases[number] = c
                    handed.append(number)
                }
            }
        case .yearStarted(let y):
            year = y
        default:
            break
        }
    }
}
