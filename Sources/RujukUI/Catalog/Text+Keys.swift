extension Text {
    /// Each wording by name, so a test can word every one in both languages.
    public enum Key: String, CaseIterable, Sendable {
        case topBar, tooSmall, lockTitle, lockIdle, lockWho, lockLogin, lockPIN, lockChecking, lockHint, lockHintNoPIN
        case lockUnknown, lockWrongPIN, lockNoPIN, lockEmpty, lockWait, lockLockedOut, helpLock, helpSignOut, lockRenewTitle
        case lockNewPIN, lockRepeatPIN, lockRenewHint, lockNewPINsDiffer, lockNewPINTooShort, paneStudents, paneQueue
        case paneThread, filterMineNew, filterMine, filterUnclaimed, filterAll, emptyQueue, emptyQueueNoFlag, replyPlaceholder, replyPlaceholderClosed
        case draftPrefix, confidentialEntry, closedWith, threadPickedUp, composeTo, readersTeam, readersHomeroomAndBK, readersBKOnly
        case readersBKAndPrincipal, hintCompose, hintComposeVisibility, hintFlagForm, hintFilter, helpFlag, helpPickUp
        case helpAssign, helpReply, helpClose, helpOpen, helpFilter, helpHelp, helpQuit, helpNextPane, helpPreviousPane
        case helpDown, helpUp, helpTop, helpBottom, helpPageDown, helpPageUp, helpRedraw, helpSwitchQueue, helpJumpPane
        case helpTitle, notNow, pasteNowhere, pasteOnChoice, selectCaseFirst, statusCaseOpened, statusFlagAdded, statusPickedUp, statusSent
        case statusClosed, statusAssigned, onlyCounsellorConfidential, messageEmpty, noStudentMatches, chooseStudentFirst
        case writeWhatYouSaw, flagTitle, fieldStudent, fieldSaw, fieldTried, fieldArea, fieldUrgency, fieldParents
        case discardFlag, assignTitle, assignPrompt, closeTitle, closePrompt, closeEndsActions, summaryPrompt, caseTitle, counsellorLabel
        case notPickedUp, flagBy, messageBy, confidentialMark, planLabel, serviceLabel, reviewLabel, levelLabel
        case closedLabel, statusNew, statusPickedUpWord, statusAssignedWord, alreadyYours, pickUpFirst, alreadyAssignedTo, flagMoreMatches, statusPlanned, statusInSupport, statusReviewing, statusClosedWord
        case urgencyRoutine, urgencySoon, urgencyUrgent, roleSubjectTeacher, roleHomeroomTeacher, roleCounsellor
        case roleVice, rolePrincipal, roleAdmin, denyNotOnCase, denyRoster, denyAdmin, denyPickUp, denyAlreadyPickedUp
        case denyAssign, denyClosed, denyOpen, denyVisibility, denyClose, denyReopen, denyPlan, denyPlans, denySanction
        case denyParents, denyConference, denyVisit, denyAccessEnded, helpMyActions, helpPlan, helpService, helpEvaluate
        case helpLevel, helpParentsContact, helpConference, helpVisit, helpRecord, statusDone, statusRecorded, sending, problemBadDate, problemBeforeCaseOpened
        case problemBadMinutes, problemNothing, problemRequired, titlePlan, titleService, titleReview, titleLevel
        case titleConference, titleVisit, hintForm, hintFormText, discardForm, hintDate, hintPastDate, hintAttendees, hintParents, hintSanction
        case recOpened, recFlag, recTried, recParentsInformed, recGoal, recAction, recService, recReview, recLevel, recReferral, recParents
        case recReferralNote, recConference, recVisit, recVisitDetails, recClosed, recReopened, recNoReason, withParentsMark, overdueMark
        case sanctionMark, dueLabel, levelNow, reviewDateLabel, scrollHint, recordTitle, recordLoading, recordEmpty
        case myActionsTitle, myActionsEmpty, myActionsHint, observationAsked, topBarActions, topBarOverdue, recOutcomeOnly
        case helpAllCases, flagSawTeam, flagSawBKOnly, readersAndYou, helpNotNowLegend, helpNotNowReason, confirmDone
        case denyTriage, helpTriage, titleTriage, fieldConcern, denyReportNotYours, denyReports, helpAllMine, helpReopen
        case titleReopen, titleParents, topBarShort, topBarTiny, filterAllMine, filterMineOpen, filterEveryOpen, noCaseMatches, noOpenCaseMatches, caseLeftList, caseLeftClosed
        case caseLeftToCounsellor, nothingSelected, clearSummaryFirst, summaryNeeded, summaryFor, summaryHint
        case confirmOutcomeOnly, closedOutcomeOnly, flagSuggested, flagFor, flagJoinsCase, flagOpensCase, flagOpensOrJoins
        case denyCloseNotYours, denyClosedAskCounsellor
    }

    public var key: Key {
        switch self {
        case .topBar: .topBar
        case .tooSmall: .tooSmall
        case .lockTitle: .lockTitle
        case .lockIdle: .lockIdle
        case .lockWho: .lockWho
        case .lockLogin: .lockLogin
        case .lockPIN: .lockPIN
        case .lockChecking: .lockChecking
        case .lockHint: .lockHint
        case .lockHintNoPIN: .lockHintNoPIN
        case .lockUnknown: .lockUnknown
        case .lockWrongPIN: .lockWrongPIN
        case .lockNoPIN: .lockNoPIN
        case .lockEmpty: .lockEmpty
        case .lockWait: .lockWait
        case .lockLockedOut: .lockLockedOut
        case .helpLock: .helpLock
        case .helpSignOut: .helpSignOut
        case .lockRenewTitle: .lockRenewTitle
        case .lockNewPIN: .lockNewPIN
        case .lockRepeatPIN: .lockRepeatPIN
        case .lockRenewHint: .lockRenewHint
        case .lockNewPINsDiffer: .lockNewPINsDiffer
        case .lockNewPINTooShort: .lockNewPINTooShort
        case .paneStudents: .paneStudents
        case .paneQueue: .paneQueue
        case .paneThread: .paneThread
        case .filterMineNew: .filterMineNew
        case .filterMine: .filterMine
        case .filterUnclaimed: .filterUnclaimed
        case .filterAll: .filterAll
        case .emptyQueue: .emptyQueue
        case .emptyQueueNoFlag: .emptyQueueNoFlag
        case .replyPlaceholder: .replyPlaceholder
        case .replyPlaceholderClosed: .replyPlaceholderClosed
        case .draftPrefix: .draftPrefix
        case .confidentialEntry: .confidentialEntry
        case .closedWith: .closedWith
        case .threadPickedUp: .threadPickedUp
        case .composeTo: .composeTo
        case .readersTeam: .readersTeam
        case .readersHomeroomAndBK: .readersHomeroomAndBK
        case .readersBKOnly: .readersBKOnly
        case .readersBKAndPrincipal: .readersBKAndPrincipal
        case .hintCompose: .hintCompose
        case .hintComposeVisibility: .hintComposeVisibility
        case .hintFlagForm: .hintFlagForm
        case .hintFilter: .hintFilter
        case .helpFlag: .helpFlag
        case .helpPickUp: .helpPickUp
        case .helpAssign: .helpAssign
        case .helpReply: .helpReply
        case .helpClose: .helpClose
        case .helpOpen: .helpOpen
        case .helpFilter: .helpFilter
        case .helpHelp: .helpHelp
        case .helpQuit: .helpQuit
        case .helpNextPane: .helpNextPane
        case .helpPreviousPane: .helpPreviousPane
        case .helpDown: .helpDown
        case .helpUp: .helpUp
        case .helpTop: .helpTop
        case .helpBottom: .helpBottom
        case .helpPageDown: .helpPageDown
        case .helpPageUp: .helpPageUp
        case .helpRedraw: .helpRedraw
        case .helpSwitchQueue: .helpSwitchQueue
        case .helpJumpPane: .helpJumpPane
        case .helpTitle: .helpTitle
        case .notNow: .notNow
        case .selectCaseFirst: .selectCaseFirst
        case .statusCaseOpened: .statusCaseOpened
        case .statusFlagAdded: .statusFlagAdded
        case .statusPickedUp: .statusPickedUp
        case .statusSent: .statusSent
        case .statusClosed: .statusClosed
        case .statusAssigned: .statusAssigned
        case .onlyCounsellorConfidential: .onlyCounsellorConfidential
        case .pasteNowhere: .pasteNowhere
        case .pasteOnChoice: .pasteOnChoice
        case .messageEmpty: .messageEmpty
        case .noStudentMatches: .noStudentMatches
        case .chooseStudentFirst: .chooseStudentFirst
        case .writeWhatYouSaw: .writeWhatYouSaw
        case .flagTitle: .flagTitle
        case .fieldStudent: .fieldStudent
        case .fieldSaw: .fieldSaw
        case .fieldTried: .fieldTried
        case .fieldArea: .fieldArea
        case .fieldUrgency: .fieldUrgency
        case .fieldParents: .fieldParents
        case .discardFlag: .discardFlag
        case .assignTitle: .assignTitle
        case .assignPrompt: .assignPrompt
        case .closeTitle: .closeTitle
        case .closePrompt: .closePrompt
        case .closeEndsActions: .closeEndsActions
        case .summaryPrompt: .summaryPrompt
        case .caseTitle: .caseTitle
        case .counsellorLabel: .counsellorLabel
        case .notPickedUp: .notPickedUp
        case .flagBy: .flagBy
        case .messageBy: .messageBy
        case .confidentialMark: .confidentialMark
        case .planLabel: .planLabel
        case .serviceLabel: .serviceLabel
        case .reviewLabel: .reviewLabel
        case .levelLabel: .levelLabel
        case .closedLabel: .closedLabel
        case .statusNew: .statusNew
        case .statusPickedUpWord: .statusPickedUpWord
        case .statusAssignedWord: .statusAssignedWord
        case .alreadyAssignedTo: .alreadyAssignedTo
        case .alreadyYours: .alreadyYours
        case .pickUpFirst: .pickUpFirst
        case .flagMoreMatches: .flagMoreMatches
        case .statusPlanned: .statusPlanned
        case .statusInSupport: .statusInSupport
        case .statusReviewing: .statusReviewing
        case .statusClosedWord: .statusClosedWord
        case .urgencyRoutine: .urgencyRoutine
        case .urgencySoon: .urgencySoon
        case .urgencyUrgent: .urgencyUrgent
        case .roleSubjectTeacher: .roleSubjectTeacher
        case .roleHomeroomTeacher: .roleHomeroomTeacher
        case .roleCounsellor: .roleCounsellor
        case .roleVice: .roleVice
        case .rolePrincipal: .rolePrincipal
        case .roleAdmin: .roleAdmin
        case .denyNotOnCase: .denyNotOnCase
        case .denyRoster: .denyRoster
        case .denyAdmin: .denyAdmin
        case .denyPickUp: .denyPickUp
        case .denyAlreadyPickedUp: .denyAlreadyPickedUp
        case .denyAssign: .denyAssign
        case .denyClosed: .denyClosed
        case .denyOpen: .denyOpen
        case .denyVisibility: .denyVisibility
        case .denyClose: .denyClose
        case .denyReopen: .denyReopen
        case .denyPlan: .denyPlan
        case .denyPlans: .denyPlans
        case .denySanction: .denySanction
        case .denyParents: .denyParents
        case .denyConference: .denyConference
        case .denyVisit: .denyVisit
        case .denyAccessEnded: .denyAccessEnded
        case .helpMyActions: .helpMyActions
        case .helpPlan: .helpPlan
        case .helpService: .helpService
        case .helpEvaluate: .helpEvaluate
        case .helpLevel: .helpLevel
        case .helpParentsContact: .helpParentsContact
        case .helpConference: .helpConference
        case .helpVisit: .helpVisit
        case .helpRecord: .helpRecord
        case .statusDone: .statusDone
        case .statusRecorded: .statusRecorded
        case .sending: .sending
        case .problemBadDate: .problemBadDate
        case .problemBeforeCaseOpened: .problemBeforeCaseOpened
        case .problemBadMinutes: .problemBadMinutes
        case .problemNothing: .problemNothing
        case .problemRequired: .problemRequired
        case .titlePlan: .titlePlan
        case .titleService: .titleService
        case .titleReview: .titleReview
        case .titleLevel: .titleLevel
        case .titleConference: .titleConference
        case .titleVisit: .titleVisit
        case .hintForm: .hintForm
        case .hintFormText: .hintFormText
        case .discardForm: .discardForm
        case .hintDate: .hintDate
        case .hintPastDate: .hintPastDate
        case .hintAttendees: .hintAttendees
        case .hintParents: .hintParents
        case .hintSanction: .hintSanction
        case .recOpened: .recOpened
        case .recFlag: .recFlag
        case .recGoal: .recGoal
        case .recTried: .recTried
        case .recParentsInformed: .recParentsInformed
        case .recAction: .recAction
        case .recService: .recService
        case .recReview: .recReview
        case .recLevel: .recLevel
        case .recReferral: .recReferral
        case .recParents: .recParents
        case .recReferralNote: .recReferralNote
        case .recConference: .recConference
        case .recVisit: .recVisit
        case .recVisitDetails: .recVisitDetails
        case .recClosed: .recClosed
        case .recReopened: .recReopened
        case .recNoReason: .recNoReason
        case .withParentsMark: .withParentsMark
        case .overdueMark: .overdueMark
        case .sanctionMark: .sanctionMark
        case .dueLabel: .dueLabel
        case .levelNow: .levelNow
        case .reviewDateLabel: .reviewDateLabel
        case .scrollHint: .scrollHint
        case .recordTitle: .recordTitle
        case .recordLoading: .recordLoading
        case .recordEmpty: .recordEmpty
        case .myActionsTitle: .myActionsTitle
        case .myActionsEmpty: .myActionsEmpty
        case .myActionsHint: .myActionsHint
        case .observationAsked: .observationAsked
        case .topBarActions: .topBarActions
        case .topBarOverdue: .topBarOverdue
        case .recOutcomeOnly: .recOutcomeOnly
        case .helpAllCases: .helpAllCases
        case .flagSawTeam: .flagSawTeam
        case .flagSawBKOnly: .flagSawBKOnly
        case .readersAndYou: .readersAndYou
        case .helpNotNowLegend: .helpNotNowLegend
        case .helpNotNowReason: .helpNotNowReason
        case .confirmDone: .confirmDone
        case .denyTriage: .denyTriage
        case .helpTriage: .helpTriage
        case .titleTriage: .titleTriage
        case .fieldConcern: .fieldConcern
        case .denyReportNotYours: .denyReportNotYours
        case .denyReports: .denyReports
        case .helpAllMine: .helpAllMine
        case .helpReopen: .helpReopen
        case .titleReopen: .titleReopen
        case .titleParents: .titleParents
        case .topBarShort: .topBarShort
        case .topBarTiny: .topBarTiny
        case .filterAllMine: .filterAllMine
        case .filterMineOpen: .filterMineOpen
        case .filterEveryOpen: .filterEveryOpen
        case .noCaseMatches: .noCaseMatches
        case .noOpenCaseMatches: .noOpenCaseMatches
        case .caseLeftList: .caseLeftList
        case .caseLeftClosed: .caseLeftClosed
        case .caseLeftToCounsellor: .caseLeftToCounsellor
        case .nothingSelected: .nothingSelected
        case .clearSummaryFirst: .clearSummaryFirst
        case .summaryNeeded: .summaryNeeded
        case .summaryFor: .summaryFor
        case .summaryHint: .summaryHint
        case .confirmOutcomeOnly: .confirmOutcomeOnly
        case .closedOutcomeOnly: .closedOutcomeOnly
        case .flagSuggested: .flagSuggested
        case .flagFor: .flagFor
        case .flagJoinsCase: .flagJoinsCase
        case .flagOpensCase: .flagOpensCase
        case .flagOpensOrJoins: .flagOpensOrJoins
        case .denyCloseNotYours: .denyCloseNotYours
        case .denyClosedAskCounsellor: .denyClosedAskCounsellor
        }
    }

    /// The wording of a key with its arguments shown as `{0}`, `{1}`.
    public static func sample(_ key: Key) -> Text {
        switch key {
        case .topBar: .topBar("{0}", "{1}", "{2}", "{3}", "{4}")
        case .tooSmall: .tooSmall("{0}", "{1}")
        case .lockTitle: .lockTitle("{0}")
        case .lockIdle: .lockIdle("{0}")
        case .lockWho: .lockWho
        case .lockLogin: .lockLogin
        case .lockPIN: .lockPIN
        case .lockChecking: .lockChecking
        case .lockHint: .lockHint
        case .lockHintNoPIN: .lockHintNoPIN
        case .lockUnknown: .lockUnknown
        case .lockWrongPIN: .lockWrongPIN
        case .lockNoPIN: .lockNoPIN
        case .lockEmpty: .lockEmpty
        case .lockWait: .lockWait("{0}")
        case .lockLockedOut: .lockLockedOut
        case .helpLock: .helpLock
        case .helpSignOut: .helpSignOut
        case .lockRenewTitle: .lockRenewTitle("{0}")
        case .lockNewPIN: .lockNewPIN
        case .lockRepeatPIN: .lockRepeatPIN
        case .lockRenewHint: .lockRenewHint
        case .lockNewPINsDiffer: .lockNewPINsDiffer
        case .lockNewPINTooShort: .lockNewPINTooShort("{0}")
        case .paneStudents: .paneStudents
        case .paneQueue: .paneQueue
        case .paneThread: .paneThread
        case .filterMineNew: .filterMineNew
        case .filterMine: .filterMine
        case .filterUnclaimed: .filterUnclaimed
        case .filterAll: .filterAll
        case .emptyQueue: .emptyQueue
        case .emptyQueueNoFlag: .emptyQueueNoFlag
        case .replyPlaceholder: .replyPlaceholder
        case .replyPlaceholderClosed: .replyPlaceholderClosed
        case .draftPrefix: .draftPrefix
        case .confidentialEntry: .confidentialEntry
        case .closedWith: .closedWith("{0}")
        case .threadPickedUp: .threadPickedUp("{0}")
        case .composeTo: .composeTo
        case .readersTeam: .readersTeam
        case .readersHomeroomAndBK: .readersHomeroomAndBK
        case .readersBKOnly: .readersBKOnly
        case .readersBKAndPrincipal: .readersBKAndPrincipal
        case .hintCompose: .hintCompose
        case .hintComposeVisibility: .hintComposeVisibility
        case .hintFlagForm: .hintFlagForm
        case .hintFilter: .hintFilter
        case .helpFlag: .helpFlag
        case .helpPickUp: .helpPickUp
        case .helpAssign: .helpAssign
        case .helpReply: .helpReply
        case .helpClose: .helpClose
        case .helpOpen: .helpOpen
        case .helpFilter: .helpFilter
        case .helpHelp: .helpHelp
        case .helpQuit: .helpQuit
        case .helpNextPane: .helpNextPane
        case .helpPreviousPane: .helpPreviousPane
        case .helpDown: .helpDown
        case .helpUp: .helpUp
        case .helpTop: .helpTop
        case .helpBottom: .helpBottom
        case .helpPageDown: .helpPageDown
        case .helpPageUp: .helpPageUp
        case .helpRedraw: .helpRedraw
        case .helpSwitchQueue: .helpSwitchQueue
        case .helpJumpPane: .helpJumpPane
        case .helpTitle: .helpTitle
        case .notNow: .notNow
        case .selectCaseFirst: .selectCaseFirst
        case .statusCaseOpened: .statusCaseOpened("{0}")
        case .statusFlagAdded: .statusFlagAdded("{0}")
        case .statusPickedUp: .statusPickedUp("{0}")
        case .statusSent: .statusSent
        case .statusClosed: .statusClosed("{0}")
        case .statusAssigned: .statusAssigned("{0}", "{1}")
        case .onlyCounsellorConfidential: .onlyCounsellorConfidential
        case .pasteNowhere: .pasteNowhere
        case .pasteOnChoice: .pasteOnChoice
        case .messageEmpty: .messageEmpty
        case .noStudentMatches: .noStudentMatches
        case .chooseStudentFirst: .chooseStudentFirst
        case .writeWhatYouSaw: .writeWhatYouSaw
        case .flagTitle: .flagTitle
        case .fieldStudent: .fieldStudent
        case .fieldSaw: .fieldSaw
        case .fieldTried: .fieldTried
        case .fieldArea: .fieldArea
        case .fieldUrgency: .fieldUrgency
        case .fieldParents: .fieldParents
        case .discardFlag: .discardFlag
        case .assignTitle: .assignTitle
        case .assignPrompt: .assignPrompt
        case .closeTitle: .closeTitle
        case .closePrompt: .closePrompt
        case .closeEndsActions: .closeEndsActions("{0}")
        case .summaryPrompt: .summaryPrompt
        case .caseTitle: .caseTitle("{0}")
        case .counsellorLabel: .counsellorLabel
        case .notPickedUp: .notPickedUp
        case .flagBy: .flagBy("{0}")
        case .messageBy: .messageBy("{0}")
        case .confidentialMark: .confidentialMark
        case .planLabel: .planLabel
        case .serviceLabel: .serviceLabel
        case .reviewLabel: .reviewLabel
        case .levelLabel: .levelLabel
        case .closedLabel: .closedLabel
        case .statusNew: .statusNew
        case .statusPickedUpWord: .statusPickedUpWord
        case .statusAssignedWord: .statusAssignedWord
        case .alreadyAssignedTo: .alreadyAssignedTo("{0}", "{1}")
        case .alreadyYours: .alreadyYours("{0}")
        case .pickUpFirst: .pickUpFirst("{0}")
        case .flagMoreMatches: .flagMoreMatches("{0}")
        case .statusPlanned: .statusPlanned
        case .statusInSupport: .statusInSupport
        case .statusReviewing: .statusReviewing
        case .statusClosedWord: .statusClosedWord
        case .urgencyRoutine: .urgencyRoutine
        case .urgencySoon: .urgencySoon
        case .urgencyUrgent: .urgencyUrgent
        case .roleSubjectTeacher: .roleSubjectTeacher
        case .roleHomeroomTeacher: .roleHomeroomTeacher
        case .roleCounsellor: .roleCounsellor
        case .roleVice: .roleVice
        case .rolePrincipal: .rolePrincipal
        case .roleAdmin: .roleAdmin
        case .denyNotOnCase: .denyNotOnCase
        case .denyRoster: .denyRoster
        case .denyAdmin: .denyAdmin
        case .denyPickUp: .denyPickUp
        case .denyAlreadyPickedUp: .denyAlreadyPickedUp
        case .denyAssign: .denyAssign
        case .denyClosed: .denyClosed
        case .denyOpen: .denyOpen
        case .denyVisibility: .denyVisibility
        case .denyClose: .denyClose
        case .denyReopen: .denyReopen
        case .denyPlan: .denyPlan
        case .denyPlans: .denyPlans
        case .denySanction: .denySanction
        case .denyParents: .denyParents
        case .denyConference: .denyConference
        case .denyVisit: .denyVisit
        case .denyAccessEnded: .denyAccessEnded
        case .helpMyActions: .helpMyActions
        case .helpPlan: .helpPlan
        case .helpService: .helpService
        case .helpEvaluate: .helpEvaluate
        case .helpLevel: .helpLevel
        case .helpParentsContact: .helpParentsContact
        case .helpConference: .helpConference
        case .helpVisit: .helpVisit
        case .helpRecord: .helpRecord
        case .statusDone: .statusDone("{0}")
        case .statusRecorded: .statusRecorded("{0}")
        case .sending: .sending
        case .problemBadDate: .problemBadDate("{0}")
        case .problemBeforeCaseOpened: .problemBeforeCaseOpened("{0}", "{1}")
        case .problemBadMinutes: .problemBadMinutes
        case .problemNothing: .problemNothing
        case .problemRequired: .problemRequired("{0}")
        case .titlePlan: .titlePlan
        case .titleService: .titleService
        case .titleReview: .titleReview
        case .titleLevel: .titleLevel
        case .titleConference: .titleConference
        case .titleVisit: .titleVisit
        case .hintForm: .hintForm
        case .hintFormText: .hintFormText
        case .discardForm: .discardForm
        case .hintDate: .hintDate
        case .hintPastDate: .hintPastDate
        case .hintAttendees: .hintAttendees
        case .hintParents: .hintParents
        case .hintSanction: .hintSanction
        case .recOpened: .recOpened("{0}", "{1}")
        case .recFlag: .recFlag("{0}", "{1}")
        case .recTried: .recTried("{0}")
        case .recParentsInformed: .recParentsInformed
        case .recGoal: .recGoal
        case .recAction: .recAction("{0}")
        case .recService: .recService("{0}", "{1}", "{2}")
        case .recReview: .recReview("{0}", "{1}", "{2}", "{3}")
        case .recLevel: .recLevel("{0}", "{1}")
        case .recReferral: .recReferral("{0}", "{1}")
        case .recParents: .recParents("{0}")
        case .recReferralNote: .recReferralNote("{0}")
        case .recConference: .recConference("{0}")
        case .recVisit: .recVisit("{0}")
        case .recVisitDetails: .recVisitDetails("{0}", "{1}", "{2}")
        case .recClosed: .recClosed("{0}")
        case .recReopened: .recReopened("{0}")
        case .recNoReason: .recNoReason
        case .withParentsMark: .withParentsMark
        case .overdueMark: .overdueMark
        case .sanctionMark: .sanctionMark
        case .dueLabel: .dueLabel("{0}")
        case .levelNow: .levelNow("{0}")
        case .reviewDateLabel: .reviewDateLabel("{0}")
        case .scrollHint: .scrollHint
        case .recordTitle: .recordTitle("{0}", "{1}")
        case .recordLoading: .recordLoading
        case .recordEmpty: .recordEmpty
        case .myActionsTitle: .myActionsTitle("{0}")
        case .myActionsEmpty: .myActionsEmpty
        case .myActionsHint: .myActionsHint
        case .observationAsked: .observationAsked("{0}")
        case .topBarActions: .topBarActions("{0}")
        case .topBarOverdue: .topBarOverdue("{0}")
        case .recOutcomeOnly: .recOutcomeOnly
        case .helpAllCases: .helpAllCases
        case .flagSawTeam: .flagSawTeam
        case .flagSawBKOnly: .flagSawBKOnly
        case .readersAndYou: .readersAndYou
        case .helpNotNowLegend: .helpNotNowLegend
        case .helpNotNowReason: .helpNotNowReason
        case .confirmDone: .confirmDone("{0}")
        case .denyTriage: .denyTriage
        case .helpTriage: .helpTriage
        case .titleTriage: .titleTriage
        case .fieldConcern: .fieldConcern
        case .denyReportNotYours: .denyReportNotYours
        case .denyReports: .denyReports
        case .helpAllMine: .helpAllMine
        case .helpReopen: .helpReopen
        case .titleReopen: .titleReopen
        case .titleParents: .titleParents
        case .topBarShort: .topBarShort("{0}", "{1}", "{2}", "{3}")
        case .topBarTiny: .topBarTiny("{0}", "{1}", "{2}")
        case .filterAllMine: .filterAllMine
        case .filterMineOpen: .filterMineOpen
        case .filterEveryOpen: .filterEveryOpen
        case .noCaseMatches: .noCaseMatches("{0}")
        case .noOpenCaseMatches: .noOpenCaseMatches("{0}")
        case .caseLeftList: .caseLeftList("{0}")
        case .caseLeftClosed: .caseLeftClosed("{0}")
        case .caseLeftToCounsellor: .caseLeftToCounsellor("{0}", "{1}")
        case .nothingSelected: .nothingSelected
        case .clearSummaryFirst: .clearSummaryFirst
        case .summaryNeeded: .summaryNeeded
        case .summaryFor: .summaryFor("{0}")
        case .summaryHint: .summaryHint
        case .confirmOutcomeOnly: .confirmOutcomeOnly("{0}", "{1}")
        case .closedOutcomeOnly: .closedOutcomeOnly("{0}")
        case .flagSuggested: .flagSuggested
        case .flagFor: .flagFor("{0}", "{1}", "{2}")
        case .flagJoinsCase: .flagJoinsCase("{0}", "{1}")
        case .flagOpensCase: .flagOpensCase
        case .flagOpensOrJoins: .flagOpensOrJoins
        case .denyCloseNotYours: .denyCloseNotYours
        case .denyClosedAskCounsellor: .denyClosedAskCounsellor
        }
    }
}

