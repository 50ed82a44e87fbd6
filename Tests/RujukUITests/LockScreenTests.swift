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
        #expect(state.lock == nil && state.mode == .compose && state.compose.text == "Catatan yang belum selesai")
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
        #expect(state.lock?.reason == .idle && text(state).contains("Locked after 5 minute(s)"))

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
        var state = shared("budi")
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
}
