import Foundation

/// The concerns a flag or a triage offers, as stored (in English; the interface shows each in
/// the reader's language), grouped by the area (bidang) they belong to. A case may carry any
/// other concern typed on the command line.
public enum Concern {
    public static let other = "other learning difficulty"

    /// Each area's concerns, its own "other" among them; the flag form offers the chosen area's.
    public static func common(in area: Area) -> [String] {
        switch area {
        case .belajar:
            [other, "not completing work", "late homework", "reading difficulty", "math anxiety",
             "suspected learning disability", "frequent absence"]
        case .sosial: ["conflict with classmates", "isolated from peers", "bullying", "other social concern"]
        case .pribadi: ["withdrawn, possible family problem", "health", "other personal concern"]
        case .karier: ["career question", "other career concern"]
        }
    }

    /// Every listed concern, area by area.
    public static let common: [String] = Area.allCases.flatMap { common(in: $0) }

    /// The area a listed concern belongs to; nil for one typed on the command line.
    public static func area(of concern: String) -> Area? {
        Area.allCases.first { common(in: $0).contains(concern) }
    }
}
