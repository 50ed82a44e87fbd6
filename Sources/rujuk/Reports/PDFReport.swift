import CPango
import Foundation
import RujukUI

/// The report as an A4 PDF, typeset by pango on a cairo PDF surface (fonts found by fontconfig,
/// embedded by cairo): KOP, title, identity, Tabel 1–6, narrative, signatures, page numbers.
enum PDFReport {
    static func write(_ d: ReportDocument, to path: String) throws {
        let page = PDFPage(path: path)
        guard let surface = page.surface, cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else { throw POSIXError(.EIO) }
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, d.title)
        page.kop(d)
        page.gap(6)
        page.paragraph(d.title, size: 11, bold: true, align: PANGO_ALIGN_CENTER)
        for line in d.subtitle { page.paragraph(line, size: 9.5, align: PANGO_ALIGN_CENTER) }
        page.gap(8)
        for (label, value) in d.identity { page.pair(label, value) }
        for notice in d.notices {
            page.gap(4)
            page.paragraph(notice, size: 9, italic: true)
        }
        for table in d.tables {
            page.gap(10)
            page.table(table)
        }
        if !d.narrative.isEmpty {
            page.gap(10)
            for (heading, text) in d.narrative {
                page.keep(40)
                page.paragraph(heading, size: 9.5, bold: true)
                page.paragraph(text, size: 9)
                page.gap(4)
            }
        }
        page.gap(14)
        page.signatures(d)
        page.finish()
        cairo_surface_finish(surface)
        let status = cairo_surface_status(surface)
        cairo_surface_destroy(surface)
        if status != CAIRO_STATUS_SUCCESS { throw POSIXError(.EIO) }
    }
}

/// A cursor down A4 pages: text blocks and tables flow, a table's head repeats on a new page.
final class PDFPage {
    static let width = 595.276, height = 841.89
    let left = 42.0, right = 42.0, top = 40.0, bottom = 52.0
    var contentWidth: Double { Self.width - left - right }
    let surface: OpaquePointer?
    let cr: OpaquePointer?
    var y: Double
    var number = 1

    init(path: String) {
        surface = cairo_pdf_surface_create(path, Self.width, Self.height)
        cr = cairo_create(surface)
        y = top
    }

    /// A pango layout of text at a width; the caller draws or measures it, then releases it.
    func layout(_ text: String, size: Double, width: Double, bold: Bool = false, italic: Bool = false,
                align: PangoAlignment = PANGO_ALIGN_LEFT) -> OpaquePointer {
        let l = pango_cairo_create_layout(cr)!
        let desc = pango_font_description_from_string("DejaVu Sans " + (bold ? "Bold " : "") + (italic ? "Italic " : "") + String(size))
        pango_layout_set_font_description(l, desc)
        pango_font_description_free(desc)
        pango_layout_set_width(l, Int32(width * Double(PANGO_SCALE)))
        pango_layout_set_wrap(l, PANGO_WRAP_WORD_CHAR)
        pango_layout_set_alignment(l, align)
        pango_layout_set_text(l, text, -1)
        return l
    }

    func height(of l: OpaquePointer) -> Double {
        var w: Int32 = 0, h: Int32 = 0
        pango_layout_get_size(l, &w, &h)
        return Double(h) / Double(PANGO_SCALE)
    }

    func draw(_ l: OpaquePointer, x: Double, y: Double) {
        cairo_move_to(cr, x, y)
        pango_cairo_show_layout(cr, l)
    }

    func release(_ l: OpaquePointer) { g_object_unref(UnsafeMutableRawPointer(l)) }

    func gap(_ h: Double) { y += h }

    /// Starts a new page unless `h` points still fit on this one.
    func keep(_ h: Double) {
        if y + h > Self.height - bottom { newPage() }
    }

    func newPage() {
        footer()
        cairo_show_page(cr)
        number += 1
        y = top
    }

    func footer() {
        let l = layout("Halaman \(number)", size: 8, width: contentWidth, align: PANGO_ALIGN_CENTER)
        cairo_set_source_rgb(cr, 0.3, 0.3, 0.3)
        draw(l, x: left, y: Self.height - bottom + 18)
        cairo_set_source_rgb(cr, 0, 0, 0)
        release(l)
    }

