import Foundation
import Testing
@testable import RujukDomain

@Suite struct QueueTests {
    let school = Fixture.demo

    @Test func triageOrderPutsUnclaimedAndUrgentFirst() {
        let queue = school.queue(for: school.staff["agus"]!, .concerningMe)
        let firstClaimed = queue.firstIndex { $0.assignee != nil }!
        #expect(queue[..<firstClaimed].allSatisfy { $0.assignee == nil })
        #expect(queue[firstClaimed...].allSatisfy { $0.assignee != nil })
        #expect(queue.first?.urgency == .urgent)
        #expect(queue.allSatisfy { !$0.isClosed })
    }

    @Test func eachRoleSeesItsOwnQueue() {
        let sari = school.queue(for: school.staff["sari"]!, .concerningMe)
        #expect(sari.allSatisfy { $0.flags.contains { $0.by == "sari" } })
        let rina = school.queue(for: school.staff["rina"]!, .concerningMe)
        #expect(rina.allSatisfy { school.students[$0.studentID]!.className == "VIII-B" || $0.flags.contains { $0.by == "rina" } })
        let wati = school.queue(for: school.staff["wati"]!, .concerningMe)
        #expect(wati.allSatisfy { $0.assignee == "wati" || school.students[$0.studentID]!.className.hasPrefix("IX") })
        #expect(school.queue(for: school.staff["dewi"]!, .all).allSatisfy { $0.flags.contains { $0.by == "dewi" } })
        #expect(school.queue(for: school.staff["budi"]!, .all).count == school.cases.count)
    }

    @Test func studentArgumentsResolveByNISNNameOrFail() {
        #expect(school.resolveStudent("0091234567") == .one(school.students.values.first { $0.name == "Andi Pratama" }!))
        #expect(school.resolveStudent("andi pratama").isOne)
        #expect(school.resolveStudent("Zzyzx") == .none)
        if case .several(let list) = school.resolveStudent("a") { #expect(list.count > 1) } else { Issue.record("expected several") }
    }
}

extension StudentMatch {
    var isOne: Bool { if case .one = self { true } else { false } }
}

/// The queue sorts positions, not the large case values: the order must be exactly the one
/// a stable `sorted(by:)` gives, ties included.
@Test func sortingByPositionsGivesTheStableSortsOrder() {
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<20 {
        let values = (0..<200).map { i in (key: Int.random(in: 0..<15, using: &generator), tag: i) }
        let expected = values.sorted { $0.key < $1.key }
        let got = values.sortedMovingIndices { $0.key < $1.key }
        #expect(got.map(\.tag) == expected.map(\.tag))
    }
    #expect([Int]().sortedMovingIndices(by: <).isEmpty)
}
