import ArgumentParser
import CPrivilege
import Foundation
import RujukBoundary
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
    /// On a store of one's own, in-process.
    @MainActor
    static func run(store: Store, requested: String?, options: InterfaceOptions, choosePerson: Bool) throws {
        // A store opened by an account that is no staff member's, or one configured as shared,
        // asks who is there on the lock screen before showing anything.
        let unixIsStaff = store.school.staff[Identity.unixLogin] != nil
        let shared = !store.info.demo && (!unixIsStaff || SharedTerminal.configured)
        let actor: Staff?
        if requested == nil && choosePerson && store.info.demo {
            actor = try DemoPersonPrompt.ask(store.school)
        } else if requested == nil && shared {
            actor = nil
        } else {
            actor = try Identity.resolve(store: store, requested: requested)
        }
        try run(access: store, actor: actor, shared: shared, screen: try Screen(options))
    }

    /// On the school's store, through the helper: it says who acts (nobody yet on the
    /// staffroom's shared account, which then opens on the lock screen). The person's own
    /// account sends its hello first and sets up the terminal while the helper answers; `--as`
    /// someone else waits for the answer first, as it may have to ask a PIN on the terminal.
    @MainActor
    static func run(school config: ServerConfig, actAs: String?, options: InterfaceOptions) throws {
        guard actAs == nil || actAs == Identity.unixLogin else {
            return try run(connection: try SchoolConnection.open(config, actAs: actAs), screen: try Screen(options))
        }
        let connection = try SchoolConnection.spawn(config)
        try connection.sendHello(actAs: nil, pin: nil)
        let screen = try Screen(options)
        defer { screen.terminal.stop() }
        try connection.receiveWelcome()
        try run(connection: connection, screen: screen)
    }

    @MainActor
    private static func run(connection: HelperConnection, screen: Screen) throws {
        let shared = connection.actor == nil || SharedTerminal.configured
        if shared {
            // Nobody else on this account may read this process's memory (drafts, the PIN typed).
            _ = rujuk_not_dumpable()
        }
        try run(access: connection, actor: shared ? nil : connection.actor, shared: shared, screen: screen)
    }

    /// The terminal, set up, and the theme it draws in.
    struct Screen {
        let terminal: Terminal
        var theme: Theme
        let themeProblem: String?

        @MainActor
        init(_ options: InterfaceOptions) throws {
            let noColour = ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
            (theme, themeProblem) = ThemeLoader.load(requested: options.theme, noColour: noColour)
            do {
                terminal = try Terminal(monochrome: theme.name == "mono")
            } catch let e as TerminalError {
                switch e {
                case .dumb(let term): throw CommandError.usage(Localization.t(.dumbTerminal(term)))
                case .notATerminal: throw CommandError.usage(Localization.t(.notATerminal))
                case .unknown(let term): throw CommandError.usage(Localization.t(.unknownTerminal(term)))
                }
            }
            if !terminal.hasColours && theme.name != "mono" { theme = .mono }
        }
    }

    @MainActor
    static func run(access store: any StoreAccess, actor: Staff?, shared: Bool, screen: Screen) throws {
        let guardian = Guard(sharedTerminal: shared, idleLimit: shared ? SharedTerminal.idleLimit : nil, needsPIN: !store.facts.demo)
        let terminal = screen.terminal
        defer { terminal.stop() }
        var loop = RunLoop(store: store, terminal: terminal, actor: actor, language: Localization.language, guardian: guardian)
        loop.state.theme = screen.theme
        loop.state.status = screen.themeProblem ?? UserConfig.problem
            ?? actor.flatMap { CheckNotice.sentence(store.facts.lastCheck, for: $0) }
        loop.run()
        if let problem = loop.draftProblem {
            terminal.stop()
            FileHandle.standardError.write(Data(("rujuk: " + Sanitizer.line(problem) + "\n").utf8))
        }
        if let left = loop.state.school.staff[loop.state.actor.login]?.left {
            throw CommandError.notPermitted(Localization.t(.accessEnded(loop.state.actor.name, String(ISODate.format(left.on).prefix(10)))))
        }
    }
}

/// The staffroom's settings: `shared = true` and `lock_after_minutes = 5` in the config file
/// (or `RUJUK_SHARED=1`, `RUJUK_LOCK_AFTER_SECONDS` for one run).
enum SharedTerminal {
    static var configured: Bool {
        if let env = ProcessInfo.processInfo.environment["RUJUK_SHARED"] { return env == "1" || env == "true" }
        return UserConfig.flag("shared") ?? false
    }

    /// Five minutes unless configured; 0 turns the idle lock off.
    static var idleLimit: TimeInterval? {
        let env = ProcessInfo.processInfo.environment
        let seconds = env["RUJUK_LOCK_AFTER_SECONDS"].flatMap(Double.init) ?? UserConfig.number("lock_after_minutes").map { $0 * 60 } ?? 300
        return seconds > 0 ? seconds : nil
    }
}

/// "Who are you?" for the demo school, asked on the terminal before the interface starts.
enum DemoPersonPrompt {
    static func ask(_ school: School) throws -> Staff {
        let people = DemoSchool.staff.filter { !$0.has(.admin) }.compactMap { school.staff[$0.login] }
        guard isatty(STDIN_FILENO) == 1 else {
            throw CommandError.usage(Localization.t(.chooseWithAs))
        }
        print(Localization.t(.whoAreYou(school.name)))
        for (i, p) in people.enumerated() {
            let roles = p.roles.map { Catalog(Localization.language).role($0) }.joined(separator: ", ")
            print("  \(i + 1)  \(p.login.padding(toLength: 8, withPad: " ", startingAt: 0)) \(p.name) — \(roles)\(p.homeroom.map { " \($0)" } ?? "")")
        }
        print(Localization.t(.numberOrLogin), terminator: "")
        guard let line = readLine()?.trimmingCharacters(in: .whitespaces) else { throw CommandError.usage(Localization.t(.noAnswer)) }
        if let n = Int(line), people.indices.contains(n - 1) { return people[n - 1] }
        if let p = people.first(where: { $0.login == line }) { return p }
        throw CommandError.usage(Localization.t(.notADemoPerson(line, "\(people.count)")))
    }
}
