import Foundation
import RujukDomain
import RujukUI

/// The JSON form of a cumulative-record entry: `case`, `at`, `kind`, `by`, and the fields
/// of its kind. Withheld text is `null` with `redacted: true`, as everywhere.
struct RecordEntryJSON: Encodable {
    var entry: RecordEntry

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ s: String) { stringValue = s }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        func put<T: Encodable>(_ key: String, _ value: T) throws { try c.encode(value, forKey: Key(key)) }
        func putText(_ key: String, _ text: String?, _ visibility: Visibility) throws {
            try put("visibility", visibility.rawValue)
            try put(key, CaseJSON.Nullable(text))
            try put("redacted", text == nil)
        }
        try put("case", entry.caseNumber)
        try put("at", entry.at)
        switch entry.item {
        case .opened(let area, let concern):
            try put("kind", "opened"); try put("area", area.rawValue); try put("concern", concern)
        case .flag(let f):
            try put("kind", "flag"); try put("by", f.by); try put("subject", CaseJSON.Nullable(f.subject)); try put("saw", CaseJSON.Nullable(f.isWithheld ? nil : f.saw))
            if let v = f.visibility { try put("visibility", v.rawValue) }
            try put("tried", CaseJSON.Nullable(f.tried)); try put("parentsInformed", f.parentsInformed)
        case .goal(let g):
            try put("kind", "goal"); try put("by", g.by); try put("text", g.text)
        case .action(let a):
            try put("kind", "planAction"); try put("by", a.addedBy)
            try put("action", CaseJSON.PlanEntry(a))
        case .service(let s):
            try put("kind", "service"); try put("by", s.by); try put("type", s.type.rawValue); try put("format", s.format.rawValue)
            try put("on", s.on); try put("minutes", s.minutes); try putText("notes", s.notes, s.visibility)
        case .review(let r):
            try put("kind", "review"); try put("by", r.by); try put("horizon", r.horizon.rawValue); try put("rating", r.rating)
            try putText("text", r.text, r.visibility)
        case .level(let l):
            try put("kind", "level"); try put("by", l.by); try put("level", l.level.rawValue); try put("reason", l.reason)
            try put("referral", CaseJSON.Nullable(l.referral.map(CaseJSON.ReferralEntry.init)))
        case .parentContact(let p):
            try put("kind", "parentsContacted"); try put("by", p.by); try put("how", p.how)
        case .referralNote(let m):
            try put("kind", "referralOutcome"); try put("by", m.author); try putText("text", m.text, m.visibility)
        case .conference(let k):
            try put("kind", "conference"); try put("by", k.by); try put("on", k.on)
            try put("attendees", k.attendees.map { ["name": $0.name, "role": $0.role] }); try put("actions", k.actionIDs)
            try putText("decisions", k.decisions, k.visibility)
        case .visit(let v):
            try put("kind", "homeVisit"); try put("by", v.by); try put("on", v.on); try put("visitors", v.visitors)
            try put("visibility", v.visibility.rawValue); try put("redacted", v.details == nil)
            try put("met", CaseJSON.Nullable(v.details?.met)); try put("findings", CaseJSON.Nullable(v.details?.findings))
            try put("followUp", CaseJSON.Nullable(v.details?.followUp))
        case .closed(let outcome, let summary):
            try put("kind", "closed"); try put("outcome", outcome.rawValue); try put("summary", CaseJSON.Nullable(summary))
        case .reopened(let by, let reason):
            try put("kind", "reopened"); try put("by", by); try put("reason", CaseJSON.Nullable(reason))
        }
    }
}

extension CaseJSON {
    struct ReferralEntry: Encodable {
        var agency: String
        var letterDate: Date
        init(_ r: Referral) { agency = r.agency; letterDate = r.letterDate }
    }
}

extension CaseJSON.PlanEntry {
    init(_ p: PlanItem) {
        self.init(id: p.id, text: p.text, owner: p.owner, due: p.due, done: p.done, kind: p.kind.rawValue,
                  withParents: p.withParents, doneBy: p.doneBy, doneAt: p.doneAt)
    }
}

/// Record lines for people, worded as in the interface.
enum RecordText {
    static func wording(_ school: School) -> RecordWording {
        RecordWording(school: school, catalog: Catalog(Localization.language), now: Date(), timeZone: SchoolClock.zone)
    }

    static func lines(_ entries: [RecordEntry], _ school: School, withCase: Bool) -> [String] {
        let w = wording(school)
        return entries.map { e in
            DayInput.format(e.at, timeZone: SchoolClock.zone) + (withCase ? " #\(e.caseNumber)" : "") + "  " + w.line(e).text
        }
    }
}
