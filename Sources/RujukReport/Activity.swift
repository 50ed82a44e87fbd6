import Foundation
import RujukDomain

/// One BK activity on a case, whatever record holds it: a logged service, a case conference,
/// a home visit or a referral onward. Tabel 1 and 2 are group-bys over these.
struct Activity {
    var type: ServiceType
    var format: ServiceFormat
    var by: String
    /// The day it was given.
    var day: Date
    var minutes: Int
    var caseNumber: Int
    var studentID: String
    var area: Area

    static func all(of c: Case) -> [Activity] {
        var out = c.services.map {
            Activity(type: $0.type, format: $0.format, by: $0.by, day: $0.on, minutes: $0.minutes, caseNumber: c.number,
                     studentID: c.studentID, area: c.area)
        }
        out += c.conferences.map {
            Activity(type: .konferensiKasus, format: .group, by: $0.by, day: $0.on, minutes: 0, caseNumber: c.number,
                     studentID: c.studentID, area: c.area)
        }
        out += c.visits.map {
            Activity(type: .kunjunganRumah, format: .individual, by: $0.by, day: $0.on, minutes: 0, caseNumber: c.number,
                     studentID: c.studentID, area: c.area)
        }
        out += c.levels.filter { $0.level == .outsideAgency }.map {
            Activity(type: .alihTanganKasus, format: .individual, by: $0.by, day: $0.at, minutes: 0, caseNumber: c.number,
                     studentID: c.studentID, area: c.area)
        }
        return out
    }
}
