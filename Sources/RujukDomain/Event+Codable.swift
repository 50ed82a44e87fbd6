import Foundation

// The journal form of an event: {"seq":…,"at":"…","by":"…","type":"…","data":{…}}.
extension Event: Codable {
    private enum Key: String, CodingKey { case seq, at, by, type, data }

    private struct Num: Codable { var number: Int }
    private struct NumLogin: Codable { var number: Int; var to: String }
    private struct NumFlag: Codable { var number: Int; var flag: Flag }
    private struct NumItem: Codable { var number: Int; var item: Int }
    private struct NumText: Codable { var number: Int; var text: String }
    private struct NumDate: Codable { var number: Int; var date: Date }
    private struct NumHow: Codable { var number: Int; var how: String }
    private struct Closing: Codable { var number: Int; var outcome: Outcome; var summary: String?; var outcomeOnly: Bool? }
    private struct Reopening: Codable { var number: Int; var reason: String? }
    private struct SummaryEdit: Codable { var number: Int; var summary: String; var basedOn: Int }
    private struct ReadMark: Codable { var number: Int; var upTo: Int }
    private struct PinChange: Codable { var login: String; var hash: String }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: Key.self)
        seq = try c.decode(Int.self, forKey: .seq)
        at = try c.decode(Date.self, forKey: .at)
        actor = try c.decode(String.self, forKey: .by)
        let type = try c.decode(String.self, forKey: .type)
        func data<T: Decodable>(_: T.Type) throws -> T { try c.decode(T.self, forKey: .data) }
        switch type {
        case "staffAdded": payload = .staffAdded(try data(Staff.self))
        case "pinSet": let d = try data(PinChange.self); payload = .pinSet(login: d.login, hash: d.hash)
        case "studentAdded": payload = .studentAdded(try data(Student.self))
        case "caseOpened": payload = .caseOpened(try data(CaseOpened.self))
        case "flagAdded": let d = try data(NumFlag.self); payload = .flagAdded(number: d.number, flag: d.flag)
        case "pickedUp": payload = .pickedUp(number: try data(Num.self).number)
        case "assigned": let d = try data(NumLogin.self); payload = .assigned(number: d.number, to: d.to)
        case "messagePosted": payload = .messagePosted(try data(EntryText.self))
        case "goalAdded": let d = try data(NumText.self); payload = .goalAdded(number: d.number, text: d.text)
        case "planItemAdded": payload = .planItemAdded(try data(PlanItemAdded.self))
        case "planItemDone": let d = try data(NumItem.self); payload = .planItemDone(number: d.number, item: d.item)
        case "planReviewSet": let d = try data(NumDate.self); payload = .planReviewSet(number: d.number, date: d.date)
        case "serviceLogged": payload = .serviceLogged(try data(ServiceLogged.self))
        case "reviewRecorded": payload = .reviewRecorded(try data(ReviewRecorded.self))
        case "escalated": payload = .escalated(try data(Escalation.self))
        case "parentsContacted": let d = try data(NumHow.self); payload = .parentsContacted(number: d.number, how: d.how)
        case "referralOutcome": payload = .referralOutcome(try data(EntryText.self))
        case "conferenceHeld": payload = .conferenceHeld(try data(ConferenceHeld.self))
        case "homeVisited": payload = .homeVisited(try data(HomeVisited.self))
        case "closed": let d = try data(Closing.self); payload = .closed(number: d.number, outcome: d.outcome, summary: d.summary, outcomeOnly: d.outcomeOnly ?? false)
        case "reopened": let d = try data(Reopening.self); payload = .reopened(number: d.number, reason: d.reason)
        case "summaryUpdated": let d = try data(SummaryEdit.self); payload = .summaryUpdated(number: d.number, summary: d.summary, basedOn: d.basedOn)
        case "threadRead": let d = try data(ReadMark.self); payload = .threadRead(number: d.number, upTo: d.upTo)
        case "studentChanged": payload = .studentChanged(try data(Student.self))
        case "studentLeft": payload = .studentLeft(try data(StudentLeft.self))
        case "studentReturned": payload = .studentReturned(try data(StudentReturned.self))
        case "staffChanged": payload = .staffChanged(try data(Staff.self))
        case "staffLeft": payload = .staffLeft(try data(StaffLeft.self))
        case "yearStarted": payload = .yearStarted(try data(SchoolYear.self))
        case "triaged": payload = .triaged(try data(Triage.self))
        case "schoolSet": payload = .schoolSet(try data(SchoolSettings.self))
        case "narrativeWritten": payload = .narrativeWritten(try data(Narrative.self))
        default:
            throw DecodingError.dataCorruptedError(forKey: .type, in: c, debugDescription: "unknown event type \(type)")
        }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(seq, forKey: .seq)
        try c.encode(at, forKey: .at)
        try c.encode(actor, forKey: .by)
        try c.encode(payload.typeName, forKey: .type)
        switch payload {
        case .staffAdded(let s): try c.encode(s, forKey: .data)
        case .pinSet(let login, let hash): try c.encode(PinChange(login: login, hash: hash), forKey: .data)
        case .studentAdded(let s): try c.encode(s, forKey: .data)
        case .caseOpened(let e): try c.encode(e, forKey: .data)
        case .flagAdded(let n, let f): try c.encode(NumFlag(number: n, flag: f), forKey: .data)
        case .pickedUp(let n): try c.encode(Num(number: n), forKey: .data)
        case .assigned(let n, let to): try c.encode(NumLogin(number: n, to: to), forKey: .data)
        case .messagePosted(let e): try c.encode(e, forKey: .data)
        case .goalAdded(let n, let t): try c.encode(NumText(number: n, text: t), forKey: .data)
        case .planItemAdded(let e): try c.encode(e, forKey: .data)
        case .planItemDone(let n, let i): try c.encode(NumItem(number: n, item: i), forKey: .data)
        case .planReviewSet(let n, let d): try c.encode(NumDate(number: n, date: d), forKey: .data)
        case .serviceLogged(let e): try c.encode(e, forKey: .data)
        case .reviewRecorded(let e): try c.encode(e, forKey: .data)
        case .escalated(let e): try c.encode(e, forKey: .data)
        case .parentsContacted(let n, let h): try c.encode(NumHow(number: n, how: h), forKey: .data)
        case .referralOutcome(let e): try c.encode(e, forKey: .data)
        case .conferenceHeld(let e): try c.encode(e, forKey: .data)
        case .homeVisited(let e): try c.encode(e, forKey: .data)
        case .closed(let n, let o, let s, let only): try c.encode(Closing(number: n, outcome: o, summary: s, outcomeOnly: only ? true : nil), forKey: .data)
        case .reopened(let n, let r): try c.encode(Reopening(number: n, reason: r), forKey: .data)
        case .summaryUpdated(let n, let s, let b): try c.encode(SummaryEdit(number: n, summary: s, basedOn: b), forKey: .data)
        case .threadRead(let n, let u): try c.encode(ReadMark(number: n, upTo: u), forKey: .data)
        case .studentChanged(var s):
            s.left = nil
            try c.encode(s, forKey: .data)
        case .studentLeft(let e): try c.encode(e, forKey: .data)
        case .studentReturned(let e): try c.encode(e, forKey: .data)
        case .staffChanged(var s):
            // Never a PIN hash in a roster change; whether they left is its own event.
            s.pinHash = nil
            s.left = nil
            try c.encode(s, forKey: .data)
        case .staffLeft(let e): try c.encode(e, forKey: .data)
        case .yearStarted(let y): try c.encode(y, forKey: .data)
        case .triaged(let t): try c.encode(t, forKey: .data)
        case .schoolSet(let s): try c.encode(s, forKey: .data)
        case .narrativeWritten(let n): try c.encode(n, forKey: .data)
        }
    }
}
