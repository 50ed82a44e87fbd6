import Foundation
import RujukDomain
import RujukStore

/// The privileged side of one session: takes requests from the unprivileged interface,
/// decides who is acting (the kernel's word, or a PIN it checked itself), runs the domain's
/// rules on every event, and answers with only what that person may see.
public final class Broker {
    let storePath: String
    /// The Unix account on the other end, from the real uid.
    let unixLogin: String
    /// True for a shared account (the staffroom's): nobody acts until they sign in.
    let sharedAccount: Bool
    var store: Store?
    /// Opened by a hello that still lacked a PIN, so the next hello need not open it again.
    var opened: Store?
    var actor: Staff?
    /// The projection this session was last sent: what the next change is told against.
    var sent: School?
    /// Signed in with a PIN shorter than new PINs may be: until it is changed, setting a new
    /// one is all this session may do.
    var mustChangePIN = false
    /// The drafts of people signed in on a shared account are kept here, never in its home.
    var draftsDirectory: String { storePath + "/drafts" }
    static let draftLimit = 1 << 20

    public init(storePath: String, unixLogin: String, sharedAccount: Bool) {
        self.storePath = storePath
        self.unixLogin = unixLogin
        self.sharedAccount = sharedAccount
    }

    /// Opens the store ahead of the first request, which then needs only what was appended
    /// since. A store that cannot be opened is left for `hello` to report (and `check` needs
    /// no open store).
    public func prepare() {
        opened = try? Store.open(storePath)
    }

    /// Answers one request. Never throws: every failure is a typed refusal.
    public func handle(_ request: Request) -> Response {
        do {
            return try answer(request)
        } catch {
            return .refused(WireError(any: error))
        }
    }

    private func answer(_ request: Request) throws -> Response {
        if case .hello(let version, let actAs, let pin) = request {
            guard version == wireVersion else { throw StoreError(.refused(.invalid), .protocolMismatch("\(version)", "\(wireVersion)")) }
            return try hello(actAs: actAs, pin: pin)
        }
        // Checking needs no identity, and must work on a store too damaged to open.
        if case .check(let nightly) = request {
            let report = try Store.check(storePath)
            // Anyone may ask for a check; what is kept is only what the check itself found.
            if nightly { try Store.recordCheck(CheckRecord(at: Date(), events: report.events, problems: report.problems.count), in: storePath) }
            return .check(WireCheck(report))
        }
        if case .verifyChains(let head) = request {
            return .chains(try [false, true].map { WireChain(isPrivate: $0, try Store.verifyChain(storePath, isPrivate: $0, lookingFor: head)) })
        }
        guard let store else { throw StoreError(.refused(.invalid), .badRequest("hello first")) }
        if mustChangePIN, let login = actor?.login {
            switch request {
            case .setPIN(login, _), .signOut, .signIn, .refresh: break
            default: throw StoreError(.refused(.notPermitted), .pinTooShortNow(login, "\(PinHash.minimumDigits)"))
            }
        }
        switch request {
        case .hello:
            throw StoreError(.refused(.invalid), .badRequest("hello twice"))
        case .signIn(let login, let pin):
            if sharedAccount {
                actor = try verify(login, pin: pin, in: store)
            } else {
                // A personal account configured to lock: only its own person signs in again.
                guard login == unixLogin, let me = store.school.staff[login] else {
                    throw StoreError(.refused(.notPermitted), .notStaff(login, store.school.name))
                }
                try Self.stillHere(me)
                if me.pinHash != nil { _ = try verify(login, pin: pin, in: store) }
                actor = me
            }
            return .welcome(welcome(store))
        case .signOut:
            if sharedAccount { actor = nil }
            return .school(projection(store))
        case .refresh:
            guard try store.refresh() else { return .school(nil) }
            return changes(store).map(Response.changed) ?? .school(projection(store))
        case .append(let events):
            let person = try acting()
            let now = Date()
            let stamped = try events.map { event -> Event in
                guard event.actor == person.login else { throw DomainError(.notPermitted, .notOnStaffList(event.actor)) }
                var payload = event.payload
                switch payload {
                case .pinSet: throw StoreError(.refused(.invalid), .badRequest("pinSet"))
                case .staffAdded(var added):
                    // A PIN hash is made only here, from a PIN (`setPIN`), never taken from outside.
                    added.pinHash = nil
                    payload = .staffAdded(added)
                default: break
                }
                // When something happened is the helper's clock, not the caller's.
                return Event(at: now, actor: person.login, payload: payload)
            }
            let written = try store.append(stamped)
            return changes(store).map { .writtenChanged(written, $0) } ?? .written(written, projection(store))
        case .flag(let f):
            let written = try store.flag(f, by: try acting())
            return changes(store).map { .writtenChanged(written, $0) } ?? .written(written, projection(store))
        case .readable(let number):
            return .readable(try store.readable(number, for: try acting()).map(WireReadable.init))
        case .record(let id):
            return .record(try store.record(ofStudent: id, for: try acting()))
        // What was read crosses as what changed: one closed case, not the school again.
        case .loadHistory:
            try store.loadHistory()
            return changes(store).map(Response.changed) ?? .school(projection(store))
        case .loadCase(let number):
            try store.loadHistory(ofCase: number)
            return changes(store).map(Response.changed) ?? .school(projection(store))
        case .loadClosedPage(let count):
            try store.loadClosedPage(count)
            return changes(store).map(Response.changed) ?? .school(projection(store))
        case .audit(let number, let who, let since):
            guard try acting().mayReadAudit else { throw StoreError(.refused(.notPermitted), .auditNotAllowed) }
            let trail = try store.auditTrail(number: number, who: who, since: since)
            return .audit(trail.entries, openingsReadable: trail.openingsReadable)
        case .setPIN(let login, let pin):
            let person = try acting()
            try store.setPIN(login, pin: pin, by: person)
            if login == person.login { mustChangePIN = false }
            return .done
        case .unlockPIN(let login):
            try store.unlockPIN(login, by: try acting())
            return .done
        case .check, .verifyChains:
            throw StoreError(.refused(.invalid), .badRequest("answered above"))
        case .saveDrafts(let data):
            let person = try acting()
            guard data.count <= Self.draftLimit else { throw StoreError(.refused(.invalid), .entryTooLarge("\(Self.draftLimit >> 10)")) }
            try store.saveDrafts(Array(data), of: person.login)
            return .done
        case .loadDrafts:
            return .drafts(try store.loadDrafts(of: try acting().login).map { Data($0) })
        case .report(let r):
            return .report(try store.report(r, for: try acting()))
        case .watch:
            // Answered by `serve` with the descriptor itself (it tells only when the journal
            // changed, which `refresh` tells too).
            return .watching
        }
    }

