import Foundation

/// A sheet read from a file: rows of text cells, each row with the line (or Excel row) it came from.
public struct Table: Sendable, Equatable {
    public struct Row: Sendable, Equatable {
        public var line: Int
        public var cells: [String]
        public init(line: Int, cells: [String]) {
            self.line = line
            self.cells = cells
        }
    }
    public var rows: [Row]
    public init(rows: [Row]) { self.rows = rows }
}
