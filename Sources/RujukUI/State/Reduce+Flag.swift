import Foundation
import RujukDomain

extension AppState {
    /// Students matching the flag form's search, best first.
    public var flagCandidates: [Student] { flagSearch.listed }

    /// The students listed for the flag form's search (eight rows: seven and a line saying how
    /// many more match, when more do), and how many more.
    var flagSearch: (listed: [Student], more: Int) {
        if flag.suggested, let id = flag.studentID, let s = school.students[id] { return ([s], 0) }
        let found = school.searchStudents(flag.query)
        return found.count <= 8 ? (found, 0) : (Array(found.prefix(7)), found.count - 7)
    }

    /// The open case the flag will join, when this person may see it. A case they may not
    /// see is never revealed: the form then says only that a case BK has open is joined.
    public var flagJoins: Case? {
        flag.studentID.flatMap { school.openCase(ofStudent: $0, seenBy: actor) }
    }

    /// Whether this person sees every open case, so "a new case" is certain.
    var seesEveryCase: Bool { actor.isCounsellor || actor.has(.viceStudentAffairs) || actor.has(.principal) }
}

/// The flag form: `n`, a name, `Enter`, the text, `Ctrl-S`.
func flagFormKey(_ state: inout AppState, _ key: Key) -> [Effect] {
    if state.mode == .confirmDiscardFlag {
        if key == .char("y") { state.flag = FlagDraft(); state.mode = .browse }
        else { state.mode = .flagForm }
        return []
    }
    // A line from before (a refusal, a case that left the list) gives way to the form's keys.
    state.status = nil
    switch key {
    case .escape:
        state.mode = state.flag.hasText ? .confirmDiscardFlag : .browse
        return []
    case .ctrl("s"):
        return submitFlag(&state)
    case .ctrl("t"):
        // What I saw, for BK only: the writer keeps reading it, everyone else on the case sees that it exists.
        state.flag.visibility = state.flag.visibility == .bkOnly ? nil : .bkOnly
        return []
    case .tab, .backTab:
        let order = FlagDraft.Field.order
        let step = key == .tab ? 1 : order.count - 1
        state.flag.field = order[((order.firstIndex(of: state.flag.field) ?? 0) + step) % order.count]
        return []
    default: break
    }
    switch state.flag.field {
    case .student:
        if state.flag.suggested, key != .enter {
            // A student suggested from pane 1 is replaced by what is typed, or cleared by Backspace.
            switch key {
            case .char, .backspace, .ctrl("u"):
                state.flag.suggested = false
                state.flag.studentID = nil
                state.flag.query = ""
                state.flag.highlighted = 0
                if case .char(let ch) = key { state.flag.query.append(ch) }
                return []
            default: break
            }
        }
        let candidates = state.flagCandidates
        switch key {
        case .down: state.flag.highlighted = min(state.flag.highlighted + 1, max(0, candidates.count - 1))
        case .up: state.flag.highlighted = max(state.flag.highlighted - 1, 0)
        case .enter:
            // Nothing typed is nobody chosen: Enter had flagged the first student of the list.
            guard !state.flag.query.trimmingCharacters(in: .whitespaces).isEmpty || state.flag.studentID != nil else {
                state.status = state.catalog.t(.chooseStudentFirst)
                return []
            }
            guard candidates.indices.contains(state.flag.highlighted) else {
                state.status = state.catalog.t(.noStudentMatches)
                return []
            }
            let s = candidates[state.flag.highlighted]
            state.flag.studentID = s.id
            state.flag.query = s.name
            state.flag.suggested = false
            state.flag.field = .saw
        default:
            if edit(&state.flag.query, key) {
                state.flag.studentID = nil
                state.flag.highlighted = 0
            }
        }
    case .saw: if key == .enter { state.flag.field = .tried } else { _ = edit(&state.flag.saw, key) }
    case .tried: if key == .enter { state.flag.field = .area } else { _ = edit(&state.flag.tried, key) }
    case .concern:
        if key == .right || key == .char(" ") || key == .left {
            // The chosen area's concerns (and one typed elsewhere, kept as it was).
            let listed = Concern.common(in: state.flag.area)
            let all = listed.contains(state.flag.concern) ? listed : [state.flag.concern] + listed
            let step = key == .left ? all.count - 1 : 1
            state.flag.concern = all[((all.firstIndex(of: state.flag.concern) ?? 0) + step) % all.count]
        }
    case .area:
        if key == .right || key == .char(" ") || key == .left {
            let all = Area.allCases
            let step = key == .left ? all.count - 1 : 1
            state.flag.area = all[(all.firstIndex(of: state.flag.area)! + step) % all.count]
            // The concern follows the area: a listed concern of another area gives way to the first of this one's.
            if let area = Concern.area(of: state.flag.concern), area != state.flag.area {
                state.flag.concern = Concern.common(in: state.flag.area)[0]
            }
        }
    case .urgency:
        if key == .right || key == .char(" ") || key == .left {
            let all = Urgency.allCases
            let step = key == .left ? all.count - 1 : 1
            state.flag.urgency = all[(all.firstIndex(of: state.flag.urgency)! + step) % all.count]
        }
    case .parents:
        if key == .char(" ") || key == .right || key == .left { state.flag.parentsInformed.toggle() }
    }
    return []
}

private func submitFlag(_ state: inout AppState) -> [Effect] {
    guard let id = state.flag.studentID else {
        state.status = state.catalog.t(.chooseStudentFirst)
        state.flag.field = .student
        return []
    }
    guard !state.flag.saw.trimmingCharacters(in: .whitespaces).isEmpty else {
        state.status = state.catalog.t(.writeWhatYouSaw)
        state.flag.field = .saw
        return []
    }
    let d = state.flag
    let flag = Flag(by: state.actor.login, subject: state.actor.subjects.first, saw: d.saw,
                    tried: d.tried.isEmpty ? nil : d.tried, parentsInformed: d.parentsInformed, at: state.now,
                    visibility: d.visibility)
    state.flag = FlagDraft()
    state.mode = .browse
    state.focus = .queue
    return [.flag(studentID: id, flag: flag, area: d.area, concern: d.concern, urgency: d.urgency)]
}
