import Foundation

extension School {
    /// The one rule for a flag: it joins the student's open case if there is one (even one the
    /// flagger cannot see yet: they become a referrer of it), else it opens a case.
    public func flagEvent(_ flag: Flag, studentID: String, area: Area, concern: String, urgency: Urgency,
                          by actor: String, at: Date) -> Event {
        if let open = openCase(ofStudent: studentID) {
            return Event(at: at, actor: actor, payload: .flagAdded(number: open.number, flag: flag))
        }
        return Event(at: at, actor: actor, payload: .caseOpened(CaseOpened(
            number: 0, studentID: studentID, area: area, concern: concern, urgency: urgency, flag: flag)))
    }
}
