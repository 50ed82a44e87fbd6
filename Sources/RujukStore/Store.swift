#if canImport(Glibc)
import Glibc
#endif
import Foundation
import RujukDomain

/// A Rujuk store on disk: the journal is the truth, the snapshot an accelerator.
/// One instance per process; another process's appends are folded in by `refresh()`.
public final class Store {
    public let layout: StoreLayout
    public let info: StoreInfo
    public internal(set) var school: School
    var position: JournalPosition
    var snapshotSeq: Int
    /// The closed cases kept out of start-up (`history/`), read as questions need them.
    var shelf: HistoryShelf
    /// The bytes of `history/index` the loaded snapshot relies on; nil when it holds every case.
    var historyIndexBytes: Int?
    /// The hash the next journal (false) or private (true) line records, once known.
    var chainHeads: [Bool: ChainHead] = [:]
    /// The journal segment this process last appended to, kept open for reading and appending
    /// from one append to the next: a writer among others folds and writes there without
    /// opening it each time. Used only while the path still names that very file.
    var appendFile: (segment: Int, file: FileDescriptor, identity: FileIdentity)?
    /// The last opening of confidential entries this process recorded, so that redrawing the
    /// same thread is not recorded again.
    var lastOpening: Opening?
    /// Set by `check`: every event is validated again as it is folded, and each one Rujuk would
    /// have refused is noted here (the fold goes on, so every such line is named).
    var refusedLines: [StoreError]?
    /// Set by `check`: told the school after each line is folded, to hold the history shelf's
    /// cases against the ones rebuilt at their versions; returns the closed cases it found on
    /// the shelf as rebuilt, which leave memory (the shelf gives them back when needed).
    var foldWatcher: ((School, Int) -> [Int])?
    /// Set by `check`: told each journal line as it is read, to hold the audit index against it.
    var lineWatcher: ((AuditIndex.Line) -> Void)?
    /// Set by `check`: told each journal segment as the fold begins it, and how many there are.
    var segmentWatcher: ((Int, Int) -> Void)?
    /// How many times this process read the history index for one case or student alone.
    var keyedShelfReads = 0
    /// Set while many texts are read back at once (a student's record): the segments opened
    /// so far, by number (a private one's negated), so that each is opened once.
    var textFiles: [Int: FileDescriptor]?
    /// Set while the whole journal is folded into an empty school (see `rebuild`).
    var shelvesWhileFolding = false
    /// Where this process last saw the audit index of the journal (false) and `private/` (true) end.
    var auditCovered: [Bool: AuditIndex.Mark] = [:]
    /// The journal lines this process folded or wrote since the audit index last caught up.
    var auditRun = AuditRun(at: .start)
    /// The slots where this process's appends wait for the lock's holder to write them, and
    /// where it takes its colleagues' while it holds the lock; nil where none can be mapped.
    lazy var appendQueue: AppendQueue? = Self.groupCommit ? AppendQueue.open(layout.appendQueue) : nil
    /// Seconds a writer waits for the lock before reporting that the store is busy.
    public var lockTimeout: Double = 10

    /// Off (`RUJUK_GROUP_COMMIT=0`), every append takes the lock and syncs alone: for the
    /// benchmark's comparison.
    static let groupCommit = ProcessInfo.processInfo.environment["RUJUK_GROUP_COMMIT"] != "0"
    /// Segments roll over past this size; they are never rewritten.
    static let segmentLimit = Int(ProcessInfo.processInfo.environment["RUJUK_SEGMENT_BYTES"] ?? "") ?? 16 << 20
    /// A snapshot is written when this many events were folded since the last one…
    static let snapshotEvery = Int(ProcessInfo.processInfo.environment["RUJUK_SNAPSHOT_EVERY"] ?? "") ?? 250
    /// …and the one on disk is older than this many seconds (whoever wrote it), so that eight
    /// busy writers write one snapshot between them, not one each.
    static let snapshotSeconds = Double(ProcessInfo.processInfo.environment["RUJUK_SNAPSHOT_SECONDS"] ?? "") ?? 2
    /// Closed cases stay in the snapshot until this many gathered; then the history shelf is
    /// started, and from then on every closed case goes there.
    static let historyFrom = Int(ProcessInfo.processInfo.environment["RUJUK_HISTORY_FROM"] ?? "") ?? 200
    /// A rebuild from the journal sends closed cases to the shelf every this many lines.
    var shelveEvery = 25_000
    /// The audit index is brought up to date once this many bytes of lines lie past it.
    static let auditIndexBytes = Int(ProcessInfo.processInfo.environment["RUJUK_AUDIT_INDEX_BYTES"] ?? "") ?? 64 << 10
    /// One event, its text included, is at most this many bytes (256 KiB: about a hundred pages).
    public static let entryLimit = 256 << 10
    static let fileMode: mode_t = 0o660
    /// Setgid, so every file made inside belongs to the directory's group.
    static let directoryMode: mode_t = 0o2770
    /// Also sticky: a member may append to a segment, but not delete or rename another's.
    static let segmentDirectoryMode: mode_t = 0o3770

