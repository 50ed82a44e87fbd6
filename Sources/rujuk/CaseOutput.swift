import Foundation
import RujukDomain
import RujukUI

/// The JSON shapes of DESIGN §6. Entries the reader may not read carry `text: null` and
/// `redacted: true`: redacted by default, everywhere.
enum CaseJSON {
    /// A value that is written as `null` when absent, instead of leaving its key out.
    struct Nullable<T: Encodable>: Encodable {
        var value: T?
        init(_ value: T?) { self.value = value }
        func encode(to encoder: Encoder) throws {
            var c = encoder.singleValueContainer()
            if let value { try c.encode(value) } else { try c.encodeNil() }
        }
    }

    struct StudentRef: Encodable {
        var name: String; var `class`: String; var nisn: String?
        /// Present only for a student who left: `{"reason": "mutasi", "on": "2026-12-01"}`.
        var left: StudentDeparture? = nil
    }

    struct Row: Encodable {
        var number: Int
        var student: StudentRef
        var status: String
        var assignee: Nullable<String>
        var urgency: String
        var area: String
        var concern: String
        var level: String
        var openedBy: String
        var openedAt: Date
        var lastActivity: Date
        var flags: Int
    }

    /// `saw` is null when it was told to BK in confidence and this reader may not read it.
    struct FlagEntry: Encodable {
        var by: String; var subject: String?; var saw: Nullable<String>; var tried: String?; var parentsInformed: Bool; var at: Date
        var visibility: String?
    }
    struct MessageEntry: Encodable { var author: String; var at: Date; var text: Nullable<String>; var visibility: String; var redacted: Bool }
    struct PlanEntry: Encodable {
        var id: Int; var text: String; var owner: String; var due: Date?; var done: Bool
        var kind: String; var withParents: Bool; var doneBy: String?; var doneAt: Date?
    }
    struct ServiceEntry: Encodable { var type: String; var format: String; var by: String; var at: Date; var on: Date; var minutes: Int; var visibility: String; var notes: Nullable<String>; var redacted: Bool }
    struct ReviewEntry: Encodable { var horizon: String; var by: String; var at: Date; var rating: Int; var visibility: String; var text: Nullable<String>; var redacted: Bool }

    struct Detail: Encodable {
        var row: Row
        var flagged: [FlagEntry]
        var messages: [MessageEntry]
        var plan: [PlanEntry]
        var reviewDate: Date?
        var services: [ServiceEntry]
        var reviews: [ReviewEntry]
        var outcome: String?
        var summary: String?
        /// Goals, levels, parent contacts, referral outcomes, conferences and visits, as in `record --json`.
        var work: [RecordEntryJSON]

        func encode(to encoder: Encoder) throws {
            try row.encode(to: encoder)
            enum K: String, CodingKey { case flagged, messages, plan, reviewDate, services, reviews, outcome, summary, goals, levels, parentContacts, referralOutcomes, conferences, visits }
            var c = encoder.container(keyedBy: K.self)
            try c.encode(flagged, forKey: .flagged)
            try c.encode(messages, forKey: .messages)
            try c.encode(plan, forKey: .plan)
            try c.encode(Nullable(reviewDate), forKey: .reviewDate)
            try c.encode(services, forKey: .services)
            try c.encode(reviews, forKey: .reviews)
            try c.encode(Nullable(outcome), forKey: .outcome)
            try c.encode(Nullable(summary), forKey: .summary)
            func kind(_ name: String) -> [RecordEntryJSON] {
                work.filter { e in
                    switch (e.entry.item, name) {
                    case (.goal, "goal"), (.level, "level"), (.parentContact, "parents"), (.referralNote, "referral"),
                         (.conference, "conference"), (.visit, "visit"): true
                    default: false
                    }
                }
            }
            try c.encode(kind("goal"), forKey: .goals)
            try c.encode(kind("level"), forKey: .levels)
            try c.encode(kind("parents"), forKey: .parentContacts)
            try c.encode(kind("referral"), forKey: .referralOutcomes)
            try c.encode(kind("conference"), forKey: .conferences)
            try c.encode(kind("visit"), forKey: .visits)
        }
    }

