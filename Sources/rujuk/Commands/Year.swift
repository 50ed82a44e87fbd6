import ArgumentParser
import Foundation
import RujukUI
import RujukDomain
import RujukReport
import RujukRoster
import RujukStore

extension Rujuk {
    struct YearCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "year", abstract: "The school year: its dates, and starting the next one.",
            subcommands: [Show.self, Start.self], defaultSubcommand: Show.self)

        struct Show: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "The current school year and its semesters' dates.")
            @OptionGroup var options: StoreOptions

            func run() throws {
                let session = try Session.open(options)
                guard let y = session.school.year else {
                    // Reports still count a year: say which, so the two never seem to disagree.
                    let today = DayInput.format(Date(), timeZone: session.school.timeZone)
                    if let c = ReportPeriod.schoolYear(onDay: today, recorded: nil) {
                        say(Localization.t(.yearNoneCalendar(c.name, c.starts, c.ends, c.firstSemesterEnds, c.secondSemesterStarts)))
                    } else {
                        say(Localization.t(.yearNone))
                    }
                    return
                }
                say(Localization.t(.yearShow(y.name, y.starts, y.ends, y.firstSemesterEnds, y.secondSemesterStarts)))
            }
        }

        struct Start: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Start a school year: promotions, graduates, new intake and leavers, new homerooms and caseloads, as one step (admin only).",
                discussion: """
                With --promote every class moves one grade up (Kelas 7A → Kelas 8A, VII-B → VIII-B) and grades 6, 9 and 12 \
                graduate; with --roster FILE the new Dapodik export decides, and students of a final grade missing from it \
                graduate. --write-template FILE writes the homeroom and caseload file to fill in for --assignments.
                """)
            @OptionGroup var options: StoreOptions
            @Argument(help: "The new year, e.g. 2027/2028.") var name: String
            @Option(help: "The new year's Dapodik export (or class list).") var roster: String?
            @ArgumentParser.Flag(help: "Move every class one grade up; the top grade graduates.") var promote = false
            @ArgumentParser.Flag(help: "Show what would change, change nothing.") var dryRun = false
            @ArgumentParser.Flag(help: "Apply without asking.") var apply = false
            @Option(help: "The first day of the year (default: YYYY-07-13).") var starts: String?
            @Option(help: "The first day of the second semester (default: January 5).") var secondSemester: String?
            @Option(help: "The last day of the year (default: June 30).") var ends: String?
            @Option(help: "Homerooms and caseloads for the new year: lines login;homeroom;caseload.") var assignments: String?
            @Option(help: "Write the assignments template to this file and stop.") var writeTemplate: String?
            @Option(help: "With --roster: mark others missing from it as left for this reason.") var missingLeft: LeaveReason?

            func validate() throws {
                if (roster == nil) == !promote { throw UsageProblem.oneOf(["--roster FILE", "--promote"]).error }
                if dryRun && apply { throw UsageProblem.notBoth("--dry-run", "--apply").error }
                if SchoolYear.usual(name) == nil { throw UsageProblem.yearWrittenAs.error }
            }

            func run() throws {
                let session = try Session.open(options)
                let school = session.school
                if let denial = school.denial(session.actor, .manageRoster, on: nil) {
                    throw CommandError.notPermitted(Catalog(Localization.language).denial(denial))
                }
                var year = SchoolYear.usual(name)!
                if let starts { year.starts = starts }
                if let secondSemester { year.secondSemesterStarts = secondSemester }
                if let ends { year.ends = ends }
                // A year that is over is history: starting it now would move and graduate
                // today's students as of a past July.
                let today = DayInput.format(Date(), timeZone: school.timeZone)
                if year.ends < today { throw CommandError.data(Localization.t(.yearIsOver(year.name, year.ends))) }
                // Begun already (a school starting Rujuk mid-year): every class moves now, not in July.
                if year.starts < today { say(Localization.t(.yearBegun(year.name, year.starts))) }
                var staff: [Staff] = []
                if let assignments {
                    guard let data = FileManager.default.contents(atPath: assignments) else {
                        throw CommandError.notFound(Localization.t(.cannotReadFile(assignments)))
                    }
                    let parsed = YearStart.assignments(TextDecoding.decode(data), school: school)
                    if !parsed.problems.isEmpty {
                        let rows = parsed.problems.map { Localization.t(.rowProblem("\($0.line)", Localization.text($0.error))) }
                        throw CommandError.data(Localization.t(.badRows(assignments, "\(rows.count)", rows.joined(separator: " "))))
                    }
                    staff = parsed.staff
                }
                var plan: YearPlan
                var entries: [RosterEntry] = []
                if let roster {
                    entries = try RosterImport.entries(roster).entries
                    RosterImport.progress(.progressPlanningYear)
                    plan = YearStart.fromRoster(entries, school, to: year, missingLeft: missingLeft, assignments: staff)
                } else {
                    RosterImport.progress(.progressPlanningYear)
                    plan = YearStart.promote(school, to: year, assignments: staff)
                }
                if let writeTemplate {
                    try YearStart.template(school, classes: plan.classes).write(toFile: writeTemplate, atomically: false, encoding: .utf8)
                    say(Localization.t(.yearTemplateWritten(writeTemplate)))
                    return
                }
                for line in Self.describe(plan, school) { say(line) }
                if dryRun { say(Localization.t(.syncDryRun)); return }
                // On a terminal, without a file of assignments, the new homerooms and caseloads are asked.
                if assignments == nil && !apply && RosterImport.isTerminal && RosterImport.confirm(Localization.t(.yearAskAssignments), yesByDefault: true) {
                    guard let asked = AssignmentDialogue.ask(school: school, classes: plan.classes) else { say(Localization.t(.syncNeedsApply)); return }
                    plan = roster == nil ? YearStart.promote(school, to: year, assignments: asked)
                        : YearStart.fromRoster(entries, school, to: year, missingLeft: missingLeft, assignments: asked)
                    for p in plan.assignments {
                        say(Localization.t(.yearAssignment(CaseText.clean(p.name), p.login, p.homeroom ?? "-", p.caseload.isEmpty ? "-" : p.caseload.joined(separator: " "))))
                    }
                }
                guard apply || RosterImport.confirm(Localization.t(.syncAsk)) else { say(Localization.t(.syncNeedsApply)); return }
                RosterImport.progress(.progressWriting("\(plan.events.count)"))
                try session.append(plan.events.map { session.event($0) })
                say(Localization.t(.yearStarted(year.name, "\(plan.promoted.reduce(0) { $0 + $1.count })", "\(plan.graduated.reduce(0) { $0 + $1.count })", "\(plan.intake.reduce(0) { $0 + $1.count })", "\(plan.leavers.count)", "\(plan.assignments.count)")))
                say(Localization.t(.yearShow(year.name, year.starts, year.ends, year.firstSemesterEnds, year.secondSemesterStarts)))
            }

            static func describe(_ plan: YearPlan, _ school: School) -> [String] {
                var out: [String] = []
                for g in plan.promoted { out.append(Localization.t(.yearPromotes(g.from, g.to ?? "-", "\(g.count)"))) }
                for g in plan.graduated { out.append(Localization.t(.yearGraduates(g.from, "\(g.count)"))) }
                for g in plan.intake { out.append(Localization.t(.yearIntake(g.from, "\(g.count)"))) }
                for s in plan.leavers { out.append(Localization.t(.syncLeaves("\(CaseText.clean(s.name)) (\(s.className))", s.left?.reason.rawValue ?? "keluar"))) }
                // Whoever leaves with a case still open: said before it happens, as `students leave` says it after.
                for case .studentLeft(let left) in plan.events {
                    guard let c = school.openCase(ofStudent: left.id), let s = school.students[left.id] else { continue }
                    out.append(Localization.t(.yearLeaverOpenCase(CaseText.clean(s.name), "\(c.number)", c.assignee.map(school.displayName) ?? Localization.t(.notPickedUpYet))))
                }
                if let sync = plan.sync {
                    out += RosterImport.uncertainLines(sync)
                }
                for p in plan.assignments {
                    out.append(Localization.t(.yearAssignment(CaseText.clean(p.name), p.login, p.homeroom ?? "-", p.caseload.isEmpty ? "-" : p.caseload.joined(separator: " "))))
                }
                for (login, c) in plan.staleHomerooms { out.append(Localization.t(.yearStaleHomeroom(school.displayName(login), login, c))) }
                for (login, c) in plan.staleCaseloads { out.append(Localization.t(.yearStaleCaseload(school.displayName(login), login, c))) }
                return out
            }
        }
    }
}
