import Foundation
import Testing
@testable import RujukDomain

@Suite struct PermissionTests {
    /// Case #1 is about Andi (VIII-B), flagged by sari; rina is VIII-B's homeroom teacher.
    let school = Fixture.oneCase()
    var c: Case { school.cases[1]! }

    @Test(arguments: [("sari", true), ("dewi", false), ("rina", true), ("budi", true), ("wati", true),
                      ("agus", true), ("hendra", true), ("admin", false)])
    func whoSeesTheCase(login: String, sees: Bool) {
        #expect(school.canSee(school.staff[login]!, c) == sees)
    }

    @Test(arguments: [
        (Visibility.team, ["sari", "rina", "budi", "wati", "agus", "hendra"]),
        (.homeroomAndBK, ["rina", "budi", "wati"]),
        (.bkOnly, ["budi", "wati"]),
        (.bkAndPrincipal, ["budi", "wati", "hendra"]),
    ])
    func whoReadsEachTier(visibility: Visibility, readers: [String]) {
        let all = ["sari", "dewi", "rina", "budi", "wati", "agus", "hendra", "admin"]
        let actual = all.filter { school.canRead(school.staff[$0]!, visibility, in: c) }
        #expect(actual == readers)
    }

    @Test func onlyCounsellorsPickUpAndOnlyOnce() throws {
        #expect(school.denial(school.staff["sari"]!, .pickUp, on: c) == .onlyCounsellorPicksUp)
        #expect(school.denial(school.staff["agus"]!, .pickUp, on: c) == .onlyCounsellorPicksUp)
        #expect(school.denial(school.staff["budi"]!, .pickUp, on: c) == nil)
        var s = school
        try s.apply(Fixture.event("budi", .pickedUp(number: 1), s))
        #expect(throws: DomainError.self) { try s.apply(Fixture.event("wati", .pickedUp(number: 1), s)) }
        #expect(s.cases[1]!.assignee == "budi")
    }

    @Test func aTeacherCannotWriteWhatTheyCouldNotReadButBKOnly() {
        let e = Fixture.event("sari", .messagePosted(EntryText(number: 1, visibility: .homeroomAndBK, text: "rahasia")), school)
        #expect(throws: DomainError(.notPermitted, denial: .cannotWriteAtThatVisibility)) { try school.validate(e) }
        let vice = Fixture.event("agus", .messagePosted(EntryText(number: 1, visibility: .bkOnly, text: "rahasia")), school)
        #expect(throws: DomainError(.notPermitted, denial: .cannotWriteAtThatVisibility)) { try school.validate(vice) }
    }

    /// Issue 12: the flagging teacher and the homeroom teacher may tell BK something in
    /// confidence; they keep reading what they wrote; everyone else on the case sees the stub.
    @Test func aTeacherMayConfideInBKAndKeepsReadingIt() throws {
        var s = school
        for (who, text) in [("sari", "Ada tanda kekerasan."), ("rina", "Orang tua bercerai.")] {
            try s.apply(Fixture.event(who, .messagePosted(EntryText(number: 1, visibility: .bkOnly, text: text)), s))
        }
        func read(_ login: String) -> [String?] { s.redacted(s.cases[1]!, for: s.staff[login]!)!.c.messages.map(\.text) }
        #expect(read("sari") == ["Ada tanda kekerasan.", nil])
        #expect(read("rina") == [nil, "Orang tua bercerai."])
        #expect(read("budi") == ["Ada tanda kekerasan.", "Orang tua bercerai."])
        #expect(read("agus") == [nil, nil] && read("hendra") == [nil, nil])
    }

    @Test func anOutsiderTeacherIsRefusedAndTheAdminWorksNoCases() {
        let dewi = Fixture.event("dewi", .messagePosted(EntryText(number: 1, visibility: .team, text: "halo")), school)
        #expect(throws: DomainError(.notPermitted, denial: .notOnCase)) { try school.validate(dewi) }
        #expect(school.denial(school.staff["admin"]!, .flag, on: nil) == .adminDoesNotWorkCases)
        #expect(school.denial(school.staff["sari"]!, .manageRoster, on: nil) == .onlyAdminManagesRoster)
    }

    @Test func aStaleSummaryEditIsRefused() throws {
        var s = school
        try s.apply(Fixture.event("budi", .pickedUp(number: 1), s))
        let basedOn = s.cases[1]!.version
        try s.apply(Fixture.event("sari", .messagePosted(EntryText(number: 1, visibility: .team, text: "update")), s))
        let stale = Fixture.event("budi", .summaryUpdated(number: 1, summary: "x", basedOn: basedOn), s)
        #expect(throws: DomainError.self) { try s.apply(stale) }
        let fresh = Fixture.event("budi", .summaryUpdated(number: 1, summary: "x", basedOn: s.cases[1]!.version), s)
        try s.apply(fresh)
        #expect(s.cases[1]!.summary == "x")
    }

    @Test func emptyTextAndSecondOpenCaseAreRefused() {
        let empty = Fixture.event("sari", .messagePosted(EntryText(number: 1, visibility: .team, text: "  \n")), school)
        #expect(throws: DomainError.self) { try school.validate(empty) }
        let flag = Flag(by: "dewi", subject: nil, saw: "x", tried: nil, parentsInformed: false, at: Fixture.t0)
        let second = Fixture.event("dewi", .caseOpened(CaseOpened(number: 2, studentID: c.studentID, area: .belajar, concern: "x", urgency: .routine, flag: flag)), school)
        #expect(throws: DomainError.self) { try school.validate(second) }
    }
}
