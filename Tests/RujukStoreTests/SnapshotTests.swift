import Foundation
import Testing
@testable import RujukDomain
@testable import RujukStore

/// The school as a snapshot keeps it: bodies that can be reloaded by reference dropped.
func stripped(_ school: School) -> School {
    var s = school
    s.cases = s.cases.mapValues(\.strippedForSnapshot)
    return s
}

@Suite struct SnapshotTests {
    @Test func aLostOrDamagedSnapshotIsRebuiltFromTheJournal() throws {
        let temp = try TempStore()
        let store = try temp.open()
        try store.withLock { try store.writeSnapshot() }
        #expect(FileSystem.exists(temp.layout.snapshot))
        try store.append([TempStore.reply(store, "sari", 4, "after the snapshot")])
        let expected = try temp.open().school
        #expect(expected.lastSeq == store.school.lastSeq)

        try FileManager.default.removeItem(atPath: temp.layout.snapshot)
        #expect(try stripped(temp.open().school) == stripped(expected))

        for garbage in ["", "{", "[1,2,3]", "{\"format\":1}", String(repeating: "x", count: 10_000)] {
            temp.write(temp.layout.snapshot, Array(garbage.utf8))
            #expect(try stripped(temp.open().school) == stripped(expected))
        }
    }

    @Test func aSnapshotAheadOfTheJournalIsIgnored() throws {
        let temp = try TempStore()
        let store = try temp.open()
        try store.append([TempStore.reply(store, "sari", 4, "one")])
        try store.withLock { try store.writeSnapshot() }
        // Roll the journal back below the snapshot's position (as a restore from backup would).
        let lines = temp.bytes(temp.journal).split(separator: UInt8(ascii: "\n")).dropLast()
        temp.write(temp.journal, Array(lines.map(Array.init).joined(separator: [10])) + [10])
        let reopened = try temp.open()
        #expect(reopened.school.lastSeq == DemoSchool.events.count)
    }

    @Test func closedHistoryStaysOutOfStartUpUntilAsked() throws {
        let temp = try TempStore()
        let store = try temp.open()
        // Close enough cases that history.json is written.
        var events: [Event] = []
        let students = store.school.students.values.sorted { $0.id < $1.id }.filter { store.school.openCase(ofStudent: $0.id) == nil }
        for (i, s) in students.prefix(210).enumerated() {
            let n = store.school.nextCaseNumber + i
            let flag = Flag(by: "sari", subject: nil, saw: "x", tried: nil, parentsInformed: false, at: Date())
            events.append(Event(at: Date(), actor: "sari", payload: .caseOpened(CaseOpened(number: n, studentID: s.id, area: .belajar, concern: "c", urgency: .routine, flag: flag))))
            events.append(Event(at: Date(), actor: "budi", payload: .closed(number: n, outcome: .resolved, summary: nil)))
        }
        try store.append(events)
        try store.withLock { try store.writeSnapshot() }
        let reopened = try temp.open()
        #expect(!reopened.school.historyLoaded)
        #expect(reopened.school.cases.values.allSatisfy { !$0.isClosed })
        // Reopening a case from history loads it on demand.
        let old = store.school.cases.values.filter(\.isClosed).map(\.number).max()!
        try reopened.append([Event(at: Date(), actor: "budi", payload: .reopened(number: old, reason: nil))])
        #expect(reopened.school.historyLoaded)
        #expect(reopened.school.cases[old]?.isClosed == false)
        let third = try temp.open()
        try third.loadHistory()
        #expect(third.school.cases.count == store.school.cases.count)
    }
}
