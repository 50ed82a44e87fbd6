import ArgumentParser
import Foundation
import RujukDomain
import RujukStore

extension Rujuk {
    struct Queue: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the open cases that concern you, in triage order.")

        @OptionGroup var options: StoreOptions
        @OptionGroup var output: OutputOptions
        @ArgumentParser.Flag(help: "Only cases assigned to you.") var mine = false
        @ArgumentParser.Flag(help: "Only cases nobody has picked up.") var unclaimed = false
        @ArgumentParser.Flag(help: "Every case you may see, closed ones included.") var all = false

        func validate() throws {
            if [mine, unclaimed, all].filter({ $0 }).count > 1 { throw UsageProblem.atMostOne(["--mine", "--unclaimed", "--all"]).error }
        }

        func run() throws {
            let session = try Session.open(options)
            let filter: QueueFilter = mine ? .mine : unclaimed ? .unclaimed : all ? .all : .concerningMe
            let now = Date()
            if filter == .all { return try streamAll(session, now: now) }
            let cases = session.school.queue(for: session.actor, filter)
            if output.json {
                try CaseJSON.print(cases.map { CaseJSON.row($0, session.school, now: now) })
            } else {
                say(CaseText.queue(cases, session.school, now: now))
            }
        }

        /// `--all` as a list that prints as it reads: the open cases at once, then the closed
        /// ones newest first, a batch at a time, so the first lines never wait for all of history
        /// (`--json` too: an array written an element at a time).
        func streamAll(_ session: Session, now: Date) throws {
            let school = session.school, actor = session.actor
            let numberWidth = CaseText.queueNumberWidth(school.nextCaseNumber - 1)
            var printed = false
            // Closed only when all was read: a list cut short by an error is not valid JSON.
            let json = output.json ? StreamingJSONArray() : nil
            func print(_ cases: [Case]) throws {
                if let json { return try json.append(cases.map { CaseJSON.row($0, school, now: now) }) }
                guard !cases.isEmpty else { return }
                var out = printed ? "" : CaseText.queueHeader(numberWidth: numberWidth) + "\n"
                out += cases.map { CaseText.queueRow($0, school, now: now, numberWidth: numberWidth) }.joined(separator: "\n")
                say(out)
                printed = true
            }
            try print(school.queue(for: actor, .all).filter { !$0.isClosed })
            try session.store.closedCases(newestFirst: { batch in try print(batch.filter { school.canSee(actor, $0) }) }, batch: 500)
            json?.close()
            if !printed && json == nil { say(Localization.t(.noCasesHere)) }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show one case, as much as you may see.")
        @OptionGroup var options: StoreOptions
        @OptionGroup var output: OutputOptions
        @Argument(help: "The case number.") var number: Int

        func run() throws {
            let session = try Session.open(options)
            let c = try session.visibleCase(number)
            if output.json { try CaseJSON.print(CaseJSON.detail(c, session.school, now: Date())) }
            else { say(CaseText.detail(c, session.school, now: Date())) }
        }
    }

    struct Thread: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show a case's messages, as much as you may read.")
        @OptionGroup var options: StoreOptions
        @OptionGroup var output: OutputOptions
        @Argument(help: "The case number.") var number: Int

        func run() throws {
            let session = try Session.open(options)
            let c = try session.visibleCase(number)
            if output.json { try CaseJSON.print(CaseJSON.messages(c)) }
            else { say(CaseText.thread(c, session.school)) }
        }
    }
}
