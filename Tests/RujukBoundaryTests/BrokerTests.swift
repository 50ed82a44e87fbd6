#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing
@testable import RujukBoundary
import RujukDomain
@testable import RujukStore

/// A school store (not a demo: PINs count) with the demo school's people and cases, and a
/// Broker served on a thread at the far end of a socket pair, as the helper serves one.
final class BrokerFixture: @unchecked Sendable {
    static let budiPIN = "482193"
    let root = NSTemporaryDirectory() + "rujuk-boundary-" + UUID().uuidString

    init() throws {
        let info = StoreInfo(school: DemoSchool.name, created: DemoSchool.start, lang: "en", demo: false)
        let pin = Event(at: DemoSchool.start, actor: "admin", payload: .pinSet(login: "budi", hash: try PinHash.make(Self.budiPIN)))
        _ = try Store.create(at: root, info: info, events: DemoSchool.events + [pin])
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    /// A session as the Unix user `unix`, served on its own thread.
    func connect(as unix: String, shared: Bool = false, prepared: Broker? = nil) -> (HelperConnection, Int32) {
        var pair: [Int32] = [0, 0]
        _ = socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0, &pair)
        let broker = Served(prepared ?? Broker(storePath: root, unixLogin: unix, sharedAccount: shared))
        let serverEnd = pair[1]
        let thread = Thread { broker.broker.serve(serverEnd); close(serverEnd) }
        thread.start()
        return (HelperConnection(connectedTo: pair[0]), pair[0])
    }

    func store() throws -> Store { try Store.open(root) }
}

/// The Broker belongs to its serving thread alone once started.
struct Served: @unchecked Sendable {
    let broker: Broker
    init(_ broker: Broker) { self.broker = broker }
}

