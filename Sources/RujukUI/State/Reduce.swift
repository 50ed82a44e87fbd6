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
    case .landed:
        return state.landOnOverview()
    case .unlockRefused(let why):
        state.lock?.checking = false
        state.lock?.problem = why
        if why == .unknownLogin || why == .noPINYet { state.lock?.field = .login }
        if state.lock?.renewing == true {
            state.lock?.newPIN = ""
            state.lock?.repeatPIN = ""
            state.lock?.field = .newPIN
        }
        return []
    case .unlockNeedsNewPIN(let minimum):
        state.lock?.checking = false
        state.lock?.renewing = true
        state.lock?.field = .newPIN
        state.lock?.problem = nil
        state.lock?.minimumDigits = minimum
        return []
    case .schoolChanged(let school):
        // The store was read whole (a refresh or a write succeeded): no damage to tell of.
        state.damage = nil
        state.pageRequested = false
        // A time zone the admin set counts at once, as a new homeroom does.
        if school.settings.timeZone != nil, school.timeZone != state.timeZone { state.timeZone = school.timeZone }
        // The roster is live: a new homeroom or role counts at once; a person who left is signed out.
        if let me = school.staff[state.actor.login] {
            if me != state.actor { state.actor = me }
            if !me.isActive {
                // On the staffroom's shared terminal the next colleague signs in; elsewhere the session ends.
                state.school = school
                if state.guardian.sharedTerminal {
                    if state.lock == nil { state.lock(.start) }
                    return []
                }
                state.status = state.catalog.denial(.accessEnded)
                state.shouldQuit = true
                return [.quit]
            }
        }
        state.follow(into: school)
        if school.historyLoaded, state.status == state.catalog.r(.loading) { state.status = nil }
        // Behind the lock nothing is read (and no opening of confidential text recorded).
        guard state.lock == nil else { return [] }
        return state.selectedCase.map { [.loadThread($0.number)] } ?? []
    case .threadDwelled:
        return state.markReadIfShown(dwelled: true)
    case .selectionRested:
        guard state.previewPending else { return [] }
        state.previewPending = false
        state.previewHeld = nil
        return state.selectedCase.map { [.loadThread($0.number)] } ?? []
    case .threadLoaded(let c):
        state.thread = c
        guard let c else { return [] }
        if c.isClosed, c.summary != nil, c.referrers.contains(state.actor.login) { state.summariesShown.insert(c.number) }
        return state.markReadIfShown()
    case .threadNotice(let notice):
        state.threadNotice = notice
        return []
    case .recordLoaded(let studentID, let entries):
        guard case .record(studentID, _) = state.mode else { return [] }
        state.mode = .record(studentID: studentID, entries: entries)
        return []
    case .failed(let failure):
        switch failure.kind {
        case .damaged:
            // Every refresh fails the same way until the store is repaired: said once, then
            // kept in the hint bar, not re-said over whatever the person does next.
            if state.damage != failure.sentence { state.status = failure.sentence }
            state.damage = failure.sentence
        case .busy, .refused, .failed:
            state.status = failure.sentence
        }
        // A refused reply or close keeps what was typed: the draft, the summary.
        state.sendingReply = nil
        // A refused form stays open with everything typed, so it can be corrected.
        state.form?.sent = false
        state.adminRefused()
        return []
    case .importPreviewed(let file, let plan):
        state.adminPreviewed(file: file, plan: plan)
        return []
    case .appendSucceeded(let events):
        state.damage = nil
        for event in events {
            switch event.payload {
            case .caseOpened(let o): state.status = state.catalog.t(.statusCaseOpened("\(o.number)")); state.select(o.number)
            case .flagAdded(let n, _): state.status = state.catalog.t(.statusFlagAdded("\(n)")); state.select(n)
            case .pickedUp(let n): state.status = state.catalog.t(.statusPickedUp("\(n)"))
            case .messagePosted(let m):
                state.status = state.catalog.t(.statusSent)
                if state.sendingReply == m.number { state.drafts[m.number] = nil; state.sendingReply = nil }
            case .closed(let n, _, _, _):
                state.status = state.catalog.t(.statusClosed("\(n)"))
                if state.closing == n { state.closing = nil; state.summary = "" }
            case .assigned(let n, let to): state.status = state.catalog.t(.statusAssigned("\(n)", state.school.displayName(to)))
            case .planItemDone(let n, _): state.status = state.catalog.t(.statusDone("\(n)"))
            default:
                if let n = event.payload.caseNumber { state.status = state.catalog.t(.statusRecorded("\(n)")) }
            }
        }
        state.adminAppended(events)
        if state.form?.sent == true {
            if state.form?.kind == .narrative { state.status = state.catalog.r(.narrativeSaved) }
            state.leaveForm()
            if state.mode == .reports { return [] }
        }
        return state.selectedCase.map { [.loadThread($0.number)] } ?? []
    case .keyPressed(let key):
        if key == .ctrl("c") { state.shouldQuit = true; return [.quit] }
        state.guardian.lastInput = state.now
        if case .paste(let text) = key { return pasteKey(&state, text) }
        if state.lock != nil { return lockKey(&state, key) }
        if AppState.isPanicKey(key) {
            state.lock(.panic)
            return []
        }
        if state.showsAdminScreen { return adminKey(&state, key) }
        switch state.mode {
        case .browse: return browse(&state, key)
        case .compose: return composeKey(&state, key)
        case .flagForm, .confirmDiscardFlag: return flagFormKey(&state, key)
        case .help, .caseView, .record(_, _): return overlayKey(&state, key)
        case .reports: return reportsKey(&state, key)
        case .form: return formKey(&state, key)
        case .myActions: return myActionsKey(&state, key)
        case .filter: return filterKey(&state, key)
        case .assignPicker: return assignKey(&state, key)
        case .closeOutcome, .closeSummary, .confirmOutcomeOnly: return closeKey(&state, key)
        }
    }
}

