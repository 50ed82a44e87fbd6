import Foundation
import RujukDomain

/// The whole interface's behaviour: state in, state out, effects for the run loop.
public func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
    switch action {
    case .resized(let w, let h):
        state.width = w
        state.height = h
        return []
    case .clockTicked(let now):
        state.now = now
        state.lockIfIdle()
        return []
    case .unlocked:
        state.lock = nil
        state.guardian.lastInput = state.now
        state.status = nil
        return state.selectedCase.map { [.loadThread($0.number)] } ?? []
    case .unlockRefused(let why):
        state.lock?.checking = false
        state.lock?.problem = why
        if why == .unknownLogin || why == .noPINYet { state.lock?.field = .login }
        return []
    case .schoolChanged(let school):
        let number = state.selectedCase?.number
        state.school = school
        // The roster is live: a new homeroom or role counts at once; a person who left is signed out.
        if let me = school.staff[state.actor.login] {
            if me != state.actor { state.actor = me }
            if !me.isActive {
                // On the staffroom's shared terminal the next colleague signs in; elsewhere the session ends.
                if state.guardian.sharedTerminal {
                    if state.lock == nil { state.lock(.start) }
                    return []
                }
                state.status = state.catalog.denial(.accessEnded)
                state.shouldQuit = true
                return [.quit]
            }
        }
        if let number, let i = state.queue.firstIndex(where: { $0.number == number }) { state.selected = i }
        state.clampSelection()
        // Behind the lock nothing is read (and no opening of confidential text recorded).
        guard state.lock == nil else { return [] }
        return state.selectedCase.map { [.loadThread($0.number)] } ?? []
    case .threadLoaded(let c):
        state.thread = c
        if let c, c.isClosed, c.summary != nil, c.referrers.contains(state.actor.login) { state.summariesShown.insert(c.number) }
        return []
    case .threadNotice(let notice):
        state.threadNotice = notice
        return []
    case .recordLoaded(let studentID, let entries):
        guard state.recordStudentID == studentID else { return [] }
        state.record = entries
        return []
    case .appendFailed(let message):
        state.status = message
        // A refused form stays open with everything typed, so it can be corrected.
        state.form?.sent = false
        return []
    case .appendSucceeded(let events):
        for event in events {
            switch event.payload {
            case .caseOpened(let o): state.status = state.catalog.t(.statusCaseOpened, "\(o.number)"); state.select(o.number)
            case .flagAdded(let n, _): state.status = state.catalog.t(.statusFlagAdded, "\(n)"); state.select(n)
            case .pickedUp(let n): state.status = state.catalog.t(.statusPickedUp, "\(n)")
            case .messagePosted: state.status = state.catalog.t(.statusSent)
            case .closed(let n, _, _): state.status = state.catalog.t(.statusClosed, "\(n)")
            case .assigned(let n, let to): state.status = state.catalog.t(.statusAssigned, "\(n)", state.school.displayName(to))
            case .planItemDone(let n, _): state.status = state.catalog.t(.statusDone, "\(n)")
            default:
                if let n = event.payload.caseNumber { state.status = state.catalog.t(.statusRecorded, "\(n)") }
            }
        }
        if state.mode == .form, state.form?.sent == true {
            state.form = nil
            state.mode = .browse
        }
        return state.selectedCase.map { [.loadThread($0.number)] } ?? []
    case .keyPressed(let key):
        if key == .ctrl("c") { state.shouldQuit = true; return [.quit] }
        state.guardian.lastInput = state.now
        if state.lock != nil { return lockKey(&state, key) }
        if AppState.isPanicKey(key) {
            state.lock(.panic)
            return []
        }
        switch state.mode {
        case .browse: return browse(&state, key)
        case .compose: return composeKey(&state, key)
        case .flagForm, .confirmDiscardFlag: return flagFormKey(&state, key)
        case .help, .caseView, .record: return overlayKey(&state, key)
        case .form: return formKey(&state, key)
        case .myActions: return myActionsKey(&state, key)
        case .filter: return filterKey(&state, key)
        case .assignPicker: return assignKey(&state, key)
        case .closeOutcome, .closeSummary: return closeKey(&state, key)
        }
    }
}

