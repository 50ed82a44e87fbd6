import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The XML spreadsheet (`.xls` that is really SpreadsheetML 2003) some Dapodik versions give:
/// cells may hold an unescaped `&` or `<`, which is repaired before parsing.
public enum SpreadsheetML {
    public static func isSpreadsheetML(_ head: String) -> Bool {
        head.contains("urn:schemas-microsoft-com:office:spreadsheet") || head.hasPrefix("<?xml") && head.contains("<Workbook")
    }

    /// Escapes a `&` that starts no entity and a `<` that starts no tag.
    public static func sanitize(_ xml: String) -> String {
        var out = ""
        out.reserveCapacity(xml.utf8.count)
        let chars = Array(xml)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "&" {
                var j = i + 1
                while j < chars.count, j - i <= 10, chars[j].isLetter || chars[j].isNumber || chars[j] == "#" { j += 1 }
                out += (j < chars.count && chars[j] == ";" && j > i + 1) ? "&" : "&amp;"
            } else if c == "<" {
                let next = i + 1 < chars.count ? chars[i + 1] : " "
                out += (next.isLetter || next == "/" || next == "!" || next == "?") ? "<" : "&lt;"
            } else {
                out.append(c)
            }
            i += 1
        }
        return out
    }

    public static func read(_ data: Data) throws(RosterError) -> Table {
        let xml = sanitize(TextDecoding.decode(data))
        let parser = XMLParser(data: Data(xml.utf8))
        let sheet = Collector()
        parser.delegate = sheet
        guard parser.parse() else {
            throw .unreadable("SpreadsheetML", parser.parserError.map { "\($0.localizedDescription)" } ?? "?", parser.lineNumber)
        }
        return Table(rows: sheet.rows.filter { !$0.cells.isEmpty })
    }

    /// Reads the first worksheet: `Row` (with `ss:Index`), `Cell` (with `ss:Index`), `Data`.
    private final class Collector: NSObject, XMLParserDelegate {
        var rows: [Table.Row] = []
        private var sheets = 0
        private var inData = false
        private var text = ""
        private var row: [String] = []
        private var rowNumber = 0
        private var column = 0
        private var cellIndex = 0

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            let local = name.split(separator: ":").last.map(String.init) ?? name
            func index() -> Int? { (attributes["ss:Index"] ?? attributes["Index"]).flatMap { Int($0) } }
            switch local {
            case "Worksheet": sheets += 1
            case "Row" where sheets == 1:
                rowNumber = index() ?? rowNumber + 1
                row = []
                column = 0
            case "Cell" where sheets == 1:
                column = index() ?? column + 1
                cellIndex = column
                let across = (attributes["ss:MergeAcross"] ?? attributes["MergeAcross"]).flatMap { Int($0) } ?? 0
                while row.count < column - 1 { row.append("") }
                column += across
            case "Data" where sheets == 1:
                inData = true
                text = ""
            default: break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { if inData { text += string } }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            let local = name.split(separator: ":").last.map(String.init) ?? name
            guard sheets == 1 else { return }
            switch local {
            case "Data":
                inData = false
                while row.count < cellIndex - 1 { row.append("") }
                if row.count == cellIndex - 1 { row.append(text) } else { row[cellIndex - 1] = text }
            case "Row":
                rows.append(Table.Row(line: rowNumber, cells: row))
            default: break
            }
        }
    }
}
