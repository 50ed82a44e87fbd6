#if canImport(Glibc)
import Glibc
#endif
import CLockWait
import Foundation

/// The exclusive lock every writer takes on `STORE/lock` (flock, never fcntl locks).
final class StoreLock {
    private let file: FileDescriptor

    /// Waits up to `timeout` seconds for the lock, then fails with `busy`.
    init(path: String, timeout: Double) throws {
        let file: FileDescriptor
        do {
            file = try Self.open(path)
        } catch let error as StoreError where error.kind == .permission {
            throw StoreError(.permission, .cannotWrite(path))
        }
        if try Self.tryLock(file) {
            self.file = file
            return
        }
        // Taken: wait in the kernel's queue, so the lock passes here the moment it is released
        // (sleeping between tries left a released lock idle for up to 50 ms).
        if rujuk_flock_exclusive(file.fd, timeout) != 0 {
            guard errno == ETIMEDOUT else { throw StoreError.system("flock", file.path, errno) }
            throw StoreError(.busy, .busy("\(Int(timeout))"))
        }
        self.file = file
    }

    /// An exclusive lock on `path` if nobody holds it now, else nil: for work that one process
    /// at a time does on everyone's behalf, and that is simply skipped when another is at it.
    static func ifFree(path: String) -> StoreLock? {
        guard let file = try? open(path) else { return nil }
        guard (try? tryLock(file)) == true else { return nil }
        return StoreLock(locked: file)
    }

    private init(locked file: FileDescriptor) { self.file = file }

    /// Opens the lock file, creating it if it is not there yet. Whoever creates it makes it
    /// group-writable whatever their umask; every later open (each append's) is one call.
    private static func open(_ path: String) throws -> FileDescriptor {
        if let file = try FileDescriptor.openIfPresent(path, O_RDWR) { return file }
        let file = try FileDescriptor.open(path, O_RDWR | O_CREAT, mode: 0o660)
        fchmod(file.fd, 0o660)
        return file
    }

    private static func tryLock(_ file: FileDescriptor) throws -> Bool {
        while flock(file.fd, LOCK_EX | LOCK_NB) != 0 {
            if errno == EINTR { continue }
            guard errno == EWOULDBLOCK else { throw StoreError.system("flock", file.path, errno) }
            return false
        }
        return true
    }

    private var held = true

    /// Unlocks now rather than when the value goes away.
    func release() {
        guard held else { return }
        held = false
        flock(file.fd, LOCK_UN)
    }

    deinit { release() }
}