    func finish() { footer(); cairo_show_page(cr); cairo_destroy(cr) }

    func paragraph(_ text: String, size: Double, bold: Bool = false, italic: Bool = false, align: PangoAlignment = PANGO_ALIGN_LEFT,
                   x: Double? = nil, width: Double? = nil) {
        let l = layout(text, size: size, width: width ?? contentWidth, bold: bold, italic: italic, align: align)
        let h = height(of: l)
        keep(h)
        draw(l, x: x ?? left, y: y)
        y += h + 1.5
        release(l)
    }

    func pair(_ label: String, _ value: String) {
        let a = layout(label, size: 9, width: 120), b = layout(": " + value, size: 9, width: contentWidth - 120)
        let h = max(height(of: a), height(of: b))
        keep(h)
        draw(a, x: left, y: y)
        draw(b, x: left + 120, y: y)
        y += h + 1
        release(a)
        release(b)
    }

    /// The letterhead: logo at the left, the lines centred, a double rule under them.
    func kop(_ d: ReportDocument) {
        let start = y
        var logoHeight = 0.0
        if let png = d.logoPNG {
            let temp = NSTemporaryDirectory() + "rujuk-logo-\(getpid()).png"
            if FileManager.default.createFile(atPath: temp, contents: png), let image = cairo_image_surface_create_from_png(temp),
               cairo_surface_status(image) == CAIRO_STATUS_SUCCESS {
                let w = Double(cairo_image_surface_get_width(image)), h = Double(cairo_image_surface_get_height(image))
                let scale = 56 / max(w, h, 1)
                cairo_save(cr)
                cairo_translate(cr, left, y)
                cairo_scale(cr, scale, scale)
                cairo_set_source_surface(cr, image, 0, 0)
                cairo_paint(cr)
                cairo_restore(cr)
                cairo_surface_destroy(image)
                logoHeight = h * scale
            }
            unlink(temp)
        }
        for (i, line) in d.kop.enumerated() {
            let isName = i == d.kopName
            paragraph(line, size: isName ? 13 : 9, bold: i <= d.kopName, align: PANGO_ALIGN_CENTER, x: left + 60, width: contentWidth - 120)
        }
        y = max(y, start + logoHeight) + 3
        cairo_set_line_width(cr, 1.6)
        cairo_move_to(cr, left, y); cairo_line_to(cr, left + contentWidth, y); cairo_stroke(cr)
        cairo_set_line_width(cr, 0.5)
        cairo_move_to(cr, left, y + 2.5); cairo_line_to(cr, left + contentWidth, y + 2.5); cairo_stroke(cr)
        y += 6
    }

    func table(_ t: ReportTable) {
        // A table whose longest words do not fit side by side is set a little smaller first.
        var size = t.headers.count > 9 ? 6.5 : 7.5
        while size > 5.5, neededWidths(t, size: size).reduce(0, +) > contentWidth { size -= 0.5 }
        let widths = columnWidths(t, size: size)
        keep(60)
        paragraph(t.title, size: 9, bold: true)
        y += 2
        row(t.headers.map(ReportCell.text), widths, size: size, header: true)
        for r in t.rows {
            if row(r, widths, size: size, header: false, dryRun: true) + y > Self.height - bottom {
                newPage()
                row(t.headers.map(ReportCell.text), widths, size: size, header: true)
            }
            row(r, widths, size: size, header: false)
        }
        if let footer = t.footer { row(footer, widths, size: size, header: true) }
        if let note = t.note {
            y += 2
            paragraph(note, size: 7, italic: true)
        }
    }

