#if canImport(Glibc)
import Glibc
#endif
import Foundation
import RujukDomain

/// `store.json`: written once at `init`, atomically.
public struct StoreInfo: Codable, Sendable, Equatable {
    public var format: Int
    /// A random id, so that a snapshot is never applied to another store's journal.
    public var id: String
    public var school: String
    public var created: Date
    /// The school's default interface language (`en` or `id`).
    public var lang: String
    /// A demo store lets anyone act as any demo person without a PIN.
    public var demo: Bool
    /// The Unix group the store is shared with, and the one `private/` is shared with, when
    /// `init --group --bk-group` set them (nil in a one-person or demo store).
    public var group: String?
    public var bkGroup: String?

    public static let currentFormat = 1

    public init(school: String, created: Date, lang: String, demo: Bool, group: String? = nil, bkGroup: String? = nil) {
        self.format = Self.currentFormat
        self.group = group
        self.bkGroup = bkGroup
        self.id = UUID().uuidString
        self.school = school
        self.created = created
        self.lang = lang
        self.demo = demo
    }
}

/// Where each file of a store lives.
public struct StoreLayout: Sendable {
    public let root: String

    public init(_ root: String) { self.root = root }

    public var info: String { root + "/store.json" }
    public var lock: String { root + "/lock" }
    /// Where writers who find the lock taken leave their events for its holder (`AppendQueue`).
    public var appendQueue: String { root + "/append-queue" }
    /// Held (never waited for) by the one process writing a snapshot, apart from the store lock.
    public var snapshotLock: String { root + "/snapshot.lock" }
    public var snapshot: String { root + "/snapshot.json" }
    /// What the last nightly check found (see `CheckRecord`).
    public var checkRecord: String { root + "/check.json" }
    /// Where closed cases were kept before the history folder (a snapshot of format 5 or older
    /// names it); removed once a newer snapshot no longer does.
    public var legacyHistory: String { root + "/history.json" }
    /// Closed cases, out of start-up: segments of one case a line, and their index.
    public var historyDirectory: String { root + "/history" }
    public var historyIndex: String { historyDirectory + "/index" }

    public func historySegment(_ number: Int) -> String {
        historyDirectory + "/" + Self.sixDigits(number) + ".jsonl"
    }
    public var journalDirectory: String { root + "/journal" }
    public var privateDirectory: String { root + "/private" }

    public func segment(_ number: Int, isPrivate: Bool = false) -> String {
        (isPrivate ? privateDirectory : journalDirectory) + "/" + Self.sixDigits(number) + ".jsonl"
    }

    /// `%06d` without `String(format:)`, which costs more than the rest of an append's path names.
    static func sixDigits(_ number: Int) -> String {
        let digits = String(number)
        return digits.count >= 6 || number < 0 ? digits : String(repeating: "0", count: 6 - digits.count) + digits
    }

    /// The segment numbers present in a directory, in order.
    public func segments(isPrivate: Bool = false) -> [Int] {
        let dir = isPrivate ? privateDirectory : journalDirectory
        // readdir itself: every append asks, and FileManager's listing costs several times more.
        guard let stream = opendir(dir) else { return [] }
        defer { closedir(stream) }
        var numbers: [Int] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix(while: { $0 != 0 }), as: UTF8.self) }
            guard name.hasSuffix(".jsonl"), name.utf8.count == 12, let number = Int(name.prefix(6)) else { continue }
            numbers.append(number)
        }
        return numbers.sorted()
    }
}