    private func hello(actAs: String?, pin: String?) throws -> Response {
        if store != nil { throw StoreError(.refused(.invalid), .badRequest("hello twice")) }
        let opened: Store
        if let prepared = self.opened {
            // Opened ahead (or by a hello that still lacked a PIN): brought up to date.
            _ = try prepared.refresh()
            opened = prepared
        } else {
            opened = try Store.open(storePath)
        }
        self.opened = opened
        let school = opened.school
        if let login = actAs, login != unixLogin {
            if pin == nil && !opened.info.demo {
                guard school.staff[login] != nil else { throw StoreError(.refused(.notFound), .unknownStaff(login, school.name)) }
                throw StoreError(.refused(.notPermitted), .pinRequired(login))
            }
            actor = try verify(login, pin: pin ?? "", in: opened)
        } else if let me = school.staff[unixLogin] {
            try Self.stillHere(me)
            actor = me
        } else if !sharedAccount {
            throw StoreError(.refused(.notPermitted), .notStaff(unixLogin, school.name))
        }
        store = opened
        return .welcome(welcome(opened))
    }

    /// Checks a PIN against the hash only this side can read, counting wrong ones.
    private func verify(_ login: String, pin: String, in store: Store) throws -> Staff {
        guard let person = store.school.staff[login] else {
            throw StoreError(.refused(.notFound), .unknownStaff(login, store.school.name))
        }
        try Self.stillHere(person)
        if store.info.demo { return person }
        try store.signInAllowed(login)
        guard let hash = person.pinHash else { throw StoreError(.refused(.notPermitted), .noPinYet(person.name)) }
        guard PinHash.verify(pin, against: hash) else {
            let left = try store.recordSignInFailure(login, by: unixLogin)
            // A wrong PIN costs a second here, whatever the caller does next.
            sleep(1)
            if left == 0 { throw StoreError(.refused(.notPermitted), .pinLockedOut(login)) }
            throw StoreError(.refused(.notPermitted), .wrongPIN(person.name, "\(left)"))
        }
        try store.clearSignInFailures(login)
        mustChangePIN = PinHash.tooShort(pin)
        return person
    }

    private func acting() throws -> Staff {
        guard let login = actor?.login, let store else { throw StoreError(.refused(.notPermitted), .signInFirst) }
        // The roster may have changed since sign-in: act with the current record.
        guard let current = store.school.staff[login] else { throw StoreError(.refused(.notPermitted), .notStaff(login, store.school.name)) }
        try Self.stillHere(current)
        return current
    }

    /// Someone who left the school: no command, no view and no PIN works for them (issue 14).
    private static func stillHere(_ person: Staff) throws {
        if !person.isActive { throw StoreError(DomainError(.notPermitted, denial: .accessEnded)) }
    }

    private func projection(_ store: Store) -> WireSchool {
        let projected = store.school.projected(for: actor.flatMap { store.school.staff[$0.login] })
        sent = projected
        return WireSchool(projected)
    }

    /// What changed in this session's projection since it was last sent one; nil before that.
    private func changes(_ store: Store) -> WireChanges? {
        guard let sent else { return nil }
        let projected = store.school.projected(for: actor.flatMap { store.school.staff[$0.login] })
        self.sent = projected
        return WireChanges(from: sent, to: projected)
    }

    private func welcome(_ store: Store) -> Welcome {
        var facts = store.facts
        facts.behindBoundary = true
        facts.privateDirectory = nil
        facts.privateGroup = nil
        facts.privateReadable = true
        var person = actor
        if person?.pinHash != nil { person?.pinHash = Staff.pinIsSet }
        return Welcome(facts: facts, actor: person, school: projection(store), unixLogin: unixLogin, mustChangePIN: mustChangePIN, watch: true)
    }
}
