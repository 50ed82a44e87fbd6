import Foundation
import Testing
@testable import RujukDomain
@testable import RujukReport
@testable import RujukUI

/// Whole screens of the reports, as text, against files in `Snapshots/` (written with
/// `RUJUK_RECORD_SNAPSHOTS=1` and read by a person before they are committed).
@Suite struct ReportsSnapshotTests {
    static let sizes = [(80, 24), (120, 40)]

    func screen(_ login: String, _ language: Language, _ width: Int, _ height: Int, keys: [Key] = [], theme: Theme = .standard) -> AppState {
        var state = demoState(login, width: width, height: height)
        state.catalog = Catalog(language)
        state.theme = theme
        state.timeZone = TimeZone(identifier: "Asia/Jakarta")!
        _ = press(&state, [.char("R")] + keys)
        return state
    }

    func check(_ name: String, _ state: AppState, sourceLocation: SourceLocation = #_sourceLocation) {
        ScreenSnapshot.check(name, state, sourceLocation: sourceLocation)
    }

    @Test(arguments: Language.allCases)
    func theOverview(_ language: Language) {
        for (w, h) in Self.sizes {
            check("overview-hendra-\(language)-\(w)x\(h)", screen("hendra", language, w, h))
            check("semester-hendra-\(language)-\(w)x\(h)", screen("hendra", language, w, h, keys: [.char("s")]))
            check("own-budi-\(language)-\(w)x\(h)", screen("budi", language, w, h))
            check("own-referrals-sari-\(language)-\(w)x\(h)", screen("sari", language, w, h))
            check("printed-budi-\(language)-\(w)x\(h)", screen("budi", language, w, h, keys: [.char("t")]))
            check("narrative-budi-\(language)-\(w)x\(h)", screen("budi", language, w, h, keys: [.char("t"), .char("w")]))
        }
    }

    @Test(arguments: Language.allCases)
    func theCasesBehindAFigure(_ language: Language) {
        for (w, h) in Self.sizes {
            check("behind-new-\(language)-\(w)x\(h)", screen("hendra", language, w, h, keys: [.char("j"), .enter]))
        }
    }

    /// Every report screen, for every reader, size and language: within its borders, no raw
    /// identifier, nothing confidential, and the same words in `mono` (bars are characters).
    @Test func everyReportScreenIsCleanAndReadableInMono() {
        let school = demoState("hendra").school
        var secrets: [String] = []
        for c in school.cases.values {
            let flags: [String] = c.flags.flatMap { f -> [String] in [f.saw, f.tried ?? ""] }
            let messages: [String] = c.messages.compactMap(\.text) + c.referralNotes.compactMap(\.text)
            let plan: [String] = c.plan.map(\.text)
            secrets += flags
            secrets += messages
            secrets += plan
            secrets.append(c.summary ?? "")
        }
        secrets = secrets.map { String($0.prefix(24)) }.filter { $0.count >= 12 }
        #expect(secrets.count > 10)
        let camel = try! Regex("[a-z]+[A-Z][a-z]+")
        for login in ["hendra", "agus", "budi", "wati", "sari", "rina"] {
            for language in Language.allCases {
                for (w, h) in Self.sizes + [(100, 30)] {
                    for keys in [[], [Key.char("s")], [.tab], [.char("[")]] {
                        let state = screen(login, language, w, h, keys: keys)
                        let lines = render(state).lines
                        let mono = render(screen(login, language, w, h, keys: keys, theme: .mono)).lines
                        #expect(lines == mono)
                        let text = lines.joined(separator: "\n")
                        #expect(text.firstMatch(of: camel) == nil, "\(login) \(language) \(w)x\(h): \(text)")
                        for s in secrets { #expect(!text.contains(s), "\(login) \(language): \(s)") }
                        for line in lines.dropFirst().dropLast() {
                            #expect(line.first == "│" || line.first == "┌" || line.first == "└", "\(login) \(w)x\(h): \(line)")
                            #expect(line.last == "│" || line.last == "┐" || line.last == "┘", "\(login) \(w)x\(h): \(line)")
                        }
                    }
                }
            }
        }
    }
}
