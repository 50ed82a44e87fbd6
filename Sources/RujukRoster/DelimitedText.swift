import Foundation

/// CSV as Excel writes it: `;` (an Indonesian list separator), `,` or tab, fields quoted only
/// when they hold the separator, a quote or a line break, CRLF or LF, ragged rows.
public enum DelimitedText {
    /// The separator that splits the first lines into the most fields, outside quotes.
    public static func sniff(_ text: String) -> Character {
        var counts: [Character: Int] = [";": 0, ",": 0, "\t": 0]
        var quoted = false, lines = 0
        for c in text {
            if c == "\"" { quoted.toggle() }
            else if !quoted, counts[c] != nil { counts[c]! += 1 }
            else if !quoted, c == "\n" { lines += 1; if lines >= 40 { break } }
        }
        // Ties go to `;`, then `,`.
        return [";", ",", "\t"].max { (counts[$0] ?? 0) < (counts[$1] ?? 0) } ?? ";"
    }

    /// Rows with the line each starts on (a quoted line break continues the row).
    public static func parse(_ text: String, separator: Character? = nil) -> Table {
        let sep = separator ?? sniff(text)
        var rows: [Table.Row] = []
        var cells: [String] = [], field = "", quoted = false, atFieldStart = true
        var line = 1, rowLine = 1
        func endField() { cells.append(field); field = ""; atFieldStart = true }
        func endRow() {
            endField()
            rows.append(Table.Row(line: rowLine, cells: cells))
            cells = []
        }
        var it = Array(text.unicodeScalars.map(Character.init))[...]
        // Work on scalars so that CRLF is two characters, not one grapheme.
        while let c = it.popFirst() {
            if quoted {
                if c == "\"" {
                    if it.first == "\"" { field.append("\""); it.removeFirst() } else { quoted = false }
                } else {
                    if c == "\n" { line += 1 }
                    if c == "\r", it.first == "\n" { continue }
                    field.append(c)
                }
                continue
            }
            switch c {
            case "\"" where atFieldStart: quoted = true; atFieldStart = false
            case sep: endField()
            case "\r": if it.first == "\n" { it.removeFirst() }; endRow(); line += 1; rowLine = line
            case "\n": endRow(); line += 1; rowLine = line
            default: field.append(c); atFieldStart = false
            }
        }
        if !field.isEmpty || !cells.isEmpty { endRow() }
        return Table(rows: rows)
    }
}
