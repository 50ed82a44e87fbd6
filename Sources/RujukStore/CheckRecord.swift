#if canImport(Glibc)
import Glibc
#endif
import Foundation
import RujukDomain

/// What the last nightly `rujuk check --nightly` found, kept in `STORE/check.json` so that the
/// login banner and the interface can say when the store was found damaged. Counts and a time
/// only: a problem's own words stay with `rujuk check`, for whoever runs it.
public struct CheckRecord: Codable, Sendable, Equatable {
    public var at: Date
    public var events: Int
    public var problems: Int

    public init(at: Date, events: Int, problems: Int) {
        self.at = at
        self.events = events
        self.problems = problems
    }
}

extension Store {
    /// The record of the last nightly check, or nil (none yet, or unreadable: it is only a note).
    public static func lastCheck(_ root: String) -> CheckRecord? {
        guard let bytes = try? FileDescriptor.open(StoreLayout(root).checkRecord, O_RDONLY).readAll() else { return nil }
        return try? JSONCoding.decoder().decode(CheckRecord.self, from: Data(bytes))
    }

    /// Keeps `record` as the last nightly check's, replacing the one before.
    public static func recordCheck(_ record: CheckRecord, in root: String) throws {
        let bytes = Array(try JSONCoding.encoder().encode(record)) + [UInt8(ascii: "\n")]
        try FileSystem.replace(StoreLayout(root).checkRecord, with: bytes, mode: fileMode)
    }
}
