import Foundation
import RujukDomain

/// The roster as the admin reads it: one row per class with its counts, the students of a
/// class (those still here first, then those who left), and the staff. A pure function of
/// the school, computed when drawn.
public struct RosterOverview: Sendable, Equatable {
    public struct ClassRow: Sendable, Equatable {
        public var name: String
        /// Students still at school, and of them boys (L) and girls (P).
        public var active = 0
        public var boys = 0
        public var girls = 0
        /// Students of this class who left (graduated, moved school, dropped out).
        public var left = 0
    }

    public var classes: [ClassRow]
    public var total: ClassRow
    public var staff: [Staff]

    public init(_ school: School) {
        var rows: [String: ClassRow] = [:]
        var total = ClassRow(name: "")
        for s in school.students.values {
            var row = rows[s.className] ?? ClassRow(name: s.className)
            if s.isActive {
                row.active += 1
                total.active += 1
                if s.gender == .male { row.boys += 1; total.boys += 1 }
                if s.gender == .female { row.girls += 1; total.girls += 1 }
            } else {
                row.left += 1
                total.left += 1
            }
            rows[s.className] = row
        }
        // By grade, then section (VII-A before VII-B before VIII-A); names without a grade last.
        classes = rows.values.sorted { a, b in
            let x = ClassName(a.name), y = ClassName(b.name)
            switch (x, y) {
            case let (x?, y?): return (x.grade, x.section, a.name) < (y.grade, y.section, b.name)
            case (nil, nil): return a.name < b.name
            case (.some, nil): return true
            case (nil, .some): return false
            }
        }
        self.total = total
        // Those still here first, by name; those who left after them.
        staff = school.staff.values.sorted { ($0.isActive ? 0 : 1, $0.name, $0.login) < ($1.isActive ? 0 : 1, $1.name, $1.login) }
    }

    /// The students of a class: those still here by name, then those who left.
    public static func students(of className: String, in school: School) -> [Student] {
        school.students.values.filter { $0.className == className }
            .sorted { ($0.isActive ? 0 : 1, $0.name, $0.id) < ($1.isActive ? 0 : 1, $1.name, $1.id) }
    }
}

extension AppState {
    public var rosterOverview: RosterOverview { RosterOverview(school) }

    /// The class highlighted in the first pane.
    public var adminClass: String? {
        let rows = rosterOverview.classes
        return rows.indices.contains(admin.selectedClass) ? rows[admin.selectedClass].name : nil
    }

    /// The students of the highlighted class.
    public var adminStudents: [Student] {
        adminClass.map { RosterOverview.students(of: $0, in: school) } ?? []
    }

    /// The highlighted student, when the students pane is focused.
    public var adminStudent: Student? {
        let list = adminStudents
        return list.indices.contains(admin.selectedStudent) ? list[admin.selectedStudent] : nil
    }

    /// The highlighted staff member.
    public var adminStaff: Staff? {
        let list = rosterOverview.staff
        return list.indices.contains(admin.selectedStaff) ? list[admin.selectedStaff] : nil
    }
}
