#if canImport(Glibc)
import Glibc
#endif
import CPrivilege
import Foundation
import RujukDomain
import RujukReport
import RujukStore

/// The unprivileged end of a session with a school store: starts the helper, speaks the
/// protocol, and keeps the projection it is given. It can ask; only the helper decides.
public final class HelperConnection: StoreAccess {
    let fd: Int32
    let pid: pid_t
    public private(set) var school: School
    public private(set) var facts: StoreFacts
    /// Who acts (nil on a shared account until someone signs in).
    public private(set) var actor: Staff?
    public private(set) var unixLogin: String
    /// Signed in with a PIN shorter than new PINs may be: setting a new one comes first.
    public private(set) var mustChangePIN = false
    /// The helper can hand over a watch on the journal (older helpers cannot).
    var helperWatches = false
    let encoder = JSONCoding.wireEncoder()
    let decoder = JSONCoding.wireDecoder()

    /// Starts `helper`; `hello` then opens the session (`check` and `verifyChains` need none).
    public init(helper: String, environment: [String: String] = [:]) throws {
        var pair: [Int32] = [0, 0]
        guard socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0, &pair) == 0 else {
            throw StoreError(.io, .helperUnavailable(String(cString: strerror(errno))))
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, pair[1], 0)
        posix_spawn_file_actions_adddup2(&actions, pair[1], 1)
        var child: pid_t = 0
        let argv: [UnsafeMutablePointer<CChar>?] = [strdup(helper), nil]
        let envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        let spawned = posix_spawn(&child, helper, &actions, nil, argv, envp)
        close(pair[1])
        guard spawned == 0 else {
            close(pair[0])
            throw StoreError(.io, .helperUnavailable("\(helper): \(String(cString: strerror(spawned)))"))
        }
        fd = pair[0]
        pid = child
        school = School(name: "")
        facts = StoreFacts(id: "", school: "", lang: "en", demo: false, behindBoundary: true,
                           privateDirectory: nil, privateGroup: nil, privateReadable: true)
        unixLogin = ""
    }

    /// Opens the session, as the Unix user or as `actAs` with a PIN.
    public func hello(actAs: String?, pin: String?) throws {
        try sendHello(actAs: actAs, pin: pin)
        try receiveWelcome()
    }

    /// The first half of `hello`: the interface sets up the terminal while the helper answers.
    public func sendHello(actAs: String?, pin: String?) throws {
        try send(.hello(version: wireVersion, actAs: actAs, pin: pin))
    }

    /// The second half of `hello`.
    public func receiveWelcome() throws {
        guard case .welcome(let welcome) = try receive() else {
            throw StoreError(.io, .helperGone("no welcome"))
        }
        school = welcome.school.school
        facts = welcome.facts
        helperWatches = welcome.watch ?? false
        actor = welcome.actor
        unixLogin = welcome.unixLogin
        mustChangePIN = welcome.mustChangePIN ?? false
    }

    /// A connection over a descriptor already joined to a helper (tests serve a Broker on a
    /// thread at the other end).
    init(connectedTo fd: Int32) {
        self.fd = fd
        pid = 0
        school = School(name: "")
        facts = StoreFacts(id: "", school: "", lang: "en", demo: false, behindBoundary: true,
                           privateDirectory: nil, privateGroup: nil, privateReadable: true)
        unixLogin = ""
    }

    /// Not to be waited for when it goes (it may still be opening the store): it reads the
    /// end of its input once it is done and exits; the kernel reaps it with this process.
    private var abandoned = false

    public func abandon() { abandoned = true }

    deinit {
        close(fd)
        if pid > 0 && !abandoned { _ = Self.reap(pid) }
    }

    static func reap(_ pid: pid_t) -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return status
    }

    /// One request, one answer; a refusal is thrown as the error it stands for.
    func exchange(_ request: Request) throws -> Response {
        try send(request)
        return try receive()
    }

    private func send(_ request: Request) throws {
        let bytes = Array(try encoder.encode(request))
        try speaking { try Frame.write(bytes, to: fd) }
    }

    private func receive() throws -> Response {
        try speaking {
            let answer = try Frame.read(from: fd, limit: Frame.responseLimit)
            let response = try ResponseCoding.decode(answer, with: decoder)
            if case .refused(let e) = response { throw e.storeError }
            return response
        }
    }

    /// A failure to speak with the helper, in the store's terms.
    private func speaking<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let failure as Frame.Failure {
            switch failure {
            case .closed: throw StoreError(.io, .helperGone("closed"))
            case .tooLarge(let n): throw StoreError(.io, .helperGone("frame of \(n) bytes"))
            case .io(let code): throw StoreError(.io, .helperGone(String(cString: strerror(code))))
            }
        } catch let e as StoreError {
            throw e
        } catch {
            throw StoreError(.io, .helperGone("\(error)"))
        }
    }

    private func adopt(_ response: Response) {
        switch response {
        case .school(let s?): school = s.school
        case .written(_, let s): school = s.school
        case .changed(let changes), .writtenChanged(_, let changes): school = changes.applied(to: school)
        case .welcome(let w): school = w.school.school; actor = w.actor; mustChangePIN = w.mustChangePIN ?? false
        default: break
        }
    }

    // MARK: StoreAccess

    public func refresh() throws -> Bool {
        let response = try exchange(.refresh)
        switch response {
        case .school(nil): return false
        case .school, .changed:
            adopt(response)
            return true
        default: return false
        }
    }

    @discardableResult
    public func append(_ events: [Event]) throws -> [Event] {
        let response = try exchange(.append(events))
        adopt(response)
        switch response {
        case .written(let written, _), .writtenChanged(let written, _): return written
        default: return []
        }
    }

    public func flag(_ request: FlagRequest, by actor: Staff) throws -> [Event] {
        let response = try exchange(.flag(request))
        adopt(response)
        switch response {
        case .written(let written, _), .writtenChanged(let written, _): return written
        default: return []
        }
    }

    public func readable(_ number: Int, for person: Staff) throws -> ReadableCase? {
        guard case .readable(let r) = try exchange(.readable(number: number)) else { return nil }
        return r?.readable
    }

    public func record(ofStudent id: String, for person: Staff) throws -> [RecordEntry] {
        guard case .record(let entries) = try exchange(.record(studentID: id)) else { return [] }
        return entries
    }

    public func loadHistory() throws {
        adopt(try exchange(.loadHistory))
    }

    public func loadHistory(ofCase number: Int) throws {
        adopt(try exchange(.loadCase(number: number)))
    }

    public func loadClosedPage(_ count: Int) throws {
        adopt(try exchange(.loadClosedPage(count: count)))
    }

    public func auditTrail(number: Int?, who: String?, since: Date?) throws -> (entries: [AuditEntry], openingsReadable: Bool) {
        guard case .audit(let entries, let readable) = try exchange(.audit(number: number, who: who, since: since)) else { return ([], true) }
        return (entries, readable)
    }

    public func setPIN(_ login: String, pin: String, by actor: Staff) throws {
        _ = try exchange(.setPIN(login: login, pin: pin))
        if login == self.actor?.login { mustChangePIN = false }
    }

    public func signIn(_ login: String, pin: String) throws -> Staff {
        let response = try exchange(.signIn(login: login, pin: pin))
        adopt(response)
        guard let actor else { throw StoreError(.refused(.notPermitted), .signInFirst) }
        return actor
    }

    public func signOut() throws {
        adopt(try exchange(.signOut))
        actor = nil
    }

    public func unlockPIN(_ login: String, by actor: Staff) throws {
        _ = try exchange(.unlockPIN(login: login))
    }

    public func check() throws -> Store.CheckReport { try check(nightly: false) }

    /// `nightly`: the helper keeps the result for the login banner and the interface.
    public func check(nightly: Bool) throws -> Store.CheckReport {
        guard case .check(let c) = try exchange(.check(nightly: nightly)) else { throw StoreError(.io, .helperGone("no report")) }
        return c.report
    }

    public func verifyChains(lookingFor head: String? = nil) throws -> [(isPrivate: Bool, report: Store.ChainReport)] {
        guard case .chains(let chains) = try exchange(.verifyChains(head: head)) else { return [] }
        return chains.map { ($0.isPrivate, $0.report) }
    }

    public func saveDrafts(_ data: Data) throws { _ = try exchange(.saveDrafts(data)) }

    public func report(_ request: ReportRequest, for person: Staff) throws -> Report {
        guard case .report(let r) = try exchange(.report(request)) else { throw StoreError(.io, .helperGone("no report")) }
        return r
    }

    /// The helper's watch on the journal, and the socket itself, which becomes readable only
    /// when the helper has gone (so that is said at once, not at the next change).
    public func changeWatch() -> ChangeWatch? {
        guard helperWatches, (try? send(.watch)) != nil else { return nil }
        let journal = rujuk_receive_descriptor(fd)
        return journal >= 0 ? ChangeWatch(adopting: journal, alongside: [fd]) : nil
    }

    public func loadDrafts() throws -> Data? {
        guard case .drafts(let d) = try exchange(.loadDrafts) else { return nil }
        return d
    }
}