extension AdminText {
    /// Each wording by name, so a test can word every one in both languages.
    public enum Key: String, CaseIterable, Sendable {
        case adminTopBar, adminTopBarShort, adminPaneClasses, adminPaneStudents, adminPaneStaff, adminColClass
        case adminColAll, adminColBoys, adminColGirls, adminColLeft, adminAllClasses, adminNoStudents, adminNoClassStudents
        case adminLeftMark, adminHomeroom, adminCaseload, adminCaseloadAll, adminStaffLeftMark, adminChooseFirst
        case adminChooseStudent, adminStaffLeft, adminAlreadyLeft, adminNotLeft, adminNotYourself, adminHelpEdit
        case adminHelpLeave, adminHelpBack, adminHelpImport, adminHelpOpen, adminHelpTitle, adminNeeded, adminHomeroomTaken, adminCaseloadNotCounsellor, adminClassOutsideGrades, adminNothingChanged
        case adminBadDay, adminNeedsARole, adminGoneMeanwhile, adminReading, adminApplying, adminImportCancelled
        case adminImported, adminStudentSaved, adminStudentLeft, adminLeaverCases, adminStudentBack, adminStaffSaved
        case adminStaffLeftDone, adminHandedOver, adminTitleEditStudent, adminTitleLeaves, adminTitleBack, adminTitleEditStaff
        case adminTitleStaffLeaves, adminTitleImport, adminFormHint, adminFormHintText, adminDiscard, adminHolds, adminHoldsNothing
        case adminHintDate, adminHintDestination, adminHintFile, adminHintCaseload, adminHintHomeroom, adminHintMissing
        case adminHintHandover, adminYes, adminNo, adminNobody, adminKeepMissing, adminMarkLeft, adminBorn, adminReasonLulus
        case adminReasonMutasi, adminReasonKeluar, adminShortLulus, adminShortMutasi, adminShortKeluar, adminPreviewTitle
        case adminPreviewSummary, adminPreviewNew, adminPreviewMove, adminPreviewCorrect, adminPreviewBack, adminPreviewMissing
        case adminPreviewLeaves, adminPreviewUncertain, adminPreviewMissingHint, adminPreviewHint, adminPreviewNothing
        case adminPreviewNothingHint, adminPreviewSending, adminUncertainIDs, adminUncertainOtherNISN, adminUncertainName
        case adminUncertainSameLine, adminFieldName, adminFieldClass, adminFieldReason, adminFieldDate, adminFieldDestination
        case adminFieldHomeroom, adminFieldCaseload, adminFieldHandover, adminFieldFile, adminFieldMissing, adminFieldRole
    }

