import Foundation
import RujukDomain
import RujukReport
import RujukUI

/// One cell of a report table: the writers format numbers their own way (CSV with decimal
/// commas, XLSX as numbers, PDF as Indonesian text).
enum ReportCell: Equatable {
    case text(String)
    case int(Int)
    /// 0…1, shown as a percentage.
    case share(Double?)
    /// Hours, one decimal.
    case hours(Double?)
    case decimal(Double)

    /// The cell as Indonesian text (`66,7%`, `14,0`).
    var text: String {
        switch self {
        case .text(let s): s
        case .int(let n): String(n)
        case .share(let v): v.map { ReportCell.comma($0 * 100, 1) + "%" } ?? "–"
        case .hours(let v): v.map { ReportCell.comma($0, 1) } ?? "–"
        case .decimal(let v): ReportCell.comma(v, 1)
        }
    }

    var isNumber: Bool { if case .text = self { false } else { true } }

    static func comma(_ v: Double, _ places: Int) -> String {
        String(format: "%.\(places)f", v).replacingOccurrences(of: ".", with: ",")
    }
}

/// A table of the report: its number and title, column headings, rows and a total row.
struct ReportTable {
    var title: String
    var headers: [String]
    var rows: [[ReportCell]]
    var footer: [ReportCell]?
    /// Relative column widths for the PDF.
    var widths: [Double]
    /// A line under the table that says how a figure is counted.
    var note: String?
}

/// The report laid out once, in Indonesian (it is an official document), for every writer.
struct ReportDocument {
    var kop: [String]
    /// Which line of the KOP is the school's name (the authority's lines come before it).
    var kopName: Int
    var logoPNG: Data?
    var title: String
    var subtitle: [String]
    var identity: [(String, String)]
    /// Said before the tables: an empty period, names marked for the counsellor's own use.
    var notices: [String]
    var tables: [ReportTable]
    var narrative: [(String, String)]
    var place: String
    var signatures: [(role: String, name: String, nip: String)]
    /// For the XLSX chart: sessions per service type.
    var chart: [(String, Int)]
}
