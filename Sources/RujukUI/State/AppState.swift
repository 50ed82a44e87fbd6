import Foundation
import RujukDomain
import RujukReport

/// The panes of the main screen.
public enum Pane: Int, Sendable, CaseIterable { case students, queue, thread }

/// What the keyboard is talking to.
public enum Mode: Sendable, Equatable {
    case browse, flagForm, help, filter, caseView
    /// Writing a reply to case `number`: it stays on its case whatever the list does.
    case compose(number: Int)
    /// Choosing the counsellor for case `number`; `highlighted` is the row.
    case assignPicker(number: Int, highlighted: Int)
    case closeOutcome
    case closeSummary(Outcome)
    /// Asks once more before closing with only the outcome for the referrer (no summary).
    case confirmOutcomeOnly(Outcome)
    case confirmDiscardFlag
    /// One of the case-work forms, or a report's narrative, with what is typed in it.
    case form(FormState)
    /// The person's open plan actions and requested observations across cases: the row
    /// highlighted, and the plan action (case number, item) that `x` asked about, which a
    /// second `x` marks done.
    case myActions(highlighted: Int, askedDone: [Int]?)
    /// The cumulative record of a student, and its entries once loaded.
    case record(studentID: String, entries: [RecordEntry]?)
    /// The reports: figures for a month or a semester (`state.reports`).
    case reports
}

/// The message being written in the thread of a case.
public struct ComposeDraft: Sendable, Equatable, Codable {
    public var text = ""
    public var visibility = Visibility.team
    public init() {}
}

/// The flag form: student search first, then what was seen; the rest a Tab away.
public struct FlagDraft: Sendable, Equatable, Codable {
    public enum Field: Int, Sendable, CaseIterable, Codable {
        case student, saw, tried, area, urgency, parents, concern
        /// The order of Tab (the raw values stay as saved in older drafts).
        public static let order: [Field] = [.student, .saw, .tried, .area, .concern, .urgency, .parents]
    }
    public var field = Field.student
    public var query = ""
    public var highlighted = 0
    public var studentID: String?
    /// The student was pre-filled from pane 1: a suggestion that the first key typed replaces.
    public var suggested = false
    public var saw = ""
    public var tried = ""
    public var area = Area.belajar
    public var concern = "other learning difficulty"
    public var urgency = Urgency.routine
    public var parentsInformed = false
    /// `bkOnly` when "what I saw" is told to BK in confidence (Ctrl-T); nil: the team reads it.
    public var visibility: Visibility?
    public init() {}

    // `suggested` is not saved with a draft: a restored form starts from what was typed.
    enum CodingKeys: String, CodingKey {
        case field, query, highlighted, studentID, saw, tried, area, concern, urgency, parentsInformed, visibility
    }

    public var hasText: Bool { !saw.isEmpty || !tried.isEmpty }
}

/// A row of pane 1: a student with an open case this person sees, and that case.
public struct FlaggedStudent: Sendable, Equatable {
    public var student: Student
    public var openCase: Case
}

/// Everything the interface shows is a pure function of this value.
public struct AppState: Sendable, Equatable {
    // The lists derived from these are computed once per change, not once per frame.
    public var school: School { didSet { recompute(); if reports != nil { refreshReport() } } }
    public var actor: Staff { didSet { recompute(); if reports != nil { refreshReport() } } }
    public var now: Date
    public var width: Int
    public var height: Int
    public var focus = Pane.queue
    /// Where the keyboard was before the reply box took it: it goes back there when the box closes.
    public var focusBeforeCompose: Pane?
    public var filter: QueueFilter = .concerningMe { didSet { recompute() } }
    public var selected = 0
    /// The selected case left the list (picked up, reassigned or closed elsewhere): nothing is
    /// selected until the person moves, so no key acts on a case they did not choose.
    public var lostCase: Int?
    /// The case the reply box is writing to, so a reply stays on its case whatever the list does.
    public var composing: Int? { if case .compose(let number) = mode { number } else { nil } }
    /// The case being closed (outcome, then summary).
    public var closing: Int?
    /// The case whose reply was just sent: its draft is dropped only when the store has it.
    public var sendingReply: Int?
    public var selectedStudent = 0
    public var threadScroll = 0
    /// The selected case with the texts this person may read, loaded by the run loop.
    public var thread: Case?
    /// Said above the thread when confidential entries this person may read could not be shown.
    public var threadNotice: String?
    public var mode = Mode.browse
    /// Unsent replies, one per case, kept across quitting (the run loop saves them).
    public var drafts: [Int: ComposeDraft] = [:]
    public var flag = FlagDraft()
    public var filterText = "" { didSet { recompute() } }
    /// Closed cases whose summary was shown to this referrer in this session.
    public var summariesShown: Set<Int> = [] { didSet { if summariesShown != oldValue { recompute() } } }
    public var summary = ""
    /// The form being filled in: held by its mode, so no other mode has one. Setting a form
    /// opens it; setting nil leaves it for the queue.
    public var form: FormState? {
        get { if case .form(let f) = mode { f } else { nil } }
        set {
            if let newValue { mode = .form(newValue) } else if isFillingForm { mode = .browse }
        }
    }

