import CXlsxWriter
import Foundation
import RujukUI

/// The report as an XLSX workbook through libxlsxwriter: one sheet with the tables formatted
/// (borders, header fill, numbers as numbers, shares as percentages), and a native bar chart
/// of Tabel 1's sessions per service type.
enum XLSXReport {
    static func write(_ d: ReportDocument, to path: String) throws {
        guard let wb = workbook_new(path) else { throw POSIXError(.EIO) }
        let ws = workbook_add_worksheet(wb, "Laporan")
        func format(_ set: (UnsafeMutablePointer<lxw_format>) -> Void) -> UnsafeMutablePointer<lxw_format> {
            let f = workbook_add_format(wb)!
            set(f)
            return f
        }
        let title = format { format_set_bold($0); format_set_font_size($0, 13) }
        let bold = format { format_set_bold($0) }
        let italic = format { format_set_italic($0); format_set_font_size($0, 9) }
        let head = format {
            format_set_bold($0); format_set_border($0, UInt8(LXW_BORDER_THIN.rawValue)); format_set_bg_color($0, 0xDCE6F1)
            format_set_text_wrap($0); format_set_align($0, UInt8(LXW_ALIGN_CENTER.rawValue)); format_set_align($0, UInt8(LXW_ALIGN_VERTICAL_CENTER.rawValue))
        }
        let cell = format { format_set_border($0, UInt8(LXW_BORDER_THIN.rawValue)); format_set_text_wrap($0); format_set_align($0, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue)) }
        let number = format { format_set_border($0, UInt8(LXW_BORDER_THIN.rawValue)); format_set_num_format($0, "0") }
        let decimal = format { format_set_border($0, UInt8(LXW_BORDER_THIN.rawValue)); format_set_num_format($0, "0.0") }
        let percent = format { format_set_border($0, UInt8(LXW_BORDER_THIN.rawValue)); format_set_num_format($0, "0.0%") }

        worksheet_set_column(ws, 0, 0, 6, nil)
        worksheet_set_column(ws, 1, 2, 30, nil)
        worksheet_set_column(ws, 3, 13, 12, nil)
        var r: UInt32 = 0
        func text(_ s: String, _ f: UnsafeMutablePointer<lxw_format>?, col: UInt16 = 0) {
            worksheet_write_string(ws, r, col, s, f)
        }
        for line in d.kop { text(line, bold); r += 1 }
        text(d.title, title); r += 1
        for line in d.subtitle { text(line, nil); r += 1 }
        for (label, value) in d.identity { text(label, bold); text(value, nil, col: 2); r += 1 }
        for n in d.notices { text(n, italic); r += 1 }
        var chartRange: (first: UInt32, last: UInt32)?
        for t in d.tables {
            r += 1
            text(t.title, bold); r += 1
            for (c, h) in t.headers.enumerated() { worksheet_write_string(ws, r, UInt16(c), h, head) }
            worksheet_set_row(ws, r, 30, nil)
            r += 1
            let first = r
            for row in t.rows + (t.footer.map { [$0] } ?? []) {
                for (c, v) in row.enumerated() {
                    let col = UInt16(c)
                    switch v {
                    case .text(let s): worksheet_write_string(ws, r, col, s, cell)
                    case .int(let n): worksheet_write_number(ws, r, col, Double(n), number)
                    case .share(let s): if let s { worksheet_write_number(ws, r, col, s, percent) } else { worksheet_write_string(ws, r, col, "–", cell) }
                    case .hours(let h): if let h { worksheet_write_number(ws, r, col, h, decimal) } else { worksheet_write_string(ws, r, col, "–", cell) }
                    case .decimal(let x): worksheet_write_number(ws, r, col, x, decimal)
                    }
                }
                r += 1
            }
            if t.title.hasPrefix("Tabel 1.") { chartRange = (first, first + UInt32(t.rows.count) - 1) }
            if let note = t.note { text(note, italic); r += 1 }
        }
        for (heading, body) in d.narrative {
            r += 1
            text(heading, bold); r += 1
            text(body, nil); r += 1
        }
        r += 1
        for line in 0..<2 {
            for (i, s) in d.signatures.enumerated() {
                let parts = s.role.split(separator: "\n").map(String.init)
                if parts.indices.contains(line) { text(parts[line], nil, col: UInt16(i * 5 + 1)) }
            }
            r += 1
        }
        r += 3
        for (i, s) in d.signatures.enumerated() { text(s.name, bold, col: UInt16(i * 5 + 1)) }
        r += 1
        for (i, s) in d.signatures.enumerated() { text("NIP. " + (s.nip.isEmpty ? "–" : s.nip), nil, col: UInt16(i * 5 + 1)) }

        if let range = chartRange, let chart = workbook_add_chart(wb, UInt8(LXW_CHART_BAR.rawValue)) {
            // Rows are 1-based in a formula.
            let series = chart_add_series(chart, "=Laporan!$C$\(range.first + 1):$C$\(range.last + 1)",
                                          "=Laporan!$E$\(range.first + 1):$E$\(range.last + 1)")
            chart_series_set_name(series, "Frekuensi (kali)")
            chart_title_set_name(chart, "Frekuensi layanan per jenis")
            chart_legend_set_position(chart, UInt8(LXW_CHART_LEGEND_NONE.rawValue))
            var options = lxw_chart_options()
            options.x_scale = 1.6
            options.y_scale = 2.0
            worksheet_insert_chart_opt(ws, 2, 11, chart, &options)
        }
        let status = workbook_close(wb)
        if status != LXW_NO_ERROR { throw POSIXError(.EIO) }
    }
}
