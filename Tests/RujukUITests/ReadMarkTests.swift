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
        // On screen, it waits a moment (a thread that only flashed past is not read), then is read.
        #expect(reduce(&state, .threadLoaded(c)) == [.readWhenDwelled])
        #expect(state.thread?.number == 12)
        #expect(reduce(&state, .threadDwelled) == [.markRead(number: 12, upTo: try #require(c.newestReadable))])
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
        _ = reduce(&state, .threadLoaded(c))
        guard case .markRead(let n, let last) = reduce(&state, .threadDwelled).first else { Issue.record("no mark"); return }
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

    /// Going round the queues at a person's pace (each list resting long enough to load its
    /// first case): a case shown for less than the dwell is not read; the one stayed on is.
    @Test func aThreadThatFlashedPastIsNotRead() throws {
        var state = demoState("budi")
        var marks: [Effect] = []
        for _ in 0..<3 {
            _ = reduce(&state, .keyPressed(.char("f")))
            _ = reduce(&state, .selectionRested)
            if let n = state.selectedCase?.number {
                marks += reduce(&state, .threadLoaded(state.school.projected(for: state.actor).cases[n]))
            }
        }
        #expect(!marks.contains { if case .markRead = $0 { true } else { false } }, "\(marks)")
        // The dwell that comes belongs to the case on screen now, and reads only that one.
        let effects = reduce(&state, .threadDwelled)
        #expect(effects.allSatisfy { if case .markRead(let n, _) = $0 { n == state.selectedCase?.number } else { false } }, "\(effects)")
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
