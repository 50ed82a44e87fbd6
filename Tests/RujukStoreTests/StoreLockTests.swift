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

    @Test func aWaitingWriterGetsTheLockOnceItIsReleased() async throws {
        let temp = try TempStore()
        let root = temp.root
        let holder = try temp.open()
        var lock: StoreLock? = try StoreLock(path: holder.layout.lock, timeout: 1)
        let waiting = Task.detached { () throws -> Int in
            let writer = try Store.open(root)
            try writer.append([TempStore.reply(writer, "sari", 4, "waited")])
            return writer.school.lastSeq
        }
        try await Task.sleep(nanoseconds: 200_000_000)
        #expect(lock != nil)
        lock = nil
        let seq = try await waiting.value
        #expect(seq == DemoSchool.events.count + 1)
        #expect(StoreLock.ifFree(path: holder.layout.lock) != nil)
    }

    @Test func onlyOneProcessWritesASnapshotAtATime() throws {
        let temp = try TempStore()
        let store = try temp.open()
        let held = try #require(StoreLock.ifFree(path: store.layout.snapshotLock))
        #expect(StoreLock.ifFree(path: store.layout.snapshotLock) == nil)
        withExtendedLifetime(held) {}
    }
}
