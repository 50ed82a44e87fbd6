import Foundation
import Testing
@testable import RujukDomain
@testable import RujukStore

@Suite struct JournalTests {
    @Test func appendedEventsSurviveReopening() throws {
        let temp = try TempStore()
        let store = try temp.open()
        let written = try store.append([TempStore.reply(store, "sari", 4, "Terima kasih, Pak.")])
        #expect(written[0].seq == DemoSchool.events.count + 1)
        let again = try temp.open()
        #expect(again.school == store.school)
        let thread = try again.readable(4, for: again.school.staff["sari"]!)!.c.messages
        #expect(thread.last?.text == "Terima kasih, Pak.")
    }

    @Test func everyLineCarriesItsChecksumAndSequence() throws {
        let temp = try TempStore()
        let lines = temp.bytes(temp.journal).split(separator: UInt8(ascii: "\n"))
        #expect(lines.count == DemoSchool.events.count)
        for line in lines { #expect(JournalLine.body(of: line) != nil) }
        var flipped = Array(lines[0])
        flipped[flipped.count / 2] ^= 0x01
        #expect(JournalLine.body(of: flipped[...]) == nil)
    }

    @Test func refusedEventsWriteNothing() throws {
        let temp = try TempStore()
        let store = try temp.open()
        let before = temp.allFiles()
        #expect(throws: StoreError.self) { try store.append([TempStore.reply(store, "dewi", 5, "not on this case")]) }
        #expect(throws: StoreError.self) { try store.append([TempStore.reply(store, "sari", 999, "no such case")]) }
        #expect(throws: StoreError.self) { try store.append([Event(at: Date(), actor: "sari", payload: .pickedUp(number: 1))]) }
        #expect(temp.allFiles() == before)
    }

    @Test func confidentialTextStaysInPrivate() throws {
        let temp = try TempStore()
        let store = try temp.open()
        let secret = "RAHASIA-\(UUID().uuidString)"
        try store.append([TempStore.reply(store, "budi", 5, secret, .bkOnly)])
        try store.withLock { try store.writeSnapshot() }
        for (path, bytes) in temp.allFiles() {
            let contains = String(decoding: bytes, as: UTF8.self).contains(secret)
            #expect(contains == path.hasPrefix("private/"), "\(path)")
        }
        let reopened = try temp.open()
        let asBudi = try reopened.readable(5, for: reopened.school.staff["budi"]!)!
        #expect(asBudi.c.messages.last?.text == secret)
        let asRina = try reopened.readable(5, for: reopened.school.staff["rina"]!)!
        #expect(asRina.c.messages.last?.text == nil)
        #expect(asRina.c.messages.last?.author == "budi")
        #expect(asRina.redacted >= 1)
    }

    @Test func aTornTailAtEveryByteOfTheLastRecordIsMovedAside() throws {
        let temp = try TempStore(demo: false)
        let seed = try temp.open()
        try seed.append(Array(DemoSchool.events.prefix(20)))
        let good = temp.bytes(temp.journal)
        try seed.append([DemoSchool.events[20]])
        let full = temp.bytes(temp.journal)
        let expected = try temp.open().school.lastSeq - 1
        for cut in good.count..<(full.count - 1) {
            temp.write(temp.journal, Array(full[..<cut]))
            let store = try temp.open()
            #expect(store.school.lastSeq == expected)
            #expect(temp.bytes(temp.journal) == good, "cut at \(cut)")
            if cut > good.count {
                let torn = temp.journal + ".torn-\(good.count)"
                #expect(temp.bytes(torn) == Array(full[good.count..<cut]))
                try FileManager.default.removeItem(atPath: torn)
            }
            try? FileManager.default.removeItem(atPath: temp.layout.snapshot)
        }
    }

    @Test func aFlippedByteMidFileIsRefusedWithFileLineAndByte() throws {
        let temp = try TempStore()
        // With a snapshot, start-up reads only the lines after it (history must not slow it
        // down) and `check` reads them all; without one, opening reads every line.
        try? FileManager.default.removeItem(atPath: temp.layout.snapshot)
        var bytes = temp.bytes(temp.journal)
        let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        let offset = lines[0].count + 1 + lines[1].count + 1 + 40 // inside line 3
        bytes[offset] ^= 0x20
        temp.write(temp.journal, bytes)
        let before = temp.allFiles()
        do {
            _ = try temp.open()
            Issue.record("a damaged store opened")
        } catch let error as StoreError {
            #expect(error.kind == .corrupt)
            #expect(error.message.contains("journal/000001.jsonl line 3 (byte \(lines[0].count + lines[1].count + 2))"))
        }
        #expect(temp.allFiles() == before)
        #expect(try Store.check(temp.root).problems.count == 1)
    }

    @Test func checkFindsDamageThatTheSnapshotHidesFromStartUp() throws {
        let temp = try TempStore()
        let store = try temp.open()
        try store.withLock { try store.writeSnapshot() }
        var bytes = temp.bytes(temp.journal)
        bytes[200] ^= 0x04
        temp.write(temp.journal, bytes)
        _ = try temp.open()
        let problems = try Store.check(temp.root).problems
        #expect(problems.count == 1 && problems[0].message.contains("000001.jsonl line "))
    }

    @Test func aRemovedLineIsDetectedBySequence() throws {
        let temp = try TempStore()
        var lines = temp.bytes(temp.journal).split(separator: UInt8(ascii: "\n")).map(Array.init)
        lines.remove(at: 10)
        temp.write(temp.journal, Array(lines.joined(separator: [UInt8(ascii: "\n")])) + [UInt8(ascii: "\n")])
        #expect(throws: StoreError.self) { _ = try temp.open() }
    }

    @Test func aDamagedStoreDescriptionIsRefused() throws {
        let temp = try TempStore()
        temp.write(temp.layout.info, Array("{\"format\": 1,\n \"school\": ".utf8))
        do {
            _ = try temp.open()
            Issue.record("opened")
        } catch let error as StoreError {
            #expect(error.kind == .corrupt)
            #expect(error.message.contains("store.json line"))
        }
    }
}
