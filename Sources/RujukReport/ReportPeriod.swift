import Foundation
import RujukDomain

/// What a reader asks a report for, as typed: a month, a semester, a school year or a range.
public enum PeriodRequest: Codable, Sendable, Equatable, Hashable {
    /// `2026-11`.
    case month(String)
    /// `2026/2027-1` (ganjil) or `2026/2027-2` (genap).
    case semester(String)
    /// `2026/2027`.
    case schoolYear(String)
    /// The first and the last day, `YYYY-MM-DD`, both included.
    case range(from: String, to: String)
}

/// A period of the school's days, resolved in the school's time zone: from the first moment of
/// its first day to the first moment after its last day.
public struct ReportPeriod: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable, Equatable { case month, semester, schoolYear, range }

    public var kind: Kind
    public var request: PeriodRequest
    /// `YYYY-MM-DD`, both included.
    public var firstDay: String
    public var lastDay: String
    public var start: Date
    /// The first moment after the period (exclusive).
    public var end: Date
    /// The school year the period starts in (`2026/2027`).
    public var schoolYear: String
    /// 1 (ganjil) or 2 (genap) when the period starts inside a semester of its year.
    public var semester: Int?
    /// The months the period touches (`2026-07` …), for the semester report's columns.
    public var months: [String]
    public var timeZone: String

    public func contains(_ date: Date) -> Bool { date >= start && date < end }

    /// The name a narrative is kept under: `2026-11` or `2026/2027-1`; nil for other periods.
    public var narrativeKey: String? {
        switch request {
        case .month(let m): m
        case .semester(let s): s
        case .schoolYear, .range: nil
        }
    }

    /// The year's dates: the school's recorded year when it is this one, otherwise the usual
    /// calendar of July–December and January–June.
    static func year(_ name: String, recorded: SchoolYear?) -> SchoolYear? {
        if let recorded, recorded.name == name { return recorded }
        guard let a = SchoolYear.firstYear(of: name) else { return nil }
        return SchoolYear(name: name, starts: "\(a)-07-01", secondSemesterStarts: "\(a + 1)-01-01", ends: "\(a + 1)-06-30")
    }

    /// The school year reports count `day` (`YYYY-MM-DD`) in, with its dates: the recorded
    /// one when the day falls in it, otherwise the calendar's.
    public static func schoolYear(onDay day: String, recorded: SchoolYear?) -> SchoolYear? {
        year(yearName(onDay: day, recorded: recorded), recorded: recorded)
    }

    /// The school year a day falls in by the calendar: from July it is the year that starts then.
    static func yearName(onDay day: String, recorded: SchoolYear?) -> String {
        if let recorded, day >= recorded.starts, day <= recorded.ends { return recorded.name }
        let y = Int(day.prefix(4)) ?? 0, m = Int(day.dropFirst(5).prefix(2)) ?? 1
        let first = m >= 7 ? y : y - 1
        return "\(first)/\(first + 1)"
    }

    public static func resolve(_ request: PeriodRequest, year recorded: SchoolYear?, timeZone: TimeZone) throws(DomainError) -> ReportPeriod {
        let first: String, last: String, kind: Kind
        switch request {
        case .month(let text):
            let parts = text.split(separator: "-", omittingEmptySubsequences: false)
            guard parts.count == 2, parts[0].count == 4, parts[1].count == 2, let y = Int(parts[0]), let m = Int(parts[1]),
                  (1...12).contains(m), y >= 1900 else { throw DomainError(.invalid, .badMonth(text)) }
            first = String(format: "%04d-%02d-01", y, m)
            last = String(format: "%04d-%02d-%02d", y, m, daysIn(y, m))
            kind = .month
        case .semester(let text):
            let parts = text.split(separator: "-", omittingEmptySubsequences: false)
            guard parts.count == 2, let n = Int(parts[1]), n == 1 || n == 2,
                  let year = year(String(parts[0]), recorded: recorded) else { throw DomainError(.invalid, .badSemester(text)) }
            first = n == 1 ? year.starts : year.secondSemesterStarts
            last = n == 1 ? year.firstSemesterEnds : year.ends
            kind = .semester
        case .schoolYear(let text):
            guard let year = year(text, recorded: recorded) else { throw DomainError(.invalid, .badYear(text)) }
            first = year.starts
            last = year.ends
            kind = .schoolYear
        case .range(let from, let to):
            guard ISODate.parse(from) != nil, from.count == 10 else { throw DomainError(.invalid, .badDay(from)) }
            guard ISODate.parse(to) != nil, to.count == 10 else { throw DomainError(.invalid, .badDay(to)) }
            guard from <= to else { throw DomainError(.invalid, .badRange(from, to)) }
            first = from
            last = to
            kind = .range
        }
        guard let start = startOfDay(first, timeZone), let lastStart = startOfDay(last, timeZone) else {
            throw DomainError(.invalid, .badDay(first))
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let end = calendar.date(byAdding: .day, value: 1, to: lastStart) ?? lastStart.addingTimeInterval(86_400)
        let yearName = yearName(onDay: first, recorded: recorded)
        let semester = year(yearName, recorded: recorded)?.semester(on: first)
        var months: [String] = []
        var cursor = String(first.prefix(7))
        while cursor <= String(last.prefix(7)) {
            months.append(cursor)
            let y = Int(cursor.prefix(4))!, m = Int(cursor.suffix(2))!
            cursor = m == 12 ? String(format: "%04d-01", y + 1) : String(format: "%04d-%02d", y, m + 1)
        }
        return ReportPeriod(kind: kind, request: request, firstDay: first, lastDay: last, start: start, end: end,
                            schoolYear: yearName, semester: kind == .schoolYear ? nil : semester, months: months,
                            timeZone: timeZone.identifier)
    }

    /// The part of this period that falls in one of its months (`2026-11`): a semester's column.
    public func month(_ month: String) -> ReportPeriod? {
        guard months.contains(month), let zone = TimeZone(identifier: timeZone),
              var m = try? ReportPeriod.resolve(.month(month), year: nil, timeZone: zone) else { return nil }
        m.start = max(m.start, start)
        m.end = min(m.end, end)
        m.firstDay = max(m.firstDay, firstDay)
        m.lastDay = min(m.lastDay, lastDay)
        m.schoolYear = schoolYear
        m.semester = semester
        return m
    }

    static func startOfDay(_ day: String, _ zone: TimeZone) -> Date? {
        let parts = day.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2]))
    }

    static func daysIn(_ y: Int, _ m: Int) -> Int {
        switch m {
        case 2: (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
