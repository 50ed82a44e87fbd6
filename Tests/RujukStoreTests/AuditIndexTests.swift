import Foundation
import Testing
@testable import RujukDomain
@testable import RujukStore

/// The audit index (issue 16, item 3): `audit --case N` and `audit --who LOGIN` read their files
/// of the index and the lines written since it, and say what a reading of every segment says.
@Suite struct AuditIndexTests {
    /// Each entry's time to the millisecond (the index keeps milliseconds, as the journal does).
    func key(_ entries: [AuditEntry]) -> [String] {
        entries.map { "\(Int64(($0.at.timeIntervalSince1970 * 1000).rounded())) \($0.by) \($0.number ?? 0) \($0.what)" }
    }

    /// What reading every segment says, filtered as the question asks.
    func everything(_ store: Store, number: Int? = nil, who: String? = nil, since: Date? = nil) throws -> [String] {
        key(try store.auditTrail(number: nil, who: nil, since: nil).entries.filter { $0.matches(number: number, who: who, since: since) })
    }

    func indexFiles(_ temp: TempStore, isPrivate: Bool = false) -> [String] {
        let dir = AuditIndex(layout: temp.layout, isPrivate: isPrivate, storeID: "").directory
        return ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).sorted()
    }

    @Test func aCaseOrAPersonIsAnsweredFromTheIndexAndTheLinesSince() throws {
        let temp = try TempStore()
        let store = try temp.open()
        _ = try store.readable(6, for: store.school.staff["budi"]!)   // an opening, in private/
        // The first question indexes the store; a case's and a person's files are written.
        let case6 = try store.auditTrail(number: 6, who: nil, since: nil).entries
        #expect(indexFiles(temp).contains(AuditIndex.caseFile(6)) && indexFiles(temp).contains { $0.hasPrefix(AuditIndex.personPrefix("sari")) })
        #expect(indexFiles(temp, isPrivate: true).contains { $0.hasPrefix(AuditIndex.personPrefix("budi")) })
        #expect(key(case6) == (try everything(store, number: 6)) && case6.contains { if case .opened = $0.what { true } else { false } })
        // Lines written since (fewer than a batch) are read from the journal beside the index.
        try store.append([TempStore.reply(store, "budi", 6, "Sudah lebih baik."), TempStore.reply(store, "sari", 4, "Baik.")])
        let covered = try #require(AuditIndex(layout: temp.layout, isPrivate: false, storeID: store.info.id).covered())
        #expect(covered.offset < store.position.offset)
        let again = try temp.open()
        #expect(key(try again.auditTrail(number: 6, who: nil, since: nil).entries) == (try everything(again, number: 6)))
        #expect(key(try again.auditTrail(number: nil, who: "sari", since: nil).entries) == (try everything(again, who: "sari")))
        let since = DemoSchool.start.addingTimeInterval(3 * 86_400)
        #expect(key(try again.auditTrail(number: nil, who: "budi", since: since).entries) == (try everything(again, who: "budi", since: since)))
        #expect(try Store.check(temp.root).problems.isEmpty)
    }

    /// What the answer is read from: a line planted in a case's file shows in that case's audit,
    /// and `check` names the folder (delete it and it is written again).
    @Test func theAnswerComesFromTheIndexAndCheckNamesAnEditedOne() throws {
        let temp = try TempStore()
        let store = try temp.open()
        _ = try store.auditTrail(number: 4, who: nil, since: nil)
        let index = AuditIndex(layout: temp.layout, isPrivate: false, storeID: store.info.id)
        // After every line there (a line out of order is passed by, and only check tells of it).
        let covered = try #require(index.covered())
        let planted = AuditIndex.Line(segment: covered.segment, offset: covered.offset - 1,
                                      entry: AuditEntry(at: DemoSchool.start, by: "mallory", number: 4, what: .change("closed")))
        let path = index.directory + "/" + AuditIndex.caseFile(4)
        temp.write(path, temp.bytes(path) + AuditIndex.text(planted))
        #expect(try store.auditTrail(number: 4, who: nil, since: nil).entries.contains { $0.by == "mallory" })
        let problems = try Store.check(temp.root).problems
        #expect(problems.map(\.reason) == [.auditIndexDiffers(index.directory, path)])
        try FileManager.default.removeItem(atPath: index.directory)
        #expect(key(try store.auditTrail(number: 4, who: nil, since: nil).entries) == (try everything(store, number: 4)))
        #expect(try Store.check(temp.root).problems.isEmpty)
        // One planted among the lines already there is passed by, and check tells of it too.
        let early = AuditIndex.Line(segment: 1, offset: 1, entry: AuditEntry(at: DemoSchool.start, by: "mallory", number: 4, what: .change("closed")))
        temp.write(path, temp.bytes(path) + AuditIndex.text(early))
        #expect(!(try store.auditTrail(number: 4, who: nil, since: nil).entries.contains { $0.by == "mallory" }))
        #expect(try Store.check(temp.root).problems.map(\.reason) == [.auditIndexDiffers(index.directory, path)])
    }

    /// A journal cut shorter than the index (a torn tail moved aside, a restore from an older
    /// copy) leaves an index of lines that are gone: it is not believed, the segments answer,
    /// `check` is clean, and the next question writes it anew.
    @Test func anIndexOfLinesThatAreGoneIsNotBelieved() throws {
        let temp = try TempStore()
        let store = try temp.open()
        try store.append([TempStore.reply(store, "sari", 4, "Satu."), TempStore.reply(store, "sari", 4, "Dua.")])
        _ = try store.auditTrail(number: 4, who: nil, since: nil)
        let index = AuditIndex(layout: temp.layout, isPrivate: false, storeID: store.info.id)
        #expect(index.covered() == AuditIndex.Mark(segment: 1, offset: store.position.offset))
        // The last line cut in two: opening moves the piece aside and truncates.
        let bytes = temp.bytes(temp.journal)
        temp.write(temp.journal, Array(bytes.dropLast(20)))
        let reopened = try temp.open()
        #expect(index.covered() == nil)
        #expect(key(try reopened.auditTrail(number: 4, who: nil, since: nil).entries) == (try everything(reopened, number: 4)))
        #expect(try Store.check(temp.root).problems.isEmpty)
        #expect(index.covered() == AuditIndex.Mark(segment: 1, offset: reopened.position.offset))
        // New lines after the cut, past where the old index stopped: still not the old index's.
        try reopened.append((0..<3).map { TempStore.reply(reopened, "sari", 4, "Lagi \($0).") })
        #expect(key(try reopened.auditTrail(number: 4, who: nil, since: nil).entries) == (try everything(reopened, number: 4)))
    }

    /// A damaged line is read past (the segments answer instead); a torn last line, which a
    /// crash leaves, is cut off by the next write and loses nothing.
    @Test func aDamagedOrTornIndexLosesNothing() throws {
        let temp = try TempStore()
        let store = try temp.open()
        _ = try store.auditTrail(number: 4, who: nil, since: nil)
        let index = AuditIndex(layout: temp.layout, isPrivate: false, storeID: store.info.id)
        let budiFiles = indexFiles(temp).filter { $0.hasPrefix(AuditIndex.personPrefix("budi")) }
        #expect(budiFiles.count == 1)
        let path = index.directory + "/" + budiFiles[0]
        let good = temp.bytes(path)
        temp.write(path, Array("garbage line\n".utf8) + good)
        #expect(key(try store.auditTrail(number: nil, who: "budi", since: nil).entries) == (try everything(store, who: "budi")))
        #expect(!(try Store.check(temp.root).problems.isEmpty))

        temp.write(path, good + Array("1 20".utf8))
        #expect(key(try store.auditTrail(number: nil, who: "budi", since: nil).entries) == (try everything(store, who: "budi")))
        // The next batch starts on a line of its own.
        let lines = [AuditIndex.Line(segment: 1, offset: store.position.offset,
                                     entry: AuditEntry(at: DemoSchool.start, by: "budi", number: nil, what: .change("pickedUp")))]
        try index.add(lines, end: AuditIndex.Mark(segment: 1, offset: store.position.offset))
        #expect(temp.bytes(path) == good + AuditIndex.text(lines[0]))
    }

    /// A person's lines are filed by month, so `--since` reads only the months it asks for.
    @Test func aPersonsMonthsAreReadFromTheMonthAsked() throws {
        let temp = try TempStore()
        let store = try temp.open()
        let index = AuditIndex(layout: temp.layout, isPrivate: false, storeID: store.info.id)
        let october = ISODate.parse("2026-10-31T23:59:00Z")!, december = ISODate.parse("2026-12-01T00:00:00Z")!
        let lines = [october, december].enumerated().map { i, at in
            AuditIndex.Line(segment: 1, offset: i, entry: AuditEntry(at: at, by: "wati", number: nil, what: .change("pickedUp")))
        }
        let end = AuditIndex.Mark(segment: 1, offset: store.position.offset)
        try index.add(lines, end: end)
        // The demo's own lines of hers are of November.
        #expect(index.files(number: nil, who: "wati", since: nil) == ["by-77617469-202610", "by-77617469-202611", "by-77617469-202612"])
        #expect(index.files(number: nil, who: "wati", since: ISODate.parse("2026-11-15T00:00:00Z")!) == ["by-77617469-202611", "by-77617469-202612"])
        #expect(index.files(number: nil, who: "wati", since: december) == ["by-77617469-202612"])
        #expect(index.files(number: 12_345, who: "wati", since: nil) == ["case-000012"])
        #expect(index.files(number: nil, who: nil, since: october) == nil)
        // A login too long for a file name still has a file of its own.
        let long = String(repeating: "panjang", count: 40)
        let name = AuditIndex.personFile(long, at: october)
        #expect(name.utf8.count < 200 && name != AuditIndex.personFile(long + "x", at: october))
        try index.add([AuditIndex.Line(segment: 1, offset: 3, entry: AuditEntry(at: october, by: long, number: nil, what: .change("pickedUp")))],
                      end: end)
        #expect(index.files(number: nil, who: long, since: nil) == [name])
    }

    @Test func anIndexLineRoundTripsWhateverTheLoginAndRefusesWhatIsNotOne() {
        let at = Date(timeIntervalSince1970: 1_790_000_000.123)
        for entry in [AuditEntry(at: at, by: "budi", number: 123_456, what: .change("messagePosted")),
                      AuditEntry(at: at, by: "a b\n\u{1b}[2J", number: nil, what: .pinRefused(login: "x y")),
                      AuditEntry(at: at, by: "wati", number: 7, what: .opened(entries: [3, 17])),
                      AuditEntry(at: at, by: "wati", number: 7, what: .opened(entries: []))] {
            let line = AuditIndex.Line(segment: 2, offset: 40, entry: entry)
            let text = AuditIndex.text(line)
            #expect(text.filter { $0 == UInt8(ascii: "\n") }.count == 1)
            let back = AuditIndex.parse(text.dropLast()[...])
            #expect(back.map { key([$0.entry]) } == key([entry]) && back?.segment == 2 && back?.offset == 40)
        }
        for bad in ["", "1 2 3", "0 0 1 4 closed 62 -", "1 0 x 4 closed 62 -", "1 0 1 4 clo sed 62 -", "1 0 1 4 closed 6 -",
                    "1 0 1 0 closed 62 -", "1 0 1 4 opened 62 3,x", "1 0 1 4 closed 62 extra"] {
            #expect(AuditIndex.parse(Array(bad.utf8)[...]) == nil, "\(bad)")
        }
    }

    /// Writers file the lines they folded or wrote from memory, not read again; two writers taking
    /// turns and a third that saw none of it leave an index that says what the segments say.
    @Test func linesFiledFromMemorySayWhatTheSegmentsSay() throws {
        let temp = try TempStore()
        let (a, b, late) = (try temp.open(), try temp.open(), try temp.open())
        let index = AuditIndex(layout: temp.layout, isPrivate: false, storeID: a.info.id)
        let before = index.covered()
        // Far past 64 KiB, each taking turns: each run holds the other's lines too.
        for i in 0..<400 {
            let store = i % 2 == 0 ? a : b
            try store.append([TempStore.reply(store, "budi", i % 3 == 0 ? 4 : 6, "Catatan \(i): " + String(repeating: "baik ", count: 30))])
        }
        let covered = try #require(index.covered())
        #expect(before == nil || covered != before)
        // The third appends after all of it, its run starting where it joined.
        try late.append([TempStore.reply(late, "budi", 4, "Terakhir.")])
        let fresh = try temp.open()
        #expect(key(try fresh.auditTrail(number: 4, who: nil, since: nil).entries) == (try everything(fresh, number: 4)))
        #expect(key(try fresh.auditTrail(number: nil, who: "budi", since: nil).entries) == (try everything(fresh, who: "budi")))
        #expect(try Store.check(temp.root).problems.isEmpty)
    }

    /// A process that read the snapshot and folded nothing writes the index from the segments
    /// on its first question (its run of lines in memory is empty, and knows nothing past it).
    @Test func aProcessThatFoldedNothingStillWritesTheIndex() throws {
        let temp = try TempStore()
        let store = try temp.open()
        try store.withLock { try store.writeSnapshot() }
        // No index yet (the demo's creation wrote one: gone, as in a store made before it).
        let index = AuditIndex(layout: temp.layout, isPrivate: false, storeID: store.info.id)
        try FileManager.default.removeItem(atPath: index.directory)
        let fresh = try temp.open()
        #expect(fresh.auditRun.lines.isEmpty)
        #expect(index.covered() == nil)
        #expect(key(try fresh.auditTrail(number: 4, who: nil, since: nil).entries) == (try everything(fresh, number: 4)))
        let covered = try #require(index.covered())
        #expect(covered == AuditIndex.Mark(segment: fresh.position.segment, offset: fresh.position.offset))
    }
}
