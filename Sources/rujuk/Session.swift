#if canImport(Glibc)
import Glibc
#endif
import Foundation
import RujukDomain
import RujukStore

/// An open store and the person acting in it, as every command needs them.
struct Session {
    let store: Store
    let actor: Staff

    var school: School { store.school }

    /// Opens the store named by the options and establishes who is acting.
    static func open(_ options: StoreOptions) throws -> Session {
        let store = try Store.open(options.storePath)
        return Session(store: store, actor: try Identity.resolve(store: store, requested: options.actAs))
    }

    /// Appends events durably (see `Store.append`); a refused event writes nothing.
    @discardableResult
    func append(_ events: [Event]) throws -> [Event] {
        try store.append(events)
    }

    func event(_ payload: EventPayload) -> Event {
        Event(at: Date(), actor: actor.login, payload: payload)
    }

    /// The case a number names, if this person may see it.
    func visibleCase(_ number: Int) throws -> Case {
        guard let readable = try store.readable(number, for: actor) else {
            throw CommandError.notFound(Localization.t(.noVisibleCase, "\(number)"))
        }
        warn(about: readable)
        return readable.c
    }

    /// Says on standard error why confidential entries this person may read are not shown.
    func warn(about readable: ReadableCase) {
        for line in Self.notices(readable, store) { FileHandle.standardError.write(Data(("rujuk: " + line + "\n").utf8)) }
    }

    /// Why confidential entries this person may read are not shown: their account cannot read
    /// `private/`, or the opening could not be recorded in the audit.
    static func notices(_ readable: ReadableCase, _ store: Store) -> [String] {
        var lines: [String] = []
        if readable.privateUnavailable {
            lines.append(Localization.t(.privateHidden, store.layout.privateDirectory, store.privateGroup ?? "?"))
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
            throw CommandError.notFound(Localization.t(.noStudentLike, query, CaseText.shellQuoted(word)))
        case .several(let candidates):
            var list = candidates.prefix(8).map { "\($0.name) (\($0.className), NISN \($0.nisn ?? "-"))" }.joined(separator: "; ")
            if candidates.count > 8 { list = Localization.t(.andMore, list, "\(candidates.count - 8)") }
            throw CommandError.notFound(Localization.t(.severalStudents, query, "\(candidates.count)", list))
        }
    }
}

/// Who is acting: the Unix user, or `--as LOGIN` with that person's PIN in a school store.
enum Identity {
    static var unixLogin: String {
        if let pw = getpwuid(geteuid()), let name = pw.pointee.pw_name { return String(cString: name) }
        return ProcessInfo.processInfo.environment["USER"] ?? ""
    }

    static func resolve(store: Store, requested: String?) throws -> Staff {
        let school = store.school
        let unix = unixLogin
        guard let login = requested else {
            if let me = school.staff[unix] { return me }
            throw CommandError.notPermitted(Localization.t(store.info.demo ? .notStaffDemoHint : .notStaff, unix, school.name))
        }
        guard let person = school.staff[login] else {
            throw CommandError.notFound(Localization.t(.unknownStaff, login, school.name))
        }
        if store.info.demo || login == unix { return person }
        guard let hash = person.pinHash else {
            throw CommandError.notPermitted(Localization.t(.noPinYet, person.name, login))
        }
        let pin = try PinEntry.read(prompt: Localization.t(.pinPrompt, person.name), environment: "RUJUK_PIN")
        guard PinHash.verify(pin, against: hash) else {
            throw CommandError.notPermitted(Localization.t(.wrongPin, person.name))
        }
        return person
    }
}

/// Reading a PIN from the environment or, with echo off, from the terminal.
enum PinEntry {
    static func read(prompt: String, environment variable: String) throws -> String {
        if let pin = ProcessInfo.processInfo.environment[variable] { return pin }
        guard isatty(STDIN_FILENO) == 1 else {
            throw CommandError.notPermitted(Localization.t(.noTerminalForPin, variable))
        }
        guard let raw = getpass(prompt) else {
            throw CommandError.notPermitted(Localization.t(.cannotReadPin))
        }
        return String(cString: raw)
    }
}