extension AppState {
    mutating func clampSelection() {
        selected = max(0, min(selected, queue.count - 1))
        selectedStudent = max(0, min(selectedStudent, flaggedStudents.count - 1))
    }

    /// Selects a case by number, widening the queue if it is filtered out.
    public mutating func select(_ number: Int) {
        if queue.firstIndex(where: { $0.number == number }) == nil { filter = .concerningMe; filterText = "" }
        if let i = queue.firstIndex(where: { $0.number == number }) { selected = i }
        threadScroll = 0
    }

    /// Counsellors who may be assigned a case.
    var counsellors: [Staff] { school.staff.values.filter(\.isCounsellor).sorted { $0.login < $1.login } }
}

private func browse(_ state: inout AppState, _ key: Key) -> [Effect] {
    state.status = nil
    switch key {
    case .char("1"): state.focus = .students; return []
    case .char("2"): state.focus = .queue; return []
    case .char("3"): state.focus = .thread; return []
    default: break
    }
    guard let b = binding(for: key, in: state) else { return [] }
    if let reason = b.disabledReason {
        state.status = reason
        return []
    }
    let before = state.selectedCase?.number
    switch b.command {
    case .quit:
        // On a shared account q signs out (drafts stay in memory); Ctrl-C ends the program.
        if state.guardian.sharedTerminal { state.lock(.start); return [] }
        state.shouldQuit = true
        return [.quit]
    case .nextPane: state.focus = Pane(rawValue: (state.focus.rawValue + 1) % 3)!
    case .previousPane: state.focus = Pane(rawValue: (state.focus.rawValue + 2) % 3)!
    case .down: move(&state, 1)
    case .up: move(&state, -1)
    case .pageDown: move(&state, 10)
    case .pageUp: move(&state, -10)
    case .top: move(&state, -1_000_000)
    case .bottom: move(&state, 1_000_000)
    case .open: state.mode = .caseView; state.overlayScroll = 0
    case .myActions: state.mode = .myActions; state.picker = 0
    case .plan, .service, .evaluate, .level, .conference, .visit:
        let kinds: [Command: FormKind] = [.plan: .plan, .service: .service, .evaluate: .review, .level: .level,
                                          .conference: .conference, .visit: .visit]
        state.form = state.openForm(kinds[b.command]!, for: state.selectedCase!)
        state.mode = .form
    case .record:
        let id = state.selectedCase!.studentID
        state.recordStudentID = id
        state.record = nil
        state.overlayScroll = 0
        state.mode = .record
        return [.loadRecord(studentID: id)]
    case .help: state.mode = .help; state.overlayScroll = 0
    case .filter: state.mode = .filter
    case .redraw: break
    case .lock: state.lock(.panic)
    case .switchQueue:
        let order: [QueueFilter] = [.concerningMe, .unclaimed, .mine, .all]
        state.filter = order[((order.firstIndex(of: state.filter) ?? 0) + 1) % order.count]
        state.selected = 0
    case .flag:
        state.flag = FlagDraft()
        if state.focus == .students, state.flaggedStudents.indices.contains(state.selectedStudent) {
            let s = state.flaggedStudents[state.selectedStudent].0
            state.flag.studentID = s.id
            state.flag.query = s.name
            state.flag.field = .saw
        }
        state.mode = .flagForm
    case .pickUp:
        return [.append([Event(at: state.now, actor: state.actor.login, payload: .pickedUp(number: state.selectedCase!.number))])]
    case .assign:
        state.picker = 0
        state.mode = .assignPicker(state.selectedCase!.number)
    case .reply:
        state.mode = .compose
        state.focus = .thread
    case .close:
        state.mode = .closeOutcome
    }
    state.clampSelection()
    if let now = state.selectedCase?.number, now != before { return [.loadThread(now)] }
    return []
}

