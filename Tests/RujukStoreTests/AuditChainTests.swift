#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing
@testable import RujukDomain
@testable import RujukStore

@Suite struct AuditChainTests {
    @Test func sha256MatchesTheStandardVectors() {
        #expect(SHA256.hex([UInt8]()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    @Test func everyLineRecordsTheHashOfTheLineBefore() throws {
        let temp = try TempStore()
        let store = try temp.open()
        try store.append([TempStore.reply(store, "budi", 6, "Rahasia.", .bkOnly)])
        for isPrivate in [false, true] {
            let lines = temp.bytes(temp.layout.segment(1, isPrivate: isPrivate)).split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).dropLast()
            var expected = JournalLine.genesis(storeID: store.info.id, isPrivate: isPrivate)
            for line in lines {
                #expect(JournalLine.parse(line)?.prev == expected)
                expected = JournalLine.hash(ofLine: Array(line) + [UInt8(ascii: "\n")])
            }
            let report = try Store.verifyChain(temp.root, isPrivate: isPrivate)
            #expect(report.problems.isEmpty && report.head == expected && report.lines == lines.count)
        }
    }

    /// Rewrites line `index` (0-based) of the journal with a new body and a correct checksum,
    /// as someone with write access and a text editor would.
    func forge(_ temp: TempStore, line index: Int, _ change: (String) -> String) {
        var lines = temp.bytes(temp.journal).split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map(Array.init)
        let parsed = JournalLine.parse(lines[index][...])!
        let body = Array(change(String(decoding: parsed.body, as: UTF8.self)).utf8)
        lines[index] = Array(JournalLine.encode(body: body, prev: parsed.prev!).dropLast())
        temp.write(temp.journal, Array(lines.joined(separator: [UInt8(ascii: "\n")])))
    }

    @Test func anEditedLineIsNamed() throws {
        let temp = try TempStore()
        forge(temp, line: 9) { $0.replacingOccurrences(of: "\"2026", with: "\"2025") }
        let problems = try Store.verifyChain(temp.root, isPrivate: false).problems
        #expect(problems.map(\.reason.key) == [.chainEdited])
        #expect(problems.first?.message.contains("000001.jsonl line 10 was edited") == true)
    }

    @Test func aRemovedLineIsNamed() throws {
        let temp = try TempStore()
        var lines = temp.bytes(temp.journal).split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        lines.remove(at: 30)
        temp.write(temp.journal, Array(lines.joined(separator: [UInt8(ascii: "\n")])))
        let problems = try Store.verifyChain(temp.root, isPrivate: false).problems
        #expect(problems.map(\.reason.key) == [.chainRemoved])
        #expect(problems.first?.message.contains("line 31 follows sequence number 30 with 32") == true)
    }

    @Test func reorderedLinesAreNamed() throws {
        let temp = try TempStore()
        var lines = temp.bytes(temp.journal).split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        lines.swapAt(20, 21)
        temp.write(temp.journal, Array(lines.joined(separator: [UInt8(ascii: "\n")])))
        let problems = try Store.verifyChain(temp.root, isPrivate: false).problems
        #expect(!problems.isEmpty && problems.allSatisfy { $0.reason.key == .chainReordered })
        #expect(problems.first?.message.contains("line 21 is out of order") == true)
    }

    @Test func aLineWithoutHashAmongChainedOnesIsAnInsertion() throws {
        let temp = try TempStore()
        var lines = temp.bytes(temp.journal).split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map(Array.init)
        let body = Array(JournalLine.parse(lines[5][...])!.body)
        // The format written before the chain: checksum and body only.
        lines[5] = Array(#"{"sum":""#.utf8) + Array(CRC32.hex(CRC32.checksum(body)).utf8) + Array(#"","event":"#.utf8) + body + [UInt8(ascii: "}")]
        temp.write(temp.journal, Array(lines.joined(separator: [UInt8(ascii: "\n")])))
        let reasons = try Store.verifyChain(temp.root, isPrivate: false).problems.map(\.reason.key)
        #expect(reasons.contains(.chainMissing))
    }

    @Test func aJournalFromAnotherStoreDoesNotVerify() throws {
        let temp = try TempStore()
        let other = try TempStore()
        temp.write(temp.journal, other.bytes(other.journal))
        #expect(try Store.verifyChain(temp.root, isPrivate: false).problems.map(\.reason.key) == [.chainBadStart])
    }

    @Test func linesWrittenBeforeTheChainStillOpenAndNewOnesChainOnto() throws {
        let temp = try TempStore()
        let lines = temp.bytes(temp.journal).split(separator: UInt8(ascii: "\n")).map { line -> [UInt8] in
            let body = Array(JournalLine.parse(line)!.body)
            return Array(#"{"sum":""#.utf8) + Array(CRC32.hex(CRC32.checksum(body)).utf8) + Array(#"","event":"#.utf8) + body + [UInt8(ascii: "}"), UInt8(ascii: "\n")]
        }
        temp.write(temp.journal, Array(lines.joined()))
        try? FileManager.default.removeItem(atPath: temp.layout.snapshot)
        let store = try temp.open()
        try store.append([TempStore.reply(store, "sari", 4, "Baik.")])
        let report = try Store.verifyChain(temp.root, isPrivate: false)
        #expect(report.problems.isEmpty && report.unchained == lines.count && report.lines == lines.count + 1)
    }

    @Test func openingConfidentialEntriesIsRecordedOnceAndWithoutTheirText() throws {
        let temp = try TempStore()
        let store = try temp.open()
        let budi = store.school.staff["budi"]!
        let readable = try store.readable(6, for: budi)!
        #expect(readable.auditProblem == nil && !readable.privateUnavailable)
        _ = try store.readable(6, for: budi)  // a redraw of the same thread
        let trail = try store.auditTrail(number: 6, who: "budi", since: nil)
        let openings = trail.entries.filter { if case .opened = $0.what { true } else { false } }
        #expect(trail.openingsReadable && openings.count == 1)
        guard case .opened(let seqs)? = openings.first?.what else { Issue.record("no opening"); return }
        let confidential = readable.c.messages.filter { $0.visibility.isConfidential }.map(\.seq)
        #expect(!confidential.isEmpty && Set(confidential).isSubset(of: Set(seqs)))
        // A second process opening it again is a new opening.
        _ = try temp.open().readable(6, for: budi)
        #expect(try store.auditTrail(number: 6, who: nil, since: nil).entries.filter { $0.what != .change("messagePosted") }.count > 1)
        // The opening lines hold sequence numbers, never text.
        let openingLines = String(decoding: temp.bytes(temp.layout.segment(1, isPrivate: true)), as: UTF8.self)
            .split(separator: "\n").filter { $0.contains(#""kind":"opened""#) }
        #expect(openingLines.count == 2 && openingLines.allSatisfy { !$0.contains("text") })
        #expect(try Store.verifyChain(temp.root, isPrivate: true).problems.isEmpty)
    }

    /// A student's record opens every case of theirs at once: each case with a confidential
    /// entry gets its own opening line, written together and chained like any other.
    @Test func aStudentsRecordRecordsAnOpeningForEachCaseItOpens() throws {
        let temp = try TempStore()
        let store = try temp.open()
        let budi = store.school.staff["budi"]!
        let student = store.school.cases[6]!.studentID
        // Close case 6, open a second case for the same student, write in it in confidence.
        let holder = try #require(store.school.cases[6]!.assignee)
        try store.append([Event(at: Date(), actor: holder, payload: .closed(number: 6, outcome: .resolved, summary: "Selesai."))])
        let n = store.school.nextCaseNumber
        let flag = Flag(by: "sari", subject: nil, saw: "x", tried: nil, parentsInformed: false, at: Date())
        try store.append([Event(at: Date(), actor: "sari", payload: .caseOpened(CaseOpened(number: n, studentID: student, area: .belajar, concern: "c", urgency: .routine, flag: flag))),
                          Event(at: Date(), actor: "budi", payload: .pickedUp(number: n))])
        try store.append([TempStore.reply(store, "budi", n, "Rahasia kedua.", .bkOnly)])
        let privateBefore = temp.bytes(temp.layout.segment(1, isPrivate: true)).count
        let record = try temp.open().record(ofStudent: student, for: budi)
        #expect(Set(record.map(\.caseNumber)).isSuperset(of: [6, n]))
        let lines = String(decoding: temp.bytes(temp.layout.segment(1, isPrivate: true)).dropFirst(privateBefore), as: UTF8.self)
            .split(separator: "\n")
        #expect(lines.count == 2 && lines.allSatisfy { $0.contains(#""kind":"opened""#) && $0.contains(#""by":"budi""#) })
        let numbers = lines.compactMap { line in line.firstMatch(of: /"number":(\d+)[,}]/).flatMap { Int($0.1) } }
        #expect(Set(numbers) == [6, n])
        #expect(try Store.verifyChain(temp.root, isPrivate: true).problems.isEmpty)
        let trail = try store.auditTrail(number: n, who: "budi", since: nil)
        #expect(trail.entries.contains { if case .opened = $0.what { true } else { false } })
    }

    @Test func aTeacherReadingTheCaseOpensNothingConfidential() throws {
        let temp = try TempStore()
        let store = try temp.open()
        let dewi = store.school.staff["dewi"]!
        let readable = try store.readable(6, for: dewi)!
        #expect(readable.redacted > 0)
        #expect(readable.c.messages.filter { $0.visibility.isConfidential }.allSatisfy { $0.text == nil })
        let openings = try store.auditTrail(number: nil, who: "dewi", since: nil).entries.filter { if case .opened = $0.what { true } else { false } }
        #expect(openings.isEmpty)
    }

    @Test func theTrailFiltersByCasePersonAndDay() throws {
        let temp = try TempStore()
        let store = try temp.open()
        let all = try store.auditTrail(number: nil, who: nil, since: nil).entries
        #expect(all.count == DemoSchool.events.count)
        let case6 = try store.auditTrail(number: 6, who: nil, since: nil).entries
        #expect(!case6.isEmpty && case6.allSatisfy { $0.number == 6 })
        let sari = try store.auditTrail(number: nil, who: "sari", since: nil).entries
        #expect(!sari.isEmpty && sari.allSatisfy { $0.by == "sari" })
        let later = all[all.count / 2].at
        #expect(try store.auditTrail(number: nil, who: nil, since: later).entries.allSatisfy { $0.at >= later })
        // In the order recorded: the journal's own (the demo's history was written case by case).
        #expect(all.map(\.what) == DemoSchool.events.map { .change($0.payload.typeName) })
    }

    @Test func filesKeepTheirModesUnderAStrictUmask() throws {
        let old = umask(0o077)
        defer { umask(old) }
        let temp = try TempStore()
        let store = try temp.open()
        try store.append([TempStore.reply(store, "budi", 6, "Rahasia lagi.", .bkOnly)])
        _ = try store.readable(6, for: store.school.staff["budi"]!)
        for path in [temp.layout.info, temp.layout.lock, temp.journal, temp.layout.segment(1, isPrivate: true)] {
            #expect(FileSystem.status(path)?.mode == 0o660, "\(path)")
        }
        #expect(FileSystem.status(temp.root)?.mode == 0o2770)
        #expect(FileSystem.status(temp.layout.privateDirectory)?.mode == 0o3770)
        #expect(Store.modeProblems(temp.layout, info: store.info).isEmpty)
    }

    @Test func checkNamesAWorldReadableFileAndAMissingSetgid() throws {
        let temp = try TempStore()
        chmod(temp.journal, 0o664)
        chmod(temp.layout.privateDirectory, 0o770)
        let problems = try Store.check(temp.root).problems
        #expect(problems.contains { $0.reason.key == .readableByOthers && $0.message.contains("chmod o-rwx \(temp.journal)") })
        #expect(problems.contains { $0.reason.key == .notSetgid && $0.args.first == temp.layout.privateDirectory })
    }
}

/// Groups on disk: needs root (as CI runs) to give files to a group it is not in.
@Suite(.enabled(if: geteuid() == 0, "needs root to change a file's group"))
struct StoreGroupTests {
    func schoolStore() throws -> (String, StoreInfo) {
        let root = NSTemporaryDirectory() + "rujuk-groups-" + UUID().uuidString
        let info = StoreInfo(school: "SMP Uji", created: Date(), lang: "en", demo: false, group: "root", bkGroup: "daemon")
        _ = try Store.create(at: root, info: info, events: [Event(at: Date(), actor: "admin", payload: .staffAdded(Staff(login: "admin", name: "Operator", roles: [.admin])))])
        return (root, info)
    }

    @Test func initGivesTheStoreToOneGroupAndPrivateToTheOther() throws {
        let (root, info) = try schoolStore()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let layout = StoreLayout(root)
        #expect(FileSystem.groupName(of: root) == "root" && FileSystem.groupName(of: layout.journalDirectory) == "root")
        #expect(FileSystem.groupName(of: layout.privateDirectory) == "daemon")
        #expect(FileSystem.status(layout.privateDirectory)?.mode == 0o3770)
        #expect(Store.modeProblems(layout, info: info).isEmpty)
    }

    @Test func checkNamesAFileInTheWrongGroupAndPrivateOpenToTheStaff() throws {
        let (root, info) = try schoolStore()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let layout = StoreLayout(root)
        try UnixGroup.assign(layout.segment(1), to: UnixGroup.id(named: "daemon")!)
        try UnixGroup.assign(layout.privateDirectory, to: 0)
        let problems = Store.modeProblems(layout, info: info)
        #expect(problems.contains { $0.reason.key == .wrongGroup && $0.message.contains("sudo chgrp root \(layout.segment(1))") })
        #expect(problems.contains { $0.reason.key == .privateOpenToStaff && $0.message.contains("sudo chgrp -R daemon") })
    }

    @Test func aStoreNamingAnUnknownGroupIsNotCreated() {
        let root = NSTemporaryDirectory() + "rujuk-groups-" + UUID().uuidString
        let info = StoreInfo(school: "SMP Uji", created: Date(), lang: "en", demo: false, group: "no-such-group-rujuk")
        #expect(throws: StoreError.self) { try Store.create(at: root, info: info, events: []) }
        #expect(!FileManager.default.fileExists(atPath: root))
    }
}

/// `check` replays every line through the domain's rules and compares the snapshot with the
/// journal: a line written by hand, with a right checksum and chain, is still named.
@Suite struct CheckReplayTests {
    /// Appends `event` as a forger with write access would: numbered, checksummed and chained.
    func forge(_ t: TempStore, _ event: Event) throws {
        let store = try t.open()
        var e = event
        e.seq = store.school.lastSeq + 1
        let size = FileSystem.fileSize(t.journal) ?? 0
        let prev = try store.chainHead(isPrivate: false, segment: 1, size: size)
        let line = JournalLine.encode(body: Array(try JSONCoding.encoder().encode(e)), prev: prev)
        let fd = Glibc.open(t.journal, O_WRONLY | O_APPEND)
        _ = line.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
        close(fd)
    }

    @Test func aForgedLineThatBreaksARuleIsNamed() throws {
        let t = try TempStore()
        #expect(try Store.check(t.root).problems.isEmpty)
        // A subject teacher "closes" a case and "makes herself admin": the chain holds, the rules do not.
        try forge(t, Event(at: Date(), actor: "sari", payload: .closed(number: 4, outcome: .resolved, summary: nil)))
        try forge(t, Event(at: Date(), actor: "sari", payload: .staffAdded(Staff(login: "sari2", name: "Sari", roles: [.admin]))))
        let problems = try Store.check(t.root).problems
        #expect(problems.filter { $0.reason.key == .refusedLine }.count == 2, "\(problems)")
        #expect(try Store.verifyChain(t.root, isPrivate: false).problems.isEmpty)
    }

    @Test func aForgedLineChangesNothingWhenTheStoreIsOpened() throws {
        let t = try TempStore()
        let before = try t.open().school.cases[4]
        try forge(t, Event(at: Date(), actor: "sari", payload: .closed(number: 4, outcome: .resolved, summary: nil)))
        try forge(t, Event(at: Date(), actor: "sari", payload: .staffAdded(Staff(login: "sari2", name: "Sari", roles: [.admin]))))
        let store = try t.open()
        #expect(store.school.cases[4] == before)
        #expect(store.school.staff["sari2"] == nil)
        // The next change is numbered after the refused lines, so the chain and sequence hold.
        try store.append([TempStore.reply(store, "budi", 4, "after")])
        #expect(try Store.check(t.root).problems.filter { $0.reason.key != .refusedLine }.isEmpty)
        #expect(try t.open().school.cases[4]?.messages.last?.text == "after")
    }

    /// Closes enough cases that the next snapshot also writes them to the history shelf.
    func closeMany(_ t: TempStore) throws {
        let store = try t.open()
        try store.append(TempStore.closedCases(store, count: 205).events)
        try store.withLock { try store.writeSnapshot() }
        // One more change after the history was written: snapshot and history stop at one place, the journal goes on.
        try store.append([TempStore.reply(store, "sari", 4, "later")])
        #expect(FileSystem.exists(t.layout.historyIndex))
    }

    @Test func anEditedClosedCaseInHistoryIsNamed() throws {
        let t = try TempStore()
        try closeMany(t)
        let clean = try Store.check(t.root).problems
        #expect(clean.isEmpty, "\(clean)")
        let segment = t.layout.historySegment(1)
        var text = String(decoding: t.bytes(segment), as: UTF8.self)
        #expect(text.contains("Selesai 20."))
        text = text.replacingOccurrences(of: "Selesai 20.", with: "Selesai 99.")
        t.write(segment, Array(text.utf8))
        let problems = try Store.check(t.root).problems
        #expect(problems.count == 1, "\(problems)")
        #expect(problems.first?.reason.key == .snapshotDiffers && problems.first?.message.contains("history/000001.jsonl") == true, "\(problems)")
    }

    /// Lines are written with their keys in order, and `check` compares bytes; a line written
    /// with its keys in another order (as earlier versions wrote them) is the same case still,
    /// and an edit in one is still found.
    @Test func aHistoryLineWithItsKeysInAnotherOrderIsStillTheCase() throws {
        let t = try TempStore()
        try closeMany(t)
        let segment = t.layout.historySegment(1)
        let lines = t.bytes(segment).split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        let first = Array(lines[0])
        #expect(first.starts(with: Array(#"{"area":"#.utf8)), "keys in order")
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .millisecondsSince1970
        let c = try decoder.decode(Case.self, from: Data(first))
        // The same case, its keys reversed: the same bytes in another order, the same length.
        let object = try JSONSerialization.jsonObject(with: Data(first)) as! [String: Any]
        var reordered = "{"
        for (i, key) in object.keys.sorted(by: >).enumerated() {
            let value = try JSONSerialization.data(withJSONObject: object[key]!, options: [.fragmentsAllowed, .withoutEscapingSlashes])
            reordered += (i > 0 ? "," : "") + "\"\(key)\":" + String(decoding: value, as: UTF8.self)
        }
        reordered += "}"
        #expect(try decoder.decode(Case.self, from: Data(reordered.utf8)) == c)
        guard reordered.utf8.count == first.count else { Issue.record("the reordered line is \(reordered.utf8.count) bytes, not \(first.count)"); return }
        let rest = Array(t.bytes(segment).dropFirst(first.count))
        t.write(segment, Array(reordered.utf8) + rest)
        let clean = try Store.check(t.root).problems
        #expect(clean.isEmpty, "\(clean)")
        // One letter of its summary changed, the length kept: found, and its segment named.
        var edited = reordered
        let at = try #require(edited.range(of: #""summary":""#)).upperBound
        edited.replaceSubrange(at...at, with: edited[at] == "X" ? "Y" : "X")
        #expect(edited != reordered && edited.utf8.count == first.count)
        t.write(segment, Array(edited.utf8) + rest)
        let problems = try Store.check(t.root).problems
        #expect(problems.contains { $0.reason.key == .snapshotDiffers && $0.message.contains("history/000001.jsonl") }, "\(problems)")
    }

    @Test func aClosedCaseHiddenFromBothFilesIsNamed() throws {
        let t = try TempStore()
        try closeMany(t)
        // Take one closed case out of the history index (its last line, as a forger would).
        var lines = t.bytes(t.layout.historyIndex).split(separator: UInt8(ascii: "\n"))
        lines.removeLast()
        t.write(t.layout.historyIndex, Array(lines.map(Array.init).joined(separator: [10])) + [10])
        let problems = try Store.check(t.root).problems
        #expect(problems.contains { $0.reason.key == .snapshotDiffers && $0.message.contains("history/index") }, "\(problems)")
        #expect(problems.contains { $0.reason.key == .snapshotDiffers && $0.message.contains("snapshot.json") }, "\(problems)")
    }

    @Test func aCraftedSnapshotIsNamed() throws {
        let t = try TempStore()
        let store = try t.open()
        try store.withLock { try store.writeSnapshot() }
        #expect(try Store.check(t.root).problems.isEmpty)
        // One case handed to another counsellor, the file written as Rujuk writes it.
        var snapshot = try store.snapshotDecoder.decode(SnapshotFile.self, from: Data(t.bytes(t.layout.snapshot)))
        var cases = try CaseCodec.decodeCases(try #require(snapshot.caseBytes))
        let budis = try #require(cases.firstIndex { $0.assignee == "budi" })
        cases[budis].assignee = "wati"
        snapshot.caseBytes = try CaseCodec.encode(cases: cases)
        t.write(t.layout.snapshot, Array(try store.snapshotEncoder.encode(snapshot)))
        let problems = try Store.check(t.root).problems
        #expect(problems.contains { $0.reason.key == .snapshotDiffers && $0.args.last == "cases" }, "\(problems)")
    }
}
