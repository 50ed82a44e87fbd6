/// Every string the interface shows, by key. `{0}`, `{1}` are filled in by `Catalog.t`.
public enum Text: String, CaseIterable, Sendable {
    case topBar, tooSmall
    case lockTitle, lockIdle, lockWho, lockLogin, lockPIN, lockChecking, lockHint, lockHintNoPIN
    case lockUnknown, lockWrongPIN, lockNoPIN, lockEmpty, lockWait, lockLockedOut, helpLock, helpSignOut
    case lockRenewTitle, lockNewPIN, lockRepeatPIN, lockRenewHint, lockNewPINsDiffer, lockNewPINTooShort
    case paneStudents, paneQueue, paneThread
    case filterMineNew, filterMine, filterUnclaimed, filterAll
    case emptyQueue, emptyQueueNoFlag, replyPlaceholder, draftPrefix, confidentialEntry, closedWith, composeTo
    case readersTeam, readersHomeroomAndBK, readersBKOnly, readersBKAndPrincipal
    case hintCompose, hintComposeVisibility, hintFlagForm, hintFilter
    case helpFlag, helpPickUp, helpAssign, helpReply, helpClose, helpOpen, helpFilter, helpHelp, helpQuit
    case helpNextPane, helpPreviousPane, helpDown, helpUp, helpTop, helpBottom, helpPageDown, helpPageUp
    case helpRedraw, helpSwitchQueue, helpJumpPane, helpTitle, notNow
    case selectCaseFirst
    case statusCaseOpened, statusFlagAdded, statusPickedUp, statusSent, statusClosed, statusAssigned
    case onlyCounsellorConfidential, messageEmpty, noStudentMatches, chooseStudentFirst, writeWhatYouSaw
    case flagTitle, fieldStudent, fieldSaw, fieldTried, fieldArea, fieldUrgency, fieldParents, discardFlag
    case assignTitle, assignPrompt, closeTitle, closePrompt, summaryPrompt
    case caseTitle, counsellorLabel, notPickedUp, flagBy, messageBy, confidentialMark
    case planLabel, serviceLabel, reviewLabel, levelLabel, closedLabel
    case statusNew, statusPickedUpWord, statusPlanned, statusInSupport, statusReviewing, statusClosedWord
    case urgencyRoutine, urgencySoon, urgencyUrgent
    case roleSubjectTeacher, roleHomeroomTeacher, roleCounsellor, roleVice, rolePrincipal, roleAdmin
    case denyNotOnCase, denyRoster, denyAdmin, denyPickUp, denyAlreadyPickedUp, denyAssign, denyClosed
    case denyOpen, denyVisibility, denyClose, denyReopen, denyPlan
    case denyPlans, denySanction, denyParents, denyConference, denyVisit, denyAccessEnded
    case helpMyActions, helpPlan, helpService, helpEvaluate, helpLevel, helpConference, helpVisit, helpRecord
    case statusDone, statusRecorded, sending
    case problemBadDate, problemBadMinutes, problemNothing, problemRequired
    case titlePlan, titleService, titleReview, titleLevel, titleConference, titleVisit
    case hintForm, discardForm, hintDate, hintAttendees, hintParents, hintSanction
    case recOpened, recFlag, recGoal, recAction, recService, recReview, recLevel, recReferral, recParents
    case recReferralNote, recConference, recVisit, recVisitDetails, recClosed
    case withParentsMark, overdueMark, sanctionMark, dueLabel, levelNow, reviewDateLabel, scrollHint
    case recordTitle, recordLoading, recordEmpty, myActionsTitle, myActionsEmpty, myActionsHint, observationAsked
    case topBarActions, topBarOverdue
    case recOutcomeOnly
    case helpAllCases
    case flagSawTeam, flagSawBKOnly
    case readersAndYou
    case helpNotNowLegend, helpNotNowReason
    case confirmDone
    case denyTriage, helpTriage, titleTriage, fieldConcern
    case denyReportNotYours, denyReports
    case helpAllMine, helpReopen, titleReopen, titleParents, topBarShort, topBarTiny, filterAllMine, noCaseMatches
    case caseLeftList, caseLeftClosed, caseLeftToCounsellor, nothingSelected, clearSummaryFirst, summaryNeeded, summaryFor, summaryHint, confirmOutcomeOnly, closedOutcomeOnly, flagSuggested, flagFor, flagJoinsCase, flagOpensCase, flagOpensOrJoins, denyCloseNotYours
}

/// The interface language.
public enum Language: String, Sendable, CaseIterable {
    case en, id

    /// `--lang` wins, then `LC_ALL`/`LC_MESSAGES`/`LANG` starting with `id` or `en`, then the school's default.
    public static func choose(flag: String?, environment: [String: String], schoolDefault: String) -> Language {
        if let flag, let l = Language(rawValue: flag) { return l }
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            if value.hasPrefix("id") { return .id }
            if value.hasPrefix("en") { return .en }
        }
        return Language(rawValue: schoolDefault) ?? .en
    }
}