    let encoder = JSONCoding.encoder()
    let decoder = JSONCoding.decoder()
    /// Snapshot and history hold many dates: numbers (milliseconds) decode far faster than text.
    let snapshotEncoder: JSONEncoder = {
        let e = JSONEncoder()
        e.dateEncodingStrategy = .millisecondsSince1970
        // The cases' base64 is full of slashes: escaped, each sent the decoder down its slow path.
        e.outputFormatting = .withoutEscapingSlashes
        return e
    }()
    let snapshotDecoder: JSONDecoder = {
        let d = JSONDecoder()
        d.dateDecodingStrategy = .millisecondsSince1970
        return d
    }()

    init(layout: StoreLayout, info: StoreInfo) {
        self.layout = layout
        self.info = info
        self.school = School(name: info.school)
        self.position = JournalPosition(segment: 1, offset: 0, seq: 0)
        self.snapshotSeq = 0
        self.shelf = HistoryShelf(layout: layout, storeID: info.id)
        self.historyIndexBytes = nil
    }

    // MARK: Creating and opening

    /// Creates a new store at `root` (which must not hold one) and appends `events`.
    public static func create(at root: String, info: StoreInfo, events: [Event]) throws -> Store {
        let layout = StoreLayout(root)
        if FileSystem.exists(layout.info) {
            throw StoreError(.refused(.invalid), .alreadyAStore(root))
        }
        let groups = try [info.group, info.bkGroup].map { name -> gid_t? in
            guard let name else { return nil }
            guard let gid = UnixGroup.id(named: name) else { throw StoreError(.refused(.invalid), .noSuchGroup(name)) }
            return gid
        }
        // A fresh account may have no ~/.local/share yet: make the parents (they hold no data).
        try FileSystem.makeParents(of: root)
        try FileSystem.makeDirectory(root, mode: directoryMode)
        if let staff = groups[0] { try UnixGroup.assign(root, to: staff) }
        try FileSystem.makeDirectory(layout.journalDirectory, mode: segmentDirectoryMode)
        try FileSystem.makeDirectory(layout.privateDirectory, mode: segmentDirectoryMode)
        if let bk = groups[1] {
            try UnixGroup.assign(layout.privateDirectory, to: bk)
            // chgrp clears the setgid bit on some systems: set the mode again.
            chmod(layout.privateDirectory, segmentDirectoryMode)
        }
        if groups[0] != nil { chmod(root, directoryMode); chmod(layout.journalDirectory, segmentDirectoryMode) }
        let bytes = try JSONCoding.encoder(pretty: true).encode(info) + Data("\n".utf8)
        try FileSystem.replace(layout.info, with: Array(bytes), mode: fileMode)
        let store = Store(layout: layout, info: info)
        if !events.isEmpty { try store.append(events) }
        return store
    }

    /// Opens the store at `root`: snapshot plus journal tail, or a rebuild from the journal.
    public static func open(_ root: String) throws -> Store {
        let layout = StoreLayout(root)
        guard FileSystem.exists(layout.info) else {
            if FileSystem.isDirectory(root) && access(root, R_OK | X_OK) != 0 {
                throw notInGroup(root)
            }
            throw StoreError(.missing, .noStore(root))
        }
        let info = try readInfo(layout)
        let store = Store(layout: layout, info: info)
        if store.loadSnapshot() {
            do {
                try store.foldNewLines(repair: false)
            } catch {
                // The snapshot does not fit the journal (or the journal is damaged): rebuild from
                // the journal alone, which reports real damage with its file, line and byte.
                store.resetToEmpty()
                try store.rebuild()
            }
        } else {
            try store.rebuild()
        }
        if store.hasIncompleteTail() {
            try? store.withLock(timeout: 2) { try store.foldNewLines(repair: true) }
        }
        store.writeSnapshotIfDue()
        return store
    }

