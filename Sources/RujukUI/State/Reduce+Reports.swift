import Foundation
import RujukDomain
import RujukReport

extension AppState {
    /// Why this person has no reports (the domain's rule), or nil when `R` opens them.
    var reportDenial: Denial? {
        do { _ = try school.reportView(for: actor, scope: defaultReportScope); return nil } catch { return error.denial ?? .reportsNotForYou }
    }

    /// A counsellor starts on their own work; everyone else on the school (a teacher's view of
    /// it is the outcomes of their own referrals).
    var defaultReportScope: ReportScope { actor.isCounsellor ? .counsellor(actor.login) : .school }

    /// The principal and the vice principal start on the overview.
    mutating func landOnOverview() -> [Effect] {
        guard lock == nil, actor.has(.principal) || actor.has(.viceStudentAffairs) else { return [] }
        return openReports()
    }

    /// `R`: the reports for the current month; in its first week, or when nothing is recorded
    /// yet in it, the month before (the monthly report is made when a month is over). Closed
    /// cases are read first when they were kept out of start-up.
    mutating func openReports() -> [Effect] {
        if let denial = reportDenial { status = catalog.denial(denial); return [] }
        reportCases = nil
        if reports == nil {
            let month = ReportScreen.month(of: now, in: timeZone)
            reports = ReportScreen(month: month, scope: defaultReportScope)
            refreshReport()
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = timeZone
            if calendar.component(.day, from: now) <= 7 || reports?.figures?.report.isEmpty == true {
                reports?.month = ReportScreen.month(month, plus: -1)
                refreshReport()
                if reports?.figures?.report.isEmpty == true { reports?.month = month; refreshReport() }
            }
        }
        mode = .reports
        // The screen is drawn first, from what start-up holds; the closed cases follow.
        status = school.historyLoaded ? nil : catalog.r(.loading)
        return school.historyLoaded ? [] : [.loadHistory]
    }

    /// The printed report scrolls no further than its last screenful (the body's inner height).
    mutating func clampDocumentScroll() {
        guard let screen = reports, screen.page == .document, let figures = screen.figures else { return }
        let count = DocumentView.lines(self, screen, figures, width: width - 4).count
        reports?.scroll = max(0, min(screen.scroll, count - (height - 4)))
    }

    /// Recomputes the figures for the screen's period and scope from the school held now.
    mutating func refreshReport() {
        guard var screen = reports else { return }
        do {
            // `state.school` is this person's projection on a school server: the figures are
            // what they may see.
            screen.figures = try Overview.make(school: school, reader: actor, period: screen.request, scope: screen.scope,
                                               timeZone: timeZone, now: now)
            screen.problem = nil
        } catch {
            screen.figures = nil
            screen.problem = error.denial.map(catalog.denial) ?? catalog.r(.noCasesBehind)
        }
        let rows = screen.figures?.rows ?? []
        if !rows.indices.contains(screen.selected) || !rows[screen.selected].selectable {
            screen.selected = rows.firstIndex(where: \.selectable) ?? 0
        }
        reports = screen
    }
}

/// The reports screen's keys: move, change the period, open the cases behind a figure.
func reportsKey(_ state: inout AppState, _ key: Key) -> [Effect] {
    guard var screen = state.reports else { state.mode = .browse; return [] }
    state.status = nil
    let rows = screen.figures?.rows ?? []
    func move(_ delta: Int) {
        var i = screen.selected
        while true {
            i += delta
            guard rows.indices.contains(i) else { return }
            if rows[i].selectable { screen.selected = i; return }
        }
    }
    let page = max(1, state.height - 6)
    switch key {
    case .char("j"), .down: if screen.page == .document { screen.scroll += 1 } else { move(1) }
    case .char("k"), .up: if screen.page == .document { screen.scroll = max(0, screen.scroll - 1) } else { move(-1) }
    case .char(" ") where screen.page == .document, .pageDown where screen.page == .document: screen.scroll += page
    case .pageUp where screen.page == .document: screen.scroll = max(0, screen.scroll - page)
    case .char("g") where screen.page == .document: screen.scroll = 0
    case .char("G") where screen.page == .document: screen.scroll = Int.max / 2
    case .char("t"):
        screen.page = screen.page == .figures ? .document : .figures
        screen.scroll = 0
    case .char("w"):
        // The narrative is the counsellor's own report's: it is printed under their name.
        guard state.actor.isCounsellor, screen.scope == .counsellor(state.actor.login) else {
            state.status = state.catalog.r(.narrativeNotYours)
            return []
        }
        state.form = state.openNarrative(period: screen.periodKey)
        return []
    case .char("["): screen.step(-1)
    case .char("]"):
        // Nothing is recorded in the future: the reports stop at the period that holds today.
        let today = ReportScreen.month(of: state.now, in: state.timeZone)
        var next = screen
        next.step(1)
        let later = next.span == .month ? next.month > today : ReportScreen.semester(of: next.month) > ReportScreen.semester(of: today)
        if later { state.status = state.catalog.r(.noLaterPeriod); return [] }
        screen = next
    case .char("s"):
        screen.span = screen.span == .month ? .semester : .month
        screen.selected = 0
        screen.scroll = 0
    case .tab, .backTab:
        // A counsellor switches between their own report and the school's summary.
        guard state.actor.isCounsellor else { return [] }
        screen.scope = screen.scope == .school ? .counsellor(state.actor.login) : .school
        screen.selected = 0
        screen.scroll = 0
    case .enter:
        guard screen.page == .figures, rows.indices.contains(screen.selected), rows[screen.selected].selectable, let figures = screen.figures else { return [] }
        let row = rows[screen.selected]
        let numbers = row.cases.filter { n in state.school.cases[n].map { state.school.canSee(state.actor, $0) } ?? false }
        guard !numbers.isEmpty else { state.status = state.catalog.r(.noCasesBehind); return [] }
        let label = ReportsView.label(row, figures.report, state.catalog)
        state.reportCases = ReportCases(title: state.catalog.r(.casesTitle(label, state.catalog.periodName(figures.report.period))),
                                        numbers: numbers)
        state.filterText = ""
        state.selected = 0
        state.lostCase = nil
        state.focus = .queue
        state.mode = .browse
        state.threadScroll = 0
        return state.selectedCase.map { [.loadThread($0.number)] } ?? []
    case .escape, .char("R"):
        state.mode = .browse
        return state.selectedCase.map { [.loadThread($0.number)] } ?? []
    case .char("q"):
        if state.guardian.sharedTerminal { state.lock(.start); return [] }
        state.shouldQuit = true
        return [.quit]
    case .function(12), .ctrl("g"):
        state.lock(.panic)
        return []
    default:
        return []
    }
    let changed = screen.request != state.reports?.request || screen.scope != state.reports?.scope
    state.reports = screen
    if changed { state.refreshReport() }
    state.clampDocumentScroll()
    return []
}
