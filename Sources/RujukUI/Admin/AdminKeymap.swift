import Foundation
import RujukDomain

/// What a key does on the admin's screen.
public enum AdminCommand: Sendable, CaseIterable {
    case nextPane, previousPane, down, up, top, bottom, pageDown, pageUp
    case open, edit, leave, back, importStudents, help, quit, redraw
}

/// A key of the admin's screen with its help text and, when it cannot act now, why.
public struct AdminBinding: Sendable, Equatable {
    public var keys: [Key]
    public var label: String
    public var command: AdminCommand
    public var help: String
    public var disabledReason: String?
}

/// The one table of the admin's keys: it drives the reducer, the hint bar and the help.
public func adminKeymap(for state: AppState) -> [AdminBinding] {
    let t = state.catalog
    let pane = state.admin.focus
    let student = pane == .students ? state.adminStudent : nil
    let person = pane == .staff ? state.adminStaff : nil
    let roster = state.school.denial(state.actor, .manageRoster, on: nil).map(t.denial)
    let chooseFirst = t.t(.adminChooseFirst)
    func needs(_ ok: Bool, _ why: String) -> String? { roster ?? (ok ? nil : why) }
    let editReason = needs(student != nil || (person != nil && person!.isActive), person?.isActive == false ? t.t(.adminStaffLeft) : chooseFirst)
    let leaveReason: String?
    if let student { leaveReason = needs(student.isActive, t.t(.adminAlreadyLeft(Sanitizer.line(student.name)))) }
    else if let person { leaveReason = needs(person.isActive && person.login != state.actor.login, person.isActive ? t.t(.adminNotYourself) : t.t(.adminStaffLeft)) }
    else { leaveReason = needs(false, chooseFirst) }
    let backReason = needs(student?.isActive == false, student == nil ? t.t(.adminChooseStudent) : t.t(.adminNotLeft(Sanitizer.line(student!.name))))
    return [
        AdminBinding(keys: [.char("e")], label: "e", command: .edit, help: t.t(.adminHelpEdit), disabledReason: editReason),
        AdminBinding(keys: [.char("l")], label: "l", command: .leave, help: t.t(.adminHelpLeave), disabledReason: leaveReason),
        AdminBinding(keys: [.char("b")], label: "b", command: .back, help: t.t(.adminHelpBack), disabledReason: backReason),
        AdminBinding(keys: [.char("i")], label: "i", command: .importStudents, help: t.t(.adminHelpImport), disabledReason: roster),
        AdminBinding(keys: [.enter], label: "Enter", command: .open, help: t.t(.adminHelpOpen), disabledReason: nil),
        AdminBinding(keys: [.char("?")], label: "?", command: .help, help: t.t(.helpHelp), disabledReason: nil),
        AdminBinding(keys: [.char("q"), .ctrl("c")], label: "q", command: .quit,
                     help: t.t(state.guardian.sharedTerminal ? .helpSignOut : .helpQuit), disabledReason: nil),
        AdminBinding(keys: [.tab], label: "Tab", command: .nextPane, help: t.t(.helpNextPane), disabledReason: nil),
        AdminBinding(keys: [.backTab], label: "S-Tab", command: .previousPane, help: t.t(.helpPreviousPane), disabledReason: nil),
        AdminBinding(keys: [.char("j"), .down], label: "j/↓", command: .down, help: t.t(.helpDown), disabledReason: nil),
        AdminBinding(keys: [.char("k"), .up], label: "k/↑", command: .up, help: t.t(.helpUp), disabledReason: nil),
        AdminBinding(keys: [.char("g"), .home], label: "g", command: .top, help: t.t(.helpTop), disabledReason: nil),
        AdminBinding(keys: [.char("G"), .end], label: "G", command: .bottom, help: t.t(.helpBottom), disabledReason: nil),
        AdminBinding(keys: [.pageDown], label: "PgDn", command: .pageDown, help: t.t(.helpPageDown), disabledReason: nil),
        AdminBinding(keys: [.pageUp], label: "PgUp", command: .pageUp, help: t.t(.helpPageUp), disabledReason: nil),
        AdminBinding(keys: [.ctrl("l")], label: "C-l", command: .redraw, help: t.t(.helpRedraw), disabledReason: nil),
    ]
}
