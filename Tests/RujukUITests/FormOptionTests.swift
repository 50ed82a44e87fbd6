import Foundation
import Testing
@testable import RujukDomain
@testable import RujukUI

/// Issue 13, item 3: a form's choices are typed values, worded by the catalog and read as
/// they are by the form's rule; a draft saved while they were strings still opens.
@Suite struct FormOptionTests {
    func serviceForm() -> (AppState, FormState) {
        var state = demoState("budi")
        _ = press(&state, [.char("/")] + type("#12") + [.enter, .char("S")])
        return (state, state.form!)
    }

    /// Every choice of every form a counsellor opens is worded by the catalog: a compound
    /// value or a login is never shown as the journal stores it.
    @Test(arguments: Language.allCases)
    func everyOptionIsWordedNotStored(_ language: Language) throws {
        var state = demoState("budi")
        state.catalog = Catalog(language)
        let c = try #require(state.school.cases[12])
        for kind in FormKind.allCases where kind != .narrative && kind != .reopen {
            for field in state.openForm(kind, for: c).fields {
                guard case .choice(let options, _) = field.value else { continue }
                for option in options {
                    let shown = FormView.option(option, state)
                    #expect(!shown.isEmpty, "\(kind) \(field.id) \(option)")
                    let stored: String? = switch option {
                    case .planKind(let k): k.rawValue
                    case .service(let s): s.rawValue
                    case .format(let f): f.rawValue
                    case .visibility(let v): v.rawValue
                    case .horizon(let h): h.rawValue
                    case .level(let l): l.rawValue
                    case .urgency(let u): u.rawValue
                    case .person(let login): login
                    default: nil
                    }
                    // A one-word value may be the word itself (team, mediasi); a compound one
                    // (konselingPerorangan, bkOnly) or a login never is.
                    if let stored, stored.contains(where: \.isUppercase) || option.person != nil {
                        #expect(shown != stored, "\(kind) \(field.id) shows \(stored)")
                    }
                }
            }
        }
    }

    /// The service chosen with → is the one recorded: the option carries the type itself.
    @Test func theChosenOptionIsTheOneRecorded() throws {
        var (state, _) = serviceForm()
        _ = press(&state, [.right, .right])
        let chosen = try #require(state.form?.choice(.type)?.service)
        #expect(chosen == ServiceType.allCases[2])
        let events = try state.form!.events(actor: "budi", now: state.now, timeZone: state.timeZone).get()
        guard case .serviceLogged(let s) = events.first?.payload else { Issue.record("no service"); return }
        #expect(s.type == chosen && s.visibility == .bkOnly)
    }

    /// A form kept in a draft by the previous version (choices as raw strings) opens with the
    /// same choices, typed; a raw value the field does not offer is left out, not guessed.
    @Test func aDraftSavedWithStringChoicesStillOpens() throws {
        let saved = """
        {"kind":"plan","number":12,"focus":2,"confirmingDiscard":false,"sent":false,
         "initial":[],
         "fields":[{"id":"goal","value":{"text":{"_0":"Hadir tepat waktu"}}},
                   {"id":"owner","value":{"choice":{"_0":["budi","sari"],"_1":1}}},
                   {"id":"withParents","value":{"choice":{"_0":["no","yes"],"_1":1}}},
                   {"id":"kind","value":{"choice":{"_0":["support","detention"],"_1":0}}}]}
        """
        let form = try JSONDecoder().decode(FormState.self, from: Data(saved.utf8))
        #expect(form.text(.goal) == "Hadir tepat waktu")
        #expect(form.choice(.owner) == .person("sari"))
        #expect(form.choice(.withParents) == .yesNo(true))
        guard case .choice(let kinds, _)? = form.fields.first(where: { $0.id == .kind })?.value else { Issue.record("no kind"); return }
        #expect(kinds == [.planKind(.support)])
        // Saved again, it reads back the same.
        let again = try JSONDecoder().decode(FormState.self, from: JSONEncoder().encode(form))
        #expect(again == form)
    }
}

/// A default in a form is replaced by what is typed over it; text the writer is meant to add
/// to (the attendees) is kept.
@Suite struct FormDefaultTests {
    @Test func typingOverADefaultReplacesIt() throws {
        var state = demoState("budi")
        _ = press(&state, [.char("/")] + type("#12") + [.enter, .char("S")])
        let minutes = try #require(state.form?.fields.firstIndex { $0.id == .minutes })
        let date = try #require(state.form?.fields.firstIndex { $0.id == .date })
        _ = press(&state, Array(repeating: .tab, count: date) + type("besok"))
        #expect(state.form?.text(.date) == "besok")
        _ = press(&state, Array(repeating: .tab, count: minutes - date) + type("30"))
        #expect(state.form?.text(.minutes) == "30")
        // Once changed, the field is edited as any other.
        _ = press(&state, [.backspace] + type("5"))
        #expect(state.form?.text(.minutes) == "35")
        // More than a school day is refused with the range, not saved.
        _ = press(&state, type("00") + [.ctrl("s")])
        #expect(state.form?.sent == false && state.status == state.catalog.problem(.badMinutes))
    }

    @Test func theAttendeesAreAddedTo() throws {
        var state = demoState("budi")
        _ = press(&state, [.char("/")] + type("#12") + [.enter, .char("K")])
        let attendees = try #require(state.form?.fields.firstIndex { $0.id == .attendees })
        let before = try #require(state.form?.text(.attendees))
        _ = press(&state, Array(repeating: .tab, count: attendees) + type(", Rina"))
        #expect(state.form?.text(.attendees) == before + ", Rina")
    }
}
