import Foundation
import RujukDomain

/// Keys on the lock screen, locking when idle, and the panic key.
extension AppState {
    /// Locks the screen; what was typed stays behind it.
    public mutating func lock(_ reason: LockScreen.Reason) {
        let login = reason == .start ? "" : actor.login
        lock = LockScreen(reason: reason, login: login, field: login.isEmpty || !guardian.needsPIN ? .login : .pin)
    }

    /// The panic key blanks the screen from anywhere.
    static func isPanicKey(_ key: Key) -> Bool { key == .function(12) || key == .ctrl("g") }

    mutating func lockIfIdle() {
        guard lock == nil, let limit = guardian.idleLimit, now.timeIntervalSince(guardian.lastInput) >= limit else { return }
        lock(.idle)
    }
}

func lockKey(_ state: inout AppState, _ key: Key) -> [Effect] {
    guard var screen = state.lock, !screen.checking else { return [] }
    defer { state.lock = screen }
    if screen.renewing { return renewalKey(&screen, key) }
    let needsPIN = state.guardian.needsPIN
    switch key {
    case .tab, .backTab, .up, .down:
        if needsPIN { screen.field = screen.field == .login ? .pin : .login }
    case .escape:
        // Someone else at the keyboard.
        screen = LockScreen(reason: screen.reason, login: "", field: .login)
    case .backspace:
        if screen.field == .login { _ = screen.login.popLast() } else { _ = screen.pin.popLast() }
    case .char(let c):
        if screen.field == .login, screen.login.count < 32, !c.isWhitespace { screen.login.append(c) }
        if screen.field == .pin, screen.pin.count < 12, c.isASCII, c.isNumber { screen.pin.append(c) }
    case .enter:
        if screen.login.isEmpty {
            screen.problem = .emptyLogin
            screen.field = .login
            return []
        }
        if screen.field == .login && needsPIN {
            screen.field = .pin
            return []
        }
        let pin = screen.pin
        screen.pin = ""
        screen.problem = nil
        screen.checking = true
        return [.unlock(login: screen.login, pin: pin)]
    default:
        break
    }
    return []
}

/// Keys while a too-short PIN is renewed: the new PIN, the same again, Enter; Esc gives the
/// keyboard to someone else.
private func renewalKey(_ screen: inout LockScreen, _ key: Key) -> [Effect] {
    switch key {
    case .tab, .backTab, .up, .down:
        screen.field = screen.field == .newPIN ? .repeatPIN : .newPIN
    case .escape:
        screen = LockScreen(reason: screen.reason, login: "", field: .login)
    case .backspace:
        if screen.field == .newPIN { _ = screen.newPIN.popLast() } else { _ = screen.repeatPIN.popLast() }
    case .char(let c) where c.isASCII && c.isNumber:
        if screen.field == .newPIN, screen.newPIN.count < 12 { screen.newPIN.append(c) }
        if screen.field == .repeatPIN, screen.repeatPIN.count < 12 { screen.repeatPIN.append(c) }
    case .enter:
        if screen.field == .newPIN {
            if screen.newPIN.count < screen.minimumDigits {
                screen.problem = .newPINTooShort(minimum: screen.minimumDigits)
                return []
            }
            screen.problem = nil
            screen.field = .repeatPIN
            return []
        }
        guard screen.newPIN == screen.repeatPIN else {
            screen.problem = .newPINsDiffer
            screen.newPIN = ""
            screen.repeatPIN = ""
            screen.field = .newPIN
            return []
        }
        let pin = screen.newPIN
        screen.newPIN = ""
        screen.repeatPIN = ""
        screen.problem = nil
        screen.checking = true
        return [.renewPIN(login: screen.login, pin: pin)]
    default:
        break
    }
    return []
}
