import Foundation

/// Why a student left the school.
public enum LeaveReason: String, Codable, Sendable, CaseIterable {
    /// Graduated (finished the top grade).
    case lulus
    /// Moved to another school; an open case may be referred onward to it.
    case mutasi
    /// Left school without moving (dropped out, withdrawn).
    case keluar
}

/// A student's leaving: why, on which day, and (for a `mutasi`) where to.
public struct StudentDeparture: Codable, Sendable, Equatable, Hashable {
    public var reason: LeaveReason
    /// `YYYY-MM-DD`.
    public var on: String
    public var destination: String?

    public init(reason: LeaveReason, on: String, destination: String? = nil) {
        self.reason = reason
        self.on = on
        self.destination = destination
    }
}

/// A staff member's leaving, and who took over their open cases and actions.
public struct StaffDeparture: Codable, Sendable, Equatable, Hashable {
    public var on: Date
    public var handoverTo: String?
    /// The open cases whose assignment or actions went to `handoverTo`, so the receiver is told.
    public var cases: [Int]?

    public init(on: Date, handoverTo: String? = nil, cases: [Int]? = nil) {
        self.on = on
        self.handoverTo = handoverTo
        self.cases = cases
    }
}

/// A student leaving (the event's payload).
public struct StudentLeft: Codable, Sendable, Equatable {
    public var id: String
    public var departure: StudentDeparture

    public init(id: String, departure: StudentDeparture) {
        self.id = id
        self.departure = departure
    }
}

/// A student coming back, into a class.
public struct StudentReturned: Codable, Sendable, Equatable {
    public var id: String
    public var className: String

    public init(id: String, className: String) {
        self.id = id
        self.className = className
    }
}

/// A staff member leaving (the event's payload).
public struct StaffLeft: Codable, Sendable, Equatable {
    public var login: String
    public var handoverTo: String?

    public init(login: String, handoverTo: String? = nil) {
        self.login = login
        self.handoverTo = handoverTo
    }
}

/// A school year and its two semesters, each from its first day to its last (`YYYY-MM-DD`).
public struct SchoolYear: Codable, Sendable, Equatable {
    /// `2027/2028`.
    public var name: String
    public var starts: String
    /// The first day of the second semester (genap).
    public var secondSemesterStarts: String
    public var ends: String

    public init(name: String, starts: String, secondSemesterStarts: String, ends: String) {
        self.name = name
        self.starts = starts
        self.secondSemesterStarts = secondSemesterStarts
        self.ends = ends
    }

    /// The first of the two calendar years of a name such as `2027/2028`; nil when the name is not of that form.
    public static func firstYear(of name: String) -> Int? {
        let parts = name.split(separator: "/")
        guard parts.count == 2, parts.allSatisfy({ $0.count == 4 }), let a = Int(parts[0]), let b = Int(parts[1]),
              b == a + 1 else { return nil }
        return a
    }

    /// The usual Indonesian calendar: the year from mid-July, the second semester from January, the end in June.
    public static func usual(_ name: String) -> SchoolYear? {
        guard let a = firstYear(of: name) else { return nil }
        return SchoolYear(name: name, starts: "\(a)-07-13", secondSemesterStarts: "\(a + 1)-01-05", ends: "\(a + 1)-06-30")
    }

    /// The last day of the first semester: the day before the second starts.
    public var firstSemesterEnds: String {
        guard let d = ISODate.parse(secondSemesterStarts) else { return secondSemesterStarts }
        return String(ISODate.format(d.addingTimeInterval(-86_400)).prefix(10))
    }

    /// The first and last day of the semester a day falls in, or nil outside the year.
    public func semesterBounds(on day: String) -> (starts: String, ends: String)? {
        switch semester(on: day) {
        case 1: (starts, firstSemesterEnds)
        case 2: (secondSemesterStarts, ends)
        default: nil
        }
    }

    /// The semester (1 or 2) a day falls in, or nil outside the year.
    public func semester(on day: String) -> Int? {
        if day < starts || day > ends { return nil }
        return day < secondSemesterStarts ? 1 : 2
    }
}
