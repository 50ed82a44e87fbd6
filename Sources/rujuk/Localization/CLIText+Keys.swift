extension CLIText {
    /// Each wording by name, so a test can word every one in both languages.
    enum Key: String, CaseIterable, Sendable {
        case caseOpenedFor, flagAddedTo, createdDemo, createdSchool, pickedUp, alreadyYours, assignedTo, posted, closedAs, reopened
        case checkOK, checkProblem, checkFailed, imported, noStudentMatches, studentAdded, staffAdded, pinSet
        case noCasesHere, noMessagesYet, notUTF8Stdin, cannotReadFile, fileNotUTF8, notCSV, csvNeedsHeader, badRows
        case noStaffMember, pinsDiffer, noVisibleCase, noStudentLike, severalStudents, notStaff, notStaffDemoHint
        case unknownStaff, noPinYet, wrongPin, unknownCommand, noTerminalForPin, cannotReadPin, pinPrompt, newPinPrompt, againPrompt
        case chooseWithAs, noAnswer, notADemoPerson, whoAreYou, numberOrLogin, notDemoStore, themeMissing, themeUnreadable
        case themeSyntax, themeNotTable, themeBadValue, headerNumber, headerStatus, headerUrgency, headerStudent
        case headerClass, headerFlags, headerCounsellor, headerAge, showStatusLine, showCounsellor, notPickedUpYet
        case flagsHeading, triedLabel, parentsInformed, planHeading, reviewBy, dueLabel, servicesHeading, reviewsHeading
        case threadHeading, closedLine, summaryForReferrer, caseHeader, rowProblem, cannotReadEntry, dumbTerminal
        case notATerminal, unknownTerminal, planDone, planChanged, noPlanYet, noActions, dueOn, overdueMark, observationWanted
        case serviceLogged, reviewRecorded, parentsRecorded, levelChanged, referralRecorded, conferenceRecorded
        case visitRecorded, recordHeader, recordNothing, auditNotAllowed, auditOpeningsHidden, auditNothing, auditOpened
        case chainNotReadable, chainIntact, chainBroken, chainLegacy, chainFailed, motdNew, motdUnread, motdActions
        case motdLine, createdSharedSchool, privateHidden, checkPrivateSkipped, checkProgress, checkFoundDamage, sameGroups, cannotCreateStore
        case pinUnlocked, auditPinRefused, secretOnCommandLine, reopenNeedsReason, homeroomNeedsClass, homeroomTaken, classOutsideGrades, reportBinaryToTerminal, dayBeforeCaseOpened, pickUpFirst, stdinTooLarge, backedUp, restored, headFound, headMissing
        case rosterOldExcel, rosterUnreadable, rosterNoHeader, rosterAmbiguous, syncSummary, syncNew, syncMove
        case syncCorrect, syncReturn, syncUncertain, syncMissing, syncLeaves, syncMissingHint, uncertainIDs, uncertainOtherNISN
        case uncertainName, uncertainSameLine, syncDryRun, syncAsk, syncNeedsApply, syncApplied, syncNothing, progressReading
        case progressRead, progressWriting, handoverFromColleague, handoverHomeroom, handoverReview, handoverActions
        case staffNIP, staffNew, staffUnknown, rosterChangedMeanwhile, leftMark, studentChanged, studentLeftDone
        case studentReturnedDone, openCasesOfLeaver, mutasiHint, nothingToChange, staffChanged, staffLeftDone
        case handedOver, staffLeftMark, yearStarted, yearShow, yearNone, yearNoneCalendar, yearIsOver, yearBegun, yearLeaverOpenCase, yearPromotes, yearGraduates, yearStaleHomeroom
        case yearStaleCaseload, yearTemplateWritten, yearAssignment, accessEnded, yearIntake, outcomeOnlyShared
        case openCaseOf, triaged, createdDemoAt, andMore, labelHomeroom, labelCaseload, labelPINSet, caseloadAll
        case configSyntax, configUnreadable, draftNotSaved, draftsUnreadable, draftsUnreadableLeft, yearAskAssignments, yearAskIntro, yearAskPerson, yearAskHomeroom
        case yearAskCaseload, yearAskBadClass, yearAskNone, yearAskAll, progressPlanningYear, noStoreButDemo, reportNotWritten
        case reportEmpty, reportNotBegun, noSuchClass, reportWritten, narrativeSaved, schoolShow, schoolSetDone, logoNotPNG, noticeWeek, noticeToday
        case notifyFailed
    }

    var key: Key {
        switch self {
        case .caseOpenedFor: .caseOpenedFor
        case .flagAddedTo: .flagAddedTo
        case .createdDemo: .createdDemo
        case .createdSchool: .createdSchool
        case .pickedUp: .pickedUp
        case .alreadyYours: .alreadyYours
        case .assignedTo: .assignedTo
        case .posted: .posted
        case .closedAs: .closedAs
        case .reopened: .reopened
        case .checkOK: .checkOK
        case .checkProblem: .checkProblem
        case .checkFailed: .checkFailed
        case .imported: .imported
        case .noStudentMatches: .noStudentMatches
        case .studentAdded: .studentAdded
        case .staffAdded: .staffAdded
        case .pinSet: .pinSet
        case .noCasesHere: .noCasesHere
        case .noMessagesYet: .noMessagesYet
        case .notUTF8Stdin: .notUTF8Stdin
        case .cannotReadFile: .cannotReadFile
        case .fileNotUTF8: .fileNotUTF8
        case .notCSV: .notCSV
        case .csvNeedsHeader: .csvNeedsHeader
        case .badRows: .badRows
        case .noStaffMember: .noStaffMember
        case .pinsDiffer: .pinsDiffer
        case .noVisibleCase: .noVisibleCase
        case .noStudentLike: .noStudentLike
        case .severalStudents: .severalStudents
        case .notStaff: .notStaff
        case .notStaffDemoHint: .notStaffDemoHint
        case .unknownStaff: .unknownStaff
        case .noPinYet: .noPinYet
        case .wrongPin: .wrongPin
        case .unknownCommand: .unknownCommand
        case .noTerminalForPin: .noTerminalForPin
        case .cannotReadPin: .cannotReadPin
        case .pinPrompt: .pinPrompt
        case .newPinPrompt: .newPinPrompt
        case .againPrompt: .againPrompt
        case .chooseWithAs: .chooseWithAs
        case .noAnswer: .noAnswer
        case .notADemoPerson: .notADemoPerson
        case .whoAreYou: .whoAreYou
        case .numberOrLogin: .numberOrLogin
        case .notDemoStore: .notDemoStore
        case .themeMissing: .themeMissing
        case .themeUnreadable: .themeUnreadable
        case .themeSyntax: .themeSyntax
        case .themeNotTable: .themeNotTable
        case .themeBadValue: .themeBadValue
        case .headerNumber: .headerNumber
        case .headerStatus: .headerStatus
        case .headerUrgency: .headerUrgency
        case .headerStudent: .headerStudent
        case .headerClass: .headerClass
        case .headerFlags: .headerFlags
        case .headerCounsellor: .headerCounsellor
        case .headerAge: .headerAge
        case .showStatusLine: .showStatusLine
        case .showCounsellor: .showCounsellor
        case .notPickedUpYet: .notPickedUpYet
        case .flagsHeading: .flagsHeading
        case .triedLabel: .triedLabel
        case .parentsInformed: .parentsInformed
        case .planHeading: .planHeading
        case .reviewBy: .reviewBy
        case .dueLabel: .dueLabel
        case .servicesHeading: .servicesHeading
        case .reviewsHeading: .reviewsHeading
        case .threadHeading: .threadHeading
        case .closedLine: .closedLine
        case .summaryForReferrer: .summaryForReferrer
        case .caseHeader: .caseHeader
        case .rowProblem: .rowProblem
        case .cannotReadEntry: .cannotReadEntry
        case .dumbTerminal: .dumbTerminal
        case .notATerminal: .notATerminal
        case .unknownTerminal: .unknownTerminal
        case .planDone: .planDone
        case .planChanged: .planChanged
        case .noPlanYet: .noPlanYet
        case .noActions: .noActions
        case .dueOn: .dueOn
        case .overdueMark: .overdueMark
        case .observationWanted: .observationWanted
        case .serviceLogged: .serviceLogged
        case .reviewRecorded: .reviewRecorded
        case .parentsRecorded: .parentsRecorded
        case .levelChanged: .levelChanged
        case .referralRecorded: .referralRecorded
        case .conferenceRecorded: .conferenceRecorded
        case .visitRecorded: .visitRecorded
        case .recordHeader: .recordHeader
        case .recordNothing: .recordNothing
        case .auditNotAllowed: .auditNotAllowed
        case .auditOpeningsHidden: .auditOpeningsHidden
        case .auditNothing: .auditNothing
        case .auditOpened: .auditOpened
        case .chainNotReadable: .chainNotReadable
        case .chainIntact: .chainIntact
        case .chainBroken: .chainBroken
        case .chainLegacy: .chainLegacy
        case .chainFailed: .chainFailed
        case .motdNew: .motdNew
        case .motdUnread: .motdUnread
        case .motdActions: .motdActions
        case .motdLine: .motdLine
        case .createdSharedSchool: .createdSharedSchool
        case .privateHidden: .privateHidden
        case .checkPrivateSkipped: .checkPrivateSkipped
        case .checkProgress: .checkProgress
        case .checkFoundDamage: .checkFoundDamage
        case .sameGroups: .sameGroups
        case .cannotCreateStore: .cannotCreateStore
        case .pinUnlocked: .pinUnlocked
        case .auditPinRefused: .auditPinRefused
        case .secretOnCommandLine: .secretOnCommandLine
        case .reopenNeedsReason: .reopenNeedsReason
        case .homeroomNeedsClass: .homeroomNeedsClass
        case .homeroomTaken: .homeroomTaken
        case .classOutsideGrades: .classOutsideGrades
        case .reportBinaryToTerminal: .reportBinaryToTerminal
        case .dayBeforeCaseOpened: .dayBeforeCaseOpened
        case .pickUpFirst: .pickUpFirst
        case .stdinTooLarge: .stdinTooLarge
        case .backedUp: .backedUp
        case .restored: .restored
        case .headFound: .headFound
        case .headMissing: .headMissing
        case .rosterOldExcel: .rosterOldExcel
        case .rosterUnreadable: .rosterUnreadable
        case .rosterNoHeader: .rosterNoHeader
        case .rosterAmbiguous: .rosterAmbiguous
        case .syncSummary: .syncSummary
        case .syncNew: .syncNew
        case .syncMove: .syncMove
        case .syncCorrect: .syncCorrect
        case .syncReturn: .syncReturn
        case .syncUncertain: .syncUncertain
        case .syncMissing: .syncMissing
        case .syncLeaves: .syncLeaves
        case .syncMissingHint: .syncMissingHint
        case .uncertainIDs: .uncertainIDs
        case .uncertainOtherNISN: .uncertainOtherNISN
        case .uncertainName: .uncertainName
        case .uncertainSameLine: .uncertainSameLine
        case .syncDryRun: .syncDryRun
        case .syncAsk: .syncAsk
        case .syncNeedsApply: .syncNeedsApply
        case .syncApplied: .syncApplied
        case .syncNothing: .syncNothing
        case .progressReading: .progressReading
        case .progressRead: .progressRead
        case .progressWriting: .progressWriting
        case .handoverFromColleague: .handoverFromColleague
        case .handoverHomeroom: .handoverHomeroom
        case .handoverReview: .handoverReview
        case .handoverActions: .handoverActions
        case .staffNIP: .staffNIP
        case .staffNew: .staffNew
        case .staffUnknown: .staffUnknown
        case .rosterChangedMeanwhile: .rosterChangedMeanwhile
        case .leftMark: .leftMark
        case .studentChanged: .studentChanged
        case .studentLeftDone: .studentLeftDone
        case .studentReturnedDone: .studentReturnedDone
        case .openCasesOfLeaver: .openCasesOfLeaver
        case .mutasiHint: .mutasiHint
        case .nothingToChange: .nothingToChange
        case .staffChanged: .staffChanged
        case .staffLeftDone: .staffLeftDone
        case .handedOver: .handedOver
        case .staffLeftMark: .staffLeftMark
        case .yearStarted: .yearStarted
        case .yearShow: .yearShow
        case .yearNone: .yearNone
        case .yearNoneCalendar: .yearNoneCalendar
        case .yearIsOver: .yearIsOver
        case .yearBegun: .yearBegun
        case .yearLeaverOpenCase: .yearLeaverOpenCase
        case .yearPromotes: .yearPromotes
        case .yearGraduates: .yearGraduates
        case .yearStaleHomeroom: .yearStaleHomeroom
        case .yearStaleCaseload: .yearStaleCaseload
        case .yearTemplateWritten: .yearTemplateWritten
        case .yearAssignment: .yearAssignment
        case .accessEnded: .accessEnded
        case .yearIntake: .yearIntake
        case .outcomeOnlyShared: .outcomeOnlyShared
        case .openCaseOf: .openCaseOf
        case .triaged: .triaged
        case .createdDemoAt: .createdDemoAt
        case .andMore: .andMore
        case .labelHomeroom: .labelHomeroom
        case .labelCaseload: .labelCaseload
        case .labelPINSet: .labelPINSet
        case .caseloadAll: .caseloadAll
        case .configSyntax: .configSyntax
        case .configUnreadable: .configUnreadable
        case .draftNotSaved: .draftNotSaved
        case .draftsUnreadable: .draftsUnreadable
        case .draftsUnreadableLeft: .draftsUnreadableLeft
        case .yearAskAssignments: .yearAskAssignments
        case .yearAskIntro: .yearAskIntro
        case .yearAskPerson: .yearAskPerson
        case .yearAskHomeroom: .yearAskHomeroom
        case .yearAskCaseload: .yearAskCaseload
        case .yearAskBadClass: .yearAskBadClass
        case .yearAskNone: .yearAskNone
        case .yearAskAll: .yearAskAll
        case .progressPlanningYear: .progressPlanningYear
        case .noStoreButDemo: .noStoreButDemo
        case .reportNotWritten: .reportNotWritten
        case .reportEmpty: .reportEmpty
        case .reportNotBegun: .reportNotBegun
        case .noSuchClass: .noSuchClass
        case .reportWritten: .reportWritten
        case .narrativeSaved: .narrativeSaved
        case .schoolShow: .schoolShow
        case .schoolSetDone: .schoolSetDone
        case .logoNotPNG: .logoNotPNG
        case .noticeWeek: .noticeWeek
        case .noticeToday: .noticeToday
        case .notifyFailed: .notifyFailed
        }
    }

    /// The wording of a key with its arguments shown as `{0}`, `{1}`.
    static func sample(_ key: Key) -> CLIText {
        switch key {
        case .caseOpenedFor: .caseOpenedFor("{0}", "{1}", "{2}")
        case .flagAddedTo: .flagAddedTo("{0}", "{1}", "{2}", "{3}")
        case .createdDemo: .createdDemo("{0}", "{1}")
        case .createdSchool: .createdSchool("{0}", "{1}", "{2}")
        case .pickedUp: .pickedUp("{0}")
        case .alreadyYours: .alreadyYours("{0}")
        case .assignedTo: .assignedTo("{0}", "{1}")
        case .posted: .posted("{0}", "{1}")
        case .closedAs: .closedAs("{0}", "{1}")
        case .reopened: .reopened("{0}")
        case .checkOK: .checkOK("{0}", "{1}", "{2}")
        case .checkProblem: .checkProblem("{0}")
        case .checkFailed: .checkFailed("{0}", "{1}")
        case .imported: .imported("{0}", "{1}")
        case .noStudentMatches: .noStudentMatches
        case .studentAdded: .studentAdded("{0}", "{1}")
        case .staffAdded: .staffAdded("{0}", "{1}", "{2}")
        case .pinSet: .pinSet("{0}")
        case .noCasesHere: .noCasesHere
        case .noMessagesYet: .noMessagesYet("{0}")
        case .notUTF8Stdin: .notUTF8Stdin
        case .cannotReadFile: .cannotReadFile("{0}")
        case .fileNotUTF8: .fileNotUTF8("{0}")
        case .notCSV: .notCSV("{0}", "{1}")
        case .csvNeedsHeader: .csvNeedsHeader("{0}")
        case .badRows: .badRows("{0}", "{1}", "{2}")
        case .noStaffMember: .noStaffMember("{0}")
        case .pinsDiffer: .pinsDiffer
        case .noVisibleCase: .noVisibleCase("{0}")
        case .noStudentLike: .noStudentLike("{0}", "{1}")
        case .severalStudents: .severalStudents("{0}", "{1}", "{2}")
        case .notStaff: .notStaff("{0}", "{1}")
        case .notStaffDemoHint: .notStaffDemoHint("{0}", "{1}")
        case .unknownStaff: .unknownStaff("{0}", "{1}")
        case .noPinYet: .noPinYet("{0}", "{1}")
        case .wrongPin: .wrongPin("{0}")
        case .unknownCommand: .unknownCommand("{0}")
        case .noTerminalForPin: .noTerminalForPin("{0}")
        case .cannotReadPin: .cannotReadPin
        case .pinPrompt: .pinPrompt("{0}")
        case .newPinPrompt: .newPinPrompt("{0}")
        case .againPrompt: .againPrompt
        case .chooseWithAs: .chooseWithAs
        case .noAnswer: .noAnswer
        case .notADemoPerson: .notADemoPerson("{0}", "{1}")
        case .whoAreYou: .whoAreYou("{0}")
        case .numberOrLogin: .numberOrLogin
        case .notDemoStore: .notDemoStore("{0}")
        case .themeMissing: .themeMissing("{0}", "{1}")
        case .themeUnreadable: .themeUnreadable("{0}")
        case .themeSyntax: .themeSyntax("{0}", "{1}", "{2}")
        case .themeNotTable: .themeNotTable("{0}", "{1}", "{2}")
        case .themeBadValue: .themeBadValue("{0}", "{1}", "{2}")
        case .headerNumber: .headerNumber
        case .headerStatus: .headerStatus
        case .headerUrgency: .headerUrgency
        case .headerStudent: .headerStudent
        case .headerClass: .headerClass
        case .headerFlags: .headerFlags
        case .headerCounsellor: .headerCounsellor
        case .headerAge: .headerAge
        case .showStatusLine: .showStatusLine("{0}", "{1}", "{2}", "{3}", "{4}")
        case .showCounsellor: .showCounsellor("{0}")
        case .notPickedUpYet: .notPickedUpYet
        case .flagsHeading: .flagsHeading
        case .triedLabel: .triedLabel
        case .parentsInformed: .parentsInformed
        case .planHeading: .planHeading
        case .reviewBy: .reviewBy("{0}")
        case .dueLabel: .dueLabel("{0}")
        case .servicesHeading: .servicesHeading
        case .reviewsHeading: .reviewsHeading
        case .threadHeading: .threadHeading("{0}", "{1}")
        case .closedLine: .closedLine("{0}", "{1}")
        case .summaryForReferrer: .summaryForReferrer
        case .caseHeader: .caseHeader("{0}", "{1}", "{2}", "{3}")
        case .rowProblem: .rowProblem("{0}", "{1}")
        case .cannotReadEntry: .cannotReadEntry("{0}")
        case .dumbTerminal: .dumbTerminal("{0}")
        case .notATerminal: .notATerminal
        case .unknownTerminal: .unknownTerminal("{0}")
        case .planDone: .planDone("{0}", "{1}")
        case .planChanged: .planChanged("{0}")
        case .noPlanYet: .noPlanYet("{0}")
        case .noActions: .noActions
        case .dueOn: .dueOn("{0}")
        case .overdueMark: .overdueMark
        case .observationWanted: .observationWanted("{0}", "{1}")
        case .serviceLogged: .serviceLogged("{0}")
        case .reviewRecorded: .reviewRecorded("{0}")
        case .parentsRecorded: .parentsRecorded("{0}")
        case .levelChanged: .levelChanged("{0}", "{1}")
        case .referralRecorded: .referralRecorded("{0}")
        case .conferenceRecorded: .conferenceRecorded("{0}", "{1}", "{2}")
        case .visitRecorded: .visitRecorded("{0}")
        case .recordHeader: .recordHeader("{0}", "{1}", "{2}", "{3}")
        case .recordNothing: .recordNothing
        case .auditNotAllowed: .auditNotAllowed
        case .auditOpeningsHidden: .auditOpeningsHidden("{0}", "{1}")
        case .auditNothing: .auditNothing
        case .auditOpened: .auditOpened("{0}", "{1}")
        case .chainNotReadable: .chainNotReadable("{0}")
        case .chainIntact: .chainIntact("{0}", "{1}", "{2}", "{3}", "{4}")
        case .chainBroken: .chainBroken("{0}", "{1}", "{2}", "{3}", "{4}")
        case .chainLegacy: .chainLegacy("{0}")
        case .chainFailed: .chainFailed("{0}", "{1}")
        case .motdNew: .motdNew("{0}")
        case .motdUnread: .motdUnread("{0}")
        case .motdActions: .motdActions("{0}")
        case .motdLine: .motdLine("{0}")
        case .createdSharedSchool: .createdSharedSchool("{0}", "{1}", "{2}", "{3}", "{4}")
        case .privateHidden: .privateHidden("{0}", "{1}")
        case .checkPrivateSkipped: .checkPrivateSkipped
        case .checkProgress: .checkProgress("{0}", "{1}")
        case .checkFoundDamage: .checkFoundDamage("{0}", "{1}")
        case .sameGroups: .sameGroups
        case .cannotCreateStore: .cannotCreateStore("{0}", "{1}", "{2}")
        case .pinUnlocked: .pinUnlocked("{0}")
        case .auditPinRefused: .auditPinRefused("{0}")
        case .secretOnCommandLine: .secretOnCommandLine
        case .reopenNeedsReason: .reopenNeedsReason
        case .homeroomNeedsClass: .homeroomNeedsClass
        case .homeroomTaken: .homeroomTaken("{0}", "{1}", "{2}")
        case .classOutsideGrades: .classOutsideGrades("{0}", "{1}", "{2}")
        case .reportBinaryToTerminal: .reportBinaryToTerminal("{0}")
        case .dayBeforeCaseOpened: .dayBeforeCaseOpened("{0}", "{1}")
        case .pickUpFirst: .pickUpFirst("{0}")
        case .stdinTooLarge: .stdinTooLarge("{0}")
        case .backedUp: .backedUp("{0}", "{1}", "{2}", "{3}")
        case .restored: .restored("{0}", "{1}")
        case .headFound: .headFound("{0}")
        case .headMissing: .headMissing("{0}")
        case .rosterOldExcel: .rosterOldExcel("{0}")
        case .rosterUnreadable: .rosterUnreadable("{0}", "{1}", "{2}", "{3}")
        case .rosterNoHeader: .rosterNoHeader("{0}", "{1}", "{2}")
        case .rosterAmbiguous: .rosterAmbiguous("{0}", "{1}", "{2}")
        case .syncSummary: .syncSummary("{0}", "{1}", "{2}", "{3}", "{4}", "{5}", "{6}", "{7}")
        case .syncNew: .syncNew("{0}")
        case .syncMove: .syncMove("{0}", "{1}", "{2}")
        case .syncCorrect: .syncCorrect("{0}", "{1}")
        case .syncReturn: .syncReturn("{0}")
        case .syncUncertain: .syncUncertain("{0}", "{1}", "{2}")
        case .syncMissing: .syncMissing("{0}")
        case .syncLeaves: .syncLeaves("{0}", "{1}")
        case .syncMissingHint: .syncMissingHint
        case .uncertainIDs: .uncertainIDs("{0}", "{1}")
        case .uncertainOtherNISN: .uncertainOtherNISN("{0}", "{1}")
        case .uncertainName: .uncertainName("{0}")
        case .uncertainSameLine: .uncertainSameLine("{0}", "{1}")
        case .syncDryRun: .syncDryRun
        case .syncAsk: .syncAsk
        case .syncNeedsApply: .syncNeedsApply
        case .syncApplied: .syncApplied("{0}", "{1}")
        case .syncNothing: .syncNothing("{0}")
        case .progressReading: .progressReading("{0}", "{1}")
        case .progressRead: .progressRead("{0}")
        case .progressWriting: .progressWriting("{0}")
        case .handoverFromColleague: .handoverFromColleague("{0}", "{1}", "{2}")
        case .handoverHomeroom: .handoverHomeroom("{0}", "{1}", "{2}")
        case .handoverReview: .handoverReview("{0}")
        case .handoverActions: .handoverActions("{0}")
        case .staffNIP: .staffNIP("{0}", "{1}", "{2}")
        case .staffNew: .staffNew("{0}", "{1}", "{2}")
        case .staffUnknown: .staffUnknown("{0}", "{1}", "{2}", "{3}")
        case .rosterChangedMeanwhile: .rosterChangedMeanwhile
        case .leftMark: .leftMark("{0}", "{1}")
        case .studentChanged: .studentChanged("{0}", "{1}")
        case .studentLeftDone: .studentLeftDone("{0}", "{1}", "{2}", "{3}")
        case .studentReturnedDone: .studentReturnedDone("{0}", "{1}")
        case .openCasesOfLeaver: .openCasesOfLeaver("{0}", "{1}")
        case .mutasiHint: .mutasiHint("{0}", "{1}")
        case .nothingToChange: .nothingToChange("{0}")
        case .staffChanged: .staffChanged("{0}", "{1}", "{2}")
        case .staffLeftDone: .staffLeftDone("{0}", "{1}")
        case .handedOver: .handedOver("{0}", "{1}", "{2}")
        case .staffLeftMark: .staffLeftMark("{0}")
        case .yearStarted: .yearStarted("{0}", "{1}", "{2}", "{3}", "{4}", "{5}")
        case .yearShow: .yearShow("{0}", "{1}", "{2}", "{3}", "{4}")
        case .yearNone: .yearNone
        case .yearNoneCalendar: .yearNoneCalendar("{0}", "{1}", "{2}", "{3}", "{4}")
        case .yearIsOver: .yearIsOver("{0}", "{1}")
        case .yearBegun: .yearBegun("{0}", "{1}")
        case .yearLeaverOpenCase: .yearLeaverOpenCase("{0}", "{1}", "{2}")
        case .yearPromotes: .yearPromotes("{0}", "{1}", "{2}")
        case .yearGraduates: .yearGraduates("{0}", "{1}")
        case .yearStaleHomeroom: .yearStaleHomeroom("{0}", "{1}", "{2}")
        case .yearStaleCaseload: .yearStaleCaseload("{0}", "{1}", "{2}")
        case .yearTemplateWritten: .yearTemplateWritten("{0}")
        case .yearAssignment: .yearAssignment("{0}", "{1}", "{2}", "{3}")
        case .accessEnded: .accessEnded("{0}", "{1}")
        case .yearIntake: .yearIntake("{0}", "{1}")
        case .outcomeOnlyShared: .outcomeOnlyShared
        case .openCaseOf: .openCaseOf("{0}")
        case .triaged: .triaged("{0}", "{1}", "{2}", "{3}")
        case .createdDemoAt: .createdDemoAt("{0}", "{1}", "{2}")
        case .andMore: .andMore("{0}", "{1}")
        case .labelHomeroom: .labelHomeroom("{0}")
        case .labelCaseload: .labelCaseload("{0}")
        case .labelPINSet: .labelPINSet
        case .caseloadAll: .caseloadAll
        case .configSyntax: .configSyntax("{0}", "{1}", "{2}")
        case .configUnreadable: .configUnreadable("{0}")
        case .draftNotSaved: .draftNotSaved("{0}", "{1}")
        case .draftsUnreadable: .draftsUnreadable("{0}", "{1}")
        case .draftsUnreadableLeft: .draftsUnreadableLeft("{0}", "{1}")
        case .yearAskAssignments: .yearAskAssignments
        case .yearAskIntro: .yearAskIntro("{0}")
        case .yearAskPerson: .yearAskPerson("{0}", "{1}")
        case .yearAskHomeroom: .yearAskHomeroom("{0}")
        case .yearAskCaseload: .yearAskCaseload("{0}")
        case .yearAskBadClass: .yearAskBadClass("{0}")
        case .yearAskNone: .yearAskNone
        case .yearAskAll: .yearAskAll
        case .progressPlanningYear: .progressPlanningYear
        case .noStoreButDemo: .noStoreButDemo("{0}", "{1}")
        case .reportNotWritten: .reportNotWritten("{0}", "{1}")
        case .reportEmpty: .reportEmpty("{0}")
        case .reportNotBegun: .reportNotBegun("{0}")
        case .noSuchClass: .noSuchClass("{0}", "{1}")
        case .reportWritten: .reportWritten("{0}")
        case .narrativeSaved: .narrativeSaved("{0}", "{1}")
        case .schoolShow: .schoolShow("{0}", "{1}", "{2}", "{3}", "{4}", "{5}")
        case .schoolSetDone: .schoolSetDone
        case .logoNotPNG: .logoNotPNG("{0}")
        case .noticeWeek: .noticeWeek("{0}", "{1}", "{2}")
        case .noticeToday: .noticeToday("{0}", "{1}", "{2}")
        case .notifyFailed: .notifyFailed("{0}")
        }
    }
}