extension AppState {
    /// In the "all" list with closed history still on disk: the next page, once the selection
    /// is within a screen of the end (and none is on its way).
    mutating func nextPageIfNearTheEnd() -> [Effect] {
        guard filter == .all, !school.historyLoaded, !pageRequested, focus == .queue,
              selected >= queue.count - Self.pageMargin else { return [] }
        pageRequested = true
        return [.loadClosedPage]
    }

    /// How near the end of the "all" list the selection comes before the next page is read.
    static let pageMargin = 40

    mutating func clampSelection() {
        selected = max(0, min(selected, queue.count - 1))
        selectedStudent = max(0, min(selectedStudent, flaggedStudents.count - 1))
    }

    /// Takes in a changed school, keeping the selection on the same case (by number) and the
    /// same student; when the selected case left the list, nothing is selected and a line says
    /// where it went.
    mutating func follow(into newSchool: School) {
        let number = selectedCase?.number
        let oldCase = number.flatMap { school.cases[$0] }
        let row = flaggedStudents.indices.contains(selectedStudent) ? flaggedStudents[selectedStudent] : nil
        school = newSchool
        if let row {
            if let i = flaggedStudents.firstIndex(where: { $0.student.id == row.student.id }) {
                selectedStudent = i
            } else if focus == .students && lostCase == nil {
                // The highlighted student left pane 1 (their case closed): no other student
                // takes their place until the person moves.
                lostCase = row.openCase.number
                status = leftListSentence(row.openCase.number, before: row.openCase)
                clampSelection()
                return
            }
        }
        if let number {
            if let i = queue.firstIndex(where: { $0.number == number }) {
                selected = i
            } else {
                lostCase = number
                status = leftListSentence(number, before: oldCase)
            }
        }
        clampSelection()
    }

