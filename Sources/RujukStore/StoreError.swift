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
    public var args: [String]
    /// Set when the domain refused the change.
    public var domain: DomainError?

    public init(_ kind: Kind, _ reason: StoreMessage, _ args: String...) {
        self.kind = kind
        self.reason = reason
        self.args = args
        self.domain = nil
    }

    public init(_ error: DomainError) {
        self.kind = .refused(error.kind)
        self.reason = .refused
        self.args = []
        self.domain = error
    }

    /// One English sentence that says what happened and what to do next.
    public var message: String { domain?.message ?? DomainMessage.fill(reason.english, args) }
    public var description: String { message }

    /// An error from a system call on a path, worded by errno.
    static func system(_ call: String, _ path: String, _ code: Int32) -> StoreError {
        let reason = String(cString: strerror(code)).lowercased()
        if code == EACCES || code == EPERM { return StoreError(.permission, .permissionDenied, path) }
        if code == EFBIG { return StoreError(.io, .fileTooLarge, path) }
        if code == ENOSPC || code == EDQUOT { return StoreError(.io, .diskFull, path, reason) }
        return StoreError(.io, .systemCallFailed, call, path, reason)
    }
}

/// Every sentence the store can fail with, by key; `{0}`, `{1}` are its arguments.
public enum StoreMessage: String, Sendable, CaseIterable {
    case refused, permissionDenied, diskFull, systemCallFailed, damagedLine, notAnEvent, sequenceGap
    case incompleteBeforeLater, changedUnderLock, alreadyAStore, cannotReadStore, noStore
    case unknownFormat, badInfo, shorterThanSnapshot, journalBeforeSnapshot, cannotWrite, busy
    case notInGroup, privateNotWritable, noSuchGroup, openingNotRecorded
    case chainTornTail, chainDamaged, chainMissing, chainReordered, chainRemoved, chainEdited, chainBadStart
    case tornTailFound, readableByOthers, wrongGroup, notSetgid, notGroupWritable, privateOpenToStaff
    case badPIN, wrongPIN, pinWait, pinLockedOut, pinTooShortNow, noPinYet, notStaff, unknownStaff, signInFirst
    case entryTooLarge, fileTooLarge, helperUnavailable, helperGone, badRequest, protocolMismatch
    case serverConfigUnsafe, storeUnsafe, pinFromEnvironment, notAdmin, auditNotAllowed, pinRequired, linkInStore, notStoreOwner, backupAhead, restoreNotEmpty, rootOnly
    case refusedLine, snapshotDiffers, snapshotStale, demoBehindBoundary