    /// The error for a user outside the store's group: it names the group and how to join.
    static func notInGroup(_ path: String) -> StoreError {
        guard let group = FileSystem.groupName(of: path) else { return StoreError(.permission, .cannotReadStore(path)) }
        let login = getpwuid(geteuid()).flatMap { $0.pointee.pw_name.map { String(cString: $0) } } ?? "LOGIN"
        return StoreError(.permission, .notInGroup(path, group, login))
    }

    static func readInfo(_ layout: StoreLayout) throws -> StoreInfo {
        let bytes: [UInt8]
        do {
            bytes = try FileDescriptor.open(layout.info, O_RDONLY).readAll()
        } catch let error as StoreError where error.kind == .permission {
            throw notInGroup(layout.root)
        }
        do {
            let info = try JSONCoding.decoder().decode(StoreInfo.self, from: Data(bytes))
            guard info.format == StoreInfo.currentFormat else {
                throw StoreError(.corrupt, .unknownFormat(layout.info, "\(info.format)"))
            }
            return info
        } catch let error as StoreError {
            throw error
        } catch {
            let (line, byte) = JSONErrorLocation.locate(error, in: bytes)
            throw StoreError(.corrupt, .badInfo(layout.info, "\(line)", "\(byte)"))
        }
    }

    /// Folds the whole journal into an empty school, closed cases leaving memory for the
    /// history shelf as the fold goes (`shelveClosedWhileRebuilding`), so a rebuild of many
    /// years holds about the open cases, not all of history.
    func rebuild() throws {
        shelvesWhileFolding = true
        defer { shelvesWhileFolding = false }
        try foldNewLines(repair: false)
    }

    func resetToEmpty() {
        school = School(name: info.school)
        position = JournalPosition(segment: 1, offset: 0, seq: 0)
        snapshotSeq = 0
        historyIndexBytes = nil
    }

    func withLock<T>(timeout: Double? = nil, _ body: () throws -> T) throws -> T {
        try holding(try StoreLock(path: layout.lock, timeout: timeout ?? lockTimeout), body)
    }

    /// Runs `body` under `lock`, released after it; then wakes the writers waiting in the
    /// append queue, so that one of them takes the lock at once.
    func holding<T>(_ lock: StoreLock, _ body: () throws -> T) throws -> T {
        defer {
            lock.release()
            appendQueue?.wakePending()
        }
        return try body()
    }

    // MARK: Reading

    /// Folds in the lines other processes appended since the last call; true when anything changed.
    @discardableResult
    public func refresh() throws -> Bool {
        let before = position
        if let size = FileSystem.fileSize(layout.segment(position.segment)), size == position.offset,
           !FileSystem.exists(layout.segment(position.segment + 1)) {
            return false
        }
        try foldNewLines(repair: false)
        return position != before
    }

    func hasIncompleteTail() -> Bool {
        guard let last = layout.segments().last, let size = FileSystem.fileSize(layout.segment(last)) else { return false }
        return last > position.segment || size > position.offset
    }

