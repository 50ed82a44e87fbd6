import Foundation
import Testing
@testable import RujukDomain
@testable import RujukUI

@Suite struct LockScreenTests {
    func text(_ s: AppState) -> String { render(s).lines.joined(separator: "\n") }

    func shared(_ login: String, width: Int = 120, height: Int = 40) -> AppState {
        var state = demoState(login, width: width, height: height)
        state.guardian = Guard(sharedTerminal: true, idleLimit: 300, needsPIN: true)
        state.guardian.lastInput = state.now
        return state
    }

    @Test(arguments: [Key.function(12), Key.ctrl("g")])
    func thePanicKeyBlanksEverythingAtOnceAndKeepsTheDraft(_ panic: Key) {
        var state = shared("budi")
        _ = press(&state, [.char("r")] + type("Catatan yang belum selesai"))
        let before = text(state)
        #expect(before.contains("Catatan yang belum selesai"))
        _ = press(&state, [panic])
        let screen = text(state)
        #expect(state.lock?.reason == .panic)
        #expect(!screen.contains("Catatan") && !screen.contains(DemoSchool.name) && !screen.contains("#"))
        #expect(screen.contains("Login: budi"))
        // Keys go to the lock screen, not to the reply behind it.
        let effects = press(&state, type("12x34") + [.enter])
        #expect(effects == [.unlock(login: "budi", pin: "1234")] && state.lock?.pin == "" && state.lock?.checking == true)
        _ = reduce(&state, .unlocked)
        #expect(state.lock == nil && state.composing != nil && state.compose.text == "Catatan yang belum selesai")
    }

    @Test func nothingIsReadBehindTheLock() {
        var state = shared("budi")
        state.lock(.idle)
        #expect(reduce(&state, .schoolChanged(state.school)).isEmpty)
        _ = press(&state, type("1234") + [.enter])
        #expect(reduce(&state, .unlocked) == state.selectedCase.map { [.loadThread($0.number)] })
    }

    @Test func aWrongPINIsSaidAndTheScreenStaysLocked() {
        var state = shared("sari")
        state.lock(.idle)
        _ = press(&state, type("0000") + [.enter])
        _ = reduce(&state, .unlockRefused(.wrongPIN))
        #expect(state.lock?.problem == .wrongPIN && state.lock?.checking == false)
        #expect(text(state).contains("Wrong PIN"))
        #expect(press(&state, [.char("n")]).isEmpty && state.mode == .browse)
    }

    @Test func theScreenLocksAfterTheIdleLimitOnlyOnASharedAccount() {
        var state = shared("sari")
        let start = state.now
        _ = reduce(&state, .clockTicked(start.addingTimeInterval(299)))
        #expect(state.lock == nil)
        _ = press(&state, [.char("j")])
        _ = reduce(&state, .clockTicked(start.addingTimeInterval(400)))
        #expect(state.lock == nil, "a key press restarts the idle time")
        _ = reduce(&state, .clockTicked(start.addingTimeInterval(299 + 400)))
        #expect(state.lock?.reason == .idle && text(state).contains("Locked after 5 minutes"))

        var personal = demoState("sari")
        _ = reduce(&personal, .clockTicked(personal.now.addingTimeInterval(86_400)))
        #expect(personal.lock == nil)
    }

    @Test func escapeLetsSomeoneElseSignIn() {
        var state = shared("sari")
        state.lock(.idle)
        let effects = press(&state, [.escape] + type("budi") + [.enter] + type("1234") + [.enter])
        #expect(effects == [.unlock(login: "budi", pin: "1234")])
    }

    @Test func qSignsOutOnASharedAccountAndQuitsOnAPersonalOne() {
        var state = shared("sari")
        #expect(press(&state, [.char("q")]).isEmpty)
        #expect(state.lock?.reason == .start && state.lock?.login == "" && !state.shouldQuit)
        #expect(text(state).contains("Who are you?"))
        var personal = demoState("sari")
        #expect(press(&personal, [.char("q")]) == [.quit])
    }