    public var key: Key {
        switch self {
        case .adminTopBar: .adminTopBar
        case .adminTopBarShort: .adminTopBarShort
        case .adminPaneClasses: .adminPaneClasses
        case .adminPaneStudents: .adminPaneStudents
        case .adminPaneStaff: .adminPaneStaff
        case .adminColClass: .adminColClass
        case .adminColAll: .adminColAll
        case .adminColBoys: .adminColBoys
        case .adminColGirls: .adminColGirls
        case .adminColLeft: .adminColLeft
        case .adminAllClasses: .adminAllClasses
        case .adminNoStudents: .adminNoStudents
        case .adminNoClassStudents: .adminNoClassStudents
        case .adminLeftMark: .adminLeftMark
        case .adminHomeroom: .adminHomeroom
        case .adminCaseload: .adminCaseload
        case .adminCaseloadAll: .adminCaseloadAll
        case .adminStaffLeftMark: .adminStaffLeftMark
        case .adminChooseFirst: .adminChooseFirst
        case .adminChooseStudent: .adminChooseStudent
        case .adminStaffLeft: .adminStaffLeft
        case .adminAlreadyLeft: .adminAlreadyLeft
        case .adminNotLeft: .adminNotLeft
        case .adminNotYourself: .adminNotYourself
        case .adminHelpEdit: .adminHelpEdit
        case .adminHelpLeave: .adminHelpLeave
        case .adminHelpBack: .adminHelpBack
        case .adminHelpImport: .adminHelpImport
        case .adminHelpOpen: .adminHelpOpen
        case .adminHelpTitle: .adminHelpTitle
        case .adminNeeded: .adminNeeded
        case .adminHomeroomTaken: .adminHomeroomTaken
        case .adminCaseloadNotCounsellor: .adminCaseloadNotCounsellor
        case .adminClassOutsideGrades: .adminClassOutsideGrades
        case .adminNothingChanged: .adminNothingChanged
        case .adminBadDay: .adminBadDay
        case .adminNeedsARole: .adminNeedsARole
        case .adminGoneMeanwhile: .adminGoneMeanwhile
        case .adminReading: .adminReading
        case .adminApplying: .adminApplying
        case .adminImportCancelled: .adminImportCancelled
        case .adminImported: .adminImported
        case .adminStudentSaved: .adminStudentSaved
        case .adminStudentLeft: .adminStudentLeft
        case .adminLeaverCases: .adminLeaverCases
        case .adminStudentBack: .adminStudentBack
        case .adminStaffSaved: .adminStaffSaved
        case .adminStaffLeftDone: .adminStaffLeftDone
        case .adminHandedOver: .adminHandedOver
        case .adminTitleEditStudent: .adminTitleEditStudent
        case .adminTitleLeaves: .adminTitleLeaves
        case .adminTitleBack: .adminTitleBack
        case .adminTitleEditStaff: .adminTitleEditStaff
        case .adminTitleStaffLeaves: .adminTitleStaffLeaves
        case .adminTitleImport: .adminTitleImport
        case .adminFormHint: .adminFormHint
        case .adminFormHintText: .adminFormHintText
        case .adminDiscard: .adminDiscard
        case .adminHolds: .adminHolds
        case .adminHoldsNothing: .adminHoldsNothing
        case .adminHintDate: .adminHintDate
        case .adminHintDestination: .adminHintDestination
        case .adminHintFile: .adminHintFile
        case .adminHintCaseload: .adminHintCaseload
        case .adminHintHomeroom: .adminHintHomeroom
        case .adminHintMissing: .adminHintMissing
        case .adminHintHandover: .adminHintHandover
        case .adminYes: .adminYes
        case .adminNo: .adminNo
        case .adminNobody: .adminNobody
        case .adminKeepMissing: .adminKeepMissing
        case .adminMarkLeft: .adminMarkLeft
        case .adminBorn: .adminBorn
        case .adminReasonLulus: .adminReasonLulus
        case .adminReasonMutasi: .adminReasonMutasi
        case .adminReasonKeluar: .adminReasonKeluar
        case .adminShortLulus: .adminShortLulus
        case .adminShortMutasi: .adminShortMutasi
        case .adminShortKeluar: .adminShortKeluar
        case .adminPreviewTitle: .adminPreviewTitle
        case .adminPreviewSummary: .adminPreviewSummary
        case .adminPreviewNew: .adminPreviewNew
        case .adminPreviewMove: .adminPreviewMove
        case .adminPreviewCorrect: .adminPreviewCorrect
        case .adminPreviewBack: .adminPreviewBack
        case .adminPreviewMissing: .adminPreviewMissing
        case .adminPreviewLeaves: .adminPreviewLeaves
        case .adminPreviewUncertain: .adminPreviewUncertain
        case .adminPreviewMissingHint: .adminPreviewMissingHint
        case .adminPreviewHint: .adminPreviewHint
        case .adminPreviewNothing: .adminPreviewNothing
        case .adminPreviewNothingHint: .adminPreviewNothingHint
        case .adminPreviewSending: .adminPreviewSending
        case .adminUncertainIDs: .adminUncertainIDs
        case .adminUncertainOtherNISN: .adminUncertainOtherNISN
        case .adminUncertainName: .adminUncertainName
        case .adminUncertainSameLine: .adminUncertainSameLine
        case .adminFieldName: .adminFieldName
        case .adminFieldClass: .adminFieldClass
        case .adminFieldReason: .adminFieldReason
        case .adminFieldDate: .adminFieldDate
        case .adminFieldDestination: .adminFieldDestination
        case .adminFieldHomeroom: .adminFieldHomeroom
        case .adminFieldCaseload: .adminFieldCaseload
        case .adminFieldHandover: .adminFieldHandover
        case .adminFieldFile: .adminFieldFile
        case .adminFieldMissing: .adminFieldMissing
        case .adminFieldRole: .adminFieldRole
        }
    }

