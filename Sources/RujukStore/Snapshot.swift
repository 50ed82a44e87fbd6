import Foundation
import RujukDomain

/// Where the fold has got to in the journal.
struct JournalPosition: Codable, Equatable {
    var segment: Int
    var offset: Int
    var seq: Int
}

/// `snapshot.json`: the school folded up to a journal position, without message bodies and
/// without any confidential text. Only an accelerator: when missing, stale or unreadable,
/// the store is rebuilt from the journal.
struct SnapshotFile: Codable {
    /// 7: students and cases in `CaseCodec`'s binary form (base64 here), decoded about ten
    /// times faster than Codable JSON; 6, with them as JSON, is still read.
    static let currentFormat = 7
    static let readable: Set<Int> = [6, 7]

    var format: Int
    var storeID: String
    var position: JournalPosition
    var name: String
    var staff: [Staff]
    /// Format 6: the students and the cases as JSON.
    var students: [CompactStudent]?
    var cases: [Case]?
    /// Format 7: every student, and every case that is not on the history shelf (`history/`)
    /// as it is here, in `CaseCodec`'s form.
    var studentBytes: Data?
    var caseBytes: Data?
    var nextCaseNumber: Int
    var readMarks: [String: [String: Int]]
    /// How many bytes of `history/index` the closed cases left out here need, or nil when
    /// every case is here. A shorter index lost some: the store is rebuilt from the journal.
    var historyIndexBytes: Int?
    /// The current school year; absent in older snapshots.
    var year: SchoolYear?
    /// The letterhead and the report narratives; absent in older snapshots.
    var settings: SchoolSettings?
    var narratives: [Narrative]?
}

extension Case {
    /// The case as it may be written outside `private/`: bodies dropped where they can be
    /// reloaded by reference, confidential text always dropped.
    var strippedForSnapshot: Case {
        var c = self
        for i in c.messages.indices where c.messages[i].ref != nil { c.messages[i].text = nil }
        c.resolveEntries { visibility, text, _ in visibility.isConfidential ? nil : text }
        return c
    }
}

extension SnapshotFile {
    /// `excluding`: the closed cases the history shelf holds as they are, which the snapshot leaves out.
    init(school: School, storeID: String, position: JournalPosition, historyIndexBytes: Int?, excluding: Set<Int>) throws {
        self.format = Self.currentFormat
        self.storeID = storeID
        self.position = position
        self.name = school.name
        self.staff = school.staff.values.sorted { $0.login < $1.login }
        self.studentBytes = try CaseCodec.encode(students: school.students.keys.sorted().map { school.students[$0]! })
        self.caseBytes = try CaseCodec.encode(cases: school.cases.keys.sorted().compactMap { number in
            let c = school.cases[number]!
            return c.isClosed && excluding.contains(number) ? nil : c.strippedForSnapshot
        })
        self.nextCaseNumber = school.nextCaseNumber
        self.readMarks = school.readMarks.mapValues { marks in
            Dictionary(uniqueKeysWithValues: marks.map { (String($0.key), $0.value) })
        }
        self.historyIndexBytes = historyIndexBytes
        self.year = school.year
        self.settings = school.settings
        self.narratives = school.narratives
    }

    /// The school it holds; throws when its students or cases cannot be read.
    func school() throws -> School {
        var school = School(name: name)
        school.staff = Dictionary(staff.map { ($0.login, $0) }, uniquingKeysWith: { a, _ in a })
        if let studentBytes, let caseBytes {
            (school.students, school.cases) = try Self.decodeSideBySide(studentBytes, caseBytes)
        } else {
            school.students = Dictionary((students ?? []).map { ($0.student.id, $0.student) }, uniquingKeysWith: { a, _ in a })
            school.cases = Dictionary((cases ?? []).map { ($0.number, $0) }, uniquingKeysWith: { a, _ in a })
        }
        school.indexOpenCasesIfNeeded()
        school.nextCaseNumber = nextCaseNumber
        school.lastSeq = position.seq
        school.historyLoaded = historyIndexBytes == nil
        school.year = year
        school.settings = settings ?? SchoolSettings()
        school.narratives = narratives ?? []
        school.readMarks = readMarks.mapValues { marks in
            Dictionary(uniqueKeysWithValues: marks.compactMap { k, v in Int(k).map { ($0, v) } })
        }
        return school
    }
}

/// A student as a short array in the snapshot (`[id, nisn, name, class, gender]`, then
/// `nipd, birthDate, left` where any is set), which decodes several times faster than an
/// object with keys. Older snapshots end after the gender.
struct CompactStudent: Codable {
    var student: Student

    init(_ student: Student) { self.student = student }

    init(from decoder: Decoder) throws {
        var c = try decoder.unkeyedContainer()
        student = Student(id: try c.decode(String.self), nisn: try c.decodeIfPresent(String.self),
                          name: try c.decode(String.self), className: try c.decode(String.self),
                          gender: try c.decodeIfPresent(Gender.self))
        if c.isAtEnd { return }
        student.nipd = try c.decodeIfPresent(String.self)
        student.birthDate = try c.decodeIfPresent(String.self)
        student.left = try c.decodeIfPresent(StudentDeparture.self)
    }

    func encode(to encoder: Encoder) throws {
        var c = encoder.unkeyedContainer()
        try c.encode(student.id)
        if let nisn = student.nisn { try c.encode(nisn) } else { try c.encodeNil() }
        try c.encode(student.name)
        try c.encode(student.className)
        if let gender = student.gender { try c.encode(gender) } else { try c.encodeNil() }
        guard student.nipd != nil || student.birthDate != nil || student.left != nil else { return }
        if let nipd = student.nipd { try c.encode(nipd) } else { try c.encodeNil() }
        if let day = student.birthDate { try c.encode(day) } else { try c.encodeNil() }
        if let left = student.left { try c.encode(left) } else { try c.encodeNil() }
    }
}

extension SnapshotFile {
    /// The students and the cases decoded at once on two threads: start-up waits for the longer
    /// of the two, not for both (a school has a few thousand students beside its open cases).
    static func decodeSideBySide(_ studentBytes: Data, _ caseBytes: Data) throws -> ([String: Student], [Int: Case]) {
        final class Results: @unchecked Sendable {
            // Each slot is written by one thread only, and read after both have finished.
            var students: Result<[String: Student], Error> = .success([:])
            var cases: Result<[Int: Case], Error> = .success([:])
        }
        let results = Results()
        DispatchQueue.concurrentPerform(iterations: 2) { i in
            if i == 0 {
                results.students = Result { try CaseCodec.decodeStudentsByID(studentBytes) }
            } else {
                results.cases = Result { try CaseCodec.decodeCasesByNumber(caseBytes) }
            }
        }
        return (try results.students.get(), try results.cases.get())
    }
}
