#if canImport(Glibc)
import Glibc
#endif
import Foundation
import RujukDomain

extension Store {
    /// What `rujuk check` found.
    public struct CheckReport: Sendable {
        public var events: Int
        public var segments: Int
        public var privateEntries: Int
        /// Each problem names its file and says how to fix it.
        public var problems: [StoreError]
        /// False when this account cannot read `private/` (its lines were not checked).
        public var privateChecked: Bool

        public init(events: Int, segments: Int, privateEntries: Int, problems: [StoreError], privateChecked: Bool) {
            self.events = events
            self.segments = segments
            self.privateEntries = privateEntries
            self.problems = problems
            self.privateChecked = privateChecked
        }
    }

    /// Reads every line of every segment, journal and private, without trusting the snapshot;
    /// re-checks every change against the rules, compares snapshot and history shelf with the school
    /// rebuilt from the journal where each was written (one pass: the rebuild stops there on its
    /// way), checks the hash chains, and the modes and groups of the store's files. Changes nothing.
    /// `progress` is told each journal segment as it is begun (its number, and how many there
    /// are), for a line on a terminal.
    public static func check(_ root: String, progress: ((Int, Int) -> Void)? = nil) throws -> CheckReport {
        let layout = StoreLayout(root)
        let info = try readInfo(layout)
        let store = Store(layout: layout, info: info)
        store.segmentWatcher = progress
        let written = WrittenState(layout, info: info)
        var problems: [StoreError] = written.unreadable
        store.refusedLines = []
        if let shelf = written.shelfCheck {
            // Memory stays near what the open cases need, whatever the years kept: a closed case
            // found on the shelf as rebuilt leaves memory, and one changed later (reopened) is
            // read back from that very line. One the snapshot holds stays until it is compared.
            store.school.historyLoaded = false
            store.foldWatcher = { school, seq in
                shelf.folded(school, at: seq).filter { !written.snapshotAwaits($0, at: seq) }
            }
        }
        let journalIndex = AuditIndexCheck(AuditIndex(layout: layout, isPrivate: false, storeID: info.id))
        if let journalIndex { store.lineWatcher = journalIndex.saw }
        do {
            for stop in written.stops {
                try store.foldNewLines(repair: false, stoppingAt: stop)
                if store.position.seq == stop { problems += written.problems(against: store.school, at: stop) }
            }
            try store.foldNewLines(repair: false)
            if store.hasIncompleteTail() {
                problems.append(StoreError(.corrupt, .tornTailFound(layout.segment(store.position.segment))))
            }
            // The shelf and the audit index are held against the whole rebuild; a journal that
            // stops early says why itself.
            problems += written.shelfCheck?.problems ?? []
            problems += journalIndex?.problems ?? []
        } catch let error as StoreError {
            problems.append(error)
        }
        problems += store.refusedLines ?? []
        if info.demo, let root = FileSystem.status(layout.root), root.mode & 0o077 == 0 {
            problems.append(StoreError(.corrupt, .demoBehindBoundary(layout.info)))
        }
        var privateEntries = 0
        let privateChecked = access(layout.privateDirectory, R_OK | X_OK) == 0
        if privateChecked {
            var privateIndex = AuditIndexCheck(AuditIndex(layout: layout, isPrivate: true, storeID: info.id))
            for segment in layout.segments(isPrivate: true) {
                let path = layout.segment(segment, isPrivate: true)
                do {
                    let bytes = try FileDescriptor.open(path, O_RDONLY).readAll()
                    let lines = try SegmentScan(bytes: bytes, base: 0, path: path).lines
                    privateEntries += lines.count
                    if let privateIndex {
                        for line in lines {
                            guard let entry = try AuditIndex.entry(of: line.body, isPrivate: true, decoder: store.decoder, path: path, offset: line.offset) else { continue }
                            privateIndex.saw(AuditIndex.Line(segment: segment, offset: line.offset, entry: entry))
                        }
                    }
                } catch let error as StoreError {
                    problems.append(error)
                    privateIndex = nil
                }
            }
            problems += privateIndex?.problems ?? []
        }
        // Damage is reported once above; the chains add what only they can see.
        let damaged = Set(problems.map(\.reason.key))
        for isPrivate in [false, true] where !isPrivate || privateChecked {
            let chain = try verifyChain(root, isPrivate: isPrivate)
            problems += chain.problems.filter { !($0.reason.key == .chainDamaged && damaged.contains(.damagedLine)) && $0.reason.key != .chainTornTail }
        }
        problems += modeProblems(layout, info: info)
        return CheckReport(events: store.position.seq, segments: layout.segments().count,
                           privateEntries: privateEntries, problems: problems, privateChecked: privateChecked)
    }

