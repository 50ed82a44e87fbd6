import Foundation

/// The whole school as folded from the journal: staff, students, cases and read marks.
public struct School: Sendable, Equatable {
    public var name: String
    public var staff: [String: Staff]
    public var students: [String: Student]
    public var cases: [Int: Case]
    /// The newest sequence number folded in.
    public var lastSeq: Int
    public var nextCaseNumber: Int
    /// Closed cases are kept out of start-up; `false` until they are loaded on demand.
    public var historyLoaded: Bool
    /// Per person, per case: the newest message sequence number they have read.
    public var readMarks: [String: [Int: Int]]
    /// The current school year and its semesters, once one was started.
    public var year: SchoolYear?
    /// Students by NISN, NIPD and birth date, for the duplicate check (see `StudentIndex`).
    var studentIndex = StudentIndex()
    /// Each student's open cases (see `OpenCaseIndex`).
    var openCaseIndex = OpenCaseIndex()
    /// The letterhead and time zone, as the admin last set them.
    public var settings: SchoolSettings
    /// The report narratives counsellors wrote, oldest first.
    public var narratives: [Narrative]

    public init(name: String) {
        self.name = name
        self.staff = [:]
        self.students = [:]
        self.cases = [:]
        self.lastSeq = 0
        self.nextCaseNumber = 1
        self.historyLoaded = true
        self.readMarks = [:]
        self.year = nil
        self.settings = SchoolSettings()
        self.narratives = []
    }


    public func student(of c: Case) -> Student? { students[c.studentID] }

    /// The name shown for a login (the login itself when the person is unknown).
    public func displayName(_ login: String) -> String { staff[login]?.name ?? login }

    /// The next free student id (`s0001`, `s0002`, …).
    public var nextStudentID: String {
        let highest = students.keys.compactMap { Int($0.dropFirst()) }.max() ?? 0
        return String(format: "s%04d", highest + 1)
    }

    /// Messages newer than what `login` has read on a case, by others.
    public func unreadCount(_ login: String, in c: Case) -> Int {
        let mark = readMarks[login]?[c.number] ?? 0
        let summary = c.summarySeq.map { $0 > mark && c.referrers.contains(login) } ?? false
        // A case assigned to this person by someone else is new to them until they open it.
        let assigned = c.assignedSeq.map { $0 > mark && c.assignee == login && c.assignedBy != login } ?? false
        return c.messages.filter { $0.seq > mark && $0.author != login }.count + (summary ? 1 : 0) + (assigned ? 1 : 0)
    }

    /// How long a closed case waits in memory for a referrer to read its summary.
    public static let summaryAwaitedFor: TimeInterval = 90 * 24 * 3600

    /// A closed case whose summary a referrer still on the staff has not read, closed within
    /// `summaryAwaitedFor` of `now`: it stays with the open cases (the snapshot keeps it off the
    /// history shelf), since the referrer's queue shows it until it is opened.
    public func awaitsReferrer(_ c: Case, now: Date) -> Bool {
        guard c.isClosed, let seq = c.summarySeq, let closedAt = c.closedAt,
              now.timeIntervalSince(closedAt) < Self.summaryAwaitedFor else { return false }
        return c.referrers.contains { staff[$0]?.isActive == true && summaryUnread(by: $0, in: c, summarySeq: seq) }
    }

    /// Whether `login` has yet to read the summary (or outcome) written at `summarySeq`.
    func summaryUnread(by login: String, in c: Case, summarySeq seq: Int) -> Bool {
        seq > (readMarks[login]?[c.number] ?? 0)
    }

    /// Closed cases this person flagged whose summary for the referrer they have not read:
    /// the interface keeps them in the teacher's queue until opened, so the answer is seen.
    public func unreadSummaries(for person: Staff) -> [Case] {
        guard person.isActive else { return [] }
        return cases.values.filter { c in
            guard c.isClosed, let seq = c.summarySeq, c.referrers.contains(person.login) else { return false }
            return summaryUnread(by: person.login, in: c, summarySeq: seq)
        }.sorted { $0.number > $1.number }
    }
}
