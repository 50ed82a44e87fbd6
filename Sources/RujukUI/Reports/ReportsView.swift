import Foundation
import RujukDomain
import RujukReport

/// The reports screen in place of the panes: figures with bars, a sparkline of the period,
/// per counsellor and by referrer's role; the chosen row is reversed (readable in `mono`).
enum ReportsView {
    static func render(_ state: AppState, in body: Rect, into grid: inout Grid) {
        guard let screen = state.reports else { return }
        if screen.page == .document, let figures = screen.figures {
            DocumentView.render(state, screen, figures, in: body, into: &grid)
            return
        }
        let t = state.catalog
        let period = screen.figures.map { t.periodName($0.report.period) } ?? t.monthName(screen.month)
        grid.box(body, title: t.r(.title(period, scopeName(screen, state))), style: state.theme.style(.paneBorderFocused))
        let inner = body.inner
        guard let figures = screen.figures else {
            grid.put(Sanitizer.line(screen.problem ?? t.r(.loading)), x: inner.x + 1, y: inner.y, maxWidth: inner.width - 2)
            return
        }
        if figures.report.isEmpty {
            grid.put(t.r(.empty(period)), x: inner.x + 1, y: inner.y, maxWidth: inner.width - 2)
            grid.put(t.r(.emptyHint), x: inner.x + 1, y: inner.y + 2, maxWidth: inner.width - 2, style: state.theme.style(.textDim))
            return
        }
        let rows = figures.rows
        // The note under the figures, on as many lines as it needs at this width.
        let note = ThreadPane.wrap(t.r(.countedFrom), max(1, inner.width - 2))
        let room = inner.height - note.count
        let selected = max(0, min(screen.selected, rows.count - 1))
        let top = max(0, selected - room + 1)
        for (i, row) in rows.enumerated().dropFirst(top).prefix(room) {
            let y = inner.y + i - top
            let chosen = i == selected && row.selectable
            let style = chosen ? state.theme.style(.listSelected) : isHeading(row) ? state.theme.style(.messageHeading) : Style.plain
            if chosen { grid.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: style) }
            grid.put(line(row, figures.report, width: inner.width - 2, t), x: inner.x + 1, y: y, maxWidth: inner.width - 2, style: style)
        }
        for (i, piece) in note.enumerated() {
            grid.put(piece, x: inner.x + 1, y: inner.y + inner.height - note.count + i, maxWidth: inner.width - 2,
                     style: state.theme.style(.textDim))
        }
    }

    /// What a figure is called, for the queue's title when its cases are listed.
    static func label(_ row: OverviewRow, _ report: Report, _ t: Catalog) -> String {
        switch row.kind {
        case .heading(let key), .count(let key, _), .share(let key, _, _), .hours(let key, _): return t.r(key)
        case .longestWait: return t.r(.figureWaiting)
        case .trend: return t.r(report.period.kind == .month ? .trendDay : .trendWeek)
        case .counsellor(let name, _, _, _, _): return Sanitizer.line(name)
        case .role(let role, _): return t.role(role)
        case .referral(let r): return "#\(r.caseNumber)"
        case .counsellorHeader, .norm: return ""
        }
    }

    static func isHeading(_ row: OverviewRow) -> Bool {
        switch row.kind {
        case .heading, .counsellorHeader: true
        default: false
        }
    }

    static func scopeName(_ screen: ReportScreen, _ state: AppState) -> String {
        let t = state.catalog
        if screen.figures?.report.view == .ownReferrals { return t.r(.scopeOwnReferrals) }
        switch screen.scope {
        case .counsellor: return t.r(.scopeMine)
        case .classroom(let name): return Sanitizer.line(name)
        case .school: return state.actor.isCounsellor ? t.r(.scopeSummary) : t.r(.scopeSchool)
        }
    }

    /// The label column takes a third of the width (at least 30, for the Indonesian labels), the
    /// value 14, the bar the rest.
    static func columns(_ width: Int) -> (label: Int, value: Int, bar: Int) {
        let label = max(30, min(36, width / 3)), value = 16
        return (label, value, max(4, width - label - value - 2))
    }

    /// The bar of a counsellor's open cases: up to 12 columns, fewer where the columns after it
    /// (pick-up, closed, summaries) would not fit whole.
    static func counsellorBar(_ width: Int, _ t: Catalog) -> Int {
        let others = columns(width).label - 6 + 5 + 2 + 2 + 8 + 7 + 2 + max(DisplayWidth.of(t.r(.columnSummaries)), 5)
        return max(3, min(12, columns(width).bar, width - others))
    }

    static func line(_ row: OverviewRow, _ report: Report, width: Int, _ t: Catalog) -> String {
        let (lw, vw, bw) = columns(width)
        func pad(_ s: String, _ w: Int) -> String { QueuePane.pad(s, w) }
        func left(_ s: String, _ w: Int) -> String {
            let d = DisplayWidth.of(s)
            return d >= w ? s : String(repeating: " ", count: w - d) + s
        }
        switch row.kind {
        case .heading(let key):
            return t.r(key)
        case .trend(let values):
            let label = t.r(report.period.kind == .month ? .trendDay : .trendWeek)
            let fitted = Sparkline.fit(values, width: vw + bw + 1)
            return pad("  " + label, lw) + " " + Sparkline.line(fitted) + " " + "\(values.reduce(0, +))"
        case .count(let key, let n):
            return pad("  " + t.r(key), lw) + left("\(n)", vw - 2) + "  " + BarChart.bar(Double(n), of: Double(row.scale), width: bw)
        case .share(let key, let n, let total):
            let percent = total == 0 ? "" : " \(Int((Double(n) / Double(total) * 100).rounded()))%"
            let value = left(t.r(.of("\(n)", "\(total)")) + percent, vw - 2)
            return pad("  " + t.r(key), lw) + value + "  " + (total == 0 ? "" : BarChart.share(Double(n) / Double(total), width: bw))
        case .longestWait(let hours):
            return "    " + t.r(.longestWait(t.duration(hours)))
        case .hours(let key, let d):
            // "within 1 h", not "within <1 h": the bound says it already.
            func bound(_ hours: Double) -> String { t.duration(max(hours, 0.5)) }
            let value = d.medianHours.map { m in t.r(.median(bound(m), bound(d.p90Hours ?? m))) } ?? t.r(.noTimes)
            return pad("  " + t.r(key), lw) + value
        case .counsellorHeader:
            // Names are short: the counsellor columns give their room to the figures.
            return pad("  " + t.r(.columnCounsellor), lw - 6) + left(t.r(.columnOpen), 5) + "  " + pad("", counsellorBar(width, t))
                + "  " + pad(t.r(.columnPickUp), 8) + left(t.r(.columnClosed), 7) + "  " + t.r(.columnSummaries)
        case .counsellor(let name, let open, let pickUp, let closed, let summaries):
            let median = pickUp.medianHours.map(t.duration) ?? "–"
            return pad("  " + Sanitizer.line(name), lw - 6) + left("\(open)", 5) + "  "
                + BarChart.bar(Double(open), of: Double(row.scale), width: counsellorBar(width, t))
                + "  " + pad(median, 8) + left("\(closed)", 7) + "  " + "\(summaries)/\(closed)"
        case .norm(let students, let counsellors, let needed):
            return "  " + t.r(.norm("\(students)", "\(counsellors)", "\(needed)"))
        case .role(let role, let n):
            return pad("  " + t.role(role), lw) + left("\(n)", vw - 2) + "  " + BarChart.bar(Double(n), of: Double(row.scale), width: bw)
        case .referral(let r):
            let state: String
            if let outcome = r.outcome {
                state = t.r(.referralClosed(t.outcome(outcome))) + (r.summaryGiven ? " · " + t.r(.summaryGiven) : "")
            } else if let who = r.counsellor {
                state = t.status(r.status) + " · " + t.r(.referralWith(Sanitizer.line(who)))
            } else {
                state = t.r(.referralWaiting)
            }
            return "  #\(r.caseNumber) " + Sanitizer.line(r.studentName) + " (" + Sanitizer.line(r.className) + ") · " + state
        }
    }
}
