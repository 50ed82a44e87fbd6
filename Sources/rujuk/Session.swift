#if canImport(Glibc)
import Glibc
#endif
import Foundation
import RujukBoundary
import RujukDomain
import RujukStore

/// An open store and the person acting in it, as every command needs them.
/// The stores a command opened, kept until the process ends: freeing a large school value by
/// value when the command returns costs milliseconds the kernel spends on nothing at exit.
/// (A helper's connection is not kept: it waits for its helper when it goes.)
nonisolated(unsafe) private var keptUntilExit: [Store] = []

struct Session {
    let store: any StoreAccess
    let actor: Staff

    var school: School { store.school }

    /// Opens the store named by the options and establishes who is acting: in-process for a
    /// person's own store, through the helper for the school's (where the helper decides who).
    static func open(_ options: StoreOptions) throws -> Session {
        switch try StoreLocation.resolve(options) {
        case .own(let path):
            let store = try Store.open(path)
            keptUntilExit.append(store)
            SchoolClock.zone = store.school.timeZone
            return Session(store: store, actor: try Identity.resolve(store: store, requested: options.actAs))
        case .school(let config):
            let connection = try SchoolConnection.open(config, actAs: options.actAs)
            SchoolClock.zone = connection.school.timeZone
            guard let actor = connection.actor else { throw StoreError(.refused(.notPermitted), .signInFirst) }
            return Session(store: connection, actor: actor)
        }
    }

    /// Appends events durably (see `Store.append`); a refused event writes nothing.
    @discardableResult
    func append(_ events: [Event]) throws -> [Event] {
        let written = try store.append(events)
        Notifier.after(written, school: store.school)
        return written
    }

    func event(_ payload: EventPayload) -> Event {
        Event(at: Date(), actor: actor.login, payload: payload)
    }

    /// The case a number names, with every text this person may read (confidential ones are
    /// recorded in the audit as opened): for commands that show the case.
    func visibleCase(_ number: Int) throws -> Case {
        guard let readable = try store.readable(number, for: actor) else {
            throw CommandError.notFound(Localization.t(.noVisibleCase("\(number)")))
        }
        warn(about: readable)
        return readable.c
    }

    /// The case a number names, without its texts, so nothing is recorded as opened: for
    /// commands that change a case and show none of it.
    func caseToChange(_ number: Int) throws -> Case {
        if school.cases[number] == nil && number < school.nextCaseNumber { try store.loadHistory(ofCase: number) }
        guard let c = school.cases[number], school.canSee(actor, c) else {
            throw CommandError.notFound(Localization.t(.noVisibleCase("\(number)")))
        }
        return c
    }

    /// Says on standard error why confidential entries this person may read are not shown.
    func warn(about readable: ReadableCase) {
        for line in Self.notices(readable, store.facts) { FileHandle.standardError.write(Data(("rujuk: " + line + "\n").utf8)) }
    }

    /// Why confidential entries this person may read are not shown: their account cannot read
    /// `private/`, or the opening could not be recorded in the audit.
    static func notices(_ readable: ReadableCase, _ facts: StoreFacts) -> [String] {
        var lines: [String] = []
        if readable.privateUnavailable {
            lines.append(Localization.t(.privateHidden(facts.privateDirectory ?? "private/", facts.privateGroup ?? "?")))
        }
        if let problem = readable.auditProblem { lines.append(Localization.text(problem)) }
        return lines
    }

    /// Resolves a STUDENT argument to exactly one student, or fails listing the candidates.
    func student(_ query: String) throws -> Student {
        switch school.resolveStudent(query) {
        case .one(let s): return s
        case .none:
            // A hint that runs as written: one word of what was typed.
            let word = query.split(separator: " ").first.map(String.init) ?? query
            throw CommandError.notFound(Localization.t(.noStudentLike(query, CaseText.shellQuoted(word))))
        case .several(let candidates):
            // Each by what tells them apart on the command line: the NISN, or the student id when
            // there is none (two pupils of one name without a NISN could not be flagged).
            var list = candidates.prefix(8).map { s in
                "\(CaseText.clean(s.name)) (\(CaseText.clean(s.className)), " + (s.nisn.map { "NISN \($0)" } ?? "id \(s.id)") + ")"
            }.joined(separator: "; ")
            if candidates.count > 8 { list = Localization.t(.andMore(list, "\(candidates.count - 8)")) }
            // Found, but more than one: the argument is what needs mending (64), not the roster.
            throw CommandError.usage(Localization.t(.severalStudents(CaseText.clean(query), "\(candidates.count)", list)))
        }
    }
}

/// Where a command's store is: a person's own directory, opened in-process, or the school's,
/// behind the trust boundary and reached through the helper.
enum StoreLocation {
    case own(String)
    case school(ServerConfig)

    /// `--store DIR` or `RUJUK_STORE` name one's own store, unless they name the school's;
    /// without either, an installed school server's store, else `~/.local/share/rujuk`.
    static func resolve(_ options: StoreOptions) throws -> StoreLocation {
        let config = try SchoolConnection.config()
        let env = ProcessInfo.processInfo.environment["RUJUK_STORE"].flatMap { $0.isEmpty ? nil : $0 }
        if let named = options.store ?? env {
            let path = StoreOptions.absolute(named)
            if let config, (path as NSString).standardizingPath == (config.store as NSString).standardizingPath { return .school(config) }
            SchoolConnection.releaseEarly()
            return .own(path)
        }
        if let config { return .school(config) }
        SchoolConnection.releaseEarly()
        return .own(options.storePath)
    }

