import Foundation
import RujukDomain
import RujukStore
import RujukTerminal
import RujukUI

/// Keys and store changes become actions; effects become store calls, whose results come back as actions.
@MainActor
struct RunLoop {
    let store: Store
    let terminal: Terminal
    var state: AppState
    var lastPoll = Date.distantPast
    var lastFrame: Grid?
    let drafts: DraftFile

    init(store: Store, terminal: Terminal, actor: Staff, language: Language) {
        self.store = store
        self.terminal = terminal
        let size = terminal.size
        state = AppState(school: store.school, actor: actor, now: Date(), width: size.width, height: size.height)
        state.catalog = Catalog(language)
        state.timeZone = TimeZone.current
        drafts = DraftFile(store: store, login: actor.login)
        drafts.load(into: &state)
        if state.flag.hasText { state.mode = .flagForm } else if state.form != nil { state.mode = .form }
    }

    mutating func run() {
        dispatch(.schoolChanged(store.school))
        while !state.shouldQuit && !terminal.signalled {
            let frame = render(state)
            if frame != lastFrame {
                terminal.draw(frame)
                lastFrame = frame
            }
            let key = terminal.readKey(timeoutMilliseconds: 100)
            let size = terminal.size
            if size.width != state.width || size.height != state.height {
                dispatch(.resized(width: size.width, height: size.height))
                lastFrame = nil
            }
            if let key {
                if key == .ctrl("z") { terminal.suspend(); lastFrame = nil; continue }
                if key == .ctrl("l") { terminal.redrawAll(); lastFrame = nil }
                dispatch(.keyPressed(key))
            }
            if Date().timeIntervalSince(lastPoll) >= 0.2 {
                lastPoll = Date()
                dispatch(.clockTicked(lastPoll))
                do {
                    if try store.refresh() { dispatch(.schoolChanged(store.school)) }
                } catch {
                    dispatch(.appendFailed(ExitStatus.describe(error).0 ?? "\(error)"))
                }
            }
        }
        // Quit, Ctrl-C, SIGHUP and SIGTERM all end here: keep what was typed.
        drafts.save(state)
    }

    mutating func dispatch(_ first: Action) {
        var pending = [first]
        while !pending.isEmpty {
            let action = pending.removeFirst()
            for effect in reduce(&state, action) { pending += perform(effect) }
        }
    }

    /// Runs one effect against the store; what happened comes back as actions.
    func perform(_ effect: Effect) -> [Action] {
        do {
            switch effect {
            case .quit:
                return []
            case .append(let events):
                let written = try store.append(events)
                return [.schoolChanged(store.school), .appendSucceeded(written)]
            case .flag(let studentID, let flag, let area, let concern, let urgency):
                let written = try store.append { school in
                    if let open = school.openCase(ofStudent: studentID) {
                        return [Event(at: flag.at, actor: flag.by, payload: .flagAdded(number: open.number, flag: flag))]
                    }
                    return [Event(at: flag.at, actor: flag.by, payload: .caseOpened(CaseOpened(
                        number: 0, studentID: studentID, area: area, concern: concern, urgency: urgency, flag: flag)))]
                }
                return [.schoolChanged(store.school), .appendSucceeded(written)]
            case .loadThread(let number):
                let c = try store.readable(number, for: state.actor)?.c
                if let c, let last = [c.messages.last?.seq, c.summarySeq].compactMap({ $0 }).max(),
                   state.school.unreadCount(state.actor.login, in: c) > 0,
                   (try? store.append([Event(at: Date(), actor: state.actor.login, payload: .threadRead(number: number, upTo: last))])) != nil {
                    // The read mark changes the unread dots and counts at once, not at the next poll.
                    return [.threadLoaded(c), .schoolChanged(store.school)]
                }
                return [.threadLoaded(c)]
            case .loadRecord(let studentID):
                return [.recordLoaded(studentID: studentID, try store.record(ofStudent: studentID, for: state.actor))]
            }
        } catch {
            return [.appendFailed(ExitStatus.describe(error).0 ?? "\(error)")]
        }
    }
}