    static func row(_ c: Case, _ school: School, now: Date) -> Row {
        let s = school.student(of: c)
        return Row(number: c.number, student: StudentRef(name: s?.name ?? "?", class: s?.className ?? "?", nisn: s?.nisn, left: s?.left),
                   status: c.status(at: now).rawValue, assignee: Nullable(c.assignee), urgency: c.urgency.rawValue,
                   area: c.area.rawValue, concern: c.concern, level: c.level.rawValue, openedBy: c.openedBy,
                   openedAt: c.openedAt, lastActivity: c.lastActivity, flags: c.flags.count)
    }

    static func messages(_ c: Case) -> [MessageEntry] {
        c.messages.map { MessageEntry(author: $0.author, at: $0.at, text: Nullable($0.text), visibility: $0.visibility.rawValue, redacted: $0.text == nil) }
    }

    /// `c` must come from `Store.readable`, so texts the reader may not see are already nil.
    static func detail(_ c: Case, _ school: School, now: Date) -> Detail {
        Detail(row: row(c, school, now: now),
               flagged: c.flags.map { FlagEntry(by: $0.by, subject: $0.subject, saw: Nullable($0.isWithheld ? nil : $0.saw), tried: $0.isWithheld ? nil : $0.tried,
                                                 parentsInformed: $0.parentsInformed, at: $0.at, visibility: $0.visibility?.rawValue) },
               messages: messages(c),
               plan: c.plan.map(PlanEntry.init),
               reviewDate: c.reviewDate,
               services: c.services.map { ServiceEntry(type: $0.type.rawValue, format: $0.format.rawValue, by: $0.by, at: $0.at, on: $0.on, minutes: $0.minutes, visibility: $0.visibility.rawValue, notes: Nullable($0.notes), redacted: $0.notes == nil) },
               reviews: c.reviews.map { ReviewEntry(horizon: $0.horizon.rawValue, by: $0.by, at: $0.at, rating: $0.rating, visibility: $0.visibility.rawValue, text: Nullable($0.text), redacted: $0.text == nil) },
               // The summary of the closing in force: none while open again, or when only the outcome was shared.
               outcome: c.outcome?.rawValue, summary: c.isClosed && c.outcomeOnly != true ? c.summary : nil,
               work: StudentRecord.entries([c]).map(RecordEntryJSON.init))
    }

    static func print<T: Encodable>(_ value: T) throws {
        let data = try JSONCoding.encoder(pretty: true).encode(value)
        FileHandle.standardOutput.write(Data(escapingInvisibles(String(decoding: data, as: UTF8.self)).utf8) + Data("\n".utf8))
    }

