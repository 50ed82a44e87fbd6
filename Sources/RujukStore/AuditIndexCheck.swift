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

    /// The index folder named when any file differs from what the segments say.
    var problems: [StoreError] {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: index.directory)) ?? []).filter { $0 != "covered" }
        let differs = Set(names).union(expected.keys).contains { name in
            guard let lines = index.lines(in: name, before: covered) else { return true }
            var digest = Digest()
            for line in lines { digest.add(AuditIndex.text(line)) }
            return digest != (expected[name] ?? Digest())
        }
        return differs ? [StoreError(.corrupt, .snapshotDiffers(index.directory, "audit lines"))] : []
    }
}
