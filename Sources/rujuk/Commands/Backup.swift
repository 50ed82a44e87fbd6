#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser
import Foundation
import RujukStore

extension Rujuk {
    struct Backup: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Root only: copy the whole store, private part included, to DEST (root's alone); a second run copies only what is new.")
        @OptionGroup var options: StoreOptions
        @Argument(help: ArgumentHelp("The backup directory.", valueName: "DEST")) var dest: String

        func run() throws {
            guard getuid() == 0 else { throw StoreError(.permission, .rootOnly) }
            let root = try BackupSource.root(options)
            // Everything made here is root's alone, whoever later lists the directory.
            umask(0o077)
            let report = try Store.backup(from: root, to: StoreOptions.absolute(dest))
            say(Localization.t(.backedUp(root, StoreOptions.absolute(dest), "\(report.segments)", "\(report.bytes)")))
        }
    }

    struct Restore: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Root only: restore a backup into the store's directory, which must be empty.")
        @OptionGroup var options: StoreOptions
        @Argument(help: ArgumentHelp("The backup directory.", valueName: "SRC")) var source: String

        func run() throws {
            guard getuid() == 0 else { throw StoreError(.permission, .rootOnly) }
            let root = try BackupSource.root(options)
            try Store.restore(from: StoreOptions.absolute(source), to: root)
            // Behind the boundary the store is the system account's again.
            if case .school = try StoreLocation.resolve(options), let rujuk = getpwnam("rujuk") {
                BackupSource.chown(root, to: rujuk.pointee.pw_uid, rujuk.pointee.pw_gid)
            }
            say(Localization.t(.restored(StoreOptions.absolute(source), root)))
        }
    }
}

enum BackupSource {
    /// The school's store (from the server configuration) unless `--store` names another.
    static func root(_ options: StoreOptions) throws -> String {
        switch try StoreLocation.resolve(options) {
        case .school(let config): return config.store
        case .own(let path): return path
        }
    }

    static func chown(_ path: String, to uid: uid_t, _ gid: gid_t) {
        Glibc.chown(path, uid, gid)
        chmod(path, 0o700)
        guard let names = FileManager.default.enumerator(atPath: path) else { return }
        while let name = names.nextObject() as? String { Glibc.chown(path + "/" + name, uid, gid) }
    }
}
