import ArgumentParser
import Foundation
import RujukDomain
import RujukStore

extension Rujuk {
    struct TriageCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "triage",
            abstract: "Change a case's urgency, area or concern after reading it (counsellor).")
        @OptionGroup var options: StoreOptions
        @Argument(help: "The case number.") var number: Int
        @Option(help: "routine, soon or urgent.") var urgency: String?
        @Option(help: "pribadi, sosial, belajar or karier.") var area: String?
        @Option(help: "The concern, in a few words.") var concern: String?

        func validate() throws {
            if let urgency, Urgency(rawValue: urgency) == nil { throw ValidationError("--urgency is routine, soon or urgent.") }
            if let area, Area(rawValue: area) == nil { throw ValidationError("--area is pribadi, sosial, belajar or karier.") }
            if urgency == nil && area == nil && concern == nil {
                throw ValidationError("Give --urgency, --area or --concern (or several).")
            }
        }

        func run() throws {
            let session = try Session.open(options)
            let before = try session.visibleCase(number)
            let triage = Triage(number: number, urgency: urgency.flatMap(Urgency.init(rawValue:)),
                                area: area.flatMap(Area.init(rawValue:)),
                                concern: concern.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) })
            try session.append([session.event(.triaged(triage))])
            let c = session.school.cases[number] ?? before
            say(Localization.t(.triaged, "\(number)", c.urgency.rawValue, c.area.rawValue, CaseText.clean(c.concern)))
        }
    }
}
