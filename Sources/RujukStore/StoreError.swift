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
    public var reason: StoreMessage
    /// Set when the domain refused the change.
    public var domain: DomainError?

    public init(_ kind: Kind, _ reason: StoreMessage) {
        self.kind = kind
        self.reason = reason
        self.domain = nil
    }

    public init(_ error: DomainError) {
        self.kind = .refused(error.kind)
        self.reason = .refused
        self.domain = error
    }

    /// The message's arguments (paths, line numbers, logins), as the wire carries them.
    public var args: [String] { reason.arguments }

    /// One English sentence that says what happened and what to do next.
    public var message: String { domain?.message ?? reason.english }
    public var description: String { message }

    /// An error from a system call on a path, worded by errno.
    static func system(_ call: String, _ path: String, _ code: Int32) -> StoreError {
        let reason = String(cString: strerror(code)).lowercased()
        if code == EACCES || code == EPERM { return StoreError(.permission, .permissionDenied(path)) }
        if code == EFBIG { return StoreError(.io, .fileTooLarge(path)) }
        if code == ENOSPC || code == EDQUOT { return StoreError(.io, .diskFull(path, reason)) }
        return StoreError(.io, .systemCallFailed(call, path, reason))
    }
}

/// Every sentence the store can fail with, its arguments typed as its case's values.
public enum StoreMessage: Sendable, Equatable {
    case refused
    case permissionDenied(String)
    case diskFull(String, String)
    case systemCallFailed(String, String, String)
    case damagedLine(String, String, String)
    case notAnEvent(String, String, String)
    case sequenceGap(String, String, String, String, String)
    case incompleteBeforeLater(String, String, String)
    case changedUnderLock(String)
    case alreadyAStore(String)
    case cannotReadStore(String)
    case noStore(String)
    case unknownFormat(String, String)
    case badInfo(String, String, String)
    case shorterThanSnapshot(String)
    case journalBeforeSnapshot
    case cannotWrite(String)
    case busy(String)
    case notInGroup(String, String, String)
    case privateNotWritable(String, String)
    case noSuchGroup(String)
    case openingNotRecorded(String)
    case chainTornTail(String, String)
    case chainDamaged(String, String, String)
    case chainMissing(String, String)
    case chainReordered(String, String, String, String)
    case chainRemoved(String, String, String, String)
    case chainEdited(String, String, String, String)
    case chainBadStart(String, String)
    case tornTailFound(String)
    case readableByOthers(String, String)
    case wrongGroup(String, String, String)
    case notSetgid(String, String)
    case notGroupWritable(String, String)
    case badPIN(String)
    case wrongPIN(String, String)
    case pinWait(String, String)
    case pinLockedOut(String)
    case pinTooShortNow(String, String)
    case noPinYet(String)
    case notStaff(String, String)
    case unknownStaff(String, String)
    case signInFirst
    case entryTooLarge(String)
    case fileTooLarge(String)
    case helperUnavailable(String)
    case helperGone(String)
    case badRequest(String)
    case protocolMismatch(String, String)
    case serverConfigUnsafe(String)
    case storeUnsafe(String)
    case pinFromEnvironment
    case notAdmin
    case linkInStore(String)
    case notStoreOwner(String, String, String)
    case backupAhead(String, String)
    case restoreNotEmpty(String)
    case rootOnly
    case refusedLine(String, String, String, String)
    case snapshotDiffers(String, String)
    case snapshotStale(String)
    case historyDamaged(String, String, String)
    case auditIndexDiffers(String, String)
    case demoBehindBoundary(String)
    case pinRequired(String)
    case auditNotAllowed
    case privateOpenToStaff(String, String, String)

    /// Each message by name, so a test can word every one and the wire can carry it.
    public enum Key: String, Sendable, CaseIterable {
        case refused, permissionDenied, diskFull, systemCallFailed, damagedLine, notAnEvent, sequenceGap, incompleteBeforeLater
        case changedUnderLock, alreadyAStore, cannotReadStore, noStore, unknownFormat, badInfo, shorterThanSnapshot, journalBeforeSnapshot
        case cannotWrite, busy, notInGroup, privateNotWritable, noSuchGroup, openingNotRecorded, chainTornTail, chainDamaged
        case chainMissing, chainReordered, chainRemoved, chainEdited, chainBadStart, tornTailFound, readableByOthers, wrongGroup
        case notSetgid, notGroupWritable, badPIN, wrongPIN, pinWait, pinLockedOut, pinTooShortNow, noPinYet
        case notStaff, unknownStaff, signInFirst, entryTooLarge, fileTooLarge, helperUnavailable, helperGone, badRequest
        case protocolMismatch, serverConfigUnsafe, storeUnsafe, pinFromEnvironment, notAdmin, linkInStore, notStoreOwner, backupAhead
        case restoreNotEmpty, rootOnly, refusedLine, snapshotDiffers, snapshotStale, historyDamaged, auditIndexDiffers, demoBehindBoundary, pinRequired, auditNotAllowed
        case privateOpenToStaff
    }

