import Foundation

/// What the school's letterhead (KOP) and its reports need: set by the admin (`rujuk school
/// set`), kept in the journal as a whole record each time.
public struct SchoolSettings: Codable, Sendable, Equatable {
    /// The official name as printed (`SMP NEGERI 1 CONTOH`); the store's name when absent.
    public var name: String?
    /// The street address, one or more lines.
    public var address: String?
    /// The place a report is signed in ("Bandung, 30 November 2026").
    public var city: String?
    /// The body above the school (`PEMERINTAH KABUPATEN …`, `DINAS PENDIDIKAN`), printed above its name.
    public var authority: String?
    /// The logo as a PNG, base64.
    public var logoPNG: String?
    /// An IANA zone (`Asia/Jakarta`, `Asia/Makassar`, `Asia/Jayapura`).
    public var timeZone: String?

    public init(name: String? = nil, address: String? = nil, city: String? = nil, authority: String? = nil,
                logoPNG: String? = nil, timeZone: String? = nil) {
        self.name = name
        self.address = address
        self.city = city
        self.authority = authority
        self.logoPNG = logoPNG
        self.timeZone = timeZone
    }

    /// The largest logo the journal takes (its line limit is larger; a letterhead logo is small).
    public static let logoLimit = 160 << 10
}

extension School {
    /// The school's time zone: its settings', otherwise Western Indonesian Time (WIB).
    public var timeZone: TimeZone {
        settings.timeZone.flatMap(TimeZone.init(identifier:)) ?? TimeZone(identifier: "Asia/Jakarta") ?? TimeZone(secondsFromGMT: 7 * 3600)!
    }
}
