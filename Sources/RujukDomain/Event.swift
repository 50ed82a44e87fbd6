import Foundation

/// Every change to the school is an event: who, when, what. The journal is a list of them.
public struct Event: Sendable, Equatable {
    /// Assigned by the store when the event is appended; 0 before that.
    public var seq: Int
    public var at: Date
    public var actor: String
    public var payload: EventPayload

    public init(seq: Int = 0, at: Date, actor: String, payload: EventPayload) {
        self.seq = seq
        self.at = at
        self.actor = actor
        self.payload = payload
    }
}

/// What happened. Text that is not team-visible is moved to `private/` by the store,
/// leaving `text == nil` and a `ref` in the journal stub.
public enum EventPayload: Sendable, Equatable {
    case staffAdded(Staff)
    case pinSet(login: String, hash: String)
    case studentAdded(Student)
    case caseOpened(CaseOpened)
    case flagAdded(number: Int, flag: Flag)
    case pickedUp(number: Int)
    case assigned(number: Int, to: String)
    case messagePosted(EntryText)
    case goalAdded(number: Int, text: String)
    case planItemAdded(PlanItemAdded)
    case planItemDone(number: Int, item: Int)
    case planReviewSet(number: Int, date: Date)
    case serviceLogged(ServiceLogged)
    case reviewRecorded(ReviewRecorded)
    case escalated(Escalation)
    case parentsContacted(number: Int, how: String)
    case referralOutcome(EntryText)
    case conferenceHeld(ConferenceHeld)
    case homeVisited(HomeVisited)
    /// `outcomeOnly`: the closer chose, and confirmed, that the referrer gets the outcome
    /// without a summary; without it a close needs a summary for the referrer.
    case closed(number: Int, outcome: Outcome, summary: String?, outcomeOnly: Bool = false)
    case reopened(number: Int, reason: String?)
    case summaryUpdated(number: Int, summary: String, basedOn: Int)
    case threadRead(number: Int, upTo: Int)
    /// A student's record corrected or moved to another class (the whole record as it is now;
    /// whether they left is changed only by `studentLeft`/`studentReturned`).
    case studentChanged(Student)
    case studentLeft(StudentLeft)
    case studentReturned(StudentReturned)
    /// A staff member's name, roles, subjects, homeroom, caseload or NIP changed (never the PIN).
    case staffChanged(Staff)
    /// A staff member left: access ends, open cases and actions go to `handoverTo`.
    case staffLeft(StaffLeft)
    /// A new school year, with its semester dates.
    case yearStarted(SchoolYear)
    /// The school's letterhead and time zone (admin).
    case schoolSet(SchoolSettings)
    /// A section of a counsellor's report narrative for a period.
    case narrativeWritten(Narrative)

    /// Whether the event changes the roster (students, staff, the school year).
    public var isRosterChange: Bool {
        switch self {
        case .staffAdded, .studentAdded, .studentChanged, .studentLeft, .studentReturned, .staffChanged, .staffLeft,
             .yearStarted: true
        default: false
        }
    }
    /// A counsellor corrects the urgency, area or concern after triage (only what changed is set).
    case triaged(Triage)

    /// The case this event concerns, if any.
    public var caseNumber: Int? {
        switch self {
        case .staffAdded, .pinSet, .studentAdded, .studentChanged, .studentLeft, .studentReturned, .staffChanged,
             .staffLeft, .yearStarted, .schoolSet, .narrativeWritten: nil
        case .caseOpened(let e): e.number
        case .flagAdded(let n, _), .pickedUp(let n), .assigned(let n, _), .planItemDone(let n, _),
             .closed(let n, _, _, _), .reopened(let n, _), .goalAdded(let n, _), .planReviewSet(let n, _),
             .parentsContacted(let n, _), .summaryUpdated(let n, _, _), .threadRead(let n, _):
            n
        case .messagePosted(let e), .referralOutcome(let e): e.number
        case .escalated(let e): e.number
        case .conferenceHeld(let e): e.number
        case .homeVisited(let e): e.number
        case .planItemAdded(let e): e.number
        case .serviceLogged(let e): e.number
        case .reviewRecorded(let e): e.number
        case .triaged(let e): e.number
        }
    }

    /// What kind of change this is; its raw value is the name written in the journal's `type` field.
    public var kind: EventKind {
        switch self {
        case .staffAdded: .staffAdded
        case .pinSet: .pinSet
        case .studentAdded: .studentAdded
        case .caseOpened: .caseOpened
        case .flagAdded: .flagAdded
        case .pickedUp: .pickedUp
        case .assigned: .assigned
        case .messagePosted: .messagePosted
        case .goalAdded: .goalAdded
        case .planItemAdded: .planItemAdded
        case .planItemDone: .planItemDone
        case .planReviewSet: .planReviewSet
        case .serviceLogged: .serviceLogged
        case .reviewRecorded: .reviewRecorded
        case .escalated: .escalated
        case .parentsContacted: .parentsContacted
        case .referralOutcome: .referralOutcome
        case .conferenceHeld: .conferenceHeld
        case .homeVisited: .homeVisited
        case .closed: .closed
        case .reopened: .reopened
        case .summaryUpdated: .summaryUpdated
        case .threadRead: .threadRead
        case .studentChanged: .studentChanged
        case .studentLeft: .studentLeft
        case .studentReturned: .studentReturned
        case .staffChanged: .staffChanged
        case .staffLeft: .staffLeft
        case .yearStarted: .yearStarted
        case .triaged: .triaged
        case .schoolSet: .schoolSet
        case .narrativeWritten: .narrativeWritten
        }
    }

    /// The name written in the journal's `type` field.
    public var typeName: String { kind.rawValue }
}

