import Foundation
import RujukDomain

/// Cases and students in a compact binary form written by hand, for the snapshot and for the
/// projection the helper sends: Codable JSON of a large school's 1,000 open cases and 3,000
/// students takes tens of milliseconds each way, which every session start would pay. The record kinds that
/// are rare on open cases (plans, services, conferences, …) go as JSON inside, and only when
/// present. `CaseCodecTests` fails when a field is added to a type written here, so that
/// nothing is dropped silently.
public enum CaseCodec {
    public struct Malformed: Error {}

    public static func encode(cases: [Case]) throws -> Data {
        try encodeList(cases, bytesEach: 1024) { try $0.case($1) }
    }

    public static func decodeCases(_ data: Data) throws -> [Case] { try decodeList(data) { try $0.case() } }

    public static func encode(students: [Student]) throws -> Data {
        try encodeList(students, bytesEach: 64) { try $0.student($1) }
    }

    public static func decodeStudents(_ data: Data) throws -> [Student] { try decodeList(data) { try $0.student() } }

    /// The cases straight into a table by number (a list, then a table, copied each case twice).
    static func decodeCasesByNumber(_ data: Data) throws -> [Int: Case] {
        try decodeTable(data, key: \.number) { try $0.case() }
    }

    /// The students straight into a table by id.
    static func decodeStudentsByID(_ data: Data) throws -> [String: Student] {
        try decodeTable(data, key: \.id) { try $0.student() }
    }

    /// A count, then the items.
    private static func encodeList<T>(_ items: [T], bytesEach: Int, _ write: (inout ByteWriter, T) throws -> Void) throws -> Data {
        var w = ByteWriter()
        w.bytes.reserveCapacity(items.count * bytesEach)
        w.int(items.count)
        for item in items { try write(&w, item) }
        return Data(w.bytes)
    }

    /// A count, then that many items, read in place over the part's bytes.
    private static func decodeList<T>(_ data: Data, _ item: (inout ByteReader) throws -> T) throws -> [T] {
        try data.withUnsafeBytes { raw in
            var r = ByteReader(raw.bindMemory(to: UInt8.self))
            let n = try r.count()
            var out: [T] = []
            out.reserveCapacity(n)
            for _ in 0..<n { out.append(try item(&r)) }
            return out
        }
    }

    /// Like `decodeList`, into a table; the first of two with one key is kept.
    private static func decodeTable<K: Hashable, T>(_ data: Data, key: KeyPath<T, K>, _ item: (inout ByteReader) throws -> T) throws -> [K: T] {
        try data.withUnsafeBytes { raw in
            var r = ByteReader(raw.bindMemory(to: UInt8.self))
            let n = try r.count()
            var out: [K: T] = [:]
            out.reserveCapacity(n)
            for _ in 0..<n {
                let value = try item(&r)
                let k = value[keyPath: key]
                // `out[k] == nil` would copy the case there only to compare it.
                if out.index(forKey: k) == nil { out[k] = value }
            }
            return out
        }
    }
}

struct ByteWriter {
    var bytes: [UInt8] = []

    mutating func int(_ v: Int) {
        var z = UInt64(bitPattern: Int64(v << 1) ^ Int64(v >> 63))
        while z >= 0x80 {
            bytes.append(UInt8(z & 0x7f) | 0x80)
            z >>= 7
        }
        bytes.append(UInt8(z))
    }

    mutating func bool(_ v: Bool) { bytes.append(v ? 1 : 0) }
    mutating func string(_ s: String) {
        int(s.utf8.count)
        bytes.append(contentsOf: s.utf8)
    }
    mutating func date(_ d: Date) {
        let bits = d.timeIntervalSinceReferenceDate.bitPattern
        for i in 0..<8 { bytes.append(UInt8(truncatingIfNeeded: bits >> (8 * UInt64(i)))) }
    }
    mutating func optional<T>(_ v: T?, _ write: (inout ByteWriter, T) throws -> Void) rethrows {
        guard let v else { return bytes.append(0) }
        bytes.append(1)
        try write(&self, v)
    }
    mutating func json<T: Encodable>(_ items: [T]) throws {
        guard !items.isEmpty else { return int(0) }
        let data = try JSONCoding.wireEncoder().encode(items)
        int(data.count)
        bytes += data
    }

