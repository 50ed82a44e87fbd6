import Foundation

/// A member of staff, identified by their Unix login.
public struct Staff: Codable, Sendable, Equatable, Hashable {
    public var login: String
    public var name: String
    public var roles: [Role]
    public var subjects: [String]
    /// The class this person is homeroom teacher (wali kelas) of.
    public var homeroom: String?
    /// Classes or grades (`VIII`, `IX-A`) whose unclaimed cases this counsellor watches.
    public var caseload: [String]
    /// A salted slow hash of the PIN, never the PIN itself.
    public var pinHash: String?
    /// The civil-servant number (NIP, 18 digits) for reports; absent in older journals.
    public var nip: String?
    /// Set when the person left the school: their access ended, their history stays theirs.
    public var left: StaffDeparture?

    public init(login: String, name: String, roles: [Role], subjects: [String] = [],
                homeroom: String? = nil, caseload: [String] = [], pinHash: String? = nil,
                nip: String? = nil, left: StaffDeparture? = nil) {
        self.login = login
        self.name = name
        self.roles = roles.sorted()
        self.subjects = subjects
        self.homeroom = homeroom
        self.caseload = caseload
        self.pinHash = pinHash
        self.nip = nip
        self.left = left
    }

    /// Whether the person still works here (their access has not ended).
    public var isActive: Bool { left == nil }

    public func has(_ role: Role) -> Bool { roles.contains(role) }
    public var isCounsellor: Bool { has(.counsellor) }

    /// Whether a class such as `VIII-B` falls in this counsellor's caseload.
    public func caseloadCovers(_ className: String) -> Bool {
        caseload.isEmpty || caseload.contains { ClassName.covers($0, className) }
    }

    /// The role shown next to the name, the most senior first.
    public var primaryRole: Role {
        for role in [Role.principal, .viceStudentAffairs, .counsellor, .homeroomTeacher, .subjectTeacher, .admin]
        where has(role) { return role }
        return .subjectTeacher
    }
}

/// A student of the school.
public struct Student: Codable, Sendable, Equatable, Hashable {
    public var id: String
    public var nisn: String?
    public var name: String
    public var className: String
    public var gender: Gender?
    /// The school's own student number (NIPD/NIS), kept as text.
    public var nipd: String?
    /// `YYYY-MM-DD`, as Dapodik writes it.
    public var birthDate: String?
    /// Set when the student left (graduated, moved school, dropped out); they stay in the record.
    public var left: StudentDeparture?

    public init(id: String, nisn: String?, name: String, className: String, gender: Gender? = nil,
                nipd: String? = nil, birthDate: String? = nil, left: StudentDeparture? = nil) {
        self.id = id
        self.nisn = nisn
        self.name = name
        self.className = className
        self.gender = gender
        self.nipd = nipd
        self.birthDate = birthDate
        self.left = left
    }

    public var isActive: Bool { left == nil }

    /// The grade read from the class name (7 for `Kelas 7A` and `VII-A`).
    public var grade: Int? { ClassName(className)?.grade }
}
