import Foundation
import Testing
@testable import RujukDomain

/// The duplicate check looks students up by NISN, NIPD and birth date (issue 14, item 7); it
/// must refuse exactly what the pass over the roster refused, however the school was filled.
@Suite struct StudentIndexTests {
    func event(_ p: EventPayload, _ s: School) -> Event { Event(seq: s.lastSeq + 1, at: Date(), actor: "admin", payload: p) }

    func school() throws -> School {
        var s = School(name: "T")
        try s.apply(event(.staffAdded(Staff(login: "admin", name: "Operator", roles: [.admin])), s))
        for i in 0..<50 {
            let st = Student(id: String(format: "s%04d", i + 1), nisn: String(format: "00100%05d", i), name: "Siswa \(i)",
                             className: "VII-A", nipd: "24\(i)", birthDate: String(format: "2013-01-%02d", i % 28 + 1))
            try s.apply(event(.studentAdded(st), s))
        }
        return s
    }

    func reason(_ p: EventPayload, in s: School) -> DomainMessage.Key? {
        do { try s.validate(event(p, s)); return nil } catch { return error.reason.key }
    }

    @Test func aDuplicateNumberOrPersonIsRefusedThroughTheIndex() throws {
        let s = try school()
        #expect(s.studentIndex.count == s.students.count)
        #expect(reason(.studentAdded(Student(id: "s0100", nisn: "0010000007", name: "Baru", className: "VII-B")), in: s) == .nisnExists)
        #expect(reason(.studentAdded(Student(id: "s0100", nisn: nil, name: "Baru", className: "VII-B", nipd: "247")), in: s) == .nipdExists)
        #expect(reason(.studentAdded(Student(id: "s0100", nisn: nil, name: "siswa  7", className: "VII-B", birthDate: "2013-01-08")), in: s) == .sameStudentExists)
        #expect(reason(.studentAdded(Student(id: "s0100", nisn: "0019999999", name: "Siswa 7", className: "VII-B", birthDate: "2013-01-09")), in: s) == nil)
    }

    @Test func aChangedNumberMovesInTheIndex() throws {
        var s = try school()
        var first = s.students["s0001"]!
        let old = first.nisn!
        first.nisn = "0019999999"
        try s.apply(event(.studentChanged(first), s))
        // The old number is free, the new one taken.
        #expect(reason(.studentAdded(Student(id: "s0100", nisn: old, name: "Baru", className: "VII-B")), in: s) == nil)
        #expect(reason(.studentAdded(Student(id: "s0100", nisn: "0019999999", name: "Baru", className: "VII-B")), in: s) == .nisnExists)
    }

    @Test func aSchoolFilledAtOnceStillRefusesDuplicates() throws {
        // As a snapshot or a projection fills it: no fold, no index until the next roster event.
        let full = try school()
        var s = School(name: "T")
        s.staff = full.staff
        s.students = full.students
        s.lastSeq = full.lastSeq
        #expect(reason(.studentAdded(Student(id: "s0100", nisn: "0010000007", name: "Baru", className: "VII-B")), in: s) == .nisnExists)
        try s.apply(event(.studentAdded(Student(id: "s0100", nisn: "0019999998", name: "Baru", className: "VII-B")), s))
        #expect(s.studentIndex.count == s.students.count)
        #expect(reason(.studentAdded(Student(id: "s0101", nisn: "0010000007", name: "Lagi", className: "VII-B")), in: s) == .nisnExists)
        #expect(reason(.studentAdded(Student(id: "s0101", nisn: "0019999998", name: "Lagi", className: "VII-B")), in: s) == .nisnExists)
    }
}
