#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// The hash chain over the journal and over `private/`: what the next line records, and the
/// check that every line still follows the one before it.
extension Store {
    /// What a line appended at the end of `segment` (now `size` bytes of complete lines) records
    /// as `prev`: the hash of the last line before it, or the chain's start.
    func chainHead(isPrivate: Bool, segment: Int, size: Int) throws -> String {
        if let cached = chainHeads[isPrivate], cached.segment == segment, cached.size == size { return cached.hash }
        var segment = segment
        var size = size
        while size == 0 {
            guard segment > 1, let earlier = FileSystem.fileSize(layout.segment(segment - 1, isPrivate: isPrivate)) else {
                return JournalLine.genesis(storeID: info.id, isPrivate: isPrivate)
            }
            segment -= 1
            size = earlier
        }
        return JournalLine.hash(ofLine: try lastLine(of: layout.segment(segment, isPrivate: isPrivate), size: size))
    }

    /// The last complete line of the first `size` bytes of a segment, newline included.
    private func lastLine(of path: String, size: Int) throws -> [UInt8] {
        let file = try FileDescriptor.open(path, O_RDONLY)
        var chunk = 4096
        while true {
            let start = max(0, size - chunk)
            let bytes = try file.read(at: start, count: size - start)
            if let newline = bytes.dropLast().lastIndex(of: UInt8(ascii: "\n")) { return Array(bytes[(newline + 1)...]) }
            if start == 0 { return bytes }
            chunk *= 4
        }
    }

    /// What `rujuk audit verify` found in one chain.
    public struct ChainReport: Sendable, Equatable {
        public var lines = 0
        /// Lines written before this version chained them (accepted, but not verifiable).
        public var unchained = 0
        public var problems: [StoreError] = []
        /// The hash the next line will record: worth writing down, to compare later.
        public var head = ""
        /// Whether the head asked about is still in the chain (nil when none was asked):
        /// false when lines before it were edited, removed or cut off since it was noted.
        public var containsHead: Bool?

        public init() {}
    }

    /// Reads every line of the journal (or `private/`) and checks that each records the hash
    /// of the line before it. Changes nothing. Each problem names its file and line.
    public static func verifyChain(_ root: String, isPrivate: Bool, lookingFor noted: String? = nil) throws -> ChainReport {
        let layout = StoreLayout(root)
        let info = try readInfo(layout)
        if let whole = try followChain(layout, info: info, isPrivate: isPrivate, lookingFor: noted) { return whole }
        return try diagnoseChain(layout, info: info, isPrivate: isPrivate, lookingFor: noted)
    }

    /// The chain followed line by line, one segment in memory at a time: all a whole chain
    /// needs, whatever the years kept. Nil at the first thing amiss, for `diagnoseChain` to name.
    private static func followChain(_ layout: StoreLayout, info: StoreInfo, isPrivate: Bool, lookingFor noted: String?) throws -> ChainReport? {
        var report = ChainReport()
        var expected = JournalLine.genesis(storeID: info.id, isPrivate: isPrivate)
        var found = noted.map { $0 == expected }
        var chained = false
        for segment in layout.segments(isPrivate: isPrivate) {
            let bytes = try FileDescriptor.open(layout.segment(segment, isPrivate: isPrivate), O_RDONLY).readAll()
            var start = 0
            while start < bytes.count {
                guard let newline = bytes[start...].firstIndex(of: UInt8(ascii: "\n")),
                      let parsed = JournalLine.parse(bytes[start..<newline]) else { return nil }
                if let prev = parsed.prev {
                    guard prev == expected else { return nil }
                    chained = true
                } else {
                    guard !chained else { return nil }
                    report.unchained += 1
                }
                report.lines += 1
                expected = JournalLine.hash(ofLine: bytes[start...newline])
                if found == false, expected == noted { found = true }
                start = newline + 1
            }
        }
        report.head = expected
        report.containsHead = found
        return report
    }

    /// Every line with its own hash first, so that a line recording the hash of a line elsewhere
    /// (moved) can be told from one recording a hash no line has (edited): for a chain found
    /// broken, which is rare, at the cost of holding every line's hash.
    private static func diagnoseChain(_ layout: StoreLayout, info: StoreInfo, isPrivate: Bool, lookingFor noted: String?) throws -> ChainReport {
        var report = ChainReport()
        var lines: [ChainLine] = []
        for segment in layout.segments(isPrivate: isPrivate) {
            let path = layout.segment(segment, isPrivate: isPrivate)
            let bytes = try FileDescriptor.open(path, O_RDONLY).readAll()
            var start = 0
            var number = 0
            while start < bytes.count {
                number += 1
                guard let newline = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) else {
                    report.problems.append(StoreError(.corrupt, .chainTornTail(path, "\(number)")))
                    break
                }
                let parsed = JournalLine.parse(bytes[start..<newline])
                let seq = isPrivate ? nil : parsed.flatMap { try? JSONDecoder().decode(SeqOnly.self, from: Data($0.body)) }?.seq
                lines.append(ChainLine(path: path, number: number, offset: start, hash: JournalLine.hash(ofLine: bytes[start...newline]),
                                       parsed: parsed != nil, prev: parsed?.prev, seq: seq))
                start = newline + 1
            }
        }
        var position: [String: Int] = [:]
        for (i, line) in lines.enumerated() { position[line.hash] = i }
        var expected = JournalLine.genesis(storeID: info.id, isPrivate: isPrivate)
        var chained = false
        for (i, line) in lines.enumerated() {
            report.lines += 1
            defer { expected = line.hash }
            guard line.parsed else {
                report.problems.append(StoreError(.corrupt, .chainDamaged(line.path, "\(line.number)", "\(line.offset)")))
                continue
            }
            guard let prev = line.prev else {
                if chained { report.problems.append(StoreError(.corrupt, .chainMissing(line.path, "\(line.number)"))) } else { report.unchained += 1 }
                continue
            }
            chained = true
            if prev == expected { continue }
            let before = i > 0 ? lines[i - 1] : nil
            // A damaged line is reported already; the next not following it says nothing more.
            if let before, !before.parsed { continue }
            if let other = position[prev], other != i - 1 {
                report.problems.append(StoreError(.corrupt, .chainReordered(line.path, "\(line.number)", lines[other].path, "\(lines[other].number)")))
            } else if let before, let was = before.seq, let now = line.seq, now != was + 1 {
                report.problems.append(StoreError(.corrupt, .chainRemoved(line.path, "\(line.number)", "\(was)", "\(now)")))
            } else if let before {
                report.problems.append(StoreError(.corrupt, .chainEdited(before.path, "\(before.number)", line.path, "\(line.number)")))
            } else {
                report.problems.append(StoreError(.corrupt, .chainBadStart(line.path, "\(line.number)")))
            }
        }
        report.head = expected
        if let noted {
            report.containsHead = noted == JournalLine.genesis(storeID: info.id, isPrivate: isPrivate) || position[noted] != nil
        }
        return report
    }

    private struct ChainLine {
        var path: String
        var number: Int
        var offset: Int
        var hash: String
        var parsed: Bool
        var prev: String?
        var seq: Int?
    }

    private struct SeqOnly: Decodable { var seq: Int }
}

/// The hash of the last line of a segment as this process last wrote or read it.
struct ChainHead {
    var segment: Int
    var size: Int
    var hash: String
}
