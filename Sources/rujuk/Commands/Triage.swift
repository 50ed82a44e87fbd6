import ArgumentParser
import Foundation
import RujukDomain
import RujukStore
import RujukUI

extension Rujuk {
    struct TriageCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "triage",
            abstract: "Change a case's urgency, area or concern after reading it (counsellor).")
        @OptionGroup var options: StoreOptions
        @Argument(help: "The case number.") var number: Int
        @Option(help: "How soon BK should look.") var urgency: Urgency?
        @Option(help: "The BK area (bidang).") var area: Area?
        @Option(help: "The concern, in a few words.") var concern: String?

        func validate() throws {
            if urgency == nil && area == nil && concern == nil {
                throw UsageProblem.someOf(["--urgency", "--area", "--concern"]).error
            }
        }

        func run() throws {
            let session = try Session.open(options)
            let before = try session.visibleCase(number)
            let triage = Triage(number: number, urgency: urgency,
                                area: area,
                                concern: concern.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) })
            try session.append([session.event(.triaged(triage))])
            let c = session.school.cases[number] ?? before
            say(Localization.t(.triaged("\(number)", Catalog(Localization.language).urgency(c.urgency), c.area.rawValue, CaseText.clean(c.concern))))
        }
    }
}