    public var isFillingForm: Bool { if case .form = mode { true } else { false } }
    /// How far the case view or the record is scrolled.
    public var overlayScroll = 0
    /// The school's local time zone, for dates typed and shown.
    public var timeZone = TimeZone(secondsFromGMT: 7 * 3600)!
    /// A sentence in the hint bar: a refusal's reason, or what just happened.
    public var status: String?
    /// The store was found damaged: said in the hint bar (under any newer status) until it reads whole.
    public var damage: String?
    /// The strings of the interface language.
    public var catalog = Catalog(.en)
    public var theme = Theme.standard
    public var indonesian: Bool { catalog.language == .id }
    public var shouldQuit = false
    /// The lock screen, when up: nothing else is drawn.
    public var lock: LockScreen?
    /// How this session guards the screen (shared account, idle limit, PIN).
    public var guardian = Guard()
    /// The admin's screen: roster, staff, their forms and an import's preview.
    public var admin = AdminScreen()
    /// A page of closed cases was asked for and has not arrived yet (the "all" list).
    public var pageRequested = false
    /// The reports screen's period, scope and figures; kept while its cases are looked at.
    public var reports: ReportScreen?
    /// The cases behind a report figure, listed in the queue in place of the filter's.
    public var reportCases: ReportCases? { didSet { if reportCases != oldValue { recompute() } } }

    public init(school: School, actor: Staff, now: Date, width: Int, height: Int) {
        self.school = school
        self.actor = actor
        self.now = now
        self.width = width
        self.height = height
        recompute()
    }

    /// The cases in the queue pane, in triage order, narrowed by the filter text.
    /// A move asked for the thread preview and the selection has not rested yet.
    public var previewPending = false
    /// The case whose thread went on screen unread, waiting for `.threadDwelled` to be read.
    public var dwelling: Int?
    /// The case whose thread stays in the pane until then.
    public var previewHeld: Int?
    public private(set) var queue: [Case] = []
    /// Students with an open case this person sees, with the case.
    public private(set) var flaggedStudents: [FlaggedStudent] = []
    /// Open unclaimed cases this person is concerned with.
    public private(set) var newCount = 0
    /// Cases this person is concerned with that have unread messages.
    public private(set) var unreadCount = 0
    /// This person's open plan actions and requested observations.
    public private(set) var myActions: [MyAction] = []

    mutating func recompute() {
        // A closed case with an unread summary stays in the referrer's queue, and stays for
        // the rest of the session once opened, so it does not vanish while being read.
        let concerning = school.concerning(actor, keeping: summariesShown)
        myActions = school.actions(for: actor, at: now)
        let attention = school.attention(actor, concerning: concerning, actions: myActions.count)
        newCount = attention.newReferrals
        unreadCount = attention.unreadThreads
        var all = filter == .concerningMe ? concerning : school.queue(for: actor, filter)
        // Pane 1 lists the students of the queue's view (mine, unclaimed, all…): choosing one
        // there never widens the queue behind the person's back to show a colleague's case.
        flaggedStudents = all.filter { !$0.isClosed }
            .compactMap { c in school.students[c.studentID].map { FlaggedStudent(student: $0, openCase: c) } }
            .sorted { $0.student.className != $1.student.className
                ? ClassName.precedes($0.student.className, $1.student.className) : $0.student.name < $1.student.name }
        if let behind = reportCases {
            // Only cases this person may see, whatever the figure counted.
            all = behind.numbers.compactMap { school.cases[$0] }.filter { school.canSee(actor, $0) }
        }
        guard !filterText.isEmpty else { queue = all; return }
        let needle = filterText.lowercased()
        queue = all.filter { c in
            let s = school.students[c.studentID]
            return (s?.name.lowercased().contains(needle) ?? false) || (s?.className.lowercased().contains(needle) ?? false)
                || "#\(c.number)".contains(needle)
        }
    }

    /// The reply being written: for the case the reply box is on, or else the selected case.
    public var compose: ComposeDraft {
        get { (composing ?? selectedCase?.number).flatMap { drafts[$0] } ?? ComposeDraft() }
        set {
            guard let number = composing ?? selectedCase?.number else { return }
            drafts[number] = newValue == ComposeDraft() ? nil : newValue
        }
    }

    public var selectedCase: Case? {
        guard lostCase == nil else { return nil }
        let q = queue
        return q.indices.contains(selected) ? q[selected] : nil
    }

    /// The case the thread pane shows: the one a reply is being written to, else the selected one
    /// (while a burst of moves goes on, the one shown before it).
    public var threadCase: Case? {
        if let n = composing, let c = school.cases[n], school.canSee(actor, c) { return c }
        if previewPending, let n = previewHeld, let c = school.cases[n], school.canSee(actor, c) { return c }
        return selectedCase
    }

    /// Whether the thread of the selected case is on screen: always beside the queue from 80
    /// columns; below that only one pane is, so only its own pane or the case view shows it.
    public var threadOnScreen: Bool { width >= 80 || focus == .thread || mode == .caseView }

    /// A thread on screen is read, up to its newest entry this person may read, once it has
    /// stayed there a second (`dwelled`): one that flashed past (the first case of each queue
    /// as `f` goes round them, a row passed on the way) is not. One loaded while out of sight is
    /// read once it is brought up and stays.
    mutating func markReadIfShown(dwelled: Bool = false) -> [Effect] {
        guard threadOnScreen, let c = thread, c.number == threadCase?.number, let last = c.newestReadable,
              school.unreadCount(actor.login, in: c) > 0 else { dwelling = nil; return [] }
        if dwelled && dwelling == c.number {
            dwelling = nil
            return [.markRead(number: c.number, upTo: last)]
        }
        dwelling = c.number
        return [.readWhenDwelled]
    }

    /// Moves that ask for the thread once the selection rests; the thread pane holds still meanwhile.
    mutating func previewWhenRested(shown: Int?) -> [Effect] {
        guard !previewPending else { return [] }
        previewPending = true
        previewHeld = shown
        return [.previewWhenRested]
    }
}
