#if canImport(Glibc)
import Glibc
#endif
import Foundation
import RujukDomain

/// Holds an audit index against the segments, for `check`: every line the segments hold before
/// `covered` is told what it should be, file by file, as `check` passes it; then each file is read
/// once and must hold exactly those lines. Only a count and a sum of hashes per file stay in
/// memory, whatever the years kept.
final class AuditIndexCheck {
    let index: AuditIndex
    let covered: AuditIndex.Mark
    private var expected: [String: Digest] = [:]

    struct Digest: Equatable {
        var count = 0
        var sum: UInt64 = 0
        mutating func add(_ text: [UInt8]) {
            count += 1
            sum = sum &+ Self.fnv(text)
        }
        static func fnv(_ bytes: [UInt8]) -> UInt64 {
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
            return h
        }
    }

    /// Nil when there is no index to hold (none was written yet).
    init?(_ index: AuditIndex) {
        guard let covered = index.covered() else { return nil }
        self.index = index
        self.covered = covered
    }

    /// One segment line, as `check` passes it.
    func saw(_ line: AuditIndex.Line) {
        guard AuditIndex.Mark(segment: line.segment, offset: line.offset) < covered else { return }
        let text = AuditIndex.text(line)
        for file in AuditIndex.files(of: line.entry) { expected[file, default: Digest()].add(text) }
    }

    /// The first file that differs from what the segments say (a missing one named too), with
    /// its folder, which is what to delete.
    var problems: [StoreError] {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: index.directory)) ?? []).filter { $0 != "covered" }
        let differing = Set(names).union(expected.keys).sorted().first { name in
            guard let digest = written(name) else { return true }
            return digest != (expected[name] ?? Digest())
        }
        return differing.map { [StoreError(.corrupt, .auditIndexDiffers(index.directory, index.directory + "/" + $0))] } ?? []
    }

    /// What one file holds before `covered`: each line once, a batch written again after a
    /// crash counted once; nil when a line is damaged or one is out of order without being
    /// such a repeat (a reader passes those by, so only `check` can tell of them).
    private func written(_ name: String) -> Digest? {
        guard let bytes = try? FileDescriptor.open(index.directory + "/" + name, O_RDONLY).readAll() else { return Digest() }
        var digest = Digest()
        var seen: [AuditIndex.Mark: UInt64] = [:]
        var last: AuditIndex.Mark?
        var start = 0
        while start < bytes.count, let newline = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) {
            let text = bytes[start..<newline]
            start = newline + 1
            guard let line = AuditIndex.parse(text) else { return nil }
            let at = AuditIndex.Mark(segment: line.segment, offset: line.offset)
            guard at < covered else { continue }
            let canonical = AuditIndex.text(line)
            let hash = Digest.fnv(canonical)
            if let last, at <= last {
                guard seen[at] == hash else { return nil }
                continue
            }
            last = at
            seen[at] = hash
            digest.add(canonical)
        }
        return digest
    }
}