    public var key: Key {
        switch self {
        case .refused: .refused
        case .permissionDenied: .permissionDenied
        case .diskFull: .diskFull
        case .systemCallFailed: .systemCallFailed
        case .damagedLine: .damagedLine
        case .notAnEvent: .notAnEvent
        case .sequenceGap: .sequenceGap
        case .incompleteBeforeLater: .incompleteBeforeLater
        case .changedUnderLock: .changedUnderLock
        case .alreadyAStore: .alreadyAStore
        case .cannotReadStore: .cannotReadStore
        case .noStore: .noStore
        case .unknownFormat: .unknownFormat
        case .badInfo: .badInfo
        case .shorterThanSnapshot: .shorterThanSnapshot
        case .journalBeforeSnapshot: .journalBeforeSnapshot
        case .cannotWrite: .cannotWrite
        case .busy: .busy
        case .notInGroup: .notInGroup
        case .privateNotWritable: .privateNotWritable
        case .noSuchGroup: .noSuchGroup
        case .openingNotRecorded: .openingNotRecorded
        case .chainTornTail: .chainTornTail
        case .chainDamaged: .chainDamaged
        case .chainMissing: .chainMissing
        case .chainReordered: .chainReordered
        case .chainRemoved: .chainRemoved
        case .chainEdited: .chainEdited
        case .chainBadStart: .chainBadStart
        case .tornTailFound: .tornTailFound
        case .readableByOthers: .readableByOthers
        case .wrongGroup: .wrongGroup
        case .notSetgid: .notSetgid
        case .notGroupWritable: .notGroupWritable
        case .badPIN: .badPIN
        case .wrongPIN: .wrongPIN
        case .pinWait: .pinWait
        case .pinLockedOut: .pinLockedOut
        case .pinTooShortNow: .pinTooShortNow
        case .noPinYet: .noPinYet
        case .notStaff: .notStaff
        case .unknownStaff: .unknownStaff
        case .signInFirst: .signInFirst
        case .entryTooLarge: .entryTooLarge
        case .fileTooLarge: .fileTooLarge
        case .helperUnavailable: .helperUnavailable
        case .helperGone: .helperGone
        case .badRequest: .badRequest
        case .protocolMismatch: .protocolMismatch
        case .serverConfigUnsafe: .serverConfigUnsafe
        case .storeUnsafe: .storeUnsafe
        case .pinFromEnvironment: .pinFromEnvironment
        case .notAdmin: .notAdmin
        case .linkInStore: .linkInStore
        case .notStoreOwner: .notStoreOwner
        case .backupAhead: .backupAhead
        case .restoreNotEmpty: .restoreNotEmpty
        case .rootOnly: .rootOnly
        case .refusedLine: .refusedLine
        case .snapshotDiffers: .snapshotDiffers
        case .snapshotStale: .snapshotStale
        case .historyDamaged: .historyDamaged
        case .auditIndexDiffers: .auditIndexDiffers
        case .demoBehindBoundary: .demoBehindBoundary
        case .pinRequired: .pinRequired
        case .auditNotAllowed: .auditNotAllowed
        case .privateOpenToStaff: .privateOpenToStaff
        }
    }

