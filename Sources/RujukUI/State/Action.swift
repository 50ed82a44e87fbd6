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
    case appendFailed(String)
    /// The lock screen's login and PIN were right (for another person, the run loop has
    /// already rebuilt the state for them).
    case unlocked
    case unlockRefused(UnlockRefusal)
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
    /// Read the closed cases kept out of start-up (for a view that lists closed cases too).
    case loadHistory
    /// Read every case of the student this person may see, texts resolved.
    case loadRecord(studentID: String)
    /// Check a login and PIN typed on the lock screen.
    case unlock(login: String, pin: String)
    case quit
}
