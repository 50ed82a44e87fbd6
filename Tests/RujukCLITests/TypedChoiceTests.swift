import ArgumentParser
import Foundation
import RujukDomain
import RujukUI
import Testing
@testable import rujuk

/// Every choice on the command line has one spelling (kebab case, listed in `--help`), the
/// mistakes with arguments are worded in the reader's language, and none of it is a string
/// re-parsed with a silent fallback.
@Suite struct TypedChoiceTests {
    @Test func eachChoiceHasOneKebabSpellingThatReadsBack() {
        #expect(Visibility.allValueStrings == ["team", "homeroom-and-bk", "bk-only", "bk-and-principal"])
        #expect(Outcome.allValueStrings == ["resolved", "monitoring", "referred-out", "no-bk-action"])
        #expect(Level.allValueStrings.contains("vice-student-affairs") && Role.allValueStrings.contains("subject-teacher"))
        #expect(NarrativeSection.allValueStrings == ["analisis", "pendukung", "penghambat", "tindak-lanjut"])
        func roundTrips<T: CommandLineChoice & Equatable>(_: T.Type) -> Bool {
            T.allCases.allSatisfy { T(argument: $0.commandLineName) == $0 && T(argument: $0.rawValue) == $0 }
                && !T.allValueStrings.contains { $0.contains(where: \.isUppercase) }
        }
        #expect(roundTrips(Visibility.self) && roundTrips(Outcome.self) && roundTrips(Level.self) && roundTrips(ServiceType.self))
        #expect(roundTrips(ServiceFormat.self) && roundTrips(ReviewHorizon.self) && roundTrips(Area.self) && roundTrips(Urgency.self))
        #expect(roundTrips(Role.self) && roundTrips(NarrativeSection.self) && roundTrips(LeaveReason.self) && roundTrips(Language.self))
        #expect(Visibility(argument: "homeroom-and-b-k") == nil && Outcome(argument: "Resolved") == nil)
        #expect(Gender(argument: "p") == .female && Gender(argument: "X") == nil)
    }

    @Test func everyArgumentMistakeIsWordedInBothLanguages() {
        let all: [UsageProblem] = [
            .someOf(["--a", "--b"]), .oneOf(["--a", "--b", "--c"]), .notBoth("--a", "--b"), .atMostOne(["--a", "--b"]),
            .atLeastOne("--role"), .demoNotShared, .yearWrittenAs, .notADay(option: "--due", value: "senin"),
            .wholeNumberAboveZero("--minutes"), .ratingFromOneToFive, .actionDetailsWithoutAction, .levelNeedsReason,
            .onlyWithLevel, .escalationNeedsSomething, .attendeeNeeded, .onePerAction("--owner"), .onePerActionOrNone("--due"),
        ]
        for problem in all {
            let en = problem.sentence(in: .en), id = problem.sentence(in: .id)
            #expect(!en.isEmpty && !id.isEmpty && en != id, "\(problem)")
        }
        #expect(UsageProblem.oneOf(["--a", "--b", "--c"]).sentence(in: .id) == "Berikan tepat satu dari --a, --b dan --c.")
    }

    @Test func theCommandLineTakesTheOneSpellingAndTheOldNames() throws {
        let cli = CLI()
        defer { cli.remove() }
        try cli.run(["init", "--demo"])
        let kebab = try cli.run(["reply", "4", "-", "--visibility", "homeroom-and-bk", "--as", "budi"], stdin: "Sudah bicara dengan ibunya.")
        #expect(kebab.status == 0 && kebab.out.contains("homeroom & BK"), "\(kebab.err)")
        let old = try cli.run(["reply", "4", "-", "--visibility", "bkOnly", "--as", "budi"], stdin: "Catatan BK.")
        #expect(old.status == 0, "\(old.err)")
        let closed = try cli.run(["close", "4", "--outcome", "referred-out", "--summary", "Dirujuk ke psikolog.", "--as", "budi"])
        #expect(closed.status == 0 && closed.out.contains("referred out"), "\(closed.err)")
        let help = try cli.run(["close", "--help"])
        #expect(help.out.contains("referred-out") && !help.out.contains("referredOut"))
    }

    @Test func aWrongChoiceIsRefusedInTheReadersLanguage() throws {
        let cli = CLI()
        defer { cli.remove() }
        try cli.run(["init", "--demo"])
        let english = try cli.run(["reply", "4", "x", "--visibility", "everyone", "--as", "budi", "--lang", "en"])
        #expect(english.status == 64 && english.err.contains("'team', 'homeroom-and-bk', 'bk-only' or 'bk-and-principal'"), "\(english.err)")
        for lang in [["--lang", "id"], ["--lang=id"]] {
            let id = try cli.run(["reply", "4", "x", "--visibility", "everyone", "--as", "budi"] + lang, env: ["LANG": "en_US.UTF-8"])
            #expect(id.status == 64 && id.err.contains("Nilai 'everyone' tidak berlaku untuk '--visibility <visibility>'"), "\(id.err)")
            #expect(id.err.contains("'bk-only' atau 'bk-and-principal'") && !id.err.contains("Please provide"), "\(id.err)")
        }
        let both = try cli.run(["queue", "--mine", "--all", "--as", "budi", "--lang", "id"])
        #expect(both.status == 64 && both.err.contains("Pilih hanya satu dari --mine, --unclaimed dan --all."), "\(both.err)")
        let noDay = try cli.run(["plan", "4", "--action", "Panggil", "--due", "senin", "--as", "budi", "--lang", "id"])
        #expect(noDay.status == 64 && noDay.err.contains("'senin' bukan tanggal"), "\(noDay.err)")
    }
}
