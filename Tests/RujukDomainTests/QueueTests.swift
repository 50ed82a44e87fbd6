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

/// The queue sorts by keys taken once from each case: the order is the triage order itself,
/// for every person and view, with cases made to tie on all but their number.
@Test func theQueueIsInTriageOrder() throws {
    var school = Fixture.demo
    // Cases alike in everything the order looks at but their number.
    let model = try #require(school.cases.values.first { !$0.isClosed })
    for n in 0..<30 {
        var twin = model
        twin.number = 90_000 + n * 7 % 30
        school.cases[twin.number] = twin
    }
    for person in school.staff.values {
        for filter in [QueueFilter.all, .mine, .unclaimed, .concerningMe] {
            let expected = school.cases.values.filter { c in
                guard school.canSee(person, c) else { return false }
                switch filter {
                case .all: return true
                case .mine: return !c.isClosed && c.assignee == person.login
                case .unclaimed: return !c.isClosed && c.assignee == nil
                case .concerningMe: return !c.isClosed && school.concerns(person, c)
                }
            }.sorted(by: School.triageOrder).map(\.number)
            #expect(school.queue(for: person, filter).map(\.number) == expected)
        }
    }
}
