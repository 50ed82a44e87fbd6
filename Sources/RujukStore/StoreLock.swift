#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// The exclusive lock every writer takes on `STORE/lock` (flock, never fcntl locks).
final class StoreLock {
    private let file: FileDescriptor

    /// Waits up to `timeout` seconds for the lock, then fails with `busy`.
    init(path: String, timeout: Double) throws {
        let file: FileDescriptor
        do {
            file = try FileDescriptor.open(path, O_RDWR | O_CREAT, mode: 0o660)
            // Whoever creates it makes it group-writable whatever their umask (fails harmlessly for others).
            fchmod(file.fd, 0o660)
        } catch let error as StoreError where error.kind == .permission {
            throw StoreError(.permission, .cannotWrite, path)
        }
        let deadline = Date().addingTimeInterval(timeout)
        var delay: UInt32 = 1000
        while flock(file.fd, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR else { throw StoreError.system("flock", path, errno) }
            if Date() > deadline {
                throw StoreError(.busy, .busy, "\(Int(timeout))")
            }
            usleep(delay)
            delay = min(delay * 2, 50_000)
        }
        self.file = file
    }

    deinit { flock(file.fd, LOCK_UN) }
}