    /// The wording of a key with its arguments shown as `{0}`, `{1}`.
    public static func sample(_ key: Key) -> AdminText {
        switch key {
        case .adminTopBar: .adminTopBar("{0}", "{1}", "{2}", "{3}", "{4}")
        case .adminTopBarShort: .adminTopBarShort("{0}", "{1}", "{2}", "{3}", "{4}")
        case .adminPaneClasses: .adminPaneClasses
        case .adminPaneStudents: .adminPaneStudents("{0}")
        case .adminPaneStaff: .adminPaneStaff
        case .adminColClass: .adminColClass
        case .adminColAll: .adminColAll
        case .adminColBoys: .adminColBoys
        case .adminColGirls: .adminColGirls
        case .adminColLeft: .adminColLeft
        case .adminAllClasses: .adminAllClasses
        case .adminNoStudents: .adminNoStudents
        case .adminNoClassStudents: .adminNoClassStudents
        case .adminLeftMark: .adminLeftMark("{0}", "{1}")
        case .adminHomeroom: .adminHomeroom("{0}")
        case .adminCaseload: .adminCaseload("{0}")
        case .adminCaseloadAll: .adminCaseloadAll
        case .adminStaffLeftMark: .adminStaffLeftMark("{0}")
        case .adminChooseFirst: .adminChooseFirst
        case .adminChooseStudent: .adminChooseStudent
        case .adminStaffLeft: .adminStaffLeft
        case .adminAlreadyLeft: .adminAlreadyLeft("{0}")
        case .adminNotLeft: .adminNotLeft("{0}")
        case .adminNotYourself: .adminNotYourself
        case .adminHelpEdit: .adminHelpEdit
        case .adminHelpLeave: .adminHelpLeave
        case .adminHelpBack: .adminHelpBack
        case .adminHelpImport: .adminHelpImport
        case .adminHelpOpen: .adminHelpOpen
        case .adminHelpTitle: .adminHelpTitle
        case .adminNeeded: .adminNeeded("{0}")
        case .adminHomeroomTaken: .adminHomeroomTaken("{0}", "{1}")
        case .adminCaseloadNotCounsellor: .adminCaseloadNotCounsellor
        case .adminClassOutsideGrades: .adminClassOutsideGrades("{0}", "{1}", "{2}")
        case .adminNothingChanged: .adminNothingChanged
        case .adminBadDay: .adminBadDay("{0}")
        case .adminNeedsARole: .adminNeedsARole
        case .adminGoneMeanwhile: .adminGoneMeanwhile
        case .adminReading: .adminReading("{0}")
        case .adminApplying: .adminApplying("{0}")
        case .adminImportCancelled: .adminImportCancelled("{0}")
        case .adminImported: .adminImported("{0}", "{1}")
        case .adminStudentSaved: .adminStudentSaved("{0}", "{1}")
        case .adminStudentLeft: .adminStudentLeft("{0}", "{1}", "{2}")
        case .adminLeaverCases: .adminLeaverCases("{0}")
        case .adminStudentBack: .adminStudentBack("{0}", "{1}")
        case .adminStaffSaved: .adminStaffSaved("{0}")
        case .adminStaffLeftDone: .adminStaffLeftDone("{0}")
        case .adminHandedOver: .adminHandedOver("{0}")
        case .adminTitleEditStudent: .adminTitleEditStudent("{0}")
        case .adminTitleLeaves: .adminTitleLeaves("{0}")
        case .adminTitleBack: .adminTitleBack("{0}")
        case .adminTitleEditStaff: .adminTitleEditStaff("{0}")
        case .adminTitleStaffLeaves: .adminTitleStaffLeaves("{0}")
        case .adminTitleImport: .adminTitleImport
        case .adminFormHint: .adminFormHint
        case .adminFormHintText: .adminFormHintText
        case .adminDiscard: .adminDiscard
        case .adminHolds: .adminHolds("{0}", "{1}")
        case .adminHoldsNothing: .adminHoldsNothing
        case .adminHintDate: .adminHintDate
        case .adminHintDestination: .adminHintDestination
        case .adminHintFile: .adminHintFile
        case .adminHintCaseload: .adminHintCaseload
        case .adminHintHomeroom: .adminHintHomeroom
        case .adminHintMissing: .adminHintMissing
        case .adminHintHandover: .adminHintHandover
        case .adminYes: .adminYes
        case .adminNo: .adminNo
        case .adminNobody: .adminNobody
        case .adminKeepMissing: .adminKeepMissing
        case .adminMarkLeft: .adminMarkLeft("{0}")
        case .adminBorn: .adminBorn
        case .adminReasonLulus: .adminReasonLulus
        case .adminReasonMutasi: .adminReasonMutasi
        case .adminReasonKeluar: .adminReasonKeluar
        case .adminShortLulus: .adminShortLulus
        case .adminShortMutasi: .adminShortMutasi
        case .adminShortKeluar: .adminShortKeluar
        case .adminPreviewTitle: .adminPreviewTitle("{0}")
        case .adminPreviewSummary: .adminPreviewSummary("{0}", "{1}", "{2}", "{3}", "{4}", "{5}", "{6}")
        case .adminPreviewNew: .adminPreviewNew("{0}")
        case .adminPreviewMove: .adminPreviewMove("{0}", "{1}", "{2}")
        case .adminPreviewCorrect: .adminPreviewCorrect("{0}", "{1}")
        case .adminPreviewBack: .adminPreviewBack("{0}")
        case .adminPreviewMissing: .adminPreviewMissing("{0}")
        case .adminPreviewLeaves: .adminPreviewLeaves("{0}", "{1}")
        case .adminPreviewUncertain: .adminPreviewUncertain("{0}", "{1}", "{2}")
        case .adminPreviewMissingHint: .adminPreviewMissingHint
        case .adminPreviewHint: .adminPreviewHint
        case .adminPreviewNothing: .adminPreviewNothing("{0}")
        case .adminPreviewNothingHint: .adminPreviewNothingHint
        case .adminPreviewSending: .adminPreviewSending
        case .adminUncertainIDs: .adminUncertainIDs("{0}", "{1}")
        case .adminUncertainOtherNISN: .adminUncertainOtherNISN("{0}", "{1}")
        case .adminUncertainName: .adminUncertainName("{0}")
        case .adminUncertainSameLine: .adminUncertainSameLine("{0}", "{1}")
        case .adminFieldName: .adminFieldName
        case .adminFieldClass: .adminFieldClass
        case .adminFieldReason: .adminFieldReason
        case .adminFieldDate: .adminFieldDate
        case .adminFieldDestination: .adminFieldDestination
        case .adminFieldHomeroom: .adminFieldHomeroom
        case .adminFieldCaseload: .adminFieldCaseload
        case .adminFieldHandover: .adminFieldHandover
        case .adminFieldFile: .adminFieldFile
        case .adminFieldMissing: .adminFieldMissing
        case .adminFieldRole: .adminFieldRole("{0}")
        }
    }
}

