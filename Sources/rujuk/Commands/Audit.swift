import ArgumentParser
import Foundation
import RujukDomain
import RujukStore
import RujukBoundary

extension Rujuk {
    struct Audit: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Who changed what, and who opened which confidential entries (counsellors and the principal).",
            subcommands: [AuditList.self, AuditVerify.self], defaultSubcommand: AuditList.self)
    }

    struct AuditList: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List changes and openings of confidential entries in the order recorded (the default).")

        @OptionGroup var options: StoreOptions
        @OptionGroup var output: OutputOptions
        @Option(name: .customLong("case"), help: "Only this case.") var number: Int?
        @Option(help: ArgumentHelp("Only what this person did.", valueName: "LOGIN")) var who: String?
        // Unconditional: a day counted back (-7d) starts with a dash and is still this option's value.
        @Option(parsing: .unconditional, help: ArgumentHelp("Only from this day on: 2026-12-01, today, -7d.", valueName: "DATE")) var since: String?

        func run() throws {
            let from = try day(since, "--since", .startOfDay)
            let session = try Session.open(options)
            guard session.actor.mayReadAudit else { throw CommandError.notPermitted(Localization.t(.auditNotAllowed)) }
            // A case number never given is a mistake, not an empty trail.
            if let number, number < 1 || number >= session.store.school.nextCaseNumber {
                throw CommandError.notFound(Localization.t(.noVisibleCase("\(number)")))
            }
            // Printed as it is read: the first lines at once, one batch in memory.
            // People by name, as every other screen has them (`--json` keeps the login).
            let school = session.store.school
            let staffWidth = school.staff.keys.map { CaseText.clean(school.displayName($0)).count }.max() ?? 0
            let byWidth = max(8, staffWidth)
            // Wide enough for the highest case number there is: a case number is never cut.
            let numberWidth = max(6, "#\(max(1, session.store.school.nextCaseNumber - 1))".count)
            var printed = 0
            let clock = CaseText.clock()
            let json = output.json ? StreamingJSONArray() : nil
            let openingsReadable = try session.store.auditTrail(number: number, who: who, since: from) { batch in
                printed += batch.count
                if let json { return try json.append(batch.map(AuditJSON.init)) }
                var text = ""
                for e in batch {
                    let what: String
                    switch e.what {
                    case .change(let type): what = EventWords.describe(typeName: type, Localization.language)
                    case .opened(let seqs): what = Localization.t(.auditOpened("\(seqs.count)", seqs.map(String.init).joined(separator: ", ")))
                    case .pinRefused(let login): what = Localization.t(.auditPinRefused(CaseText.clean(login)))
                    }
                    text += "\(clock.string(from: e.at))  " + CaseText.column(CaseText.clean(school.displayName(e.by)), byWidth + 1)
                        + CaseText.column(e.number.map { "#\($0)" } ?? "", numberWidth + 1) + what + "\n"
                }
                FileHandle.standardOutput.write(Data(text.utf8))
            }
            json?.close()
            if !openingsReadable {
                FileHandle.standardError.write(Data(("rujuk: " + Localization.t(.auditOpeningsHidden(session.store.facts.privateDirectory ?? "private/", session.store.facts.privateGroup ?? "?")) + "\n").utf8))
            }
            if printed == 0 && json == nil { say(Localization.t(.auditNothing)) }
        }
    }

    struct AuditVerify: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "verify",
            abstract: "Check that no line of the journal or of private/ was edited, removed or reordered. Changes nothing.")

        @OptionGroup var options: StoreOptions
        @Option(help: ArgumentHelp("A head printed by an earlier run: says whether it is still in the chain (lines before it were not edited, removed or cut off).", valueName: "HEAD"))
        var contains: String?

        func run() throws {
            var problems: [StoreError] = []
            let root: String
            var reports: [(isPrivate: Bool, report: Store.ChainReport)] = []
            switch try StoreLocation.resolve(options) {
            case .school(let config):
                root = config.store
                reports = try SchoolConnection.spawn(config).verifyChains(lookingFor: contains)
            case .own(let path):
                root = path
                for isPrivate in [false, true] {
                    guard !isPrivate || access(StoreLayout(root).privateDirectory, R_OK | X_OK) == 0 else {
                        say(Localization.t(.chainNotReadable("private/")))
                        continue
                    }
                    reports.append((isPrivate, try Store.verifyChain(root, isPrivate: isPrivate, lookingFor: contains)))
                }
            }
            for (isPrivate, report) in reports {
                let name = isPrivate ? "private/" : "journal/"
                problems += report.problems
                let (lines, count, time) = ("\(report.lines)", "\(report.problems.count)", CaseText.time(Date()))
                say(Localization.t(report.problems.isEmpty ? .chainIntact(name, lines, count, report.head, time)
                                                           : .chainBroken(name, lines, count, report.head, time)))
                if report.unchained > 0 { say(Localization.t(.chainLegacy("\(report.unchained)"))) }
            }
            for p in problems { say(Localization.t(.checkProblem(Localization.text(p)))) }
            if !problems.isEmpty { throw CommandError.data(Localization.t(.chainFailed(root, "\(problems.count)"))) }
            if let contains {
                guard reports.contains(where: { $0.report.containsHead == true }) else {
                    throw CommandError.data(Localization.t(.headMissing(contains)))
                }
                say(Localization.t(.headFound(contains)))
            }
        }
    }
}

/// One line of `rujuk audit --json`.
struct AuditJSON: Encodable {
    var at: Date
    var by: String
    var `case`: Int?
    var what: String
    var entries: [Int]?

    init(_ e: AuditEntry) {
        at = e.at
        by = e.by
        self.case = e.number
        switch e.what {
        case .change(let type): what = type; entries = nil
        case .opened(let seqs): what = "opened"; entries = seqs
        case .pinRefused(let login): what = "pinRefused"; entries = nil; by = by + " → " + login
        }
    }
}
