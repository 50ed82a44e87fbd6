import Foundation
import RujukDomain
import RujukReport

/// The reports screen's second page: the report laid out as it is printed and signed (Tabel
/// 1–4, the coordination tables, the narrative), scrolled with j/k. It is the same document
/// the PDF, XLSX and CSV writers are given, so what is read here is what is filed.
enum DocumentView {
    static func render(_ state: AppState, _ screen: ReportScreen, _ figures: Overview, in body: Rect, into grid: inout Grid) {
        let t = state.catalog
        let lines = lines(state, screen, figures, width: body.inner.width - 2)
        let inner = body.inner
        let room = inner.height
        let top = max(0, min(screen.scroll, lines.count - room))
        let title = t.r(.document(t.periodName(figures.report.period)))
            + (lines.count > room ? " · \(top + 1)–\(min(lines.count, top + room))/\(lines.count)" : "")
        grid.box(body, title: title, style: state.theme.style(.paneBorderFocused))
        for (i, line) in lines.dropFirst(top).prefix(room).enumerated() {
            let style: Style
            switch line.kind {
            case .title, .heading: style = state.theme.style(.messageHeading)
            case .header, .note, .rule: style = state.theme.style(.textDim)
            case .body: style = .plain
            }
            grid.put(line.text, x: inner.x + 1, y: inner.y + i, maxWidth: inner.width - 2, style: style)
        }
    }

    /// The document's lines; a counsellor reading their own report is told how to write a
    /// missing narrative section.
    static func lines(_ state: AppState, _ screen: ReportScreen, _ figures: Overview, width: Int) -> [DocumentLine] {
        let document = ReportDocument(figures.report, schoolName: state.school.name)
        let own = state.actor.isCounsellor && screen.scope == .counsellor(state.actor.login)
        return document.lines(width: width, missingNarrative: own ? state.catalog.r(.narrativeMissing) : nil)
    }
}
