import Testing
@testable import rujuk
import RujukUI

/// The command line's language is chosen once from the parsed options, the config, the
/// environment and the school's default, in that order.
@Suite struct LanguageResolutionTests {
    func resolve(_ args: [String], env: [String: String] = ["LANG": "en_US.UTF-8"], configured: String? = nil,
                 school: String = "en") -> (Language, store: String?, demo: Bool) {
        var seen: (String?, Bool) = (nil, false)
        let language = Localization.resolve(args, environment: env, configured: configured) { store, demo in
            seen = (store, demo)
            return school
        }
        return (language, seen.0, seen.1)
    }

    @Test func theOptionWinsWrittenEitherWay() {
        #expect(resolve(["pickup", "14", "--lang", "id"]).0 == .id)
        #expect(resolve(["pickup", "14", "--lang=id"]).0 == .id)
        #expect(resolve(["close", "3", "--outcome", "bogus", "--lang=id", "--as", "agus"]).0 == .id)
        #expect(resolve(["queue", "--lang", "en"], env: ["LANG": "id_ID.UTF-8"], configured: "id").0 == .en)
    }

    @Test func nothingAfterTheTerminatorIsAnOption() {
        #expect(resolve(["reply", "3", "--", "--lang", "id"]).0 == .en)
    }

    @Test func thenTheConfigThenTheEnvironmentThenTheSchool() {
        #expect(resolve(["queue"], env: ["LANG": "id_ID.UTF-8"], configured: "en").0 == .en)
        #expect(resolve(["queue"], env: ["LANG": "id_ID.UTF-8"]).0 == .id)
        #expect(resolve(["queue"], env: ["LC_ALL": "en_GB.UTF-8", "LANG": "id_ID.UTF-8"]).0 == .en)
        #expect(resolve(["queue"], env: [:], school: "id").0 == .id)
        #expect(resolve(["queue"], env: ["LANG": "C.UTF-8"], school: "id").0 == .id)
    }

    @Test func aValueThatIsNoLanguageLeavesItToTheRest() {
        #expect(resolve(["queue", "--lang", "fr"], env: ["LANG": "id_ID.UTF-8"]).0 == .id)
    }

    @Test func theSchoolIsTheOneTheCommandNames() {
        let named = resolve(["queue", "--as", "budi", "--store=/srv/smp30"], env: [:])
        #expect(named.store == "/srv/smp30" && !named.demo)
        let demo = resolve(["demo", "--as", "sari"], env: [:])
        #expect(demo.store == nil && demo.demo)
    }
}