    /// Reads and folds every complete line after `position`. Under the lock (`repair`), an
    /// incomplete last line is a torn tail and is moved aside; without it, it may be a line
    /// still being written and is left for the next call.
    /// Returns true when the journal ends where this process's position now does (always so
    /// under the lock, unless stopped early): a writer then appends there without asking again,
    /// and knows the hash its line chains to from the last line it folded.
    @discardableResult
    func foldNewLines(repair: Bool, stoppingAt last: Int? = nil) throws -> Bool {
        // Nothing new (what every lone writer finds): two stats, not a listing of the segments.
        let current = FileSystem.sizeAndIdentity(layout.segment(position.segment))
        let size = current?.size
        // The kept descriptor serves while the segment's path names its file (one stat tells both).
        if let kept = appendFile, kept.segment != position.segment || kept.identity != current?.identity { appendFile = nil }
        let kept = appendFile?.file
        let nextExists = FileSystem.exists(layout.segment(position.segment + 1))
        if position.offset > 0, size == position.offset, !nextExists { return true }
        // Lines added to the same segment (what a writer among others finds): no listing either.
        let segments = position.offset > 0 && size != nil && !nextExists
            ? [position.segment] : layout.segments().filter { $0 >= position.segment }
        var endsHere = true
        for (index, segment) in segments.enumerated() {
            segmentWatcher?(segment, segments.last ?? segment)
            let path = layout.segment(segment)
            let file = try kept.flatMap { segment == position.segment ? $0 : nil } ?? FileDescriptor.open(path, O_RDONLY)
            let start = segment == position.segment ? position.offset : 0
            let size = try file.size
            if size < start {
                throw StoreError(.corrupt, .shorterThanSnapshot(path))
            }
            let scan = try SegmentScan(bytes: try file.read(at: start, count: size - start), base: start, path: path)
            for line in scan.lines {
                if let last, position.seq >= last { return false }
                let event: Event
                do {
                    event = try decodeEvent(line.body)
                } catch {
                    let (number, byte) = SegmentScan.place(path: path, offset: line.offset)
                    throw StoreError(.corrupt, .notAnEvent(path, number, byte))
                }
                lineWatcher?(AuditIndex.Line(segment: segment, offset: line.offset, entry: AuditEntry(
                    at: event.at, by: event.actor, number: event.payload.caseNumber, what: .change(event.payload.typeName))))
                guard event.seq == position.seq + 1 else {
                    let (number, byte) = SegmentScan.place(path: path, offset: line.offset)
                    throw StoreError(.corrupt, .sequenceGap(path, number, byte, "\(event.seq)", "\(position.seq + 1)"))
                }
                try foldLoadingHistory(event, position: TextRef(isPrivate: false, segment: segment, offset: line.offset))
                position = JournalPosition(segment: segment, offset: line.offset + line.length, seq: event.seq)
                auditRun.add(event, segment: segment, offset: line.offset, length: line.length)
                if shelvesWhileFolding && event.seq % shelveEvery == 0 { try? shelveClosedWhileRebuilding() }
            }
            position.segment = segment
            position.offset = scan.end
            if repair, let lastLine = scan.lines.last {
                chainHeads[false] = ChainHead(segment: segment, size: scan.end, hash: JournalLine.hash(ofLine: lastLine.raw))
            }
            if scan.incompleteTail {
                if index < segments.count - 1 {
                    let (number, byte) = SegmentScan.place(path: path, offset: scan.end)
                    throw StoreError(.corrupt, .incompleteBeforeLater(path, number, byte))
                }
                if repair { try moveTornTail(path: path, at: scan.end) } else { endsHere = false }
            }
        }
        return endsHere
    }

    /// Folds one journal line, re-checking it first against the rules as they stood when it was
    /// written: a line Rujuk would have refused (planted by someone with the files, or left by a
    /// broken version) changes nothing here, and `check` names it. `validated`: the line was
    /// just checked by `append` against this very state.
    func foldLoadingHistory(_ event: Event, position: TextRef?, validated: Bool = false) throws {
        if !validated {
            do {
                try validateLoadingHistory(event)
            } catch let error as DomainError {
                if let position {
                    let path = layout.segment(position.segment, isPrivate: position.isPrivate)
                    let (number, byte) = SegmentScan.place(path: path, offset: position.offset)
                    refusedLines?.append(StoreError(.corrupt, .refusedLine(path, number, byte, error.message)))
                }
                school.lastSeq = max(school.lastSeq, event.seq)
                return
            }
        }
        do {
            try school.fold(event, position: position)
        } catch let error where error.kind == .needsHistory {
            try loadHistory(for: error)
            try school.fold(event, position: position)
        }
        tellFoldWatcher(event.seq)
    }

    /// `check`'s watcher holds the shelf against the school at `seq`; the closed cases it found
    /// as written leave memory. (A function of its own: inlined in the fold above, the Swift 6.3
    /// compiler crashes.)
    private func tellFoldWatcher(_ seq: Int) {
        guard let foldWatcher else { return }
        for number in foldWatcher(school, seq) { school.cases[number] = nil }
    }

    private func validateLoadingHistory(_ event: Event) throws {
        do {
            try school.validateInPlace(event)
        } catch let error where error.kind == .needsHistory {
            try loadHistory(for: error)
            try school.validateInPlace(event)
        }
    }

    /// Moves the bytes of a torn last line to `SEGMENT.torn-OFFSET` and truncates the segment.
    func moveTornTail(path: String, at offset: Int) throws {
        let file = try FileDescriptor.open(path, O_RDONLY)
        let torn = try file.readAll(from: offset)
        guard !torn.isEmpty else { return }
        try FileSystem.replace("\(path).torn-\(offset)", with: torn, mode: Self.fileMode)
        try FileSystem.truncate(path, to: offset)
        try FileDescriptor.open(path, O_WRONLY).sync()
    }

