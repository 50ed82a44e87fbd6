#if canImport(Glibc)
import Glibc
#endif
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

    /// The wait is cut short by a timer aimed at the waiting thread: other signals arriving
    /// meanwhile (a resized terminal, a child ending) neither end it early nor stretch it.
    @Test func otherSignalsDuringTheWaitNeitherEndNorStretchIt() throws {
        let temp = try TempStore()
        let holder = try temp.open()
        let held = try StoreLock(path: holder.layout.lock, timeout: 1)
        let previous = signal(SIGUSR2) { _ in }
        defer { signal(SIGUSR2, previous) }
        let waiting = pthread_self()
        let stop = Flag()
        let stopped = DispatchSemaphore(value: 0)
        let pester = Thread {
            while !stop.value {
                pthread_kill(waiting, SIGUSR2)
                usleep(20_000)
            }
            stopped.signal()
        }
        pester.start()
        // Stopped before the handler goes: a signal sent after would end the test process.
        defer { stop.value = true; stopped.wait() }
        let started = Date()
        var kind: StoreError.Kind?
        do {
            _ = try StoreLock(path: holder.layout.lock, timeout: 0.4)
        } catch let error as StoreError {
            kind = error.kind
        }
        let waited = Date().timeIntervalSince(started)
        #expect(kind == .busy)
        #expect(waited >= 0.38 && waited < 3)
        withExtendedLifetime(held) {}
    }

    final class Flag: @unchecked Sendable { var value = false }
    final class Held: @unchecked Sendable {
        var lock: StoreLock?
        var released = false
        init(_ lock: StoreLock) { self.lock = lock }
    }

    /// A signal left over from a timed wait must not interrupt what the thread does next.
    @Test func aTimedWaitLeavesNothingBehind() throws {
        let temp = try TempStore()
        let store = try temp.open()
        // Deadlines at about the moment the lock is let go: some waits end in time, some not.
        for _ in 0..<20 {
            let held = Held(try StoreLock(path: store.layout.lock, timeout: 1))
            let release = Thread { usleep(2_000); held.lock = nil; held.released = true }
            release.start()
            _ = try? StoreLock(path: store.layout.lock, timeout: 0.001 + Double.random(in: 0...0.002))
            while !held.released { usleep(1_000) }
        }
        // A blocking read after the waits: interrupted, it would end early with EINTR.
        var pipeEnds: [Int32] = [0, 0]
        #expect(pipe(&pipeEnds) == 0)
        defer { close(pipeEnds[0]); close(pipeEnds[1]) }
        let writeEnd = pipeEnds[1]
        let writer = Thread { usleep(200_000); var b: UInt8 = 1; _ = write(writeEnd, &b, 1) }
        writer.start()
        var byte: UInt8 = 0
        #expect(read(pipeEnds[0], &byte, 1) == 1)
    }

    @Test func onlyOneProcessWritesASnapshotAtATime() throws {
        let temp = try TempStore()
        let store = try temp.open()
        let held = try #require(StoreLock.ifFree(path: store.layout.snapshotLock))
        #expect(StoreLock.ifFree(path: store.layout.snapshotLock) == nil)
        withExtendedLifetime(held) {}
    }
}