    /// Files readable by everyone, directories without setgid, files the group cannot write,
    /// a group other than the one `init` recorded, and `private/` open to the whole staff.
    static func modeProblems(_ layout: StoreLayout, info: StoreInfo) -> [StoreError] {
        if let root = FileSystem.status(layout.root), root.mode & 0o077 == 0 { return boundaryProblems(layout) }
        var problems: [StoreError] = []
        let rootGroup = FileSystem.status(layout.root)?.gid
        func examine(_ path: String, group: String?) {
            guard let st = FileSystem.status(path) else { return }
            let mode = String(st.mode, radix: 8)
            if st.mode & 0o007 != 0 { problems.append(StoreError(.permission, .readableByOthers(path, mode))) }
            if st.isDirectory && st.mode & 0o2000 == 0 { problems.append(StoreError(.permission, .notSetgid(path, mode))) }
            if st.mode & 0o060 != 0o060 && !path.hasSuffix("store.json") && !path.contains(".torn-") {
                problems.append(StoreError(.permission, .notGroupWritable(path, mode)))
            }
            if let group, UnixGroup.name(of: st.gid) != group {
                problems.append(StoreError(.permission, .wrongGroup(path, UnixGroup.name(of: st.gid), group)))
            }
        }
        func files(in directory: String) -> [String] {
            ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).sorted().map { directory + "/" + $0 }
        }
        examine(layout.root, group: info.group)
        for path in files(in: layout.root) where path != layout.journalDirectory && path != layout.privateDirectory {
            examine(path, group: info.group)
        }
        files(in: layout.historyDirectory).forEach { examine($0, group: info.group) }
        examine(layout.journalDirectory, group: info.group)
        files(in: layout.journalDirectory).forEach { examine($0, group: info.group) }
        var bkGroup = info.bkGroup
        if let bk = bkGroup, let privateGroup = FileSystem.status(layout.privateDirectory)?.gid, privateGroup == rootGroup {
            problems.append(StoreError(.permission, .privateOpenToStaff(layout.privateDirectory, UnixGroup.name(of: privateGroup), bk)))
            bkGroup = nil
        }
        examine(layout.privateDirectory, group: bkGroup)
        if access(layout.privateDirectory, R_OK | X_OK) == 0 {
            files(in: layout.privateDirectory).forEach { examine($0, group: bkGroup) }
        }
        return problems
    }

    /// A store behind the trust boundary (its directory closed to all but its owner, the
    /// system account): everything in it is its owner's, and nothing is a link.
    static func boundaryProblems(_ layout: StoreLayout) -> [StoreError] {
        var problems: [StoreError] = []
        var rootStatus = stat()
        guard lstat(layout.root, &rootStatus) == 0 else { return problems }
        let owner = rootStatus.st_uid
        let ownerName = getpwuid(owner).flatMap { $0.pointee.pw_name.map { String(cString: $0) } } ?? "\(owner)"
        func walk(_ path: String) {
            var st = stat()
            guard lstat(path, &st) == 0 else { return }
            if (st.st_mode & S_IFMT) == S_IFLNK {
                problems.append(StoreError(.permission, .linkInStore(path)))
                return
            }
            if st.st_uid != owner { problems.append(StoreError(.permission, .notStoreOwner(path, ownerName, layout.root))) }
            if st.st_mode & 0o007 != 0 { problems.append(StoreError(.permission, .readableByOthers(path, String(st.st_mode & 0o7777, radix: 8)))) }
            if (st.st_mode & S_IFMT) == S_IFDIR {
                for name in ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted() { walk(path + "/" + name) }
            }
        }
        walk(layout.root)
        return problems
    }
}
