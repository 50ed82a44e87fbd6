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
