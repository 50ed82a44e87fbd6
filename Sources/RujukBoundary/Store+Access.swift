#if canImport(Glibc)
import Glibc
#endif
import Foundation
import RujukDomain
import RujukStore
import RujukReport

/// A person's own store (the demo, `--store DIR` they own, tests) is opened in-process: the
/// files are theirs, so the rules run in their own process as they always did.
extension Store: StoreAccess {
    public func changeWatch() -> ChangeWatch? { ChangeWatch(journalDirectory: layout.journalDirectory) }

    public var facts: StoreFacts {
        StoreFacts(id: info.id, school: info.school, lang: info.lang, demo: info.demo, behindBoundary: false,
                   privateDirectory: layout.privateDirectory, privateGroup: privateGroup,
                   privateReadable: access(layout.privateDirectory, R_OK | X_OK) == 0, lastCheck: Store.lastCheck(layout.root))
    }

    public func flag(_ request: FlagRequest, by actor: Staff) throws -> [Event] {
        let now = Date()
        let flag = request.flag(by: actor.login, at: now)
        return try append { school in
            [school.flagEvent(flag, studentID: request.studentID, area: request.area, concern: request.concern,
                              urgency: request.urgency, by: actor.login, at: now)]
        }
    }

    public func setPIN(_ login: String, pin: String, by actor: Staff) throws {
        try PinHash.validate(pin)
        try append([Event(at: Date(), actor: actor.login, payload: .pinSet(login: login, hash: try PinHash.make(pin)))])
    }

    public func signIn(_ login: String, pin: String) throws -> Staff {
        guard let person = school.staff[login] else { throw StoreError(.refused(.notFound), .unknownStaff(login, info.school)) }
        if info.demo { return person }
        guard let hash = person.pinHash else { throw StoreError(.refused(.notPermitted), .noPinYet(person.name)) }
        guard PinHash.verify(pin, against: hash) else { throw StoreError(.refused(.notPermitted), .wrongPIN(person.name, "-")) }
        return person
    }

    public func unlockPIN(_ login: String, by actor: Staff) throws {
        guard actor.has(.admin) else { throw StoreError(.refused(.notPermitted), .notAdmin) }
        try clearSignInFailures(login)
    }

    public func check() throws -> Store.CheckReport { try Store.check(layout.root) }

    /// Every figure is computed here, over the whole school with its history; the domain's
    /// `reportView` decides what of it this person gets.
    public func report(_ request: ReportRequest, for person: Staff) throws -> Report {
        let view = try school.reportView(for: person, scope: request.scope)
        let period = try ReportPeriod.resolve(request.period, year: school.year, timeZone: school.timeZone)
        // Only the closed cases with something in or after the period (not five years of them).
        try loadHistory(closedSince: period.start)
        return ReportBuilder(school: school, period: period, scope: request.scope, view: view, reader: person.login, now: Date()).build()
    }

    public func verifyChains(lookingFor head: String?) throws -> [(isPrivate: Bool, report: Store.ChainReport)] {
        var out: [(isPrivate: Bool, report: Store.ChainReport)] = []
        for isPrivate in [false, true] where !isPrivate || access(layout.privateDirectory, R_OK | X_OK) == 0 {
            out.append((isPrivate, try Store.verifyChain(layout.root, isPrivate: isPrivate, lookingFor: head)))
        }
        return out
    }
}
