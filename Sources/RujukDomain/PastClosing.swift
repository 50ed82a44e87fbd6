import Foundation

/// A closing that was undone: how the case was closed then (the outcome and the summary its
/// referrers read), and who reopened it, when and why. A case holds only its present closing;
/// these are read back from its own journal lines when it is read (`Case.pastClosings`), so
/// the case file still shows what was said when it was closed the first time.
public struct PastClosing: Codable, Sendable, Equatable {
    public var outcome: Outcome
    /// Nil when only the outcome was shared with the referrer.
    public var summary: String?
    public var closedBy: String
    public var closedAt: Date
    public var reopenedBy: String
    public var reopenedAt: Date
    public var reason: String?

    /// The journal types that tell of closings and reopenings.
    public static let kinds: Set<String> = ["closed", "reopened", "summaryUpdated"]

    /// The closings undone among a case's events (in journal order): each closing, with its
    /// summary as last rewritten, paired with the reopening that undid it.
    public static func undone(in events: [Event]) -> [PastClosing] {
        var closing: (outcome: Outcome, summary: String?, by: String, at: Date)?
        var out: [PastClosing] = []
        for event in events {
            switch event.payload {
            case .closed(_, let outcome, let summary, _):
                closing = (outcome, summary, event.actor, event.at)
            case .summaryUpdated(_, let summary, _):
                closing?.summary = summary
            case .reopened(_, let reason):
                if let c = closing {
                    out.append(PastClosing(outcome: c.outcome, summary: c.summary, closedBy: c.by, closedAt: c.at,
                                           reopenedBy: event.actor, reopenedAt: event.at, reason: reason))
                }
                closing = nil
            default:
                break
            }
        }
        return out
    }
}
