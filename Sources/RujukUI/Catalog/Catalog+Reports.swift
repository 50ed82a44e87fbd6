import Foundation
import RujukDomain
import RujukReport

/// The words of the reports screen, by key, in both languages.
public enum ReportText: Sendable, Hashable {
    case title(String, String)
    case scopeSchool
    case scopeMine
    case scopeSummary
    case scopeOwnReferrals
    case sectionReferrals
    case sectionCounsellors
    case sectionWhoRefers
    case sectionOwnReferrals
    case sectionEachReferral
    case trendDay
    case trendWeek
    case figureNew
    case figureWaiting
    case figureOverdue
    case figurePickUp
    case figureFeedback
    case figureRead
    case figureReferred
    case figurePickedUp
    case figureClosed
    case figureAnswered
    case columnCounsellor
    case columnOpen
    case columnPickUp
    case columnClosed
    case columnSummaries
    case norm(String, String, String)
    case median(String, String)
    case hours(String)
    case days(String)
    case noTimes
    case longestWait(String)
    case of(String, String)
    case semester1(String)
    case semester2(String)
    case empty(String)
    case emptyHint
    case countedFrom
    case hint
    case hintCounsellor
    case helpReports
    case noCasesBehind
    case casesTitle(String, String)
    case queueBack
    case loading
    case referralWaiting
    case referralWith(String)
    case referralClosed(String)
    case summaryGiven
    case narrativeTitle
    case narrativeFor(String, String)
    case narrativeHint
    case narrativeSaved
    case narrativeNotYours
    case narrativeMissing
    case narrativeKey
    case document(String)
    case documentHint
    case documentHintCounsellor
    case narrativeFormHint
    case noLaterPeriod
}


extension Catalog {
    public func r(_ text: ReportText) -> String { language == .id ? Indonesian().report(text) : English().report(text) }

    /// `November 2026`, `Desember 2026`.
    public func monthName(_ month: String) -> String {
        let names = language == .id
            ? ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"]
            : ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        let m = Int(month.suffix(2)) ?? 1
        return names[max(0, min(11, m - 1))] + " " + month.prefix(4)
    }

    /// A period as the narrative names it: `2026-11` or `2026/2027-1`.
    public func periodName(_ period: String) -> String {
        if period.count == 7 { return monthName(period) }
        let year = String(period.prefix(9))
        return r(period.hasSuffix("-2") ? .semester2(year) : .semester1(year))
    }

    /// The period as a reader names it: a month, or `semester 1 (ganjil) 2026/2027`.
    public func periodName(_ p: ReportPeriod) -> String {
        switch p.kind {
        case .month: return monthName(String(p.firstDay.prefix(7)))
        case .semester: return r(p.semester == 2 ? .semester2(p.schoolYear) : .semester1(p.schoolYear))
        case .schoolYear: return p.schoolYear
        case .range: return "\(p.firstDay) – \(p.lastDay)"
        }
    }

    /// A duration in hours as `5 h` or, from two days, `3 d` (`5 jam`, `3 hari`).
    public func duration(_ hours: Double) -> String {
        // Under half an hour is "<1 h", not "0 h" (which reads as no time, or no data).
        if hours < 0.5 { return r(.hours("<1")) }
        if hours < 48 { return r(.hours("\(Int(hours.rounded()))")) }
        return r(.days("\(Int((hours / 24).rounded()))"))
    }


}
