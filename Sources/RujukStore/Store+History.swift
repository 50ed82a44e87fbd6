#if canImport(Glibc)
import Glibc
#endif
import Foundation
import RujukDomain

/// Closed history as questions need it: all of it, one case, one student's, what a report's
/// period touches, or a page at a time (the "all" list), read from the history shelf; and the
/// rebuild's sending of closed cases there as it folds.
extension Store {
    /// Loads the closed cases kept out of start-up; rebuilds from the journal if the shelf
    /// cannot be read.
    public func loadHistory() throws {
        guard !school.historyLoaded else { return }
        if (try? loadShelved { _ in true }) != nil {
            school.historyLoaded = true
            return
        }
        let target = position
        resetToEmpty()
        try foldNewLines(repair: false)
        if position.seq < target.seq {
            throw StoreError(.corrupt, .journalBeforeSnapshot)
        }
    }

    /// Reads into the school the closed cases with anything at or after `since` (what a report of
    /// a period from `since` on needs), leaving the rest of history on disk. `historyLoaded`
    /// stays false: a later full read adds the others.
    public func loadHistory(closedSince since: Date) throws {
        let ms = Int64((since.timeIntervalSince1970 * 1000).rounded(.down))
        try loadHistory { $0.latest >= ms }
    }

    /// Reads into the school the closed case `number` (`show N`, a thread opened from history):
    /// one index lookup and one line.
    public func loadHistory(ofCase number: Int) throws {
        try loadHistory(ofCase: number, ofStudent: nil)
    }

    /// Reads into the school the closed cases of one student (their record, buku pribadi).
    public func loadHistory(ofStudent studentID: String) throws {
        try loadHistory(ofCase: nil, ofStudent: studentID)
    }

    /// One case or one student's closed cases, found by their own index lines alone (see
    /// `HistoryShelf.entries(ofCase:ofStudent:)`); all of history when the shelf cannot say.
    private func loadHistory(ofCase number: Int?, ofStudent studentID: String?) throws {
        guard !school.historyLoaded else { return }
        // A process that asks again and again (folding many lines about closed cases) reads the
        // whole index once and looks up the rest; one question reads only its own lines.
        if keyedShelfReads >= 2 || shelf.indexBytes > 0 {
            return try loadHistory { e in number.map { e.number == $0 } ?? (e.studentID == studentID) }
        }
        keyedShelfReads += 1
        do {
            let found = try shelf.entries(ofCase: number, ofStudent: studentID, asOf: position.seq, needed: historyIndexBytes)
            try adoptShelved(found.filter { school.cases[$0.number] == nil })
        } catch {
            try loadHistory()
        }
    }

    /// Every closed case, newest first, handed to `body` a few hundred at a time as they are
    /// read: a long list (`queue --all`) prints its first lines at once and holds one batch of
    /// history in memory, not all of it. Nothing is added to the school. All of history is read
    /// first when the shelf cannot be read this way.
    public func closedCases(newestFirst body: ([Case]) throws -> Void, batch: Int = 500) throws {
        var shelved: [Int: HistoryShelf.Entry] = [:]
        if !school.historyLoaded {
            do {
                try shelf.catchUp()
                for e in shelf.current(asOf: position.seq, where: { school.cases[$0.number] == nil }) { shelved[e.number] = e }
            } catch {
                try loadHistory()
                shelved = [:]
            }
        }
        let numbers = (school.cases.values.lazy.filter(\.isClosed).map(\.number) + shelved.keys).sorted(by: >)
        var start = 0
        while start < numbers.count {
            let slice = numbers[start..<min(start + batch, numbers.count)]
            start = slice.endIndex
            let picked = slice.compactMap { shelved[$0] }
            var read: [Int: Case] = [:]
            if !picked.isEmpty {
                let cases = try snapshotDecoder.decode([Case].self, from: Data(try shelf.read(picked)))
                read = Dictionary(cases.map { ($0.number, $0) }, uniquingKeysWith: { a, _ in a })
            }
            try body(slice.compactMap { school.cases[$0] ?? read[$0] })
        }
    }

