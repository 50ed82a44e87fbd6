import Foundation
import Testing
@testable import RujukUI

/// `docs/keys.md` is the keymap and the screens' hint lines as they are; the README's key
/// table names exactly the keys the main screen's keymap binds.
@Suite struct KeyReferenceTests {
    static let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    @Test func docsKeysIsTheKeymapAsItIs() throws {
        let page = KeyReference.markdown(counsellor: demoState("budi"), teacher: demoState("sari"))
        let url = Self.docs.appendingPathComponent("docs/keys.md")
        if ProcessInfo.processInfo.environment["RUJUK_RECORD_SNAPSHOTS"] == "1" {
            try page.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let committed = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        #expect(committed == page, "docs/keys.md differs from the keymap; run RUJUK_RECORD_SNAPSHOTS=1 swift test --filter KeyReference and commit it:\n\(page)")
        // Both languages are there, and no hint line is missing.
        for language in [Language.en, .id] {
            for (screen, line) in KeyReference.screens { #expect(!line(Catalog(language)).isEmpty, "\(screen) \(language)") }
        }
        #expect(page.contains("switch queue") && page.contains("rujuk siswa ke BK"))
    }

    @Test func theReadmeKeyTableNamesTheKeymapsKeys() throws {
        let readme = try String(contentsOf: Self.docs.appendingPathComponent("README.md"), encoding: .utf8)
        // The table's first column: "| `n` |", "| `j` `k`, arrows, … |".
        let rows = readme.split(separator: "\n").filter { $0.hasPrefix("| `") }
        let documented = Set(rows.flatMap { row -> [String] in
            let first = row.split(separator: "|").first.map(String.init) ?? ""
            return first.split(separator: "`").enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element) }
        })
        let bound = keymap(for: demoState("budi")).compactMap { b -> String? in
            guard case .char(let c) = b.keys[0] else { return nil }
            return String(c)
        }
        let missing = bound.filter { !documented.contains($0) }
        #expect(missing.isEmpty, "keys the keymap binds that the README's table leaves out: \(missing)")
        let letters = documented.filter { $0.count == 1 && $0.first!.isLetter }
        let unbound = letters.filter { !bound.contains($0) }
        #expect(unbound.isEmpty, "keys the README's table names that the keymap does not bind: \(unbound)")
    }
}

/// The README's picture of the screen is the screen as it is drawn (its elided middle aside):
/// a changed hint or label cannot leave a stale picture behind.
@Suite struct ReadmePictureTests {
    @Test func theReadmePictureIsTheDemoScreen() throws {
        let readme = try String(contentsOf: KeyReferenceTests.docs.appendingPathComponent("README.md"), encoding: .utf8)
        guard let section = readme.range(of: "## The terminal interface"),
              let open = readme.range(of: "```\n", range: section.upperBound..<readme.endIndex),
              let close = readme.range(of: "\n```", range: open.upperBound..<readme.endIndex)
        else { Issue.record("no picture under \"The terminal interface\""); return }
        let picture = readme[open.upperBound..<close.lowerBound].split(separator: "\n").map(String.init)
        let screen = render(demoState("budi", width: 120, height: 40)).lines.map { String($0.reversed().drop { $0 == " " }.reversed()) }
        let shown = picture.filter { $0 != "…" }
        #expect(shown.count >= 5)
        for line in shown {
            #expect(screen.contains(String(line.reversed().drop { $0 == " " }.reversed())), "not on the screen: \(line)\nscreen:\n\(screen.joined(separator: "\n"))")
        }
    }
}
