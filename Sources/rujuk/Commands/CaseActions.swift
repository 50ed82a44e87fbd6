import ArgumentParser
import Foundation
import RujukDomain
import RujukStore
import RujukUI

extension Rujuk {
    struct Pickup: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Pick up a case (counsellor).")
        @OptionGroup var options: StoreOptions
        @Argument(help: "The case number.") var number: Int

        func run() throws {
            let session = try Session.open(options)
            let c = try session.caseToChange(number)
            // Picking up one's own case again changes nothing, and is not a colleague's case.
            if c.assignee == session.actor.login, !c.isClosed {
                say(Localization.t(.alreadyYours("\(number)")))
                return
            }
            try session.append([session.event(.pickedUp(number: number))])
            say(Localization.t(.pickedUp("\(number)")))
        }
    }

    struct Assign: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Assign a case to a counsellor (counsellor or vice principal).")
        @OptionGroup var options: StoreOptions
        @Argument(help: "The case number.") var number: Int
        @Argument(help: "The counsellor's login.") var login: String

        func run() throws {
            let session = try Session.open(options)
            _ = try session.caseToChange(number)
            try session.append([session.event(.assigned(number: number, to: login))])
            say(Localization.t(.assignedTo("\(number)", session.school.displayName(login))))
        }
    }

    struct Reply: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Post a message in a case's thread.")
        @OptionGroup var options: StoreOptions
        @Argument(help: "The case number.") var number: Int
        @Argument(help: "The message; - reads it from standard input (a confidential message must come that way: a command line is visible to every user of the machine).") var text: String
        @ArgumentParser.Flag(help: "Only counsellors can read it (the same as --visibility bk-only).") var confidential = false
        @Option(help: "Who may read it (default: team).") var visibility: Visibility?

        func validate() throws {
            if confidential && visibility != nil { throw UsageProblem.notBoth("--confidential", "--visibility").error }
        }

        func run() throws {
            let tier = confidential ? Visibility.bkOnly : visibility ?? .team
            // Every user of the machine can read a command line (ps, /proc): a confidential
            // text given there is refused before anything else happens.
            if tier.isConfidential && text != "-" { throw CommandError.usage(Localization.t(.secretOnCommandLine)) }
            let session = try Session.open(options)
            _ = try session.caseToChange(number)
            var body = text
            if text == "-" { body = try StandardInput.text() }
            try session.append([session.event(.messagePosted(EntryText(number: number, visibility: tier, text: body)))])
            say(Localization.t(.posted("\(number)", tier == .team ? "" : " (\(CaseText.tierWord(tier)))")))
        }
    }

    struct Close: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Close a case with an outcome and a summary for the referrer.")
        @OptionGroup var options: StoreOptions
        @Argument(help: "The case number.") var number: Int
        @Option(help: "How the case ended.") var outcome: Outcome
        @Option(help: "What the flagging teacher may know (needed unless --outcome-only); - reads it from standard input.") var summary: String?
        @ArgumentParser.Flag(help: "Send the referrer only the outcome, without a summary (a deliberate choice, recorded).")
        var outcomeOnly = false

        func run() throws {
            let session = try Session.open(options)
            _ = try session.caseToChange(number)
            let summary = try summary == "-" ? StandardInput.text() : summary
            try session.append([session.event(.closed(number: number, outcome: outcome, summary: summary,
                                                      outcomeOnly: outcomeOnly))])
            say(Localization.t(.closedAs("\(number)", Catalog(Localization.language).outcome(outcome))))
        }
    }

    struct Reopen: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Reopen a closed case.")
        @OptionGroup var options: StoreOptions
        @Argument(help: "The case number.") var number: Int
        // Required, so the usage line shows it as required; a blank one is refused below.
        @Option(help: "Why it is reopened (the case file keeps it beside the closing it undoes).") var reason: String

        func run() throws {
            guard !reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                throw CommandError.usage(Localization.t(.reopenNeedsReason))
            }
            let session = try Session.open(options)
            _ = try session.caseToChange(number)
            try session.append([session.event(.reopened(number: number, reason: reason))])
            say(Localization.t(.reopened("\(number)")))
        }
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Verify the store; explains what is wrong and where. Changes nothing.")
        @OptionGroup var options: StoreOptions
        @ArgumentParser.Flag(help: "Run at the lowest priority and keep the result (STORE/check.json) for the login banner and the interface, as a nightly job does.")
        var nightly = false

        func run() throws {
            // Nobody waits for a nightly check: it yields the processor (and with it the disk) to everyone.
            if nightly { setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, 19) }
            let report: Store.CheckReport
            let root: String
            switch try StoreLocation.resolve(options) {
            case .school(let config):
                (report, root) = (try SchoolConnection.spawn(config).check(nightly: nightly), config.store)
            case .own(let path):
                let progress = isatty(STDERR_FILENO) == 1 ? CheckProgress() : nil
                (report, root) = (try Store.check(path, progress: progress?.segment), path)
                progress?.done()
                if nightly { try Store.recordCheck(CheckRecord(at: Date(), events: report.events, problems: report.problems.count), in: path) }
            }
            if !report.privateChecked { say(Localization.t(.checkPrivateSkipped)) }
            if report.problems.isEmpty {
                say(Localization.t(.checkOK("\(report.events)", "\(report.segments)", "\(report.privateEntries)")))
                return
            }
            for p in report.problems { say(Localization.t(.checkProblem(Localization.text(p)))) }
            throw CommandError.data(Localization.t(.checkFailed(root, "\(report.problems.count)")))
        }
    }
}

/// The line `check` keeps up to date on a terminal: which journal segment it is reading.
final class CheckProgress {
    func segment(_ number: Int, of total: Int) {
        FileHandle.standardError.write(Data(("\r\u{1b}[K" + Localization.t(.checkProgress("\(number)", "\(total)"))).utf8))
    }

    func done() { FileHandle.standardError.write(Data("\r\u{1b}[K".utf8)) }
}
