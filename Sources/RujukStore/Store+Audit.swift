#if canImport(Glibc)
import Glibc
#endif
import Foundation
import RujukDomain

/// The audit: openings of confidential entries are recorded in `private/` (chained like the
/// rest), and `rujuk audit` reads them back beside the journal's changes.
extension Store {
    /// Records that someone opened confidential entries, durably, before they are shown.
    /// Redrawing what this process just recorded is not recorded again.
    func recordOpening(_ opening: Opening) throws {
        try recordOpenings([opening])
    }

    /// Records several openings (a student's record opens many cases at once) under one lock,
    /// with one write and one sync: each is still its own chained line in `private/`.
    func recordOpenings(_ openings: [Opening]) throws {
        var bodies: [[UInt8]] = []
        var last = lastOpening
        for opening in openings where !opening.repeats(last) {
            bodies.append(Array(try encoder.encode(opening)))
            last = opening
        }
        guard !bodies.isEmpty else { return }
        try withLock { try writeAuditLines(bodies) }
        lastOpening = last
        indexAuditIfDue()
    }

    /// Appends one chained line to `private/`, durably. Under the lock.
    func writeAuditLine(_ body: [UInt8]) throws {
        try writeAuditLines([body])
    }

    /// Appends chained lines to `private/` with one write and one sync: all of them or, when the
    /// write or the sync fails, none. Under the lock.
    func writeAuditLines(_ bodies: [[UInt8]]) throws {
        let segment = try appendTarget(isPrivate: true)
        let path = layout.segment(segment, isPrivate: true)
        let file = try FileDescriptor.openForAppend(path, mode: Self.fileMode)
        try dropTornTail(of: path)
        let start = try file.size
        var prev = try chainHead(isPrivate: true, segment: segment, size: start)
        var lines: [UInt8] = []
        for body in bodies {
            let line = JournalLine.encode(body: body, prev: prev)
            prev = JournalLine.hash(ofLine: line)
            lines += line
        }
        try writeDurably(lines, to: file, path: path)
        chainHeads[true] = ChainHead(segment: segment, size: start + lines.count, hash: prev)
    }

    /// Every change in the journal and every opening in `private/` that match the filters, in
    /// the order recorded: the journal's changes in their order, each opening placed before the
    /// first change recorded later than it. `openingsReadable` is false when this account
    /// cannot read `private/`.
    public func auditTrail(number: Int?, who: String?, since: Date?) throws -> (entries: [AuditEntry], openingsReadable: Bool) {
        var entries: [AuditEntry] = []
        let readable = try auditTrail(number: number, who: who, since: since) { entries += $0 }
        return (entries, readable)
    }

    /// The same, handed to `each` a few hundred at a time as they are read (a long trail prints
    /// its first lines at once). Returns whether `private/` could be read.
    ///
    /// A case or a person is read from the audit index (and the lines written since it was);
    /// without either, or when the index cannot be read, every segment is.
    public func auditTrail(number: Int?, who: String?, since: Date?, each: ([AuditEntry]) throws -> Void) throws -> Bool {
        let readable = access(layout.privateDirectory, R_OK | X_OK) == 0
        let trail = AuditMerge(number: number, who: who, since: since)
        for isPrivate in [true, false] where !isPrivate || readable {
            let index = AuditIndex(layout: layout, isPrivate: isPrivate, storeID: info.id)
            // Bring the index up to date first, when nobody else is at it: a question asked of an
            // old store pays for the whole index once, and the next costs what it returns.
            catchUpAuditWhole(index)
            try indexedLines(index, number: number, who: who, since: since) { line in
                if trail.take(line.entry, isPrivate: isPrivate) { try each(trail.flush()) }
            }
        }
        let last = trail.finish()
        if !last.isEmpty { try each(last) }
        return readable
    }

    /// The lines of one index (the journal's or `private/`'s) for a case or a person, in the
    /// order recorded: from the index as far as it covers (where it answers), then from the
    /// segments. Lines of other cases or people may come too; the caller filters.
    func indexedLines(_ index: AuditIndex, number: Int?, who: String?, since: Date?, each: (AuditIndex.Line) throws -> Void) throws {
        var from = AuditIndex.Mark.start
        let sinceMS = since.map { Int64(($0.timeIntervalSince1970 * 1000).rounded(.down)) }
        let wanted = { (n: Int?, ms: Int64) in (number == nil || n == number) && (sinceMS.map { ms >= $0 } ?? true) }
        if let files = index.files(number: number, who: who, since: since), let covered = index.covered() {
            // A month's files are in order; a damaged one sends the question to the segments.
            let read = files.map { index.lines(in: $0, before: covered, wanted: wanted) }
            if read.allSatisfy({ $0 != nil }) {
                // A person's months, put back in the order recorded.
                let lines = read.count == 1 ? read[0]! : read.compactMap { $0 }.joined().sorted {
                    ($0.segment, $0.offset) < ($1.segment, $1.offset)
                }
                for line in lines { try each(line) }
                from = covered
            }
        }
        _ = try index.scan(from: from, decoder: decoder, each: each)
    }

