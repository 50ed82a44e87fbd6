import ArgumentParser
import Foundation
import RujukUI

/// The root command: `rujuk` alone opens the terminal interface.
@main
struct Rujuk: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rujuk",
        abstract: "Refer a student's learning difficulty to guidance and counselling (BK), and work the case together.",
        subcommands: [
            Open.self, Demo.self, Init.self, StaffCommand.self, Students.self, Import.self,
            FlagCommand.self, Queue.self, Show.self, Thread.self, Pickup.self, Assign.self, Reply.self,
            Close.self, Reopen.self, TriageCommand.self, Plan.self, Actions.self, ServiceCommand.self, ReviewCommand.self, Escalate.self,
            ConferenceCommand.self, Visit.self, Record.self, Check.self, Audit.self, Motd.self, Backup.self, Restore.self, YearCommand.self,
            ReportCommand.self, SchoolCommand.self, Notice.self,
        ],
        defaultSubcommand: Open.self
    )

    /// Parses, runs, and turns every error into one sentence and its exit code (see `ExitStatus`).
    static func main() {
        // Store files are group-shared and never world-readable, whatever the caller's umask.
        umask(0o007)
        // Past the file-size limit (ulimit -f) a write fails with EFBIG, which is reported and
        // cut back; the default would kill the process mid-append.
        signal(SIGXFSZ, SIG_IGN)
        SchoolConnection.startEarly()
        // The language is chosen once, here, and holds for everything this run says.
        Localization.$language.withValue(Localization.resolve()) { parseAndRun() }
    }

    private static func parseAndRun() {
        // A broken config file is said, not silently ignored (the interface also shows it).
        if let problem = UserConfig.problem {
            FileHandle.standardError.write(Data(("rujuk: " + Sanitizer.line(problem) + "\n").utf8))
        }
        // A first word that names no command would be taken as an argument of the interface
        // (`open`, the default), whose usage the parser would then print: say what it is.
        if let first = CommandLine.arguments.dropFirst().first, !first.hasPrefix("-"), first != "help",
           !configuration.subcommands.contains(where: { $0._commandName == first || $0.configuration.aliases.contains(first) }) {
            FileHandle.standardError.write(Data(("rujuk: " + Sanitizer.line(Localization.t(.unknownCommand(first))) + "\n").utf8))
            Foundation.exit(64)
        }
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let (message, code) = ExitStatus.describe(error)
            if let message {
                // Names and logins in a sentence come from the store: drawn harmlessly too.
                FileHandle.standardError.write(Data(("rujuk: " + Sanitizer.line(message) + "\n").utf8))
                Foundation.exit(code)
            }
            let status = exitCode(for: error)
            if status != .success {
                // The parser's own words for a mistake, in the reader's language (its help stays
                // English), without its "Help:" line, which repeats the option's help: the error,
                // the usage and where to read more.
                var text = fullMessage(for: error).split(separator: "\n", omittingEmptySubsequences: false)
                    .filter { !$0.hasPrefix("Help: ") }.joined(separator: "\n")
                if Localization.language == .id { text = ParserMessage.indonesian(text) }
                FileHandle.standardError.write(Data((Sanitizer.lines(text).joined(separator: "\n") + "\n").utf8))
                Foundation.exit(status.rawValue)
            }
            exit(withError: error)
        }
    }
}
