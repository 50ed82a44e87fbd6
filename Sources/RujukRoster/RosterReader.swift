import Foundation
import RujukDomain

/// Reads a student roster file of any kind a school has: the Dapodik export (`.xlsx`,
/// SpreadsheetML `.xls`, or the CSV Excel saves from it) or a plain class list.
public enum RosterReader {
    public struct Result: Sendable, Equatable {
        public var entries: [RosterEntry]
        public var problems: [RowProblem]
        /// The columns used, by field, as the file names them (for `--dry-run`).
        public var columns: [String: String]
    }

    /// The sheet in a file, whatever its container (decided by the content, not the name).
    public static func table(_ data: Data) throws(RosterError) -> Table {
        let bytes = [UInt8](data.prefix(8))
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return try XLSXReader.read(data) }
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) { throw .oldExcel }
        let head = TextDecoding.decode(data.prefix(4096))
        if SpreadsheetML.isSpreadsheetML(head.trimmingCharacters(in: .whitespacesAndNewlines)) { return try SpreadsheetML.read(data) }
        return DelimitedText.parse(TextDecoding.decode(data))
    }

    public static func read(_ data: Data) throws(RosterError) -> Result {
        try entries(try table(data))
    }

    /// Header names by field, after normalising (lower case, spaces collapsed, trailing `:` dropped).
    static let fields: [(field: String, names: [String])] = [
        ("name", ["nama", "name", "nama siswa", "nama lengkap", "nama peserta didik", "nama pd"]),
        ("class", ["rombel saat ini", "rombel", "kelas", "class", "rombongan belajar", "kelas saat ini"]),
        ("nisn", ["nisn"]),
        ("nipd", ["nipd", "nis", "no induk", "nomor induk"]),
        ("gender", ["jk", "l/p", "jenis kelamin", "gender", "sex"]),
        ("birthDate", ["tanggal lahir", "tgl lahir", "tgl. lahir", "birth date", "date of birth"]),
    ]

    static func normalise(_ cell: String) -> String {
        var s = cell.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        while s.hasSuffix(":") { s.removeLast() }
        return s.trimmingCharacters(in: .whitespaces)
    }

    public static func entries(_ table: Table) throws(RosterError) -> Result {
        // The header: the first of the first 30 rows with a name and a class column.
        var headerIndex: Int?
        var best: [String] = []
        for (i, row) in table.rows.prefix(30).enumerated() {
            let names = Set(row.cells.map(normalise))
            let hasName = fields[0].names.contains { names.contains($0) }
            let hasClass = fields[1].names.contains { names.contains($0) }
            if hasName && hasClass { headerIndex = i; break }
            let filled = row.cells.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            if filled.count > best.count { best = filled }
        }
        guard let h = headerIndex else {
            throw .noHeader(found: best.map { normalise($0) }, lookedFor: ["Nama/name", "Rombel Saat Ini/kelas/class", "NISN", "NIPD", "JK", "Tanggal Lahir"])
        }
        let header = table.rows[h].cells.map(normalise)
        var index: [String: Int] = [:], used: [String: String] = [:]
        for (field, names) in fields {
            // The first name in the list that the header has; within it, the leftmost column
            // (the parents' `Nama` sub-columns sit in the row below, not in this one).
            for name in names {
                let hits = header.indices.filter { header[$0] == name }
                if let first = hits.first { index[field] = first; used[field] = table.rows[h].cells[first]; break }
            }
        }
        for (field, names) in fields.dropFirst(2) {
            let hits = header.indices.filter { names.contains(header[$0]) && header[$0] == header[index[field] ?? 0] }
            if hits.count > 1 {
                throw .ambiguous(field: field, columns: hits.map { "\(XLSXColumn.name($0 + 1)) (\(table.rows[h].cells[$0]))" })
            }
        }
        var start = h + 1
        // A two-row header: the next row has an empty first cell and some filled ones (Dapodik's parents' columns).
        if start < table.rows.count, let next = table.rows[start].cells.first, next.trimmingCharacters(in: .whitespaces).isEmpty,
           table.rows[start].cells.contains(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }),
           let ni = index["name"], (table.rows[start].cells.indices.contains(ni) ? table.rows[start].cells[ni] : "").isEmpty {
            start += 1
        }
        var entries: [RosterEntry] = [], problems: [RowProblem] = []
        var seenNISN: [String: Int] = [:], seenNIPD: [String: Int] = [:]
        for row in table.rows.dropFirst(start) {
            func cell(_ field: String) -> String? {
                guard let i = index[field], i < row.cells.count else { return nil }
                let v = row.cells[i].trimmingCharacters(in: .whitespacesAndNewlines)
                return v.isEmpty ? nil : v
            }
            // Data rows are those with a name; blank and footer rows are skipped.
            guard let name = cell("name") else { continue }
            func problem(_ e: DomainError) { problems.append(RowProblem(line: row.line, error: e)) }
            let nisn = cell("nisn").map(Identifier.clean)
            if let n = nisn {
                do { try Validation.nisn(n) } catch { problem(error); continue }
                if let other = seenNISN[n] { problem(DomainError(.invalid, .nisnTwiceInFile(n, "\(other)"))); continue }
                seenNISN[n] = row.line
            }
            let nipd = cell("nipd").map(Identifier.clean)
            if let n = nipd {
                if let other = seenNIPD[n] { problem(DomainError(.invalid, .nipdTwiceInFile(n, "\(other)"))); continue }
                seenNIPD[n] = row.line
            }
            var gender: Gender?
            if let jk = cell("gender") {
                switch jk.uppercased() {
                case "L", "LAKI-LAKI", "LAKI LAKI", "M": gender = .male
                case "P", "PEREMPUAN", "F": gender = .female
                default: problem(DomainError(.invalid, .badGender(jk))); continue
                }
            }
            var birth: String?
            if let raw = cell("birthDate") {
                guard let day = DayText.parse(raw) else { problem(DomainError(.invalid, .badBirthDate(raw))); continue }
                birth = day
            }
            guard let className = cell("class").map({ $0.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ") }) else {
                problem(DomainError(.invalid, .emptyClass(name))); continue
            }
            do { try Validation.className(className) } catch { problem(error); continue }
            entries.append(RosterEntry(line: row.line, name: name.split(whereSeparator: { $0.isWhitespace }).joined(separator: " "),
                                       nisn: nisn, nipd: nipd, gender: gender, birthDate: birth, className: className))
        }
        return Result(entries: entries, problems: problems, columns: used)
    }
}

