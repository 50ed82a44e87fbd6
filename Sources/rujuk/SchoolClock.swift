import Foundation
import RujukDomain

/// The time zone every date and time on the command line is read and written in: the
/// school's (its settings', otherwise WIB), not the server's. A school server's clock often
/// runs in UTC, which put a service logged "today" at 07:00 in Jakarta on the day before.
enum SchoolClock {
    /// Set once the store is open (`Session.open`); one store a process.
    nonisolated(unsafe) static var zone: TimeZone = School(name: "").timeZone
}