    /// Where a case went that left the list: picked up by someone, closed, or out of this view.
    func leftListSentence(_ number: Int, before: Case?) -> String {
        let t = catalog
        guard let now = school.cases[number], school.canSee(actor, now) else { return t.t(.caseLeftList("\(number)")) }
        if now.isClosed && before?.isClosed != true { return t.t(.caseLeftClosed("\(number)")) }
        if let who = now.assignee, who != before?.assignee {
            return t.t(.caseLeftToCounsellor("\(number)", school.displayName(who)))
        }
        return t.t(.caseLeftList("\(number)"))
    }

    /// Selects a case by number, widening the queue if it is filtered out.
    public mutating func select(_ number: Int) {
        lostCase = nil
        if let behind = reportCases, !behind.numbers.contains(number) { reportCases = nil }
        if queue.firstIndex(where: { $0.number == number }) == nil { filter = .concerningMe; filterText = "" }
        // A counsellor's own view leaves out colleagues' cases: widen to every case they see.
        if queue.firstIndex(where: { $0.number == number }) == nil { filter = .all }
        if let i = queue.firstIndex(where: { $0.number == number }) { selected = i }
        threadScroll = 0
    }

    /// With pane 1 focused, the case shown and acted on is the highlighted student's.
    mutating func selectHighlightedStudentsCase() {
        guard focus == .students, lostCase == nil, flaggedStudents.indices.contains(selectedStudent) else { return }
        let number = flaggedStudents[selectedStudent].openCase.number
        if selectedCase?.number != number { select(number) }
    }

    /// Counsellors who may be assigned a case.
    var counsellors: [Staff] { school.staff.values.filter(\.isCounsellor).sorted { $0.login < $1.login } }
}