    /// The arguments in order, as they cross the wire.
    public var arguments: [String] {
        switch self {
        case .refused: []
        case .permissionDenied(let a0): [a0]
        case .diskFull(let a0, let a1): [a0, a1]
        case .systemCallFailed(let a0, let a1, let a2): [a0, a1, a2]
        case .damagedLine(let a0, let a1, let a2): [a0, a1, a2]
        case .notAnEvent(let a0, let a1, let a2): [a0, a1, a2]
        case .sequenceGap(let a0, let a1, let a2, let a3, let a4): [a0, a1, a2, a3, a4]
        case .incompleteBeforeLater(let a0, let a1, let a2): [a0, a1, a2]
        case .changedUnderLock(let a0): [a0]
        case .alreadyAStore(let a0): [a0]
        case .cannotReadStore(let a0): [a0]
        case .noStore(let a0): [a0]
        case .unknownFormat(let a0, let a1): [a0, a1]
        case .badInfo(let a0, let a1, let a2): [a0, a1, a2]
        case .shorterThanSnapshot(let a0): [a0]
        case .journalBeforeSnapshot: []
        case .cannotWrite(let a0): [a0]
        case .busy(let a0): [a0]
        case .notInGroup(let a0, let a1, let a2): [a0, a1, a2]
        case .privateNotWritable(let a0, let a1): [a0, a1]
        case .noSuchGroup(let a0): [a0]
        case .openingNotRecorded(let a0): [a0]
        case .chainTornTail(let a0, let a1): [a0, a1]
        case .chainDamaged(let a0, let a1, let a2): [a0, a1, a2]
        case .chainMissing(let a0, let a1): [a0, a1]
        case .chainReordered(let a0, let a1, let a2, let a3): [a0, a1, a2, a3]
        case .chainRemoved(let a0, let a1, let a2, let a3): [a0, a1, a2, a3]
        case .chainEdited(let a0, let a1, let a2, let a3): [a0, a1, a2, a3]
        case .chainBadStart(let a0, let a1): [a0, a1]
        case .tornTailFound(let a0): [a0]
        case .readableByOthers(let a0, let a1): [a0, a1]
        case .wrongGroup(let a0, let a1, let a2): [a0, a1, a2]
        case .notSetgid(let a0, let a1): [a0, a1]
        case .notGroupWritable(let a0, let a1): [a0, a1]
        case .badPIN(let a0): [a0]
        case .wrongPIN(let a0, let a1): [a0, a1]
        case .pinWait(let a0, let a1): [a0, a1]
        case .pinLockedOut(let a0): [a0]
        case .pinTooShortNow(let a0, let a1): [a0, a1]
        case .noPinYet(let a0): [a0]
        case .notStaff(let a0, let a1): [a0, a1]
        case .unknownStaff(let a0, let a1): [a0, a1]
        case .signInFirst: []
        case .entryTooLarge(let a0): [a0]
        case .fileTooLarge(let a0): [a0]
        case .helperUnavailable(let a0): [a0]
        case .helperGone(let a0): [a0]
        case .badRequest(let a0): [a0]
        case .protocolMismatch(let a0, let a1): [a0, a1]
        case .serverConfigUnsafe(let a0): [a0]
        case .storeUnsafe(let a0): [a0]
        case .pinFromEnvironment: []
        case .notAdmin: []
        case .linkInStore(let a0): [a0]
        case .notStoreOwner(let a0, let a1, let a2): [a0, a1, a2]
        case .backupAhead(let a0, let a1): [a0, a1]
        case .restoreNotEmpty(let a0): [a0]
        case .rootOnly: []
        case .refusedLine(let a0, let a1, let a2, let a3): [a0, a1, a2, a3]
        case .snapshotDiffers(let a0, let a1): [a0, a1]
        case .snapshotStale(let a0): [a0]
        case .historyDamaged(let a0, let a1, let a2): [a0, a1, a2]
        case .auditIndexDiffers(let a0, let a1): [a0, a1]
        case .demoBehindBoundary(let a0): [a0]
        case .pinRequired(let a0): [a0]
        case .auditNotAllowed: []
        case .privateOpenToStaff(let a0, let a1, let a2): [a0, a1, a2]
        }
    }

