#if canImport(Glibc)
import Glibc
#endif
import Foundation
@testable import RujukDomain
@testable import RujukStore

/// A fresh store directory under /tmp, removed when the test ends.
final class TempStore {
    let root: String

    init(demo: Bool = true) throws {
        root = NSTemporaryDirectory() + "rujuk-test-" + UUID().uuidString
        let info = StoreInfo(school: DemoSchool.name, created: DemoSchool.start, lang: "en", demo: true)
        _ = try Store.create(at: root, info: info, events: demo ? DemoSchool.events : [])
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    var layout: StoreLayout { StoreLayout(root) }
    var journal: String { layout.segment(1) }

    func open() throws -> Store { try Store.open(root) }

    func bytes(_ path: String) -> [UInt8] { Array(FileManager.default.contents(atPath: path) ?? Data()) }

    /// Overwrites a file in place, keeping its mode (as an editor saving over it would).
    func write(_ path: String, _ bytes: [UInt8]) {
        let fd = Glibc.open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o660)
        defer { close(fd) }
        _ = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
    }

    /// Every file of the store with its bytes, to prove that nothing changed.
    func allFiles() -> [String: [UInt8]] {
        var result: [String: [UInt8]] = [:]
        let e = FileManager.default.enumerator(atPath: root)!
        while let p = e.nextObject() as? String {
            let full = root + "/" + p
            if !FileSystem.isDirectory(full) { result[p] = bytes(full) }
        }
        return result
    }

    /// `count` cases opened by sari for students without an open case, picked up and closed by
    /// budi ("Selesai N."): enough (200 or more) that the next snapshot starts the history shelf.
    /// Sari reads each summary (`summariesRead`), since a case whose summary its referrer has not
    /// read yet stays with the open cases; appended in one go, as the sequence numbers assume.
    static func closedCases(_ store: Store, count: Int, summariesRead: Bool = true) -> (events: [Event], numbers: [Int]) {
        var events: [Event] = []
        var numbers: [Int] = []
        let students = store.school.students.values.sorted { $0.id < $1.id }.filter { store.school.openCase(ofStudent: $0.id) == nil }
        for (i, s) in students.prefix(count).enumerated() {
            let n = store.school.nextCaseNumber + i
            numbers.append(n)
            let flag = Flag(by: "sari", subject: nil, saw: "x", tried: nil, parentsInformed: false, at: Date())
            events.append(Event(at: Date(), actor: "sari", payload: .caseOpened(CaseOpened(number: n, studentID: s.id, area: .belajar, concern: "c", urgency: .routine, flag: flag))))
            events.append(Event(at: Date(), actor: "budi", payload: .pickedUp(number: n)))
            events.append(Event(at: Date(), actor: "budi", payload: .closed(number: n, outcome: .resolved, summary: "Selesai \(n).")))
            if summariesRead {
                let closing = store.school.lastSeq + events.count
                events.append(Event(at: Date(), actor: "sari", payload: .threadRead(number: n, upTo: closing)))
            }
        }
        return (events, numbers)
    }

    /// Every referrer still on the staff reads the summary of every closed case in memory (the
    /// demo's teachers have not), so that the next snapshot leaves them all to the shelf.
    static func summariesRead(_ store: Store) -> [Event] {
        store.school.cases.values.sorted { $0.number < $1.number }.flatMap { c -> [Event] in
            guard c.isClosed, let seq = c.summarySeq else { return [] }
            return c.referrers.filter { store.school.staff[$0]?.isActive == true }.map {
                Event(at: Date(), actor: $0, payload: .threadRead(number: c.number, upTo: seq))
            }
        }
    }

    static func reply(_ store: Store, _ actor: String, _ number: Int, _ text: String, _ visibility: Visibility = .team) -> Event {
        Event(at: Date(), actor: actor, payload: .messagePosted(EntryText(number: number, visibility: visibility, text: text)))
    }
}
