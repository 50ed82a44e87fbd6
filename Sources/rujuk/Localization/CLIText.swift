import Foundation
import RujukDomain
import RujukStore
import RujukUI

/// Every sentence the command line prints, by key; `{0}`, `{1}` are its arguments.
enum CLIText: String, CaseIterable {
    case caseOpenedFor, flagAddedTo, createdDemo, createdSchool, pickedUp, assignedTo, posted, closedAs, reopened
    case checkOK, checkProblem, checkFailed, imported, noStudentMatches, studentAdded, staffAdded, pinSet
    case noCasesHere, noMessagesYet, notUTF8Stdin, cannotReadFile, fileNotUTF8, notCSV, csvNeedsHeader, badRows
    case noStaffMember, pinsDiffer, noVisibleCase, noStudentLike, severalStudents, notStaff, notStaffDemoHint
    case unknownStaff, noPinYet, wrongPin, noTerminalForPin, cannotReadPin, pinPrompt, newPinPrompt, againPrompt
    case chooseWithAs, noAnswer, notADemoPerson, whoAreYou, numberOrLogin, notDemoStore
    case themeMissing, themeUnreadable, themeSyntax, themeNotTable, themeBadValue
    case headerNumber, headerStatus, headerUrgency, headerStudent, headerClass, headerFlags, headerCounsellor, headerAge
    case showStatusLine, showCounsellor, notPickedUpYet, flagsHeading, triedLabel, parentsInformed, planHeading
    case reviewBy, dueLabel, servicesHeading, reviewsHeading, threadHeading, closedLine, summaryForReferrer
    case caseHeader, rowProblem, cannotReadEntry, dumbTerminal, notATerminal, unknownTerminal
    case planDone, planChanged, noPlanYet, noActions, dueOn, overdueMark, observationWanted, serviceLogged, reviewRecorded
    case parentsRecorded, levelChanged, referralRecorded, conferenceRecorded, visitRecorded, recordHeader, recordNothing
    case auditNotAllowed, auditOpeningsHidden, auditNothing, auditOpened, chainNotReadable, chainIntact, chainBroken
    case chainLegacy, chainFailed, motdNew, motdUnread, motdActions, motdLine, createdSharedSchool, privateHidden
    case checkPrivateSkipped, sameGroups, cannotCreateStore, pinUnlocked, auditPinRefused, secretOnCommandLine, stdinTooLarge, backedUp, restored, headFound, headMissing
    case rosterOldExcel, rosterUnreadable, rosterNoHeader, rosterAmbiguous, syncSummary, syncNew, syncMove, syncCorrect
    case syncReturn, syncUncertain, syncMissing, syncLeaves, syncMissingHint, uncertainIDs, uncertainOtherNISN
    case uncertainName, uncertainSameLine, syncDryRun, syncAsk, syncNeedsApply, syncApplied, syncNothing
    case progressReading, progressRead, progressWriting, handoverFromColleague, handoverHomeroom, handoverReview, handoverActions, staffNIP, staffNew, staffUnknown, rosterChangedMeanwhile, leftMark, studentChanged, studentLeftDone, studentReturnedDone, openCasesOfLeaver, mutasiHint, nothingToChange
    case staffChanged, staffLeftDone, handedOver, staffLeftMark, yearStarted, yearShow, yearNone, yearPromotes
    case yearGraduates, yearStaleHomeroom, yearStaleCaseload, yearTemplateWritten, yearAssignment, accessEnded, yearIntake
    case outcomeOnlyShared, openCaseOf, triaged, createdDemoAt, andMore, labelHomeroom, labelCaseload, labelPINSet, caseloadAll, configSyntax, configUnreadable, draftNotSaved
    case yearAskAssignments, yearAskIntro, yearAskPerson, yearAskHomeroom, yearAskCaseload, yearAskBadClass, yearAskNone, yearAskAll, progressPlanningYear, noStoreButDemo
    case reportNotWritten, reportEmpty, reportWritten, narrativeSaved, schoolShow, schoolSetDone, logoNotPNG, noticeWeek, noticeToday, notifyFailed
}

/// The language of the command line: `--lang`, then the environment, then the school's default.
enum Localization {
    static let language: Language = {
        let args = CommandLine.arguments
        let flag = value(of: "--lang", in: args)
        return Language.choose(flag: flag ?? UserConfig.value("lang"), environment: ProcessInfo.processInfo.environment,
                               schoolDefault: schoolDefault(args))
    }()

    /// An option's value as the argument parser reads it (`--lang id` or `--lang=id`), before
    /// the parser runs: its own errors are worded in this language too. Nothing after `--`.
    static func value(of name: String, in args: [String]) -> String? {
        let options = args.prefix { $0 != "--" }
        for (i, a) in options.enumerated() {
            if a == name { return options.indices.contains(i + 1) ? options[i + 1] : nil }
            if a.hasPrefix(name + "=") { return String(a.dropFirst(name.count + 1)) }
        }
        return nil
    }

    /// The default language written in the store named on the command line, when it can be read.
    private static func schoolDefault(_ args: [String]) -> String {
        let env = ProcessInfo.processInfo.environment
        var path: String? = value(of: "--store", in: args)
            ?? env["RUJUK_STORE"].flatMap { $0.isEmpty ? nil : $0 }
        if path == nil, !args.contains("demo"), let config = try? SchoolConnection.config(), let lang = config.lang {
            // A school server: its store cannot be read here; the install wrote its language beside it.
            return lang
        }
        if path == nil { path = StoreOptions.dataHome + (args.contains("demo") ? "/rujuk-demo" : "/rujuk") }
        guard let data = FileManager.default.contents(atPath: path! + "/store.json"),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let lang = object["lang"] as? String else { return "en" }
        return lang
    }

    static func table(_ language: Language) -> [CLIText: String] { language == .id ? CLIText.indonesian : CLIText.english }

    /// The sentence for a key in the command line's language.
    static func t(_ key: CLIText, _ args: String...) -> String {
        DomainMessage.fill(table(language)[key] ?? CLIText.english[key] ?? key.rawValue, args)
    }

    /// A domain refusal in the command line's language.
    static func text(_ error: DomainError) -> String {
        if let denial = error.denial { return Catalog(language).denial(denial) }
        guard language == .id, let template = DomainText.indonesian[error.reason] else { return error.message }
        return DomainMessage.fill(template, error.args)
    }

    /// A store failure in the command line's language.
    static func text(_ error: StoreError) -> String {
        if let domain = error.domain { return text(domain) }
        guard language == .id, let template = StoreText.indonesian[error.reason] else { return error.message }
        return DomainMessage.fill(template, error.args)
    }
}
