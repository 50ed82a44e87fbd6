import ArgumentParser
import Foundation
import RujukDomain
import RujukStore

extension Rujuk {
    struct Students: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Search students by name or NISN, or add one (admin).",
            subcommands: [Search.self, Add.self], defaultSubcommand: Search.self)

        struct Search: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Search students by name or NISN.")
            @OptionGroup var options: StoreOptions
            @OptionGroup var output: OutputOptions
            @Argument(help: "Words of the name, or the start of an NISN.") var query: String = ""
            @Option(name: .customLong("class"), help: "Only this class, e.g. VIII-B.") var className: String?

            func run() throws {
                let session = try Session.open(options)
                let found = session.school.searchStudents(query, inClass: className)
                if output.json {
                    try CaseJSON.print(found.map { CaseJSON.StudentRef(name: $0.name, class: $0.className, nisn: $0.nisn) })
                    return
                }
                if found.isEmpty { say(Localization.t(.noStudentMatches)); return }
                for s in found {
                    // Only a case this person may see is named: a list never reveals that one exists.
                    let open = session.school.openCase(ofStudent: s.id, seenBy: session.actor)
                        .map { Localization.t(.openCaseOf, "\($0.number)") } ?? ""
                    say(CaseText.pad(s.nisn ?? "-", 12) + CaseText.pad(s.className, 7) + CaseText.clean(s.name) + open)
                }
            }
        }

        struct Add: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Add a student (admin only).")
            @OptionGroup var options: StoreOptions
            @Option(help: "Full name.") var name: String
            @Option(name: .customLong("class"), help: "Class, e.g. VIII-B.") var className: String
            @Option(help: "National student number (ten digits).") var nisn: String?

            func run() throws {
                let session = try Session.open(options)
                let student = Student(id: session.school.nextStudentID, nisn: nisn, name: name, className: className)
                try session.append([session.event(.studentAdded(student))])
                say(Localization.t(.studentAdded, name, className))
            }
        }
    }
}
