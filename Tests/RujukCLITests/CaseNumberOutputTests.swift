import Foundation
import Testing
import RujukDomain
@testable import RujukStore

/// A large school passes case 9,999 in its first year: every text output names a case with
/// all its digits, so nobody replies to the wrong one.
@Suite struct CaseNumberOutputTests {
    /// The demo school with two more students whose cases carry five and six digits, flagged
    /// as usual once the school's count of cases is moved on to there (in the snapshot, which
    /// every later open starts from; the journal alone would number them from 1).
    static func largeNumbers() throws -> CLI {
        let cli = CLI()
        try cli.run(["init", "--demo"])
        let store = try Store.open(cli.store)
        for (id, name, number) in [("s9001", "Lima Digit", 49_001), ("s9002", "Enam Digit", 123_456)] {
            try store.append([Event(at: Date(), actor: "admin", payload: .studentAdded(Student(id: id, nisn: nil, name: name, className: "VIII-B", gender: nil)))])
            store.school.nextCaseNumber = number
            let flag = Flag(by: "rina", subject: "Science", saw: "Sering melamun di kelas.", tried: nil, parentsInformed: false, at: Date())
            try store.append([Event(at: Date(), actor: "rina", payload: .caseOpened(CaseOpened(number: 0, studentID: id, area: .pribadi, concern: "focus", urgency: .soon, flag: flag)))])
            try store.append([Event(at: Date(), actor: "budi", payload: .messagePosted(EntryText(number: number, visibility: .team, text: "Saya panggil besok.")))])
        }
        try store.withLock { try store.writeSnapshot() }
        return cli
    }

    @Test func queueShowAuditAndRecordPrintEveryDigit() throws {
        let cli = try Self.largeNumbers()
        defer { cli.remove() }
        let queue = try cli.run(["queue", "--as", "budi"])
        #expect(queue.status == 0)
        let lines = queue.out.split(separator: "\n").map(String.init)
        for number in [49_001, 123_456] {
            #expect(lines.contains { $0.hasPrefix("\(number) ") }, "\(queue.out)")
        }
        // The header's second column starts where every row's does.
        let column = lines[0].firstIndex(of: " ").map { lines[0][$0...].firstIndex { $0 != " " }! }.map { lines[0].distance(from: lines[0].startIndex, to: $0) }
        #expect(column == 7)
        for line in lines.dropFirst() {
            let chars = Array(line)
            #expect(chars[column! - 1] == " " && chars[column!] != " ", "\(line)")
        }
        let show = try cli.run(["show", "123456", "--as", "budi"])
        #expect(show.status == 0 && show.out.contains("Case #123456 · Enam Digit"), "\(show.out)\(show.err)")
        let audit = try cli.run(["audit", "--case", "123456", "--as", "budi"])
        #expect(audit.status == 0 && audit.out.contains(" #123456 "), "\(audit.out)\(audit.err)")
        let five = try cli.run(["audit", "--case", "49001", "--as", "budi"])
        #expect(five.status == 0 && five.out.contains(" #49001 ") && !five.out.contains("#4900 "), "\(five.out)")
        let record = try cli.run(["record", "s9001", "--as", "budi"])
        #expect(record.status == 0 && record.out.contains("#49001"), "\(record.out)\(record.err)")
    }
}