extension ReportText {
    /// Each wording by name, so a test can word every one in both languages.
    public enum Key: String, CaseIterable, Sendable {
        case title, scopeSchool, scopeMine, scopeSummary, scopeOwnReferrals, sectionReferrals, sectionCounsellors
        case sectionWhoRefers, sectionOwnReferrals, sectionEachReferral, trendDay, trendWeek, figureNew, figureWaiting
        case figureOverdue, figurePickUp, figureFeedback, figureRead, figureReferred, figurePickedUp, figureClosed
        case figureAnswered, columnCounsellor, columnOpen, columnPickUp, columnClosed, columnSummaries, norm, median
        case hours, days, noTimes, longestWait, of, semester1, semester2, empty, emptyHint, countedFrom, hint, hintCounsellor
        case helpReports, noCasesBehind, casesTitle, queueBack, loading, referralWaiting, referralWith, referralClosed
        case summaryGiven, narrativeTitle, narrativeFor, narrativeHint, narrativeSaved, narrativeNotYours, narrativeMissing
        case narrativeKey, document, documentHint, documentHintCounsellor, narrativeFormHint, noLaterPeriod
    }

    public var key: Key {
        switch self {
        case .title: .title
        case .scopeSchool: .scopeSchool
        case .scopeMine: .scopeMine
        case .scopeSummary: .scopeSummary
        case .scopeOwnReferrals: .scopeOwnReferrals
        case .sectionReferrals: .sectionReferrals
        case .sectionCounsellors: .sectionCounsellors
        case .sectionWhoRefers: .sectionWhoRefers
        case .sectionOwnReferrals: .sectionOwnReferrals
        case .sectionEachReferral: .sectionEachReferral
        case .trendDay: .trendDay
        case .trendWeek: .trendWeek
        case .figureNew: .figureNew
        case .figureWaiting: .figureWaiting
        case .figureOverdue: .figureOverdue
        case .figurePickUp: .figurePickUp
        case .figureFeedback: .figureFeedback
        case .figureRead: .figureRead
        case .figureReferred: .figureReferred
        case .figurePickedUp: .figurePickedUp
        case .figureClosed: .figureClosed
        case .figureAnswered: .figureAnswered
        case .columnCounsellor: .columnCounsellor
        case .columnOpen: .columnOpen
        case .columnPickUp: .columnPickUp
        case .columnClosed: .columnClosed
        case .columnSummaries: .columnSummaries
        case .norm: .norm
        case .median: .median
        case .hours: .hours
        case .days: .days
        case .noTimes: .noTimes
        case .longestWait: .longestWait
        case .of: .of
        case .semester1: .semester1
        case .semester2: .semester2
        case .empty: .empty
        case .emptyHint: .emptyHint
        case .countedFrom: .countedFrom
        case .hint: .hint
        case .hintCounsellor: .hintCounsellor
        case .helpReports: .helpReports
        case .noCasesBehind: .noCasesBehind
        case .casesTitle: .casesTitle
        case .queueBack: .queueBack
        case .loading: .loading
        case .referralWaiting: .referralWaiting
        case .referralWith: .referralWith
        case .referralClosed: .referralClosed
        case .summaryGiven: .summaryGiven
        case .narrativeTitle: .narrativeTitle
        case .narrativeFor: .narrativeFor
        case .narrativeHint: .narrativeHint
        case .narrativeSaved: .narrativeSaved
        case .narrativeNotYours: .narrativeNotYours
        case .narrativeMissing: .narrativeMissing
        case .narrativeKey: .narrativeKey
        case .document: .document
        case .documentHint: .documentHint
        case .documentHintCounsellor: .documentHintCounsellor
        case .narrativeFormHint: .narrativeFormHint
        case .noLaterPeriod: .noLaterPeriod
        }
    }

