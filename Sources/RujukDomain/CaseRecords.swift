import Foundation

/// Where an entry's text is kept when it is not in memory: a line of a journal segment.
public struct TextRef: Codable, Sendable, Equatable, Hashable {
    /// `true` when the text is in `private/`, `false` for the team journal.
    public var isPrivate: Bool
    public var segment: Int
    public var offset: Int

    public init(isPrivate: Bool, segment: Int, offset: Int) {
        self.isPrivate = isPrivate
        self.segment = segment
        self.offset = offset
    }
}

/// One teacher's observation of a student.
public struct Flag: Codable, Sendable, Equatable {
    public var by: String
    public var subject: String?
    public var saw: String
    public var tried: String?
    public var parentsInformed: Bool
    public var at: Date
    /// `bkOnly` when the teacher told BK what they saw in confidence; absent: the team reads it.
    public var visibility: Visibility?
    /// Where "what I saw" lives once it went to `private/` (the journal's `saw` is then empty).
    public var ref: TextRef?

    public init(by: String, subject: String?, saw: String, tried: String?, parentsInformed: Bool, at: Date,
                visibility: Visibility? = nil, ref: TextRef? = nil) {
        self.by = by
        self.subject = subject
        self.saw = saw
        self.tried = tried
        self.parentsInformed = parentsInformed
        self.at = at
        self.visibility = visibility
        self.ref = ref
    }

    /// Whether "what I saw" is for BK only.
    public var isConfidential: Bool { visibility?.isConfidential ?? false }
    /// Whether "what I saw" is withheld from this reader (empty here, kept in `private/`).
    public var isWithheld: Bool { isConfidential && saw.isEmpty }
}

/// A message in a case's thread. `text` is nil until loaded, or when it lives in `private/`.
/// Written as a short array (`[seq, author, at, visibility, text, ref…]`): snapshots hold
/// many of them and an array decodes much faster than an object with keys.
public struct Message: Codable, Sendable, Equatable {
    public var seq: Int
    public var author: String
    public var at: Date
    public var visibility: Visibility
    public var text: String?
    public var ref: TextRef?

    public init(seq: Int, author: String, at: Date, visibility: Visibility, text: String?, ref: TextRef?) {
        self.seq = seq
        self.author = author
        self.at = at
        self.visibility = visibility
        self.text = text
        self.ref = ref
    }

    public init(from decoder: Decoder) throws {
        var c = try decoder.unkeyedContainer()
        seq = try c.decode(Int.self)
        author = try c.decode(String.self)
        at = try c.decode(Date.self)
        visibility = try c.decode(Visibility.self)
        text = try c.decodeIfPresent(String.self)
        if let isPrivate = try c.decodeIfPresent(Bool.self) {
            ref = TextRef(isPrivate: isPrivate, segment: try c.decode(Int.self), offset: try c.decode(Int.self))
        } else {
            ref = nil
        }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.unkeyedContainer()
        try c.encode(seq)
        try c.encode(author)
        try c.encode(at)
        try c.encode(visibility)
        if let text { try c.encode(text) } else { try c.encodeNil() }
        if let ref {
            try c.encode(ref.isPrivate)
            try c.encode(ref.segment)
            try c.encode(ref.offset)
        }
    }
}

/// A goal of the help plan (program bantuan): what the help is for.
public struct PlanGoal: Codable, Sendable, Equatable {
    public var text: String
    public var by: String
    public var at: Date

    public init(text: String, by: String, at: Date) {
        self.text = text
        self.by = by
        self.at = at
    }
}

/// One action of the help plan, owned by a person on the case.
public struct PlanItem: Codable, Sendable, Equatable {
    public var id: Int
    public var text: String
    public var owner: String
    public var due: Date?
    public var done: Bool
    public var addedBy: String
    public var at: Date
    public var kind: PlanItemKind
    /// Carried out with the parents, through the homeroom teacher who owns it.
    public var withParents: Bool
    /// Who marked it done, and when.
    public var doneBy: String?
    public var doneAt: Date?

    public init(id: Int, text: String, owner: String, due: Date?, done: Bool, addedBy: String, at: Date,
                kind: PlanItemKind = .support, withParents: Bool = false) {
        self.id = id
        self.text = text
        self.owner = owner
        self.due = due
        self.done = done
        self.addedBy = addedBy
        self.at = at
        self.kind = kind
        self.withParents = withParents
    }

    /// Open and past its due date.
    /// A due date is a day, stored at its noon in the school's zone, so that it reads as the same
    /// day in every Indonesian zone (WIB, WITA, WIT); it is overdue once that day has ended.
    public func isOverdue(at now: Date) -> Bool {
        guard !done, let due else { return false }
        return due.addingTimeInterval(12 * 3600) < now
    }
}

/// A BK service given for the case; its notes are confidential by default.
public struct Service: Codable, Sendable, Equatable {
    public var seq: Int
    public var type: ServiceType
    public var format: ServiceFormat
    public var by: String
    /// When it was recorded.
    public var at: Date
    /// The day it was given (may be earlier than `at`).
    public var on: Date
    public var minutes: Int
    public var visibility: Visibility
    public var notes: String?
    public var ref: TextRef?

