#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// Unix groups and file modes: how a school store is shared with the staff group and its
/// `private/` directory only with the BK group.
enum UnixGroup {
    /// The group id of a named group, or nil when there is no such group.
    static func id(named name: String) -> gid_t? {
        guard let entry = getgrnam(name) else { return nil }
        return entry.pointee.gr_gid
    }

    static func name(of gid: gid_t) -> String {
        guard let entry = getgrgid(gid), let name = entry.pointee.gr_name else { return "\(gid)" }
        return String(cString: name)
    }

    /// Gives `path` to the group (the owner stays).
    static func assign(_ path: String, to gid: gid_t) throws {
        guard chown(path, uid_t.max, gid) == 0 else { throw StoreError.system("chgrp", path, errno) }
    }
}

extension FileSystem {
    /// Mode bits and group of a path, or nil when it cannot be examined.
    static func status(_ path: String) -> (mode: mode_t, gid: gid_t, isDirectory: Bool)? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        return (st.st_mode & 0o7777, st.st_gid, (st.st_mode & S_IFMT) == S_IFDIR)
    }

    static func groupName(of path: String) -> String? {
        status(path).map { UnixGroup.name(of: $0.gid) }
    }
}
