import Foundation
import Testing

/// The README's command-line examples run as written on a fresh demo store (issue 12): the
/// blocks that start with `rujuk init --demo`, in a shell, with a home of their own.
@Suite(.serialized) struct ReadmeExamplesTests {
    static let readme: String = {
        var dir = URL(fileURLWithPath: #filePath)
        while dir.path != "/" {
            dir.deleteLastPathComponent()
            if let text = try? String(contentsOf: dir.appendingPathComponent("README.md"), encoding: .utf8) { return text }
        }
        return ""
    }()

    /// The `sh` blocks of "The command line", from the one that creates the demo store on.
    static var demoBlocks: [String] {
        let blocks = readme.components(separatedBy: "```sh\n").dropFirst().map { $0.components(separatedBy: "```")[0] }
        guard let first = blocks.firstIndex(where: { $0.hasPrefix("rujuk init --demo") }) else { return [] }
        return Array(blocks[first...].prefix { !$0.hasPrefix("rujuk init --school") })
    }

    @Test func theDemoExamplesRunAsWritten() throws {
        let blocks = Self.demoBlocks
        #expect(blocks.count >= 2, "the README's demo examples were not found")
        let home = NSTemporaryDirectory() + "rujuk-readme-\(UUID().uuidString)"
        let bin = home + "/bin"
        try FileManager.default.createDirectory(atPath: bin, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: home) }
        try FileManager.default.createSymbolicLink(atPath: bin + "/rujuk", withDestinationPath: CLI.binary)
        var environment = ProcessInfo.processInfo.environment
        for key in ["RUJUK_STORE", "RUJUK_PIN", "XDG_DATA_HOME", "XDG_STATE_HOME"] { environment.removeValue(forKey: key) }
        environment["HOME"] = home
        environment["PATH"] = bin + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        let script = "set -e\n" + blocks.joined(separator: "\n")
        let r = Spawn.run("/bin/sh", ["-c", script], environment: environment)
        #expect(r.status == 0, "README example failed: \(r.err)")
        #expect(r.out.contains("Case #14 opened for Andi Pratama (VIII-B)"))
    }
}