private func browse(_ state: inout AppState, _ key: Key) -> [Effect] {
    state.status = nil
    let before = state.selectedCase?.number
    // The cases behind a report figure: Esc goes back to the reports.
    if key == .escape, state.filterText.isEmpty, state.reportCases != nil {
        state.reportCases = nil
        state.mode = .reports
        return []
    }
    // Esc clears the filter from any pane.
    if key == .escape, !state.filterText.isEmpty {
        state.filterText = ""
        state.lostCase = nil
        if let before, let i = state.queue.firstIndex(where: { $0.number == before }) { state.selected = i } else { state.selected = 0 }
        return state.selectedCase.map { $0.number != before ? [.loadThread($0.number)] : [] } ?? []
    }
    if case .char(let ch) = key, let n = Int(String(ch)), (1...3).contains(n) {
        state.focus = Pane(rawValue: n - 1)!
        state.selectHighlightedStudentsCase()
        return state.selectedCase.map { $0.number != before ? [.loadThread($0.number)] : state.markReadIfShown() } ?? []
    }
    // Pane 1 and the queue agree: keys act on the highlighted student's case.
    state.selectHighlightedStudentsCase()
    let synced = state.selectedCase?.number
    let load: [Effect] = synced != nil && synced != before ? [.loadThread(synced!)] : []
    guard let b = binding(for: key, in: state) else { return load }
    if let reason = b.disabledReason {
        state.status = reason
        return load
    }
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
    case .myActions: state.mode = .myActions(highlighted: 0, askedDone: nil)
    case .plan, .service, .evaluate, .level, .conference, .visit, .reopen, .triage:
        let kinds: [Command: FormKind] = [.plan: .plan, .service: .service, .evaluate: .review, .level: .level,
                                          .conference: .conference, .visit: .visit, .reopen: .reopen, .triage: .triage]
        state.form = state.openForm(kinds[b.command]!, for: state.selectedCase!)
    case .record:
        let id = state.selectedCase!.studentID
        state.overlayScroll = 0
        state.mode = .record(studentID: id, entries: nil)
        return [.loadRecord(studentID: id)]
    case .help: state.mode = .help; state.overlayScroll = 0
    case .filter:
        // `/` starts a new filter; the old one is gone.
        state.filterText = ""
        state.selected = 0
        state.lostCase = nil
        state.mode = .filter
    case .redraw: break
    case .reports: return state.openReports()
    case .lock: state.lock(.panic)
    case .switchQueue:
        state.reportCases = nil
        let order: [QueueFilter] = state.actor.isCounsellor ? [.concerningMe, .unclaimed, .mine, .all] : [.concerningMe, .all]
        state.filter = order[((order.firstIndex(of: state.filter) ?? 0) + 1) % order.count]
        state.selected = 0
        state.lostCase = nil
        // "All" lists closed cases too: those kept out of start-up are read a page at a time,
        // the newest first, and the next as the selection comes near the end of the list.
        if state.filter == .all && !state.school.historyLoaded {
            state.pageRequested = true
            return [.loadClosedPage]
        }
    case .flag:
        state.flag = FlagDraft()
        // The form starts in the student field; pane 1's student is only a suggestion that
        // the first key typed replaces.
        if state.focus == .students, state.flaggedStudents.indices.contains(state.selectedStudent) {
            let s = state.flaggedStudents[state.selectedStudent].student
            state.flag.studentID = s.id
            state.flag.query = s.name
            state.flag.suggested = true
        }
        state.mode = .flagForm
    case .pickUp:
        return [.append([Event(at: state.now, actor: state.actor.login, payload: .pickedUp(number: state.selectedCase!.number))])]
    case .assign:
        // The picker starts on the counsellor who has the case: Enter at once changes nothing.
        let c = state.selectedCase!
        state.mode = .assignPicker(number: c.number, highlighted: state.counsellors.firstIndex { $0.login == c.assignee } ?? 0)
    case .reply:
        guard let number = state.selectedCase?.number else { return [] }
        state.mode = .compose(number: number)
        state.focusBeforeCompose = state.focus
        state.focus = .thread
    case .close:
        // A summary whose close was refused comes back for the same case.
        if state.closing != state.selectedCase?.number { state.summary = "" }
        state.closing = state.selectedCase?.number
        state.mode = .closeOutcome
    }
    state.selectHighlightedStudentsCase()
    state.clampSelection()
    let moved = state.selectedCase?.number
    let page = [.down, .pageDown, .bottom].contains(b.command) ? state.nextPageIfNearTheEnd() : []
    if [.down, .up, .pageDown, .pageUp, .switchQueue].contains(b.command) {
        // Holding j through twenty cases sends twenty highlight moves and one preview; going
        // round the queues with f does not read (and mark read) each list's first case on the way.
        return (moved != nil && moved != before ? state.previewWhenRested(shown: state.previewPending ? state.previewHeld : before) : []) + page
    }
    if state.previewPending {
        // Any other key: the pane shows the selected case now, and its thread comes when the
        // wait the moves started is over.
        state.previewHeld = nil
        return page
    }
    if let moved, moved != before { return [.loadThread(moved)] + page }
    // On a narrow screen the thread is read once its pane or the case view is brought up.
    return state.markReadIfShown() + page
}

