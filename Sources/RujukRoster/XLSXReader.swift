import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ZIPFoundation

/// An `.xlsx` workbook: read with ZIPFoundation, each part with a streaming XML parser. The
/// sheet named `Daftar Peserta Didik` (or the first) as text cells: shared and inline strings
/// as written, numbers as Excel stores them (a date as its serial number).
public enum XLSXReader {
    public static func read(_ data: Data, preferring names: [String] = ["Daftar Peserta Didik"]) throws(RosterError) -> Table {
        let archive: Archive
        do { archive = try Archive(data: data, accessMode: .read) } catch { throw .unreadable("xlsx", "\(error)", 0) }
        func part(_ path: String) throws(RosterError) -> Data? {
            guard let entry = archive[path] else { return nil }
            var out = Data()
            do { _ = try archive.extract(entry, skipCRC32: false) { out.append($0) } } catch {
                throw .unreadable("xlsx", "\(path): \(error)", 0)
            }
            return out
        }
        guard let workbook = try part("xl/workbook.xml") else { throw .unreadable("xlsx", "no xl/workbook.xml", 0) }
        let sheets = Elements.collect(workbook, "sheet")
        let rels = try part("xl/_rels/workbook.xml.rels").map { Elements.collect($0, "Relationship") } ?? []
        let chosen = sheets.first { names.contains($0["name"] ?? "") } ?? sheets.first
        var target = "xl/worksheets/sheet1.xml"
        if let rid = chosen?["r:id"] ?? chosen?["id"], let rel = rels.first(where: { $0["Id"] == rid }), let t = rel["Target"] {
            target = t.hasPrefix("/") ? String(t.dropFirst()) : "xl/" + t
        }
        guard let sheet = try part(target) else { throw .unreadable("xlsx", "no \(target)", 0) }
        let shared = try part("xl/sharedStrings.xml").map(SharedStrings.read) ?? []
        return SheetCells.read(sheet, shared: shared)
    }

    /// A column's number from a cell reference (`AQ7` → 43).
    static func column(_ ref: String) -> Int {
        var n = 0
        for c in ref.unicodeScalars {
            guard ("A"..."Z").contains(c) else { break }
            n = n * 26 + Int(c.value - 64)
        }
        return n
    }
}

/// The attributes of every element with a name.
private final class Elements: NSObject, XMLParserDelegate {
    let name: String
    var found: [[String: String]] = []
    init(_ name: String) { self.name = name }

    static func collect(_ data: Data, _ name: String) -> [[String: String]] {
        let p = XMLParser(data: data)
        let e = Elements(name)
        p.delegate = e
        p.parse()
        return e.found
    }

    func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        if element == name || element.hasSuffix(":" + name) { found.append(attributes) }
    }
}

/// `sharedStrings.xml`: each `si` is the concatenation of its `t` texts (rich runs included).
private final class SharedStrings: NSObject, XMLParserDelegate {
    var strings: [String] = []
    private var current = "", inT = false, inPhonetic = false

    static func read(_ data: Data) -> [String] {
        let p = XMLParser(data: data)
        let s = SharedStrings()
        p.delegate = s
        p.parse()
        return s.strings
    }

    func parser(_ parser: XMLParser, didStartElement e: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        switch e {
        case "si": current = ""
        case "t": inT = true
        case "rPh": inPhonetic = true
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { if inT && !inPhonetic { current += string } }

    func parser(_ parser: XMLParser, didEndElement e: String, namespaceURI: String?, qualifiedName: String?) {
        switch e {
        case "si": strings.append(current)
        case "t": inT = false
        case "rPh": inPhonetic = false
        default: break
        }
    }
}

/// A worksheet's cells, streamed: `row r=`, `c r= t=`, `v`, `is/t`.
private final class SheetCells: NSObject, XMLParserDelegate {
    let shared: [String]
    var rows: [Table.Row] = []
    private var row: [String] = [], rowNumber = 0, column = 0, type = "", text = "", inValue = false

    init(shared: [String]) { self.shared = shared }

    static func read(_ data: Data, shared: [String]) -> Table {
        let p = XMLParser(data: data)
        let s = SheetCells(shared: shared)
        p.delegate = s
        p.parse()
        return Table(rows: s.rows)
    }

    func parser(_ parser: XMLParser, didStartElement e: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        switch e {
        case "row":
            rowNumber = attributes["r"].flatMap { Int($0) } ?? rowNumber + 1
            row = []
            column = 0
        case "c":
            column = attributes["r"].map(XLSXReader.column) ?? column + 1
            type = attributes["t"] ?? "n"
            text = ""
        case "v", "t":
            inValue = true
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { if inValue { text += string } }

    func parser(_ parser: XMLParser, didEndElement e: String, namespaceURI: String?, qualifiedName: String?) {
        switch e {
        case "v", "t": inValue = false
        case "c":
            var value = text
            if type == "s", let i = Int(text), shared.indices.contains(i) { value = shared[i] }
            if type == "b" { value = text == "1" ? "TRUE" : "FALSE" }
            while row.count < column - 1 { row.append("") }
            if column >= 1 { row.append(value) }
        case "row":
            rows.append(Table.Row(line: rowNumber, cells: row))
        default: break
        }
    }
}
