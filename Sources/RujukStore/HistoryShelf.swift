#if canImport(Glibc)
import Glibc
#endif
import Foundation
import RujukDomain

/// `history/`: the closed cases, kept out of start-up. A closed case is written once for each
/// state it was closed in, as one line of a segment (`history/000001.jsonl`, appended to and
/// rolled like the journal's, never rewritten), and `history/index` has a line for each such
/// line: where it is and what a question picks it by (the case number, the student, the latest
/// moment it holds). `show N`, a student's record and a report of a period read the index and
/// then only their cases' lines. Only a copy: the journal stays the truth, a damaged shelf is
/// read from the journal instead, and `check` holds every line against the case rebuilt there.
struct HistoryShelf {
    /// One written case.
    struct Entry: Equatable {
        var number: Int
        /// The case's version (the journal position of its last change): the line holds the case
        /// as it stood from there until it next changed.
        var version: Int
        var segment: Int
        var offset: Int
        /// The line's length without its newline.
        var length: Int
        /// The latest moment in the case, in milliseconds since 1970 (see `CaseMoments`).
        var latest: Int64
        var studentID: String
    }

    let layout: StoreLayout
    let storeID: String
    /// Every complete index line read so far, in the order written.
    private(set) var entries: [Entry] = []
    /// For each case, its entry with the highest version (the latest written, on a tie).
    private(set) var newest: [Int: Entry] = [:]
    /// The index bytes read so far: the header and complete lines only.
    private(set) var indexBytes = 0
    private var indexLines = 0

    init(layout: StoreLayout, storeID: String) {
        self.layout = layout
        self.storeID = storeID
    }

    var header: [UInt8] { Array("rujuk-history 1 \(storeID)\n".utf8) }

    /// How a line is written: keys in order (the encoder's own order changes from process to
    /// process), so `check` finds a case written as it rebuilt it by encoding it once and
    /// comparing bytes, without decoding the line.
    static var lineEncoder: JSONEncoder {
        let e = JSONEncoder()
        e.dateEncodingStrategy = .millisecondsSince1970
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return e
    }

    // MARK: Reading

