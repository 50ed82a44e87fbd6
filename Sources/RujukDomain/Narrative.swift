import Foundation

/// The sections of a report a counsellor writes in words (POP BK: analysis, supporting and
/// hindering factors, follow-up plan).
public enum NarrativeSection: String, Codable, Sendable, Equatable, CaseIterable {
    case analisis, pendukung, penghambat, tindakLanjut
}


/// One section of a counsellor's report for a period, written as an event so that nothing is
/// lost and every version stays in the journal. The newest for a period and section counts.
public struct Narrative: Codable, Sendable, Equatable {
    /// The period as the report names it: `2026-11` (a month) or `2026/2027-1` (a semester).
    public var period: String
    public var section: NarrativeSection
    public var text: String
    /// The counsellor who wrote it (the event's actor, filled in by the fold).
    public var by: String
    public var at: Date

    public init(period: String, section: NarrativeSection, text: String, by: String = "", at: Date = Date(timeIntervalSince1970: 0)) {
        self.period = period
        self.section = section
        self.text = text
        self.by = by
        self.at = at
    }

    /// `YYYY-MM` or `YYYY/YYYY-N`.
    public static func validPeriod(_ p: String) -> Bool {
        let b = Array(p.utf8)
        func digits(_ r: Range<Int>) -> Bool { r.allSatisfy { b.indices.contains($0) && b[$0] >= 48 && b[$0] <= 57 } }
        if b.count == 7 { return digits(0..<4) && b[4] == 45 && digits(5..<7) && (1...12).contains(Int(p.suffix(2)) ?? 0) }
        if b.count == 11 { return digits(0..<4) && b[4] == 47 && digits(5..<9) && b[9] == 45 && (b[10] == 49 || b[10] == 50) }
        return false
    }
}

extension School {
    /// The newest text of each section a counsellor wrote for a period.
    public func narrative(of login: String, period: String) -> [NarrativeSection: String] {
        var out: [NarrativeSection: String] = [:]
        for n in narratives where n.by == login && n.period == period { out[n.section] = n.text }
        return out
    }
}