@Suite struct BrokerTests {
    @Test func aTeachersSessionSeesOnlyHerCasesAndNoHash() throws {
        let f = try BrokerFixture()
        let (sari, _) = f.connect(as: "sari")
        try sari.hello(actAs: nil, pin: nil)
        let whole = try f.store().school
        let person = try #require(whole.staff["sari"])
        #expect(sari.actor?.login == "sari" && sari.facts.behindBoundary)
        let expected = Set(whole.cases.values.filter { whole.canSee(person, $0) }.map(\.number))
        #expect(Set(sari.school.cases.keys) == expected && !expected.isEmpty && expected.count < whole.cases.count)
        #expect(sari.school.staff.values.allSatisfy { $0.pinHash == nil || $0.pinHash == Staff.pinIsSet })
        #expect(sari.school.staff["budi"]?.pinHash == Staff.pinIsSet)
        for c in sari.school.cases.values {
            for m in c.messages where !whole.canRead(person, m.visibility, in: c) { #expect(m.text == nil) }
            for s in c.services where !whole.canRead(person, s.visibility, in: c) { #expect(s.notes == nil) }
        }
        #expect(sari.school.readMarks.keys.allSatisfy { $0 == "sari" })
    }

    /// The helper opens the store before the first request (while `rujuk` reads its command
    /// line); what was written between that opening and the hello is in the welcome.
    @Test func aStoreOpenedAheadOfTheHelloIsBroughtUpToDateFirst() throws {
        let f = try BrokerFixture()
        let broker = Broker(storePath: f.root, unixLogin: "budi", sharedAccount: false)
        broker.prepare()
        let writer = try f.store()
        let number = try #require(writer.school.cases.values.first { $0.assignee == "budi" && !$0.isClosed }?.number)
        try writer.append([Event(at: Date(), actor: "budi", payload: .messagePosted(EntryText(number: number, visibility: .team, text: "Ditulis sesudah dibuka.")))])
        let (budi, _) = f.connect(as: "budi", prepared: broker)
        try budi.sendHello(actAs: nil, pin: nil)
        try budi.receiveWelcome()
        #expect(budi.school.lastSeq == writer.school.lastSeq)
        #expect(budi.school.cases[number]?.messages.last?.text == "Ditulis sesudah dibuka.")
    }

    /// A store that cannot be opened ahead is reported by the hello, as without the early open.
    @Test func aStoreThatCannotBeOpenedAheadIsReportedByTheHello() throws {
        let f = try BrokerFixture()
        try FileManager.default.removeItem(atPath: f.root + "/store.json")
        let broker = Broker(storePath: f.root, unixLogin: "budi", sharedAccount: false)
        broker.prepare()
        let (budi, _) = f.connect(as: "budi", prepared: broker)
        #expect(throws: StoreError.self) { try budi.hello(actAs: nil, pin: nil) }
    }

    /// Live updates without asking every 200 ms: the helper hands over a watch on the journal,
    /// which wakes the session when someone else writes, and the socket beside it.
    @Test func theHelpersWatchWakesTheSessionWhenAnotherWrites() throws {
        let f = try BrokerFixture()
        let (budi, socket) = f.connect(as: "budi")
        try budi.hello(actAs: nil, pin: nil)
        let watch = try #require(budi.changeWatch())
        #expect(watch.descriptors.count == 2 && watch.descriptors.contains(socket))
        #expect(!Self.readable(watch.journal, within: 0))
        let writer = try f.store()
        let number = try #require(writer.school.cases.values.first { !$0.isClosed }?.number)
        try writer.append([Event(at: Date(), actor: "budi", payload: .messagePosted(EntryText(number: number, visibility: .team, text: "Dari sesi lain.")))])
        #expect(Self.readable(watch.journal, within: 2000))
        watch.drain()
        #expect(!Self.readable(watch.journal, within: 0))
        // The stream goes on after the descriptor's byte: the next request is answered.
        #expect(try budi.refresh())
        #expect(budi.school.cases[number]?.messages.last?.text == "Dari sesi lain.")
    }

    /// Asked before a session is open, the helper answers with the byte alone: no watch, and
    /// the next request is still understood.
    @Test func aWatchAskedBeforeTheHelloCarriesNothingAndBreaksNothing() throws {
        let f = try BrokerFixture()
        let (budi, _) = f.connect(as: "budi")
        budi.helperWatches = true
        #expect(budi.changeWatch() == nil)
        try budi.hello(actAs: nil, pin: nil)
        #expect(budi.actor?.login == "budi")
    }

    /// A store of one's own is watched in this process.
    @Test func aStoreOfOnesOwnIsWatchedInProcess() throws {
        let f = try BrokerFixture()
        let store = try f.store()
        let watch = try #require(store.changeWatch())
        #expect(!Self.readable(watch.journal, within: 0))
        let number = try #require(store.school.cases.values.first { !$0.isClosed }?.number)
        let other = try f.store()
        try other.append([Event(at: Date(), actor: "budi", payload: .messagePosted(EntryText(number: number, visibility: .team, text: "Lagi.")))])
        #expect(Self.readable(watch.journal, within: 2000))
    }

    static func readable(_ fd: Int32, within milliseconds: Int32) -> Bool {
        var p = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        return poll(&p, 1, milliseconds) > 0 && p.revents & Int16(POLLIN) != 0
    }

    @Test func anAccountNotOnTheStaffListIsRefused() throws {
        let f = try BrokerFixture()
        let (c, _) = f.connect(as: "www-data")
        #expect { try c.hello(actAs: nil, pin: nil) } throws: { ($0 as? StoreError)?.reason.key == .notStaff }
    }

    @Test func actingAsSomeoneElseNeedsTheirPINAndWrongOnesAreCountedAcrossSessions() throws {
        let f = try BrokerFixture()
        let (first, _) = f.connect(as: "sari")
        #expect { try first.hello(actAs: "budi", pin: nil) } throws: { ($0 as? StoreError)?.reason.key == .pinRequired }
        #expect { try first.hello(actAs: "budi", pin: "000000") } throws: { ($0 as? StoreError)?.reason.key == .wrongPIN }
        // A new session (a restarted interface) starts from the count the store keeps.
        let (second, _) = f.connect(as: "sari")
        #expect { try second.hello(actAs: "budi", pin: "111111") } throws: { ($0 as? StoreError)?.args.last == "8" }
        try second.hello(actAs: "budi", pin: BrokerFixture.budiPIN)
        #expect(second.actor?.login == "budi")
        let trail = try f.store().auditTrail(number: nil, who: "sari", since: nil).entries
        #expect(trail.filter { $0.what == .pinRefused(login: "budi") }.count == 2)
    }

    @Test func tenWrongPINsLockUntilTheAdminUnlocks() throws {
        let f = try BrokerFixture()
        let store = try f.store()
        let long = Date(timeIntervalSinceNow: -3600)
        for _ in 0..<SignInPolicy.lockAfter { try store.recordSignInFailure("budi", by: "sari", now: long) }
        let (c, _) = f.connect(as: "sari")
        #expect { try c.hello(actAs: "budi", pin: BrokerFixture.budiPIN) } throws: { ($0 as? StoreError)?.reason.key == .pinLockedOut }
        let (admin, _) = f.connect(as: "admin")
        try admin.hello(actAs: nil, pin: nil)
        let (notAdmin, _) = f.connect(as: "sari")
        try notAdmin.hello(actAs: nil, pin: nil)
        #expect { try notAdmin.unlockPIN("budi", by: notAdmin.actor!) } throws: { ($0 as? StoreError)?.reason == .notAdmin }
        try admin.unlockPIN("budi", by: admin.actor!)
        let (again, _) = f.connect(as: "sari")
        try again.hello(actAs: "budi", pin: BrokerFixture.budiPIN)
        #expect(again.actor?.login == "budi")
    }

    @Test func pausesGrowAfterTheFreeTries() {
        #expect((1...SignInPolicy.freeTries).allSatisfy { SignInPolicy.pause(after: $0) == 0 })
        #expect(SignInPolicy.pause(after: 4) == 2 && SignInPolicy.pause(after: 5) == 4 && SignInPolicy.pause(after: 40) == 300)
    }

    @Test func eventsInSomeoneElsesNameAndHashesMadeOutsideAreRefused() throws {
        let f = try BrokerFixture()
        let (sari, _) = f.connect(as: "sari")
        try sari.hello(actAs: nil, pin: nil)
        let forged = Event(at: Date(), actor: "budi", payload: .closed(number: 4, outcome: .resolved, summary: "x"))
        #expect { try sari.append([forged]) } throws: { ($0 as? StoreError)?.kind == .refused(.notPermitted) }
        let hash = Event(at: Date(), actor: "sari", payload: .pinSet(login: "sari", hash: "scrypt$1024$1$1$AA==$AA=="))
        #expect { try sari.append([hash]) } throws: { ($0 as? StoreError)?.reason.key == .badRequest }
        #expect(try f.store().school.lastSeq == sari.school.lastSeq)
        let (admin, _) = f.connect(as: "admin")
        try admin.hello(actAs: nil, pin: nil)
        let withHash = Staff(login: "baru", name: "Guru Baru", roles: [.subjectTeacher], pinHash: "scrypt$1024$1$1$AA==$AA==")
        try admin.append([Event(at: Date(), actor: "admin", payload: .staffAdded(withHash))])
        #expect(try f.store().school.staff["baru"] != nil && f.store().school.staff["baru"]?.pinHash == nil)
    }

    @Test func theHelpersClockStampsEvents() throws {
        let f = try BrokerFixture()
        let (budi, _) = f.connect(as: "budi")
        try budi.hello(actAs: nil, pin: nil)
        let backdated = Event(at: Date(timeIntervalSince1970: 0), actor: "budi",
                              payload: .messagePosted(EntryText(number: 4, visibility: .team, text: "Sudah saya panggil.")))
        let written = try budi.append([backdated])
        #expect(written.count == 1 && abs(written[0].at.timeIntervalSinceNow) < 60)
    }

    @Test func aFlagJoinsAnOpenCaseTheTeacherCouldNotSeeAndShowsItToHer() throws {
        let f = try BrokerFixture()
        let whole = try f.store().school
        let sariStaff = try #require(whole.staff["sari"])
        let hidden = try #require(whole.cases.values.first { !$0.isClosed && !whole.canSee(sariStaff, $0) })
        let (sari, _) = f.connect(as: "sari")
        try sari.hello(actAs: nil, pin: nil)
        #expect(sari.school.cases[hidden.number] == nil)
        #expect(try sari.readable(hidden.number, for: sariStaff) == nil)
        let written = try sari.flag(FlagRequest(studentID: hidden.studentID, subject: "Mathematics", saw: "Sering melamun.",
                                                tried: nil, parentsInformed: false, area: .belajar, concern: "focus", urgency: .routine), by: sariStaff)
        #expect(written.first?.payload.caseNumber == hidden.number)
        #expect(sari.school.cases[hidden.number] != nil)
    }

    @Test func confidentialTextCrossesOnlyToThoseWhoMayReadItAndOnlyAfterItsOpeningIsRecorded() throws {
        let f = try BrokerFixture()
        let (budi, _) = f.connect(as: "budi")
        try budi.hello(actAs: nil, pin: nil)
        let number = try #require(budi.school.cases.values.first { !$0.isClosed && $0.referrers.contains("sari") }?.number)
        try budi.append([Event(at: Date(), actor: "budi", payload: .messagePosted(EntryText(number: number, visibility: .bkOnly, text: "RAHASIA-BK")))])
        let (sari, _) = f.connect(as: "sari")
        try sari.hello(actAs: nil, pin: nil)
        let forSari = try #require(try sari.readable(number, for: sari.actor!))
        #expect(forSari.c.messages.last?.text == nil && forSari.redacted >= 1)
        let forBudi = try #require(try budi.readable(number, for: budi.actor!))
        #expect(forBudi.c.messages.last?.text == "RAHASIA-BK")
        _ = try budi.readable(number, for: budi.actor!)
        let openings = try f.store().auditTrail(number: number, who: "budi", since: nil).entries.filter {
            if case .opened = $0.what { true } else { false }
        }
        #expect(openings.count == 1)
    }

    @Test func theAuditIsRefusedToATeacher() throws {
        let f = try BrokerFixture()
        let (sari, _) = f.connect(as: "sari")
        try sari.hello(actAs: nil, pin: nil)
        #expect { try sari.auditTrail(number: nil, who: nil, since: nil) } throws: { ($0 as? StoreError)?.reason == .auditNotAllowed }
    }

    @Test func aSharedAccountSeesNothingUntilSomeoneSignsIn() throws {
        let f = try BrokerFixture()
        let (room, _) = f.connect(as: "guru", shared: true)
        try room.hello(actAs: nil, pin: nil)
        #expect(room.actor == nil && room.school.cases.isEmpty)
        #expect { try room.append([]) } throws: { ($0 as? StoreError)?.reason == .signInFirst }
        #expect { try room.signIn("budi", pin: "999999") } throws: { ($0 as? StoreError)?.reason.key == .wrongPIN }
        let budi = try room.signIn("budi", pin: BrokerFixture.budiPIN)
        #expect(budi.login == "budi" && !room.school.cases.isEmpty)
        try room.saveDrafts(Data("draft".utf8))
        #expect(try room.loadDrafts() == Data("draft".utf8))
        try room.signOut()
        #expect(room.school.cases.isEmpty)
    }
}

@Suite struct BrokerRequestTests {
    @Test func recordHistoryRefreshCheckAndChainsAnswerThroughTheWire() throws {
        let f = try BrokerFixture()
        let (budi, _) = f.connect(as: "budi")
        try budi.hello(actAs: nil, pin: nil)
        let me = try #require(budi.actor)
        #expect(try budi.refresh() == false)
        // Another session writes: the next poll brings the new projection.
        let (other, _) = f.connect(as: "wati")
        try other.hello(actAs: nil, pin: nil)
        let number = try #require(other.school.cases.values.first { !$0.isClosed }?.number)
        try other.append([Event(at: Date(), actor: "wati", payload: .messagePosted(EntryText(number: number, visibility: .team, text: "Dari Bu Wati.")))])
        #expect(try budi.refresh() == true && budi.school.lastSeq == other.school.lastSeq)
        try budi.loadHistory()
        #expect(budi.school.historyLoaded)
        let student = try #require(budi.school.cases[number]?.studentID)
        #expect(!(try budi.record(ofStudent: student, for: me)).isEmpty)
        let report = try budi.check()
        #expect(report.problems.isEmpty && report.events == budi.school.lastSeq)
        let head = try #require(try budi.verifyChains(lookingFor: nil).first?.report.head)
        #expect(try budi.verifyChains(lookingFor: head).allSatisfy { $0.report.problems.isEmpty })
        #expect(try budi.verifyChains(lookingFor: head).contains { $0.report.containsHead == true })
        #expect(try budi.verifyChains(lookingFor: String(repeating: "0", count: 64)).allSatisfy { $0.report.containsHead == false })
    }

    /// Issue 16: through the helper, a closed case is read alone (`show N`), and the "all"
    /// list's history a page at a time, each as far as the person may see it.
    @Test func closedHistoryCrossesTheBoundaryACaseOrAPageAtATime() throws {
        let f = try BrokerFixture()
        let store = try f.store()
        try store.append(Self.closedCases(store, count: 210))
        try store.withLock { try store.writeSnapshot() }
        let (budi, _) = f.connect(as: "budi")
        try budi.hello(actAs: nil, pin: nil)
        #expect(!budi.school.historyLoaded)
        let closedBefore = budi.school.cases.values.filter(\.isClosed).count
        let wanted = store.school.nextCaseNumber - 100
        try budi.loadHistory(ofCase: wanted)
        #expect(budi.school.cases[wanted]?.isClosed == true && !budi.school.historyLoaded)
        #expect(budi.school.cases.values.filter(\.isClosed).count == closedBefore + 1)
        try budi.loadClosedPage(50)
        #expect(budi.school.cases.values.filter(\.isClosed).count == closedBefore + 1 + 50 && !budi.school.historyLoaded)
        // A teacher's pages hold only the cases she may see.
        let (sari, _) = f.connect(as: "sari")
        try sari.hello(actAs: nil, pin: nil)
        while !sari.school.historyLoaded { try sari.loadClosedPage(100) }
        let whole = try f.store()
        try whole.loadHistory()
        let hers = whole.school.cases.values.filter { whole.school.canSee(whole.school.staff["sari"]!, $0) }
        #expect(Set(sari.school.cases.keys) == Set(hers.map(\.number)))
    }

    /// 210 cases opened by sari, closed by budi and read by her (so the shelf holds them).
    static func closedCases(_ store: Store, count: Int) -> [Event] {
        let students = store.school.students.values.sorted { $0.id < $1.id }.filter { store.school.openCase(ofStudent: $0.id) == nil }
        var events: [Event] = []
        for (i, s) in students.prefix(count).enumerated() {
            let n = store.school.nextCaseNumber + i
            let flag = Flag(by: "sari", subject: nil, saw: "x", tried: nil, parentsInformed: false, at: Date())
            events.append(Event(at: Date(), actor: "sari", payload: .caseOpened(CaseOpened(number: n, studentID: s.id, area: .belajar, concern: "c", urgency: .routine, flag: flag))))
            events.append(Event(at: Date(), actor: "budi", payload: .pickedUp(number: n)))
            events.append(Event(at: Date(), actor: "budi", payload: .closed(number: n, outcome: .resolved, summary: "Selesai.")))
            events.append(Event(at: Date(), actor: "sari", payload: .threadRead(number: n, upTo: store.school.lastSeq + events.count)))
        }
        return events
    }

    /// Issue 16: the nightly check through the helper keeps its result inside the boundary, and
    /// the next session is told what it found (a time and counts, nothing more).
    @Test func theNightlyCheckIsKeptInsideAndToldToTheNextSession() throws {
        let f = try BrokerFixture()
        let (first, _) = f.connect(as: "budi")
        #expect(try first.check(nightly: false).problems.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: f.root + "/check.json"))
        let report = try first.check(nightly: true)
        let kept = try #require(Store.lastCheck(f.root))
        #expect(kept.problems == 0 && kept.events == report.events)
        let (next, _) = f.connect(as: "sari")
        try next.hello(actAs: nil, pin: nil)
        #expect(next.facts.lastCheck == kept)
    }

    @Test func aNewPINIsHashedInsideAndAShortOldOneMustBeChangedFirst() throws {
        let f = try BrokerFixture()
        // An old 4-digit PIN, set before PINs had 6 digits.
        let store = try f.store()
        try store.append([Event(at: Date(), actor: "admin", payload: .pinSet(login: "rina", hash: try PinHash.make("4821")))])
        let (c, _) = f.connect(as: "sari")
        try c.hello(actAs: "rina", pin: "4821")
        let rina = try #require(c.actor)
        #expect(c.mustChangePIN, "the welcome says so, so the lock screen can ask for a new PIN")
        #expect { try c.readable(1, for: rina) } throws: { ($0 as? StoreError)?.reason.key == .pinTooShortNow }
        #expect { try c.setPIN("rina", pin: "1234", by: rina) } throws: { ($0 as? StoreError)?.reason.key == .badPIN }
        try c.setPIN("rina", pin: "246813", by: rina)
        #expect(!c.mustChangePIN)
        _ = try c.readable(1, for: rina)
        let hash = try #require(try f.store().school.staff["rina"]?.pinHash)
        #expect(hash.hasPrefix("scrypt$\(PinHash.rounds)$") && PinHash.verify("246813", against: hash))
        #expect { try c.setPIN("budi", pin: "135791", by: rina) } throws: { ($0 as? StoreError)?.kind == .refused(.notPermitted) }
    }

    /// A colleague's write crosses as what changed (issue 16, item 9): the session that takes
    /// the changes in holds what a session opened afterwards is sent whole, whatever changed.
    @Test func whatChangedCrossesAndMakesTheWholeProjection() throws {
        let f = try BrokerFixture()
        let (sari, _) = f.connect(as: "sari")
        try sari.hello(actAs: nil, pin: nil)
        let (budi, _) = f.connect(as: "budi")
        try budi.hello(actAs: "budi", pin: BrokerFixture.budiPIN)
        func whole(_ unix: String) throws -> School {
            let (fresh, fd) = f.connect(as: unix)
            defer { close(fd) }
            try fresh.hello(actAs: nil, pin: nil)
            return fresh.school
        }
        func same(_ a: School, _ b: School) -> Bool {
            a.cases == b.cases && a.students == b.students && a.staff == b.staff && a.readMarks == b.readMarks
                && a.lastSeq == b.lastSeq && a.nextCaseNumber == b.nextCaseNumber && a.narratives == b.narratives
        }
        let number = try #require(sari.school.cases.values.first { !$0.isClosed }?.number)
        let student = try #require(sari.school.cases[number]?.studentID)
        // A reply on a case she sees, then one she does not, then the roster and the staff change.
        try budi.append([Event(at: Date(), actor: "budi", payload: .messagePosted(EntryText(number: number, visibility: .team, text: "Sudah membaik.")))])
        #expect(try sari.refresh())
        let afterReply = try whole("sari")
        #expect(same(sari.school, afterReply) && sari.school.cases[number]?.messages.last?.text == "Sudah membaik.")
        #expect(sari.school.openCase(ofStudent: student)?.number == number)
        let store = try f.store()
        var moved = try #require(store.school.students[student])
        moved.className = "IX-A"
        var rina = try #require(store.school.staff["rina"])
        rina.name = "Rina Wulandari, S.Pd."
        try store.append([Event(at: Date(), actor: "admin", payload: .studentChanged(moved)),
                          Event(at: Date(), actor: "admin", payload: .staffChanged(rina))])
        #expect(try sari.refresh())
        let afterRoster = try whole("sari")
        #expect(same(sari.school, afterRoster))
        // The writer's own session takes its write in the same way.
        try budi.append([Event(at: Date(), actor: "budi", payload: .messagePosted(EntryText(number: number, visibility: .bkOnly, text: "Rahasia.")))])
        let (again, fd) = f.connect(as: "budi")
        defer { close(fd) }
        try again.hello(actAs: "budi", pin: BrokerFixture.budiPIN)
        #expect(same(budi.school, again.school))
        _ = try sari.refresh()
        let afterSecret = try whole("sari")
        #expect(same(sari.school, afterSecret))
        #expect(sari.school.cases[number]?.messages.last?.text == nil)
    }
}