    /// The store without establishing who acts (listing staff, `check`): a school store still
    /// asks the helper, which knows who is calling.
    static func openWithoutIdentity(_ options: StoreOptions) throws -> any StoreAccess {
        switch try resolve(options) {
        case .own(let path): return try Store.open(path)
        case .school(let config): return try SchoolConnection.open(config, actAs: options.actAs)
        }
    }
}

/// Starting the helper of an installed school server.
enum SchoolConnection {
    /// A test or a developer may point at another configuration; the helper honours that only
    /// when it is not installed setuid (it then has no more rights than its caller).
    static var configPath: String { ProcessInfo.processInfo.environment["RUJUK_HELPER_CONFIG"] ?? ServerConfig.path }

    static func config() throws -> ServerConfig? {
        let path = configPath
        if let config = try? ServerConfig.load(path: path, owner: 0) { return config }
        return try ServerConfig.load(path: path, owner: getuid())
    }

    static func open(_ config: ServerConfig, actAs: String?) throws -> HelperConnection {
        let connection = try spawn(config)
        do {
            try connection.hello(actAs: actAs, pin: nil)
        } catch let e as StoreError where e.reason.key == .pinRequired {
            // Behind the boundary a PIN comes from the terminal only, never the environment.
            let pin = try PinEntry.readFromTerminal(prompt: Localization.t(.pinPrompt(actAs ?? "")))
            try connection.hello(actAs: actAs, pin: pin)
        }
        return connection
    }

    /// A helper started before the command line was read (`startEarly`), for the first
    /// `spawn` to take. Set once on the main thread before anything else runs.
    nonisolated(unsafe) static var early: (helper: String, connection: HelperConnection)?

    /// On a school server, starts the helper first thing: it opens the store while this
    /// process reads its command line, which is most of what the boundary would otherwise
    /// add to a session's start. A command that turns out to need no school store lets it go.
    static func startEarly() {
        if let named = ProcessInfo.processInfo.environment["RUJUK_STORE"], !named.isEmpty { return }
        guard let config = try? config(), let connection = try? start(config) else { return }
        early = (config.helper, connection)
    }

    /// The early helper is not needed (the command works on a store of one's own): it is let
    /// go without waiting for it, as it may still be opening the store.
    static func releaseEarly() {
        early?.connection.abandon()
        early = nil
    }

    /// The helper started, no session opened yet (for `check` and `audit verify`).
    static func spawn(_ config: ServerConfig) throws -> HelperConnection {
        if let (helper, connection) = early {
            early = nil
            if helper == config.helper { return connection }
            connection.abandon()
        }
        return try start(config)
    }

    private static func start(_ config: ServerConfig) throws -> HelperConnection {
        var environment: [String: String] = [:]
        if let path = ProcessInfo.processInfo.environment["RUJUK_HELPER_CONFIG"] { environment["RUJUK_HELPER_CONFIG"] = path }
        return try HelperConnection(helper: config.helper, environment: environment)
    }
}

/// Who is acting: the Unix user, or `--as LOGIN` with that person's PIN in a school store.
enum Identity {
    /// The login of the real uid (never `$USER`, which the caller sets).
    static var unixLogin: String {
        if let pw = getpwuid(getuid()), let name = pw.pointee.pw_name { return String(cString: name) }
        return ""
    }

    /// Someone who left the school: no command, no view, no PIN works for them.
    static func ended(_ person: Staff) throws {
        guard let left = person.left else { return }
        throw CommandError.notPermitted(Localization.t(.accessEnded(person.name, String(ISODate.format(left.on).prefix(10)))))
    }

    static func resolve(store: Store, requested: String?) throws -> Staff {
        let school = store.school
        let unix = unixLogin
        guard let login = requested else {
            if let me = school.staff[unix] { try ended(me); return me }
            throw CommandError.notPermitted(Localization.t(store.info.demo ? .notStaffDemoHint(unix, school.name) : .notStaff(unix, school.name)))
        }
        guard let person = school.staff[login] else {
            throw CommandError.notFound(Localization.t(.unknownStaff(login, school.name)))
        }
        try ended(person)
        if store.info.demo || login == unix { return person }
        guard let hash = person.pinHash else {
            throw CommandError.notPermitted(Localization.t(.noPinYet(person.name, login)))
        }
        let pin = try PinEntry.read(prompt: Localization.t(.pinPrompt(person.name)), environment: "RUJUK_PIN")
        guard PinHash.verify(pin, against: hash) else {
            throw CommandError.notPermitted(Localization.t(.wrongPin(person.name)))
        }
        return person
    }
}

/// Reading a PIN from the environment or, with echo off, from the terminal.
enum PinEntry {
    static func read(prompt: String, environment variable: String) throws -> String {
        if let pin = ProcessInfo.processInfo.environment[variable] { return pin }
        return try readFromTerminal(prompt: prompt, variable: variable)
    }

    /// For a store behind the boundary: the terminal, or nothing.
    static func readFromTerminal(prompt: String, variable: String? = nil) throws -> String {
        guard isatty(STDIN_FILENO) == 1 else {
            if variable == nil && (ProcessInfo.processInfo.environment["RUJUK_PIN"] != nil || ProcessInfo.processInfo.environment["RUJUK_NEW_PIN"] != nil) {
                throw StoreError(.refused(.notPermitted), .pinFromEnvironment)
            }
            throw CommandError.notPermitted(Localization.t(.noTerminalForPin(variable ?? "RUJUK_PIN")))
        }
        guard let raw = getpass(prompt) else {
            throw CommandError.notPermitted(Localization.t(.cannotReadPin))
        }
        return String(cString: raw)
    }
}
