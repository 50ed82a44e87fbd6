#if canImport(Glibc)
import Glibc
#endif
import Foundation
import RujukDomain

/// The group commit: a writer that finds the lock taken leaves its event in the append queue
/// and sleeps; the holder writes it with its own, one `write()` and one `fdatasync` for the
/// lot, still under the lock (DESIGN §4: only the journal's end can be torn). The waiting
/// writer answers only once its line is synced, as before. Among eight busy writers each sync
/// carries several lines instead of one, and no lock passes from process to process per line.
extension Store {
    /// How often a waiting writer looks whether the lock became free (a holder that died wakes
    /// nobody); a live holder wakes it sooner.
    static let queueLook = 0.002

    /// Whether `event` may be written by another process's hand: an event on an existing case,
    /// with nothing for `private/`. A flag (it may open a case), a roster change or a
    /// confidential entry is written by its own process under the lock.
    static func mayWaitInQueue(_ event: Event) -> Bool {
        guard event.payload.caseNumber != nil, event.confidentialText == nil else { return false }
        if case .caseOpened = event.payload { return false }
        return true
    }

    /// Appends `event` through the queue when the lock is taken: nil when it is to be appended
    /// the ordinary way (the queue cannot be used, or the holder left it to this process, which
    /// then meets any refusal itself).
    func appendThroughQueue(_ event: Event) throws -> [Event]? {
        guard let queue = appendQueue, Self.mayWaitInQueue(event) else { return nil }
        if let lock = StoreLock.ifFree(path: layout.lock) {
            return try holding(lock) { try appendUnderLock { _ in [event] } }
        }
        // As the journal will hold it (the common events without a JSON encoder), numbered later.
        var numbered = event
        numbered.at = ISODate.truncated(event.at)
        let body = try journalBody(numbered)
        guard body.count <= AppendQueue.capacity, let slot = queue.claim() else { return nil }
        queue.offer(slot, body: body)
        let deadline = Date().addingTimeInterval(lockTimeout)
        while true {
            let state = queue.current(slot)
            switch state {
            case .done?:
                return try answered(event, slot: slot, queue: queue)
            case .skipped?:
                queue.release(slot)
                return nil
            default:
                break
            }
            if let lock = StoreLock.ifFree(path: layout.lock) {
                // Nobody writes from the queue but the lock's holder, which is now this process.
                return try holding(lock) {
                    if let seq = try settleUnderLock(event, slot: slot, queue: queue) {
                        return try answered(event, slot: slot, queue: queue, seq: seq)
                    }
                    return try appendUnderLock { _ in [event] }
                }
            }
            if Date() >= deadline, queue.withdraw(slot) {
                queue.release(slot)
                throw StoreError(.busy, .busy("\(Int(lockTimeout))"))
            }
            queue.wait(slot, while: state ?? .pending, seconds: Self.queueLook)
        }
    }

    /// With the lock held and the slot not done: the seq its line has if a holder that died
    /// wrote it after all; else nil, with the slot given up, for the ordinary append.
    func settleUnderLock(_ event: Event, slot: Int, queue: AppendQueue) throws -> Int? {
        switch queue.current(slot) {
        case .done?:
            // Done with no line recorded: not what any holder leaves (the file was written
            // over); appending again could write the event twice.
            guard let seq = queue.written(slot)?.seq else { throw StoreError(.corrupt, .changedUnderLock(layout.appendQueue)) }
            return seq
        case .taken?:
            // Taken by a holder that is gone (the lock is free): its line is there if the
            // journal has, where it said it would write it, a line with the hash it recorded.
            try foldNewLines(repair: true)
            if let written = queue.written(slot), lineIsThere(written) {
                // Written, but perhaps not yet synced when the holder died: synced now, before
                // this writer says it is done.
                try FileDescriptor.open(layout.segment(written.segment), O_RDONLY).syncData()
                return written.seq
            }
            queue.release(slot)
            return nil
        case .pending?, .skipped?:
            queue.release(slot)
            return nil
        default:
            // Not this process's any more (a file put in its place): no longer looked at.
            return nil
        }
    }

