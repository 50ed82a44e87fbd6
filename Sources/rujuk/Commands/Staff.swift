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
            subcommands: [List.self, Add.self, SetPin.self, Unlock.self], defaultSubcommand: List.self)

        struct List: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "List the staff and their roles.")
            @OptionGroup var options: StoreOptions

            func run() throws {
                let store = try StoreLocation.openWithoutIdentity(options)
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
                // Behind the boundary the new PIN comes from the terminal only.
                let fromEnvironment = session.store.facts.behindBoundary ? nil : ProcessInfo.processInfo.environment["RUJUK_NEW_PIN"]
                if let env = fromEnvironment {
                    pin = env
                } else {
                    pin = try PinEntry.readFromTerminal(prompt: Localization.t(.newPinPrompt, login))
                    let again = try PinEntry.readFromTerminal(prompt: Localization.t(.againPrompt))
                    guard pin == again else { throw CommandError.data(Localization.t(.pinsDiffer)) }
                }
                try PinHash.validate(pin)
                try session.store.setPIN(login, pin: pin, by: session.actor)
                say(Localization.t(.pinSet, login))
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
                    throw CommandError.notFound(Localization.t(.noStaffMember, login))
                }
                try session.store.unlockPIN(login, by: session.actor)
                say(Localization.t(.pinUnlocked, login))
            }
        }
    }
}
