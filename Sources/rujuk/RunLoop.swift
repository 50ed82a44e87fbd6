import Foundation
import RujukBoundary
import RujukDomain
import RujukRoster
import RujukStore
import RujukTerminal
import RujukUI

/// Keys and store changes become actions; effects become store calls, whose results come back as actions.
@MainActor
struct RunLoop {
    let store: any StoreAccess
    let terminal: Terminal
    var state: AppState
    var lastPoll = Date.distantPast
    var lastTick = Date.distantPast
    var lastFrame: Grid?
    /// A key read while deciding whether to draw, handled next; and when a frame was last drawn.
    var heldKey: Key?
    var lastDrawn = Date.distantPast
    /// Wakes the loop when another session writes (inotify on the journal, through the helper
    /// when behind the boundary); without it the store is asked every 200 ms, as it is after a
    /// refresh failed (a helper that went away keeps its socket readable).
    var watch: ChangeWatch?
    /// The terminal went away without a SIGHUP: the session ends as if one had come.
    var hungUp = false
    /// While the session opens, the thread to show is noted here and read once the first
    /// frame is on the screen.
    var threadAfterFirstFrame = false
    var firstThread: Int?
    /// When the thread preview a move asked for is due, unless another key comes first.
    var previewAt: Date?
    /// When the thread on screen is read, if it stays (`.readWhenDwelled`).
    var readAt: Date?
    /// `RUJUK_PREVIEW_REST_MS` sets it for a measurement (0: drawn at every step, as before).
    static let restMilliseconds = Double(ProcessInfo.processInfo.environment["RUJUK_PREVIEW_REST_MS"] ?? "") ?? 100
    /// How long a thread stays on screen before it counts as read.
    static let dwellSeconds = 1.0
    /// Drafts of each person who signed in on a shared account, in memory while Rujuk runs;
    /// on disk they are sealed with a key from the person's PIN (the shared account's home is
    /// readable by everyone who uses it).
    var stashed: [String: DraftFile.Contents] = [:]
    var seals: [String: DraftSeal] = [:]
    /// Why the drafts could not be kept when the session ended, said once the screen is gone.
    var draftProblem: String?
    /// Wrong PINs in a row, to slow guessing.
    var failures = 0
    /// Closed history was asked for: it is read once the frame that asked is on screen, so
    /// the reports and the record view appear at once and fill in (seconds on a large store).
    var historyDue = false

    /// Starts for `actor`, or, with nil, locked on a shared account until someone signs in.
    init(store: any StoreAccess, terminal: Terminal, actor: Staff?, language: Language, guardian: Guard) {
        self.store = store
        self.terminal = terminal
        watch = ProcessInfo.processInfo.environment["RUJUK_NO_WATCH"] == nil ? store.changeWatch() : nil
        let size = terminal.size
        state = AppState(school: store.school, actor: actor ?? Self.nobody, now: Date(), width: size.width, height: size.height)
        state.catalog = Catalog(language)
        // The school's, like its reports': a server's clock often runs in UTC.
        state.timeZone = store.school.timeZone
        state.guardian = guardian
        state.guardian.lastInput = Date()
        if actor == nil { state.lock(.start) } else { restoreDrafts() }
    }

    /// The placeholder behind a shared account's first lock screen: sees no case at all.
    static let nobody = Staff(login: "", name: "", roles: [])

    var draftFile: DraftFile { DraftFile(storeID: store.facts.id, login: state.actor.login) }
    /// Behind the trust boundary the helper keeps a shared account's drafts, per person.
    var helper: HelperConnection? { store as? HelperConnection }

    /// Saves what is being written: in the person's state directory, or sealed on a shared
    /// account (inside the school's store when it is behind the boundary).
    /// The sentence when they could not be kept: on the screen while it is there, else after it.
    @discardableResult
    func keepDrafts() -> String? {
        guard state.actor.login != Self.nobody.login else { return nil }
        if state.guardian.sharedTerminal, let helper {
            do {
                try helper.saveDrafts(try JSONEncoder().encode(DraftFile.take(from: state)))
                return nil
            } catch {
                return ExitStatus.failure(error).sentence
            }
        } else if state.guardian.sharedTerminal {
            return seals[state.actor.login].flatMap { draftFile.save(state, sealedWith: $0) }
        } else {
            return draftFile.save(state)
        }
    }

