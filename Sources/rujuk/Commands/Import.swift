import ArgumentParser
import Foundation
import RujukUI
import RujukDomain
import RujukRoster
import RujukStore

extension Rujuk {
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import a roster.", subcommands: [ImportStudents.self, ImportStaff.self])
    }

    struct ImportStudents: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "students",
            abstract: "Import or re-import (sync) students from a Dapodik export (.xlsx, .xls XML, CSV) or a class list.",
            discussion: """
            Columns are found by their header (Nama, NISN, NIPD, JK, Tanggal Lahir, Rombel Saat Ini; or name/nama, \
            nisn, class/kelas). Students are matched by NISN, then NIPD, then name and birth date; nothing is \
            duplicated. Any bad row imports nothing. Only new students are applied without --apply.
            """)
        @OptionGroup var options: StoreOptions
        @Argument(help: "The file: .xlsx, SpreadsheetML .xls, or CSV (; or , separated, UTF-8 or Windows-1252).") var file: String
        @ArgumentParser.Flag(help: "Show what would change, change nothing.") var dryRun = false
        @ArgumentParser.Flag(help: "Apply moves, corrections and leavers without asking.") var apply = false
        @Option(help: "Mark students who are not in the file as left for this reason.") var missingLeft: LeaveReason?
        @Option(help: "The day they left (YYYY-MM-DD); today if not given.") var date: String?

        func validate() throws {
            if dryRun && apply { throw UsageProblem.notBoth("--dry-run", "--apply").error }
        }

        func run() throws {
            let day = date ?? RosterImport.today
            try Validation.day(day)
            let read = try RosterImport.entries(file)
            // Planned against the roster as read; if a colleague's import lands first, the
            // domain refuses the batch under the lock and the plan is made again.
            for attempt in 1...3 {
                let session = try Session.open(options)
                if let denial = session.school.denial(session.actor, .manageRoster, on: nil) {
                    throw CommandError.notPermitted(Catalog(Localization.language).denial(denial))
                }
                let plan = RosterSync.plan(read.entries, school: session.school, missingLeft: missingLeft, on: day)
                do {
                    try RosterImport.run(plan, session: session, file: file, dryRun: dryRun, apply: apply)
                    return
                } catch let error as StoreError where attempt < 3 && RosterImport.isConcurrentChange(error) {
                    say(Localization.t(.rosterChangedMeanwhile))
                }
            }
        }
    }
}

extension Rujuk {
    struct ImportStaff: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "staff",
            abstract: "Fill in NIPs (and add people with a login column) from the Dapodik staff export (GTK).",
            discussion: """
            Columns by header: Nama, NIP (or NUPTK), Jenis PTK, Tugas Tambahan, and optionally login. People already on             the staff list are matched by NIP, login, then name (degrees after a comma ignored); others are added when             the file gives their login, else listed with the command that adds them.
            """)
        @OptionGroup var options: StoreOptions
        @Argument(help: "The GTK export: .xlsx, SpreadsheetML .xls, or CSV.") var file: String
        @ArgumentParser.Flag(help: "Show what would change, change nothing.") var dryRun = false
        @ArgumentParser.Flag(help: "Apply without asking.") var apply = false

        func run() throws {
            let session = try Session.open(options)
            if let denial = session.school.denial(session.actor, .manageRoster, on: nil) {
                throw CommandError.notPermitted(Catalog(Localization.language).denial(denial))
            }
            guard let data = FileManager.default.contents(atPath: file) else {
                throw CommandError.notFound(Localization.t(.cannotReadFile(file)))
            }
            let read: StaffReader.Result
            do { read = try StaffReader.read(data) } catch { throw CommandError.data(RosterImport.message(error, file)) }
            if !read.problems.isEmpty {
                let rows = read.problems.map { Localization.t(.rowProblem("\($0.line)", Localization.text($0.error))) }
                throw CommandError.data(Localization.t(.badRows(file, "\(rows.count)", rows.joined(separator: " "))))
            }
            let plan = StaffSync.plan(read.entries, school: session.school)
            for p in plan.updated { say(Localization.t(.staffNIP(CaseText.clean(p.name), p.login, p.nip ?? "-"))) }
            for p in plan.added { say(Localization.t(.staffNew(CaseText.clean(p.name), p.login, CaseText.roles(p.roles)))) }
            for e in plan.unknown {
                let role = (e.roles.first ?? .subjectTeacher).commandLineName
                say(Localization.t(.staffUnknown("\(e.line)", CaseText.clean(e.name), role, e.nip.map { " --nip \($0)" } ?? "")))
            }
            guard !plan.events.isEmpty else { say(Localization.t(.syncNothing(file))); return }
            if dryRun { say(Localization.t(.syncDryRun)); return }
            guard apply || RosterImport.confirm(Localization.t(.syncAsk)) else { say(Localization.t(.syncNeedsApply)); return }
            try session.append(plan.events.map { session.event($0) })
            say(Localization.t(.syncApplied("\(plan.events.count)", file)))
        }
    }
}

extension RosterImport {
    /// Shows the plan, then applies it as one batch: with --apply, a `y` on a terminal, or
    /// without asking when it only adds students.
    static func run(_ plan: SyncPlan, session: Session, file: String, dryRun: Bool, apply: Bool) throws {
        if !plan.changesSomething {
            for line in describe(plan, file: file) where !line.hasPrefix(file) { say(line) }
            say(Localization.t(.syncNothing(file)))
            return
        }
        let quiet = plan.onlyAdds && !dryRun && plan.uncertain.isEmpty && plan.missing.isEmpty
        if !quiet { for line in describe(plan, file: file) { say(line) } }
        if dryRun { say(Localization.t(.syncDryRun)); return }
        guard apply || plan.onlyAdds || confirm(Localization.t(.syncAsk)) else {
            say(Localization.t(.syncNeedsApply))
            return
        }
        progress(.progressWriting("\(plan.events.count)"))
        do {
            try session.append(plan.events.map { session.event($0) })
        } catch let error as StoreError {
            if isConcurrentChange(error) { throw error }
            // Name the line a refused change came from.
            if let domain = error.domain, let i = firstRefused(plan, session.school), plan.lines[i] > 0 {
                throw CommandError.data(Localization.t(.badRows(file, "1", Localization.t(.rowProblem("\(plan.lines[i])", Localization.text(domain))))))
            }
            throw error
        }
        if plan.onlyAdds && plan.missing.isEmpty {
            say(Localization.t(.imported("\(plan.added.count)", file)))
        } else {
            say(Localization.t(.syncApplied("\(plan.events.count)", file)))
        }
    }

    /// A refusal that means someone else changed the roster between reading and writing.
    static func isConcurrentChange(_ error: StoreError) -> Bool {
        guard let reason = error.domain?.reason.key else { return false }
        return [DomainMessage.Key.studentIDExists, .nisnExists, .nipdExists, .sameStudentExists, .studentAlreadyLeft, .studentNotLeft].contains(reason)
    }

    /// The first event of a plan that the domain refuses, on a copy of the school.
    static func firstRefused(_ plan: SyncPlan, _ school: School) -> Int? {
        var scratch = school
        let actor = school.staff.values.first { $0.has(.admin) && $0.isActive }?.login ?? ""
        for (i, payload) in plan.events.enumerated() {
            do { try scratch.apply(Event(seq: scratch.lastSeq + 1, at: Date(), actor: actor, payload: payload)) } catch { return i }
        }
        return nil
    }
}
