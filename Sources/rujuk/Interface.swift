import ArgumentParser
import Foundation
import RujukDomain
import RujukStore
import RujukTerminal
import RujukUI

/// Options of the terminal interface.
struct InterfaceOptions: ParsableArguments {
    @Option(help: "Colour theme: default, light, high-contrast, mono, or one of yours in ~/.config/rujuk/themes (NO_COLOR selects mono).")
    var theme: String?

}

/// Runs the terminal interface on an open store.
enum Interface {
    @MainActor
    static func run(store: Store, requested: String?, options: InterfaceOptions, choosePerson: Bool) throws {
        let actor: Staff
        if requested == nil && choosePerson && store.info.demo {
            actor = try DemoPersonPrompt.ask(store.school)
        } else {
            actor = try Identity.resolve(store: store, requested: requested)
        }
        let noColour = ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        var (theme, themeProblem) = ThemeLoader.load(requested: options.theme, noColour: noColour)
        let terminal: Terminal
        do {
            terminal = try Terminal(monochrome: theme.name == "mono")
        } catch let e as TerminalError {
            switch e {
            case .dumb(let term): throw CommandError.usage(Localization.t(.dumbTerminal, term))
            case .notATerminal: throw CommandError.usage(Localization.t(.notATerminal))
            case .unknown(let term): throw CommandError.usage(Localization.t(.unknownTerminal, term))
            }
        }
        if !terminal.hasColours && theme.name != "mono" { theme = .mono }
        defer { terminal.stop() }
        var loop = RunLoop(store: store, terminal: terminal, actor: actor, language: Localization.language)
        loop.state.theme = theme
        loop.state.status = themeProblem
        loop.run()
    }
}

/// "Who are you?" for the demo school, asked on the terminal before the interface starts.
enum DemoPersonPrompt {
    static func ask(_ school: School) throws -> Staff {
        let people = DemoSchool.staff.filter { !$0.has(.admin) }.compactMap { school.staff[$0.login] }
        guard isatty(STDIN_FILENO) == 1 else {
            throw CommandError.usage(Localization.t(.chooseWithAs))
        }
        print(Localization.t(.whoAreYou, school.name))
        for (i, p) in people.enumerated() {
            let roles = p.roles.map { Catalog(Localization.language).role($0) }.joined(separator: ", ")
            print("  \(i + 1)  \(p.login.padding(toLength: 8, withPad: " ", startingAt: 0)) \(p.name) — \(roles)\(p.homeroom.map { ", homeroom \($0)" } ?? "")")
        }
        print(Localization.t(.numberOrLogin), terminator: "")
        guard let line = readLine()?.trimmingCharacters(in: .whitespaces) else { throw CommandError.usage(Localization.t(.noAnswer)) }
        if let n = Int(line), people.indices.contains(n - 1) { return people[n - 1] }
        if let p = people.first(where: { $0.login == line }) { return p }
        throw CommandError.usage(Localization.t(.notADemoPerson, line, "\(people.count)"))
    }
}

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
        drafts = DraftFile(store: store, login: actor.login)
        drafts.load(into: &state)
        if state.flag.hasText { state.mode = .flagForm }
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
                if let c, let last = c.messages.last?.seq, state.school.unreadCount(state.actor.login, in: c) > 0 {
                    _ = try? store.append([Event(at: Date(), actor: state.actor.login, payload: .threadRead(number: number, upTo: last))])
                }
                return [.threadLoaded(c)]
            }
        } catch {
            return [.appendFailed(ExitStatus.describe(error).0 ?? "\(error)")]
        }
    }
}
