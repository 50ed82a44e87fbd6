#if canImport(Glibc)
import Glibc
#endif
import CPrivilege

/// What wakes a session when there may be something new, instead of asking every 200 ms:
/// an inotify descriptor on the journal's directory (every append writes there, a
/// confidential one too, as its stub), and behind the boundary the helper's socket too, which
/// becomes readable only when the helper has gone. What the journal's descriptor tells is
/// which segment file changed, never what was written.
public final class ChangeWatch {
    let journal: Int32
    /// Watched, never read here (the helper's socket).
    let others: [Int32]

    /// Every descriptor to wait on.
    public var descriptors: [Int32] { [journal] + others }

    /// Watches a journal directory this process may read (a store of one's own).
    public init?(journalDirectory: String) {
        let fd = rujuk_watch_directory(journalDirectory)
        guard fd >= 0 else { return nil }
        journal = fd
        others = []
    }

    /// Adopts a watch the helper made and handed over, with the helper's socket beside it.
    init(adopting fd: Int32, alongside others: [Int32]) {
        journal = fd
        self.others = others
    }

    /// Reads what the journal's descriptor has pending, so the next wait sleeps until the
    /// next change.
    public func drain() {
        var buffer = [UInt8](repeating: 0, count: 4096)
        while read(journal, &buffer, buffer.count) > 0 {}
    }

    deinit { close(journal) }
}