    mutating func ref(_ r: TextRef) {
        bool(r.isPrivate)
        int(r.segment)
        int(r.offset)
    }

    mutating func message(_ m: Message) {
        int(m.seq)
        string(m.author)
        date(m.at)
        string(m.visibility.rawValue)
        optional(m.text) { $0.string($1) }
        optional(m.ref) { $0.ref($1) }
    }

    mutating func flag(_ f: Flag) {
        string(f.by)
        optional(f.subject) { $0.string($1) }
        string(f.saw)
        optional(f.tried) { $0.string($1) }
        bool(f.parentsInformed)
        date(f.at)
        optional(f.visibility) { $0.string($1.rawValue) }
        optional(f.ref) { $0.ref($1) }
    }

    mutating func `case`(_ c: Case) throws {
        int(c.number)
        string(c.studentID)
        string(c.area.rawValue)
        string(c.concern)
        string(c.urgency.rawValue)
        string(c.openedBy)
        date(c.openedAt)
        int(c.flags.count)
        c.flags.forEach { flag($0) }
        optional(c.assignee) { $0.string($1) }
        string(c.level.rawValue)
        try json(c.levels)
        int(c.messages.count)
        c.messages.forEach { message($0) }
        try json(c.goals)
        try json(c.plan)
        optional(c.reviewDate) { $0.date($1) }
        try json(c.services)
        try json(c.reviews)
        try json(c.conferences)
        try json(c.visits)
        try json(c.parentContacts)
        int(c.referralNotes.count)
        c.referralNotes.forEach { message($0) }
        optional(c.outcome) { $0.string($1.rawValue) }
        optional(c.summary) { $0.string($1) }
        optional(c.summarySeq) { $0.int($1) }
        optional(c.outcomeOnly) { $0.bool($1) }
        optional(c.assignedSeq) { $0.int($1) }
        optional(c.assignedBy) { $0.string($1) }
        optional(c.closedAt) { $0.date($1) }
        optional(c.pickedUpAt) { $0.date($1) }
        int(c.reopenCount)
        date(c.lastActivity)
        int(c.version)
    }

    mutating func student(_ s: Student) throws {
        string(s.id)
        optional(s.nisn) { $0.string($1) }
        string(s.name)
        string(s.className)
        optional(s.gender) { $0.string($1.rawValue) }
        optional(s.nipd) { $0.string($1) }
        optional(s.birthDate) { $0.string($1) }
        try json(s.left.map { [$0] } ?? [])
    }
}

/// Reads over the bytes in place (no copy, no reference counting per read); every read
/// checks the length it needs first, so a malformed part ends in `Malformed`, never past the end.
struct ByteReader {
    let bytes: UnsafeBufferPointer<UInt8>
    var at = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    mutating func byte() throws -> UInt8 {
        guard at < bytes.count else { throw CaseCodec.Malformed() }
        defer { at += 1 }
        return bytes[at]
    }

    mutating func int() throws -> Int {
        var z: UInt64 = 0, shift: UInt64 = 0
        while true {
            let b = try byte()
            guard shift < 64 else { throw CaseCodec.Malformed() }
            z |= UInt64(b & 0x7f) << shift
            if b < 0x80 { break }
            shift += 7
        }
        return Int(Int64(bitPattern: (z >> 1) ^ (0 &- (z & 1))))
    }

    /// A count or a length: never negative, never past the end.
    mutating func count() throws -> Int {
        let n = try int()
        guard n >= 0, n <= bytes.count - at else { throw CaseCodec.Malformed() }
        return n
    }

