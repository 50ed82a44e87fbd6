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
        guard !opening.repeats(lastOpening) else { return }
        try withLock { try writeAuditLine(Array(try encoder.encode(opening))) }
        lastOpening = opening
    }

    /// Appends one chained line to `private/`, durably. Under the lock.
    func writeAuditLine(_ body: [UInt8]) throws {
        let segment = try appendTarget(isPrivate: true)
        let path = layout.segment(segment, isPrivate: true)
        let file = try FileDescriptor.openForAppend(path, mode: Self.fileMode)
        try dropTornTail(of: path)
        let start = try file.size
        let line = JournalLine.encode(body: body, prev: try chainHead(isPrivate: true, segment: segment, size: start))
        try writeDurably(line, to: file, path: path)
        chainHeads[true] = ChainHead(segment: segment, size: start + line.count, hash: JournalLine.hash(ofLine: line))
    }

    /// Every change in the journal and every opening in `private/`, oldest first, that match
    /// the filters. `openingsReadable` is false when this account cannot read `private/`.
    public func auditTrail(number: Int?, who: String?, since: Date?) throws -> (entries: [AuditEntry], openingsReadable: Bool) {
        var entries: [AuditEntry] = []
        for segment in layout.segments() {
            let path = layout.segment(segment)
            let scan = try SegmentScan(bytes: try FileDescriptor.open(path, O_RDONLY).readAll(), base: 0, path: path)
            for line in scan.lines {
                guard let event = try? decoder.decode(Event.self, from: Data(line.body)) else {
                    let (number, byte) = SegmentScan.place(path: path, offset: line.offset)
                    throw StoreError(.corrupt, .notAnEvent(path, number, byte))
                }
                let entry = AuditEntry(at: event.at, by: event.actor, number: event.payload.caseNumber, what: .change(event.payload.typeName))
                if entry.matches(number: number, who: who, since: since) { entries.append(entry) }
            }
        }
        var readable = true
        for segment in layout.segments(isPrivate: true) {
            let path = layout.segment(segment, isPrivate: true)
            guard let file = try? FileDescriptor.open(path, O_RDONLY) else {
                readable = false
                break
            }
            for line in try SegmentScan(bytes: try file.readAll(), base: 0, path: path).lines {
                let entry: AuditEntry
                if let opening = try? decoder.decode(Opening.self, from: Data(line.body)), opening.kind == "opened" {
                    entry = AuditEntry(at: opening.at, by: opening.by, number: opening.number, what: .opened(entries: opening.entries))
                } else if let refusal = try? decoder.decode(PinRefusal.self, from: Data(line.body)), refusal.kind == "pinRefused" {
                    entry = AuditEntry(at: refusal.at, by: refusal.by, number: nil, what: .pinRefused(login: refusal.login))
                } else {
                    continue
                }
                if entry.matches(number: number, who: who, since: since) { entries.append(entry) }
            }
        }
        if access(layout.privateDirectory, R_OK | X_OK) != 0 { readable = false }
        return (entries.enumerated().sorted { ($0.element.at, $0.offset) < ($1.element.at, $1.offset) }.map(\.element), readable)
    }
}
