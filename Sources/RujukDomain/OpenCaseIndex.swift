/// Each student's open cases, kept by the fold, so that flagging a student (and checking a
/// flag against "one open case a student") looks at that student's cases, not at every case of
/// every year kept in memory. It covers `cases` while it has seen as many cases as there are;
/// a school filled without the fold is indexed again on its next fold, and looked through
/// case by case until then.
struct OpenCaseIndex: Sendable {
    private(set) var byStudent: [String: [Int]] = [:]
    /// How many cases the index has seen, open or closed.
    private(set) var covered = 0

    init() {}

    init(_ cases: [Int: Case]) {
        for (number, c) in cases where !c.isClosed { byStudent[c.studentID, default: []].append(number) }
        covered = cases.count
    }

    /// After the fold changed case `c` (`isNew`: it was just opened).
    mutating func update(_ c: Case, isNew: Bool) {
        if isNew { covered += 1 }
        var numbers = byStudent[c.studentID] ?? []
        numbers.removeAll { $0 == c.number }
        if !c.isClosed { numbers.append(c.number) }
        byStudent[c.studentID] = numbers.isEmpty ? nil : numbers
    }
}

extension OpenCaseIndex: Equatable {
    /// Derived from `cases`, so never a difference between two schools.
    static func == (_: OpenCaseIndex, _: OpenCaseIndex) -> Bool { true }
}

extension School {
    /// Makes the index cover every case again when `cases` was filled without the fold.
    public mutating func indexOpenCasesIfNeeded() {
        if openCaseIndex.covered != cases.count { openCaseIndex = OpenCaseIndex(cases) }
    }

    /// Builds the index anew, for cases replaced wholesale (a session taking in what changed).
    public mutating func reindexOpenCases() { openCaseIndex = OpenCaseIndex(cases) }

    /// The open case of a student, if there is one (the lowest number, should there be two).
    public func openCase(ofStudent id: String) -> Case? {
        guard openCaseIndex.covered == cases.count else {
            return cases.values.filter { $0.studentID == id && !$0.isClosed }.min { $0.number < $1.number }
        }
        return (openCaseIndex.byStudent[id] ?? []).compactMap { cases[$0] }.filter { !$0.isClosed }.min { $0.number < $1.number }
    }
}
