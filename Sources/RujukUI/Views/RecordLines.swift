import Foundation
import RujukDomain

/// One line of text for each kind of record: shared by the case view, the student's
/// cumulative record and the command line, so all say the same thing the same way. Text
/// the reader may not read is nil in the record and shown as a mark. Sanitised throughout.
public struct RecordWording: Sendable {
    public var school: School
    public var catalog: Catalog
    public var now: Date
    public var timeZone: TimeZone

    public init(school: School, catalog: Catalog, now: Date, timeZone: TimeZone) {
        self.school = school
        self.catalog = catalog
        self.now = now
        self.timeZone = timeZone
    }

    /// The line, and whether it is highlighted (a level change, an opening, a closing) or
    /// holds something withheld or overdue.
    public func line(_ entry: RecordEntry) -> (text: String, emphasis: RecordEmphasis) {
        let t = catalog
        let s = school
        let confidential = RecordEmphasis.withheld
        func name(_ login: String) -> String { s.displayName(login) }
        func text(_ value: String?) -> String { value.map(Sanitizer.line) ?? t.t(.confidentialEntry) }
        func day(_ d: Date) -> String { DayInput.format(d, timeZone: timeZone) }
        func tier(_ v: Visibility) -> String { v == .team ? "" : " [\(t.tier(v))]" }
        switch entry.item {
        case .opened(let area, let concern):
            return (t.t(.recOpened(area.rawValue, Sanitizer.line(t.concern(concern)))), .heading)
        case .flag(let f):
            let saw = f.isWithheld ? t.t(.confidentialEntry) : Sanitizer.line(f.saw)
            // What the teacher already tried, and that the parents know, as `rujuk show` has them;
            // beside an observation told in confidence, what was tried is not shown either.
            let tried = f.isWithheld ? "" : f.tried.map { t.t(.recTried(Sanitizer.line($0))) } ?? ""
            let parents = f.parentsInformed ? t.t(.recParentsInformed) : ""
            // "Flag from Sari (Matematika) [BK only]: …", the tier before the colon as on every entry.
            return (t.t(.recFlag(name(f.by), f.subject.map(Sanitizer.line) ?? "-")) + tier(f.visibility ?? .team) + ": " + saw + tried + parents,
                    f.isWithheld ? confidential : .plain)
        case .goal(let g):
            return (t.t(.recGoal) + Sanitizer.line(g.text), .plain)
        case .action(let a):
            var marks = ""
            if a.kind == .sanction { marks += " " + t.t(.sanctionMark) }
            if a.withParents { marks += " " + t.t(.withParentsMark) }
            if let due = a.due { marks += " · " + t.t(.dueLabel(day(due))) }
            if a.done { marks += " ✓" } else if a.isOverdue(at: now) { marks += " " + t.t(.overdueMark) }
            return (t.t(.recAction(name(a.owner))) + Sanitizer.line(a.text) + marks,
                    a.isOverdue(at: now) ? .overdue : .plain)
        case .service(let v):
            let head = t.t(.recService(t.service(v.type, v.format), "\(v.minutes)", name(v.by)))
            // No text and nothing kept elsewhere: the service was logged without notes, which is
            // not a secret (its author was told they could not read their own entry).
            if v.notes == nil && v.ref == nil { return (head + tier(v.visibility), .plain) }
            return (head + tier(v.visibility) + ": " + text(v.notes), v.notes == nil ? confidential : .plain)
        case .review(let r):
            let role = s.staff[r.by].map { t.role($0.primaryRole) } ?? ""
            return (t.t(.recReview(t.horizon(r.horizon), "\(r.rating)", name(r.by), role)) + tier(r.visibility)
                    + (r.text == nil && r.visibility == .team ? "" : ": " + text(r.text)), r.text == nil && r.visibility != .team ? confidential : .plain)
        case .level(let l):
            var line = t.t(.recLevel(t.level(l.level), name(l.by))) + Sanitizer.line(l.reason)
            if let r = l.referral { line += " · " + t.t(.recReferral(Sanitizer.line(r.agency), day(r.letterDate))) }
            return (line, .heading)
        case .parentContact(let p):
            return (t.t(.recParents(name(p.by))) + Sanitizer.line(p.how), .plain)
        case .referralNote(let m):
            return (t.t(.recReferralNote(name(m.author))) + tier(m.visibility) + ": " + text(m.text), m.text == nil ? confidential : .plain)
        case .conference(let k):
            let who = k.attendees.map { a in Sanitizer.line(a.role.isEmpty ? a.name : "\(a.name) (\(a.role))") }.joined(separator: ", ")
            return (t.t(.recConference(who)) + tier(k.visibility) + ": " + text(k.decisions), k.decisions == nil ? confidential : .plain)
        case .visit(let v):
            let who = v.visitors.map(name).joined(separator: ", ")
            let details = v.details.map { d in
                t.t(.recVisitDetails(Sanitizer.clause(d.met), Sanitizer.clause(d.findings), Sanitizer.line(d.followUp)))
            } ?? t.t(.confidentialEntry)
            return (t.t(.recVisit(who)) + tier(v.visibility) + ": " + details, v.details == nil ? confidential : .plain)
        case .closed(let outcome, let summary):
            // Without a summary the referrer got the outcome alone; the record says so in words.
            return (t.t(.recClosed(t.outcome(outcome))) + (summary.map(Sanitizer.line) ?? t.t(.recOutcomeOnly)), .heading)
        case .reopened(let by, let reason):
            return (t.t(.recReopened(name(by))) + (reason.map(Sanitizer.line) ?? t.t(.recNoReason)), .heading)
        }
    }
}

public enum RecordEmphasis: Sendable { case plain, heading, withheld, overdue }

extension AppState {
    var wording: RecordWording { RecordWording(school: school, catalog: catalog, now: now, timeZone: timeZone) }

    /// A record line with the theme's style for its emphasis.
    func styledLine(_ entry: RecordEntry) -> (String, Style) {
        let (text, emphasis) = wording.line(entry)
        switch emphasis {
        case .plain: return (text, .plain)
        case .heading: return (text, Style(bold: true))
        case .withheld: return (text, theme.style(.messageConfidential))
        case .overdue: return (text, theme.style(.urgencyUrgent))
        }
    }
}
