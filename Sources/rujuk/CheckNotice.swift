import Foundation
import RujukDomain
import RujukStore

/// Damage the last nightly check found, said at login and when the interface opens to those
/// who answer for the store (the operator, the counsellors, the vice principal and the
/// principal); a teacher could do nothing about it. Short enough for an 80-column hint bar.
enum CheckNotice {
    static func sentence(_ record: CheckRecord?, for person: Staff) -> String? {
        guard let record, record.problems > 0,
              person.has(.admin) || person.mayReadAudit || person.has(.viceStudentAffairs) else { return nil }
        let f = DateFormatter()
        f.dateFormat = "yyyy-MM-dd"
        f.timeZone = SchoolClock.zone
        return Localization.t(.checkFoundDamage(f.string(from: record.at), "\(record.problems)"))
    }
}
