#if canImport(Glibc)
import Glibc
#endif
import Foundation
@testable import RujukDomain
@testable import RujukStore

/// A fresh store directory under /tmp, removed when the test ends.
final class TempStore {
    let root: String

    init(demo: Bool = true) throws {
        root = NSTemporaryDirectory() + "rujuk-test-" + UUID().uuidString
        let info = StoreInfo(school: DemoSchool.name, created: DemoSchool.start, lang: "en", demo: true)
        _ = try Store.create(at: root, info: info, events: demo ? DemoSchool.events : [])
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    var layout: StoreLayout { StoreLayout(root) }
    var journal: String { layout.segment(1) }

    func open() throws -> Store { try Store.open(root) }

    func bytes(_ path: String) -> [UInt8] { Array(FileManager.default.contents(atPath: path) ?? Data()) }

    /// Overwrites a file in place, keeping its mode (as an editor saving over it would).
    func write(_ path: String, _ bytes: [UInt8]) {
        let fd = Glibc.open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o660)
        defer { close(fd) }
        _ = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
    }

    /// Every file of the store with its bytes, to prove that nothing changed.
    func allFiles() -> [String: [UInt8]] {
        var result: [String: [UInt8]] = [:]
        let e = FileManager.default.enumerator(atPath: root)!
        while let p = e.nextObject() as? String {
            let full = root + "/" + p
            if !FileSystem.isDirectory(full) { result[p] = bytes(full) }
        }
        return result
    }

    static func reply(_ store: Store, _ actor: String, _ number: Int, _ text: String, _ visibility: Visibility = .team) -> Event {
        Event(at: Date(), actor: actor, payload: .messagePosted(EntryText(number: number, visibility: visibility, text: text)))
    }
}
