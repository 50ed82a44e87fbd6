import Foundation
import Testing

/// `docs/man/rujuk.1` (installed as `man rujuk`) is generated from the commands by
/// swift-argument-parser's generate-manual plugin; this fails when the commands have moved on
/// without it (`scripts/generate-manual.sh` writes it again).
@Suite struct ManualPageTests {
    static let page: String = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/man/rujuk.1")
        // roff writes a backslash as `\e`.
        return ((try? String(contentsOf: url, encoding: .utf8)) ?? "").replacingOccurrences(of: "\\e", with: "\\")
    }()

    /// Every command, option and help sentence the binary describes, as (what, words).
    static func described() throws -> [(String, String)] {
        let r = Spawn.run(CLI.binary, ["--experimental-dump-help"], environment: ProcessInfo.processInfo.environment, stdin: Data())
        let root = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
        var out: [(String, String)] = []
        func walk(_ command: [String: Any], _ path: String) {
            let name = command["commandName"] as? String ?? ""
            let here = path.isEmpty ? name : path + " " + name
            if !path.isEmpty { out.append((here, ".It Em \(name)")) }
            if let abstract = command["abstract"] as? String, !abstract.isEmpty { out.append((here, abstract)) }
            for argument in command["arguments"] as? [[String: Any]] ?? [] {
                for n in argument["names"] as? [[String: Any]] ?? [] where n["kind"] as? String == "long" {
                    out.append((here, "Fl -\(n["name"] as? String ?? "")"))
                }
                if let abstract = argument["abstract"] as? String, !abstract.isEmpty { out.append((here, abstract)) }
            }
            for sub in command["subcommands"] as? [[String: Any]] ?? [] { walk(sub, here) }
        }
        walk(try #require(root["command"] as? [String: Any]), "")
        return out
    }

    @Test func theManualPageDescribesEveryCommandAsItIs() throws {
        #expect(Self.page.contains(".Dt RUJUK 1"), "docs/man/rujuk.1 is missing; run scripts/generate-manual.sh")
        let described = try Self.described()
        #expect(described.count > 100)
        let missing = described.filter { !Self.page.contains($0.1) }
        #expect(missing.isEmpty, "docs/man/rujuk.1 is behind the commands (run scripts/generate-manual.sh): \(missing.prefix(8).map { "\($0.0): \($0.1)" })")
        // And nothing it lists is gone: every command the page names is still one.
        let named = Set(described.map(\.1))
        let listed = Self.page.split(separator: "\n").filter { $0.hasPrefix(".It Em ") }.map(String.init)
        let gone = listed.filter { !named.contains($0) }
        #expect(gone.isEmpty, "docs/man/rujuk.1 names commands that are gone: \(gone)")
    }
}
