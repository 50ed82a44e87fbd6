import Foundation
import Testing

/// Dates and times on the command line are the school's, not the server's: a school server's
/// clock often runs in UTC, seven to nine hours behind the school.
@Suite struct SchoolClockTests {
    @Test func aReplysTimeIsShownInTheSchoolsZoneOnAServerInUTC() throws {
        let cli = CLI()
        defer { cli.remove() }
        try cli.run(["init", "--demo"])
        #expect(try cli.run(["school", "set", "--time-zone", "Asia/Jayapura", "--as", "admin"]).status == 0)
        let utc = ["TZ": "UTC"]
        #expect(try cli.run(["reply", "4", "Jam berapa di Jayapura?", "--as", "budi"], env: utc).status == 0)
        let shown = try cli.run(["thread", "4", "--as", "budi"], env: utc)
        #expect(shown.status == 0)
        let json = try #require(try cli.json(["show", "4", "--as", "budi"]) as? [String: Any])
        let messages = try #require(json["messages"] as? [[String: Any]])
        let fractional = ISO8601DateFormatter()
        fractional.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        let at = try #require((messages.last?["at"] as? String).flatMap { fractional.date(from: $0) ?? ISO8601DateFormatter().date(from: $0) })
        func clock(_ zone: String) -> String {
            let f = DateFormatter()
            f.dateFormat = "yyyy-MM-dd HH:mm"
            f.timeZone = TimeZone(identifier: zone)
            return f.string(from: at)
        }
        let line = shown.out.split(separator: "\n").first { $0.contains("Budi") && $0.contains("·") && $0.contains(clock("Asia/Jayapura")) }
        #expect(line != nil, "\(shown.out)")
        #expect(!shown.out.contains(clock("UTC")), "\(shown.out)")
    }
}
