import Foundation

/// What a person is told when work comes to them: the cases a colleague who left handed
/// over, and, in the first weeks of a year, the open cases of their new homeroom class.
/// Team-visible facts only (number, status, open plan actions, next review); the rest is in
/// the case, as much as they may read.
public struct HandoverNote: Sendable, Equatable {
    public enum Source: Sendable, Equatable {
        case colleague(login: String, on: Date)
        case homeroom(className: String, year: String)
    }

    public var source: Source
    public var cases: [Int]
}

extension School {
    /// How long after a year starts a homeroom teacher is shown their class's open cases.
    public static let homeroomHandoverDays = 30.0

    public func handoverNotes(for person: Staff, at now: Date) -> [HandoverNote] {
        var notes: [HandoverNote] = []
        for from in staff.values.sorted(by: { $0.login < $1.login }) {
            guard let left = from.left, left.handoverTo == person.login, let numbers = left.cases else { continue }
            let open = numbers.filter { cases[$0].map { !$0.isClosed } ?? false }
            if !open.isEmpty { notes.append(HandoverNote(source: .colleague(login: from.login, on: left.on), cases: open)) }
        }
        if let year, let start = ISODate.parse(year.starts), let homeroom = person.homeroom, person.has(.homeroomTeacher),
           now >= start, now < start + Self.homeroomHandoverDays * 86_400 {
            let open = cases.values.filter { !$0.isClosed && isHomeroomTeacher(person, of: $0) }.map(\.number).sorted()
            if !open.isEmpty { notes.append(HandoverNote(source: .homeroom(className: homeroom, year: year.name), cases: open)) }
        }
        return notes
    }
}
