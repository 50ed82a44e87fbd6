import Foundation

/// One person of the Dapodik staff export (GTK), read and checked cell by cell.
public struct StaffEntry: Sendable, Equatable {
    public var line: Int
    public var name: String
    public var nip: String?
    /// A Unix login, when the school added a `login` column; without one a new person is only listed.
    public var login: String?
    /// Roles read from `Jenis PTK` and `Tugas Tambahan`.
    public var roles: [Role]

    public init(line: Int, name: String, nip: String? = nil, login: String? = nil, roles: [Role] = []) {
        self.line = line
        self.name = name
        self.nip = nip
        self.login = login
        self.roles = roles
    }

    /// `Guru BK` → counsellor, `Kepala Sekolah` → principal, a vice principal for student
    /// affairs, any other teacher → subject teacher; staff who do not teach get no role.
    public static func roles(jenisPTK: String?, tugasTambahan: String?) -> [Role] {
        let jenis = (jenisPTK ?? "").lowercased(), tugas = (tugasTambahan ?? "").lowercased()
        var roles: Set<Role> = []
        if jenis.contains("bk") || jenis.contains("bimbingan") || jenis.contains("konselor") { roles.insert(.counsellor) }
        else if jenis.contains("guru") { roles.insert(.subjectTeacher) }
        if jenis.contains("kepala sekolah") || tugas.contains("kepala sekolah") && !tugas.contains("wakil") { roles.insert(.principal) }
        if tugas.contains("kesiswaan") { roles.insert(.viceStudentAffairs) }
        return roles.sorted()
    }
}

/// What a staff file would change: NIPs filled in for the people already on the staff list
/// (matched by NIP, then by name), new people added where the file gives their login, and
/// the others listed with the command that adds them.
public struct StaffPlan: Sendable, Equatable {
    public var updated: [Staff] = []
    public var added: [Staff] = []
    public var unknown: [StaffEntry] = []
    public var events: [EventPayload] = []
}

public enum StaffSync {
    public static func plan(_ entries: [StaffEntry], school: School) -> StaffPlan {
        var plan = StaffPlan()
        let active = school.staff.values.filter(\.isActive).sorted { $0.login < $1.login }
        for e in entries {
            let byNIP = e.nip.flatMap { nip in active.first { $0.nip == nip } }
            let byLogin = e.login.flatMap { school.staff[$0] }
            // Dapodik writes degrees after the name (`Sari Wulandari, S.Pd.`): compare what comes before.
            let bare = School.fold(String(e.name.split(separator: ",").first ?? ""))
            let byName = active.filter { School.fold(String($0.name.split(separator: ",").first ?? "")) == bare }
            if var person = byNIP ?? byLogin ?? (byName.count == 1 ? byName[0] : nil) {
                if let nip = e.nip, person.nip != nip {
                    person.nip = nip
                    plan.updated.append(person)
                    plan.events.append(.staffChanged(person))
                }
            } else if let login = e.login {
                let person = Staff(login: login, name: e.name, roles: e.roles.isEmpty ? [.subjectTeacher] : e.roles, nip: e.nip)
                plan.added.append(person)
                plan.events.append(.staffAdded(person))
            } else {
                plan.unknown.append(e)
            }
        }
        return plan
    }
}
