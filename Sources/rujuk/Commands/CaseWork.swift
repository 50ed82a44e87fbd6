import ArgumentParser
import Foundation
import RujukDomain
import RujukStore
import RujukUI

// The verbs of case work (DESIGN §4, issue "working a case together"): each appends the
// events the interface's forms append, through the same domain rules.

/// Parses a date option (`2026-12-01`, `today`, `+7d`, `+2w`) as a local day.
func day(_ raw: String?, _ option: String, _ moment: DayInput.Moment = .noon) throws -> Date? {
    guard let raw else { return nil }
    guard let date = DayInput.parse(raw, now: Date(), timeZone: SchoolClock.zone, at: moment) else {
        throw UsageProblem.notADay(option: option, value: raw).error
    }
    return date
}

/// A counsellor works a case they hold: one nobody has picked up yet is picked up first, as in
/// the interface (P, S, K and H), so that the teacher who flagged it hears who has it. The vice
/// principal, who may act on any case, is not held to it.
func heldFirst(_ c: Case, by actor: Staff) throws {
    if c.assignee == nil, !c.isClosed, actor.isCounsellor, !actor.has(.viceStudentAffairs) {
        throw CommandError.data(Localization.t(.pickUpFirst("\(c.number)")))
    }
}

/// The day something happened for a case (a service, a conference, a visit): not before the
/// day the case was opened.
func happened(_ raw: String?, _ option: String, for c: Case) throws -> Date? {
    guard let date = try day(raw, option) else { return nil }
    let opened = DayInput.format(c.openedAt, timeZone: SchoolClock.zone)
    if DayInput.format(date, timeZone: SchoolClock.zone) < opened {
        throw CommandError.data(Localization.t(.dayBeforeCaseOpened(option, opened)))
    }
    return date
}

