import Foundation

/// What waits for a person: the counts of the top bar and of the login banner. Counts only,
/// never names, so they can be printed where a colleague may read them.
public struct Attention: Sendable, Equatable {
    /// Open cases nobody has picked up yet.
    public var newReferrals: Int
    /// Cases with messages (or a summary) this person has not read.
    public var unreadThreads: Int
    /// Plan actions they own and observations asked of them.
    public var actions: Int
}

extension School {
    /// The cases that concern a person: their queue, plus closed cases whose summary for them is
    /// unread, plus `shown` (summaries opened in this session, which stay until it ends).
    public func concerning(_ person: Staff, keeping shown: Set<Int> = []) -> [Case] {
        let open = queue(for: person, .concerningMe)
        var answered = unreadSummaries(for: person)
        // A summary opened in this session whose case was reopened since is in the queue
        // already: listed once.
        for number in shown.sorted() where !answered.contains(where: { $0.number == number }) {
            if let c = cases[number], c.isClosed { answered.append(c) }
        }
        return open + answered
    }

    /// The counts over `concerning`, with the number of `actions(for:at:)` already computed.
    public func attention(_ person: Staff, concerning: [Case], actions: Int) -> Attention {
        Attention(newReferrals: concerning.filter { $0.assignee == nil && !$0.isClosed }.count,
                  unreadThreads: concerning.filter { unreadCount(person.login, in: $0) > 0 }.count,
                  actions: actions)
    }

    public func attention(_ person: Staff, at now: Date) -> Attention {
        attention(person, concerning: concerning(person), actions: actions(for: person, at: now).count)
    }
}
