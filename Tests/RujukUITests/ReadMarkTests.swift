import Testing
@testable import RujukDomain
@testable import RujukUI

/// Reading a thread marks it read: an effect the reducer emits, not a write hidden in loading.
@Suite struct ReadMarkTests {
    @Test func aThreadWithUnreadEntriesIsMarkedReadUpToItsNewest() throws {
        var state = demoState("budi")
        let c = try #require(state.school.projected(for: state.actor).cases[12])
        #expect(state.school.unreadCount("budi", in: c) > 0)
        state.select(12)
        let effects = reduce(&state, .threadLoaded(c))
        #expect(effects == [.markRead(number: 12, upTo: try #require(c.newestReadable))])
        #expect(state.thread?.number == 12)
    }

    @Test func aThreadAlreadyReadOrNoneWritesNothing() throws {
        var state = demoState("budi")
        let c = try #require(state.school.projected(for: state.actor).cases[1])
        #expect(state.school.unreadCount("budi", in: c) == 0)
        #expect(reduce(&state, .threadLoaded(c)).isEmpty)
        #expect(reduce(&state, .threadLoaded(nil)).isEmpty)
    }

    /// Once the mark is in the school, the same thread loaded again asks for nothing more.
    @Test func theMarkOnceKeptIsNotAskedAgain() throws {
        var state = demoState("budi")
        let c = try #require(state.school.projected(for: state.actor).cases[12])
        state.select(12)
        guard case .markRead(let n, let last) = reduce(&state, .threadLoaded(c)).first else { Issue.record("no mark"); return }
        var school = state.school
        try school.apply(Event(seq: 10_000, at: state.now, actor: "budi", payload: .threadRead(number: n, upTo: last)))
        _ = reduce(&state, .schoolChanged(school))
        #expect(reduce(&state, .threadLoaded(c)).isEmpty)
    }

    /// Going round the queues with f loads no thread on the way: only the list it rests on has
    /// its first case read (it had marked an unread case read as it passed through "mine").
    @Test func goingRoundTheQueuesReadsNothingOnTheWay() throws {
        var state = demoState("budi")
        let start = state.selectedCase?.number
        var effects: [Effect] = []
        for _ in 0..<4 { effects += reduce(&state, .keyPressed(.char("f"))) }
        #expect(!effects.contains { if case .loadThread = $0 { true } else if case .markRead = $0 { true } else { false } }, "\(effects)")
        #expect(effects.contains(.previewWhenRested))
        // Back where it began, the rest loads the case on screen and nothing else.
        #expect(reduce(&state, .selectionRested) == (state.selectedCase.map { [.loadThread($0.number)] } ?? []))
        #expect(state.selectedCase?.number == start)
    }

    /// A thread loaded for a case that is not the one on screen (the selection moved on) is
    /// not read by loading it.
    @Test func aThreadNotOnScreenIsNotMarkedRead() throws {
        var state = demoState("budi")
        let c = try #require(state.school.projected(for: state.actor).cases[12])
        #expect(state.selectedCase?.number != 12)
        #expect(reduce(&state, .threadLoaded(c)).isEmpty)
    }
}
