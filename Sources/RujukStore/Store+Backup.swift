#if canImport(Glibc)
import Glibc
#endif
import Foundation
import RujukDomain

/// Backups by root: a consistent copy of the whole store, private part included, readable by
/// root alone. Segments only grow, so a second run copies only what was appended since.
extension Store {
    public struct BackupReport: Sendable, Equatable {
        public var segments = 0
        /// Bytes copied by this run (0 when nothing was appended since the last one).
        public var bytes = 0
    }

    /// Copies the store at `root` to `dest`. The lock is held only to read where each segment
    /// ends (lines are written under it, so those ends are line boundaries, and the private
    /// texts a journal stub points at end before it); others keep writing meanwhile.
    public static func backup(from root: String, to dest: String) throws -> BackupReport {
        let layout = StoreLayout(root)
        _ = try readInfo(layout)
        var ends: [(source: String, target: String, size: Int)] = []
        do {
            let lock = try StoreLock(path: layout.lock, timeout: 30)
            defer { withExtendedLifetime(lock) {} }
            for isPrivate in [false, true] {
                for segment in layout.segments(isPrivate: isPrivate) {
                    let path = layout.segment(segment, isPrivate: isPrivate)
                    let target = StoreLayout(dest).segment(segment, isPrivate: isPrivate)
                    ends.append((path, target, FileSystem.fileSize(path) ?? 0))
                }
            }
        }
        let out = StoreLayout(dest)
        for dir in [dest, out.journalDirectory, out.privateDirectory] { try FileSystem.makeDirectory(dir, mode: 0o700) }
        try FileSystem.replace(out.info, with: try FileDescriptor.open(layout.info, O_RDONLY).readAll(), mode: 0o600)
        var report = BackupReport()
        for (source, target, size) in ends {
            let have = FileSystem.fileSize(target) ?? 0
            if have > size { throw StoreError(.corrupt, .backupAhead(target, source)) }
            report.segments += 1
            guard have < size else { continue }
            let bytes = try FileDescriptor.open(source, O_RDONLY).read(at: have, count: size - have)
            let file = try FileDescriptor.openForAppend(target, mode: 0o600)
            try file.writeOnce(bytes)
            try file.sync()
            report.bytes += bytes.count
        }
        try FileSystem.syncDirectory(out.journalDirectory)
        try FileSystem.syncDirectory(out.privateDirectory)
        return report
    }

    /// Restores a backup into `root`, which must be empty or missing; `check` then passes and
    /// the snapshot is rebuilt from the journal on first open.
    public static func restore(from source: String, to root: String) throws {
        let from = StoreLayout(source)
        _ = try readInfo(from)
        if FileSystem.exists(root), !((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []).isEmpty {
            throw StoreError(.refused(.invalid), .restoreNotEmpty(root))
        }
        let to = StoreLayout(root)
        try FileSystem.makeDirectory(root, mode: 0o700)
        try FileSystem.makeDirectory(to.journalDirectory, mode: directoryMode)
        try FileSystem.makeDirectory(to.privateDirectory, mode: directoryMode)
        try FileSystem.replace(to.info, with: try FileDescriptor.open(from.info, O_RDONLY).readAll(), mode: fileMode)
        for isPrivate in [false, true] {
            for segment in from.segments(isPrivate: isPrivate) {
                let bytes = try FileDescriptor.open(from.segment(segment, isPrivate: isPrivate), O_RDONLY).readAll()
                try FileSystem.replace(to.segment(segment, isPrivate: isPrivate), with: bytes, mode: fileMode)
            }
        }
    }
}