    /// The message from its key and arguments (from the wire); nil when the count is wrong.
    public init?(key: Key, arguments a: [String]) {
        switch key {
        case .refused: guard a.isEmpty else { return nil }; self = .refused
        case .permissionDenied: guard a.count == 1 else { return nil }; self = .permissionDenied(a[0])
        case .diskFull: guard a.count == 2 else { return nil }; self = .diskFull(a[0], a[1])
        case .systemCallFailed: guard a.count == 3 else { return nil }; self = .systemCallFailed(a[0], a[1], a[2])
        case .damagedLine: guard a.count == 3 else { return nil }; self = .damagedLine(a[0], a[1], a[2])
        case .notAnEvent: guard a.count == 3 else { return nil }; self = .notAnEvent(a[0], a[1], a[2])
        case .sequenceGap: guard a.count == 5 else { return nil }; self = .sequenceGap(a[0], a[1], a[2], a[3], a[4])
        case .incompleteBeforeLater: guard a.count == 3 else { return nil }; self = .incompleteBeforeLater(a[0], a[1], a[2])
        case .changedUnderLock: guard a.count == 1 else { return nil }; self = .changedUnderLock(a[0])
        case .alreadyAStore: guard a.count == 1 else { return nil }; self = .alreadyAStore(a[0])
        case .cannotReadStore: guard a.count == 1 else { return nil }; self = .cannotReadStore(a[0])
        case .noStore: guard a.count == 1 else { return nil }; self = .noStore(a[0])
        case .unknownFormat: guard a.count == 2 else { return nil }; self = .unknownFormat(a[0], a[1])
        case .badInfo: guard a.count == 3 else { return nil }; self = .badInfo(a[0], a[1], a[2])
        case .shorterThanSnapshot: guard a.count == 1 else { return nil }; self = .shorterThanSnapshot(a[0])
        case .journalBeforeSnapshot: guard a.isEmpty else { return nil }; self = .journalBeforeSnapshot
        case .cannotWrite: guard a.count == 1 else { return nil }; self = .cannotWrite(a[0])
        case .busy: guard a.count == 1 else { return nil }; self = .busy(a[0])
        case .notInGroup: guard a.count == 3 else { return nil }; self = .notInGroup(a[0], a[1], a[2])
        case .privateNotWritable: guard a.count == 2 else { return nil }; self = .privateNotWritable(a[0], a[1])
        case .noSuchGroup: guard a.count == 1 else { return nil }; self = .noSuchGroup(a[0])
        case .openingNotRecorded: guard a.count == 1 else { return nil }; self = .openingNotRecorded(a[0])
        case .chainTornTail: guard a.count == 2 else { return nil }; self = .chainTornTail(a[0], a[1])
        case .chainDamaged: guard a.count == 3 else { return nil }; self = .chainDamaged(a[0], a[1], a[2])
        case .chainMissing: guard a.count == 2 else { return nil }; self = .chainMissing(a[0], a[1])
        case .chainReordered: guard a.count == 4 else { return nil }; self = .chainReordered(a[0], a[1], a[2], a[3])
        case .chainRemoved: guard a.count == 4 else { return nil }; self = .chainRemoved(a[0], a[1], a[2], a[3])
        case .chainEdited: guard a.count == 4 else { return nil }; self = .chainEdited(a[0], a[1], a[2], a[3])
        case .chainBadStart: guard a.count == 2 else { return nil }; self = .chainBadStart(a[0], a[1])
        case .tornTailFound: guard a.count == 1 else { return nil }; self = .tornTailFound(a[0])
        case .readableByOthers: guard a.count == 2 else { return nil }; self = .readableByOthers(a[0], a[1])
        case .wrongGroup: guard a.count == 3 else { return nil }; self = .wrongGroup(a[0], a[1], a[2])
        case .notSetgid: guard a.count == 2 else { return nil }; self = .notSetgid(a[0], a[1])
        case .notGroupWritable: guard a.count == 2 else { return nil }; self = .notGroupWritable(a[0], a[1])
        case .badPIN: guard a.count == 1 else { return nil }; self = .badPIN(a[0])
        case .wrongPIN: guard a.count == 2 else { return nil }; self = .wrongPIN(a[0], a[1])
        case .pinWait: guard a.count == 2 else { return nil }; self = .pinWait(a[0], a[1])
        case .pinLockedOut: guard a.count == 1 else { return nil }; self = .pinLockedOut(a[0])
        case .pinTooShortNow: guard a.count == 2 else { return nil }; self = .pinTooShortNow(a[0], a[1])
        case .noPinYet: guard a.count == 1 else { return nil }; self = .noPinYet(a[0])
        case .notStaff: guard a.count == 2 else { return nil }; self = .notStaff(a[0], a[1])
        case .unknownStaff: guard a.count == 2 else { return nil }; self = .unknownStaff(a[0], a[1])
        case .signInFirst: guard a.isEmpty else { return nil }; self = .signInFirst
        case .entryTooLarge: guard a.count == 1 else { return nil }; self = .entryTooLarge(a[0])
        case .fileTooLarge: guard a.count == 1 else { return nil }; self = .fileTooLarge(a[0])
        case .helperUnavailable: guard a.count == 1 else { return nil }; self = .helperUnavailable(a[0])
        case .helperGone: guard a.count == 1 else { return nil }; self = .helperGone(a[0])
        case .badRequest: guard a.count == 1 else { return nil }; self = .badRequest(a[0])
        case .protocolMismatch: guard a.count == 2 else { return nil }; self = .protocolMismatch(a[0], a[1])
        case .serverConfigUnsafe: guard a.count == 1 else { return nil }; self = .serverConfigUnsafe(a[0])
        case .storeUnsafe: guard a.count == 1 else { return nil }; self = .storeUnsafe(a[0])
        case .pinFromEnvironment: guard a.isEmpty else { return nil }; self = .pinFromEnvironment
        case .notAdmin: guard a.isEmpty else { return nil }; self = .notAdmin
        case .linkInStore: guard a.count == 1 else { return nil }; self = .linkInStore(a[0])
        case .notStoreOwner: guard a.count == 3 else { return nil }; self = .notStoreOwner(a[0], a[1], a[2])
        case .backupAhead: guard a.count == 2 else { return nil }; self = .backupAhead(a[0], a[1])
        case .restoreNotEmpty: guard a.count == 1 else { return nil }; self = .restoreNotEmpty(a[0])
        case .rootOnly: guard a.isEmpty else { return nil }; self = .rootOnly
        case .refusedLine: guard a.count == 4 else { return nil }; self = .refusedLine(a[0], a[1], a[2], a[3])
        case .snapshotDiffers: guard a.count == 2 else { return nil }; self = .snapshotDiffers(a[0], a[1])
        case .snapshotStale: guard a.count == 1 else { return nil }; self = .snapshotStale(a[0])
        case .historyDamaged: guard a.count == 3 else { return nil }; self = .historyDamaged(a[0], a[1], a[2])
        case .auditIndexDiffers: guard a.count == 2 else { return nil }; self = .auditIndexDiffers(a[0], a[1])
        case .demoBehindBoundary: guard a.count == 1 else { return nil }; self = .demoBehindBoundary(a[0])
        case .pinRequired: guard a.count == 1 else { return nil }; self = .pinRequired(a[0])
        case .auditNotAllowed: guard a.isEmpty else { return nil }; self = .auditNotAllowed
        case .privateOpenToStaff: guard a.count == 3 else { return nil }; self = .privateOpenToStaff(a[0], a[1], a[2])
        }
    }