    mutating func restoreDrafts() {
        if state.guardian.sharedTerminal, let helper {
            if let data = try? helper.loadDrafts(), let contents = try? JSONDecoder().decode(DraftFile.Contents.self, from: data) {
                DraftFile.restore(contents, into: &state)
            }
        } else if state.guardian.sharedTerminal {
            if let contents = stashed.removeValue(forKey: state.actor.login) {
                DraftFile.restore(contents, into: &state)
            } else if let seal = seals[state.actor.login] {
                if let problem = draftFile.load(into: &state, sealedWith: seal) { state.status = problem }
            }
        } else {
            if let problem = draftFile.load(into: &state) { state.status = problem }
        }
    }

    /// Another person signed in at the lock screen: put the last one's drafts away, start afresh.
    mutating func switchPerson(to person: Staff) {
        keepDrafts()
        if state.guardian.sharedTerminal, state.actor.login != Self.nobody.login {
            stashed[state.actor.login] = DraftFile.take(from: state)
        }
        var next = AppState(school: store.school, actor: person, now: Date(), width: state.width, height: state.height)
        next.catalog = state.catalog
        next.timeZone = state.timeZone
        next.theme = state.theme
        next.guardian = state.guardian
        next.lock = state.lock
        state = next
        restoreDrafts()
    }

    /// Checks a login and PIN from the lock screen; a wrong PIN costs a growing pause.
    mutating func unlock(_ login: String, _ pin: String) -> [Action] {
        if helper != nil { return unlockThroughHelper(login, pin) }
        guard let person = store.school.staff[login], person.isActive else { return [.unlockRefused(.unknownLogin)] }
        let personalWithoutPIN = login == Identity.unixLogin && person.pinHash == nil && !state.guardian.sharedTerminal
        if !store.facts.demo && !personalWithoutPIN {
            guard let hash = person.pinHash else { return [.unlockRefused(.noPINYet)] }
            guard PinHash.verify(pin, against: hash) else {
                failures += 1
                usleep(UInt32(min(failures, 5)) * 1_000_000)
                return [.unlockRefused(.wrongPIN)]
            }
        }
        failures = 0
        if state.guardian.sharedTerminal && seals[person.login] == nil {
            seals[person.login] = try? DraftSeal(pin: pin, storeID: store.facts.id, login: person.login)
        }
        if person.login != state.actor.login { switchPerson(to: person); return [.unlocked, .schoolChanged(store.school), .landed] }
        return [.unlocked, .schoolChanged(store.school)]
    }

    /// A too-short PIN renewed on the lock screen (the kiosk has no shell to run `staff set-pin`):
    /// the helper hashes and stores the new one, then the person's session opens.
    mutating func renewPIN(_ login: String, _ pin: String) -> [Action] {
        guard let helper, let person = helper.actor, person.login == login else { return [.unlockRefused(.unknownLogin)] }
        do {
            try PinHash.validate(pin)
            try helper.setPIN(login, pin: pin, by: person)
        } catch let e as StoreError {
            return [.unlockRefused(.newPINRefused(Localization.text(e)))]
        } catch {
            return [.unlockRefused(.newPINRefused(String(describing: error)))]
        }
        if person.login != state.actor.login { switchPerson(to: person); return [.unlocked, .schoolChanged(store.school), .landed] }
        return [.unlocked, .schoolChanged(store.school)]
    }

    /// Behind the boundary the helper checks the PIN and counts wrong ones across sessions;
    /// the projection it answers with is the new person's.
    mutating func unlockThroughHelper(_ login: String, _ pin: String) -> [Action] {
        guard let helper else { return [] }
        do {
            let person = try helper.signIn(login, pin: pin)
            // The helper allows this session nothing but a new PIN until one is set.
            if helper.mustChangePIN { return [.unlockNeedsNewPIN(minimum: PinHash.minimumDigits)] }
            if person.login != state.actor.login { switchPerson(to: person); return [.unlocked, .schoolChanged(store.school), .landed] }
            return [.unlocked, .schoolChanged(store.school)]
        } catch let e as StoreError {
            switch e.reason {
            case .unknownStaff: return [.unlockRefused(.unknownLogin)]
            case .noPinYet: return [.unlockRefused(.noPINYet)]
            case .pinLockedOut: return [.unlockRefused(.lockedOut)]
            case .pinWait: return [.unlockRefused(.wait(seconds: Int(e.args.last ?? "") ?? 1))]
            case .wrongPIN: return [.unlockRefused(.wrongPIN)]
            default: return [.unlockRefused(.wrongPIN), .failed(ExitStatus.failure(e))]
            }
        } catch {
            return [.unlockRefused(.wrongPIN)]
        }
    }

