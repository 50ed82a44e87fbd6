import ArgumentParser
import Foundation
import RujukDomain

/// The content-safe notice for the staff's messaging group: counts only, never a name or text.
enum NoticeText {
    static func make(_ school: School, week: Bool, now: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = school.timeZone
        let since = week ? now.addingTimeInterval(-7 * 86_400) : calendar.startOfDay(for: now)
        let cases = school.cases.values
        let new = cases.filter { $0.openedAt >= since }.count
        let picked = cases.filter { ($0.pickedUpAt ?? .distantPast) >= since }.count
        let overdue = cases.filter { !$0.isClosed }.reduce(0) { $0 + $1.plan.filter { $0.isOverdue(at: now) }.count }
        let (n, p, o) = ("\(new)", "\(picked)", "\(overdue)")
        return Localization.t(week ? .noticeWeek(n, p, o) : .noticeToday(n, p, o))
    }
}

extension Rujuk {
    struct Notice: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "A short notice for the staff's messaging group: counts only, never a name or content.",
            discussion: "Counts what you may see: the whole school for counsellors, the vice principal and the principal. With notify_command in ~/.config/rujuk/config.toml, Rujuk runs that command with today's text as its last argument when a referral arrives or a summary is written.")
        @OptionGroup var options: StoreOptions
        @ArgumentParser.Flag(help: "The last seven days instead of today.") var week = false

        func run() throws {
            let session = try Session.open(options)
            say(NoticeText.make(session.school, week: week, now: Date()))
        }
    }
}