    /// The message with `{0}`, `{1}` for its arguments, to compare the wordings of two languages.
    public static func sample(_ key: Key) -> StoreMessage {
        switch key {
        case .refused: .refused
        case .permissionDenied: .permissionDenied("{0}")
        case .diskFull: .diskFull("{0}", "{1}")
        case .systemCallFailed: .systemCallFailed("{0}", "{1}", "{2}")
        case .damagedLine: .damagedLine("{0}", "{1}", "{2}")
        case .notAnEvent: .notAnEvent("{0}", "{1}", "{2}")
        case .sequenceGap: .sequenceGap("{0}", "{1}", "{2}", "{3}", "{4}")
        case .incompleteBeforeLater: .incompleteBeforeLater("{0}", "{1}", "{2}")
        case .changedUnderLock: .changedUnderLock("{0}")
        case .alreadyAStore: .alreadyAStore("{0}")
        case .cannotReadStore: .cannotReadStore("{0}")
        case .noStore: .noStore("{0}")
        case .unknownFormat: .unknownFormat("{0}", "{1}")
        case .badInfo: .badInfo("{0}", "{1}", "{2}")
        case .shorterThanSnapshot: .shorterThanSnapshot("{0}")
        case .journalBeforeSnapshot: .journalBeforeSnapshot
        case .cannotWrite: .cannotWrite("{0}")
        case .busy: .busy("{0}")
        case .notInGroup: .notInGroup("{0}", "{1}", "{2}")
        case .privateNotWritable: .privateNotWritable("{0}", "{1}")
        case .noSuchGroup: .noSuchGroup("{0}")
        case .openingNotRecorded: .openingNotRecorded("{0}")
        case .chainTornTail: .chainTornTail("{0}", "{1}")
        case .chainDamaged: .chainDamaged("{0}", "{1}", "{2}")
        case .chainMissing: .chainMissing("{0}", "{1}")
        case .chainReordered: .chainReordered("{0}", "{1}", "{2}", "{3}")
        case .chainRemoved: .chainRemoved("{0}", "{1}", "{2}", "{3}")
        case .chainEdited: .chainEdited("{0}", "{1}", "{2}", "{3}")
        case .chainBadStart: .chainBadStart("{0}", "{1}")
        case .tornTailFound: .tornTailFound("{0}")
        case .readableByOthers: .readableByOthers("{0}", "{1}")
        case .wrongGroup: .wrongGroup("{0}", "{1}", "{2}")
        case .notSetgid: .notSetgid("{0}", "{1}")
        case .notGroupWritable: .notGroupWritable("{0}", "{1}")
        case .badPIN: .badPIN("{0}")
        case .wrongPIN: .wrongPIN("{0}", "{1}")
        case .pinWait: .pinWait("{0}", "{1}")
        case .pinLockedOut: .pinLockedOut("{0}")
        case .pinTooShortNow: .pinTooShortNow("{0}", "{1}")
        case .noPinYet: .noPinYet("{0}")
        case .notStaff: .notStaff("{0}", "{1}")
        case .unknownStaff: .unknownStaff("{0}", "{1}")
        case .signInFirst: .signInFirst
        case .entryTooLarge: .entryTooLarge("{0}")
        case .fileTooLarge: .fileTooLarge("{0}")
        case .helperUnavailable: .helperUnavailable("{0}")
        case .helperGone: .helperGone("{0}")
        case .badRequest: .badRequest("{0}")
        case .protocolMismatch: .protocolMismatch("{0}", "{1}")
        case .serverConfigUnsafe: .serverConfigUnsafe("{0}")
        case .storeUnsafe: .storeUnsafe("{0}")
        case .pinFromEnvironment: .pinFromEnvironment
        case .notAdmin: .notAdmin
        case .linkInStore: .linkInStore("{0}")
        case .notStoreOwner: .notStoreOwner("{0}", "{1}", "{2}")
        case .backupAhead: .backupAhead("{0}", "{1}")
        case .restoreNotEmpty: .restoreNotEmpty("{0}")
        case .rootOnly: .rootOnly
        case .refusedLine: .refusedLine("{0}", "{1}", "{2}", "{3}")
        case .snapshotDiffers: .snapshotDiffers("{0}", "{1}")
        case .historyDamaged: .historyDamaged("{0}", "{1}", "{2}")
        case .auditIndexDiffers: .auditIndexDiffers("{0}", "{1}")
        case .snapshotStale: .snapshotStale("{0}")
        case .demoBehindBoundary: .demoBehindBoundary("{0}")
        case .pinRequired: .pinRequired("{0}")
        case .auditNotAllowed: .auditNotAllowed
        case .privateOpenToStaff: .privateOpenToStaff("{0}", "{1}", "{2}")
        }
    }

