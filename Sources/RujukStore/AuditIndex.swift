#if canImport(Glibc)
import Glibc
#endif
import Foundation
import RujukDomain

/// The audit's index: `audit/` for the journal's changes, `private/audit/` for the openings and
/// refused PINs kept in `private/`. Each line of a segment has a short line here saying where it
/// is and what `rujuk audit` says of it, filed twice: by case (a file for each thousand case
/// numbers) and by person (a file a month each). So `audit --case N` and `audit --who LOGIN`
/// read their own files and the few segment lines written since, never every segment.
///
/// Written in batches outside the store lock by whoever appends (one process at a time, under
/// `audit.lock`); every file is synced before `covered` moves past its lines, and what lies past
/// `covered` is read from the segments themselves. Only a copy: the journal stays the truth, a
/// damaged index is read past, and `check` holds each file against the segments.
struct AuditIndex {
    /// A place in the segments: the first byte the index does not cover.
    struct Mark: Hashable, Comparable {
        var segment: Int
        var offset: Int
        static func < (a: Mark, b: Mark) -> Bool { (a.segment, a.offset) < (b.segment, b.offset) }
        static let start = Mark(segment: 1, offset: 0)
    }

    /// One segment line as the audit tells it.
    struct Line: Equatable {
        var segment: Int
        var offset: Int
        var entry: AuditEntry
    }

    let layout: StoreLayout
    let isPrivate: Bool
    let storeID: String

    var directory: String { isPrivate ? layout.privateDirectory + "/audit" : layout.root + "/audit" }
    var coveredPath: String { directory + "/covered" }
    /// Held (never waited for) by the one process writing either index.
    static func lockPath(_ layout: StoreLayout) -> String { layout.root + "/audit.lock" }

    /// The file of the cases numbered `n / 1000 * 1000` up to 999 more.
    static func caseFile(_ n: Int) -> String { "case-" + StoreLayout.sixDigits(max(0, n) / 1000) }
    /// One person's file for one month (UTC), their login in hexadecimal (a login may hold
    /// anything): a counsellor's years are long, and `--since` reads only the months it asks for.
    static func personFile(_ login: String, at: Date) -> String {
        personPrefix(login) + month(at)
    }

    /// A login too long for a file name (a name is at most 255 bytes) is cut and told apart by
    /// a hash of the whole; every line is still held against the person asked for.
    static func personPrefix(_ login: String) -> String {
        let whole = hex(login)
        guard whole.count > 96 else { return "by-" + whole + "-" }
        return "by-" + whole.prefix(64) + "~" + String(AuditIndexCheck.Digest.fnv(Array(login.utf8)), radix: 16) + "-"
    }

