import Foundation
import RujukDomain

/// What happened: a key, a resize, or a result coming back from the store.
public enum Action: Sendable {
    case keyPressed(Key)
    case resized(width: Int, height: Int)
    case clockTicked(Date)
    case schoolChanged(School)
    case threadLoaded(Case?)
    /// Why confidential entries of the loaded thread are not shown (nil: nothing withheld wrongly).
    case threadNotice(String?)
    case recordLoaded(studentID: String, [RecordEntry])
    case appendSucceeded([Event])
    /// An append, a refresh or a load failed; the reducer tells busy from refused from damaged.
    case failed(Failure)
    /// The lock screen's login and PIN were right (for another person, the run loop has
    /// already rebuilt the state for them).
    case unlocked
    case unlockRefused(UnlockRefusal)
    /// The PIN was right but too short for today's rule: the lock screen asks for a new one.
    case unlockNeedsNewPIN(minimum: Int)
    /// No key for about 100 ms since a move asked for `.previewWhenRested`.
    case selectionRested
    /// A second after `.readWhenDwelled`: the thread shown then is read.
    case threadDwelled
    /// An import file read and planned against the roster, for the admin's preview.
    case importPreviewed(file: String, SyncPlan)
    /// The session started, or another person signed in: the principal and the vice principal
    /// land on the reports' overview, everyone else on their queue.
    case landed
}

/// What the run loop must do for the reducer; results come back as actions.
public enum Effect: Sendable, Equatable {
    case append([Event])
    /// Open a case for the student, or add the flag to their open case (decided under the lock).
    case flag(studentID: String, flag: Flag, area: Area, concern: String, urgency: Urgency)
    case loadThread(Int)
    /// The person has read case `number`'s thread up to entry `upTo`: kept in the store, so
    /// the unread dots and counts change for them in every session.
    case markRead(number: Int, upTo: Int)
    /// Send `.selectionRested` once no key came for about 100 ms (the wait restarts at each key):
    /// a burst of moves down the queue loads and draws one thread preview, not one per row.
    case previewWhenRested
    /// Send `.threadDwelled` once about a second has passed (the wait restarts when asked
    /// again): a thread is read once it stayed on screen, not when it flashed past.
    case readWhenDwelled
    /// Read the closed cases kept out of start-up (for a view that counts them all).
    case loadHistory
    /// Read the next page of closed cases, newest first (the "all" list, as the person scrolls).
    case loadClosedPage
    /// Read every case of the student this person may see, texts resolved.
    case loadRecord(studentID: String)
    /// Check a login and PIN typed on the lock screen.
    case unlock(login: String, pin: String)
    /// Set the signed-in person's new PIN (renewing a too-short one), then unlock.
    case renewPIN(login: String, pin: String)
    /// Read a roster file and plan its sync against the roster (the admin's import).
    case previewImport(path: String, missingLeft: LeaveReason?, on: String)
    case quit
}
