import Foundation
import Testing
@testable import RujukDomain
@testable import RujukUI

/// The thread preview is drawn when the selection rests, so holding j over a slow link sends
/// the highlight moves and one preview (issue 16, item 10).
@Suite struct PreviewDebounceTests {
    @Test func aBurstOfMovesProducesOnePreview() {
        var state = demoState("budi")
        state.focus = .queue
        let shown = state.selectedCase!.number
        let keys = [Key](repeating: .char("j"), count: min(20, state.queue.count - 1))
        let effects = press(&state, keys)
        #expect(effects == [.previewWhenRested])
        let landed = state.selectedCase!.number
        #expect(landed != shown)
        // Meanwhile the thread pane holds the thread it showed before the burst.
        #expect(state.threadCase?.number == shown)
        #expect(reduce(&state, .selectionRested) == [.loadThread(landed)])
        #expect(state.threadCase?.number == landed)
        // Once shown, a second rest loads nothing more.
        #expect(reduce(&state, .selectionRested).isEmpty)
    }

    @Test func anotherKeyDuringTheBurstShowsTheSelectedThreadAtOnce() {
        var state = demoState("budi")
        state.focus = .queue
        _ = press(&state, [.char("j"), .char("j")])
        #expect(state.previewPending)
        // Tab to the thread: what is selected is what the thread pane shows at once, and its
        // thread is loaded when the selection rests.
        let effects = press(&state, [.tab])
        #expect(effects.isEmpty && state.threadCase?.number == state.selectedCase?.number)
        #expect(reduce(&state, .selectionRested) == [.loadThread(state.selectedCase!.number)])
        #expect(!state.previewPending)
    }
}
