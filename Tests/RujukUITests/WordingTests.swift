import Testing
@testable import RujukUI

/// Each language words every case (the switches are exhaustive, so a missing one does not
/// compile); these check what the compiler cannot: no wording is empty, both languages fill
/// the same arguments, and Indonesian is not English left in place.
@Suite struct WordingTests {
    /// The arguments a wording shows, as `{0}`, `{1}` in a sample.
    static func holes(_ s: String) -> Set<Int> { Set((0..<8).filter { s.contains("{\($0)}") }) }

    /// Words that are the same in both languages on purpose: names, logins, marks, and the
    /// school's own terms kept in English too (guru BK, the semesters' ganjil/genap).
    static let sameInBoth: Set<String> = [
        "lockTitle", "lockLogin", "lockPIN", "adminFieldRole", "adminPaneStudentsNone",
        "roleCounsellor", "semester1", "semester2",
    ]

    static func check<K: RawRepresentable & CaseIterable>(_ keys: K.Type, _ en: (K) -> String, _ id: (K) -> String) -> [String]
        where K.RawValue == String {
        var problems: [String] = []
        for key in K.allCases {
            let e = en(key), i = id(key)
            if e.trimmingCharacters(in: .whitespaces).isEmpty { problems.append("\(key.rawValue): empty in English") }
            if i.trimmingCharacters(in: .whitespaces).isEmpty { problems.append("\(key.rawValue): empty in Indonesian") }
            // An interpolation written with one backslash too many shows itself on screen.
            for (language, w) in [("English", e), ("Indonesian", i)] where w.contains("\\(") {
                problems.append("\(key.rawValue): \(language) shows a literal interpolation: \(w)")
            }
            if holes(e) != holes(i) { problems.append("\(key.rawValue): English fills \(holes(e).sorted()), Indonesian \(holes(i).sorted())") }
            if e == i && !sameInBoth.contains(key.rawValue) && e.contains(where: \.isLetter) && e.split(separator: " ").count > 1 {
                problems.append("\(key.rawValue): the same in both languages: \(e)")
            }
        }
        return problems
    }

    @Test func everyInterfaceWordingIsFilledInBothLanguages() {
        #expect(Self.check(Text.Key.self, { English().text(.sample($0)) }, { Indonesian().text(.sample($0)) }) == [])
    }

    @Test func everyAdminWordingIsFilledInBothLanguages() {
        #expect(Self.check(AdminText.Key.self, { English().admin(.sample($0)) }, { Indonesian().admin(.sample($0)) }) == [])
    }

    @Test func everyReportWordingIsFilledInBothLanguages() {
        #expect(Self.check(ReportText.Key.self, { English().report(.sample($0)) }, { Indonesian().report(.sample($0)) }) == [])
    }

    /// A key names the wording its sample builds, for every key (no two keys share a case).
    @Test func keysAndSamplesMatch() {
        #expect(Text.Key.allCases.filter { Text.sample($0).key != $0 } == [])
        #expect(AdminText.Key.allCases.filter { AdminText.sample($0).key != $0 } == [])
        #expect(ReportText.Key.allCases.filter { ReportText.sample($0).key != $0 } == [])
    }

    @Test func theCatalogWordsInItsLanguage() {
        #expect(Catalog(.en).t(.statusPickedUp("14")) == "You picked up case #14.")
        #expect(Catalog(.id).t(.statusPickedUp("14")).contains("#14"))
        #expect(Catalog(.id).t(.statusPickedUp("14")) != Catalog(.en).t(.statusPickedUp("14")))
        // Under half an hour is said as under an hour, never as "0 h".
        #expect(Catalog(.en).duration(0.2) == "<1 h" && Catalog(.id).duration(0.2) == "<1 jam")
        #expect(Catalog(.en).duration(3) == "3 h" && Catalog(.en).duration(72) == Catalog(.en).r(.days("3")))
    }
}
