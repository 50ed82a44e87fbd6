import Foundation
import Testing
import ZIPFoundation
@testable import RujukDomain
@testable import RujukRoster

/// Real-shaped Dapodik exports made here: the `;` CSV Excel saves in an Indonesian locale
/// (Windows-1252, CRLF, title rows, the two-row header), SpreadsheetML with an unescaped `&`,
/// an `.xlsx` with shared strings, and a plain class list.
@Suite struct RosterFileTests {
    static let header5 = ["No", "Nama", "NIPD", "JK", "NISN", "Tempat Lahir", "Tanggal Lahir", "Data Ayah", "", "Data Ibu", "",
                          "Rombel Saat Ini", "Jml. Saudara\nKandung"]
    static let header6 = ["", "", "", "", "", "", "", "Nama", "Pekerjaan", "Nama", "Pekerjaan", "", ""]
    static let rows = [
        ["1", "Andi Pratama", "2425001", "L", "0091234567", "Pemalang", "2011-06-19", "Budi", "Petani", "Siti & Co", "Pedagang", "Kelas 8B", "2"],
        ["2", "Éka Nurhayati", "2425002", "P", "0087654321", "Moga", "03/02/2011", "Joko", "Buruh", "Ani", "Lainnya", "VII A", "1"],
    ]
    static let titles = [["Daftar Peserta Didik"], ["SMP NEGERI 9 SUKAMAJU"], ["Kec. Moga, Kab. Pemalang"],
                         ["Tanggal Unduh: 2026-07-10 08:15:00", "", "Pengunduh: Operator"]]

    static func csvField(_ v: String) -> String {
        v.contains(";") || v.contains("\"") || v.contains("\n") ? "\"" + v.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : v
    }

    /// As Excel writes "CSV (Comma delimited)" on an Indonesian Windows.
    static var excelCSV: Data {
        let width = header5.count
        var lines = titles.map { ($0 + Array(repeating: "", count: width - $0.count)).joined(separator: ";") }
        lines.append(header5.map(csvField).joined(separator: ";"))
        lines.append(header6.joined(separator: ";"))
        lines += rows.map { $0.map(csvField).joined(separator: ";") }
        let text = lines.joined(separator: "\r\n") + "\r\n"
        return text.data(using: .windowsCP1252)!
    }

    /// Lines are the file's text lines in a CSV (the quoted line break in the header makes
    /// the first student's line 8), the sheet's rows in a workbook.
    func expectTheTwoStudents(_ result: RosterReader.Result, lines: [Int] = [7, 8]) {
        #expect(result.problems.isEmpty)
        #expect(result.entries.map(\.name) == ["Andi Pratama", "Éka Nurhayati"])
        #expect(result.entries.map(\.nisn) == ["0091234567", "0087654321"])
        #expect(result.entries.map(\.nipd) == ["2425001", "2425002"])
        #expect(result.entries.map(\.gender) == [.male, .female])
        #expect(result.entries.map(\.birthDate) == ["2011-06-19", "2011-02-03"])
        #expect(result.entries.map(\.className) == ["Kelas 8B", "VII A"])
        #expect(result.entries.map(\.line) == lines)
    }

    @Test func theCSVExcelSavesInAnIndonesianLocale() throws {
        let data = Self.excelCSV
        #expect(String(data: data, encoding: .utf8) == nil, "the fixture must really be Windows-1252")
        expectTheTwoStudents(try RosterReader.read(data), lines: [8, 9])
    }

