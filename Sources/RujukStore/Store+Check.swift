import Foundation
import RujukDomain

extension Store {
    /// What `rujuk check` found.
    public struct CheckReport: Sendable {
        public var events: Int
        public var segments: Int
        public var privateEntries: Int
        public var problems: [String]
    }

    /// Reads every line of every segment, journal and private, without trusting the snapshot.
    /// Changes nothing on disk.
    public static func check(_ root: String) throws -> CheckReport {
        let layout = StoreLayout(root)
        let info = try readInfo(layout)
        let store = Store(layout: layout, info: info)
        var problems: [String] = []
        do {
            try store.foldNewLines(repair: false)
            if store.hasIncompleteTail() {
                problems.append("\(layout.segment(store.position.segment)) ends with an incomplete line (a torn write); the next write will move it aside to a .torn file.")
            }
        } catch let error as StoreError {
            problems.append(error.message)
        }
        var privateEntries = 0
        for segment in layout.segments(isPrivate: true) {
            let path = layout.segment(segment, isPrivate: true)
            do {
                let bytes = try FileDescriptor.open(path, O_RDONLY).readAll()
                let scan = try SegmentScan(bytes: bytes, base: 0, path: path)
                privateEntries += scan.lines.count
            } catch let error as StoreError {
                problems.append(error.message)
            }
        }
        return CheckReport(events: store.position.seq, segments: layout.segments().count,
                           privateEntries: privateEntries, problems: problems)
    }
}