    mutating func run() {
        // The first frame is drawn before the thread it shows is read (through the helper, a
        // round trip that also records an opening): the queue appears, the thread fills in.
        threadAfterFirstFrame = true
        dispatch(.schoolChanged(store.school))
        dispatch(.landed)
        threadAfterFirstFrame = false
        var wasLocked = state.lock != nil
        while !state.shouldQuit && !terminal.signalled && !hungUp {
            // Locking saves what was being written first (sealed on a shared account).
            if state.lock != nil && !wasLocked, let problem = keepDrafts() { state.status = problem }
            wasLocked = state.lock != nil
            // Keys already waiting (a burst on a slow link, a held key) are handled before the
            // next frame: one frame for them all, and one at least every 50 ms.
            if heldKey == nil { heldKey = terminal.readKey(timeoutMilliseconds: 0) }
            if heldKey == nil || Date().timeIntervalSince(lastDrawn) >= 0.05 {
                let frame = render(state)
                if frame != lastFrame {
                    terminal.draw(frame)
                    lastFrame = frame
                }
                lastDrawn = Date()
            }
            if let number = firstThread {
                firstThread = nil
                for action in perform(.loadThread(number)) { dispatch(action) }
                continue
            }
            if historyDue {
                historyDue = false
                do {
                    try store.loadHistory()
                    dispatch(.schoolChanged(store.school))
                } catch {
                    dispatch(.failed(ExitStatus.failure(error)))
                }
                continue
            }
            let wait = sleepMilliseconds(now: Date())
            var key = heldKey ?? terminal.readKey(timeoutMilliseconds: watch == nil ? wait : 0)
            heldKey = nil
            var changed = false
            if key == nil {
                noticeResize()
                if let watch {
                    // Keys the library already holds were read above; now sleep until a key, a
                    // change, a signal or the next thing due.
                    switch terminal.wait(milliseconds: wait, orFor: watch.descriptors) {
                    case .input: key = terminal.readKey(timeoutMilliseconds: 0)
                    case .change: watch.drain(); changed = true
                    case .timeout: break
                    case .hungUp: hungUp = true
                    }
                } else if terminal.hungUp {
                    hungUp = true
                }
            }
            noticeResize()
            if let key {
                if key == .ctrl("z") { terminal.suspend(); lastFrame = nil; continue }
                if key == .ctrl("l") { terminal.redrawAll(); lastFrame = nil }
                // Another key before the selection rested: the preview waits again.
                if previewAt != nil { previewAt = Date().addingTimeInterval(Self.restMilliseconds / 1000) }
                dispatch(.keyPressed(key))
            }
            if let due = previewAt, Date() >= due {
                previewAt = nil
                dispatch(.selectionRested)
            }
            if let due = readAt, Date() >= due {
                readAt = nil
                dispatch(.threadDwelled)
            }
            let now = Date()
            if now.timeIntervalSince(lastTick) >= (watch == nil ? 0.2 : 1) || now >= nextDue(after: lastTick) {
                lastTick = now
                dispatch(.clockTicked(now))
            }
            // With a watch the store is asked when it changed (and once a minute, in case a
            // change went unseen); without one, every 200 ms.
            if changed || now.timeIntervalSince(lastPoll) >= (watch == nil ? 0.2 : 60) {
                lastPoll = now
                do {
                    if try store.refresh() {
                        // The clock first: a change written a moment ago is not in the future,
                        // so a report counts a case flagged since the last tick as waiting too.
                        lastTick = Date()
                        dispatch(.clockTicked(lastTick))
                        dispatch(.schoolChanged(store.school))
                    }
                } catch {
                    watch = nil
                    dispatch(.failed(ExitStatus.failure(error)))
                }
            }
        }
        // Quit, Ctrl-C, SIGHUP and SIGTERM all end here: keep what was typed, or say it was not.
        draftProblem = keepDrafts()
    }

    /// A resize the library has seen since the last frame.
    mutating func noticeResize() {
        let size = terminal.size
        if size.width != state.width || size.height != state.height {
            dispatch(.resized(width: size.width, height: size.height))
            lastFrame = nil
        }
    }

    /// The next moment something on screen changes by itself: the minute turns (ages are in
    /// minutes) or the idle lock falls due.
    func nextDue(after tick: Date) -> Date {
        let minute = Date(timeIntervalSinceReferenceDate: (tick.timeIntervalSinceReferenceDate / 60).rounded(.down) * 60 + 60)
        guard state.lock == nil, let limit = state.guardian.idleLimit else { return minute }
        return min(minute, state.guardian.lastInput.addingTimeInterval(limit))
    }