    /// Brings the audit index up to the journal's end, unless another process is at it.
    /// 16 MiB of segments at a time, so that indexing years at once holds one such stretch.
    func catchUpAuditWhole(_ index: AuditIndex) {
        guard let lock = StoreLock.ifFree(path: AuditIndex.lockPath(layout)) else { return }
        withExtendedLifetime(lock) {
            while (try? catchUpAudit(index, byteLimit: 16 << 20)) == true {}
        }
    }

    /// The closings a reopened case went through, read back from the case's own closing,
    /// summary and reopening lines, which the audit index finds (and the lines since it).
    func pastClosings(of number: Int) throws -> [PastClosing] {
        var events: [Event] = []
        let index = AuditIndex(layout: layout, isPrivate: false, storeID: info.id)
        // An index never made (or set aside) is made first, as the audit does, when nobody else
        // is at it: without it the question would read every segment, each time it is asked.
        if index.covered() == nil { catchUpAuditWhole(index) }
        try indexedLines(index, number: number, who: nil, since: nil) { line in
            guard line.entry.number == number, case .change(let type) = line.entry.what, PastClosing.kinds.contains(type) else { return }
            events.append(try decodeEvent(try lineBody(at: TextRef(isPrivate: false, segment: line.segment, offset: line.offset))))
        }
        return PastClosing.undone(in: events)
    }

    /// Files in the audit index the segment lines past what it covers, at most `byteLimit` bytes
    /// of them; true when it got further. The caller holds `audit.lock`. A failure loses
    /// nothing: the lines stay uncovered, and whoever asks reads them from the segments.
    @discardableResult
    func catchUpAudit(_ index: AuditIndex, byteLimit: Int) throws -> Bool {
        let covered = index.covered()
        // None, or one of lines that are gone: written anew from the first line.
        if covered == nil { try index.reset() }
        let from = covered ?? .start
        var lines: [AuditIndex.Line] = []
        let end: AuditIndex.Mark
        if !index.isPrivate, let folded = auditRun.lines(from: from) {
            // The lines this process folded or wrote: told already, nothing to read again.
            lines = folded
            end = auditRun.end
        } else {
            end = try index.scan(from: from, byteLimit: byteLimit, decoder: decoder) { lines.append($0) }
        }
        if end != from { try index.add(lines, end: end) }
        auditCovered[index.isPrivate] = end
        if !index.isPrivate { auditRun.drop(before: end) }
        return end != from
    }

    /// After an append: once 64 KiB of journal or private lines lie past what the audit index
    /// covers, whoever appended files them (a few hundred lines, outside the store lock); a
    /// process busy at it already is left to it.
    func indexAuditIfDue() {
        var due: [AuditIndex] = []
        for (isPrivate, head) in [(false, AuditIndex.Mark(segment: position.segment, offset: position.offset)),
                                  (true, chainHeads[true].map { AuditIndex.Mark(segment: $0.segment, offset: $0.size) })] {
            guard let head else { continue }
            let index = AuditIndex(layout: layout, isPrivate: isPrivate, storeID: info.id)
            if auditCovered[isPrivate] == nil { auditCovered[isPrivate] = index.covered() ?? .start }
            guard let covered = auditCovered[isPrivate],
                  head.segment != covered.segment || head.offset - covered.offset >= Self.auditIndexBytes else { continue }
            due.append(index)
        }
        guard !due.isEmpty, let lock = StoreLock.ifFree(path: AuditIndex.lockPath(layout)) else { return }
        withExtendedLifetime(lock) {
            // A store indexed for the first time is caught up a few MiB per append, not all at once.
            for index in due { try? catchUpAudit(index, byteLimit: 4 << 20) }
        }
    }
}

/// The trail as it is read: the openings (few beside the changes) are gathered first, then each
/// is placed before the first change recorded later than it, and the whole is handed on a few
/// hundred entries at a time.
private final class AuditMerge {
    let number: Int?, who: String?, since: Date?
    private var openings: [AuditEntry] = []
    private var sorted = false
    private var next = 0
    private var batch: [AuditEntry] = []

    init(number: Int?, who: String?, since: Date?) {
        (self.number, self.who, self.since) = (number, who, since)
    }

    /// True when a batch is ready to be handed on (`flush`).
    func take(_ entry: AuditEntry, isPrivate: Bool) -> Bool {
        guard entry.matches(number: number, who: who, since: since) else { return false }
        if isPrivate {
            openings.append(entry)
            return false
        }
        if !sorted {
            openings = openings.enumerated().sorted { ($0.element.at, $0.offset) < ($1.element.at, $1.offset) }.map(\.element)
            sorted = true
        }
        while next < openings.count, openings[next].at < entry.at {
            batch.append(openings[next])
            next += 1
        }
        batch.append(entry)
        return batch.count >= 500
    }

    func flush() -> [AuditEntry] {
        defer { batch.removeAll(keepingCapacity: true) }
        return batch
    }

    /// What is left, the openings later than every change last.
    func finish() -> [AuditEntry] {
        if !sorted { openings.sort { $0.at < $1.at } }
        batch += openings[next...]
        next = openings.count
        return flush()
    }
}
