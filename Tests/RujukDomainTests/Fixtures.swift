import Foundation
@testable import RujukDomain

/// A small school built by folding events, as the store would.
enum Fixture {
    static let t0 = ISODate.parse("2026-11-02T01:00:00Z")!

    static var demo: School {
        var school = School(name: DemoSchool.name)
        for event in DemoSchool.events { try! school.apply(event) }
        return school
    }

    static func staff(_ login: String) -> Staff { demo.staff[login]! }

    static func event(_ actor: String, _ payload: EventPayload, _ school: School, minutes: Double = 1) -> Event {
        Event(seq: school.lastSeq + 1, at: t0 + Double(school.lastSeq) * 60 * minutes, actor: actor, payload: payload)
    }

    /// A school with only the demo roster and one new case (#1) about `studentIndex` of VIII-B, flagged by sari.
    static func oneCase() -> School {
        var school = School(name: "Test")
        for e in DemoSchool.events.prefix(while: { if case .caseOpened = $0.payload { false } else { true } }) {
            try! school.apply(e)
        }
        let andi = school.students.values.first { $0.name == "Andi Pratama" }!
        let flag = Flag(by: "sari", subject: "Mathematics", saw: "Sering melamun.", tried: nil, parentsInformed: false, at: t0)
        try! school.apply(event("sari", .caseOpened(CaseOpened(number: 1, studentID: andi.id, area: .belajar,
                                                                 concern: "focus", urgency: .soon, flag: flag)), school))
        return school
    }
}
