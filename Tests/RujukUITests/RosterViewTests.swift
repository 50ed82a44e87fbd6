import Foundation
import Testing
@testable import RujukDomain
@testable import RujukUI

@Suite struct RosterViewTests {
    @Test func aStudentWhoLeftIsNotOfferedInTheFlagPicker() throws {
        var state = demoState("sari")
        let andi = state.school.students.values.first { $0.nisn == "0091234567" }!
        _ = press(&state, [.char("n")] + type("andi prat"))
        #expect(state.flagCandidates.contains { $0.id == andi.id })
        var school = state.school
        try school.apply(Event(seq: school.lastSeq + 1, at: Date(), actor: "admin",
                               payload: .studentLeft(StudentLeft(id: andi.id, departure: StudentDeparture(reason: .mutasi, on: "2026-11-20")))))
        _ = reduce(&state, .schoolChanged(school))
        #expect(!state.flagCandidates.contains { $0.id == andi.id })
    }

    @Test func aNewHomeroomCountsAtOnceInARunningSession() throws {
        var state = demoState("dewi")
        let before = state.queue.map(\.number)
        var school = state.school
        var dewi = school.staff["dewi"]!
        dewi.homeroom = "VIII-B"
        dewi.roles = [.homeroomTeacher, .subjectTeacher]
        try school.apply(Event(seq: school.lastSeq + 1, at: Date(), actor: "admin", payload: .staffChanged(dewi)))
        _ = reduce(&state, .schoolChanged(school))
        #expect(state.actor.homeroom == "VIII-B")
        #expect(state.queue.count > before.count)
    }

    @Test func someoneWhoLeftIsSignedOutOfARunningSession() throws {
        var state = demoState("sari")
        var school = state.school
        try school.apply(Event(seq: school.lastSeq + 1, at: Date(), actor: "admin", payload: .staffLeft(StaffLeft(login: "sari", handoverTo: "budi"))))
        let effects = reduce(&state, .schoolChanged(school))
        #expect(effects == [.quit])
        #expect(state.shouldQuit)
        #expect(state.status == state.catalog.denial(.accessEnded))
    }

    @Test func onTheSharedTerminalTheScreenLocksForTheNextColleague() throws {
        var state = demoState("sari")
        state.guardian = Guard(sharedTerminal: true, idleLimit: 300, needsPIN: true)
        var school = state.school
        try school.apply(Event(seq: school.lastSeq + 1, at: Date(), actor: "admin", payload: .staffLeft(StaffLeft(login: "sari", handoverTo: "budi"))))
        #expect(reduce(&state, .schoolChanged(school)).isEmpty)
        #expect(!state.shouldQuit)
        #expect(state.lock?.reason == .start && state.lock?.login == "")
        // The case list is gone too: nothing of Sari's is visible behind the lock.
        #expect(state.queue.isEmpty)
    }
}
