import Foundation
import RujukDomain

/// What `snapshot.json` and the history shelf (`history/`) say the school was at the journal
/// positions they were written at, for `check` to hold against the school rebuilt from the
/// journal alone: a replaced or crafted file (people, PIN hashes, students, cases, who holds
/// them, an edited closed case) is named, and Rujuk would rebuild it if it were deleted.
struct WrittenState {
    let layout: StoreLayout
    private var snapshot: (seq: Int, school: School, historyIndexBytes: Int?)?
    /// Holds the shelf's cases against the rebuild as it passes their versions.
    let shelfCheck: ShelfCheck?
    /// False when the shelf's index is damaged (named once, in `unreadable`).
    private var shelfReadable = true
    /// A file that exists but cannot be read as this store's.
    private(set) var unreadable: [StoreError] = []

    init(_ layout: StoreLayout, info: StoreInfo) {
        self.layout = layout
        let reader = Store(layout: layout, info: info)
        if FileSystem.exists(layout.snapshot) {
            if reader.loadSnapshot(needingHistory: false) {
                snapshot = (reader.position.seq, reader.school, reader.historyIndexBytes)
            } else {
                unreadable.append(StoreError(.corrupt, .snapshotStale(layout.snapshot)))
            }
        }
        var shelf = HistoryShelf(layout: layout, storeID: info.id)
        do {
            try shelf.catchUp()
        } catch let error as StoreError {
            unreadable.append(error)
            shelfReadable = false
        } catch {
            shelfReadable = false
        }
        if let needed = snapshot?.historyIndexBytes, shelf.indexBytes < needed, unreadable.isEmpty {
            // Lines the snapshot relies on are gone: it leaves out closed cases nothing holds.
            unreadable.append(StoreError(.corrupt, .snapshotDiffers(layout.historyIndex, "closed cases")))
        }
        shelfCheck = shelf.entries.isEmpty || !shelfReadable ? nil : ShelfCheck(shelf)
    }

    /// Whether the snapshot holds case `number` and the rebuild, at `seq`, has yet to be
    /// compared with it (which happens once the line at the snapshot's own position is folded).
    func snapshotAwaits(_ number: Int, at seq: Int) -> Bool {
        guard let snapshot, seq <= snapshot.seq else { return false }
        return snapshot.school.cases[number] != nil
    }

    /// The journal positions to stop the rebuild at, in order.
    var stops: [Int] { snapshot.map { [$0.seq] } ?? [] }

    /// What differs at `seq` from `real`, the school rebuilt up to there.
    func problems(against real: School, at seq: Int) -> [StoreError] {
        guard let snapshot, snapshot.seq == seq else { return [] }
        let snap = snapshot.school
        var differs: [String] = []
        if snap.staff != real.staff { differs.append("staff") }
        if snap.students != real.students { differs.append("students") }
        if snap.nextCaseNumber != real.nextCaseNumber { differs.append("case numbers") }
        // Closed cases the shelf holds are left out of the snapshot.
        let shelved = Set(shelfCheck?.shelf.current(asOf: seq) { _ in true }.map(\.number) ?? [])
        let held = real.cases.values.filter { c in
            guard !snap.historyLoaded, c.isClosed, snap.cases[c.number] == nil else { return true }
            // A damaged shelf is named already; what it may hold is not held against the snapshot.
            return shelfReadable && !shelved.contains(c.number)
        }
        if !Self.same(held, Array(snap.cases.values)) { differs.append("cases") }
        guard !differs.isEmpty else { return [] }
        return [StoreError(.corrupt, .snapshotDiffers(layout.snapshot, differs.joined(separator: ", ")))]
    }

    /// Each line of the shelf, read when the rebuild reaches its version and compared with the
    /// case there: one case in memory at a time, whatever the years kept.
    final class ShelfCheck {
        let shelf: HistoryShelf
        private var waiting: [Int: [HistoryShelf.Entry]]
        private var differing: Set<String> = []
        private let decoder: JSONDecoder = {
            let d = JSONDecoder()
            d.dateDecodingStrategy = .millisecondsSince1970
            return d
        }()

        /// The shelf's own writer: a line it wrote is these bytes again, found without decoding it.
        private let encoder = HistoryShelf.lineEncoder

        init(_ shelf: HistoryShelf) {
            self.shelf = shelf
            waiting = Dictionary(grouping: shelf.entries, by: \.version)
        }

        /// Holds the lines written at `seq` against the cases rebuilt there; returns the cases
        /// found as written, which the rebuild may let go of (the shelf gives them back as they
        /// are, should a later line need one).
        func folded(_ school: School, at seq: Int) -> [Int] {
            guard let entries = waiting.removeValue(forKey: seq) else { return [] }
            var same: [Int] = []
            for e in entries {
                guard let real = school.cases[e.number], real.isClosed, real.studentID == e.studentID,
                      let bytes = try? shelf.read([e])
                else { differing.insert(shelf.layout.historySegment(e.segment)); continue }
                // The line as this version writes it (`[` and `]` around it): the same case.
                // Otherwise (a line an earlier version wrote, say) the two are compared as cases.
                if let mine = try? encoder.encode(real.strippedForSnapshot), bytes.count == mine.count + 2,
                   bytes.dropFirst().dropLast().elementsEqual(mine) {
                    same.append(e.number)
                    continue
                }
                guard let written = try? decoder.decode([Case].self, from: Data(bytes)), WrittenState.same([real], written)
                else { differing.insert(shelf.layout.historySegment(e.segment)); continue }
                same.append(e.number)
            }
            return same
        }

        /// Every segment holding a case that is not the one rebuilt at its version, or at a
        /// version the journal never reached.
        var problems: [StoreError] {
            let paths = differing.union(waiting.values.joined().map { shelf.layout.historySegment($0.segment) })
            return paths.sorted().map { StoreError(.corrupt, .snapshotDiffers($0, "closed cases")) }
        }
    }

    /// The same cases, each as it may be written outside `private/`, byte for byte.
    static func same(_ rebuilt: [Case], _ written: [Case]) -> Bool {
        guard rebuilt.count == written.count else { return false }
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .millisecondsSince1970
        encoder.outputFormatting = .sortedKeys
        let byNumber = Dictionary(written.map { ($0.number, $0) }, uniquingKeysWith: { a, _ in a })
        for c in rebuilt {
            guard let other = byNumber[c.number],
                  let a = try? encoder.encode(c.strippedForSnapshot), let b = try? encoder.encode(other.strippedForSnapshot),
                  a == b
            else { return false }
        }
        return true
    }
}
