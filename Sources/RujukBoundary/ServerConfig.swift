#if canImport(Glibc)
import Glibc
#endif
import Foundation
import RujukStore

/// The school server's configuration, written by `scripts/install-server.sh` to a root-owned
/// file at a path fixed when Rujuk is built. The helper takes its store from here and from
/// nowhere else; the unprivileged side reads it only to know that a school store exists and
/// which helper to start.
public struct ServerConfig: Sendable, Equatable {
    public static let path = "/etc/rujuk/server.conf"

    /// The store directory, owned by the system account `rujuk`.
    public var store: String
    /// The installed helper (setuid `rujuk`).
    public var helper: String
    /// Shared accounts (the staffroom's): whoever uses them signs in with login and PIN.
    public var staffroom: [String]
    /// The school's default language (`id` or `en`): the store's own record of it is behind
    /// the boundary, and the command line needs it before any session opens.
    public var lang: String?

    public init(store: String, helper: String, staffroom: [String] = [], lang: String? = nil) {
        self.store = store
        self.helper = helper
        self.staffroom = staffroom
        self.lang = lang
    }

    /// `key = value` lines; `#` starts a comment. Unknown keys are refused, so a typo is seen.
    public static func parse(_ text: String, file: String) throws -> ServerConfig {
        var store: String?, helper: String?, staffroom: [String] = [], lang: String?
        for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
            if line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            let parts = line.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, !parts[1].isEmpty else {
                throw StoreError(.corrupt, .badInfo(file, "\(i + 1)", "1"))
            }
            switch parts[0] {
            case "store": store = parts[1]
            case "helper": helper = parts[1]
            case "lang": lang = parts[1]
            case "staffroom": staffroom = parts[1].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            default: throw StoreError(.corrupt, .badInfo(file, "\(i + 1)", "1"))
            }
        }
        guard let store, store.hasPrefix("/"), let helper, helper.hasPrefix("/") else {
            throw StoreError(.corrupt, .badInfo(file, "1", "1"))
        }
        return ServerConfig(store: store, helper: helper, staffroom: staffroom, lang: lang)
    }

    /// Reads the configuration: nil when there is none; refused unless it is a regular file
    /// (not a link) owned by `owner` and writable by nobody else.
    public static func load(path: String, owner: uid_t) throws -> ServerConfig? {
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT { return nil }
            throw StoreError(.permission, .serverConfigUnsafe(path))
        }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG, st.st_uid == owner,
              st.st_mode & 0o022 == 0, st.st_size < 64 << 10 else {
            throw StoreError(.permission, .serverConfigUnsafe(path))
        }
        var bytes = [UInt8](repeating: 0, count: Int(st.st_size))
        let n = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        guard n == bytes.count, let text = String(bytes: bytes, encoding: .utf8) else {
            throw StoreError(.permission, .serverConfigUnsafe(path))
        }
        return try parse(text, file: path)
    }
}
