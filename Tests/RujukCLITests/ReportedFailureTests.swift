import Foundation
import RujukDomain
import RujukUI
import Testing
@testable import rujuk

/// What a person cares about is said when it fails, not swallowed: drafts that could not be
/// kept, a config file that cannot be read.
@Suite struct ReportedFailureTests {
    @Test func aDraftThatCannotBeKeptIsSaid() throws {
        var school = School(name: DemoSchool.name)
        for e in DemoSchool.events { try school.apply(e) }
        var state = AppState(school: school, actor: school.staff["budi"]!, now: Date(), width: 120, height: 40)
        var draft = ComposeDraft()
        draft.text = "Sudah saya telepon ibunya."
        state.drafts[4] = draft
        // The directory the drafts go in is a file: no account, root included, can write there.
        let blocker = NSTemporaryDirectory() + "rujuk-blocker-\(UUID().uuidString)"
        _ = FileManager.default.createFile(atPath: blocker, contents: Data())
        defer { try? FileManager.default.removeItem(atPath: blocker) }
        let problem = DraftFile(path: blocker + "/drafts.json").save(state)
        #expect(problem?.contains(blocker + "/drafts.json") == true, "\(problem ?? "nil")")
        // Where it can be written, it is, and nothing is said.
        let dir = NSTemporaryDirectory() + "rujuk-drafts-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(DraftFile(path: dir + "/drafts.json").save(state) == nil)
        #expect(String(decoding: FileManager.default.contents(atPath: dir + "/drafts.json") ?? Data(), as: UTF8.self).contains("ibunya"))
    }

    /// Drafts that cannot be read back are moved aside untouched and said, so that quitting
    /// (which saves the drafts again) cannot overwrite what was typed.
    @Test func unreadableDraftsAreKeptAsideAndSaid() throws {
        var school = School(name: DemoSchool.name)
        for e in DemoSchool.events { try school.apply(e) }
        var state = AppState(school: school, actor: school.staff["budi"]!, now: Date(), width: 120, height: 40)
        let dir = NSTemporaryDirectory() + "rujuk-drafts-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let damaged = Data("{\"replies\": {\"4\": {\"text\": \"Sudah saya tel".utf8)
        try damaged.write(to: URL(fileURLWithPath: dir + "/drafts.json"))
        let file = DraftFile(path: dir + "/drafts.json")
        let said = try #require(file.load(into: &state))
        #expect(said.contains(dir + "/drafts.json") && said.contains(".unreadable-"), "\(said)")
        let aside = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasPrefix("drafts.json.unreadable-") }
        #expect(aside.count == 1)
        #expect(FileManager.default.contents(atPath: dir + "/" + aside[0]) == damaged)
        #expect(!FileManager.default.fileExists(atPath: dir + "/drafts.json"))
        // Nothing there is not a problem; readable drafts come back, and nothing is said.
        #expect(file.load(into: &state) == nil)
        var draft = ComposeDraft()
        draft.text = "Sudah saya telepon ibunya."
        state.drafts[4] = draft
        #expect(file.save(state) == nil)
        var fresh = AppState(school: school, actor: school.staff["budi"]!, now: Date(), width: 120, height: 40)
        #expect(file.load(into: &fresh) == nil && fresh.drafts[4]?.text == "Sudah saya telepon ibunya.")
    }

    @Test func aBrokenConfigFileIsSaidWithItsLine() throws {
        let cli = CLI()
        defer { cli.remove() }
        try cli.run(["init", "--demo"])
        let config = NSTemporaryDirectory() + "rujuk-config-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: config + "/rujuk", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: config) }
        try Data("lang = \"id\"\ntheme = \n".utf8).write(to: URL(fileURLWithPath: config + "/rujuk/config.toml"))
        let r = try cli.run(["queue", "--as", "budi", "--lang", "en"], env: ["XDG_CONFIG_HOME": config])
        #expect(r.status == 0)
        #expect(r.err.contains("config.toml line 2") && r.err.contains("not used until it is fixed"), "\(r.err)")
        let fine = try cli.run(["queue", "--as", "budi"])
        #expect(!fine.err.contains("config.toml"))
    }
}
