#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing
@testable import RujukDomain
@testable import RujukStore

@Suite struct ConcurrencyTests {
    /// Several threads, each with its own Store (and so its own descriptors), reply to one case.
    @Test func concurrentWritersLoseAndDuplicateNothing() async throws {
        let temp = try TempStore()
        let root = temp.root
        let writers = 6, each = 15
        try await withThrowingTaskGroup(of: Void.self) { group in
            for w in 0..<writers {
                group.addTask {
                    let store = try Store.open(root)
                    for i in 0..<each {
                        try store.append([Event(at: Date(), actor: "budi", payload: .messagePosted(
                            EntryText(number: 4, visibility: .team, text: "w\(w)-\(i)")))])
                    }
                }
            }
            try await group.waitForAll()
        }
        let store = try temp.open()
        let texts = try store.readable(4, for: store.school.staff["budi"]!)!.c.messages.compactMap(\.text)
        for w in 0..<writers {
            let mine = texts.filter { $0.hasPrefix("w\(w)-") }
            #expect(mine == (0..<each).map { "w\(w)-\($0)" })
        }
        #expect(store.school.lastSeq == DemoSchool.events.count + writers * each)
        #expect(try Store.check(root).problems.isEmpty)
    }

    /// Two writers taking turns: each folds the other's line under the lock and chains its own
    /// to it, from the line it folded, with no second read of the segment.
    @Test func writersTakingTurnsKeepTheChainWhole() throws {
        let temp = try TempStore()
        let (a, b) = (try temp.open(), try temp.open())
        for i in 0..<10 {
            try (i.isMultiple(of: 2) ? a : b).append([TempStore.reply(a, "budi", 4, "turn \(i)")])
            if i.isMultiple(of: 3) { try b.append([TempStore.reply(b, "budi", 6, "Rahasia \(i).", .bkOnly)]) }
        }
        for isPrivate in [false, true] {
            let report = try Store.verifyChain(temp.root, isPrivate: isPrivate)
            #expect(report.problems.isEmpty)
        }
        #expect(try Store.check(temp.root).problems.isEmpty)
    }

    /// A writer keeps its segment open between appends, but only while the path names that
    /// file: a segment put in its place (restored, copied back) is the one the next line joins.
    @Test func aSegmentPutInPlaceOfTheKeptOneGetsTheNextLine() throws {
        let temp = try TempStore()
        let writer = try temp.open()
        try writer.append([TempStore.reply(writer, "budi", 4, "before")])
        let copy = temp.journal + ".copy"
        try FileManager.default.copyItem(atPath: temp.journal, toPath: copy)
        #expect(rename(copy, temp.journal) == 0)
        try writer.append([TempStore.reply(writer, "budi", 4, "after")])
        let reopened = try temp.open()
        #expect(reopened.school.cases[4]?.messages.suffix(2).map(\.text) == ["before", "after"])
        #expect(reopened.school.lastSeq == writer.school.lastSeq)
    }

    @Test func aReaderFoldsInWhatAnotherProcessAppended() throws {
        let temp = try TempStore()
        let reader = try temp.open()
        let writer = try temp.open()
        #expect(try reader.refresh() == false)
        try writer.append([TempStore.reply(writer, "sari", 4, "live")])
        #expect(try reader.refresh() == true)
        #expect(reader.school.cases[4]?.messages.last?.text == "live")
    }
}