/// Identifiers kept as text: a `.0` that a tool added is dropped, spaces and an apostrophe
/// (Excel's "text" mark) removed.
enum Identifier {
    static func clean(_ raw: String) -> String {
        var s = raw.trimmingCharacters(in: .whitespaces)
        if s.hasPrefix("'") { s.removeFirst() }
        if s.hasSuffix(".0"), s.dropLast(2).allSatisfy(\.isNumber) { s.removeLast(2) }
        return s.replacingOccurrences(of: " ", with: "")
    }

}

enum XLSXColumn {
    static func name(_ n: Int) -> String {
        var n = n, s = ""
        while n > 0 { let r = (n - 1) % 26; s = String(UnicodeScalar(UInt8(65 + r))) + s; n = (n - 1) / 26 }
        return s
    }
}

/// Birth dates as they arrive: `YYYY-MM-DD` (the export), with a time, `dd/mm/yyyy` or
/// `dd-mm-yyyy` (Excel in an Indonesian locale), or an Excel serial number.
public enum DayText {
    public static func parse(_ raw: String) -> String? {
        let s = raw.trimmingCharacters(in: .whitespaces)
        func day(_ y: Int, _ m: Int, _ d: Int) -> String? {
            let text = String(format: "%04d-%02d-%02d", y, m, d)
            guard (1900...2100).contains(y), let date = ISODate.parse(text),
                  ISODate.format(date).hasPrefix(text) else { return nil }
            return text
        }
        let iso = s.prefix(10)
        if iso.count == 10, iso.dropFirst(4).first == "-", let y = Int(iso.prefix(4)), let m = Int(iso.dropFirst(5).prefix(2)),
           let d = Int(iso.dropFirst(8)) {
            return day(y, m, d)
        }
        let parts = s.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "." })
        if parts.count == 3, let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]), parts[2].count == 4 {
            return day(y, m, d)
        }
        // An Excel serial: days since 1899-12-30.
        if let serial = Double(s.replacingOccurrences(of: ",", with: ".")), (1...80_000).contains(serial) {
            let date = Date(timeIntervalSince1970: (serial.rounded(.down) - 25_569) * 86_400)
            return String(ISODate.format(date).prefix(10))
        }
        return nil
    }
}
