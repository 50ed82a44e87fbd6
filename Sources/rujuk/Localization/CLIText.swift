import ArgumentParser
import Foundation
import RujukDomain
import RujukStore
import RujukUI

/// Every sentence the command line prints, with what it needs filled in; each language words
/// every one (`CLIWording`), so none can be missing or asked for without its arguments.
enum CLIText: Sendable, Hashable {
    case caseOpenedFor(String, String, String)
    case flagAddedTo(String, String, String, String)
    case createdDemo(String, String)
    case createdSchool(String, String, String)
    case pickedUp(String)
    case alreadyYours(String)
    case assignedTo(String, String)
    case posted(String, String)
    case closedAs(String, String)
    case reopened(String)
    case checkOK(String, String, String)
    case checkProblem(String)
    case checkFailed(String, String)
    case imported(String, String)
    case noStudentMatches
    case studentAdded(String, String)
    case staffAdded(String, String, String)
    case pinSet(String)
    case noCasesHere
    case noMessagesYet(String)
    case notUTF8Stdin
    case cannotReadFile(String)
    case fileNotUTF8(String)
    case notCSV(String, String)
    case csvNeedsHeader(String)
    case badRows(String, String, String)
    case noStaffMember(String)
    case pinsDiffer
    case noVisibleCase(String)
    case noStudentLike(String, String)
    case severalStudents(String, String, String)
    case notStaff(String, String)
    case notStaffDemoHint(String, String)
    case unknownStaff(String, String)
    case noPinYet(String, String)
    case wrongPin(String)
    case unknownCommand(String)
    case noTerminalForPin(String)
    case cannotReadPin
    case pinPrompt(String)
    case newPinPrompt(String)
    case againPrompt
    case chooseWithAs
    case noAnswer
    case notADemoPerson(String, String)
    case whoAreYou(String)
    case numberOrLogin
    case notDemoStore(String)
    case themeMissing(String, String)
    case themeUnreadable(String)
    case themeSyntax(String, String, String)
    case themeNotTable(String, String, String)
    case themeBadValue(String, String, String)
    case headerNumber
    case headerStatus
    case headerUrgency
    case headerStudent
    case headerClass
    case headerFlags
    case headerCounsellor
    case headerAge
    case showStatusLine(String, String, String, String, String)
    case showCounsellor(String)
    case notPickedUpYet
    case flagsHeading
    case triedLabel
    case parentsInformed
    case planHeading
    case reviewBy(String)
    case dueLabel(String)
    case servicesHeading
    case reviewsHeading
    case threadHeading(String, String)
    case closedLine(String, String)
    case summaryForReferrer
    case caseHeader(String, String, String, String)
    case rowProblem(String, String)
    case cannotReadEntry(String)
    case dumbTerminal(String)
    case notATerminal
    case unknownTerminal(String)
    case planDone(String, String)
    case planChanged(String)
    case noPlanYet(String)
    case noActions
    case dueOn(String)
    case overdueMark
    case observationWanted(String, String)
    case serviceLogged(String)
    case reviewRecorded(String)
    case parentsRecorded(String)
    case levelChanged(String, String)
    case referralRecorded(String)
    case conferenceRecorded(String, String, String)
    case visitRecorded(String)
    case recordHeader(String, String, String, String)
    case recordNothing
    case auditNotAllowed
    case auditOpeningsHidden(String, String)
    case auditNothing
    case auditOpened(String, String)
    case chainNotReadable(String)
    case chainIntact(String, String, String, String, String)
    case chainBroken(String, String, String, String, String)
    case chainLegacy(String)
    case chainFailed(String, String)
    case motdNew(String)
    case motdUnread(String)
    case motdActions(String)
    case motdLine(String)
    case createdSharedSchool(String, String, String, String, String)
    case privateHidden(String, String)
    case checkPrivateSkipped
    case checkProgress(String, String)
    case checkFoundDamage(String, String)
    case sameGroups
    case cannotCreateStore(String, String, String)
    case pinUnlocked(String)
    case auditPinRefused(String)
    case secretOnCommandLine
    case reopenNeedsReason
    case homeroomNeedsClass
    case homeroomTaken(String, String, String)
    case classOutsideGrades(String, String, String)
    case reportBinaryToTerminal(String)
    case dayBeforeCaseOpened(String, String)
    case pickUpFirst(String)
    case stdinTooLarge(String)
    case backedUp(String, String, String, String)
    case restored(String, String)
    case headFound(String)
    case headMissing(String)
    case rosterOldExcel(String)
    case rosterUnreadable(String, String, String, String)
    case rosterNoHeader(String, String, String)
    case rosterAmbiguous(String, String, String)
    case syncSummary(String, String, String, String, String, String, String, String)
    case syncNew(String)
    case syncMove(String, String, String)
    case syncCorrect(String, String)
    case syncReturn(String)
    case syncUncertain(String, String, String)
    case syncMissing(String)
    case syncLeaves(String, String)
    case syncMissingHint
    case uncertainIDs(String, String)
    case uncertainOtherNISN(String, String)
    case uncertainName(String)
    case uncertainSameLine(String, String)
    case syncDryRun
    case syncAsk
    case syncNeedsApply
    case syncApplied(String, String)
    case syncNothing(String)
    case progressReading(String, String)
    case progressRead(String)
    case progressWriting(String)
    case handoverFromColleague(String, String, String)
    case handoverHomeroom(String, String, String)
    case handoverReview(String)
    case handoverActions(String)
    case staffNIP(String, String, String)
    case staffNew(String, String, String)
    case staffUnknown(String, String, String, String)
    case rosterChangedMeanwhile
    case leftMark(String, String)
    case studentChanged(String, String)
    case studentLeftDone(String, String, String, String)
    case studentReturnedDone(String, String)
    case openCasesOfLeaver(String, String)
    case mutasiHint(String, String)
    case nothingToChange(String)
    case staffChanged(String, String, String)
    case staffLeftDone(String, String)
    case handedOver(String, String, String)
    case staffLeftMark(String)
    case yearStarted(String, String, String, String, String, String)
    case yearShow(String, String, String, String, String)
    case yearNone
    case yearIsOver(String, String)
    case yearBegun(String, String)
    case yearLeaverOpenCase(String, String, String)
    case yearNoneCalendar(String, String, String, String, String)
    case yearPromotes(String, String, String)
    case yearGraduates(String, String)
    case yearStaleHomeroom(String, String, String)
    case yearStaleCaseload(String, String, String)
    case yearTemplateWritten(String)
    case yearAssignment(String, String, String, String)
    case accessEnded(String, String)
    case yearIntake(String, String)
    case outcomeOnlyShared
    case openCaseOf(String)
    case triaged(String, String, String, String)
    case createdDemoAt(String, String, String)
    case andMore(String, String)
    case labelHomeroom(String)
    case labelCaseload(String)
    case labelPINSet
    case caseloadAll
    case configSyntax(String, String, String)
    case configUnreadable(String)
    case draftNotSaved(String, String)
    case draftsUnreadable(String, String)
    case draftsUnreadableLeft(String, String)
    case yearAskAssignments
    case yearAskIntro(String)
    case yearAskPerson(String, String)
    case yearAskHomeroom(String)
    case yearAskCaseload(String)
    case yearAskBadClass(String)
    case yearAskNone
    case yearAskAll
    case progressPlanningYear
    case noStoreButDemo(String, String)
    case reportNotWritten(String, String)
    case reportEmpty(String)
    case reportNotBegun(String)
    case noSuchClass(String, String)
    case reportWritten(String)
    case narrativeSaved(String, String)
    case schoolShow(String, String, String, String, String, String)
    case schoolSetDone
    case logoNotPNG(String)
    case noticeWeek(String, String, String)
    case noticeToday(String, String, String)
    case notifyFailed(String)
}


