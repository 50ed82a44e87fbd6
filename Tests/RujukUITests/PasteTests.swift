import Foundation
import Testing
@testable import RujukDomain
@testable import RujukUI

/// Pasted text is typed into what is being written and never runs as keys.
@Suite struct PasteTests {
    @Test func linesPastedIntoAReplyStayOneDraftUntilEnter() {
        var state = demoState("sari")
        let number = state.selectedCase!.number
        #expect(press(&state, [.char("r"), .paste("Baris satu\r\nBaris dua\rBaris tiga\n")]).isEmpty)
        #expect(state.compose.text == "Baris satu\nBaris dua\nBaris tiga\n")
        #expect(state.composing == number)
        // Nothing was sent by the line breaks; Enter sends the whole note once.
        let effects = press(&state, [.enter])
        #expect(effects.count == 1)
        guard case .append(let events)? = effects.first, case .messagePosted(let m) = events.first?.payload else {
            Issue.record("no message: \(effects)"); return
        }
        #expect(m.text == "Baris satu\nBaris dua\nBaris tiga\n")
    }

    @Test func aPasteOnTheQueueRunsNoKeys() {
        var state = demoState("budi")
        let before = (state.mode, state.selected, state.focus, state.filter)
        // "Bar" and "pq" would open a record, pick up a case and quit, typed.
        #expect(press(&state, [.paste("Bar\npq\n")]).isEmpty)
        #expect(state.mode == before.0 && state.selected == before.1 && state.focus == before.2 && state.filter == before.3)
        #expect(!state.shouldQuit)
        #expect(state.status == state.catalog.t(.pasteNowhere))
    }

    @Test func aPasteIntoTheFlagFormFillsOneFieldAndLeavesTheChoicesAlone() {
        var state = demoState("sari")
        _ = press(&state, [.char("n")] + type("andi prat") + [.enter])
        #expect(state.flag.field == .saw)
        _ = press(&state, [.paste("Sering melamun.\nTidak mengumpulkan tugas.\u{1B}[31m")])
        // One field, its line break a space, the escape sequence's control character left out.
        #expect(state.flag.saw == "Sering melamun. Tidak mengumpulkan tugas.[31m")
        #expect(state.flag.field == .saw && state.flag.tried.isEmpty)
        let (area, concern) = (state.flag.area, state.flag.concern)
        _ = press(&state, [.tab, .tab])
        #expect(state.flag.field == .area)
        _ = press(&state, [.paste("pribadi   ")])
        #expect(state.flag.area == area && state.flag.concern == concern)
    }

    @Test func aPasteOnAChoiceSaysSoAndChangesNothing() {
        var state = demoState("sari")
        _ = press(&state, [.char("n")] + type("andi prat") + [.enter, .tab, .tab])
        #expect(state.flag.field == .area)
        _ = press(&state, [.paste("sosial")])
        #expect(state.status == state.catalog.t(.pasteOnChoice))
    }

    @Test func aPasteIsNotAnAnswerToAQuestion() {
        var state = demoState("sari")
        _ = press(&state, [.char("n")] + type("andi prat") + [.enter] + type("x") + [.escape])
        #expect(state.mode == .confirmDiscardFlag)
        // A pasted "y" does not discard what was written.
        _ = press(&state, [.paste("y")])
        #expect(state.flag.saw == "x")
    }
}