    /// JSON escapes C0 controls but leaves DEL, C1 controls and bidi overrides raw, which a
    /// terminal or a viewer then acts on: write those as `\uXXXX` too. They only occur inside
    /// strings, so the JSON means the same.
    static func escapingInvisibles(_ json: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in json.unicodeScalars {
            let v = scalar.value
            if (0x7F...0x9F).contains(v) || Sanitizer.isDirectionControl(v) {
                out.append(contentsOf: String(format: "\\u%04X", v).unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }
}

/// Plain text for people; every stored string goes through the sanitiser first.
enum CaseText {
    static func clean(_ s: String) -> String { Sanitizer.line(s) }

    /// A word or path as it can be pasted into a shell: quoted when it holds anything but plain characters.
    static func shellQuoted(_ s: String) -> String {
        let plain = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./=+:@,")
        let cleaned = clean(s)
        if !cleaned.isEmpty && cleaned.allSatisfy(plain.contains) { return cleaned }
        return "'" + cleaned.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    static func queue(_ cases: [Case], _ school: School, now: Date) -> String {
        guard !cases.isEmpty else { return Localization.t(.noCasesHere) }
        // The number column is as wide as the longest number: a case is never shown as another's.
        let numberWidth = queueNumberWidth(cases.map(\.number).max() ?? 0)
        return queueHeader(numberWidth: numberWidth) + "\n" + cases.map { queueRow($0, school, now: now, numberWidth: numberWidth) }.joined(separator: "\n")
    }

    static func queueNumberWidth(_ largest: Int) -> Int { max(5, "\(largest)".count + 1) }

    static func queueHeader(numberWidth: Int) -> String {
        // Columns whose heading is longer in one language are as wide as it.
        pad(Localization.t(.headerNumber), numberWidth) + pad(Localization.t(.headerStatus), 11) + pad(Localization.t(.headerUrgency), 9) + pad(Localization.t(.headerStudent), 22)
            + pad(Localization.t(.headerClass), 7) + pad(Localization.t(.headerFlags), flagsWidth) + pad(Localization.t(.headerCounsellor), 16) + Localization.t(.headerAge)
    }

    static var flagsWidth: Int { max(6, Localization.t(.headerFlags).count + 1) }

    static func queueRow(_ c: Case, _ school: School, now: Date, numberWidth: Int) -> String {
        let words = Catalog(Localization.language)
        let s = school.student(of: c)
        return pad("\(c.number)", numberWidth) + pad(words.status(of: c, at: now), 11) + pad(words.urgency(c.urgency), 9)
            + pad(clean(s?.name ?? "?"), 22) + pad(clean(s?.className ?? "?"), 7) + pad("\(c.flags.count)", flagsWidth)
            + pad(clean(c.assignee.map(school.displayName) ?? "—"), 16) + RelativeAge.short(from: c.openedAt, to: now, indonesian: Localization.language == .id)
            // A student who left: their counsellor closes the case or refers it onward.
            + (s?.left.map { "  " + Localization.t(.leftMark($0.reason.rawValue, $0.on)) } ?? "")
    }

    static func pad(_ s: String, _ width: Int) -> String {
        // Printable ASCII (most cells) counts its bytes: no walk over characters.
        if s.utf8.count < width, s.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return s + String(repeating: " ", count: width - s.utf8.count) }
        let cut = s.count >= width ? String(s.prefix(width - 1)) : s
        return cut + String(repeating: " ", count: width - cut.count)
    }

    /// `s` followed by spaces up to `width`, and never cut: for numbers and logins in a column.
    static func column(_ s: String, _ width: Int) -> String {
        s + String(repeating: " ", count: max(1, width - s.count))
    }

    static func time(_ date: Date) -> String { clock().string(from: date) }

    /// The formatter `time` uses, for a long list to make once rather than once a line.
    static func clock() -> DateFormatter {
        let f = DateFormatter()
        f.dateFormat = "yyyy-MM-dd HH:mm"
        f.timeZone = SchoolClock.zone
        return f
    }

    /// Roles in the reader's words (`guru mapel, wali kelas`); `--help` lists their spellings.
    static func roles(_ roles: [Role]) -> String {
        let words = Catalog(Localization.language)
        return roles.map(words.role).joined(separator: ", ")
    }

    /// Who may read an entry, in the reader's words (never the identifier `--json` keeps).
    static func tierWord(_ v: Visibility) -> String { Catalog(Localization.language).tier(v) }

    static func body(_ text: String?, visibility: Visibility) -> String {
        guard let text else { return "    " + Localization.t(.cannotReadEntry(tierWord(visibility))) }
        return Sanitizer.lines(text).map { "    " + $0 }.joined(separator: "\n")
    }

    static func thread(_ c: Case, _ school: School) -> String {
        guard !c.messages.isEmpty else { return Localization.t(.noMessagesYet("\(c.number)")) }
        return c.messages.map { m in
            let tier = m.visibility == .team ? "" : " (\(tierWord(m.visibility)))"
            return clean(school.displayName(m.author)) + " · " + time(m.at) + tier + "\n" + body(m.text, visibility: m.visibility)
        }.joined(separator: "\n")
    }

    static func detail(_ c: Case, _ school: School, now: Date) -> String {
        let s = school.student(of: c)
        var out = Localization.t(.caseHeader("\(c.number)", clean(s?.name ?? "?"), clean(s?.className ?? "?"), s?.nisn ?? "-")) + "\n"
        let words = Catalog(Localization.language)
        out += Localization.t(.showStatusLine(words.status(of: c, at: now), words.urgency(c.urgency), c.area.rawValue, clean(words.concern(c.concern)), words.level(c.level))) + "\n"
        out += Localization.t(.showCounsellor(clean(c.assignee.map(school.displayName) ?? Localization.t(.notPickedUpYet)))) + "\n"
        out += "\n" + Localization.t(.flagsHeading) + "\n"
        for f in c.flags {
            // Told in confidence: said beside the teacher, as a message's tier is in the thread.
            let tier = (f.visibility ?? .team) == .team ? "" : " (\(tierWord(f.visibility ?? .team)))"
            out += "  \(clean(school.displayName(f.by)))\(f.subject.map { " · " + clean($0) } ?? "") · \(time(f.at))\(tier)\(f.parentsInformed ? Localization.t(.parentsInformed) : "")\n"
            out += body(f.isWithheld ? nil : f.saw, visibility: f.visibility ?? .team) + "\n"
            if let tried = f.tried, !f.isWithheld { out += "    " + Localization.t(.triedLabel) + clean(tried) + "\n" }
        }
        // The present closing is said below; a closing that was undone stays in the work, with its reopening.
        let work = StudentRecord.entries([c]).filter { e in
            switch e.item {
            case .opened, .flag: false
            case .closed: !(c.isClosed && e.at == (c.closedAt ?? c.lastActivity))
            default: true
            }
        }
        if !work.isEmpty {
            // A closed case has no review to come.
            out += "\n" + Localization.t(.planHeading) + (c.reviewDate.flatMap { c.isClosed ? nil : Localization.t(.reviewBy(DayInput.format($0, timeZone: SchoolClock.zone))) } ?? "") + "\n"
            for line in RecordText.lines(work, school, withCase: false) { out += "  " + line + "\n" }
        }
        out += "\n" + Localization.t(.threadHeading("\(c.messages.count)", "\(c.number)")) + "\n"
        if let outcome = c.outcome {
            out += "\n" + Localization.t(.closedLine(c.closedAt.map(time) ?? "", words.outcome(outcome))) + "\n"
        }
        if c.isClosed && c.outcomeOnly == true {
            out += Localization.t(.outcomeOnlyShared) + "\n"
        } else if c.isClosed, let summary = c.summary {
            out += Localization.t(.summaryForReferrer) + clean(summary) + "\n"
        }
        return String(out.dropLast())
    }
}

/// A JSON array written an element at a time, in the form `CaseJSON.print` gives a whole one
/// (pretty, invisibles escaped): a long list starts at once and holds one batch in memory.
final class StreamingJSONArray {
    private var count = 0
    private let encoder = JSONCoding.encoder(pretty: true)

    func append<T: Encodable>(_ values: [T]) throws {
        var text = ""
        for value in values {
            let one = CaseJSON.escapingInvisibles(String(decoding: try encoder.encode(value), as: UTF8.self))
            // A string in JSON holds no raw newline, so every line break is the layout's own.
            text += (count == 0 ? "[\n" : ",\n") + one.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n")
            count += 1
        }
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    func close() { FileHandle.standardOutput.write(Data((count == 0 ? "[]\n" : "\n]\n").utf8)) }
}

func say(_ text: String) {
    FileHandle.standardOutput.write(Data((text + "\n").utf8))
}
