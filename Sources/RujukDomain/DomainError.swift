import Foundation

/// Why the domain refused an event or a request. Each kind maps to one exit code at the edge.
public struct DomainError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// A student, case or person that does not exist.
        case notFound
        /// The actor may not do this.
        case notPermitted
        /// The input is invalid, or the edit is based on an older state.
        case invalid
        /// The event concerns a closed case that is not in memory yet; load history and retry.
        case needsHistory
    }

    public var kind: Kind
    /// One sentence that says what is wrong and what to do next.
    public var message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }

    static func notFound(_ m: String) -> DomainError { DomainError(.notFound, m) }
    static func notPermitted(_ m: String) -> DomainError { DomainError(.notPermitted, m) }
    static func invalid(_ m: String) -> DomainError { DomainError(.invalid, m) }
}