    /// The table's relative widths on the page, widened where a column is narrower than its
    /// longest word (the room taken from columns that have some to spare): Indonesian words are
    /// long, and pango would otherwise break "Frekuensi" as "Frekue-nsi".
    func columnWidths(_ t: ReportTable, size: Double) -> [Double] {
        let total = t.widths.reduce(0, +)
        var widths = t.widths.map { $0 / total * contentWidth }
        let needed = neededWidths(t, size: size)
        let short = widths.indices.filter { widths[$0] < needed[$0] }
        let lack = short.reduce(0) { $0 + needed[$1] - widths[$1] }
        let spare = widths.indices.filter { widths[$0] > needed[$0] }.reduce(0) { $0 + widths[$1] - needed[$1] }
        guard lack > 0, spare > 0 else { return widths }
        // The short columns get what they lack (or their share of the spare room); the others
        // give it up in proportion to what they have beyond their own longest word.
        let take = min(1, lack / spare), give = min(1, spare / lack)
        for i in widths.indices {
            if widths[i] < needed[i] { widths[i] += (needed[i] - widths[i]) * give }
            else { widths[i] -= (widths[i] - needed[i]) * take }
        }
        return widths
    }

    /// Each column's longest word (heading or cell), measured in bold, with the cell padding.
    func neededWidths(_ t: ReportTable, size: Double) -> [Double] {
        t.headers.indices.map { i -> Double in
            let cells = [t.headers[i]] + (t.rows + (t.footer.map { [$0] } ?? [])).compactMap { $0.indices.contains(i) ? $0[i].text : nil }
            let longest = cells.flatMap { $0.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "/" }) }
                .map(String.init).max { $0.count < $1.count } ?? ""
            return min(wordWidth(longest, size: size, bold: true) + 2 * 2.5 + 1, contentWidth / Double(max(1, t.headers.count)) * 2.5)
        }
    }

    /// How wide one word is at this size (one line, no wrapping).
    func wordWidth(_ word: String, size: Double, bold: Bool) -> Double {
        let l = layout(word, size: size, width: 10_000, bold: bold)
        defer { release(l) }
        var w: Int32 = 0, h: Int32 = 0
        pango_layout_get_size(l, &w, &h)
        return Double(w) / Double(PANGO_SCALE)
    }

    /// Draws one row (or, with `dryRun`, only measures it) and returns its height.
    @discardableResult
    func row(_ cells: [ReportCell], _ widths: [Double], size: Double, header: Bool, dryRun: Bool = false) -> Double {
        let pad = 2.5
        let layouts = cells.enumerated().map { i, c in
            layout(c.text, size: size, width: widths[min(i, widths.count - 1)] - 2 * pad, bold: header,
                   align: header ? PANGO_ALIGN_CENTER : (c.isNumber ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT))
        }
        defer { layouts.forEach(release) }
        let h = (layouts.map(height).max() ?? 0) + 2 * pad
        if dryRun { return h }
        keep(h)
        var x = left
        for (i, l) in layouts.enumerated() {
            let w = widths[min(i, widths.count - 1)]
            if header {
                cairo_set_source_rgb(cr, 0.88, 0.92, 0.97)
                cairo_rectangle(cr, x, y, w, h); cairo_fill(cr)
                cairo_set_source_rgb(cr, 0, 0, 0)
            }
            cairo_set_line_width(cr, 0.5)
            cairo_rectangle(cr, x, y, w, h); cairo_stroke(cr)
            draw(l, x: x + pad, y: y + pad)
            x += w
        }
        y += h
        return h
    }

    /// "Mengetahui, Kepala Sekolah" at the left, the place and date and "Guru BK" at the right,
    /// room to sign, then the names and NIPs.
    func signatures(_ d: ReportDocument) {
        keep(130)
        let half = contentWidth / 2
        let top = y
        var bottomY = y
        for (i, s) in d.signatures.enumerated() {
            y = top
            let x = left + Double(i) * half
            paragraph(s.role, size: 9, align: PANGO_ALIGN_CENTER, x: x, width: half)
            y += 50
            paragraph(s.name.isEmpty ? "(........................................)" : s.name, size: 9, bold: true,
                      align: PANGO_ALIGN_CENTER, x: x, width: half)
            paragraph("NIP. " + (s.nip.isEmpty ? "–" : s.nip), size: 9, align: PANGO_ALIGN_CENTER, x: x, width: half)
            bottomY = max(bottomY, y)
        }
        y = bottomY
    }
}