    // MARK: Snapshot

    /// Loads `snapshot.json`; false (and nothing changed) when it is missing or unusable, or
    /// (`needingHistory`) when the history index is shorter than the snapshot relies on.
    func loadSnapshot(needingHistory: Bool = true) -> Bool {
        guard let bytes = try? FileDescriptor.open(layout.snapshot, O_RDONLY).readAll(),
              let snapshot = try? SnapshotFile.decode(bytes, with: snapshotDecoder),
              SnapshotFile.readable.contains(snapshot.format), snapshot.storeID == info.id,
              let size = FileSystem.fileSize(layout.segment(snapshot.position.segment)), size >= snapshot.position.offset,
              let loaded = try? snapshot.school()
        else { return false }
        if needingHistory, let needed = snapshot.historyIndexBytes, (FileSystem.fileSize(layout.historyIndex) ?? 0) < needed {
            return false
        }
        school = loaded
        position = snapshot.position
        snapshotSeq = snapshot.position.seq
        historyIndexBytes = snapshot.historyIndexBytes
        return true
    }

    /// Writes a snapshot when enough events passed since this process's last one and the one on
    /// disk is older than `snapshotSeconds`. Outside the store lock: the school in memory is
    /// consistent as of `position`, and a snapshot only ever names a position of complete lines.
    /// `snapshot.lock` lets one process at a time write one; another simply skips. A failure
    /// here loses nothing (the journal is the truth).
    func writeSnapshotIfDue() {
        guard school.lastSeq - snapshotSeq >= Self.snapshotEvery else { return }
        if Self.snapshotSeconds > 0, let modified = FileSystem.modified(layout.snapshot),
           Date().timeIntervalSince(modified) < Self.snapshotSeconds {
            return
        }
        guard let lock = StoreLock.ifFree(path: layout.snapshotLock) else { return }
        withExtendedLifetime(lock) { try? writeSnapshot() }
    }

    /// Writes `snapshot.json` with the open cases, after writing to the history shelf each closed
    /// case it does not hold as it is (the first time, once `historyFrom` have closed): what closed since
    /// the last snapshot, never all of history again.
    func writeSnapshot() throws {
        var indexBytes: Int?
        var excluded: Set<Int> = []
        if !school.historyLoaded || FileSystem.exists(layout.historyIndex)
            || school.cases.values.lazy.filter(\.isClosed).count >= Self.historyFrom {
            do {
                try shelf.catchUp()
            } catch {
                // A damaged index is only a copy: set the shelf aside and write every closed case anew.
                if !school.historyLoaded { try loadHistory() }
                let aside = layout.historyDirectory + ".damaged-\(Int(Date().timeIntervalSince1970))"
                guard rename(layout.historyDirectory, aside) == 0 else { throw StoreError.system("rename", layout.historyDirectory, errno) }
                shelf = HistoryShelf(layout: layout, storeID: info.id)
            }
            let closed = school.cases.values.filter(\.isClosed)
            let unshelved = closed.filter { shelf.entry(for: $0.number, asOf: position.seq)?.version != $0.version }
            try shelf.write(unshelved.sorted { $0.number < $1.number }.map(\.strippedForSnapshot),
                            encoder: HistoryShelf.lineEncoder, segmentLimit: Self.segmentLimit)
            indexBytes = shelf.indexBytes
            // A summary its referrer has not read yet keeps its case in the snapshot: the queue
            // shows it from memory, and it would vanish there at the next start-up.
            let now = Date()
            excluded = Set(closed.filter { !school.awaitsReferrer($0, now: now) }.map(\.number))
        }
        let snapshot = try SnapshotFile(school: school, storeID: info.id, position: position,
                                    historyIndexBytes: indexBytes, excluding: excluded)
        try FileSystem.replace(layout.snapshot, with: Array(try snapshotEncoder.encode(snapshot)), mode: Self.fileMode)
        CrashPoint.hit("after-snapshot-rename")
        historyIndexBytes = indexBytes
        snapshotSeq = position.seq
        // The file closed cases were kept in before the shelf: no snapshot names it any more.
        if FileSystem.exists(layout.legacyHistory) { unlink(layout.legacyHistory) }
    }
}
