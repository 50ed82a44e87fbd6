import Foundation
import RujukDomain

/// What `snapshot.json` and `history.json` say the school was at the journal positions they
/// were written at, for `check` to hold against the school rebuilt from the journal alone: a
/// replaced or crafted file (people, PIN hashes, students, cases, who holds them, an edited
/// closed case) is named, and Rujuk would rebuild it if it were deleted.
struct WrittenState {
    let layout: StoreLayout
    private var snapshot: (seq: Int, school: School)?
    private var history: (seq: Int, cases: [Case])?
    /// A file that exists but cannot be read as this store's.
    private(set) var unreadable: [StoreError] = []

    init(_ layout: StoreLayout, info: StoreInfo) {
        self.layout = layout
        let reader = Store(layout: layout, info: info)
        if FileSystem.exists(layout.snapshot) {
            if reader.loadSnapshot() {
                snapshot = (reader.position.seq, reader.school)
            } else {
                unreadable.append(StoreError(.corrupt, .snapshotStale(layout.snapshot)))
            }
        }
        if FileSystem.exists(layout.history) {
            if let bytes = try? FileDescriptor.open(layout.history, O_RDONLY).readAll(),
               let file = try? reader.snapshotDecoder.decode(HistoryFile.self, from: Data(bytes)), file.storeID == info.id {
                // A history the snapshot no longer names is left over and never read.
                if snapshot == nil || reader.historySeq == file.seq { history = (file.seq, file.cases) }
            } else {
                unreadable.append(StoreError(.corrupt, .snapshotStale(layout.history)))
            }
        }
    }

    /// The journal positions to stop the rebuild at, in order.
    var stops: [Int] { Array(Set([snapshot?.seq, history?.seq].compactMap { $0 })).sorted() }

    /// What differs at `seq` from `real`, the school rebuilt up to there.
    func problems(against real: School, at seq: Int) -> [StoreError] {
        var problems: [StoreError] = []
        if let snapshot, snapshot.seq == seq {
            let snap = snapshot.school
            var differs: [String] = []
            if snap.staff != real.staff { differs.append("staff") }
            if snap.students != real.students { differs.append("students") }
            if snap.nextCaseNumber != real.nextCaseNumber { differs.append("case numbers") }
            // Closed cases kept unchanged in history are left out of the snapshot.
            let inHistory = history.map { Set($0.cases.map(\.number)) }
            let held = real.cases.values.filter { c in
                guard !snap.historyLoaded, c.isClosed, snap.cases[c.number] == nil else { return true }
                return inHistory.map { !$0.contains(c.number) } ?? false
            }
            if !Self.same(held, Array(snap.cases.values)) { differs.append("cases") }
            if !differs.isEmpty {
                problems.append(StoreError(.corrupt, .snapshotDiffers(layout.snapshot, differs.joined(separator: ", "))))
            }
        }
        if let history, history.seq == seq, !Self.same(real.cases.values.filter(\.isClosed), history.cases) {
            problems.append(StoreError(.corrupt, .snapshotDiffers(layout.history, "closed cases")))
        }
        return problems
    }

    /// The same cases, each as it may be written outside `private/`, byte for byte.
    private static func same(_ rebuilt: [Case], _ written: [Case]) -> Bool {
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
