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
    /// True when the reader may read confidential entries but `private/` could not be opened
    /// (their Unix account is not in the BK group).
    public var privateUnavailable: Bool
    /// Set when the opening could not be recorded in the audit, so confidential texts were withheld.
    public var auditProblem: StoreError?

    public init(c: Case, redacted: Int, privateUnavailable: Bool, auditProblem: StoreError?) {
        self.c = c
        self.redacted = redacted
        self.privateUnavailable = privateUnavailable
        self.auditProblem = auditProblem
    }
}

extension Store {
    /// The case with every text the person may read loaded, and every other text removed.
    /// Confidential texts are shown only once their opening is recorded in the audit.
    public func readable(_ number: Int, for person: Staff) throws -> ReadableCase? {
        if school.cases[number] == nil && number < school.nextCaseNumber { try loadHistory(ofCase: number) }
        guard var resolved = resolve(number, for: person) else { return nil }
        if let opening = resolved.opening {
            do {
                try recordOpening(opening)
            } catch {
                resolved.withhold(because: error)
            }
        }
        return resolved.readable
    }

    /// A case with its texts resolved for `person`, and the opening to record before any
    /// confidential text in it is shown.
    struct ResolvedCase {
        var readable: ReadableCase
        var opening: Opening?

        /// The opening could not be recorded: its confidential texts are withheld.
        mutating func withhold(because error: Error) {
            readable.auditProblem = StoreError(.io, .openingNotRecorded((error as? StoreError)?.message ?? "\(error)"))
            readable.c.resolveEntries { _, text, ref in ref?.isPrivate == true ? nil : text }
        }
    }

    /// Resolves the texts of a case in memory; records nothing.
    func resolve(_ number: Int, for person: Staff) -> ResolvedCase? {
        guard var c = school.cases[number], school.canSee(person, c) else { return nil }
        var redacted = 0
        var unavailable = false
        var opened: [Int] = []
        let original = c
        c.resolveEntries(byAuthor: { visibility, text, ref, author in
            guard school.canRead(person, visibility, in: original, author: author) else {
                redacted += 1
                return nil
            }
            if let text { return text }
            guard let ref else { return nil }
            guard ref.isPrivate else { return try? self.text(at: ref) }
            guard let entry = try? self.privateEntry(at: ref) else {
                unavailable = true
                return nil
            }
            opened.append(entry.seq)
            return entry.text
        })
        // A reopened case shows the closings it went through (who can see the case reads its summaries).
        if c.reopenCount > 0 { c.pastClosings = try? pastClosings(of: number) }
        let opening = opened.isEmpty ? nil : Opening(by: person.login, at: Date(), number: number, entries: opened.sorted())
        return ResolvedCase(readable: ReadableCase(c: c, redacted: redacted, privateUnavailable: unavailable, auditProblem: nil),
                            opening: opening)
    }

    /// The Unix group that owns `private/`: who may read confidential entries on this machine.
    public var privateGroup: String? { FileSystem.groupName(of: layout.privateDirectory) }

    /// The Unix group the store directory is shared with.
    public var group: String? { FileSystem.groupName(of: layout.root) }

    /// A student's cumulative record across all their cases and years, closed history
    /// included, each entry as this person may read it.
    public func record(ofStudent studentID: String, for person: Staff) throws -> [RecordEntry] {
        try loadHistory(ofStudent: studentID)
        let numbers = school.cases(ofStudent: studentID, seenBy: person).map(\.number)
        // Each segment is opened once for all the texts read back, not once a text, and the
        // openings of every case are recorded together: one lock, one write, one sync.
        textFiles = [:]
        defer { textFiles = nil }
        var resolved = numbers.compactMap { resolve($0, for: person) }
        do {
            try recordOpenings(resolved.compactMap(\.opening))
        } catch {
            for i in resolved.indices where resolved[i].opening != nil { resolved[i].withhold(because: error) }
        }
        return StudentRecord.entries(resolved.map(\.readable.c))
    }

    /// The text stored at a reference: a team entry's text read back from its journal line
    /// (bodies are not kept in memory), or a confidential entry's from `private/`.
    func text(at ref: TextRef) throws -> String? {
        if ref.isPrivate { return try privateEntry(at: ref).text }
        let event = try decodeEvent(try lineBody(at: ref))
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

    /// The confidential entry a stub points at in `private/`.
    func privateEntry(at ref: TextRef) throws -> PrivateEntry {
        try decoder.decode(PrivateEntry.self, from: Data(try lineBody(at: ref)))
    }

    /// The checked body of the line that starts at a reference.
    func lineBody(at ref: TextRef) throws -> ArraySlice<UInt8> {
        let path = layout.segment(ref.segment, isPrivate: ref.isPrivate)
        let key = ref.isPrivate ? -ref.segment : ref.segment
        let file = try textFiles?[key] ?? FileDescriptor.open(path, O_RDONLY)
        if textFiles != nil { textFiles?[key] = file }
        var chunk = 4096
        while true {
            let bytes = try file.read(at: ref.offset, count: chunk)
            if let newline = bytes.firstIndex(of: UInt8(ascii: "\n")) {
                guard let body = JournalLine.body(of: bytes[..<newline]) else {
                    throw SegmentScan.corruption(path: path, offset: ref.offset)
                }
                return body
            }
            if bytes.count < chunk { throw StoreError(.corrupt, .chainTornTail(path, SegmentScan.place(path: path, offset: ref.offset).line)) }
            chunk *= 4
        }
    }
}
