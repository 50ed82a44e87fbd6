import Foundation
import Testing
@testable import RujukDomain
@testable import RujukStore

/// The store lock waits in the kernel's queue with a deadline (issue 16, item 7).
@Suite struct StoreLockTests {
    @Test func aHeldLockMakesAWriterBusyAfterItsTimeoutAndWritesNothing() throws {
        let temp = try TempStore()
        let holder = try temp.open()
        let writer = try temp.open()
        writer.lockTimeout = 0.3
        let before = writer.school.lastSeq
        try holder.withLock {
            let started = Date()
            var busy = false
            do {
                try writer.append([TempStore.reply(writer, "sari", 4, "while locked")])
            } catch let error as StoreError {
                busy = error.kind == .busy
            }
            #expect(busy)
            // A bounded wait: not at once, and not much past the timeout.
            let waited = Date().timeIntervalSince(started)
            #expect(waited >= 0.25 && waited < 5)
        }
        #expect(try temp.open().school.lastSeq == before)
        // The abandoned wait let go again: the next append gets the lock.
        try writer.append([TempStore.reply(writer, "sari", 4, "after")])
        #expect(writer.school.lastSeq == before + 1)
    }

    /// On threads of its own, not the test pool's: a writer blocked on the lock must not keep
    /// the holder from running.
    @Test func aWaitingWriterGetsTheLockOnceItIsReleased() throws {
        let temp = try TempStore()
        let root = temp.root
        let holder = try temp.open()
        var lock: StoreLock? = try StoreLock(path: holder.layout.lock, timeout: 1)
        let done = DispatchSemaphore(value: 0)
        let result = Result()
        let writer = Thread {
            do {
                let store = try Store.open(root)
                try store.append([TempStore.reply(store, "sari", 4, "waited")])
                result.seq = store.school.lastSeq
            } catch {}
            done.signal()
        }
        writer.start()
        usleep(200_000)
        #expect(lock != nil)
        lock = nil
        #expect(done.wait(timeout: .now() + 30) == .success)
        #expect(result.seq == DemoSchool.events.count + 1)
        #expect(StoreLock.ifFree(path: holder.layout.lock) != nil)
    }

    final class Result: @unchecked Sendable { var seq = 0 }

    @Test func onlyOneProcessWritesASnapshotAtATime() throws {
        let temp = try TempStore()
        let store = try temp.open()
        let held = try #require(StoreLock.ifFree(path: store.layout.snapshotLock))
        #expect(StoreLock.ifFree(path: store.layout.snapshotLock) == nil)
        withExtendedLifetime(held) {}
    }
}