private func move(_ state: inout AppState, _ delta: Int) {
    switch state.focus {
    case .queue:
        state.selected += delta
        state.threadScroll = 0
    case .students:
        state.selectedStudent = max(0, min(state.selectedStudent + delta, state.flaggedStudents.count - 1))
        if state.flaggedStudents.indices.contains(state.selectedStudent) {
            state.select(state.flaggedStudents[state.selectedStudent].1.number)
        }
    case .thread:
        state.threadScroll = max(0, state.threadScroll + delta)
    }
    state.clampSelection()
}

/// Edits a one-line text with printable characters and Backspace; true when the key was used.
func edit(_ text: inout String, _ key: Key) -> Bool {
    switch key {
    case .char(let ch): text.append(ch); return true
    case .backspace: if !text.isEmpty { text.removeLast() }; return true
    case .ctrl("u"): text = ""; return true
    default: return false
    }
}

private func composeKey(_ state: inout AppState, _ key: Key) -> [Effect] {
    guard let c = state.selectedCase else { state.mode = .browse; return [] }
    switch key {
    case .escape:
        state.mode = .browse
    case .altEnter:
        state.compose.text.append("\n")
    case .ctrl("t"):
        guard state.actor.isCounsellor else {
            state.status = state.catalog.t(.onlyCounsellorConfidential)
            return []
        }
        let tiers = Visibility.allCases
        state.compose.visibility = tiers[(tiers.firstIndex(of: state.compose.visibility)! + 1) % tiers.count]
    case .enter:
        let text = state.compose.text
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            state.status = state.catalog.t(.messageEmpty)
            return []
        }
        if let denial = state.school.denial(state.actor, .reply(state.compose.visibility), on: c) {
            state.status = state.catalog.denial(denial)
            return []
        }
        let visibility = state.compose.visibility
        state.compose = ComposeDraft()
        state.mode = .browse
        return [.append([Event(at: state.now, actor: state.actor.login, payload: .messagePosted(
            EntryText(number: c.number, visibility: visibility, text: text)))])]
    default:
        _ = edit(&state.compose.text, key)
    }
    return []
}

private func filterKey(_ state: inout AppState, _ key: Key) -> [Effect] {
    switch key {
    case .escape: state.filterText = ""; state.mode = .browse
    case .enter: state.mode = .browse
    default: _ = edit(&state.filterText, key)
    }
    state.selected = 0
    return state.selectedCase.map { [.loadThread($0.number)] } ?? []
}

private func assignKey(_ state: inout AppState, _ key: Key) -> [Effect] {
    guard case .assignPicker(let number) = state.mode else { return [] }
    let people = state.counsellors
    switch key {
    case .escape: state.mode = .browse
    case .down, .char("j"): state.picker = min(state.picker + 1, people.count - 1)
    case .up, .char("k"): state.picker = max(state.picker - 1, 0)
    case .enter:
        state.mode = .browse
        guard people.indices.contains(state.picker) else { return [] }
        return [.append([Event(at: state.now, actor: state.actor.login, payload: .assigned(number: number, to: people[state.picker].login))])]
    default: break
    }
    return []
}

private func closeKey(_ state: inout AppState, _ key: Key) -> [Effect] {
    if key == .escape { state.mode = .browse; return [] }
    switch state.mode {
    case .closeOutcome:
        if case .char(let ch) = key, let i = Int(String(ch)), (1...Outcome.allCases.count).contains(i) {
            state.summary = ""
            state.mode = .closeSummary(Outcome.allCases[i - 1])
        }
    case .closeSummary(let outcome):
        if key == .enter || key == .ctrl("s"), let c = state.selectedCase {
            state.mode = .browse
            let summary = state.summary.trimmingCharacters(in: .whitespaces)
            return [.append([Event(at: state.now, actor: state.actor.login, payload: .closed(
                number: c.number, outcome: outcome, summary: summary.isEmpty ? nil : summary))])]
        }
        _ = edit(&state.summary, key)
    default: break
    }
    return []
}
