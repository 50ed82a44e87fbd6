import Foundation

/// One student as a roster file lists them, already read and checked cell by cell.
public struct RosterEntry: Sendable, Equatable {
    /// The line (CSV) or row (spreadsheet) it came from, for messages.
    public var line: Int
    public var name: String
    public var nisn: String?
    public var nipd: String?
    public var gender: Gender?
    /// `YYYY-MM-DD`.
    public var birthDate: String?
    public var className: String

    public init(line: Int, name: String, nisn: String? = nil, nipd: String? = nil, gender: Gender? = nil,
                birthDate: String? = nil, className: String) {
        self.line = line
        self.name = name
        self.nisn = nisn
        self.nipd = nipd
        self.gender = gender
        self.birthDate = birthDate
        self.className = className
    }
}
