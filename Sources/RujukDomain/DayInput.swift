import Foundation

/// Dates as people type them in forms and on the command line: `2026-12-01`, `01/12/2026`
/// (day first, as Indonesian schools write it), `today`/`hari ini`, `yesterday`/`kemarin`,
/// `tomorrow`/`besok`, `+7d` or `+7h` (days, hari, from today), `-1d`, `+2w` or `+2mg` (weeks,
/// minggu). Days are the school's local days.
public enum DayInput {
    public enum Moment { case startOfDay, noon, endOfDay }

    public static func parse(_ text: String, now: Date, timeZone: TimeZone, at moment: Moment = .noon) -> Date? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let t = text.trimmingCharacters(in: .whitespaces).lowercased()
        var day: Date?
        let named = ["today": 0, "hari ini": 0, "yesterday": -1, "kemarin": -1, "tomorrow": 1, "besok": 1]
        if let offset = named[t] {
            day = calendar.date(byAdding: .day, value: offset, to: calendar.startOfDay(for: now))
        } else if t.contains("/") {
            let parts = t.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 3, parts[2].count == 4, let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]),
                  (1...12).contains(m), (1...31).contains(d) else { return nil }
            guard let date = calendar.date(from: DateComponents(year: y, month: m, day: d)),
                  calendar.component(.day, from: date) == d else { return nil }
            day = date
        } else if let first = t.first, first == "+" || first == "-" {
            // A sign, a number and a unit: none or d/h/hr (days, hari; hr as ages are shown), w/mg (weeks, minggu).
            let body = t.dropFirst()
            let digits = body.prefix { $0.isNumber }
            let unit = body.dropFirst(digits.count)
            let weeks = ["w", "mg"].contains(String(unit))
            guard let n = Int(digits), digits.count <= 4, weeks || ["", "d", "h", "hr"].contains(String(unit)) else { return nil }
            let days = (weeks ? 7 : 1) * n * (first == "-" ? -1 : 1)
            day = calendar.date(byAdding: .day, value: days, to: calendar.startOfDay(for: now))
        } else {
            let parts = t.split(separator: "-").map(String.init)
            guard parts.count == 3, parts[0].count == 4, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
                  (1...12).contains(m), (1...31).contains(d) else { return nil }
            let components = DateComponents(year: y, month: m, day: d)
            guard let date = calendar.date(from: components), calendar.component(.day, from: date) == d else { return nil }
            day = date
        }
        guard let day else { return nil }
        switch moment {
        case .startOfDay: return day
        case .noon: return day.addingTimeInterval(12 * 3600)
        case .endOfDay: return day.addingTimeInterval(86_400 - 60)
        }
    }

    /// `2026-12-01` in the given time zone.
    public static func format(_ date: Date, timeZone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0)
    }
}
