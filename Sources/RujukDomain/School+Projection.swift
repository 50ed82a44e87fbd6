import Foundation

extension School {
    /// What crosses the trust boundary to one person's session: the cases they may see, each
    /// with the texts they may not read removed (who, when and tier stay), their own read
    /// marks, and no PIN hash (only whether a PIN is set). Nil sees no case at all: the lock
    /// screen of a shared account before anyone signed in.
    public func projected(for person: Staff?) -> School {
        var p = School(name: name)
        p.staff = staff.mapValues { member in
            var copy = member
            copy.pinHash = member.pinHash == nil ? nil : Staff.pinIsSet
            return copy
        }
        p.students = students
        p.lastSeq = lastSeq
        p.nextCaseNumber = nextCaseNumber
        p.historyLoaded = historyLoaded
        p.year = year
        p.settings = settings
        guard let person else { return p }
        // A narrative is for its writer and those the report goes to.
        let allNarratives = person.isActive && (person.has(.principal) || person.has(.viceStudentAffairs))
        p.narratives = narratives.filter { allNarratives || $0.by == person.login }
        for (number, c) in cases {
            if let (readable, _) = redacted(c, for: person) { p.cases[number] = readable }
        }
        p.indexOpenCasesIfNeeded()
        if let marks = readMarks[person.login] { p.readMarks[person.login] = marks.filter { p.cases[$0.key] != nil } }
        // The reports count the summaries their referrers read: a reader of school-wide reports
        // gets that one fact per closed case (marked at the summary), not what else anyone read.
        if let view = try? reportView(for: person, scope: .school), view != .ownReferrals {
            for (number, c) in p.cases {
                guard let seq = c.summarySeq else { continue }
                for referrer in c.referrers where referrer != person.login && (readMarks[referrer]?[number] ?? 0) >= seq {
                    p.readMarks[referrer, default: [:]][number] = seq
                }
            }
        }
        return p
    }
}

extension Staff {
    /// Stands for a PIN hash in a projection: says that a PIN is set, and verifies nothing.
    public static let pinIsSet = "set"
}
