import Foundation
import RujukDomain
import RujukReport

/// The reports screen: which period and whose work, the row chosen, and the figures for them.
public struct ReportScreen: Sendable, Equatable {
    public enum Span: Sendable, Equatable { case month, semester }
    public var span = Span.month
    /// The month shown, or a month inside the semester shown (`2026-11`).
    public var month: String
    public var scope: ReportScope
    public var selected = 0
    /// The figures with their bars, or the report laid out as it is printed (Tabel 1–4,
    /// coordination tables, the narrative).
    public enum Page: Sendable, Equatable { case figures, document }
    public var page = Page.figures
    /// The first line shown of the printed report.
    public var scroll = 0
    /// The figures for the above, recomputed when the school or the period changes.
    public var figures: Overview?
    /// Why there are no figures (the period could not be read).
    public var problem: String?

    public init(month: String, scope: ReportScope) {
        self.month = month
        self.scope = scope
    }

    /// The period as a narrative is kept: `2026-11` or `2026/2027-1`.
    public var periodKey: String {
        span == .month ? month : Self.semester(of: month)
    }

    /// The period as the report module asks for it.
    public var request: PeriodRequest {
        switch span {
        case .month: return .month(month)
        case .semester: return .semester(Self.semester(of: month))
        }
    }

    /// `2026/2027-1` for July–December 2026, `2026/2027-2` for January–June 2027.
    static func semester(of month: String) -> String {
        let y = Int(month.prefix(4)) ?? 2000, m = Int(month.suffix(2)) ?? 1
        return m >= 7 ? "\(y)/\(y + 1)-1" : "\(y - 1)/\(y)-2"
    }

    /// The month `delta` months away (`2026-11` + 2 is `2027-01`).
    static func month(_ month: String, plus delta: Int) -> String {
        let y = Int(month.prefix(4)) ?? 2000, m = Int(month.suffix(2)) ?? 1
        let index = y * 12 + (m - 1) + delta
        return String(format: "%04d-%02d", index / 12, index % 12 + 1)
    }

    /// `[` and `]`: a month or a semester back or forward.
    mutating func step(_ direction: Int) {
        month = Self.month(month, plus: direction * (span == .month ? 1 : 6))
        selected = 0
        scroll = 0
    }

    /// The month of a moment in the school's time zone.
    static func month(of date: Date, in zone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let c = calendar.dateComponents([.year, .month], from: date)
        return String(format: "%04d-%02d", c.year ?? 2000, c.month ?? 1)
    }
}

/// The cases behind a figure, shown in the queue pane in place of the usual list.
public struct ReportCases: Sendable, Equatable {
    /// What the figure was, as shown on the reports screen.
    public var title: String
    public var numbers: [Int]
}