    private func lineIsThere(_ written: AppendQueue.Written) -> Bool {
        guard written.seq <= school.lastSeq,
              let file = try? FileDescriptor.open(layout.segment(written.segment), O_RDONLY),
              let bytes = try? file.read(at: written.offset, count: written.length), bytes.count == written.length
        else { return false }
        return JournalLine.hash(ofLine: bytes) == written.lineHash
    }

    /// The event as the holder wrote it, the slot freed and this process caught up.
    private func answered(_ event: Event, slot: Int, queue: AppendQueue, seq: Int? = nil) throws -> [Event] {
        let seq = seq ?? queue.written(slot)?.seq
        queue.release(slot)
        guard let seq else { throw StoreError(.corrupt, .changedUnderLock(layout.appendQueue)) }
        var written = event
        written.seq = seq
        written.at = ISODate.truncated(event.at)
        let back = try written.readBack ?? asWritten(event, seq: seq).0
        _ = try? refresh()
        return [back]
    }

    // MARK: The holder

    /// Writes `own` (already prepared) with the colleagues' events waiting in the queue that
    /// can go with them, each validated as the holder's own are; one the holder cannot take
    /// is left to its writer. The colleagues are told only once the lines are synced.
    func writeWithColleagues(_ own: [Prepared], endConfirmed: Bool) throws {
        var batch = BatchCases()
        guard let queue = appendQueue, own.allSatisfy({ batch.admit($0.event) }) else {
            if !own.isEmpty { try writeJournal(own, endConfirmed: endConfirmed) }
            return
        }
        var colleagues: [(slot: Int, prepared: Prepared)] = []
        var seq = own.last?.event.seq ?? school.lastSeq
        for offer in queue.take(limit: AppendQueue.slots) {
            guard let prepared = try? prepareColleague(offer.body, seq: seq + 1), batch.admit(prepared.event) else {
                queue.finish(offer.slot, .skipped)
                continue
            }
            seq += 1
            colleagues.append((offer.slot, prepared))
        }
        guard !own.isEmpty || !colleagues.isEmpty else { return }
        var durable = false
        do {
            try writeJournal(own + colleagues.map(\.prepared), endConfirmed: endConfirmed, marking: { index, written in
                if index >= own.count { queue.mark(colleagues[index - own.count].slot, written) }
            }, synced: {
                durable = true
                for colleague in colleagues { queue.finish(colleague.slot, .done) }
            })
        } catch {
            // Not written: each colleague appends alone and meets the failure itself.
            if !durable { for colleague in colleagues { queue.finish(colleague.slot, .skipped) } }
            throw error
        }
    }

    /// A colleague's event from the queue, numbered `seq` and validated against the school as
    /// it is; nil when it is not one the holder may write (then its writer does).
    private func prepareColleague(_ body: [UInt8], seq: Int) throws -> Prepared? {
        // Decoded, it is already the event as every reader of its line will have it.
        var event = try decodeEvent(body[...])
        guard Self.mayWaitInQueue(event) else { return nil }
        event.seq = seq
        let line = try journalBody(event)
        try school.validate(event)
        return Prepared(event: event, secret: nil, body: line)
    }
}

/// The cases a batch touches. Events of one batch are validated against the school as it was
/// before the batch, so each must be one that none of the others could change the answer
/// for: on cases of their own, except replies, which may share a case (a reply changes
/// nothing another reply's check reads).
struct BatchCases {
    /// Case number → whether every event of the batch on it so far is a reply.
    private var cases: [Int: Bool] = [:]

    mutating func admit(_ event: Event) -> Bool {
        guard let number = event.payload.caseNumber else { return false }
        if case .caseOpened = event.payload { return false }
        var reply = false
        if case .messagePosted = event.payload { reply = true }
        if let onlyReplies = cases[number], !(onlyReplies && reply) { return false }
        cases[number] = reply
        return true
    }
}

