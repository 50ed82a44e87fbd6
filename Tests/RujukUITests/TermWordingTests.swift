import Testing
@testable import RujukDomain
@testable import RujukUI

/// Every option of the domain has its words in both languages (Catalog+Terms), and Indonesian
/// is not English left untranslated; only the Pola 17 Plus names and the lai… horizons'
/// names are the same in both.
@Suite struct TermWordingTests {
    let en = Catalog(.en), id = Catalog(.id)

    func translated<T>(_ all: [T], _ word: (Catalog) -> (T) -> String) -> [String] {
        all.compactMap { value in
            let e = word(en)(value), i = word(id)(value)
            return e.isEmpty || i.isEmpty || e == i ? "\(value): '\(e)' / '\(i)'" : nil
        }
    }

    @Test func everyOptionIsWordedInBothLanguages() {
        var untranslated = translated(Outcome.allCases, Catalog.outcome) + translated(Level.allCases, Catalog.level)
        untranslated += translated(Visibility.allCases, Catalog.tier) + translated(ServiceFormat.allCases, Catalog.format)
        untranslated += translated(ReviewHorizon.allCases, Catalog.horizon) + translated(PlanItemKind.allCases, Catalog.planKind)
        untranslated += translated(Array(1...5), Catalog.rating) + translated([true, false], Catalog.yesNo)
        #expect(untranslated.isEmpty, "\(untranslated)")
        #expect(ServiceType.allCases.allSatisfy { !en.service($0).isEmpty && en.service($0) == id.service($0) })
        #expect(id.field(.reviewDate) == "Evaluasi program" && en.field(.reviewDate) == "Plan review")
        #expect(id.concern("bullying") == "perundungan" && en.concern("bullying") == "bullying" && id.concern("typed freely") == "typed freely")
    }
}
