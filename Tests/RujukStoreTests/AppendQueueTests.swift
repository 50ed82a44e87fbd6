#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing
@testable import RujukDomain
@testable import RujukStore

/// The group commit (issue 16, item 7): a writer that finds the lock taken leaves its event in
/// the append queue, and the holder writes it with its own, one write and one sync for both.
@Suite struct AppendQueueTests {
    final class Outcome: @unchecked Sendable {
        var seq = 0
        var lastSeq = 0
        var error: StoreError?
    }

    /// Waits (a few seconds at most) until some writer's event waits in the queue.
    static func somethingPending(_ queue: AppendQueue) -> Bool {
        for _ in 0..<5_000 {
            if (0..<AppendQueue.slots).contains(where: { queue.current($0) == .pending }) { return true }
            usleep(1_000)
        }
        return false
    }

    /// On a thread of its own: `event`, appended by a store of its own (another process's, in
    /// effect), while the test holds the lock.
    static func appendElsewhere(_ root: String, _ outcome: Outcome, _ done: DispatchSemaphore,
                                _ event: @escaping @Sendable (Store) -> Event) {
        Thread {
            do {
                let store = try Store.open(root)
                outcome.seq = try store.append([event(store)])[0].seq
                outcome.lastSeq = store.school.lastSeq
            } catch let error as StoreError {
                outcome.error = error
            } catch {}
            done.signal()
        }.start()
    }

    /// While `holder` holds the lock, another store appends `colleague`; once that waits in the
    /// queue, the holder appends `own` (made from its school). Returns the holder's last seq
    /// before it let the lock go, and what the colleague's append came to.
    static func holderAppends(_ own: @escaping (Store) -> Event, whileWaiting colleague: @escaping @Sendable (Store) -> Event,
                              in temp: TempStore, holder: Store) throws -> (underLock: Int, colleague: Outcome) {
        let outcome = Outcome(), done = DispatchSemaphore(value: 0)
        var underLock = 0
        try holder.withLock {
            appendElsewhere(temp.root, outcome, done, colleague)
            #expect(somethingPending(holder.appendQueue!))
            _ = try holder.appendUnderLock { _ in [own(holder)] }
            underLock = holder.school.lastSeq
        }
        #expect(done.wait(timeout: .now() + 30) == .success)
        return (underLock, outcome)
    }

    @Test func theHolderWritesAWaitingColleaguesReplyWithItsOwn() throws {
        let temp = try TempStore()
        let holder = try temp.open()
        let before = holder.school.lastSeq
        let (underLock, colleague) = try Self.holderAppends({ TempStore.reply($0, "budi", 6, "holder's") },
                                                           whileWaiting: { TempStore.reply($0, "sari", 4, "queued") },
                                                           in: temp, holder: holder)
        // Both lines were written before the lock was let go: the colleague's came in the batch.
        #expect(underLock == before + 2)
        #expect(holder.school.cases[4]?.messages.last?.text == "queued")
        #expect(colleague.error == nil)
        #expect(colleague.seq == before + 2)
        // The colleague's school has its own reply and the holder's.
        #expect(colleague.lastSeq == before + 2)
        let reopened = try temp.open()
        #expect(reopened.school.cases[4]?.messages.last?.text == "queued")
        #expect(reopened.school.cases[6]?.messages.last?.text == "holder's")
        #expect(try Store.check(temp.root).problems.isEmpty)
        // Every slot is free again.
        #expect((0..<AppendQueue.slots).allSatisfy { holder.appendQueue!.current($0) == .free })
    }

    /// The holder validates a colleague's event as it does its own; one it may not write is
    /// left to its writer, who appends it alone and meets the refusal itself.
    @Test func aColleaguesRefusedEventIsLeftToItsWriterWhoGetsTheRefusal() throws {
        let temp = try TempStore()
        let holder = try temp.open()
        let before = holder.school.lastSeq
        let (underLock, colleague) = try Self.holderAppends({ TempStore.reply($0, "budi", 6, "holder's") },
                                                           whileWaiting: { TempStore.reply($0, "nobody", 4, "not on the staff") },
                                                           in: temp, holder: holder)
        #expect(underLock == before + 1)
        #expect(colleague.error?.kind == .refused(.notPermitted))
        #expect(try temp.open().school.lastSeq == before + 1)
    }

