#if canImport(Glibc)
import Glibc
#endif
import Foundation
import RujukDomain

/// Wrong PINs, counted inside the trust boundary in `signin.json` (beside the journal, never
/// readable by staff), so that restarting the interface does not reset them.
public struct SignInPolicy: Sendable {
    /// Tries without a pause.
    public static let freeTries = 3
    /// After this many wrong PINs in a row only the admin can unlock.
    public static let lockAfter = 10

    /// Seconds to wait after `failures` wrong PINs in a row: 0, 0, 0, 2, 4, 8 … up to 5 minutes.
    public static func pause(after failures: Int) -> Int {
        failures <= freeTries ? 0 : min(1 << (failures - freeTries), 300)
    }
}

struct SignInFile: Codable {
    struct Record: Codable { var failures: Int; var last: Date }
    var people: [String: Record] = [:]
}

extension Store {
    var signInPath: String { layout.root + "/signin.json" }

    func readSignIns() -> SignInFile {
        guard let bytes = try? FileDescriptor.open(signInPath, O_RDONLY).readAll(),
              let file = try? decoder.decode(SignInFile.self, from: Data(bytes)) else { return SignInFile() }
        return file
    }

    /// Refuses a try while the pause after earlier wrong PINs runs, or once the PIN is locked.
    public func signInAllowed(_ login: String, now: Date = Date()) throws {
        guard let record = readSignIns().people[login] else { return }
        if record.failures >= SignInPolicy.lockAfter { throw StoreError(.refused(.notPermitted), .pinLockedOut(login)) }
        let until = record.last.addingTimeInterval(TimeInterval(SignInPolicy.pause(after: record.failures)))
        if until > now { throw StoreError(.refused(.notPermitted), .pinWait(login, "\(Int(until.timeIntervalSince(now).rounded(.up)))")) }
    }

    /// Counts a wrong PIN for `login` (tried by the Unix account `by`), durably and in the
    /// audit; returns how many tries are left before the lock.
    @discardableResult
    public func recordSignInFailure(_ login: String, by: String, now: Date = Date()) throws -> Int {
        try withLock {
            var file = readSignIns()
            let failures = (file.people[login]?.failures ?? 0) + 1
            file.people[login] = SignInFile.Record(failures: failures, last: now)
            try FileSystem.replace(signInPath, with: Array(try encoder.encode(file)), mode: Self.fileMode)
            try writeAuditLine(Array(try encoder.encode(PinRefusal(by: by, login: login, at: ISODate.truncated(now)))))
            return max(0, SignInPolicy.lockAfter - failures)
        }
    }

    /// A right PIN, or the admin lifting the lock: the count starts again.
    public func clearSignInFailures(_ login: String) throws {
        guard readSignIns().people[login] != nil else { return }
        try withLock {
            var file = readSignIns()
            file.people[login] = nil
            try FileSystem.replace(signInPath, with: Array(try encoder.encode(file)), mode: Self.fileMode)
        }
    }
}

extension Store {
    func draftPath(_ login: String) throws -> String {
        try Validation.login(login)
        return layout.root + "/drafts/" + login + ".json"
    }

    /// Keeps the drafts of a person signed in on a shared account inside the store.
    public func saveDrafts(_ bytes: [UInt8], of login: String) throws {
        try FileSystem.makeDirectory(layout.root + "/drafts", mode: 0o700)
        try FileSystem.replace(try draftPath(login), with: bytes, mode: 0o600)
    }

    public func loadDrafts(of login: String) throws -> [UInt8]? {
        let path = try draftPath(login)
        guard FileSystem.exists(path) else { return nil }
        return try FileDescriptor.open(path, O_RDONLY).readAll()
    }
}
