import Foundation

/// Short ages for lists: "now", "5min", "3h", "2d", "6w" ("5m" read as five months beside
/// "6w"); Indonesian "kini" (not "baru", which is also a status), "5mnt", "3j", "2hr", "6mg".
public enum RelativeAge {
    public static func short(from date: Date, to now: Date, indonesian: Bool = false) -> String {
        let seconds = max(0, Int(now.timeIntervalSince(date)))
        let (value, unit): (Int, String)
        switch seconds {
        case ..<60: return indonesian ? "kini" : "now"
        case ..<3600: (value, unit) = (seconds / 60, indonesian ? "mnt" : "min")
        case ..<86_400: (value, unit) = (seconds / 3600, indonesian ? "j" : "h")
        case ..<(86_400 * 14): (value, unit) = (seconds / 86_400, indonesian ? "hr" : "d")
        default: (value, unit) = (seconds / (86_400 * 7), indonesian ? "mg" : "w")
        }
        return "\(value)\(unit)"
    }
}