    /// How long the loop may sleep: without a watch 100 ms (the store is asked every 200 ms);
    /// with one, until the preview is due or the next thing on screen changes by itself. An
    /// idle interface then wakes only for a key, a signal, a change or that.
    func sleepMilliseconds(now: Date) -> Int32 {
        var until = watch == nil ? now.addingTimeInterval(0.1) : nextDue(after: now)
        if let previewAt { until = min(until, previewAt) }
        if let readAt { until = min(until, readAt) }
        return Int32(max(1, min(60_000, until.timeIntervalSince(now) * 1000)))
    }

    mutating func dispatch(_ first: Action) {
        var pending = [first]
        while !pending.isEmpty {
            let action = pending.removeFirst()
            for effect in reduce(&state, action) { pending += perform(effect) }
        }
    }

    /// Runs one effect against the store; what happened comes back as actions.
    mutating func perform(_ effect: Effect) -> [Action] {
        do {
            switch effect {
            case .quit:
                return []
            case .previewWhenRested:
                previewAt = Date().addingTimeInterval(Self.restMilliseconds / 1000)
                return []
            case .readWhenDwelled:
                readAt = Date().addingTimeInterval(Self.dwellSeconds)
                return []
            case .unlock(let login, let pin):
                return unlock(login, pin)
            case .renewPIN(let login, let pin):
                return renewPIN(login, pin)
            case .append(let events):
                let written = try store.append(events)
                // The interface does not wait for the messaging gateway.
                Notifier.after(written, school: store.school, wait: false)
                return [.schoolChanged(store.school), .appendSucceeded(written)]
            case .flag(let studentID, let flag, let area, let concern, let urgency):
                let written = try store.flag(FlagRequest(
                    studentID: studentID, subject: flag.subject, saw: flag.saw, tried: flag.tried,
                    parentsInformed: flag.parentsInformed, area: area, concern: concern, urgency: urgency,
                    visibility: flag.visibility), by: state.actor)
                Notifier.after(written, school: store.school, wait: false)
                return [.schoolChanged(store.school), .appendSucceeded(written)]
            case .loadThread(let number) where threadAfterFirstFrame:
                firstThread = number
                return []
            case .loadThread(let number):
                let readable = try store.readable(number, for: state.actor)
                let c = readable?.c
                let notices = readable.map { Session.notices($0, store.facts) } ?? []
                let notice = Action.threadNotice(notices.isEmpty ? nil : notices.joined(separator: " "))
                return [.threadLoaded(c), notice]
            case .markRead(let number, let last):
                // A mark that cannot be kept (the store busy) leaves only the dot, and the next
                // reading of the thread marks it: nothing the person wrote is lost, so it is not said.
                guard (try? store.append([Event(at: Date(), actor: state.actor.login, payload: .threadRead(number: number, upTo: last))])) != nil else { return [] }
                // The read mark changes the unread dots and counts at once, not at the next change.
                return [.schoolChanged(store.school)]
            case .loadHistory:
                historyDue = true
                return []
            case .loadClosedPage:
                // A page is a few hundred cases: read at once, between keys.
                try store.loadClosedPage(200)
                return [.schoolChanged(store.school)]
            case .previewImport(let path, let missingLeft, let on):
                return [previewImport(path, missingLeft: missingLeft, on: on)]
            case .loadRecord(let studentID):
                return [.recordLoaded(studentID: studentID, try store.record(ofStudent: studentID, for: state.actor))]
            }
        } catch {
            return [.failed(ExitStatus.failure(error))]
        }
    }

    /// The admin's import: the file is read here, on the admin's side, and planned against
    /// the roster as it is now; applying it is an append the store (or the helper) validates.
    func previewImport(_ typed: String, missingLeft: LeaveReason?, on day: String) -> Action {
        let path = typed == "~" || typed.hasPrefix("~/") ? (ProcessInfo.processInfo.environment["HOME"] ?? NSHomeDirectory()) + typed.dropFirst() : typed
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failed(Failure(.failed, Localization.t(.cannotReadFile(typed))))
        }
        let read: RosterReader.Result
        do { read = try RosterReader.read(data) } catch { return .failed(Failure(.refused, RosterImport.message(error, typed))) }
        if !read.problems.isEmpty {
            let rows = read.problems.map { Localization.t(.rowProblem("\($0.line)", Localization.text($0.error))) }
            return .failed(Failure(.refused, Localization.t(.badRows(typed, "\(rows.count)", rows.joined(separator: " ")))))
        }
        return .importPreviewed(file: typed, RosterSync.plan(read.entries, school: store.school, missingLeft: missingLeft, on: day))
    }
}
