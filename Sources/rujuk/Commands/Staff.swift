import ArgumentParser
import Foundation
import RujukUI
import RujukDomain
import RujukStore

extension Rujuk {
    struct StaffCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "staff", abstract: "List staff, add them (admin) and set PINs.",
            subcommands: [List.self, Add.self, SetPin.self], defaultSubcommand: List.self)

        struct List: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "List the staff and their roles.")
            @OptionGroup var options: StoreOptions

            func run() throws {
                let store = try Store.open(options.storePath)
                for person in store.school.staff.values.sorted(by: { $0.login < $1.login }) {
                    let roles = person.roles.map(\.commandLineName).joined(separator: ", ")
                    say(CaseText.pad(person.login, 12) + CaseText.pad(CaseText.clean(person.name), 22) + roles
                        + (person.homeroom.map { " · homeroom \($0)" } ?? "") + (person.pinHash == nil ? "" : " · PIN set"))
                }
            }
        }

        struct Add: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Add a staff member (admin only).")
            @OptionGroup var options: StoreOptions
            @Argument(help: "Their Unix login.") var login: String
            @Option(help: "Their full name.") var name: String
            @Option(name: .customLong("role"), parsing: .upToNextOption,
                    help: "subject-teacher, homeroom-teacher, counsellor, vice-student-affairs, principal, admin.")
            var roles: [String]
            @Option(name: .customLong("subject"), help: "A subject they teach (repeatable).") var subjects: [String] = []
            @Option(help: "The class they are homeroom teacher of, e.g. VIII-B.") var homeroom: String?
            @Option(parsing: .upToNextOption, help: "Classes or grades whose cases this counsellor watches.") var caseload: [String] = []

            func validate() throws {
                for role in roles where Role(commandLineName: role) == nil {
                    throw ValidationError("Unknown role '\(role)'; use subject-teacher, homeroom-teacher, counsellor, vice-student-affairs, principal or admin.")
                }
                if roles.isEmpty { throw ValidationError("Give at least one --role.") }
            }

            func run() throws {
                let session = try Session.open(options)
                let person = Staff(login: login, name: name, roles: roles.compactMap(Role.init(commandLineName:)),
                                   subjects: subjects, homeroom: homeroom, caseload: caseload)
                if let homeroom { try Validation.className(homeroom) }
                try session.append([session.event(.staffAdded(person))])
                say(Localization.t(.staffAdded, name, login, person.roles.map(\.commandLineName).joined(separator: ", ")))
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
                    throw CommandError.notFound(Localization.t(.noStaffMember, login))
                }
                if login != session.actor.login, let denial = session.school.denial(session.actor, .manageRoster, on: nil) {
                    throw CommandError.notPermitted(Catalog(Localization.language).denial(denial))
                }
                let pin: String
                if let env = ProcessInfo.processInfo.environment["RUJUK_NEW_PIN"] {
                    pin = env
                } else {
                    pin = try PinEntry.read(prompt: Localization.t(.newPinPrompt, login), environment: "RUJUK_NEW_PIN")
                    let again = try PinEntry.read(prompt: Localization.t(.againPrompt), environment: "RUJUK_NEW_PIN")
                    guard pin == again else { throw CommandError.data(Localization.t(.pinsDiffer)) }
                }
                try PinHash.validate(pin)
                try session.append([session.event(.pinSet(login: login, hash: try PinHash.make(pin)))])
                say(Localization.t(.pinSet, login))
            }
        }
    }
}
