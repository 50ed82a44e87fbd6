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

    public init(by: String, subject: String?, saw: String, tried: String?, parentsInformed: Bool, at: Date) {
        self.by = by
        self.subject = subject
        self.saw = saw
        self.tried = tried
        self.parentsInformed = parentsInformed
        self.at = at
    }
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

/// One action of the help plan (program bantuan).
public struct PlanItem: Codable, Sendable, Equatable {
    public var id: Int
    public var text: String
    public var owner: String
    public var due: Date?
    public var done: Bool
    public var addedBy: String
    public var at: Date

    public init(id: Int, text: String, owner: String, due: Date?, done: Bool, addedBy: String, at: Date) {
        self.id = id
        self.text = text
        self.owner = owner
        self.due = due
        self.done = done
        self.addedBy = addedBy
        self.at = at
    }
}

/// A BK service given for the case; its notes are confidential by default.
public struct Service: Codable, Sendable, Equatable {
    public var seq: Int
    public var type: ServiceType
    public var by: String
    public var at: Date
    public var minutes: Int
    public var visibility: Visibility
    public var notes: String?
    public var ref: TextRef?

    public init(seq: Int, type: ServiceType, by: String, at: Date, minutes: Int, visibility: Visibility, notes: String?, ref: TextRef?) {
        self.seq = seq
        self.type = type
        self.by = by
        self.at = at
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