    @Test func aSharedTerminalShowsInitialsUntilARowIsFocused() {
        let state = shared("budi")
        let names = state.queue.compactMap { state.school.students[$0.studentID]?.name }
        #expect(names.count > 2)
        let screen = text(state)
        // The selected row (and the thread of it) show the name; the other rows only initials.
        let others = names.dropFirst().filter { n in !names.first!.hasPrefix(n.split(separator: " ")[0]) }
        for name in others { #expect(!screen.contains(String(name.split(separator: " ")[0]) + " "), "\(name)") }
        #expect(screen.contains(QueuePane.short(names[0])))
        let personal = text(demoState("budi"))
        #expect(others.allSatisfy { personal.contains(String($0.split(separator: " ")[0]) + " ") })
    }

    @Test(arguments: [(20, 5), (60, 16), (80, 24)])
    func theLockScreenDrawsAtAnySize(_ size: (Int, Int)) {
        var state = shared("sari", width: size.0, height: size.1)
        state.lock(.start)
        let grid = render(state)
        #expect(grid.width == size.0 && grid.height == size.1)
    }

    @Test func helpListsThePanicKey() {
        var state = demoState("sari")
        _ = press(&state, [.char("?")])
        #expect(text(state).contains("F12"))
    }

    /// A kiosk user whose old PIN is too short has no shell to run `staff set-pin`: the lock
    /// screen asks for a new PIN twice, and nothing opens until the helper has set it.
    @Test(arguments: [Language.en, .id])
    func aTooShortPINIsRenewedOnTheLockScreen(_ language: Language) {
        var state = shared("sari", width: 80, height: 24)
        state.catalog = Catalog(language)
        state.lock(.start)
        #expect(press(&state, type("sari") + [.enter] + type("1234") + [.enter]) == [.unlock(login: "sari", pin: "1234")])
        _ = reduce(&state, .unlockNeedsNewPIN(minimum: 6))
        #expect(state.lock?.renewing == true && state.lock?.field == .newPIN && state.lock?.checking == false)
        let asking = text(state)
        #expect(asking.contains(language == .en ? "choose a new one of 6 to 12 digits" : "buat PIN baru 6 sampai 12 angka"))
        #expect(!asking.contains("1234"))
        // Too short: said, and asked again.
        #expect(press(&state, type("12345") + [.enter]).isEmpty)
        #expect(state.lock?.problem == .newPINTooShort(minimum: 6) && state.lock?.field == .newPIN)
        #expect(text(state).contains(language == .en ? "A new PIN has 6 to 12 digits." : "PIN baru terdiri atas 6 sampai 12 angka."))
        // Typed twice differently: both cleared.
        _ = press(&state, [.backspace, .backspace, .backspace, .backspace, .backspace])
        #expect(press(&state, type("482913") + [.enter] + type("482914") + [.enter]).isEmpty)
        #expect(state.lock?.problem == .newPINsDiffer && state.lock?.newPIN == "" && state.lock?.repeatPIN == "")
        let screen = text(state)
        #expect(!screen.contains("482913") && screen.contains("•") == false)
        // The same twice: sent, and the screen waits for the helper.
        let effects = press(&state, type("482913") + [.enter] + type("482913") + [.enter])
        #expect(effects == [.renewPIN(login: "sari", pin: "482913")])
        #expect(state.lock?.checking == true && state.lock?.newPIN == "" && state.lock?.repeatPIN == "")
        #expect(press(&state, [.char("n")]).isEmpty, "keys wait for the answer")
        // The helper refused it: its sentence is shown, and a new PIN is asked again.
        _ = reduce(&state, .unlockRefused(.newPINRefused("The PIN has 6 to 12 digits.")))
        #expect(state.lock?.field == .newPIN && state.lock?.renewing == true)
        #expect(text(state).contains("The PIN has 6 to 12 digits."))
        _ = press(&state, type("482913") + [.enter] + type("482913") + [.enter])
        _ = reduce(&state, .unlocked)
        #expect(state.lock == nil)
    }

    @Test func escapeWhileRenewingHandsTheKeyboardToSomeoneElse() {
        var state = shared("sari")
        state.lock(.start)
        _ = press(&state, type("sari") + [.enter] + type("1234") + [.enter])
        _ = reduce(&state, .unlockNeedsNewPIN(minimum: 6))
        _ = press(&state, type("48") + [.escape])
        #expect(state.lock?.renewing == false && state.lock?.login == "" && state.lock?.field == .login)
    }
}
