import Foundation
import RujukDomain

/// The lock screen of a shared terminal: who is at the keyboard and their PIN. While it is
/// up nothing else is drawn; what was being written stays in the state behind it.
public struct LockScreen: Sendable, Equatable {
    public enum Reason: Sendable, Equatable {
        /// A shared account starting: nobody is signed in yet.
        case start
        /// Nobody typed for the idle limit.
        case idle
        /// F12 or Ctrl-G: blanked at once.
        case panic
    }

    /// `newPIN` and `repeatPIN` only while renewing a PIN shorter than new ones may be.
    public enum Field: Sendable, Equatable { case login, pin, newPIN, repeatPIN }

    public var reason: Reason
    public var login: String
    /// Typed digits, never drawn; cleared as soon as they are sent for checking.
    public var pin = ""
    public var field: Field
    /// Why the last attempt failed.
    public var problem: UnlockRefusal?
    /// Sent for checking; keys wait until the answer comes.
    public var checking = false
    /// The PIN was right but shorter than new PINs may be: a new one is asked, twice, before
    /// anything else opens (the school server allows this session nothing else).
    public var renewing = false
    public var newPIN = ""
    public var repeatPIN = ""
    public var minimumDigits = 6

    public init(reason: Reason, login: String, field: Field) {
        self.reason = reason
        self.login = login
        self.field = field
    }
}

/// Why the run loop did not unlock.
public enum UnlockRefusal: Sendable, Equatable {
    case unknownLogin
    case wrongPIN
    /// The person has no PIN yet, so they cannot sign in on a shared account.
    case noPINYet
    case emptyLogin
    /// Too many wrong PINs in a row: wait this many seconds (counted by the school server).
    case wait(seconds: Int)
    /// Locked after too many wrong PINs, until the admin unlocks it.
    case lockedOut
    /// Renewing: the two new PINs typed differ.
    case newPINsDiffer
    /// Renewing: a new PIN has this many digits at least.
    case newPINTooShort(minimum: Int)
    /// Renewing: the school server did not take the new PIN (the sentence says why).
    case newPINRefused(String)
}

/// How this session guards the screen, decided by the run loop from the account it runs under.
public struct Guard: Sendable, Equatable {
    /// A shared account (the staffroom): names are shortened in lists and the screen locks when idle.
    public var sharedTerminal = false
    /// Lock after this long without a key (shared accounts only); nil never.
    public var idleLimit: TimeInterval?
    /// Unlocking asks for a PIN (a school store); the demo school has none.
    public var needsPIN = true
    /// The last key press, for the idle limit.
    public var lastInput = Date.distantPast

    public init(sharedTerminal: Bool = false, idleLimit: TimeInterval? = nil, needsPIN: Bool = true) {
        self.sharedTerminal = sharedTerminal
        self.idleLimit = idleLimit
        self.needsPIN = needsPIN
    }
}