    mutating func bool() throws -> Bool { try byte() != 0 }
    mutating func string() throws -> String {
        let n = try count()
        defer { at += n }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[at..<at + n]), as: UTF8.self)
    }
    mutating func date() throws -> Date {
        guard bytes.count - at >= 8 else { throw CaseCodec.Malformed() }
        var bits: UInt64 = 0
        for i in 0..<8 { bits |= UInt64(bytes[at + i]) << (8 * UInt64(i)) }
        at += 8
        return Date(timeIntervalSinceReferenceDate: Double(bitPattern: bits))
    }
    mutating func optional<T>(_ read: (inout ByteReader) throws -> T) throws -> T? {
        try byte() == 0 ? nil : try read(&self)
    }
    mutating func raw<T: RawRepresentable>(_: T.Type) throws -> T where T.RawValue == String {
        guard let v = T(rawValue: try string()) else { throw CaseCodec.Malformed() }
        return v
    }
    mutating func json<T: Decodable>(_: T.Type) throws -> [T] {
        let n = try count()
        guard n > 0 else { return [] }
        defer { at += n }
        return try JSONCoding.wireDecoder().decode([T].self, from: Data(UnsafeBufferPointer(rebasing: bytes[at..<at + n])))
    }

    mutating func ref() throws -> TextRef {
        TextRef(isPrivate: try bool(), segment: try int(), offset: try int())
    }

    mutating func message() throws -> Message {
        Message(seq: try int(), author: try string(), at: try date(), visibility: try raw(Visibility.self),
                text: try optional { try $0.string() }, ref: try optional { try $0.ref() })
    }

    mutating func flag() throws -> Flag {
        Flag(by: try string(), subject: try optional { try $0.string() }, saw: try string(), tried: try optional { try $0.string() },
             parentsInformed: try bool(), at: try date(), visibility: try optional { try $0.raw(Visibility.self) },
             ref: try optional { try $0.ref() })
    }

    mutating func `case`() throws -> Case {
        let number = try int(), studentID = try string(), area = try raw(Area.self), concern = try string()
        let urgency = try raw(Urgency.self), openedBy = try string(), openedAt = try date()
        let flagCount = try count()
        var flags: [Flag] = []
        for _ in 0..<flagCount { flags.append(try flag()) }
        guard let first = flags.first else { throw CaseCodec.Malformed() }
        var c = Case(number: number, studentID: studentID, area: area, concern: concern, urgency: urgency,
                     openedBy: openedBy, openedAt: openedAt, firstFlag: first, version: 0)
        c.flags = flags
        c.assignee = try optional { try $0.string() }
        c.level = try raw(Level.self)
        c.levels = try json(LevelChange.self)
        let messageCount = try count()
        c.messages = []
        c.messages.reserveCapacity(messageCount)
        for _ in 0..<messageCount { c.messages.append(try message()) }
        c.goals = try json(PlanGoal.self)
        c.plan = try json(PlanItem.self)
        c.reviewDate = try optional { try $0.date() }
        c.services = try json(Service.self)
        c.reviews = try json(Review.self)
        c.conferences = try json(Conference.self)
        c.visits = try json(HomeVisit.self)
        c.parentContacts = try json(ParentContact.self)
        let noteCount = try count()
        c.referralNotes = []
        for _ in 0..<noteCount { c.referralNotes.append(try message()) }
        c.outcome = try optional { try $0.raw(Outcome.self) }
        c.summary = try optional { try $0.string() }
        c.summarySeq = try optional { try $0.int() }
        c.outcomeOnly = try optional { try $0.bool() }
        c.assignedSeq = try optional { try $0.int() }
        c.assignedBy = try optional { try $0.string() }
        c.closedAt = try optional { try $0.date() }
        c.pickedUpAt = try optional { try $0.date() }
        c.reopenCount = try int()
        c.lastActivity = try date()
        c.version = try int()
        return c
    }

    mutating func student() throws -> Student {
        var s = Student(id: try string(), nisn: try optional { try $0.string() }, name: try string(), className: try string(),
                        gender: try optional { try $0.raw(Gender.self) })
        s.nipd = try optional { try $0.string() }
        s.birthDate = try optional { try $0.string() }
        s.left = try json(StudentDeparture.self).first
        return s
    }
}
