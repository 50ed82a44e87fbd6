/// Every sentence and label the interface shows, with what it needs filled in: a wording
/// cannot be asked for without its arguments, and each language words every one (`Wording`).
public enum Text: Sendable, Hashable {
    case topBar(String, String, String, String, String)
    case tooSmall(String, String)
    case lockTitle(String)
    case lockIdle(String)
    case lockWho
    case lockLogin
    case lockPIN
    case lockChecking
    case lockHint
    case lockHintNoPIN
    case lockUnknown
    case lockWrongPIN
    case lockNoPIN
    case lockEmpty
    case lockWait(String)
    case lockLockedOut
    case helpLock
    case helpSignOut
    case lockRenewTitle(String)
    case lockNewPIN
    case lockRepeatPIN
    case lockRenewHint
    case lockNewPINsDiffer
    case lockNewPINTooShort(String)
    case paneStudents
    case paneQueue
    case paneThread
    case filterMineNew
    case filterMine
    case filterUnclaimed
    case filterAll
    case emptyQueue
    case emptyQueueNoFlag
    case replyPlaceholder
    case replyPlaceholderClosed
    case draftPrefix
    case confidentialEntry
    case closedWith(String)
    /// In the thread, after the flags: who in BK has the case, and since when.
    case threadPickedUp(String)
    case composeTo
    case readersTeam
    case readersHomeroomAndBK
    case readersBKOnly
    case readersBKAndPrincipal
    case hintCompose
    case hintComposeVisibility
    case hintFlagForm
    case hintFilter
    case helpFlag
    case helpPickUp
    case helpAssign
    case helpReply
    case helpClose
    case helpOpen
    case helpFilter
    case helpHelp
    case helpQuit
    case helpNextPane
    case helpPreviousPane
    case helpDown
    case helpUp
    case helpTop
    case helpBottom
    case helpPageDown
    case helpPageUp
    case helpRedraw
    case helpSwitchQueue
    case helpJumpPane
    case helpTitle
    case notNow
    case selectCaseFirst
    case statusCaseOpened(String)
    case statusFlagAdded(String)
    case statusPickedUp(String)
    case statusSent
    case statusClosed(String)
    case statusAssigned(String, String)
    case onlyCounsellorConfidential
    /// Text pasted where nothing is being written.
    case pasteNowhere
    /// Text pasted on a field that is a choice.
    case pasteOnChoice
    case messageEmpty
    case noStudentMatches
    case chooseStudentFirst
    case writeWhatYouSaw
    case flagTitle
    case fieldStudent
    case fieldSaw
    case fieldTried
    case fieldArea
    case fieldUrgency
    case fieldParents
    case discardFlag
    case assignTitle
    case assignPrompt
    case closeTitle
    case closePrompt
    case closeEndsActions(String)
    case summaryPrompt
    case caseTitle(String)
    case counsellorLabel
    case notPickedUp
    case flagBy(String)
    case messageBy(String)
    case confidentialMark
    case planLabel
    case serviceLabel
    case reviewLabel
    case levelLabel
    case closedLabel
    case statusNew
    case statusPickedUpWord
    case statusAssignedWord
    case alreadyYours(String)
    case pickUpFirst(String)
    case flagMoreMatches(String)
    case alreadyAssignedTo(String, String)
    case statusPlanned
    case statusInSupport
    case statusReviewing
    case statusClosedWord
    case urgencyRoutine
    case urgencySoon
    case urgencyUrgent
    case roleSubjectTeacher
    case roleHomeroomTeacher
    case roleCounsellor
    case roleVice
    case rolePrincipal
    case roleAdmin
    case denyNotOnCase
    case denyRoster
    case denyAdmin
    case denyPickUp
    case denyAlreadyPickedUp
    case denyAssign
    case denyClosed
    case denyOpen
    case denyVisibility
    case denyClose
    case denyReopen
    case denyPlan
    case denyPlans
    case denySanction
    case denyParents
    case denyConference
    case denyVisit
    case denyAccessEnded
    case helpMyActions
    case helpPlan
    case helpService
    case helpEvaluate
    case helpLevel
    case helpParentsContact
    case helpConference
    case helpVisit
    case helpRecord
    case statusDone(String)
    case statusRecorded(String)
    case sending
    case problemBadDate(String)
    case problemBeforeCaseOpened(String, String)
    case problemBadMinutes
    case problemNothing
    case problemRequired(String)
    case titlePlan
    case titleService
    case titleReview
    case titleLevel
    case titleConference
    case titleVisit
    case hintForm
    case hintFormText
    case discardForm
    case hintDate
    case hintPastDate
    case hintAttendees
    case hintParents
    case hintSanction
    case recOpened(String, String)
    case recFlag(String, String)
    case recGoal
    /// After a flag's observation in the record: what the teacher tried, and that the parents know.
    case recTried(String)
    case recParentsInformed
    case recAction(String)
    case recService(String, String, String)
    case recReview(String, String, String, String)
    case recLevel(String, String)
    case recReferral(String, String)
    case recParents(String)
    case recReferralNote(String)
    case recConference(String)
    case recVisit(String)
    case recVisitDetails(String, String, String)
    case recClosed(String)
    case recReopened(String)
    case recNoReason
    case withParentsMark
    case overdueMark
    case sanctionMark
    case dueLabel(String)
    case levelNow(String)
    case reviewDateLabel(String)
    case scrollHint
    case recordTitle(String, String)
    case recordLoading
    case recordEmpty
    case myActionsTitle(String)
    case myActionsEmpty
    case myActionsHint
    case observationAsked(String)
    case topBarActions(String)
    case topBarOverdue(String)
    case recOutcomeOnly
    case helpAllCases
    case flagSawTeam
    case flagSawBKOnly
    case readersAndYou
    case helpNotNowLegend
    case helpNotNowReason
    case confirmDone(String)
    case denyTriage
    case helpTriage
    case titleTriage
    case fieldConcern
    case denyReportNotYours
    case denyReports
    case helpAllMine
    case helpReopen
    case titleReopen
    case titleParents
    case topBarShort(String, String, String, String)
    case topBarTiny(String, String, String)
    case filterAllMine
    /// A teacher's default queue: the open cases they referred or whose class they keep.
    case filterMineOpen
    /// The vice principal's and the principal's own view: every open case concerns them.
    case filterEveryOpen
    case noCaseMatches(String)
    case noOpenCaseMatches(String)
    case caseLeftList(String)
    case caseLeftClosed(String)
    case caseLeftToCounsellor(String, String)
    case nothingSelected
    case clearSummaryFirst
    case summaryNeeded
    case summaryFor(String)
    case summaryHint
    case confirmOutcomeOnly(String, String)
    case closedOutcomeOnly(String)
    case flagSuggested
    case flagFor(String, String, String)
    case flagJoinsCase(String, String)
    case flagOpensCase
    case flagOpensOrJoins
    case denyCloseNotYours
    case denyClosedAskCounsellor
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
