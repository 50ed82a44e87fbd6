import Foundation
import RujukDomain

/// The journal lines this process folded or wrote, one after another, as the audit tells them:
/// when the audit index catches up over them it files them from here, instead of reading them
/// from the segment and decoding each again. Any gap (another segment, a line this process did
/// not see) starts the run over, and then the catch-up reads the segment as before.
struct AuditRun {
    private(set) var start: AuditIndex.Mark
    private(set) var end: AuditIndex.Mark
    private(set) var lines: [AuditIndex.Line] = []
    /// Held at most: past it the run starts over (the index catches up every 64 KiB, far fewer).
    static let limit = 4096

    init(at mark: AuditIndex.Mark) {
        start = mark
        end = mark
    }

    /// The event folded from the journal line at `segment`/`offset`, `length` bytes long.
    mutating func add(_ event: Event, segment: Int, offset: Int, length: Int) {
        let here = AuditIndex.Mark(segment: segment, offset: offset)
        if here != end || lines.count >= Self.limit { self = AuditRun(at: here) }
        lines.append(AuditIndex.Line(segment: segment, offset: offset, entry: AuditEntry(
            at: event.at, by: event.actor, number: event.payload.caseNumber, what: .change(event.payload.typeName))))
        end = AuditIndex.Mark(segment: segment, offset: offset + length)
    }

    /// The lines from `mark` to `end`, when the run holds all of them and goes past `mark`
    /// (a run that holds nothing past it knows nothing of what follows: the segments tell).
    func lines(from mark: AuditIndex.Mark) -> [AuditIndex.Line]? {
        guard start <= mark, mark < end else { return nil }
        return lines.filter { AuditIndex.Mark(segment: $0.segment, offset: $0.offset) >= mark }
    }

    /// Everything before `mark` is filed: only what follows is kept.
    mutating func drop(before mark: AuditIndex.Mark) {
        guard mark >= start else { return }
        lines.removeAll { AuditIndex.Mark(segment: $0.segment, offset: $0.offset) < mark }
        start = mark
    }
}