extension Rujuk {
    struct Plan: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show or change a case's help plan: goals, actions with an owner and a due date, the review date.",
            discussion: "Without options, prints the plan. An action with --sanction is the vice principal's alone.")
        @OptionGroup var options: StoreOptions
        @OptionGroup var output: OutputOptions
        @Argument(help: "The case number.") var number: Int
        @Option(help: "Add a goal: what the help should achieve.") var goal: String?
        @Option(help: "Add an action: what should be done.") var action: String?
        @Option(help: "The login of the action's owner (someone on the case).") var owner: String?
        @Option(help: "The action's due date (2026-12-01, today, +7d).") var due: String?
        @ArgumentParser.Flag(help: "The action is carried out with the parents, by the homeroom teacher.") var withParents = false
        @ArgumentParser.Flag(help: "The action is a sanction (vice principal only; never BK).") var sanction = false
        @Option(help: "Set the date the plan is reviewed (laijapen).") var reviewDate: String?
        @Option(help: "Mark the action with this id done.") var done: Int?

        func validate() throws {
            if action == nil && (owner != nil || due != nil || withParents || sanction) {
                throw UsageProblem.actionDetailsWithoutAction.error
            }
            _ = try day(due, "--due")
            _ = try day(reviewDate, "--review-date")
        }

        func run() throws {
            let session = try Session.open(options)
            let changing = try session.caseToChange(number)
            // Printing the plan, or an owner marking their action done, needs no holder.
            if goal != nil || action != nil || reviewDate != nil { try heldFirst(changing, by: session.actor) }
            var events: [Event] = []
            if let goal { events.append(session.event(.goalAdded(number: number, text: goal))) }
            if let action {
                events.append(session.event(.planItemAdded(PlanItemAdded(
                    number: number, text: action, owner: owner ?? session.actor.login, due: try day(due, "--due"),
                    kind: sanction ? .sanction : .support, withParents: withParents))))
            }
            if let date = try day(reviewDate, "--review-date") { events.append(session.event(.planReviewSet(number: number, date: date))) }
            if let done { events.append(session.event(.planItemDone(number: number, item: done))) }
            if !events.isEmpty {
                try session.append(events)
                say(done != nil && events.count == 1 ? Localization.t(.planDone("\(number)", "\(done!)")) : Localization.t(.planChanged("\(number)")))
                if !output.json { return }
            }
            let c = try session.visibleCase(number)
            if output.json {
                struct PlanJSON: Encodable { var goals: [String]; var actions: [CaseJSON.PlanEntry]; var reviewDate: CaseJSON.Nullable<Date> }
                try CaseJSON.print(PlanJSON(goals: c.goals.map(\.text), actions: c.plan.map(CaseJSON.PlanEntry.init), reviewDate: .init(c.reviewDate)))
                return
            }
            guard !c.goals.isEmpty || !c.plan.isEmpty else { say(Localization.t(.noPlanYet("\(number)"))); return }
            let entries = StudentRecord.entries([c]).filter { if case .goal = $0.item { true } else if case .action = $0.item { true } else { false } }
            let ids = c.plan.map(\.id)
            var i = 0
            for (entry, line) in zip(entries, RecordText.lines(entries, session.school, withCase: false)) {
                if case .action = entry.item { say("  [\(ids[i])] " + line); i += 1 } else { say("      " + line) }
            }
            if let review = c.reviewDate { say(Localization.t(.reviewBy(DayInput.format(review, timeZone: SchoolClock.zone))).trimmingCharacters(in: .whitespaces)) }
        }
    }

    struct Actions: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Your open plan actions and the evaluations you are asked for, overdue first.")
        @OptionGroup var options: StoreOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let session = try Session.open(options)
            let actions = session.school.actions(for: session.actor, at: Date())
            if output.json {
                struct Row: Encodable {
                    var `case`: Int; var student: String; var kind: String; var id: Int?; var text: String?
                    var horizon: String?; var due: CaseJSON.Nullable<Date>; var overdue: Bool
                }
                try CaseJSON.print(actions.map { a -> Row in
                    let student = session.school.students[a.studentID]?.name ?? "?"
                    switch a.kind {
                    case .planItem(let p): return Row(case: a.caseNumber, student: student, kind: "planAction", id: p.id, text: p.text, horizon: nil, due: .init(a.due), overdue: a.overdue)
                    case .observation(let h): return Row(case: a.caseNumber, student: student, kind: "observation", id: nil, text: nil, horizon: h.rawValue, due: .init(a.due), overdue: a.overdue)
                    }
                })
                return
            }
            let now = Date()
            for note in session.school.handoverNotes(for: session.actor, at: now) {
                let list = note.cases.map { "#\($0)" }.joined(separator: ", ")
                switch note.source {
                case .colleague(let login, let on):
                    say(Localization.t(.handoverFromColleague(session.school.displayName(login), String(ISODate.format(on).prefix(10)), list)))
                case .homeroom(let className, let year):
                    say(Localization.t(.handoverHomeroom(className, year, list)))
                }
                for number in note.cases {
                    guard let c = session.school.cases[number], let s = session.school.students[c.studentID] else { continue }
                    let open = c.plan.filter { !$0.done }.count
                    let review = c.reviewDate.map { " · " + Localization.t(.handoverReview(DayInput.format($0, timeZone: SchoolClock.zone))) } ?? ""
                    say("  #\(number) \(CaseText.clean(s.name)) (\(CaseText.clean(s.className))) · "
                        + Catalog(Localization.language).status(of: c, at: now) + " · " + Localization.t(.handoverActions("\(open)")) + review)
                }
            }
            guard !actions.isEmpty else { say(Localization.t(.noActions)); return }
            for a in actions {
                let student = CaseText.clean(session.school.students[a.studentID]?.name ?? "?")
                let due = a.due.map { " · " + Localization.t(.dueOn(DayInput.format($0, timeZone: SchoolClock.zone))) } ?? ""
                let mark = a.overdue ? Localization.t(.overdueMark) + " " : ""
                switch a.kind {
                case .planItem(let p):
                    let parents = p.withParents ? " " + Catalog(Localization.language).t(.withParentsMark) : ""
                    say("\(mark)#\(a.caseNumber) \(student) [\(p.id)] \(CaseText.clean(p.text))\(parents)\(due)")
                case .observation(let h):
                    say("\(mark)#\(a.caseNumber) \(student) " + Localization.t(.observationWanted(h.rawValue, "\(a.caseNumber)")) + due)
                }
            }
        }
    }

    struct ServiceCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "service",
            abstract: "Log a BK service (Pola 17 Plus) given for a case; its notes are BK-only unless you say otherwise.")
        @OptionGroup var options: StoreOptions
        @Argument(help: "The case number.") var number: Int
        @Option(help: "A Pola 17 Plus service or supporting activity.") var type: ServiceType
        @Option(help: "To one student, a group or a whole class.") var format: ServiceFormat = .individual
        @Option(help: "The day it was given (default today).") var date: String?
        @Option(help: "How long it took, in minutes.") var minutes = 45
        @Option(help: "Notes on the session; - reads them from standard input (confidential notes must come that way).") var notes: String?
        @Option(help: "Who may read the notes (default: bk-only).") var visibility: Visibility?

        func validate() throws {
            _ = try day(date, "--date")
            if minutes <= 0 { throw UsageProblem.wholeNumberAboveZero("--minutes").error }
        }

        func run() throws {
            let session = try Session.open(options)
            let c = try session.caseToChange(number)
            try heldFirst(c, by: session.actor)
            let visibility = visibility ?? .bkOnly
            let on = try happened(date, "--date", for: c)
            let text = try SecretText.resolve(notes, confidential: visibility.isConfidential)
            try session.append([session.event(.serviceLogged(ServiceLogged(
                number: number, type: type, format: format,
                on: on, minutes: minutes, visibility: visibility, notes: text)))])
            say(Localization.t(.serviceLogged("\(number)")))
        }
    }

    struct ReviewCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "review",
            abstract: "Give your evaluation of a case: laiseg right after a service, laijapen at the plan's review, laijapang at semester end.")
        @OptionGroup var options: StoreOptions
        @Argument(help: "The case number.") var number: Int
        @Option(help: "Right after (laiseg), short term (laijapen) or long term (laijapang).") var horizon: ReviewHorizon
        @Option(help: "1 worse, 2 no change, 3 some progress, 4 clear progress, 5 goal reached.") var rating: Int
        @Option(help: "What you observed: behaviour, learning results; - reads it from standard input (a confidential note must come that way).") var note: String?
        @Option(help: "Who may read the note.") var visibility: Visibility = .team

        func validate() throws {
            if !(1...5).contains(rating) { throw UsageProblem.ratingFromOneToFive.error }
        }

        func run() throws {
            let session = try Session.open(options)
            _ = try session.caseToChange(number)
            try session.append([session.event(.reviewRecorded(ReviewRecorded(
                number: number, horizon: horizon, rating: rating,
                visibility: visibility,
                text: try SecretText.resolve(note, confidential: visibility.isConfidential))))])
            say(Localization.t(.reviewRecorded("\(number)")))
        }
    }

    struct Escalate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record the parents' contact, move a case to another level (jenjang), or refer it onward.",
            discussion: "The vice principal takes a case only after contact with the parents is recorded. A referral to an outside agency needs --agency and --letter-date; its outcome is recorded later with --referral-outcome.")
        @OptionGroup var options: StoreOptions
        @Argument(help: "The case number.") var number: Int
        @Option(help: "The level (jenjang) that handles the case from now on.") var level: Level?
        @Option(help: "Why the case moves to this level.") var reason: String?
        @Option(help: "How and when the parents were contacted.") var parentsContacted: String?
        @Option(help: "The outside agency, such as a psychologist or the puskesmas.") var agency: String?
        @Option(help: "The date of the referral letter.") var letterDate: String?
        @Option(help: "What the agency reported (BK-only); - reads it from standard input, as it must come.") var referralOutcome: String?

        func validate() throws {
            let lvl = level
            if lvl != nil && reason == nil { throw UsageProblem.levelNeedsReason.error }
            if lvl == nil && (reason != nil || agency != nil || letterDate != nil) {
                throw UsageProblem.onlyWithLevel.error
            }
            _ = try day(letterDate, "--letter-date")
            if lvl == nil && parentsContacted == nil && referralOutcome == nil {
                throw UsageProblem.escalationNeedsSomething.error
            }
        }

        func run() throws {
            let session = try Session.open(options)
            _ = try session.caseToChange(number)
            var events: [Event] = []
            if let parentsContacted { events.append(session.event(.parentsContacted(number: number, how: parentsContacted))) }
            if let lvl = level {
                let letter = try day(letterDate, "--letter-date") ?? Date()
                let referral = agency.map { Referral(agency: $0, letterDate: letter) }
                events.append(session.event(.escalated(Escalation(number: number, level: lvl, reason: reason ?? "", referral: referral))))
            }
            if let referralOutcome {
                let text = try SecretText.resolve(referralOutcome, confidential: true) ?? ""
                events.append(session.event(.referralOutcome(EntryText(number: number, visibility: .bkOnly, text: text))))
            }
            try session.append(events)
            if parentsContacted != nil { say(Localization.t(.parentsRecorded("\(number)"))) }
            if let lvl = level { say(Localization.t(.levelChanged("\(number)", Catalog(Localization.language).level(lvl)))) }
            if referralOutcome != nil { say(Localization.t(.referralRecorded("\(number)"))) }
        }
    }

    struct ConferenceCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "conference",
            abstract: "Record a case conference: attendees and their roles, decisions (BK-only by default), and the actions it creates in the plan.")
        @OptionGroup var options: StoreOptions
        @Argument(help: "The case number.") var number: Int
        @Option(help: "The day it was held (default today).") var date: String?
        @Option(name: .customLong("attendee"), help: "\"Name (role)\" or a staff login; repeat for each attendee.") var attendees: [String] = []
        @Option(help: "What was decided; - reads it from standard input (confidential decisions must come that way).") var decisions: String
        @Option(name: .customLong("action"), help: "An action it decided; repeat for several (with --owner and --due in the same order).") var actions: [String] = []
        @Option(name: .customLong("owner"), help: "The login of each action's owner.") var owners: [String] = []
        @Option(name: .customLong("due"), help: "Each action's due date.") var dues: [String] = []
        @Option(help: "Who may read the decisions (default: bk-only).") var visibility: Visibility?

        func validate() throws {
            if attendees.isEmpty { throw UsageProblem.attendeeNeeded.error }
            if owners.count != actions.count { throw UsageProblem.onePerAction("--owner").error }
            if !dues.isEmpty && dues.count != actions.count { throw UsageProblem.onePerActionOrNone("--due").error }
            _ = try day(date, "--date")
            for d in dues { _ = try day(d, "--due") }
        }

        func run() throws {
            let session = try Session.open(options)
            let c = try session.caseToChange(number)
            try heldFirst(c, by: session.actor)
            let on = try happened(date, "--date", for: c) ?? Date()
            let words = Catalog(Localization.language)
            let people = attendees.flatMap { a -> [Attendee] in
                if let person = session.school.staff[a] { return [Attendee(name: person.name, role: words.role(person.primaryRole))] }
                return Attendee.list(from: a)
            }
            let visibility = visibility ?? .bkOnly
            var drafts: [ActionDraft] = []
            for (i, text) in actions.enumerated() {
                drafts.append(ActionDraft(text: text, owner: owners[i], due: dues.isEmpty ? nil : try day(dues[i], "--due")))
            }
            try session.append([session.event(.conferenceHeld(ConferenceHeld(
                number: number, on: on, attendees: people,
                visibility: visibility,
                decisions: try SecretText.resolve(decisions, confidential: visibility.isConfidential) ?? "",
                actions: drafts)))])
            say(Localization.t(.conferenceRecorded("\(number)", "\(people.count)", "\(drafts.count)")))
        }
    }

    struct Visit: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record a home visit: who went, whom they met, findings and follow-up (BK-only by default).")
        @OptionGroup var options: StoreOptions
        @Argument(help: "The case number.") var number: Int
        @Option(help: "The day of the visit (default today).") var date: String?
        @Option(name: .customLong("with"), help: "The login of a colleague who came along; repeat for several.") var companions: [String] = []
        @Option(help: "Whom you met, such as the mother or a grandmother.") var met: String
        @Option(help: "What you found; - reads it from standard input (confidential findings must come that way).") var findings: String
        @Option(help: "What happens next.") var followUp: String?
        @Option(help: "Who may read the details (default: bk-only for counsellors).") var visibility: Visibility?

        func validate() throws {
            _ = try day(date, "--date")
        }

        func run() throws {
            let session = try Session.open(options)
            let c = try session.caseToChange(number)
            try heldFirst(c, by: session.actor)
            // A homeroom teacher cannot write BK-only; their default is homeroom-and-BK.
            let tier = visibility
                ?? (session.school.canRead(session.actor, .bkOnly, in: c) ? .bkOnly : .homeroomAndBK)
            try session.append([session.event(.homeVisited(HomeVisited(
                number: number, on: try happened(date, "--date", for: c) ?? Date(), visitors: [session.actor.login] + companions, visibility: tier,
                details: VisitDetails(met: met, findings: try SecretText.resolve(findings, confidential: tier.isConfidential) ?? "",
                                      followUp: try SecretText.resolve(followUp, confidential: tier.isConfidential && followUp != "-") ?? ""))))])
            say(Localization.t(.visitRecorded("\(number)")))
        }
    }

    struct Record: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "A student's cumulative record (buku pribadi): every case and year, as much as you may read.")
        @OptionGroup var options: StoreOptions
        @OptionGroup var output: OutputOptions
        @Argument(help: "An NISN, a student id, or a name that matches one student.") var student: String

        func run() throws {
            let session = try Session.open(options)
            let s = try session.student(student)
            let entries = try session.store.record(ofStudent: s.id, for: session.actor)
            if output.json { try CaseJSON.print(entries.map(RecordEntryJSON.init)); return }
            let cases = Set(entries.map(\.caseNumber)).count
            say(Localization.t(.recordHeader(CaseText.clean(s.name), CaseText.clean(s.className), s.nisn ?? "-", "\(cases)")))
            if entries.isEmpty { say(Localization.t(.recordNothing)); return }
            for line in RecordText.lines(entries, session.school, withCase: true) { say("  " + line) }
        }
    }
}
