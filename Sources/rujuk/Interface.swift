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
            print("  \(i + 1)  \(p.login.padding(toLength: 8, withPad: " ", startingAt: 0)) \(p.name) — \(roles)\(p.homeroom.map { " \($0)" } ?? "")")
        }
        print(Localization.t(.numberOrLogin), terminator: "")
        guard let line = readLine()?.trimmingCharacters(in: .whitespaces) else { throw CommandError.usage(Localization.t(.noAnswer)) }
        if let n = Int(line), people.indices.contains(n - 1) { return people[n - 1] }
        if let p = people.first(where: { $0.login == line }) { return p }
        throw CommandError.usage(Localization.t(.notADemoPerson, line, "\(people.count)"))
    }
}