    /// The wording of a key with its arguments shown as `{0}`, `{1}`.
    public static func sample(_ key: Key) -> ReportText {
        switch key {
        case .title: .title("{0}", "{1}")
        case .scopeSchool: .scopeSchool
        case .scopeMine: .scopeMine
        case .scopeSummary: .scopeSummary
        case .scopeOwnReferrals: .scopeOwnReferrals
        case .sectionReferrals: .sectionReferrals
        case .sectionCounsellors: .sectionCounsellors
        case .sectionWhoRefers: .sectionWhoRefers
        case .sectionOwnReferrals: .sectionOwnReferrals
        case .sectionEachReferral: .sectionEachReferral
        case .trendDay: .trendDay
        case .trendWeek: .trendWeek
        case .figureNew: .figureNew
        case .figureWaiting: .figureWaiting
        case .figureOverdue: .figureOverdue
        case .figurePickUp: .figurePickUp
        case .figureFeedback: .figureFeedback
        case .figureRead: .figureRead
        case .figureReferred: .figureReferred
        case .figurePickedUp: .figurePickedUp
        case .figureClosed: .figureClosed
        case .figureAnswered: .figureAnswered
        case .columnCounsellor: .columnCounsellor
        case .columnOpen: .columnOpen
        case .columnPickUp: .columnPickUp
        case .columnClosed: .columnClosed
        case .columnSummaries: .columnSummaries
        case .norm: .norm("{0}", "{1}", "{2}")
        case .median: .median("{0}", "{1}")
        case .hours: .hours("{0}")
        case .days: .days("{0}")
        case .noTimes: .noTimes
        case .longestWait: .longestWait("{0}")
        case .of: .of("{0}", "{1}")
        case .semester1: .semester1("{0}")
        case .semester2: .semester2("{0}")
        case .empty: .empty("{0}")
        case .emptyHint: .emptyHint
        case .countedFrom: .countedFrom
        case .hint: .hint
        case .hintCounsellor: .hintCounsellor
        case .helpReports: .helpReports
        case .noCasesBehind: .noCasesBehind
        case .casesTitle: .casesTitle("{0}", "{1}")
        case .queueBack: .queueBack
        case .loading: .loading
        case .referralWaiting: .referralWaiting
        case .referralWith: .referralWith("{0}")
        case .referralClosed: .referralClosed("{0}")
        case .summaryGiven: .summaryGiven
        case .narrativeTitle: .narrativeTitle
        case .narrativeFor: .narrativeFor("{0}", "{1}")
        case .narrativeHint: .narrativeHint
        case .narrativeSaved: .narrativeSaved
        case .narrativeNotYours: .narrativeNotYours
        case .narrativeMissing: .narrativeMissing
        case .narrativeKey: .narrativeKey
        case .document: .document("{0}")
        case .documentHint: .documentHint
        case .documentHintCounsellor: .documentHintCounsellor
        case .narrativeFormHint: .narrativeFormHint
        case .noLaterPeriod: .noLaterPeriod
        }
    }
}