    /// `YYYYMM` of a moment, in UTC.
    static func month(_ at: Date) -> String {
        var t = time_t(at.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        gmtime_r(&t, &parts)
        // Not String(format:): the index files every line by its month, and that cost more than the filing.
        let year = String(Int(parts.tm_year) + 1900), month = Int(parts.tm_mon) + 1
        return String(repeating: "0", count: max(0, 4 - year.count)) + year + (month < 10 ? "0" : "") + String(month)
    }

    /// The files a line is filed in.
    static func files(of entry: AuditEntry) -> [String] {
        [entry.number.map(caseFile), personFile(entry.by, at: entry.at)].compactMap { $0 }
    }

    /// The files that hold what `number` or `who` (from `since` on) asks for; nil when the
    /// question names neither, and every segment is read.
    func files(number: Int?, who: String?, since: Date?) -> [String]? {
        if let number { return [Self.caseFile(number)] }
        guard let who else { return nil }
        let prefix = Self.personPrefix(who)
        let first = since.map { prefix + Self.month($0) } ?? prefix
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.filter { $0.hasPrefix(prefix) && $0 >= first }.sorted()
    }

    // MARK: covered

    private var header: String { "rujuk-audit 1 \(storeID)" }

    /// Where the index stops, or nil when there is none, it is another store's, or the segments
    /// no longer hold the line it stopped after (a torn tail cut off, a journal restored shorter):
    /// `covered` names that line's hash, so an index of lines that are gone is never believed.
    func covered() -> Mark? {
        guard let bytes = try? FileDescriptor.open(coveredPath, O_RDONLY).readAll() else { return nil }
        let fields = String(decoding: bytes, as: UTF8.self).split(whereSeparator: { $0 == " " || $0 == "\n" })
        guard fields.count == 6, fields[0...2].joined(separator: " ") == header,
              let segment = Int(fields[3]), let offset = Int(fields[4]), segment >= 1, offset >= 0 else { return nil }
        let mark = Mark(segment: segment, offset: offset)
        guard let hash = hashOfLine(endingAt: mark), hash == fields[5] else { return nil }
        return mark
    }

    /// The SHA-256 of the segment line that ends at `mark`, `-` at a segment's start; nil when
    /// the segment is shorter, or no line ends there.
    func hashOfLine(endingAt mark: Mark) -> String? {
        guard let file = try? FileDescriptor.open(layout.segment(mark.segment, isPrivate: isPrivate), O_RDONLY),
              let size = try? file.size, size >= mark.offset else { return nil }
        guard mark.offset > 0 else { return "-" }
        var chunk = 4096
        while true {
            let start = max(0, mark.offset - chunk)
            guard let bytes = try? file.read(at: start, count: mark.offset - start), bytes.last == UInt8(ascii: "\n") else { return nil }
            if let newline = bytes.dropLast().lastIndex(of: UInt8(ascii: "\n")) { return JournalLine.hash(ofLine: bytes[(newline + 1)...]) }
            if start == 0 { return JournalLine.hash(ofLine: bytes) }
            chunk *= 4
        }
    }

    /// Empties an index that can no longer be believed, before it is written anew.
    func reset() throws {
        for name in (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [] {
            guard unlink(directory + "/" + name) == 0 || errno == ENOENT else { throw StoreError.system("unlink", directory + "/" + name, errno) }
        }
    }

    // MARK: Reading

    /// The lines of one file written before `covered`, each once (a batch written again after a
    /// crash left it twice), that `wanted` keeps by case number and time (milliseconds), read
    /// before the rest of the line is: one person's file over years is long, a day of it short.
    /// Nil when the file has a damaged line.
    func lines(in file: String, before covered: Mark, wanted: (Int?, Int64) -> Bool = { _, _ in true }) -> [Line]? {
        guard let bytes = try? FileDescriptor.open(directory + "/" + file, O_RDONLY).readAll() else { return [] }
        var out: [Line] = []
        // Lines are written in the segments' order, so one at or before the last is a repeat.
        var last: Mark?
        var start = 0
        while start < bytes.count {
            guard let newline = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) else {
                break   // a torn last line: a write still under way, or cut off by a crash
            }
            let text = bytes[start..<newline]
            start = newline + 1
            guard let head = Self.head(text) else { return nil }
            let at = Mark(segment: head.segment, offset: head.offset)
            guard at < covered, last.map({ $0 < at }) ?? true else { continue }
            last = at
            guard wanted(head.number, head.ms) else { continue }
            guard let line = Self.parse(text) else { return nil }
            out.append(line)
        }
        return out
    }

    /// The first four fields of an index line (segment, offset, time, case), read from its bytes.
    static func head(_ text: ArraySlice<UInt8>) -> (segment: Int, offset: Int, ms: Int64, number: Int?)? {
        var values: [Int64] = []
        var value: Int64 = 0, digits = 0, dash = false
        for byte in text {
            if byte == UInt8(ascii: " ") {
                guard digits > 0 || dash else { return nil }
                values.append(dash ? -1 : value)
                if values.count == 4 { break }
                (value, digits, dash) = (0, 0, false)
            } else if byte >= 0x30 && byte <= 0x39 && !dash && digits < 18 {
                value = value * 10 + Int64(byte - 0x30)
                digits += 1
            } else if byte == UInt8(ascii: "-") && digits == 0 && !dash {
                dash = true
            } else {
                return nil
            }
        }
        guard values.count == 4, values[0] >= 1, values[1] >= 0, values[2] >= 0, values[3] != 0 else { return nil }
        return (Int(values[0]), Int(values[1]), values[2], values[3] < 0 ? nil : Int(values[3]))
    }

    /// The audit lines of the segments from `mark` on, read at most `byteLimit` bytes at a time
    /// (a catch-up after an append stays short), handed to `each`; returns where they end.
    func scan(from mark: Mark, byteLimit: Int = .max, decoder: JSONDecoder, each: (Line) throws -> Void) throws -> Mark {
        var end = mark
        var budget = byteLimit
        for segment in layout.segments(isPrivate: isPrivate) where segment >= mark.segment {
            let path = layout.segment(segment, isPrivate: isPrivate)
            let file = try FileDescriptor.open(path, O_RDONLY)
            let start = segment == mark.segment ? mark.offset : 0
            let size = try file.size
            guard size >= start else { break }
            let count = min(size - start, budget)
            let scan = try SegmentScan(bytes: try file.read(at: start, count: count), base: start, path: path)
            for line in scan.lines {
                if let entry = try Self.entry(of: line.body, isPrivate: isPrivate, decoder: decoder, path: path, offset: line.offset) {
                    try each(Line(segment: segment, offset: line.offset, entry: entry))
                }
            }
            end = Mark(segment: segment, offset: scan.end)
            budget -= scan.end - start
            // Past a torn or unfinished line, or the budget, nothing later is read this time.
            if scan.end < size || budget <= 0 { break }
        }
        return end
    }

    /// What the audit says of one segment line: every journal line is a change; in `private/`
    /// only openings and refused PINs are (the rest are confidential texts).
    static func entry(of body: ArraySlice<UInt8>, isPrivate: Bool, decoder: JSONDecoder, path: String, offset: Int) throws -> AuditEntry? {
        guard isPrivate else {
            guard let event = QuickEventReader.event(body) ?? (try? decoder.decode(Event.self, from: Data(body))) else {
                let (number, byte) = SegmentScan.place(path: path, offset: offset)
                throw StoreError(.corrupt, .notAnEvent(path, number, byte))
            }
            return AuditEntry(at: event.at, by: event.actor, number: event.payload.caseNumber, what: .change(event.payload.typeName))
        }
        // A confidential text has no "kind"; only what has one is decoded.
        guard contains(body, Self.kindKey) else { return nil }
        if let opening = try? decoder.decode(Opening.self, from: Data(body)), opening.kind == "opened" {
            return AuditEntry(at: opening.at, by: opening.by, number: opening.number, what: .opened(entries: opening.entries))
        }
        if let refusal = try? decoder.decode(PinRefusal.self, from: Data(body)), refusal.kind == "pinRefused" {
            return AuditEntry(at: refusal.at, by: refusal.by, number: nil, what: .pinRefused(login: refusal.login))
        }
        return nil
    }

    private static let kindKey = Array(#""kind":""#.utf8)

    private static func contains(_ haystack: ArraySlice<UInt8>, _ needle: [UInt8]) -> Bool {
        guard haystack.count >= needle.count else { return false }
        var i = haystack.startIndex
        let last = haystack.endIndex - needle.count
        while i <= last {
            if haystack[i] == needle[0], haystack[i..<(i + needle.count)].elementsEqual(needle) { return true }
            i += 1
        }
        return false
    }

    // MARK: Writing

    /// Files `lines` (all at or past `covered`, in order) by case and by person, one write and a
    /// sync per file, then moves `covered` to `end`. The caller holds `audit.lock`.
    func add(_ lines: [Line], end: Mark) throws {
        if !FileSystem.exists(directory) {
            try FileSystem.makeDirectory(directory, mode: Store.directoryMode)
            try FileSystem.syncDirectory(isPrivate ? layout.privateDirectory : layout.root)
        }
        var filed: [String: [UInt8]] = [:]
        for line in lines {
            let text = Self.text(line)
            for file in Self.files(of: line.entry) { filed[file, default: []] += text }
        }
        for (name, bytes) in filed.sorted(by: { $0.key < $1.key }) {
            let path = directory + "/" + name
            let file = try FileDescriptor.openForAppend(path, mode: Store.fileMode)
            try Self.cutTornLine(path)
            try file.writeOnce(bytes)
            try file.syncData()
        }
        guard let hash = hashOfLine(endingAt: end) else { throw StoreError(.corrupt, .changedUnderLock(layout.segment(end.segment, isPrivate: isPrivate))) }
        try FileSystem.replace(coveredPath, with: Array("\(header) \(end.segment) \(end.offset) \(hash)\n".utf8), mode: Store.fileMode)
    }

    /// A line a crash left without its newline is cut off, so the next one starts on its own.
    private static func cutTornLine(_ path: String) throws {
        let file = try FileDescriptor.open(path, O_RDONLY)
        let size = try file.size
        guard size > 0, try file.read(at: size - 1, count: 1).last != UInt8(ascii: "\n") else { return }
        let start = max(0, size - 4096)
        let tail = try file.read(at: start, count: size - start)
        try FileSystem.truncate(path, to: tail.lastIndex(of: UInt8(ascii: "\n")).map { start + $0 + 1 } ?? 0)
    }

    // MARK: The index line

    /// `segment offset at number kind by extra`: the time in milliseconds, `-` for no case, the
    /// person in hexadecimal, and for an opening the entries shown (`3,7`), for a refused PIN
    /// whose it was (hexadecimal), else `-`.
    static func text(_ line: Line) -> [UInt8] {
        let e = line.entry
        let ms = Int64((e.at.timeIntervalSince1970 * 1000).rounded())
        let kind: String, extra: String
        switch e.what {
        case .change(let type): kind = type; extra = "-"
        case .opened(let entries): kind = "opened"; extra = entries.isEmpty ? "-" : entries.map(String.init).joined(separator: ",")
        case .pinRefused(let login): kind = "pinRefused"; extra = hex(login)
        }
        return Array("\(line.segment) \(line.offset) \(ms) \(e.number.map(String.init) ?? "-") \(kind) \(hex(e.by)) \(extra)\n".utf8)
    }

    static func parse(_ text: ArraySlice<UInt8>) -> Line? {
        let fields = text.split(separator: UInt8(ascii: " "), omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        guard fields.count == 7, let segment = Int(fields[0]), segment >= 1, let offset = Int(fields[1]), offset >= 0,
              let ms = Int64(fields[2]), let by = unhex(fields[5]), !fields[4].isEmpty,
              fields[4].allSatisfy({ $0.isASCII && $0.isLetter })
        else { return nil }
        var number: Int?
        if fields[3] != "-" {
            guard let n = Int(fields[3]), n > 0 else { return nil }
            number = n
        }
        let what: AuditEntry.What
        switch fields[4] {
        case "opened":
            let entries = fields[6] == "-" ? [] : fields[6].split(separator: ",").compactMap { Int($0) }
            guard fields[6] == "-" || entries.count == fields[6].split(separator: ",", omittingEmptySubsequences: false).count else { return nil }
            what = .opened(entries: entries)
        case "pinRefused":
            guard let login = unhex(fields[6]) else { return nil }
            what = .pinRefused(login: login)
        default:
            guard fields[6] == "-" else { return nil }
            what = .change(fields[4])
        }
        return Line(segment: segment, offset: offset,
                    entry: AuditEntry(at: Date(timeIntervalSince1970: Double(ms) / 1000), by: by, number: number, what: what))
    }

    static func hex(_ text: String) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        for byte in text.utf8 { out.append(digits[Int(byte >> 4)]); out.append(digits[Int(byte & 15)]) }
        return out.isEmpty ? "-" : String(decoding: out, as: UTF8.self)
    }

    static func unhex(_ text: String) -> String? {
        if text == "-" { return "" }
        let bytes = Array(text.utf8)
        guard bytes.count % 2 == 0 else { return nil }
        var out: [UInt8] = []
        var i = 0
        while i < bytes.count {
            guard let hi = Self.nibble(bytes[i]), let lo = Self.nibble(bytes[i + 1]) else { return nil }
            out.append(hi << 4 | lo)
            i += 2
        }
        return String(bytes: out, encoding: .utf8)
    }

    private static func nibble(_ c: UInt8) -> UInt8? {
        switch c {
        case 0x30...0x39: c - 0x30
        case 0x61...0x66: c - 0x61 + 10
        default: nil
        }
    }
}
