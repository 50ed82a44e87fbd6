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

    public init(login: String, name: String, roles: [Role], subjects: [String] = [],
                homeroom: String? = nil, caseload: [String] = [], pinHash: String? = nil) {
        self.login = login
        self.name = name
        self.roles = roles.sorted()
        self.subjects = subjects
        self.homeroom = homeroom
        self.caseload = caseload
        self.pinHash = pinHash
    }

    public func has(_ role: Role) -> Bool { roles.contains(role) }
    public var isCounsellor: Bool { has(.counsellor) }

    /// Whether a class such as `VIII-B` falls in this counsellor's caseload.
    public func caseloadCovers(_ className: String) -> Bool {
        caseload.isEmpty || caseload.contains { className == $0 || className.hasPrefix($0 + "-") }
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

    public init(id: String, nisn: String?, name: String, className: String, gender: Gender? = nil) {
        self.id = id
        self.nisn = nisn
        self.name = name
        self.className = className
        self.gender = gender
    }
}
