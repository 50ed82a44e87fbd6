import Foundation
import Testing
@testable import RujukDomain

/// "One open case a student" is checked through each student's open cases (issue 16, item 2),
/// and gives the same answers as a look through every case, however the school was filled.
@Suite struct OpenCaseIndexTests {
    func andi(_ s: School) -> String { s.cases[1]!.studentID }

    func flag(_ s: School) -> Event {
        let f = Flag(by: "sari", subject: "Mathematics", saw: "Lagi.", tried: nil, parentsInformed: false, at: Fixture.t0)
        return Fixture.event("sari", .caseOpened(CaseOpened(number: s.nextCaseNumber, studentID: andi(s), area: .belajar,
                                                            concern: "focus", urgency: .soon, flag: f)), s)
    }

    func refusal(_ e: Event, in s: School) -> DomainMessage.Key? {
        do { try s.validate(e); return nil } catch { return error.reason.key }
    }

    @Test func closingAndReopeningMoveACaseInAndOutOfItsStudentsOpenCases() throws {
        var s = Fixture.oneCase()
        #expect(s.openCaseIndex.byStudent[andi(s)] == [1])
        #expect(refusal(flag(s), in: s) == .studentHasOpenCase)
        try s.apply(Fixture.event("budi", .pickedUp(number: 1), s))
        try s.apply(Fixture.event("budi", .closed(number: 1, outcome: .resolved, summary: "Selesai."), s))
        #expect(s.openCase(ofStudent: andi(s)) == nil && s.openCaseIndex.byStudent[andi(s)] == nil)
        #expect(refusal(flag(s), in: s) == nil)
        try s.apply(Fixture.event("budi", .reopened(number: 1, reason: nil), s))
        #expect(s.openCase(ofStudent: andi(s))?.number == 1)
        #expect(refusal(flag(s), in: s) == .studentHasOpenCase)
    }

    @Test func aSchoolFilledWithoutTheFoldIsLookedThroughThenIndexed() throws {
        let folded = Fixture.oneCase()
        var s = School(name: "Test")
        s.staff = folded.staff
        s.students = folded.students
        s.cases = folded.cases
        s.nextCaseNumber = folded.nextCaseNumber
        s.lastSeq = folded.lastSeq
        // Not indexed yet: the answer comes from a look through every case, and is the same.
        #expect(s.openCase(ofStudent: andi(s))?.number == 1)
        #expect(refusal(flag(s), in: s) == .studentHasOpenCase)
        s.indexOpenCasesIfNeeded()
        #expect(s.openCaseIndex.byStudent[andi(s)] == [1])
        #expect(s == folded)
    }
}
