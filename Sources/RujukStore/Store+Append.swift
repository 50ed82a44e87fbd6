#if canImport(Glibc)
import Glibc
#endif
import Foundation
import RujukDomain

extension Store {
    /// Appends events durably: lock, catch up with other writers, validate each event against
    /// the current state (a stale or forbidden edit is refused, nothing is written), write the
    /// confidential text to `private/` and the lines to the journal with one `write()` each,
    /// `fdatasync`, unlock. Returns the events with their sequence numbers only after that.
    @discardableResult
    public func append(_ events: [Event]) throws -> [Event] {
        if events.count == 1, let written = try appendThroughQueue(events[0]) {
            writeSnapshotIfDue()
            indexAuditIfDue()
            return written
        }
        return try append { _ in events }
    }

    /// Like `append(_:)`, with the events built from the state as it is under the lock, so a
    /// decision such as "open a case or join the open one" sees every colleague's writes.
    @discardableResult
    public func append(building make: (School) throws -> [Event]) throws -> [Event] {
        let written = try withLock { try appendUnderLock(make) }
        // After the lock is released: a colleague's append never waits for a snapshot or the audit index.
        writeSnapshotIfDue()
        indexAuditIfDue()
        return written
    }

    /// Catches up, prepares this process's events, takes the colleagues' waiting in the queue
    /// that may go with them, and writes them all with one write and one sync.
    func appendUnderLock(_ make: (School) throws -> [Event]) throws -> [Event] {
        let endsHere = try foldNewLines(repair: true)
        var prepared = try prepare(try make(school))
        try writePrivate(&prepared)
        // Colleagues who come while this batch is written are woken when the lock is released,
        // and one of them writes the next batch.
        try writeWithColleagues(prepared, endConfirmed: endsHere)
        return prepared.map(\.event)
    }

    struct Prepared {
        var event: Event
        var secret: String?
        var ref: TextRef?
        /// The journal body as encoded for validation, written as is unless the text moves to `private/`.
        var body: [UInt8]
    }

    /// Numbers and validates the events; nothing is kept on failure. One event (what every
    /// person's action is) is validated against the school as it is, which reads only the case
    /// and the facts it touches; only a batch needs a scratch copy to see its own earlier events.
    func prepare(_ events: [Event]) throws -> [Prepared] {
        while true {
            do {
                if events.count == 1 { return [try prepareOne(events[0], against: school)] }
                var scratch = school
                var prepared: [Prepared] = []
                for event in events {
                    let one = try prepareOne(event, against: scratch)
                    try scratch.fold(one.event)
                    prepared.append(one)
                }
                return prepared
            } catch let error as DomainError where error.kind == .needsHistory {
                try loadHistory(for: error)
            } catch let error as DomainError {
                throw StoreError(error)
            }
        }
    }

    private func prepareOne(_ event: Event, against state: School) throws -> Prepared {
        var event = event
        if case .caseOpened(var opened) = event.payload, opened.number == 0 {
            opened.number = state.nextCaseNumber
            event.payload = .caseOpened(opened)
        }
        let (written, line) = try asWritten(event, seq: state.lastSeq + 1)
        try state.validate(written)
        return Prepared(event: written, secret: written.confidentialText, body: line)
    }

    /// The event numbered `seq`, as every other process reads it back (each date to the
    /// millisecond), so this process's school, and the snapshot or history it writes, are
    /// theirs exactly; and its journal body. The common events carry no date but their
    /// moment, which is read back without a decoder.
    func asWritten(_ event: Event, seq: Int) throws -> (Event, [UInt8]) {
        var event = event
        event.seq = seq
        event.at = ISODate.truncated(event.at)
        let line = try journalBody(event)
        return (try event.readBack ?? decoder.decode(Event.self, from: Data(line)), line)
    }

    /// The event's journal body, refused when it is larger than an entry may be.
    func journalBody(_ event: Event) throws -> [UInt8] {
        let line = try QuickEventWriter.body(event) ?? Array(encoder.encode(event))
        if line.count > Self.entryLimit {
            throw StoreError(.refused(.invalid), .entryTooLarge("\(Self.entryLimit >> 10)"))
        }
        return line
    }

    /// Writes the confidential texts (if any) to the last private segment and syncs them,
    /// before the journal stubs that point at them.
    func writePrivate(_ prepared: inout [Prepared]) throws {
        guard prepared.contains(where: { $0.secret != nil }) else { return }
        do {
            try writePrivateLines(&prepared)
        } catch let error as StoreError where error.kind == .permission {
            throw StoreError(.permission, .privateNotWritable(layout.privateDirectory, privateGroup ?? "?"))
        }
    }

    private func writePrivateLines(_ prepared: inout [Prepared]) throws {
        let segment = try appendTarget(isPrivate: true)
        let path = layout.segment(segment, isPrivate: true)
        let file = try FileDescriptor.openForAppend(path, mode: Self.fileMode)
        try dropTornTail(of: path)
        let start = try file.size
        var offset = start
        var prev = try chainHead(isPrivate: true, segment: segment, size: start)
        var bytes: [UInt8] = []
        for i in prepared.indices {
            guard let secret = prepared[i].secret, let number = prepared[i].event.payload.caseNumber else { continue }
            let entry = PrivateEntry(seq: prepared[i].event.seq, number: number, by: prepared[i].event.actor,
                                     at: prepared[i].event.at, text: secret)
            let line = JournalLine.encode(body: Array(try encoder.encode(entry)), prev: prev)
            prev = JournalLine.hash(ofLine: line)
            prepared[i].ref = TextRef(isPrivate: true, segment: segment, offset: offset)
            offset += line.count
            bytes += line
        }
        try writeDurably(bytes, to: file, path: path, endingAt: start)
        chainHeads[true] = ChainHead(segment: segment, size: offset, hash: prev)
    }