    /// An event the holder's batch could change the answer for (a read mark on the case it
    /// replies to) is not taken; its writer appends it after, alone.
    @Test func anEventOnACaseTheBatchTouchesWaitsForItsOwnTurn() throws {
        let temp = try TempStore()
        let holder = try temp.open()
        let before = holder.school.lastSeq
        let (underLock, colleague) = try Self.holderAppends(
            { TempStore.reply($0, "budi", 4, "holder's") },
            whileWaiting: { Event(at: Date(), actor: "budi", payload: .threadRead(number: 4, upTo: $0.school.lastSeq)) },
            in: temp, holder: holder)
        #expect(underLock == before + 1)
        #expect(colleague.error == nil)
        #expect(colleague.seq == before + 2)
    }

    @Test func onlyRepliesShareACaseInOneBatch() {
        func event(_ payload: EventPayload) -> Event { Event(at: Date(), actor: "budi", payload: payload) }
        let reply = { (n: Int) in event(.messagePosted(EntryText(number: n, visibility: .team, text: "x"))) }
        var batch = BatchCases()
        let admitted = [reply(4), reply(4), event(.pickedUp(number: 5)), event(.pickedUp(number: 4)), reply(5),
                        event(.yearStarted(SchoolYear(name: "2026/2027", starts: "2026-07-13", secondSemesterStarts: "2027-01-04", ends: "2027-06-25")))]
            .map { batch.admit($0) }
        #expect(admitted == [true, true, true, false, false, false])
    }

    /// A holder killed after its sync, before it said so: the writer, holding the lock next,
    /// finds its line where the holder recorded it would be, and does not write it twice.
    @Test func aLineWrittenByAHolderThatDiedIsFoundNotWrittenAgain() throws {
        let temp = try TempStore()
        let writer = try temp.open(), holder = try temp.open()
        let queue = try #require(writer.appendQueue)
        let event = TempStore.reply(writer, "sari", 4, "written by the dead")
        let slot = try #require(queue.claim())
        queue.offer(slot, body: try writer.journalBody(event))
        // The holder takes it, writes and syncs it, and dies before marking it done.
        try holder.withLock {
            _ = try holder.foldNewLines(repair: true)
            let offers = queue.take(limit: AppendQueue.slots)
            #expect(offers.map(\.slot) == [slot])
            let prepared = try holder.prepare([event])
            try holder.writeJournal(prepared, marking: { _, written in queue.mark(slot, written) })
        }
        #expect(queue.current(slot) == .taken)
        let seq = try writer.withLock { try writer.settleUnderLock(event, slot: slot, queue: queue) }
        #expect(seq == holder.school.lastSeq)
        #expect(try temp.open().school.cases[4]?.messages.filter { $0.text == "written by the dead" }.count == 1)
    }

    /// A holder killed before its write: the line it recorded is not there, and the writer
    /// appends the event itself.
    @Test func aLineAHolderDiedBeforeWritingIsWrittenByItsWriter() throws {
        let temp = try TempStore()
        let writer = try temp.open()
        let queue = try #require(writer.appendQueue)
        let event = TempStore.reply(writer, "sari", 4, "never written")
        let slot = try #require(queue.claim())
        queue.offer(slot, body: try writer.journalBody(event))
        #expect(queue.take(limit: 1).count == 1)
        let end = FileSystem.fileSize(temp.journal) ?? 0
        queue.mark(slot, AppendQueue.Written(seq: writer.school.lastSeq + 1, segment: 1, offset: end, length: 200,
                                             lineHash: String(repeating: "0", count: 64)))
        let seq = try writer.withLock { try writer.settleUnderLock(event, slot: slot, queue: queue) }
        #expect(seq == nil)
        #expect(queue.current(slot) == .free)
        try writer.append([event])
        #expect(try temp.open().school.cases[4]?.messages.filter { $0.text == "never written" }.count == 1)
    }

    /// A slot left by a process that died is taken again; one of a live process is not.
    @Test func slotsOfDeadProcessesAreClaimedAgain() throws {
        let temp = try TempStore()
        let queue = try #require(try temp.open().appendQueue)
        var child: pid_t = 0
        let argv: [UnsafeMutablePointer<CChar>?] = [strdup("/bin/true"), nil]
        defer { free(argv[0]) }
        #expect(posix_spawn(&child, "/bin/true", nil, nil, argv, environ) == 0)
        var status: Int32 = 0
        #expect(waitpid(child, &status, 0) == child)
        for _ in 0..<AppendQueue.slots - 1 { #expect(queue.claim() != nil) }
        let orphan = try #require(queue.claim(for: child))
        queue.offer(orphan, body: Array(#"{"x":1}"#.utf8))
        #expect(queue.claim() == orphan)
        #expect(queue.claim() == nil)
    }
}
