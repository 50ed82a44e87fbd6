import Foundation
import Testing
@testable import RujukDomain
@testable import RujukStore

/// A reopened case, read, brings back the closings it went through from its own journal
/// lines, whether the audit index covers them yet or not.
@Suite struct PastClosingsTests {
    @Test func aReopenedCaseIsReadWithTheClosingItUndid() throws {
        let temp = try TempStore()
        let store = try temp.open()
        let budi = store.school.staff["budi"]!
        try store.append([Event(at: Date(), actor: "budi", payload: .closed(number: 4, outcome: .resolved, summary: "Sudah akur."))])
        #expect(try store.readable(4, for: budi)?.c.pastClosings == nil)
        try store.append([Event(at: Date(), actor: "budi", payload: .reopened(number: 4, reason: "Bertengkar lagi."))])
        for reader in [store, try temp.open()] {
            let past = try #require(try reader.readable(4, for: budi)?.c.pastClosings)
            #expect(past.map(\.summary) == ["Sudah akur."] && past.map(\.reason) == ["Bertengkar lagi."])
            #expect(past.first?.outcome == .resolved && past.first?.reopenedBy == "budi")
        }
        // Once the audit index covers the lines, they are found through it.
        let index = AuditIndex(layout: store.layout, isPrivate: false, storeID: store.info.id)
        while try store.catchUpAudit(index, byteLimit: 1 << 20) {}
        #expect(index.covered() != nil)
        let again = try temp.open()
        #expect(try again.readable(4, for: budi)?.c.pastClosings?.map(\.summary) == ["Sudah akur."])
        // The student's record has the closing and the reopening, in that order.
        let record = try again.record(ofStudent: again.school.cases[4]!.studentID, for: budi).filter { $0.caseNumber == 4 }.map(\.item)
        let closed = try #require(record.firstIndex(of: .closed(.resolved, summary: "Sudah akur.")))
        #expect(record[closed + 1] == .reopened(by: "budi", reason: "Bertengkar lagi."))
        // Nothing of it is kept in the school's state: the snapshot and `check` are as before.
        #expect(again.school.cases[4]?.pastClosings == nil)
        #expect(try Store.check(temp.root).problems.isEmpty)
    }
}
