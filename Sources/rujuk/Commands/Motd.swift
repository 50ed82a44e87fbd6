import ArgumentParser
import Foundation
import RujukDomain
import RujukStore

extension Rujuk {
    struct Motd: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "One or two lines for a login banner: counts only, never names or content, and damage the nightly check found. Silent when there is nothing or no store.")

        @OptionGroup var options: StoreOptions

        func run() throws {
            // A login banner must never fail a login: any problem prints nothing.
            guard let session = try? Session.open(options) else { return }
            let counts = session.school.attention(session.actor, at: Date())
            var parts: [String] = []
            if counts.newReferrals > 0 { parts.append(Localization.t(.motdNew("\(counts.newReferrals)"))) }
            if counts.unreadThreads > 0 { parts.append(Localization.t(.motdUnread("\(counts.unreadThreads)"))) }
            if counts.actions > 0 { parts.append(Localization.t(.motdActions("\(counts.actions)"))) }
            if let damage = CheckNotice.sentence(session.store.facts.lastCheck, for: session.actor) { say(damage) }
            guard !parts.isEmpty else { return }
            say(Localization.t(.motdLine(parts.joined(separator: ", "))))
        }
    }
}
