import Foundation

extension Event {
    /// The text that must go to `private/` instead of the journal, if any.
    public var confidentialText: String? {
        switch payload {
        case .messagePosted(let m) where m.visibility.isConfidential: m.text
        case .serviceLogged(let s) where s.visibility.isConfidential: s.notes
        case .reviewRecorded(let r) where r.visibility.isConfidential: r.text
        case .referralOutcome(let m) where m.visibility.isConfidential: m.text
        case .conferenceHeld(let k) where k.visibility.isConfidential: k.decisions
        case .homeVisited(let v) where v.visibility.isConfidential: v.details?.encoded
        case .caseOpened(let o) where o.flag.isConfidential: o.flag.saw
        case .flagAdded(_, let f) where f.isConfidential: f.saw
        default: nil
        }
    }

    /// The journal stub: the same event without its confidential text, pointing at `ref`.
    public func sealed(pointingAt ref: TextRef) -> Event {
        var stub = self
        switch payload {
        case .messagePosted(var m): m.text = nil; m.ref = ref; stub.payload = .messagePosted(m)
        case .serviceLogged(var s): s.notes = nil; s.ref = ref; stub.payload = .serviceLogged(s)
        case .reviewRecorded(var r): r.text = nil; r.ref = ref; stub.payload = .reviewRecorded(r)
        case .referralOutcome(var m): m.text = nil; m.ref = ref; stub.payload = .referralOutcome(m)
        case .conferenceHeld(var k): k.decisions = nil; k.ref = ref; stub.payload = .conferenceHeld(k)
        case .homeVisited(var v): v.details = nil; v.ref = ref; stub.payload = .homeVisited(v)
        case .caseOpened(var o): o.flag.saw = ""; o.flag.ref = ref; stub.payload = .caseOpened(o)
        case .flagAdded(let n, var f): f.saw = ""; f.ref = ref; stub.payload = .flagAdded(number: n, flag: f)
        default: break
        }
        return stub
    }
}

/// The line kept in `private/`: the confidential text of one journal event.
public struct PrivateEntry: Codable, Sendable, Equatable {
    /// The sequence number of the journal stub that points here.
    public var seq: Int
    public var number: Int
    public var by: String
    public var at: Date
    public var text: String

    public init(seq: Int, number: Int, by: String, at: Date, text: String) {
        self.seq = seq
        self.number = number
        self.by = by
        self.at = at
        self.text = text
    }
}
