import Foundation
import RujukDomain

/// The admin's own screen (issue 14, item 6): the roster by class, the students of the
/// selected class, and the staff; every change starts from here as a form whose events are
/// the same validated ones the commands append. The admin works no cases.
public struct AdminScreen: Sendable, Equatable {
    public enum Pane: Int, Sendable, CaseIterable { case classes, students, staff }

    public var focus = Pane.classes
    public var selectedClass = 0
    public var selectedStudent = 0
    public var selectedStaff = 0
    /// The form being filled in (edit, leave, back, staff, import), if any.
    public var form: AdminForm?
    /// An import read and planned, shown before it is applied with `y`.
    public var preview: ImportPreview?
    /// The help overlay of this screen.
    public var help = false
    public var scroll = 0
    public init() {}
}

/// What an import would change, as the run loop planned it against the roster it read.
public struct ImportPreview: Sendable, Equatable {
    public var file: String
    public var plan: SyncPlan
    /// Sent to the store: `y` again does nothing until it answers.
    public var sent = false

    public init(file: String, plan: SyncPlan) {
        self.file = file
        self.plan = plan
    }
}

extension AppState {
    /// The admin's screen replaces the case panes for a person whose only role is admin:
    /// they manage the roster and work no cases.
    public var showsAdminScreen: Bool { actor.roles == [.admin] && actor.isActive }
}
