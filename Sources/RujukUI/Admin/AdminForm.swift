import Foundation
import RujukDomain

/// A form of the admin's screen: which change, its fields, where the cursor is. Each turns
/// into the one event the matching command appends (`students set`, `students leave`,
/// `students back`, `staff set`, `staff leave`), or, for an import, into a file to read.
public struct AdminForm: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case editStudent(id: String)
        case studentLeaves(id: String)
        case studentBack(id: String)
        case editStaff(login: String)
        case staffLeaves(login: String)
        case importStudents
    }

    /// Every field an admin form has; the catalog names each.
    public enum Field: String, Sendable, CaseIterable {
        case name, className, reason, date, destination
        case roleSubjectTeacher, roleHomeroomTeacher, roleCounsellor, roleVice, rolePrincipal, roleAdmin
        case homeroom, caseload, handoverTo, file, missing
    }

    /// A field and what is in it.
    public struct Entry: Sendable, Equatable {
        public var id: Field
        public var value: FormField.Value
    }

    public var kind: Kind
    public var fields: [Entry]
    public var focus = 0
    /// Esc was pressed with something changed: the next key decides.
    public var confirmingDiscard = false
    /// Sent to the store (or the file to the reader): the form closes when it answers.
    public var sent = false
    let initial: [FormField.Value]

    init(_ kind: Kind, _ fields: [(Field, FormField.Value)]) {
        self.kind = kind
        self.fields = fields.map { Entry(id: $0.0, value: $0.1) }
        initial = fields.map(\.1)
    }

    public var isChanged: Bool { fields.map(\.value) != initial }

    public func text(_ id: Field) -> String {
        guard let f = fields.first(where: { $0.id == id }), case .text(let s) = f.value else { return "" }
        return s.trimmingCharacters(in: .whitespaces)
    }

    public func choice(_ id: Field) -> FormOption? {
        guard let f = fields.first(where: { $0.id == id }), case .choice(let options, let i) = f.value,
              options.indices.contains(i) else { return nil }
        return options[i]
    }

    mutating func set(_ id: Field, _ value: FormField.Value) {
        if let i = fields.firstIndex(where: { $0.id == id }) { fields[i].value = value }
    }

    static let roleFields: [(Field, Role)] = [
        (.roleSubjectTeacher, .subjectTeacher), (.roleHomeroomTeacher, .homeroomTeacher), (.roleCounsellor, .counsellor),
        (.roleVice, .viceStudentAffairs), (.rolePrincipal, .principal), (.roleAdmin, .admin),
    ]

    static func yesNo(_ on: Bool) -> FormField.Value { .choice([.yesNo(false), .yesNo(true)], on ? 1 : 0) }

    // MARK: opening

    static func editStudent(_ s: Student) -> AdminForm {
        AdminForm(.editStudent(id: s.id), [(.name, .text(s.name)), (.className, .text(s.className))])
    }

    /// Offered first: graduated for a student in a school's last grade (VI, IX, XII), else moved
    /// school, the usual way a student leaves mid-way (a Ctrl-S at once records no graduation
    /// of a pupil in grade VII).
    static func studentLeaves(_ s: Student, today: String) -> AdminForm {
        let lastGrade = ClassName(s.className).map { [6, 9, 12].contains($0.grade) } ?? false
        let first = LeaveReason.allCases.firstIndex(of: lastGrade ? .lulus : .mutasi) ?? 0
        return AdminForm(.studentLeaves(id: s.id), [(.reason, .choice(LeaveReason.allCases.map(FormOption.leaveReason), first)),
                                                   (.date, .text(today)), (.destination, .text(""))])
    }

    /// Back into the class they left from unless told otherwise.
    static func studentBack(_ s: Student) -> AdminForm {
        AdminForm(.studentBack(id: s.id), [(.className, .text(s.className))])
    }

    static func editStaff(_ p: Staff) -> AdminForm {
        AdminForm(.editStaff(login: p.login), [(.name, .text(p.name))] + roleFields.map { ($0.0, yesNo(p.has($0.1))) }
                  + [(.homeroom, .text(p.homeroom ?? "")), (.caseload, .text(p.caseload.joined(separator: " ")))])
    }

    /// Who may take over: active colleagues, counsellors first (they take the open cases).
    static func staffLeaves(_ p: Staff, school: School) -> AdminForm {
        let (held, owned) = school.handover(of: p.login)
        // Only those the domain would accept: a counsellor for held cases, someone on each case for actions.
        let others = school.staff.values.filter { q in
            q.isActive && q.login != p.login && q.roles != [.admin] && (held.isEmpty || q.isCounsellor)
                && owned.allSatisfy { n in school.cases[n].map { school.canSee(q, $0) } ?? true }
        }.sorted { ($0.isCounsellor ? 0 : 1, $0.name) < ($1.isCounsellor ? 0 : 1, $1.name) }
        let needs = !(held.isEmpty && owned.isEmpty)
        return AdminForm(.staffLeaves(login: p.login), [(.handoverTo, .choice((needs ? [] : [FormOption.none]) + others.map { .person($0.login) }, 0))])
    }

    /// The day starts as today's date, written out (a word would be English in Indonesian).
    static func importStudents(today: String) -> AdminForm {
        AdminForm(.importStudents, [(.file, .text("")), (.missing, .choice([FormOption.none] + LeaveReason.allCases.map(FormOption.leaveReason), 0)), (.date, .text(today))])
    }

    // MARK: submitting

    /// What submitting asks for: events to append, a file to read and plan, or why not yet.
    public enum Outcome: Sendable, Equatable {
        case events([Event])
        case readImport(path: String, missingLeft: LeaveReason?, on: String)
        case problem(Problem)
    }

    /// Why a form cannot be sent yet; `field` is where the person goes to mend it.
    public enum Problem: Sendable, Equatable {
        case goneMeanwhile, nothingChanged
        case needed(Field), badDay(Field), needsARole(Field)
        /// The class has another homeroom teacher (class, their name).
        case homeroomTaken(String, String)
        /// A class of a grade the school does not have (class, its lowest and highest grades).
        case classOutsideGrades(String, Int, Int)
        /// A caseload typed for someone who is not a counsellor.
        case caseloadNotCounsellor

        public var field: Field? {
            switch self {
            case .goneMeanwhile, .nothingChanged: nil
            case .homeroomTaken: .homeroom
            case .classOutsideGrades: .className
            case .caseloadNotCounsellor: .caseload
            case .needed(let f), .badDay(let f), .needsARole(let f): f
            }
        }
    }

    func submit(_ school: School, actor: String, now: Date, timeZone: TimeZone) -> Outcome {
        func event(_ p: EventPayload) -> Outcome { .events([Event(at: now, actor: actor, payload: p)]) }
        func day(_ f: Field) -> String? {
            DayInput.parse(text(f), now: now, timeZone: timeZone).map { DayInput.format($0, timeZone: timeZone) }
        }
        switch kind {
        case .editStudent(let id):
            guard var s = school.students[id] else { return .problem(.goneMeanwhile) }
            if text(.name).isEmpty { return .problem(.needed(.name)) }
            if text(.className).isEmpty { return .problem(.needed(.className)) }
            let before = s
            if ClassName(text(.className))?.grade != ClassName(before.className)?.grade, let g = school.gradesWithout(text(.className)) {
                return .problem(.classOutsideGrades(text(.className), g.lowest, g.highest))
            }
            s.name = text(.name)
            s.className = school.classSpelling(text(.className))
            return s == before ? .problem(.nothingChanged) : event(.studentChanged(s))
        case .studentLeaves(let id):
            guard school.students[id] != nil, let reason = choice(.reason)?.leaveReason else { return .problem(.goneMeanwhile) }
            guard let on = day(.date) else { return .problem(.badDay(.date)) }
            let to = text(.destination)
            return event(.studentLeft(StudentLeft(id: id, departure: StudentDeparture(reason: reason, on: on, destination: to.isEmpty ? nil : to))))
        case .studentBack(let id):
            guard school.students[id] != nil else { return .problem(.goneMeanwhile) }
            if text(.className).isEmpty { return .problem(.needed(.className)) }
            if let g = school.gradesWithout(text(.className)) { return .problem(.classOutsideGrades(text(.className), g.lowest, g.highest)) }
            return event(.studentReturned(StudentReturned(id: id, className: school.classSpelling(text(.className)))))
        case .editStaff(let login):
            guard var p = school.staff[login] else { return .problem(.goneMeanwhile) }
            if text(.name).isEmpty { return .problem(.needed(.name)) }
            let before = p
            p.name = text(.name)
            p.roles = Self.roleFields.filter { choice($0.0)?.yes == true }.map(\.1).sorted()
            p.homeroom = text(.homeroom).isEmpty ? nil : school.classSpelling(text(.homeroom))
            if before.has(.homeroomTeacher) && !p.has(.homeroomTeacher) {
                // The role taken away: no longer anyone's homeroom teacher (the class is cleared,
                // not the role given back for it).
                p.homeroom = nil
            } else if p.homeroom != nil && !p.has(.homeroomTeacher) {
                // A homeroom makes a homeroom teacher, as `staff set --homeroom` does.
                p.roles = (p.roles + [.homeroomTeacher]).sorted()
            }
            // A homeroom teacher without the class would see no class as theirs: the class is asked for.
            if p.has(.homeroomTeacher) && p.homeroom == nil { return .problem(.needed(.homeroom)) }
            if let h = p.homeroom, h != before.homeroom, let other = school.homeroomTeacher(of: h, besides: login) {
                return .problem(.homeroomTaken(h, other.name))
            }
            p.caseload = text(.caseload).split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
            if p.roles.isEmpty { return .problem(.needsARole(.roleSubjectTeacher)) }
            // A caseload is the classes a counsellor watches: the role taken away ends it; typed
            // for someone who is not one, it would say they watch classes they never see.
            if !p.isCounsellor && !p.caseload.isEmpty {
                if before.isCounsellor || p.caseload == before.caseload { p.caseload = [] } else { return .problem(.caseloadNotCounsellor) }
            }
            return p == before ? .problem(.nothingChanged) : event(.staffChanged(p))
        case .staffLeaves(let login):
            guard school.staff[login] != nil else { return .problem(.goneMeanwhile) }
            return event(.staffLeft(StaffLeft(login: login, handoverTo: choice(.handoverTo)?.person)))
        case .importStudents:
            if text(.file).isEmpty { return .problem(.needed(.file)) }
            guard let on = day(.date) else { return .problem(.badDay(.date)) }
            return .readImport(path: text(.file), missingLeft: choice(.missing)?.leaveReason, on: on)
        }
    }
}