    /// Reads the index lines written since the last call. A damaged line is named with its line
    /// and byte; an incomplete last line is a write still under way (or torn) and is left.
    mutating func catchUp() throws {
        guard let file = try? FileDescriptor.open(layout.historyIndex, O_RDONLY) else { return }
        let bytes = try file.readAll(from: indexBytes)
        // Nothing is kept from a read that meets damage: the next one starts where this one did.
        var read: [Entry] = []
        var start = 0, lines = indexLines
        while let newline = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) {
            lines += 1
            if indexBytes == 0 && start == 0 {
                guard Array(bytes[0...newline]) == header else { throw damage(line: lines, byte: 0) }
            } else {
                guard let entry = Self.entry(bytes[start..<newline]) else { throw damage(line: lines, byte: indexBytes + start) }
                read.append(entry)
            }
            start = newline + 1
        }
        newest.reserveCapacity(newest.count + read.count)
        for entry in read {
            if let old = newest[entry.number], old.version > entry.version {} else { newest[entry.number] = entry }
        }
        entries += read
        indexBytes += start
        indexLines = lines
    }

    private func damage(line: Int, byte: Int) -> StoreError {
        StoreError(.corrupt, .historyDamaged(layout.historyIndex, "\(line)", "\(byte)"))
    }

    /// The entries of one case or of one student's cases, each as it stood at `seq`, read from
    /// the index without taking in the rest: a line not theirs is passed by on its first or last
    /// bytes, so `show N` and a student's record cost about the same whatever the years kept.
    /// Throws on damage in a line of theirs, and when the index is shorter than `needed` bytes.
    func entries(ofCase number: Int?, ofStudent studentID: String?, asOf seq: Int, needed: Int?, chunk: Int = 1 << 20) throws -> [Entry] {
        guard let file = try? FileDescriptor.open(layout.historyIndex, O_RDONLY) else {
            if let needed, needed > 0 { throw StoreError(.corrupt, .snapshotDiffers(layout.historyIndex, "closed cases")) }
            return []
        }
        let size = try file.size
        if let needed, size < needed { throw StoreError(.corrupt, .snapshotDiffers(layout.historyIndex, "closed cases")) }
        guard size > 0 else { return [] }
        let prefix = number.map { Array("\($0) ".utf8) }
        let suffix = studentID.map { Array((" " + Self.escaped($0)).utf8) }
        var found: [Int: Entry] = [:]
        // Read a chunk at a time into one buffer (no copy of the whole index in memory), memchr to
        // each line's end and memcmp of its first or last bytes: twenty years of a school are
        // 200,000 lines here, and a student's are a few dozen of them.
        var buffer = [UInt8](repeating: 0, count: chunk)
        var kept = 0, fileOffset = 0, line = 0
        while fileOffset < size {
            let n = buffer.withUnsafeMutableBytes { raw in pread(file.fd, raw.baseAddress! + kept, raw.count - kept, off_t(fileOffset)) }
            if n < 0 && errno == EINTR { continue }
            if n < 0 { throw StoreError.system("read", layout.historyIndex, errno) }
            if n == 0 { break }
            let bufferStart = fileOffset - kept
            fileOffset += n
            let filled = kept + n
            var start = 0
            if line == 0 {
                guard filled >= header.count || fileOffset >= size else {
                    kept = filled
                    if kept == buffer.count { buffer += [UInt8](repeating: 0, count: buffer.count) }
                    continue
                }
                guard buffer.starts(with: header) else { throw damage(line: 1, byte: 0) }
                start = header.count
                line = 1
            }
            try buffer.withUnsafeBytes { raw in
                let base = raw.baseAddress!
                func matches(_ wanted: [UInt8]?, at offset: Int, length: Int) -> Bool {
                    guard let wanted else { return true }
                    guard length >= wanted.count else { return false }
                    return wanted.withUnsafeBytes { memcmp(base + offset, $0.baseAddress!, wanted.count) } == 0
                }
                while start < filled, let hit = memchr(base + start, Int32(UInt8(ascii: "\n")), filled - start) {
                    let newline = base.distance(to: UnsafeRawPointer(hit))
                    let at = start, length = newline - start
                    start = newline + 1
                    line += 1
                    guard matches(prefix, at: at, length: length),
                          matches(suffix, at: newline - min(length, suffix?.count ?? 0), length: length) else { continue }
                    guard let e = Self.entry(buffer[at..<newline]) else { throw damage(line: line, byte: bufferStart + at) }
                    guard number.map({ e.number == $0 }) ?? true, studentID.map({ e.studentID == $0 }) ?? true, e.version <= seq else { continue }
                    if let old = found[e.number], old.version > e.version {} else { found[e.number] = e }
                }
            }
            // What follows the last newline is the start of a line the next read completes (or a
            // torn last line, left); a line longer than the buffer grows it.
            kept = filled - start
            if kept > 0 { buffer.withUnsafeMutableBytes { raw in _ = memmove(raw.baseAddress!, raw.baseAddress! + start, kept) } }
            if kept == buffer.count { buffer += [UInt8](repeating: 0, count: buffer.count) }
        }
        return Array(found.values)
    }

    /// The entry that holds case `number` as it was at journal position `seq`: its highest
    /// version at or before it (a process ahead may have written later ones).
    func entry(for number: Int, asOf seq: Int) -> Entry? {
        guard let newest = newest[number] else { return nil }
        if newest.version <= seq { return newest }
        return entries.last { $0.number == number && $0.version <= seq }
    }

    /// Every case the shelf holds as it was at `seq`, with `wanted` saying which.
    func current(asOf seq: Int, where wanted: (Entry) -> Bool) -> [Entry] {
        newest.values.compactMap { e in e.version <= seq ? e : entry(for: e.number, asOf: seq) }.filter(wanted)
    }

    /// The cases of `picked` as one JSON array to decode (`[case,case,…]`), each line checked
    /// to be one object. A segment many of them are in is read whole, once; others a line each.
    func read(_ picked: [Entry]) throws -> [UInt8] {
        var out: [UInt8] = [UInt8(ascii: "[")]
        for (segment, inSegment) in Dictionary(grouping: picked, by: \.segment).sorted(by: { $0.key < $1.key }) {
            let path = layout.historySegment(segment)
            let file = try FileDescriptor.open(path, O_RDONLY)
            let whole = inSegment.count > 64 ? try file.readAll() : nil
            for e in inSegment.sorted(by: { $0.offset < $1.offset }) {
                let line: ArraySlice<UInt8>
                if let whole {
                    line = whole[min(e.offset, whole.count)..<min(e.offset + e.length, whole.count)]
                } else {
                    line = try file.read(at: e.offset, count: e.length)[...]
                }
                guard line.count == e.length, line.first == UInt8(ascii: "{"), line.last == UInt8(ascii: "}") else {
                    let (number, byte) = SegmentScan.place(path: path, offset: e.offset)
                    throw StoreError(.corrupt, .historyDamaged(path, number, byte))
                }
                if out.count > 1 { out.append(UInt8(ascii: ",")) }
                out.append(contentsOf: line)
            }
        }
        out.append(UInt8(ascii: "]"))
        return out
    }

    // MARK: Writing

    /// Writes `cases` (closed, stripped of what may not be written outside `private/`): the lines
    /// to the last segment with one write and a sync, then their index lines the same way, so an
    /// index line never names a line that is not on disk. The caller holds `snapshot.lock`, so
    /// nobody else writes here meanwhile; a torn index line left by a crash is cut off first.
    mutating func write(_ cases: [Case], encoder: JSONEncoder, segmentLimit: Int) throws {
        guard !cases.isEmpty else { return }
        if !FileSystem.exists(layout.historyDirectory) {
            try FileSystem.makeDirectory(layout.historyDirectory, mode: Store.segmentDirectoryMode)
            try FileSystem.syncDirectory(layout.root)
        }
        try catchUp()
        let index = try FileDescriptor.openForAppend(layout.historyIndex, mode: Store.fileMode)
        if try index.size > indexBytes { try FileSystem.truncate(layout.historyIndex, to: indexBytes) }
        var segment = entries.last?.segment ?? 1
        if (FileSystem.fileSize(layout.historySegment(segment)) ?? 0) >= segmentLimit { segment += 1 }
        let file = try FileDescriptor.openForAppend(layout.historySegment(segment), mode: Store.fileMode)
        var offset = try file.size
        var lines: [UInt8] = []
        var written: [Entry] = []
        for c in cases {
            let body = Array(try encoder.encode(c))
            written.append(Entry(number: c.number, version: c.version, segment: segment, offset: offset + lines.count,
                                 length: body.count, latest: CaseMoments.latest(in: body) ?? 0, studentID: c.studentID))
            lines += body
            lines.append(UInt8(ascii: "\n"))
        }
        let before = offset
        do {
            try file.writeOnce(lines)
            try file.syncData()
        } catch {
            try? FileSystem.truncate(layout.historySegment(segment), to: before)
            throw error
        }
        offset += lines.count
        CrashPoint.hit("after-history-lines")
        var indexText: [UInt8] = indexBytes == 0 ? header : []
        for e in written { indexText += Self.line(e) }
        let indexBefore = indexBytes
        do {
            try index.writeOnce(indexText)
            try index.syncData()
        } catch {
            try? FileSystem.truncate(layout.historyIndex, to: indexBefore)
            throw error
        }
        try FileSystem.syncDirectory(layout.historyDirectory)
        try catchUp()
    }

    // MARK: The index line

    /// `number version segment offset length latest student`, the student's id last with `%`,
    /// space and newline escaped (ids are Rujuk's own, but a store may hold anything).
    static func line(_ e: Entry) -> [UInt8] {
        Array("\(e.number) \(e.version) \(e.segment) \(e.offset) \(e.length) \(e.latest) \(escaped(e.studentID))\n".utf8)
    }

    /// A student's id as the index writes it: `%`, space and line breaks escaped.
    static func escaped(_ studentID: String) -> String {
        var student = ""
        for ch in studentID.unicodeScalars {
            switch ch {
            case "%": student += "%25"
            case " ": student += "%20"
            case "\n": student += "%0A"
            case "\r": student += "%0D"
            default: student.unicodeScalars.append(ch)
            }
        }
        return student
    }

    static func entry(_ line: ArraySlice<UInt8>) -> Entry? {
        // Read in place, a field at a time (an index holds a line for every case ever closed).
        var numbers: [Int64] = []
        numbers.reserveCapacity(6)
        var i = line.startIndex
        while numbers.count < 6 {
            var value: Int64 = 0, digits = 0
            let negative = i < line.endIndex && line[i] == UInt8(ascii: "-")
            if negative { i += 1 }
            while i < line.endIndex, line[i] >= 0x30, line[i] <= 0x39 {
                guard digits < 19 else { return nil }
                value = value &* 10 &+ Int64(line[i] - 0x30)
                digits += 1
                i += 1
            }
            guard digits > 0, i < line.endIndex, line[i] == UInt8(ascii: " ") else { return nil }
            numbers.append(negative ? -value : value)
            i += 1
        }
        guard numbers[0] > 0, numbers[1] > 0, numbers[2] > 0, numbers[3] >= 0, numbers[4] > 1 else { return nil }
        let field = line[i...]
        guard !field.isEmpty, !field.contains(UInt8(ascii: " ")) else { return nil }
        let raw = String(decoding: field, as: UTF8.self)
        let student = field.contains(UInt8(ascii: "%")) ? raw.removingPercentEncoding ?? "" : raw
        guard !student.isEmpty else { return nil }
        return Entry(number: Int(numbers[0]), version: Int(numbers[1]), segment: Int(numbers[2]),
                     offset: Int(numbers[3]), length: Int(numbers[4]), latest: numbers[5], studentID: student)
    }

}