private func move(_ state: inout AppState, _ delta: Int) {
    switch state.focus {
    case .queue:
        if state.lostCase != nil {
            // The row where the case was now holds the next one: j lands there, k above it.
            state.lostCase = nil
            state.selected += delta > 0 ? delta - 1 : delta
        } else {
            state.selected += delta
        }
        state.threadScroll = 0
    case .students:
        let step = state.lostCase != nil && delta > 0 ? delta - 1 : delta
        state.lostCase = nil
        state.selectedStudent = max(0, min(state.selectedStudent + step, state.flaggedStudents.count - 1))
        if state.flaggedStudents.indices.contains(state.selectedStudent) {
            state.select(state.flaggedStudents[state.selectedStudent].openCase.number)
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
    guard let number = state.composing, let c = state.school.cases[number] else {
        state.leaveCompose()
        return []
    }
    switch key {
    case .escape:
        state.leaveCompose()
    case .altEnter:
        state.compose.text.append("\n")
    case .ctrl("t"):
        // The tiers this person may write at: all for a counsellor; "BK only" too for a teacher
        // who flagged the case or is the student's homeroom teacher.
        let tiers = Visibility.allCases.filter { state.school.denial(state.actor, .reply($0), on: c) == nil }
        guard tiers.count > 1 else {
            state.status = state.catalog.t(.onlyCounsellorConfidential)
            return []
        }
        state.compose.visibility = tiers[((tiers.firstIndex(of: state.compose.visibility) ?? 0) + 1) % tiers.count]
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
        // The draft stays until the store has the message, so a refusal loses nothing.
        state.sendingReply = number
        state.leaveCompose()
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
    state.lostCase = nil
    return state.selectedCase.map { [.loadThread($0.number)] } ?? []
}

private func assignKey(_ state: inout AppState, _ key: Key) -> [Effect] {
    guard case .assignPicker(let number, let highlighted) = state.mode else { return [] }
    let people = state.counsellors
    switch key {
    case .escape: state.mode = .browse
    case .down, .char("j"): state.mode = .assignPicker(number: number, highlighted: min(highlighted + 1, people.count - 1))
    case .up, .char("k"): state.mode = .assignPicker(number: number, highlighted: max(highlighted - 1, 0))
    case .enter:
        state.mode = .browse
        guard people.indices.contains(highlighted) else { return [] }
        if people[highlighted].login == state.school.cases[number]?.assignee {
            state.status = state.catalog.t(.alreadyAssignedTo("\(number)", state.school.displayName(people[highlighted].login)))
            return []
        }
        return [.append([Event(at: state.now, actor: state.actor.login, payload: .assigned(number: number, to: people[highlighted].login))])]
    default: break
    }
    return []
}

/// Closing: an outcome, then a summary for the referrer; an empty summary does not close,
/// it offers Ctrl-O, the outcome alone, which is asked once more.
private func closeKey(_ state: inout AppState, _ key: Key) -> [Effect] {
    guard let number = state.closing, state.school.cases[number] != nil else { state.mode = .browse; return [] }
    switch state.mode {
    case .closeOutcome:
        if key == .escape { state.mode = .browse; state.closing = nil; return [] }
        if case .char(let ch) = key, let i = Int(String(ch)), (1...Outcome.allCases.count).contains(i) {
            state.mode = .closeSummary(Outcome.allCases[i - 1])
        }
    case .closeSummary(let outcome):
        // Esc goes back to the outcomes; the summary typed so far is kept.
        if key == .escape { state.mode = .closeOutcome; return [] }
        if key == .ctrl("o") {
            guard state.summary.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                state.status = state.catalog.t(.clearSummaryFirst)
                return []
            }
            state.mode = .confirmOutcomeOnly(outcome)
            return []
        }
        if key == .enter || key == .ctrl("s") {
            let summary = state.summary.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !summary.isEmpty else {
                state.status = state.catalog.t(.summaryNeeded)
                return []
            }
            // Closing and the summary stay until the store has the close, so a refusal loses nothing.
            state.mode = .browse
            return [.append([Event(at: state.now, actor: state.actor.login, payload: .closed(
                number: number, outcome: outcome, summary: summary))])]
        }
        state.status = nil
        _ = edit(&state.summary, key)
    case .confirmOutcomeOnly(let outcome):
        guard key == .char("y") else { state.mode = .closeSummary(outcome); return [] }
        state.mode = .browse
        return [.append([Event(at: state.now, actor: state.actor.login, payload: .closed(
            number: number, outcome: outcome, summary: nil, outcomeOnly: true))])]
    default: break
    }
    return []
}

extension AppState {
    /// The reply box closes, and the keyboard goes back where it was (`j` moves the queue again,
    /// not the thread the box was over).
    mutating func leaveCompose() {
        mode = .browse
        if let before = focusBeforeCompose { focus = before }
        focusBeforeCompose = nil
    }
}