/// The urgency, area or concern of a case as a counsellor set them after reading it; nil: unchanged.
public struct Triage: Codable, Sendable, Equatable {
    public var number: Int
    public var urgency: Urgency?
    public var area: Area?
    public var concern: String?

    public init(number: Int, urgency: Urgency? = nil, area: Area? = nil, concern: String? = nil) {
        self.number = number
        self.urgency = urgency
        self.area = area
        self.concern = concern
    }
}

public struct CaseOpened: Codable, Sendable, Equatable {
    public var number: Int
    public var studentID: String
    public var area: Area
    public var concern: String
    public var urgency: Urgency
    public var flag: Flag

    public init(number: Int, studentID: String, area: Area, concern: String, urgency: Urgency, flag: Flag) {
        self.number = number
        self.studentID = studentID
        self.area = area
        self.concern = concern
        self.urgency = urgency
        self.flag = flag
    }
}

/// A message: its text, or (in the journal, when confidential) a reference to `private/`.
public struct EntryText: Codable, Sendable, Equatable {
    public var number: Int
    public var visibility: Visibility
    public var text: String?
    public var ref: TextRef?

    public init(number: Int, visibility: Visibility, text: String?, ref: TextRef? = nil) {
        self.number = number
        self.visibility = visibility
        self.text = text
        self.ref = ref
    }
}

public struct PlanItemAdded: Codable, Sendable, Equatable {
    public var number: Int
    public var text: String
    public var owner: String
    public var due: Date?
    public var reviewDate: Date?
    /// Absent in older journals: a support action.
    public var kind: PlanItemKind?
    public var withParents: Bool?

    public init(number: Int, text: String, owner: String, due: Date?, reviewDate: Date? = nil,
                kind: PlanItemKind = .support, withParents: Bool = false) {
        self.number = number
        self.text = text
        self.owner = owner
        self.due = due
        self.reviewDate = reviewDate
        self.kind = kind == .support ? nil : kind
        self.withParents = withParents ? true : nil
    }
}

/// A plan action as a conference decides it (the conference event creates it).
public struct ActionDraft: Codable, Sendable, Equatable {
    public var text: String
    public var owner: String
    public var due: Date?

    public init(text: String, owner: String, due: Date?) {
        self.text = text
        self.owner = owner
        self.due = due
    }
}

public struct Escalation: Codable, Sendable, Equatable {
    public var number: Int
    public var level: Level
    public var reason: String
    public var referral: Referral?

    public init(number: Int, level: Level, reason: String, referral: Referral? = nil) {
        self.number = number
        self.level = level
        self.reason = reason
        self.referral = referral
    }
}

public struct ConferenceHeld: Codable, Sendable, Equatable {
    public var number: Int
    public var on: Date
    public var attendees: [Attendee]
    public var visibility: Visibility
    public var decisions: String?
    public var ref: TextRef?
    public var actions: [ActionDraft]

    public init(number: Int, on: Date, attendees: [Attendee], visibility: Visibility, decisions: String?,
                ref: TextRef? = nil, actions: [ActionDraft] = []) {
        self.number = number
        self.on = on
        self.attendees = attendees
        self.visibility = visibility
        self.decisions = decisions
        self.ref = ref
        self.actions = actions
    }
}

public struct HomeVisited: Codable, Sendable, Equatable {
    public var number: Int
    public var on: Date
    public var visitors: [String]
    public var visibility: Visibility
    public var details: VisitDetails?
    public var ref: TextRef?

    public init(number: Int, on: Date, visitors: [String], visibility: Visibility, details: VisitDetails?, ref: TextRef? = nil) {
        self.number = number
        self.on = on
        self.visitors = visitors
        self.visibility = visibility
        self.details = details
        self.ref = ref
    }
}

public struct ServiceLogged: Codable, Sendable, Equatable {
    public var number: Int
    public var type: ServiceType
    /// Absent in older journals: individual.
    public var format: ServiceFormat?
    /// The day it was given; absent means the day it was recorded.
    public var on: Date?
    public var minutes: Int
    public var visibility: Visibility
    public var notes: String?
    public var ref: TextRef?

    public init(number: Int, type: ServiceType, format: ServiceFormat = .individual, on: Date? = nil, minutes: Int,
                visibility: Visibility, notes: String?, ref: TextRef? = nil) {
        self.number = number
        self.type = type
        self.format = format
        self.on = on
        self.minutes = minutes
        self.visibility = visibility
        self.notes = notes
        self.ref = ref
    }
}

public struct ReviewRecorded: Codable, Sendable, Equatable {
    public var number: Int
    public var horizon: ReviewHorizon
    public var rating: Int
    public var visibility: Visibility
    public var text: String?
    public var ref: TextRef?

    public init(number: Int, horizon: ReviewHorizon, rating: Int, visibility: Visibility, text: String?, ref: TextRef? = nil) {
        self.number = number
        self.horizon = horizon
        self.rating = rating
        self.visibility = visibility
        self.text = text
        self.ref = ref
    }
}

/// Every kind of event, by the name the journal writes: what the audit trail words in each
/// language (an exhaustive switch per language, so a new event cannot go unworded).
public enum EventKind: String, Codable, Sendable, CaseIterable {
    case staffAdded, pinSet, studentAdded, caseOpened, flagAdded, pickedUp, assigned, messagePosted, goalAdded, planItemAdded, planItemDone, planReviewSet, serviceLogged, reviewRecorded, escalated, parentsContacted, referralOutcome, conferenceHeld, homeVisited, closed, reopened, summaryUpdated, threadRead, studentChanged, studentLeft, studentReturned, staffChanged, staffLeft, yearStarted, triaged, schoolSet, narrativeWritten
}
