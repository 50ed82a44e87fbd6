import Foundation
import RujukDomain
import RujukReport

/// One cell of a report table: the writers format numbers their own way (CSV with decimal
/// commas, XLSX as numbers, PDF as Indonesian text).
public enum ReportCell: Equatable {
    case text(String)
    case int(Int)
    /// 0…1, shown as a percentage.
    case share(Double?)
    /// Hours, one decimal.
    case hours(Double?)
    case decimal(Double)

    /// The cell as Indonesian text (`66,7%`, `14,0`).
    public var text: String {
        switch self {
        case .text(let s): s
        case .int(let n): String(n)
        case .share(let v): v.map { ReportCell.comma($0 * 100, 1) + "%" } ?? "–"
        case .hours(let v): v.map { ReportCell.comma($0, 1) } ?? "–"
        case .decimal(let v): ReportCell.comma(v, 1)
        }
    }

    public var isNumber: Bool { if case .text = self { false } else { true } }

    public static func comma(_ v: Double, _ places: Int) -> String {
        String(format: "%.\(places)f", v).replacingOccurrences(of: ".", with: ",")
    }
}

extension ReportCell {
    var cleanedForFiles: ReportCell {
        if case .text(let s) = self { return .text(FileText.clean(s)) }
        return self
    }
}

/// A text as a report file carries it: control characters become U+FFFD (a line break stays,
/// for a narrative's paragraphs), direction overrides and isolates are left out, so what is
/// printed reads in the order it was written.
public enum FileText {
    public static func clean(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A: out.append(scalar)
            case 0x09: out.append(" ")
            case 0x00...0x1F, 0x7F, 0x80...0x9F: out.append("\u{FFFD}")
            case 0x200B, 0x2060, 0xFEFF: continue
            case let v where Sanitizer.isDirectionControl(v): continue
            default: out.append(scalar)
            }
        }
        return String(out)
    }
}

/// A table of the report: its number and title, column headings, rows and a total row.
public struct ReportTable {
    public var title: String
    public var headers: [String]
    public var rows: [[ReportCell]]
    public var footer: [ReportCell]?
    /// Relative column widths for the PDF.
    public var widths: [Double]
    /// A line under the table that says how a figure is counted.
    public var note: String?
}

/// The report laid out once, in Indonesian (it is an official document), for every writer.
public struct ReportDocument {
    public var kop: [String]
    /// Which line of the KOP is the school's name (the authority's lines come before it).
    public var kopName: Int
    public var logoPNG: Data?
    public var title: String
    public var subtitle: [String]
    public var identity: [(String, String)]
    /// Said before the tables: an empty period, names marked for the counsellor's own use.
    public var notices: [String]
    public var tables: [ReportTable]
    public var narrative: [(String, String)]
    public var place: String
    public var signatures: [(role: String, name: String, nip: String)]
    /// For the XLSX chart: sessions per service type.
    public var chart: [(String, Int)]
}