    public var english: String {
        switch self {
        case .refused: "The change was refused."
        case .permissionDenied(let a0): "Permission denied on \(a0); ask the school's admin to add you to the store's group."
        case .diskFull(let a0, let a1): "Could not save to \(a0): \(a1); free some space and try again (nothing was saved)."
        case .systemCallFailed(let a0, let a1, let a2): "\(a0) failed on \(a1): \(a2); nothing was saved, try again or run `rujuk check`."
        case .damagedLine(let a0, let a1, let a2): "\(a0) line \(a1) (byte \(a2)) is damaged (its checksum or format is wrong); the store was left untouched, restore that file from a backup or run `rujuk check` for details."
        case .notAnEvent(let a0, let a1, let a2): "\(a0) line \(a1) (byte \(a2)) is not a Rujuk event; the store was left untouched, restore that file from a backup or run `rujuk check` for details."
        case .sequenceGap(let a0, let a1, let a2, let a3, let a4): "\(a0) line \(a1) (byte \(a2)) has sequence number \(a3) where \(a4) was expected (a line is missing or repeated); the store was left untouched, restore that file from a backup."
        case .incompleteBeforeLater(let a0, let a1, let a2): "\(a0) line \(a1) (byte \(a2)) ends with an incomplete line although a later segment exists; the store was left untouched, restore that file from a backup."
        case .changedUnderLock(let a0): "\(a0) changed under the lock; run `rujuk check`."
        case .alreadyAStore(let a0): "There is already a Rujuk store at \(a0); use it, or choose another directory with --store."
        case .cannotReadStore(let a0): "You cannot read the store at \(a0); ask the school's admin to add you to its group."
        case .noStore(let a0): "There is no Rujuk store at \(a0); create one with `rujuk init --school NAME` (or `rujuk init --demo`)."
        case .unknownFormat(let a0, let a1): "\(a0) has format \(a1), which this version of Rujuk does not know; install a newer Rujuk."
        case .badInfo(let a0, let a1, let a2): "\(a0) line \(a1) (byte \(a2)) is not a valid store description; the store was left untouched, restore that file from a backup."
        case .shorterThanSnapshot(let a0): "\(a0) is shorter than the snapshot expects; run `rujuk check`."
        case .journalBeforeSnapshot: "The journal ends before the snapshot's position; run `rujuk check`."
        case .cannotWrite(let a0): "You cannot write to this store (\(a0)); ask the school's admin to add you to its group."
        case .busy(let a0): "The store is busy: another session held its lock for more than \(a0) seconds; try again in a moment."
        case .notInGroup(let a0, let a1, let a2): "You cannot use the store at \(a0): it is shared only with the Unix group \(a1); ask the school's admin to add you (`sudo usermod -aG \(a1) \(a2)`), then log in again."
        case .privateNotWritable(let a0, let a1): "Confidential entries cannot be saved: \(a0) is only for the Unix group \(a1), and your account is not in it; ask the school's admin, or write the entry for the team (nothing was saved)."
        case .noSuchGroup(let a0): "There is no Unix group \(a0) on this machine; create it first (`sudo groupadd \(a0)`)."
        case .openingNotRecorded(let a0): "Confidential entries are not shown, because their opening could not be recorded in the audit (\(a0)); try again or run `rujuk check`."
        case .chainTornTail(let a0, let a1): "\(a0) line \(a1) is incomplete (a torn write); the next write moves it aside."
        case .chainDamaged(let a0, let a1, let a2): "\(a0) line \(a1) (byte \(a2)) is damaged or was edited by hand (its checksum is wrong); restore that file from a backup."
        case .chainMissing(let a0, let a1): "\(a0) line \(a1) carries no hash of the line before it although earlier lines do: it was inserted by hand."
        case .chainReordered(let a0, let a1, let a2, let a3): "\(a0) line \(a1) is out of order: it records \(a2) line \(a3) as the line before it; lines were moved or removed."
        case .chainRemoved(let a0, let a1, let a2, let a3): "\(a0) line \(a1) follows sequence number \(a2) with \(a3): a line before it was removed."
        case .chainEdited(let a0, let a1, let a2, let a3): "\(a0) line \(a1) was edited after it was written (\(a2) line \(a3) records a different hash for it)."
        case .chainBadStart(let a0, let a1): "\(a0) line \(a1) does not start this store's chain: lines were removed from the start, or the file comes from another store."
        case .tornTailFound(let a0): "\(a0) ends with an incomplete line (a torn write); the next write will move it aside to a .torn file."
        case .readableByOthers(let a0, let a1): "\(a0) can be read or changed by every user on this machine (mode \(a1)); fix it with `chmod o-rwx \(a0)`."
        case .wrongGroup(let a0, let a1, let a2): "\(a0) belongs to the group \(a1), not \(a2); fix it with `sudo chgrp \(a2) \(a0)`."
        case .notSetgid(let a0, let a1): "The directory \(a0) lacks the setgid bit (mode \(a1)), so new files would not be shared with its group; fix it with `chmod 2770 \(a0)`."
        case .notGroupWritable(let a0, let a1): "\(a0) is not writable by its group (mode \(a1)), so colleagues cannot save; fix it with `chmod g+rw \(a0)`."
        case .badPIN(let a0): "A PIN is \(a0) to 12 digits; choose another."
        case .wrongPIN(let a0, let a1): "That is not the PIN of \(a0); \(a1) more tries before it is locked."
        case .pinWait(let a0, let a1): "Too many wrong PINs for \(a0); wait \(a1) seconds and try again."
        case .pinLockedOut(let a0): "The PIN of \(a0) is locked after too many wrong tries; ask the school's admin to unlock it (`rujuk staff unlock \(a0)`)."
        case .pinTooShortNow(let a0, let a1): "The PIN of \(a0) is shorter than \(a1) digits; set a new one first with `rujuk staff set-pin \(a0)`."
        case .noPinYet(let a0): "\(a0) has no PIN yet; ask the school's admin to set one (`rujuk staff set-pin \(a0)`)."
        case .notStaff(let a0, let a1): "The Unix user \(a0) is not on the staff list of \(a1); ask the school's admin to add you (`rujuk staff add \(a0) …`)."
        case .unknownStaff(let a0, let a1): "There is no staff member \(a0) in \(a1); see `rujuk staff`."
        case .signInFirst: "Nobody is signed in on this shared account; sign in with your login and PIN first."
        case .entryTooLarge(let a0): "An entry may hold at most \(a0) KiB of text; shorten it or split it (nothing was saved)."
        case .fileTooLarge(let a0): "Could not save to \(a0): the file-size limit of this session (ulimit -f) was reached; nothing was saved, raise the limit or ask the school's admin."
        case .helperUnavailable(let a0): "The part of Rujuk that opens the school's store could not be started (\(a0)); ask the school's admin to run scripts/install-server.sh again."
        case .helperGone(let a0): "The part of Rujuk that opens the school's store stopped (\(a0)); what you typed is kept, start Rujuk again."
        case .badRequest(let a0): "The school's store refused a malformed request (\(a0)); nothing was changed."
        case .protocolMismatch(let a0, let a1): "This rujuk (\(a0)) does not match the installed helper (\(a1)); ask the school's admin to run scripts/install-server.sh again."
        case .serverConfigUnsafe(let a0): "\(a0) must be a regular file owned by root and writable by nobody else; the school's store was not opened (ask the school's admin)."
        case .storeUnsafe(let a0): "\(a0) must be a directory owned by the system account rujuk and closed to everyone else (mode 0700); the store was not opened (ask the school's admin)."
        case .pinFromEnvironment: "The school's store takes a PIN only from the terminal, never from RUJUK_PIN; run the command on a terminal."
        case .notAdmin: "Only the school's admin can do this."
        case .linkInStore(let a0): "\(a0) is a symbolic link, which nothing in a store may be; remove it (`sudo rm \(a0)`) and run `rujuk check` again."
        case .notStoreOwner(let a0, let a1, let a2): "\(a0) does not belong to \(a1), the store's owner; fix it with `sudo chown -R \(a1): \(a2)`."
        case .backupAhead(let a0, let a1): "\(a0) is longer than \(a1): this backup belongs to another store (or the store was replaced); choose another destination."
        case .restoreNotEmpty(let a0): "\(a0) is not empty; restore into an empty or new directory (nothing was changed)."
        case .rootOnly: "Only root can do this (sudo rujuk …): a backup holds every confidential entry."
        case .refusedLine(let a0, let a1, let a2, let a3): "\(a0) line \(a1) (byte \(a2)) holds a change Rujuk would have refused (\(a3)): it was not written by Rujuk; restore that file from a backup."
        case .snapshotDiffers(let a0, let a1): "\(a0) does not match the journal (\(a1) differ): it was replaced or edited; delete it and Rujuk rebuilds it from the journal."
        case .snapshotStale(let a0): "\(a0) cannot be read or belongs to another store; delete it and Rujuk rebuilds it from the journal."
        case .historyDamaged(let a0, let a1, let a2): "\(a0) line \(a1) (byte \(a2)) is damaged; closed cases are read from the journal instead. The history folder is only a copy: delete it and Rujuk writes it again."
        case .auditIndexDiffers(let a0, let a1): "\(a1) does not say what the journal says (edited or damaged); rujuk audit reads past it. The audit index is only a copy: the store's owner deletes \(a0) and Rujuk writes it again."
        case .demoBehindBoundary(let a0): "\(a0) says this is a demo store (anyone may act as anyone without a PIN), which a school store never is: it was edited; restore it from a backup."
        case .pinRequired(let a0): "Acting as \(a0) needs their PIN, typed on a terminal."
        case .auditNotAllowed: "Only counsellors and the principal can read the audit."
        case .privateOpenToStaff(let a0, let a1, let a2): "\(a0) belongs to the same group as the store (\(a1)), so every member can read confidential entries; give it to the BK group with `sudo chgrp -R \(a2) \(a0)`."
        }
    }
}
