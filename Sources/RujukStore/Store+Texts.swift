#if canImport(Glibc)
import Glibc
#endif
import Foundation
import RujukDomain

/// What a person may read of a case: entries they may not read keep only who, when and tier.
public struct ReadableCase: Sendable, Equatable {
    public var c: Case
    /// Entries whose text exists but is withheld from this reader.
    public var redacted: Int
    /// True when the reader may read confidential entries but `private/` could not be opened.
    public var privateUnavailable: Bool
}

extension Store {
    /// The case with every text the person may read loaded, and every other text removed.
    public func readable(_ number: Int, for person: Staff) throws -> ReadableCase? {
        if school.cases[number] == nil && number < school.nextCaseNumber { try loadHistory() }
        guard var c = school.cases[number], school.canSee(person, c) else { return nil }
        var redacted = 0
        var unavailable = false
        let original = c
        c.resolveEntries { visibility, text, ref in
            guard school.canRead(person, visibility, in: original) else {
                redacted += 1
                return nil
            }
            if let text { return text }
            guard let ref else { return nil }
            let loaded = try? self.text(at: ref)
            if loaded == nil && ref.isPrivate { unavailable = true }
            return loaded
        }
        return ReadableCase(c: c, redacted: redacted, privateUnavailable: unavailable)
    }

    /// A student's cumulative record across all their cases and years, closed history
    /// included, each entry as this person may read it.
    public func record(ofStudent studentID: String, for person: Staff) throws -> [RecordEntry] {
        try loadHistory()
        let numbers = school.cases(ofStudent: studentID, seenBy: person).map(\.number)
        return StudentRecord.entries(try numbers.compactMap { try readable($0, for: person)?.c })
    }

    /// The text stored at a reference: a journal line's entry text, or a private entry.
    func text(at ref: TextRef) throws -> String? {
        let path = layout.segment(ref.segment, isPrivate: ref.isPrivate)
        let file = try FileDescriptor.open(path, O_RDONLY)
        var chunk = 4096
        while true {
            let bytes = try file.read(at: ref.offset, count: chunk)
            if let newline = bytes.firstIndex(of: UInt8(ascii: "\n")) {
                guard let body = JournalLine.body(of: bytes[..<newline]) else {
                    throw SegmentScan.corruption(path: path, offset: ref.offset)
                }
                if ref.isPrivate { return try decoder.decode(PrivateEntry.self, from: Data(body)).text }
                let event = try decoder.decode(Event.self, from: Data(body))
                switch event.payload {
                case .messagePosted(let m): return m.text
                case .serviceLogged(let s): return s.notes
                case .reviewRecorded(let r): return r.text
                case .referralOutcome(let m): return m.text
                case .conferenceHeld(let k): return k.decisions
                case .homeVisited(let v): return v.details?.encoded
                default: return nil
                }
            }
            if bytes.count < chunk { return nil }
            chunk *= 4
        }
    }
}
