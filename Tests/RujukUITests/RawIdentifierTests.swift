import Foundation
import Testing
@testable import RujukDomain
@testable import RujukUI

/// No screen shows a domain identifier (`bkOnly`, `referredOut`, `viceStudentAffairs`): every
/// person of the demo school, in both languages and both sizes, through the queue, every case's
/// thread and case view, help, the close dialog, my actions and the record.
@Suite struct RawIdentifierTests {
    /// The camelCase spellings the domain's enums keep for `--json` and the store.
    static let identifiers: [String] = {
        let all = CaseStatus.allCases.map(\.rawValue) + Role.allCases.map(\.rawValue) + Visibility.allCases.map(\.rawValue)
            + Outcome.allCases.map(\.rawValue) + Level.allCases.map(\.rawValue) + ServiceType.allCases.map(\.rawValue)
            + ServiceFormat.allCases.map(\.rawValue) + PlanItemKind.allCases.map(\.rawValue) + Urgency.allCases.map(\.rawValue)
        return all.filter { $0.contains(where: \.isUppercase) }
    }()

    static func identifiersOn(_ state: AppState) -> [String] {
        let words = Set(render(state).lines.joined(separator: "\n")
            .split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init))
        return identifiers.filter(words.contains)
    }

    @Test(arguments: [Language.en, .id])
    func noScreenShowsADomainIdentifier(_ language: Language) {
        var found: [String: Set<String>] = [:]
        for person in DemoSchool.staff {
            for (width, height) in [(80, 24), (120, 40)] {
                var state = demoState(person.login, width: width, height: height)
                state.catalog = Catalog(language)
                func scan(_ what: String) {
                    for id in Self.identifiersOn(state) { found[id, default: []].insert("\(person.login) \(width)×\(height) \(what)") }
                }
                scan("start")
                let projection = state.school.projected(for: state.actor)
                for filterStep in 0..<4 {
                    for _ in 0..<12 {
                        if let c = state.selectedCase {
                            _ = reduce(&state, .threadLoaded(projection.cases[c.number] ?? c))
                            scan("thread #\(c.number) (filter \(filterStep))")
                            _ = press(&state, [.enter])
                            scan("case view #\(c.number)")
                            _ = press(&state, [.escape])
                        }
                        _ = press(&state, [.char("2"), .char("j")])
                    }
                    _ = press(&state, [.char("f")])
                }
                for key: Character in ["?", "c", "m", "B"] {
                    _ = press(&state, [.char(key)])
                    scan("after \(key)")
                    _ = press(&state, [.escape, .escape])
                }
            }
        }
        let identifiersShown = found.keys.sorted()
        #expect(identifiersShown.isEmpty, "\(found.map { "\($0.key): \($0.value.sorted().prefix(3).joined(separator: "; "))" }.sorted().joined(separator: "\n"))")
    }

    /// The scan itself finds an identifier when one is drawn (so a pass means something).
    @Test func theScanSeesAnIdentifierWhenOneIsDrawn() {
        var state = demoState("budi")
        state.status = "Posted (\(Visibility.homeroomAndBK.rawValue))"
        #expect(Self.identifiersOn(state) == ["homeroomAndBK"])
    }
}
