import Foundation
import RujukDomain
import RujukStore
import RujukReport

/// What the privileged side answers: exactly one response per request.
public enum Response: Codable, Sendable {
    /// The session is open (or a person signed in): who acts, and what they may see.
    case welcome(Welcome)
    /// A new projection, or nil when nothing changed.
    case school(WireSchool?)
    /// Events written, and the projection after them.
    case written([Event], WireSchool)
    /// What changed since the projection this session was last sent (a colleague's write seen).
    case changed(WireChanges)
    /// Events written, and what they (and anything else new) changed in the projection.
    case writtenChanged([Event], WireChanges)
    case readable(WireReadable?)
    case record([RecordEntry])
    case audit([AuditEntry], openingsReadable: Bool)
    case check(WireCheck)
    case chains([WireChain])
    case drafts(Data?)
    case report(Report)
    case done
    /// The answer to `watch`: sent as the one byte that carries the descriptor, never encoded.
    case watching
    case refused(WireError)
}

/// The session as it opens: the store's public facts, the person, their projection.
public struct Welcome: Codable, Sendable {
    public var facts: StoreFacts
    /// Nil on a shared account until someone signs in.
    public var actor: Staff?
    public var school: WireSchool
    /// The Unix account on the other end, as the kernel named it.
    public var unixLogin: String
    /// The PIN just proved is shorter than new PINs may be: until a new one is set, that is
    /// all this session may do.
    public var mustChangePIN: Bool?
    /// This helper answers `watch` (absent from older helpers, which are then asked on a timer).
    public var watch: Bool?
}

/// A projection as it crosses the boundary (School itself is not Codable: it is never stored whole).
public struct WireSchool: Codable, Sendable {
    public var name: String
    public var staff: [Staff]
    public var students: [Student]
    public var cases: [Case]
    public var lastSeq: Int
    public var nextCaseNumber: Int
    public var historyLoaded: Bool
    public var readMarks: [String: [Int: Int]]
    /// The school year and its semesters (issue 14); absent from older helpers.
    public var year: SchoolYear?
    /// The letterhead and the narratives this person may read (issue 15); absent from older helpers.
    public var settings: SchoolSettings?
    public var narratives: [Narrative]?

    public init(_ school: School) {
        name = school.name
        // The keys are sorted, not the values: a case or a student is a large value, and a
        // sort copies each many times.
        staff = school.staff.keys.sorted().map { school.staff[$0]! }
        students = school.students.keys.sorted().map { school.students[$0]! }
        cases = school.cases.keys.sorted().map { school.cases[$0]! }
        lastSeq = school.lastSeq
        nextCaseNumber = school.nextCaseNumber
        historyLoaded = school.historyLoaded
        readMarks = school.readMarks
        year = school.year
        settings = school.settings
        narratives = school.narratives
    }

    public var school: School {
        var s = School(name: name)
        s.staff = Dictionary(staff.map { ($0.login, $0) }, uniquingKeysWith: { a, _ in a })
        s.students = Dictionary(students.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        s.cases = Dictionary(cases.map { ($0.number, $0) }, uniquingKeysWith: { a, _ in a })
        s.indexOpenCasesIfNeeded()
        s.lastSeq = lastSeq
        s.nextCaseNumber = nextCaseNumber
        s.historyLoaded = historyLoaded
        s.readMarks = readMarks
        s.year = year
        s.settings = settings ?? SchoolSettings()
        s.narratives = narratives ?? []
        return s
    }

    private enum CodingKeys: String, CodingKey {
        case name, staff, students, cases, lastSeq, nextCaseNumber, historyLoaded, readMarks, year, settings, narratives
    }

    /// Cases and students, the bulk, go in `CaseCodec`'s binary form: as parts after the JSON
    /// when sent (`ResponseCoding`), base64 inside it when a projection is encoded on its own.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(staff, forKey: .staff)
        let parts = encoder.userInfo[.wireParts] as? WireParts
        for (key, bulk) in [(CodingKeys.students, try CaseCodec.encode(students: students)), (.cases, try CaseCodec.encode(cases: cases))] {
            if let parts { try c.encode(parts.add(bulk), forKey: key) } else { try c.encode(bulk, forKey: key) }
        }
        try c.encode(lastSeq, forKey: .lastSeq)
        try c.encode(nextCaseNumber, forKey: .nextCaseNumber)
        try c.encode(historyLoaded, forKey: .historyLoaded)
        try c.encode(readMarks, forKey: .readMarks)
        try c.encodeIfPresent(year, forKey: .year)
        try c.encodeIfPresent(settings, forKey: .settings)
        try c.encodeIfPresent(narratives, forKey: .narratives)
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decode(String.self, forKey: .name)
        staff = try c.decode([Staff].self, forKey: .staff)
        let parts = decoder.userInfo[.wireParts] as? WireParts
        func bulk(_ key: CodingKeys) throws -> Data {
            if let parts { return try parts.part(try c.decode(Int.self, forKey: key)) }
            return try c.decode(Data.self, forKey: key)
        }
        students = try CaseCodec.decodeStudents(try bulk(.students))
        cases = try CaseCodec.decodeCases(try bulk(.cases))
        lastSeq = try c.decode(Int.self, forKey: .lastSeq)
        nextCaseNumber = try c.decode(Int.self, forKey: .nextCaseNumber)
        historyLoaded = try c.decode(Bool.self, forKey: .historyLoaded)
        readMarks = try c.decode([String: [Int: Int]].self, forKey: .readMarks)
        year = try c.decodeIfPresent(SchoolYear.self, forKey: .year)
        settings = try c.decodeIfPresent(SchoolSettings.self, forKey: .settings)
        narratives = try c.decodeIfPresent([Narrative].self, forKey: .narratives)
    }
}

public struct WireReadable: Codable, Sendable {
    public var c: Case
    public var redacted: Int
    public var privateUnavailable: Bool
    public var auditProblem: WireError?

    public init(_ r: ReadableCase) {
        c = r.c
        redacted = r.redacted
        privateUnavailable = r.privateUnavailable
        auditProblem = r.auditProblem.map { WireError($0) }
    }

    public var readable: ReadableCase {
        ReadableCase(c: c, redacted: redacted, privateUnavailable: privateUnavailable,
                     auditProblem: auditProblem.map { $0.storeError })
    }
}

public struct WireCheck: Codable, Sendable {
    public var events: Int
    public var segments: Int
    public var privateEntries: Int
    public var problems: [WireError]
    public var privateChecked: Bool

    public init(_ r: Store.CheckReport) {
        events = r.events
        segments = r.segments
        privateEntries = r.privateEntries
        problems = r.problems.map { WireError($0) }
        privateChecked = r.privateChecked
    }

    public var report: Store.CheckReport {
        Store.CheckReport(events: events, segments: segments, privateEntries: privateEntries,
                          problems: problems.map(\.storeError), privateChecked: privateChecked)
    }
}

public struct WireChain: Codable, Sendable {
    public var isPrivate: Bool
    public var lines: Int
    public var unchained: Int
    public var problems: [WireError]
    public var head: String
    public var containsHead: Bool?

    public init(isPrivate: Bool, _ r: Store.ChainReport) {
        containsHead = r.containsHead
        self.isPrivate = isPrivate
        lines = r.lines
        unchained = r.unchained
        problems = r.problems.map { WireError($0) }
        head = r.head
    }

    public var report: Store.ChainReport {
        var r = Store.ChainReport()
        r.lines = lines
        r.unchained = unchained
        r.problems = problems.map(\.storeError)
        r.head = head
        r.containsHead = containsHead
        return r
    }
}