    @Test func theSameAsUTF8WithABOM() throws {
        let text = TextDecoding.decode(Self.excelCSV)
        expectTheTwoStudents(try RosterReader.read(Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8)), lines: [8, 9])
    }

    @Test func spreadsheetMLWithAnUnescapedAmpersand() throws {
        func row(_ cells: [String]) -> String {
            "<Row>" + cells.map { $0.isEmpty ? "<Cell/>" : "<Cell><Data ss:Type=\"String\">\($0)</Data></Cell>" }.joined() + "</Row>\n"
        }
        var xml = """
        <?xml version="1.0"?>
        <Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">
        <Worksheet ss:Name="Daftar Peserta Didik"><Table>

        """
        for t in Self.titles { xml += row(t) }
        xml += row(Self.header5) + row(Self.header6)
        for r in Self.rows { xml += row(r) }
        xml += "</Table></Worksheet></Workbook>\n"
        #expect(xml.contains("Siti & Co"))
        expectTheTwoStudents(try RosterReader.read(Data(xml.utf8)))
        #expect(SpreadsheetML.sanitize("A & B < C &amp; D &#38; <Data>") == "A &amp; B &lt; C &amp; D &#38; <Data>")
    }

    /// A minimal workbook as a spreadsheet program writes it: shared strings, a numeric NISN
    /// cell stored as text, a date as an Excel serial.
    static func xlsx(_ sheetRows: [[String]], serialDateAt: (row: Int, col: Int)? = nil) throws -> Data {
        var shared: [String] = []
        func col(_ i: Int) -> String { i < 26 ? String(UnicodeScalar(UInt8(65 + i))) : "A" + String(UnicodeScalar(UInt8(65 + i - 26))) }
        var sheet = #"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#
        for (r, cells) in sheetRows.enumerated() {
            sheet += "<row r=\"\(r + 1)\">"
            for (c, v) in cells.enumerated() where !v.isEmpty {
                if let d = serialDateAt, d.row == r, d.col == c {
                    sheet += "<c r=\"\(col(c))\(r + 1)\"><v>\(v)</v></c>"
                } else {
                    shared.append(v)
                    sheet += "<c r=\"\(col(c))\(r + 1)\" t=\"s\"><v>\(shared.count - 1)</v></c>"
                }
            }
            sheet += "</row>"
        }
        sheet += "</sheetData></worksheet>"
        func esc(_ s: String) -> String { s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;") }
        let strings = #"<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#
            + shared.map { "<si><t xml:space=\"preserve\">\(esc($0))</t></si>" }.joined() + "</sst>"
        let workbook = #"<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Daftar Peserta Didik" sheetId="1" r:id="rId1"/></sheets></workbook>"#
        let rels = #"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, text) in [("xl/workbook.xml", workbook), ("xl/_rels/workbook.xml.rels", rels),
                             ("xl/worksheets/sheet1.xml", sheet), ("xl/sharedStrings.xml", strings)] {
            let bytes = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate) { pos, size in
                bytes.subdata(in: Int(pos)..<Int(pos) + size)
            }
        }
        return archive.data!
    }

    @Test func anXLSXWorkbook() throws {
        var rows = Self.titles + [Self.header5, Self.header6] + Self.rows
        rows[7][6] = "40577" // 2011-02-03 as Excel's serial number
        let data = try Self.xlsx(rows, serialDateAt: (7, 6))
        #expect(data.prefix(4) == Data([0x50, 0x4B, 0x03, 0x04]))
        expectTheTwoStudents(try RosterReader.read(data))
    }

    @Test func aPlainCommaListStillWorks() throws {
        let r = try RosterReader.read(Data("nama,nisn,kelas\nAni,0011111111,VII-A\n\"Badu, Jr\",,7B\n".utf8))
        #expect(r.entries.map(\.name) == ["Ani", "Badu, Jr"])
        #expect(r.entries.map(\.className) == ["VII-A", "7B"])
        #expect(r.entries[1].nisn == nil)
    }

    @Test func badRowsAreNamedWithTheirLineAndTheFix() throws {
        let csv = "nama;nisn;jk;tanggal lahir;kelas\r\nAni;81234508;P;2011-01-01;7A\r\nBadu;0011111111;X;2011-01-01;7A\r\n"
            + "Cici;0022222222;P;31/02/2011;7A\r\nDodi;0033333333;L;2011-01-01;Ekskul\r\nEva;0011111111.0;P;;7A\r\n"
        let r = try RosterReader.read(Data(csv.utf8))
        #expect(r.problems.map(\.line) == [2, 3, 4, 5, 6])
        #expect(r.problems[0].error.message == "NISN '81234508' has 8 digits; Excel drops leading zeros: format the column as Text and export again.")
        #expect(r.problems.map(\.error.reason.key) == [.nisnLostZeros, .badGender, .badBirthDate, .badClass, .nisnTwiceInFile])
    }

    @Test func anUnknownLayoutNamesWhatItFoundAndWhatItLookedFor() {
        #expect(throws: RosterError.noHeader(found: ["siswa", "tingkat"], lookedFor: ["Nama/name", "Rombel Saat Ini/kelas/class", "NISN", "NIPD", "JK", "Tanggal Lahir"])) {
            try RosterReader.read(Data("Siswa;Tingkat\nAni;7\n".utf8))
        }
        #expect(throws: RosterError.oldExcel) { try RosterReader.read(Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])) }
    }

    @Test(arguments: [("2011-06-19", "2011-06-19"), ("2011-06-19 00:00:00", "2011-06-19"), ("19/06/2011", "2011-06-19"),
                      ("19-06-2011", "2011-06-19"), ("40713", "2011-06-19"), ("31/02/2011", nil), ("besok", nil)])
    func birthDatesInEveryShapeExcelLeaves(raw: String, day: String?) {
        #expect(DayText.parse(raw) == day)
    }

    @Test func quotedLineBreaksAndRaggedRows() {
        let t = DelimitedText.parse("a;\"b\nc\";d\r\n1;2\r\n\r\nx")
        #expect(t.rows.map(\.cells) == [["a", "b\nc", "d"], ["1", "2"], [""], ["x"]])
        #expect(t.rows.map(\.line) == [1, 3, 4, 5])
        #expect(DelimitedText.sniff("nama,kelas\nA,7A") == ",")
        #expect(DelimitedText.sniff("nama;kelas\n\"A, B\";7A") == ";")
    }
}