    public init(seq: Int, type: ServiceType, format: ServiceFormat = .individual, by: String, at: Date, on: Date? = nil,
                minutes: Int, visibility: Visibility, notes: String?, ref: TextRef?) {
        self.seq = seq
        self.type = type
        self.format = format
        self.by = by
        self.at = at
        self.on = on ?? at
        self.minutes = minutes
        self.visibility = visibility
        self.notes = notes
        self.ref = ref
    }
}

/// A joint evaluation at one horizon.
public struct Review: Codable, Sendable, Equatable {
    public var seq: Int
    public var horizon: ReviewHorizon
    public var by: String
    public var at: Date
    /// 1 (worse) … 5 (goal reached).
    public var rating: Int
    public var visibility: Visibility
    public var text: String?
    public var ref: TextRef?

    public init(seq: Int, horizon: ReviewHorizon, by: String, at: Date, rating: Int, visibility: Visibility, text: String?, ref: TextRef?) {
        self.seq = seq
        self.horizon = horizon
        self.by = by
        self.at = at
        self.rating = rating
        self.visibility = visibility
        self.text = text
        self.ref = ref
    }
}

/// Someone at a case conference: a staff member or a parent, with the part they play.
public struct Attendee: Codable, Sendable, Equatable {
    public var name: String
    public var role: String

    public init(name: String, role: String) {
        self.name = name
        self.role = role
    }

    /// "Rina Marlina (wali kelas), Ibu Citra (orang tua)" → attendees with their roles.
    public static func list(from text: String) -> [Attendee] {
        text.split(whereSeparator: { $0 == "," || $0 == ";" }).compactMap { part in
            let p = part.trimmingCharacters(in: .whitespaces)
            guard !p.isEmpty else { return nil }
            if let open = p.firstIndex(of: "("), p.hasSuffix(")") {
                let name = p[..<open].trimmingCharacters(in: .whitespaces)
                let role = p[p.index(after: open)..<p.index(before: p.endIndex)].trimmingCharacters(in: .whitespaces)
                return Attendee(name: name, role: role)
            }
            return Attendee(name: p, role: "")
        }
    }
}

/// A case conference (konferensi kasus): that it happened and who came is visible to the
/// team; the decisions are confidential by default. Its actions went into the plan.
public struct Conference: Codable, Sendable, Equatable {
    public var seq: Int
    public var by: String
    public var at: Date
    public var on: Date
    public var attendees: [Attendee]
    public var visibility: Visibility
    public var decisions: String?
    public var ref: TextRef?
    /// The plan actions the conference created.
    public var actionIDs: [Int]

    public init(seq: Int, by: String, at: Date, on: Date, attendees: [Attendee], visibility: Visibility,
                decisions: String?, ref: TextRef?, actionIDs: [Int]) {
        self.seq = seq
        self.by = by
        self.at = at
        self.on = on
        self.attendees = attendees
        self.visibility = visibility
        self.decisions = decisions
        self.ref = ref
        self.actionIDs = actionIDs
    }
}

/// What a home visit found; kept together because it is confidential together.
public struct VisitDetails: Codable, Sendable, Equatable {
    public var met: String
    public var findings: String
    public var followUp: String

    public init(met: String, findings: String, followUp: String) {
        self.met = met
        self.findings = findings
        self.followUp = followUp
    }

    /// The details as one text, the form in which `private/` keeps them.
    public var encoded: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return String(decoding: (try? encoder.encode(self)) ?? Data(), as: UTF8.self)
    }

    public init?(encoded: String) {
        guard let value = try? JSONDecoder().decode(VisitDetails.self, from: Data(encoded.utf8)) else { return nil }
        self = value
    }
}

/// A home visit (kunjungan rumah): who went and when is team-visible; the details are not.
public struct HomeVisit: Codable, Sendable, Equatable {
    public var seq: Int
    public var by: String
    public var at: Date
    public var on: Date
    public var visitors: [String]
    public var visibility: Visibility
    public var details: VisitDetails?
    public var ref: TextRef?

    public init(seq: Int, by: String, at: Date, on: Date, visitors: [String], visibility: Visibility,
                details: VisitDetails?, ref: TextRef?) {
        self.seq = seq
        self.by = by
        self.at = at
        self.on = on
        self.visitors = visitors
        self.visibility = visibility
        self.details = details
        self.ref = ref
    }
}

/// A recorded contact with the student's parents: the step required before a case goes up
/// to the vice principal.
public struct ParentContact: Codable, Sendable, Equatable {
    public var by: String
    public var at: Date
    public var how: String

    public init(by: String, at: Date, how: String) {
        self.by = by
        self.at = at
        self.how = how
    }
}

/// Referral onward (alih tangan kasus): to whom and when the letter went.
public struct Referral: Codable, Sendable, Equatable {
    public var agency: String
    public var letterDate: Date

    public init(agency: String, letterDate: Date) {
        self.agency = agency
        self.letterDate = letterDate
    }
}