/// The command line's words in one language: an exhaustive switch over `CLIText`.
protocol CLIWording {
    func cli(_ text: CLIText) -> String
}

/// The language of the command line: `--lang`, then `lang` in the config file, then the
/// environment, then the school's default. `main` resolves it once and binds it for the whole
/// run, the parser's own errors included (a task-local value, passed down the call tree the way
/// TCA passes its dependencies); nothing else chooses it.
enum Localization {
    @TaskLocal static var language: Language = .en

    /// The options the language depends on, read by the argument parser itself (so `--lang id`,
    /// `--lang=id` and nothing after `--` mean what they mean to every command); everything
    /// else is left for the command's own parsing.
    struct Arguments: ParsableArguments {
        @Option var lang: Language?
        @Option var store: String?
        @Argument(parsing: .allUnrecognized) var rest: [String] = []
    }

    /// The language for these arguments. An argument the first reading cannot make sense of
    /// (`--lang fr`) leaves the language to the config, the environment and the school; the
    /// command's own parsing then says what is wrong.
    static func resolve(_ arguments: [String], environment: [String: String], configured: String?,
                        schoolDefault: (_ store: String?, _ demo: Bool) -> String) -> Language {
        let read = try? Arguments.parse(arguments)
        return Language.choose(flag: read?.lang?.rawValue ?? configured, environment: environment,
                               schoolDefault: schoolDefault(read?.store, read?.rest.first == "demo"))
    }

    /// The language of this process's command line.
    static func resolve() -> Language {
        let env = ProcessInfo.processInfo.environment
        return resolve(Array(CommandLine.arguments.dropFirst()), environment: env, configured: UserConfig.value("lang"),
                       schoolDefault: schoolDefault)
    }

    /// The default language written in the store named on the command line, when it can be read.
    private static func schoolDefault(store: String?, demo: Bool) -> String {
        let env = ProcessInfo.processInfo.environment
        let path = store ?? env["RUJUK_STORE"].flatMap { $0.isEmpty ? nil : $0 }
        if path == nil, !demo, let config = try? SchoolConnection.config(), let lang = config.lang {
            // A school server: its store cannot be read here; the install wrote its language beside it.
            return lang
        }
        let directory = path.map(StoreOptions.absolute) ?? StoreOptions.dataHome + (demo ? "/rujuk-demo" : "/rujuk")
        guard let data = FileManager.default.contents(atPath: directory + "/store.json"),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let lang = object["lang"] as? String else { return "en" }
        return lang
    }

    /// A sentence in the command line's language.
    static func t(_ text: CLIText) -> String { t(text, in: language) }

    /// A sentence in a language given (a dialogue that speaks the school's language).
    static func t(_ text: CLIText, in language: Language) -> String {
        language == .id ? Indonesian().cli(text) : English().cli(text)
    }

    /// A domain refusal in the command line's language.
    static func text(_ error: DomainError) -> String {
        if let denial = error.denial { return Catalog(language).denial(denial) }
        guard language == .id else { return error.message }
        return DomainText.indonesian(error.reason)
    }

    /// A store failure in the command line's language.
    static func text(_ error: StoreError) -> String {
        if let domain = error.domain { return text(domain) }
        guard language == .id else { return error.message }
        return StoreText.indonesian(error.reason)
    }
}
