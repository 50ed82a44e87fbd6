import Foundation
import RujukDomain

/// Why a roster file cannot be read at all; the command line words it in each language.
public enum RosterError: Error, Sendable, Equatable {
    /// An old binary `.xls` (BIFF): save it again as `.xlsx` or CSV.
    case oldExcel
    /// The container is broken: kind, detail, line (0 when unknown).
    case unreadable(String, String, Int)
    /// No header row with a name and a class column: the cells of the likeliest row, and what was looked for.
    case noHeader(found: [String], lookedFor: [String])
    /// The header has two columns that could be the same field.
    case ambiguous(field: String, columns: [String])
}

/// A row that cannot be imported, with its line and why (a sentence that says what to do).
public struct RowProblem: Sendable, Equatable {
    public var line: Int
    public var error: DomainError

    public init(line: Int, error: DomainError) {
        self.line = line
        self.error = error
    }
}
