import Foundation
import RujukDomain

/// Everything that can go wrong with the store, each kind with its exit code at the edge.
public struct StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// There is no store at the path.
        case missing
        /// A file cannot be parsed or fails its checksum: file, line and byte are in the message.
        case corrupt
        /// Another writer held the lock past the timeout.
        case busy
        /// A read, write or sync failed.
        case io
        /// The operating system refused access.
        case permission
        /// The domain refused the change.
        case refused(DomainError.Kind)
    }

    public var kind: Kind
    /// One sentence that says what happened and what to do next.
    public var message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public init(_ error: DomainError) {
        self.kind = .refused(error.kind)
        self.message = error.message
    }

    public var description: String { message }

    /// An error from a system call on a path, worded by errno.
    static func system(_ call: String, _ path: String, _ code: Int32) -> StoreError {
        let reason = String(cString: strerror(code))
        if code == EACCES || code == EPERM {
            return StoreError(.permission, "Permission denied on \(path); ask the school's admin to add you to the store's group.")
        }
        if code == ENOSPC || code == EDQUOT || code == EFBIG {
            return StoreError(.io, "Could not save to \(path): \(reason.lowercased()); free some space and try again (nothing was saved).")
        }
        return StoreError(.io, "\(call) failed on \(path): \(reason.lowercased()); nothing was saved, try again or run `rujuk check`.")
    }
}
