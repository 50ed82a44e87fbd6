import Foundation
import RujukDomain
import RujukStore

/// A refusal as it crosses the boundary: typed keys and arguments, never a sentence, so the
/// unprivileged side words it in the reader's language and exits with the same code as an
/// in-process store would.
public struct WireError: Codable, Sendable, Equatable, Error {
    /// `missing`, `corrupt`, `busy`, `io`, `permission`, or a domain kind (`notFound`,
    /// `notPermitted`, `invalid`, `needsHistory`).
    public var kind: String
    public var store: String?
    public var domain: String?
    public var denial: String?
    public var args: [String]

    public init(_ error: StoreError) {
        switch error.kind {
        case .missing: kind = "missing"
        case .corrupt: kind = "corrupt"
        case .busy: kind = "busy"
        case .io: kind = "io"
        case .permission: kind = "permission"
        case .refused(let k): kind = Self.name(k)
        }
        store = error.reason.key.rawValue
        args = error.args
        domain = error.domain?.reason.key.rawValue
        denial = error.domain?.denial?.rawValue
        if let d = error.domain { args = d.args }
    }

    public init(_ error: DomainError) {
        kind = Self.name(error.kind)
        store = nil
        domain = error.reason.key.rawValue
        denial = error.denial?.rawValue
        args = error.args
    }

    /// Any error of ours; anything else is an I/O failure worded by its description.
    public init(any error: Error) {
        switch error {
        case let e as WireError: self = e
        case let e as StoreError: self.init(e)
        case let e as DomainError: self.init(e)
        default: self.init(StoreError(.io, .systemCallFailed("rujuk-helper", "-", "\(error)")))
        }
    }

    private static func name(_ kind: DomainError.Kind) -> String {
        switch kind {
        case .notFound: "notFound"
        case .notPermitted: "notPermitted"
        case .invalid: "invalid"
        case .needsHistory: "needsHistory"
        }
    }

    private var domainKind: DomainError.Kind? {
        switch kind {
        case "notFound": .notFound
        case "notPermitted": .notPermitted
        case "invalid": .invalid
        case "needsHistory": .needsHistory
        default: nil
        }
    }

    private var domainError: DomainError? {
        guard let k = domainKind else { return nil }
        if let d = denial.flatMap(Denial.init(rawValue:)) { return DomainError(k, denial: d) }
        guard let m = domain.flatMap(DomainMessage.Key.init(rawValue:)).flatMap({ DomainMessage(key: $0, arguments: args) }) else { return nil }
        return DomainError(k, m)
    }

    /// The error as the rest of Rujuk knows it. A key this side does not know (another
    /// version) becomes a refused request, never a crash.
    public var storeError: StoreError {
        if store == nil || store == StoreMessage.Key.refused.rawValue, let d = domainError { return StoreError(d) }
        let known = store.flatMap(StoreMessage.Key.init(rawValue:)).flatMap { StoreMessage(key: $0, arguments: args) }
        let k: StoreError.Kind
        switch kind {
        case "missing": k = .missing
        case "corrupt": k = .corrupt
        case "busy": k = .busy
        case "io": k = .io
        case "permission": k = .permission
        default: k = .refused(domainKind ?? .invalid)
        }
        // A key or an argument count this side does not know says what it was given.
        return StoreError(k, known ?? .badRequest(store ?? kind))
    }
}
