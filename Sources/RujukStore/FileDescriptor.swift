#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// An open file descriptor, closed when the value goes away. Every call names its path
/// in the error it throws.
/// Which file a path or a descriptor is: a file put in another's place has another inode.
struct FileIdentity: Equatable {
    var device: UInt64
    var inode: UInt64

    init(_ st: stat) { (device, inode) = (UInt64(st.st_dev), UInt64(st.st_ino)) }
}

final class FileDescriptor {
    let fd: Int32
    let path: String

    var identity: FileIdentity {
        get throws {
            var st = stat()
            guard fstat(fd, &st) == 0 else { throw StoreError.system("stat", path, errno) }
            return FileIdentity(st)
        }
    }

    private init(fd: Int32, path: String) {
        self.fd = fd
        self.path = path
    }

    deinit { close(fd) }

    static func open(_ path: String, _ flags: Int32, mode: mode_t = 0o660) throws -> FileDescriptor {
        // Never through a symbolic link: nothing in a store is one, and one planted there
        // would send a write or a read elsewhere.
        let fd = Glibc.open(path, flags | O_CLOEXEC | O_NOFOLLOW, mode)
        guard fd >= 0 else { throw StoreError.system("open", path, errno) }
        return FileDescriptor(fd: fd, path: path)
    }

    /// Opens a file that may not be there yet: nil when it is not.
    static func openIfPresent(_ path: String, _ flags: Int32) throws -> FileDescriptor? {
        let fd = Glibc.open(path, flags | O_CLOEXEC | O_NOFOLLOW)
        if fd >= 0 { return FileDescriptor(fd: fd, path: path) }
        guard errno == ENOENT else { throw StoreError.system("open", path, errno) }
        return nil
    }

    /// Opens for appending, creating the file with `mode` (set explicitly, whatever the umask).
    /// `reading`: open for reading too (a journal segment kept open by its writer).
    static func openForAppend(_ path: String, mode: mode_t, reading: Bool = false) throws -> FileDescriptor {
        let access = (reading ? O_RDWR : O_WRONLY) | O_APPEND
        // The file is there on every append but a segment's first: one open, not two.
        if let existing = try openIfPresent(path, access) { return existing }
        let created = Glibc.open(path, access | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, mode)
        if created >= 0 {
            let file = FileDescriptor(fd: created, path: path)
            fchmod(created, mode)
            return file
        }
        guard errno == EEXIST else { throw StoreError.system("open", path, errno) }
        return try open(path, access)
    }

    var size: Int {
        get throws {
            var st = stat()
            guard fstat(fd, &st) == 0 else { throw StoreError.system("stat", path, errno) }
            return Int(st.st_size)
        }
    }

    /// Reads `count` bytes from `offset` (fewer at the end of the file).
    func read(at offset: Int, count: Int) throws -> [UInt8] {
        var buffer = [UInt8](repeating: 0, count: count)
        var done = 0
        while done < count {
            let n = buffer.withUnsafeMutableBytes { raw in
                pread(fd, raw.baseAddress! + done, count - done, off_t(offset + done))
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw StoreError.system("read", path, errno)
            }
            if n == 0 { break }
            done += n
        }
        buffer.removeLast(count - done)
        return buffer
    }

    func readAll(from offset: Int = 0) throws -> [UInt8] {
        let total = try size
        return offset >= total ? [] : try read(at: offset, count: total - offset)
    }

    /// One `write()` call: with O_APPEND the bytes land together at the end of the file.
    /// A short write is an error; the caller truncates it away.
    func writeOnce(_ bytes: [UInt8]) throws {
        while true {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if n == bytes.count { return }
            if n < 0 && errno == EINTR { continue }
            if n < 0 { throw StoreError.system("write", path, errno) }
            // A short write: the next one tells why (disk full, or the file-size limit).
            let again = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + n, $0.count - n) }
            throw StoreError.system("write", path, again < 0 ? errno : ENOSPC)
        }
    }

    func syncData() throws {
        guard fdatasync(fd) == 0 else { throw StoreError.system("fdatasync", path, errno) }
    }

    func sync() throws {
        guard fsync(fd) == 0 else { throw StoreError.system("fsync", path, errno) }
    }
}

/// File-system helpers that the store needs beyond a descriptor.
enum FileSystem {
    static func exists(_ path: String) -> Bool { access(path, F_OK) == 0 }

    static func isDirectory(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
    }

    static func makeDirectory(_ path: String, mode: mode_t) throws {
        if mkdir(path, mode) != 0 && errno != EEXIST { throw StoreError.system("mkdir", path, errno) }
        chmod(path, mode)
    }

    /// Makes every missing directory above `path` (mode 0755: they hold only names).
    static func makeParents(of path: String) throws {
        let parent = (path as NSString).deletingLastPathComponent
        guard !parent.isEmpty, parent != "/", !exists(parent) else { return }
        try makeParents(of: parent)
        try makeDirectory(parent, mode: 0o755)
    }

    static func truncate(_ path: String, to length: Int) throws {
        guard Glibc.truncate(path, off_t(length)) == 0 else { throw StoreError.system("truncate", path, errno) }
    }

    static func syncDirectory(_ path: String) throws {
        let dir = try FileDescriptor.open(path, O_RDONLY | O_DIRECTORY)
        try dir.sync()
    }

    static func modified(_ path: String) -> Date? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        return Date(timeIntervalSince1970: Double(st.st_mtim.tv_sec) + Double(st.st_mtim.tv_nsec) / 1e9)
    }

    static func fileSize(_ path: String) -> Int? {
        var st = stat()
        return stat(path, &st) == 0 ? Int(st.st_size) : nil
    }

    /// The size of the file at `path` and which file it is (device and inode), or nil.
    static func sizeAndIdentity(_ path: String) -> (size: Int, identity: FileIdentity)? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        return (Int(st.st_size), FileIdentity(st))
    }

    /// Replaces `path` atomically: a new temp file (O_EXCL), write, fsync, rename, fsync the
    /// directory. Unlike `Data.write(options: .atomic)` the mode is set and the directory synced.
    static func replace(_ path: String, with bytes: [UInt8], mode: mode_t) throws {
        let directory = (path as NSString).deletingLastPathComponent
        let temp = "\(path).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        do {
            let file = try FileDescriptor.open(temp, O_WRONLY | O_CREAT | O_EXCL, mode: mode)
            fchmod(file.fd, mode)
            try file.writeOnce(bytes)
            try file.sync()
            CrashPoint.hit("before-rename")
            guard rename(temp, path) == 0 else { throw StoreError.system("rename", path, errno) }
        } catch {
            unlink(temp)
            throw error
        }
        CrashPoint.hit("after-rename")
        try syncDirectory(directory)
    }
}

/// Named points in the write protocols where a test can make the process kill itself
/// (`RUJUK_TEST_CRASH_AT=after-write`), to prove the store holds the old or the new state.
enum CrashPoint {
    static let armed = ProcessInfo.processInfo.environment["RUJUK_TEST_CRASH_AT"]

    static func hit(_ name: String) {
        if let armed, armed == name { kill(getpid(), SIGKILL) }
    }
}
