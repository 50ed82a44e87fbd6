import Foundation
import RujukUI

/// The report as CSV the way Excel in an Indonesian locale reads it: `;` between fields,
/// decimal commas, a UTF-8 byte-order mark, CRLF line ends. Tables follow one another, each
/// under its title, separated by an empty line.
enum CSVReport {
    static func bytes(_ d: ReportDocument) -> Data {
        var lines: [[String]] = []
        lines += d.kop.map { [$0] }
        lines.append([d.title])
        lines += d.subtitle.map { [$0] }
        lines += d.identity.map { [$0.0, $0.1] }
        lines += d.notices.map { [$0] }
        for t in d.tables {
            lines.append([])
            lines.append([t.title])
            lines.append(t.headers)
            lines += t.rows.map { $0.map(\.text) }
            if let footer = t.footer { lines.append(footer.map(\.text)) }
            if let note = t.note { lines.append([note]) }
        }
        for (heading, text) in d.narrative {
            lines.append([])
            lines.append([heading])
            lines.append([text])
        }
        let body = lines.map { $0.map(field).joined(separator: ";") }.joined(separator: "\r\n") + "\r\n"
        return Data([0xEF, 0xBB, 0xBF]) + Data(body.utf8)
    }

    static func field(_ s: String) -> String {
        guard s.contains(where: { $0 == ";" || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
