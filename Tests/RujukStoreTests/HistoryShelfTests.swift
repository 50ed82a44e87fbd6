#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing
import RujukDomain
@testable import RujukStore

/// The history shelf (`history/`): closed cases written as they close, never all again; read by
/// case and by student through the index; only a copy of what the journal says.
@Suite struct HistoryShelfTests {
    /// The demo school with 210 more cases opened and closed, every summary read, and a
    /// snapshot that shelves them all.
    func shelved() throws -> (TempStore, [Int]) {
        let t = try TempStore()
        let store = try t.open()
        let (events, numbers) = TempStore.closedCases(store, count: 210)
        try store.append(events)
        try store.append(TempStore.summariesRead(store))
        try store.withLock { try store.writeSnapshot() }
        return (t, numbers)
    }

    func indexLines(_ t: TempStore) -> [String] {
        String(decoding: t.bytes(t.layout.historyIndex), as: UTF8.self).split(separator: "\n").dropFirst().map(String.init)
    }

    @Test func aCaseClosedReopenedAndClosedAgainIsReadAtItsLastVersion() throws {
        let (t, numbers) = try shelved()
        let n = numbers[3]
        let first = try t.open()
        try first.append([Event(at: Date(), actor: "budi", payload: .reopened(number: n, reason: "Lagi."))])
        #expect(!first.school.historyLoaded && first.school.cases.values.filter(\.isClosed).isEmpty)
        try first.append([TempStore.reply(first, "budi", n, "Sudah membaik."),
                          Event(at: Date(), actor: "budi", payload: .closed(number: n, outcome: .monitoring, summary: "Dipantau."))])
        let before = t.bytes(t.layout.historySegment(1))
        try first.withLock { try first.writeSnapshot() }
        // Only the case that changed is written again; nothing already there is rewritten.
        let after = t.bytes(t.layout.historySegment(1))
        #expect(Array(after.prefix(before.count)) == before)
        #expect(String(decoding: after[before.count...], as: UTF8.self).split(separator: "\n").count == 1)
        #expect(indexLines(t).filter { $0.hasPrefix("\(n) ") }.count == 2)

        let later = try t.open()
        try later.loadHistory(ofCase: n)
        // Message bodies are read from the journal by reference, as for any case.
        #expect(later.school.cases[n]?.outcome == .monitoring && later.school.cases[n]?.messages == first.school.cases[n]?.messages.map { m in
            var m = m
            m.text = m.ref == nil ? m.text : nil
            return m
        })
        #expect(later.school.cases.values.filter(\.isClosed).map(\.number) == [n])
        let problems = try Store.check(t.root).problems
        #expect(problems.isEmpty, "\(problems.map(\.message))")
    }

    @Test func aStudentsRecordFollowsThemIntoANewClass() throws {
        let (t, numbers) = try shelved()
        let store = try t.open()
        try store.loadHistory(ofCase: numbers[0])
        var student = try #require(store.school.students[store.school.cases[numbers[0]]!.studentID])
        student.className = "IX-B"
        try store.append([Event(at: Date(), actor: "admin", payload: .studentChanged(student))])
        try store.withLock { try store.writeSnapshot() }
        let later = try t.open()
        try later.loadHistory(ofStudent: student.id)
        #expect(!later.school.historyLoaded)
        #expect(later.school.students[student.id]?.className == "IX-B")
        #expect(later.school.cases.values.filter(\.isClosed).map(\.number) == [numbers[0]])
        #expect(try Store.check(t.root).problems.isEmpty)
    }

    @Test func aDamagedIndexIsNamedReadFromTheJournalAndWrittenAgain() throws {
        let (t, numbers) = try shelved()
        var text = String(decoding: t.bytes(t.layout.historyIndex), as: UTF8.self)
        let line = indexLines(t)[5]
        text = text.replacingOccurrences(of: line, with: "five " + line)
        t.write(t.layout.historyIndex, Array(text.utf8))
        let problems = try Store.check(t.root).problems
        #expect(problems.contains { $0.reason.key == .historyDamaged && $0.message.contains("history/index line 7") }, "\(problems)")
        // The case is still there: read from the journal instead.
        let store = try t.open()
        try store.loadHistory(ofCase: numbers[5])
        #expect(store.school.cases[numbers[5]]?.summary == "Selesai \(numbers[5]).")
        // The next snapshot sets the damaged shelf aside and writes a whole one.
        try store.withLock { try store.writeSnapshot() }
        #expect(try Store.check(t.root).problems.isEmpty)
        let asides = try FileManager.default.contentsOfDirectory(atPath: t.root).filter { $0.hasPrefix("history.damaged-") }
        #expect(asides.count == 1)
        let later = try t.open()
        try later.loadHistory(ofCase: numbers[5])
        #expect(later.school.cases[numbers[5]]?.isClosed == true && !later.school.historyLoaded)
    }

    @Test func aMissingIndexRebuildsFromTheJournal() throws {
        let (t, numbers) = try shelved()
        unlink(t.layout.historyIndex)
        let store = try t.open()
        // The snapshot relies on lines that are gone: the store was rebuilt, every case in memory.
        #expect(store.school.historyLoaded && numbers.allSatisfy { store.school.cases[$0]?.isClosed == true })
        try store.withLock { try store.writeSnapshot() }
        #expect(indexLines(t).count == store.school.cases.values.filter(\.isClosed).count)
        #expect(try Store.check(t.root).problems.isEmpty)
    }

    @Test func aTornWriteOnTheShelfIsCutOffAndLosesNothing() throws {
        let (t, numbers) = try shelved()
        // A crash mid-write: half a case on the segment, half an index line.
        let segment = try FileDescriptor.openForAppend(t.layout.historySegment(1), mode: 0o660)
        try segment.writeOnce(Array("{\"number\":99999,\"stud".utf8))
        let index = try FileDescriptor.openForAppend(t.layout.historyIndex, mode: 0o660)
        try index.writeOnce(Array("99999 1 1 4".utf8))
        let store = try t.open()
        try store.loadHistory(ofCase: numbers[1])
        #expect(store.school.cases[numbers[1]]?.isClosed == true)
        try store.append([Event(at: Date(), actor: "budi", payload: .reopened(number: numbers[1], reason: nil)),
                          Event(at: Date(), actor: "budi", payload: .closed(number: numbers[1], outcome: .resolved, summary: "Lagi."))])
        try store.withLock { try store.writeSnapshot() }
        #expect(!String(decoding: t.bytes(t.layout.historyIndex), as: UTF8.self).contains("99999"))
        let later = try t.open()
        try later.loadHistory()
        #expect(later.school.cases[numbers[1]]?.summary == "Lagi.")
        #expect(numbers.allSatisfy { later.school.cases[$0]?.isClosed == true })
        #expect(try Store.check(t.root).problems.isEmpty)
    }

    @Test func closedCasesArriveNewestFirstInBatchesWithoutFillingTheSchool() throws {
        let (t, numbers) = try shelved()
        let store = try t.open()
        // One closed since the snapshot, in memory only: it takes its place among the others.
        try store.append([Event(at: Date(), actor: "budi", payload: .closed(number: 4, outcome: .resolved, summary: "Ok."))])
        var batches: [[Int]] = []
        var allClosed = true
        try store.closedCases(newestFirst: { batch in
            allClosed = allClosed && batch.allSatisfy(\.isClosed)
            batches.append(batch.map(\.number))
        }, batch: 50)
        #expect(allClosed)
        let whole = try t.open()
        try whole.loadHistory()
        let expected = whole.school.cases.values.filter(\.isClosed).map(\.number).sorted(by: >)
        #expect(batches.joined().map { $0 } == expected && expected.contains(4) && expected.count > numbers.count)
        #expect(batches.count == (expected.count + 49) / 50)
        #expect(!store.school.historyLoaded && store.school.cases.values.filter(\.isClosed).map(\.number) == [4])
    }

    /// A lost snapshot is rebuilt with the closed cases sent to the shelf as the fold goes: a
    /// rebuild holds about the open cases, a case reopened after it left memory is read back,
    /// and the school is the one a rebuild holding all of history makes.
    @Test func aRebuildSendsClosedCasesToTheShelfAsItGoes() throws {
        let t = try TempStore()
        let store = try t.open()
        let (events, numbers) = TempStore.closedCases(store, count: 420)
        try store.append(events)
        try store.append(TempStore.summariesRead(store))
        // One of the first to close is reopened and answered after many more closed.
        try store.append([Event(at: Date(), actor: "budi", payload: .reopened(number: numbers[0], reason: "Lagi.")),
                          TempStore.reply(store, "budi", numbers[0], "Kembali dibantu.")])
        try FileManager.default.removeItem(atPath: t.layout.snapshot)

        let rebuilt = Store(layout: t.layout, info: store.info)
        rebuilt.shelveEvery = 300
        try rebuilt.rebuild()
        #expect(!rebuilt.school.historyLoaded && FileSystem.exists(t.layout.historyIndex))
        let inMemory = rebuilt.school.cases.values.filter(\.isClosed).count
        #expect(inMemory < 300, "\(inMemory) closed cases in memory")
        #expect(rebuilt.school.cases[numbers[0]]?.isClosed == false && rebuilt.school.cases[numbers[0]]?.messages.last?.text == "Kembali dibantu.")
        try rebuilt.withLock { try rebuilt.writeSnapshot() }
        try rebuilt.loadHistory()
        // The journal folded with every case kept in memory, as before.
        let whole = Store(layout: t.layout, info: store.info)
        try whole.foldNewLines(repair: false)
        #expect(whole.school.historyLoaded && whole.school.cases.count == rebuilt.school.cases.count)
        #expect(stripped(rebuilt.school).cases == stripped(whole.school).cases)
        #expect(try Store.check(t.root).problems.isEmpty)
    }

    /// The interface's "all" list reads closed history a page at a time, newest first, until
    /// none is left; the pages together are all of history.
    @Test func closedCasesArriveAPageAtATimeNewestFirst() throws {
        let (t, _) = try shelved()
        let store = try t.open()
        let before = Set(store.school.cases.keys)
        try store.loadClosedPage(100)
        let page = Set(store.school.cases.keys).subtracting(before)
        #expect(page.count == 100 && !store.school.historyLoaded)
        try store.loadClosedPage(100)
        let next = Set(store.school.cases.keys).subtracting(before).subtracting(page)
        #expect(next.count == 100 && next.max()! < page.min()!)
        var pages = 2
        while !store.school.historyLoaded { try store.loadClosedPage(100); pages += 1 }
        let whole = try t.open()
        try whole.loadHistory()
        #expect(pages == 3 && Set(store.school.cases.keys) == Set(whole.school.cases.keys))
    }

    /// `show N` and a student's record read only their own index lines: case 15 is not 150, a
    /// damaged line of another case is passed by, and one of their own sends the question to
    /// all of history (which still answers).
    @Test func oneCaseOrOneStudentIsFoundByItsOwnIndexLines() throws {
        let (t, numbers) = try shelved()
        let store = try t.open()
        let n = try #require(numbers.first { numbers.contains($0 * 10) })
        let found = try store.shelf.entries(ofCase: n, ofStudent: nil, asOf: store.position.seq, needed: nil)
        #expect(found.map(\.number) == [n])
        let student = found[0].studentID
        let theirs = try store.shelf.entries(ofCase: nil, ofStudent: student, asOf: store.position.seq, needed: nil)
        #expect(!theirs.isEmpty && theirs.allSatisfy { $0.studentID == student })
        try store.shelf.catchUp()
        #expect(Set(theirs.map(\.number)) == Set(store.shelf.current(asOf: store.position.seq) { $0.studentID == student }.map(\.number)))
        // Damage on another case's line is not this question's.
        var lines = indexLines(t)
        let other = try #require(lines.firstIndex { $0.hasPrefix("\(n * 10) ") })
        lines[other] = "garbage"
        t.write(t.layout.historyIndex, Array(("rujuk-history 1 \(store.info.id)\n" + lines.joined(separator: "\n") + "\n").utf8))
        #expect(try store.shelf.entries(ofCase: n, ofStudent: nil, asOf: store.position.seq, needed: nil).map(\.number) == [n])
        let mine = try #require(lines.firstIndex { $0.hasPrefix("\(n) ") })
        lines[mine] = "\(n) garbage"
        t.write(t.layout.historyIndex, Array(("rujuk-history 1 \(store.info.id)\n" + lines.joined(separator: "\n") + "\n").utf8))
        #expect(throws: StoreError.self) { try store.shelf.entries(ofCase: n, ofStudent: nil, asOf: store.position.seq, needed: nil) }
        let reader = try t.open()
        try reader.loadHistory(ofCase: n)
        #expect(reader.school.cases[n]?.summary == "Selesai \(n).")
    }

    /// The index is read a chunk at a time: lines cut by a chunk's end, the header cut too, and
    /// a line longer than the chunk are all found as in one whole read, and damage is named at
    /// its byte in the file, not in the chunk.
    @Test func theIndexReadInSmallChunksFindsWhatOneReadFinds() throws {
        let (t, numbers) = try shelved()
        let store = try t.open()
        let seq = store.position.seq
        try store.shelf.catchUp()
        let student = try #require(store.shelf.entries.first?.studentID)
        let whole = try store.shelf.entries(ofCase: nil, ofStudent: student, asOf: seq, needed: nil)
        for chunk in [1, 7, 33, 64, 1000] {
            let small = try store.shelf.entries(ofCase: nil, ofStudent: student, asOf: seq, needed: nil, chunk: chunk)
            #expect(small.map(\.number).sorted() == whole.map(\.number).sorted())
            for n in numbers.prefix(3) {
                #expect(try store.shelf.entries(ofCase: n, ofStudent: nil, asOf: seq, needed: nil, chunk: chunk).map(\.number) == [n])
            }
        }
        var lines = indexLines(t)
        let last = try #require(numbers.last)
        let at = try #require(lines.firstIndex { $0.hasPrefix("\(last) ") })
        lines[at] = "\(last) garbage"
        let header = "rujuk-history 1 \(store.info.id)\n"
        t.write(t.layout.historyIndex, Array((header + lines.joined(separator: "\n") + "\n").utf8))
        let byte = header.utf8.count + lines[..<at].reduce(0) { $0 + $1.utf8.count + 1 }
        for chunk in [7, 1 << 20] {
            do {
                _ = try store.shelf.entries(ofCase: last, ofStudent: nil, asOf: seq, needed: nil, chunk: chunk)
                Issue.record("damage not found")
            } catch let error as StoreError {
                #expect(error.message.contains("\(at + 2)") && error.message.contains("\(byte)"))
            }
        }
    }

    @Test func anIndexLineRoundTripsAndRefusesWhatIsNotOne() {
        let entry = HistoryShelf.Entry(number: 123456, version: 9, segment: 2, offset: 40, length: 300, latest: 1_700_000_000_000, studentID: "s 1%")
        let line = HistoryShelf.line(entry)
        #expect(HistoryShelf.entry(line.dropLast()[...]) == entry)
        for bad in ["", "1 2 3", "x 9 2 40 300 1 s1", "1 9 2 40 300 1 ", "0 9 2 40 300 1 s1", "1 9 2 -4 300 1 s1"] {
            #expect(HistoryShelf.entry(Array(bad.utf8)[...]) == nil, "\(bad)")
        }
    }

    @Test func theLatestMomentOfACaseIsItsLastDate() {
        let bytes = Array(#"{"number":7,"closedAt":1000,"messages":[{"at":3000,"text":"at 9000"}],"plan":[{"due":2000,"on":"x"}],"note":"closedAt"}"#.utf8)
        #expect(CaseMoments.latest(in: bytes) == 3000)
    }
}
