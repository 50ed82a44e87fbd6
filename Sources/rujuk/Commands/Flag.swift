import ArgumentParser
import Foundation
import RujukDomain
import RujukBoundary
import RujukStore

extension Rujuk {
    struct FlagCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "flag",
            abstract: "Flag a student's difficulty: opens a case, or joins the student's open case.")

        @OptionGroup var options: StoreOptions
        @OptionGroup var output: OutputOptions
        @Argument(help: "NISN, student id, or a name that matches one student.") var student: String
        @Option(help: "What you saw; - reads it from standard input (with --confidential it must come that way).") var note: String
        @Option(help: "What you already tried.") var tried: String?
        @Option(help: "The BK area (bidang).") var area: Area = .belajar
        @Option(help: "The concern, in a few words.") var concern: String = "other learning difficulty"
        @Option(help: "How soon BK should look.") var urgency: Urgency = .routine
        @Option(help: "Your subject (default: your first subject).") var subject: String?
        @ArgumentParser.Flag(help: "The parents have been informed.") var parentsInformed = false
        @ArgumentParser.Flag(help: "Tell BK what you saw in confidence: only counsellors (and you) read it.") var confidential = false

        func run() throws {
            // What is told in confidence never goes on a command line, which every user can read.
            let saw = try SecretText.resolve(note, confidential: confidential) ?? ""
            let session = try Session.open(options)
            let who = try session.student(student)
            let actor = session.actor
            let now = Date()
            let written = try session.store.flag(FlagRequest(
                studentID: who.id, subject: subject ?? actor.subjects.first, saw: saw, tried: tried,
                parentsInformed: parentsInformed, area: area, concern: concern, urgency: urgency,
                visibility: confidential ? .bkOnly : nil), by: actor)
            Notifier.after(written, school: session.store.school)
            guard let number = written.first?.payload.caseNumber, let c = session.store.school.cases[number] else { return }
            if output.json {
                try CaseJSON.print(CaseJSON.row(c, session.store.school, now: now))
            } else if case .flagAdded = written[0].payload {
                say(Localization.t(.flagAddedTo("\(number)", CaseText.clean(who.name), who.className, CaseText.time(c.openedAt))))
            } else {
                say(Localization.t(.caseOpenedFor("\(number)", CaseText.clean(who.name), who.className)))
            }
        }
    }
}