    public var english: String {
        switch self {
        case .refused: "The change was refused."
        case .permissionDenied: "Permission denied on {0}; ask the school's admin to add you to the store's group."
        case .diskFull: "Could not save to {0}: {1}; free some space and try again (nothing was saved)."
        case .systemCallFailed: "{0} failed on {1}: {2}; nothing was saved, try again or run `rujuk check`."
        case .damagedLine: "{0} line {1} (byte {2}) is damaged (its checksum or format is wrong); the store was left untouched, restore that file from a backup or run `rujuk check` for details."
        case .notAnEvent: "{0} line {1} (byte {2}) is not a Rujuk event; the store was left untouched, restore that file from a backup or run `rujuk check` for details."
        case .sequenceGap: "{0} line {1} (byte {2}) has sequence number {3} where {4} was expected (a line is missing or repeated); the store was left untouched, restore that file from a backup."
        case .incompleteBeforeLater: "{0} line {1} (byte {2}) ends with an incomplete line although a later segment exists; the store was left untouched, restore that file from a backup."
        case .changedUnderLock: "{0} changed under the lock; run `rujuk check`."
        case .alreadyAStore: "There is already a Rujuk store at {0}; use it, or choose another directory with --store."
        case .cannotReadStore: "You cannot read the store at {0}; ask the school's admin to add you to its group."
        case .noStore: "There is no Rujuk store at {0}; create one with `rujuk init --school NAME` (or `rujuk init --demo`)."
        case .unknownFormat: "{0} has format {1}, which this version of Rujuk does not know; install a newer Rujuk."
        case .badInfo: "{0} line {1} (byte {2}) is not a valid store description; the store was left untouched, restore that file from a backup."
        case .shorterThanSnapshot: "{0} is shorter than the snapshot expects; run `rujuk check`."
        case .journalBeforeSnapshot: "The journal ends before the snapshot's position; run `rujuk check`."
        case .cannotWrite: "You cannot write to this store ({0}); ask the school's admin to add you to its group."
        case .busy: "The store is busy: another session held its lock for more than {0} seconds; try again in a moment."
        case .notInGroup: "You cannot use the store at {0}: it is shared only with the Unix group {1}; ask the school's admin to add you (`sudo usermod -aG {1} {2}`), then log in again."
        case .privateNotWritable: "Confidential entries cannot be saved: {0} is only for the Unix group {1}, and your account is not in it; ask the school's admin, or write the entry for the team (nothing was saved)."
        case .noSuchGroup: "There is no Unix group {0} on this machine; create it first (`sudo groupadd {0}`)."
        case .openingNotRecorded: "Confidential entries are not shown, because their opening could not be recorded in the audit ({0}); try again or run `rujuk check`."
        case .chainTornTail: "{0} line {1} is incomplete (a torn write); the next write moves it aside."
        case .chainDamaged: "{0} line {1} (byte {2}) is damaged or was edited by hand (its checksum is wrong); restore that file from a backup."
        case .chainMissing: "{0} line {1} carries no hash of the line before it although earlier lines do: it was inserted by hand."
        case .chainReordered: "{0} line {1} is out of order: it records {2} line {3} as the line before it; lines were moved or removed."
        case .chainRemoved: "{0} line {1} follows sequence number {2} with {3}: a line before it was removed."
        case .chainEdited: "{0} line {1} was edited after it was written ({2} line {3} records a different hash for it)."
        case .chainBadStart: "{0} line {1} does not start this store's chain: lines were removed from the start, or the file comes from another store."
        case .tornTailFound: "{0} ends with an incomplete line (a torn write); the next write will move it aside to a .torn file."
        case .readableByOthers: "{0} can be read or changed by every user on this machine (mode {1}); fix it with `chmod o-rwx {0}`."
        case .wrongGroup: "{0} belongs to the group {1}, not {2}; fix it with `sudo chgrp {2} {0}`."
        case .notSetgid: "The directory {0} lacks the setgid bit (mode {1}), so new files would not be shared with its group; fix it with `chmod 2770 {0}`."
        case .notGroupWritable: "{0} is not writable by its group (mode {1}), so colleagues cannot save; fix it with `chmod g+rw {0}`."
        case .badPIN: "A PIN is {0} to 12 digits; choose another."
        case .wrongPIN: "That is not the PIN of {0}; {1} more tries before it is locked."
        case .pinWait: "Too many wrong PINs for {0}; wait {1} seconds and try again."
        case .pinLockedOut: "The PIN of {0} is locked after too many wrong tries; ask the school's admin to unlock it (`rujuk staff unlock {0}`)."
        case .pinTooShortNow: "The PIN of {0} is shorter than {1} digits; set a new one first with `rujuk staff set-pin {0}`."
        case .noPinYet: "{0} has no PIN yet; ask the school's admin to set one (`rujuk staff set-pin {0}`)."
        case .notStaff: "The Unix user {0} is not on the staff list of {1}; ask the school's admin to add you (`rujuk staff add {0} …`)."
        case .unknownStaff: "There is no staff member {0} in {1}; see `rujuk staff`."
        case .signInFirst: "Nobody is signed in on this shared account; sign in with your login and PIN first."
        case .entryTooLarge: "An entry may hold at most {0} KiB of text; shorten it or split it (nothing was saved)."
        case .fileTooLarge: "Could not save to {0}: the file-size limit of this session (ulimit -f) was reached; nothing was saved, raise the limit or ask the school's admin."
        case .helperUnavailable: "The part of Rujuk that opens the school's store could not be started ({0}); ask the school's admin to run scripts/install-server.sh again."
        case .helperGone: "The part of Rujuk that opens the school's store stopped ({0}); what you typed is kept, start Rujuk again."
        case .badRequest: "The school's store refused a malformed request ({0}); nothing was changed."
        case .protocolMismatch: "This rujuk ({0}) does not match the installed helper ({1}); ask the school's admin to run scripts/install-server.sh again."
        case .serverConfigUnsafe: "{0} must be a regular file owned by root and writable by nobody else; the school's store was not opened (ask the school's admin)."
        case .storeUnsafe: "{0} must be a directory owned by the system account rujuk and closed to everyone else (mode 0700); the store was not opened (ask the school's admin)."
        case .pinFromEnvironment: "The school's store takes a PIN only from the terminal, never from RUJUK_PIN; run the command on a terminal."
        case .notAdmin: "Only the school's admin can do this."
        case .linkInStore: "{0} is a symbolic link, which nothing in a store may be; remove it (`sudo rm {0}`) and run `rujuk check` again."
        case .notStoreOwner: "{0} does not belong to {1}, the store's owner; fix it with `sudo chown -R {1}: {2}`."
        case .backupAhead: "{0} is longer than {1}: this backup belongs to another store (or the store was replaced); choose another destination."
        case .restoreNotEmpty: "{0} is not empty; restore into an empty or new directory (nothing was changed)."
        case .rootOnly: "Only root can do this (sudo rujuk …): a backup holds every confidential entry."
        case .refusedLine: "{0} line {1} (byte {2}) holds a change Rujuk would have refused ({3}): it was not written by Rujuk; restore that file from a backup."
        case .snapshotDiffers: "{0} does not match the journal ({1} differ): it was replaced or edited; delete it and Rujuk rebuilds it from the journal."
        case .snapshotStale: "{0} cannot be read or belongs to another store; delete it and Rujuk rebuilds it from the journal."
        case .demoBehindBoundary: "{0} says this is a demo store (anyone may act as anyone without a PIN), which a school store never is: it was edited; restore it from a backup."
        case .pinRequired: "Acting as {0} needs their PIN, typed on a terminal."
        case .auditNotAllowed: "Only counsellors and the principal can read the audit."
        case .privateOpenToStaff: "{0} belongs to the same group as the store ({1}), so every member can read confidential entries; give it to the BK group with `sudo chgrp -R {2} {0}`."
        }
    }

    /// The sentence with its arguments filled in.
    public func fill(_ args: String...) -> String { DomainMessage.fill(english, args) }
}
