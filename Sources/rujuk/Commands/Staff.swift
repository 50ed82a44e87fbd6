import ArgumentParser
import Foundation
import RujukUI
import RujukDomain
import RujukStore
import RujukBoundary

extension Rujuk {
    struct StaffCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "staff", abstract: "List staff, add them (admin) and set PINs.",
            subcommands: [List.self, Add.self, SetRecord.self, Leave.self, SetPin.self, Unlock.self], defaultSubcommand: List.self)

        struct List: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "List the staff and their roles.")
            @OptionGroup var options: StoreOptions

            func run() throws {
                let store = try StoreLocation.openWithoutIdentity(options)
                for person in store.school.staff.values.sorted(by: { $0.login < $1.login }) {
                    say(CaseText.pad(person.login, 12) + CaseText.pad(CaseText.clean(person.name), 22) + CaseText.roles(person.roles)
                        + (person.homeroom.map { " · " + Localization.t(.labelHomeroom(CaseText.clean($0))) } ?? "")
                        + (person.caseload.isEmpty || !person.isCounsellor ? "" : " · " + Localization.t(.labelCaseload(person.caseload.map(CaseText.clean).joined(separator: " "))))
                        + (person.nip.map { " · NIP \($0)" } ?? "") + (person.pinHash == nil ? "" : " · " + Localization.t(.labelPINSet))
                        + (person.left.map { " · " + Localization.t(.staffLeftMark(String(ISODate.format($0.on).prefix(10)))) } ?? ""))
                }
            }
        }

        struct Add: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Add a staff member (admin only).")
            @OptionGroup var options: StoreOptions
            @Argument(help: "Their Unix login.") var login: String
            @Option(help: "Their full name.") var name: String
            @Option(name: .customLong("role"), parsing: .upToNextOption,
                    help: "Their roles (one or several).")
            var roles: [Role]
            @Option(name: .customLong("subject"), help: "A subject they teach (repeatable).") var subjects: [String] = []
            @Option(help: "The class they are homeroom teacher of, e.g. VIII-B.") var homeroom: String?
            @Option(parsing: .upToNextOption, help: "Classes or grades whose cases this counsellor watches.") var caseload: [String] = []
            @Option(help: "Their NIP (18 digits), for reports.") var nip: String?

            func validate() throws {
                if roles.isEmpty { throw UsageProblem.atLeastOne("--role").error }
            }

            /// A class has one homeroom teacher: a second would read its homeroom notes too.
            static func refuseSecondHomeroomTeacher(_ person: RujukDomain.Staff, in school: School) throws {
                guard let h = person.homeroom, let other = school.homeroomTeacher(of: h, besides: person.login) else { return }
                throw CommandError.data(Localization.t(.homeroomTaken(CaseText.clean(h), CaseText.clean(other.name), other.login)))
            }

            func run() throws {
                if roles.contains(.homeroomTeacher) && (homeroom ?? "").isEmpty {
                    throw CommandError.usage(Localization.t(.homeroomNeedsClass))
                }
                let session = try Session.open(options)
                let person = Staff(login: login, name: name, roles: roles.sorted(),
                                   subjects: subjects, homeroom: homeroom.map(session.school.classSpelling), caseload: caseload, nip: nip)
                try Self.refuseSecondHomeroomTeacher(person, in: session.school)
                try session.append([session.event(.staffAdded(person))])
                say(Localization.t(.staffAdded(CaseText.clean(name), login, CaseText.roles(person.roles))))
            }
        }

        struct SetRecord: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "set",
                abstract: "Change a staff member's name, roles, subjects, homeroom, caseload or NIP (admin only).",
                discussion: "Each option replaces what was there; an empty value (--homeroom \"\") clears it.")
            @OptionGroup var options: StoreOptions
            @Argument(help: "Their login.") var login: String
            @Option(help: "Their full name.") var name: String?
            @Option(name: .customLong("role"), parsing: .upToNextOption, help: "Their roles, replacing the old ones.") var roles: [Role] = []
            @Option(name: .customLong("subject"), help: "A subject they teach (repeatable; replaces the old list).") var subjects: [String] = []
            @Option(help: "The class they are homeroom teacher of; \"\" for none.") var homeroom: String?
            @Option(parsing: .upToNextOption, help: "Classes or grades this counsellor watches (replacing the old ones); \"\" for all.") var caseload: [String] = []
            @Option(help: "Their NIP (18 digits); \"\" for none.") var nip: String?

            func validate() throws {
            }

            func run() throws {
                let session = try Session.open(options)
                guard let before = session.school.staff[login] else { throw CommandError.notFound(Localization.t(.noStaffMember(login))) }
                var after = before
                if let name { after.name = name }
                if !roles.isEmpty { after.roles = Array(Set(roles)).sorted() }
                if !subjects.isEmpty { after.subjects = subjects.filter { !$0.isEmpty } }
                // Roles given without the homeroom teacher's: no longer anyone's homeroom teacher.
                if !roles.isEmpty && !after.has(.homeroomTeacher) { after.homeroom = nil }
                if let homeroom {
                    after.homeroom = homeroom.isEmpty ? nil : session.school.classSpelling(homeroom)
                    // A homeroom makes a homeroom teacher; none ends being one.
                    if after.homeroom != nil && !after.has(.homeroomTeacher) { after.roles = (after.roles + [.homeroomTeacher]).sorted() }
                    if after.homeroom == nil { after.roles.removeAll { $0 == .homeroomTeacher } }
                }
                if after.has(.homeroomTeacher) && after.homeroom == nil {
                    throw CommandError.usage(Localization.t(.homeroomNeedsClass))
                }
                if !caseload.isEmpty { after.caseload = caseload.filter { !$0.isEmpty } }
                if let nip { after.nip = nip.isEmpty ? nil : nip }
                guard after != before else { throw CommandError.usage(Localization.t(.nothingToChange(login))) }
                if after.homeroom != before.homeroom { try Add.refuseSecondHomeroomTeacher(after, in: session.school) }
                try session.append([session.event(.staffChanged(after))])
                let now = session.school.staff[login] ?? after
                var parts = [CaseText.roles(now.roles)]
                if let h = now.homeroom { parts.append(Localization.t(.labelHomeroom(CaseText.clean(h)))) }
                if now.isCounsellor { parts.append(Localization.t(.labelCaseload(now.caseload.isEmpty ? Localization.t(.caseloadAll) : now.caseload.map(CaseText.clean).joined(separator: " ")))) }
                if let n = now.nip { parts.append("NIP " + n) }
                say(Localization.t(.staffChanged(CaseText.clean(now.name), login, parts.joined(separator: " · "))))
            }
        }

        struct Leave: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "A staff member left: their access ends at once; their open cases and actions go to --handover-to (admin only).")
            @OptionGroup var options: StoreOptions
            @Argument(help: "Their login.") var login: String
            @Option(help: "Who takes over their open cases (a counsellor) and open actions.") var handoverTo: String?

            func run() throws {
                let session = try Session.open(options)
                guard let person = session.school.staff[login] else { throw CommandError.notFound(Localization.t(.noStaffMember(login))) }
                let (held, owned) = session.school.handover(of: login)
                try session.append([session.event(.staffLeft(StaffLeft(login: login, handoverTo: handoverTo)))])
                say(Localization.t(.staffLeftDone(CaseText.clean(person.name), login)))
                if let to = handoverTo, !(held.isEmpty && owned.isEmpty) {
                    say(Localization.t(.handedOver(session.school.displayName(to), held.isEmpty ? "-" : held.map { "#\($0)" }.joined(separator: ", "), owned.isEmpty ? "-" : owned.map { "#\($0)" }.joined(separator: ", "))))
                }
            }
        }

        struct SetPin: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "set-pin", abstract: "Set a PIN: asked twice, or read from RUJUK_NEW_PIN; stored only as a slow hash.")
            @OptionGroup var options: StoreOptions
            @Argument(help: "Whose PIN.") var login: String

            func run() throws {
                let session = try Session.open(options)
                guard session.school.staff[login] != nil else {
                    throw CommandError.notFound(Localization.t(.noStaffMember(login)))
                }
                if login != session.actor.login, let denial = session.school.denial(session.actor, .manageRoster, on: nil) {
                    throw CommandError.notPermitted(Catalog(Localization.language).denial(denial))
                }
                let pin: String
                // Behind the boundary the new PIN comes from the terminal only.
                let fromEnvironment = session.store.facts.behindBoundary ? nil : ProcessInfo.processInfo.environment["RUJUK_NEW_PIN"]
                if let env = fromEnvironment {
                    pin = env
                } else {
                    // Behind the boundary there is no variable to name: only the terminal.
                    let variable = session.store.facts.behindBoundary ? nil : "RUJUK_NEW_PIN"
                    pin = try PinEntry.readFromTerminal(prompt: Localization.t(.newPinPrompt(login)), variable: variable)
                    let again = try PinEntry.readFromTerminal(prompt: Localization.t(.againPrompt), variable: variable)
                    guard pin == again else { throw CommandError.data(Localization.t(.pinsDiffer)) }
                }
                try PinHash.validate(pin)
                try session.store.setPIN(login, pin: pin, by: session.actor)
                say(Localization.t(.pinSet(login)))
            }
        }

        struct Unlock: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Lift the lock that too many wrong PINs put on someone (admin only).")
            @OptionGroup var options: StoreOptions
            @Argument(help: "Whose PIN.") var login: String

            func run() throws {
                let session = try Session.open(options)
                guard session.school.staff[login] != nil else {
                    throw CommandError.notFound(Localization.t(.noStaffMember(login)))
                }
                try session.store.unlockPIN(login, by: session.actor)
                say(Localization.t(.pinUnlocked(login)))
            }
        }
    }
}
