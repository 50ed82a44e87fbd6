import Foundation
import RujukDomain

/// The student's cumulative record (buku pribadi): every case, every record, oldest first.
enum RecordView {
    static func render(_ state: AppState, _ body: Rect, _ grid: inout Grid) {
        let t = state.catalog
        guard case .record(let studentID, let entries) = state.mode else { return }
        let student = state.school.students[studentID]
        let title = t.t(.recordTitle(Sanitizer.line(student?.name ?? "?"), student?.className ?? "?"))
        var lines: [(String, Style)] = []
        if let record = entries {
            if record.isEmpty { lines.append((t.t(.recordEmpty), state.theme.style(.textDim))) }
            for entry in record {
                let (text, style) = state.styledLine(entry)
                lines.append((DayInput.format(entry.at, timeZone: state.timeZone) + " #\(entry.caseNumber)  " + text, style))
            }
        } else {
            lines.append((t.t(.recordLoading), state.theme.style(.textDim)))
        }
        Overlays.scrollBox(title, lines, footer: t.t(.scrollHint), state, body, &grid)
    }
}