    /// Writes the journal lines with one `write()`, syncs, then folds them in. `endConfirmed`:
    /// the fold under this lock read the last segment to its end, where this process's position is.
    /// `marking` is told where each line will be before the write; `synced`, once it is durable.
    func writeJournal(_ prepared: [Prepared], endConfirmed: Bool = false,
                      marking: (Int, AppendQueue.Written) -> Void = { _, _ in }, synced: () -> Void = {}) throws {
        let segment = endConfirmed && position.offset > 0 && position.offset < Self.segmentLimit
            ? position.segment : try appendTarget(isPrivate: false)
        let path = layout.segment(segment)
        let file = try appendable(segment, path: path)
        let start = try file.size
        if segment != position.segment { position = JournalPosition(segment: segment, offset: 0, seq: position.seq) }
        guard start == position.offset else {
            throw StoreError(.corrupt, .changedUnderLock(path))
        }
        var prev = try chainHead(isPrivate: false, segment: segment, size: start)
        var bytes: [UInt8] = []
        var folds: [(Event, TextRef, Int)] = []
        for (index, item) in prepared.enumerated() {
            let written = item.ref.map { item.event.sealed(pointingAt: $0) } ?? item.event
            let body = item.ref == nil ? item.body : Array(try encoder.encode(written))
            let line = JournalLine.encode(body: body, prev: prev)
            prev = JournalLine.hash(ofLine: line)
            marking(index, AppendQueue.Written(seq: written.seq, segment: segment, offset: start + bytes.count,
                                               length: line.count, lineHash: prev))
            folds.append((written, TextRef(isPrivate: false, segment: segment, offset: start + bytes.count), line.count))
            bytes += line
        }
        try writeDurably(bytes, to: file, path: path, endingAt: start)
        synced()
        chainHeads[false] = ChainHead(segment: segment, size: start + bytes.count, hash: prev)
        for (event, ref, length) in folds {
            try foldLoadingHistory(event, position: ref, validated: true)
            position = JournalPosition(segment: segment, offset: ref.offset + length, seq: event.seq)
            auditRun.add(event, segment: segment, offset: ref.offset, length: length)
        }
    }

    /// The journal segment `segment`, open for reading and appending: the one kept from the
    /// last append (the fold under this lock found its path still names it), or opened now
    /// and kept in its place.
    private func appendable(_ segment: Int, path: String) throws -> FileDescriptor {
        if let kept = appendFile, kept.segment == segment { return kept.file }
        let file = try FileDescriptor.openForAppend(path, mode: Self.fileMode, reading: true)
        appendFile = (segment, file, try file.identity)
        return file
    }

    /// One write, then fdatasync. On failure the partial bytes are cut off again and the
    /// error is reported; a failed sync is never retried into a false success.
    func writeDurably(_ bytes: [UInt8], to file: FileDescriptor, path: String, endingAt size: Int? = nil) throws {
        let before = try size ?? file.size
        do {
            CrashPoint.hit("before-write")
            try file.writeOnce(bytes)
            CrashPoint.hit("after-write")
            try file.syncData()
            CrashPoint.hit("after-fsync")
        } catch {
            try? FileSystem.truncate(path, to: before)
            throw error
        }
    }

    /// The segment to append to: the last one, or a new one once it is past the size limit.
    func appendTarget(isPrivate: Bool) throws -> Int {
        // The journal's last segment is where the fold just ended, unless it is full.
        if !isPrivate, position.offset > 0, let size = FileSystem.fileSize(layout.segment(position.segment)),
           size < Self.segmentLimit, !FileSystem.exists(layout.segment(position.segment + 1)) {
            return position.segment
        }
        let segments = layout.segments(isPrivate: isPrivate)
        guard let last = segments.last else {
            try FileSystem.syncDirectory(isPrivate ? layout.privateDirectory : layout.journalDirectory)
            return 1
        }
        if (FileSystem.fileSize(layout.segment(last, isPrivate: isPrivate)) ?? 0) >= Self.segmentLimit {
            let next = last + 1
            _ = try FileDescriptor.openForAppend(layout.segment(next, isPrivate: isPrivate), mode: Self.fileMode)
            try FileSystem.syncDirectory(isPrivate ? layout.privateDirectory : layout.journalDirectory)
            return next
        }
        return last
    }

    /// A private segment that does not end with a newline lost its last write: move it aside.
    func dropTornTail(of path: String) throws {
        let file = try FileDescriptor.open(path, O_RDONLY)
        let size = try file.size
        // Whole (what it almost always is): its last byte says so, without reading the tail.
        guard size > 0, try file.read(at: size - 1, count: 1).last != UInt8(ascii: "\n") else { return }
        let tailStart = max(0, size - 1 << 20)
        let tail = try file.read(at: tailStart, count: size - tailStart)
        guard tail.last != UInt8(ascii: "\n") else { return }
        let cut = tail.lastIndex(of: UInt8(ascii: "\n")).map { tailStart + $0 + 1 } ?? 0
        try moveTornTail(path: path, at: cut)
    }
}