    /// The next `count` closed cases not in memory, newest first, into the school: the
    /// interface's "all" list reads history a page at a time as the person scrolls, never all
    /// of it at once. `historyLoaded` once none is left. All of history when the shelf cannot
    /// be read this way.
    public func loadClosedPage(_ count: Int) throws {
        guard !school.historyLoaded else { return }
        do {
            try shelf.catchUp()
            if let needed = historyIndexBytes, shelf.indexBytes < needed {
                throw StoreError(.corrupt, .snapshotDiffers(layout.historyIndex, "closed cases"))
            }
            let waiting = shelf.current(asOf: position.seq) { school.cases[$0.number] == nil }.sorted { $0.number > $1.number }
            try adoptShelved(Array(waiting.prefix(count)))
            if waiting.count <= count { school.historyLoaded = true }
        } catch {
            try loadHistory()
        }
    }

    /// The closed case a fold or a validation needs (`error` names it), else all of history.
    func loadHistory(for error: DomainError) throws {
        if case .inClosedHistory(let text) = error.reason, let number = Int(text) {
            try loadHistory(ofCase: number)
            if school.cases[number] != nil { return }
        }
        try loadHistory()
    }

    /// The closed cases `wanted` picks, decoded alone; all of history (or the journal) when the
    /// shelf cannot be read.
    private func loadHistory(where wanted: (HistoryShelf.Entry) -> Bool) throws {
        guard !school.historyLoaded else { return }
        do {
            try loadShelved(wanted)
        } catch {
            try loadHistory()
        }
    }

    /// Reads from the shelf the cases `wanted` picks that are not in memory, each as it stood at
    /// this process's position; a line that is not the case its index line names is damage.
    private func loadShelved(_ wanted: (HistoryShelf.Entry) -> Bool) throws {
        try shelf.catchUp()
        // An index cut shorter since the snapshot was read lost cases: read the journal instead.
        if let needed = historyIndexBytes, shelf.indexBytes < needed {
            throw StoreError(.corrupt, .snapshotDiffers(layout.historyIndex, "closed cases"))
        }
        try adoptShelved(shelf.current(asOf: position.seq) { school.cases[$0.number] == nil && wanted($0) })
    }

    /// Reads the `picked` lines and puts their cases in the school; a line that is not the case
    /// its index line names is damage.
    private func adoptShelved(_ picked: [HistoryShelf.Entry]) throws {
        guard !picked.isEmpty else { return }
        let cases = try snapshotDecoder.decode([Case].self, from: Data(try shelf.read(picked)))
        let versions = Dictionary(picked.map { ($0.number, $0.version) }, uniquingKeysWith: max)
        guard cases.count == picked.count, cases.allSatisfy({ $0.isClosed && versions[$0.number] == $0.version }) else {
            throw StoreError(.corrupt, .historyDamaged(layout.historyIndex, "\(shelf.entries.count + 1)", "\(shelf.indexBytes)"))
        }
        for c in cases { school.cases[c.number] = c }
        school.indexOpenCasesIfNeeded()
    }

    /// During a rebuild, every `shelveEvery` lines: the closed cases in memory go to the history
    /// shelf (those it does not hold as they are) and leave memory; one a later line changes is
    /// read back from there, as at any start-up. A case whose summary a referrer has yet to read
    /// stays, as the snapshot keeps it. Skipped (all stays in memory) when another process is
    /// writing a snapshot or the shelf cannot be written.
    func shelveClosedWhileRebuilding() throws {
        let closed = school.cases.values.filter(\.isClosed)
        guard closed.count >= Self.historyFrom, let lock = StoreLock.ifFree(path: layout.snapshotLock) else { return }
        defer { withExtendedLifetime(lock) {} }
        try shelf.catchUp()
        let now = Date(), seq = position.seq
        let leaving = closed.filter { !school.awaitsReferrer($0, now: now) }
        let unshelved = leaving.filter { shelf.entry(for: $0.number, asOf: seq)?.version != $0.version }
        try shelf.write(unshelved.sorted { $0.number < $1.number }.map(\.strippedForSnapshot),
                        encoder: HistoryShelf.lineEncoder, segmentLimit: Self.segmentLimit)
        for c in leaving { school.cases[c.number] = nil }
        school.historyLoaded = false
    }
}
