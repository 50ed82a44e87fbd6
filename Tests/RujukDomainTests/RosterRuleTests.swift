import Foundation
import Testing
@testable import RujukDomain

/// Every roster rule lives in `validate`, so any writer (a command, the interface, a privileged helper) enforces it.
@Suite struct RosterRuleTests {
    let school = Fixture.oneCase()
    var andi: Student { school.students.values.first { $0.name == "Andi Pratama" }! }

    func refuses(_ payload: EventPayload, by actor: String = "admin", in s: School? = nil, _ reason: DomainMessage.Key) {
        let s = s ?? school
        do {
            try s.validate(Fixture.event(actor, payload, s))
            Issue.record("\(payload.typeName) was accepted; expected \(reason)")
        } catch {
            #expect(error.reason.key == reason, "\(error.message)")
        }
    }

    func applied(_ payloads: [EventPayload], by actor: String = "admin", to s: School? = nil) throws -> School {
        var s = s ?? school
        for p in payloads { try s.apply(Fixture.event(actor, p, s)) }
        return s
    }

    @Test func aClassAsTheSchoolWritesItIsAccepted() throws {
        let s = try applied([.studentAdded(Student(id: "s9001", nisn: "0012345678", name: "Rara", className: "Kelas 7A"))])
        #expect(s.students["s9001"]?.grade == 7)
    }

    @Test func anNISNThatLostItsZerosSaysWhy() {
        let e = Fixture.event("admin", .studentAdded(Student(id: "s9001", nisn: "81234508", name: "Rara", className: "7A")), school)
        #expect(throws: DomainError.self) { try school.validate(e) }
        do { try school.validate(e) } catch {
            #expect(error.message == "NISN '81234508' has 8 digits; Excel drops leading zeros: format the column as Text and export again.")
        }
    }

    @Test func noSecondRecordOfTheSamePerson() throws {
        let s = try applied([.studentAdded(Student(id: "s9001", nisn: nil, name: "Rara Sekar", className: "7A", nipd: "2425001", birthDate: "2012-03-04"))])
        refuses(.studentAdded(Student(id: "s9002", nisn: nil, name: "RARA  SEKAR", className: "7B", birthDate: "2012-03-04")), in: s, .sameStudentExists)
        refuses(.studentAdded(Student(id: "s9002", nisn: nil, name: "Lain", className: "7B", nipd: "2425001")), in: s, .nipdExists)
        refuses(.studentAdded(Student(id: "s9002", nisn: andi.nisn, name: "Lain", className: "7B")), in: s, .nisnExists)
        // The same name with another birth date is another child.
        _ = try applied([.studentAdded(Student(id: "s9002", nisn: nil, name: "Rara Sekar", className: "7B", birthDate: "2012-05-06"))], to: s)
    }

    @Test func aCorrectionAndAMoveChangeTheRecordAndWhoSeesTheCase() throws {
        var moved = andi
        moved.className = "VIII-A"
        moved.name = "Andi Pratama Putra"
        let s = try applied([.studentChanged(moved)])
        #expect(s.students[andi.id]?.name == "Andi Pratama Putra")
        // Rina is homeroom teacher of VIII-B: after the move she no longer sees Andi's case.
        #expect(school.canSee(school.staff["rina"]!, school.cases[1]!))
        #expect(!s.canSee(s.staff["rina"]!, s.cases[1]!))
        var taken = andi
        taken.nisn = school.students.values.first { $0.id != andi.id && $0.nisn != nil }!.nisn
        refuses(.studentChanged(taken), .nisnExists)
        #expect(throws: DomainError.self) { try school.validate(Fixture.event("sari", .studentChanged(moved), school)) }
    }

    @Test func aStudentWhoLeftStaysButIsNotFlaggedOrOffered() throws {
        let leave = EventPayload.studentLeft(StudentLeft(id: andi.id, departure: StudentDeparture(reason: .mutasi, on: "2026-12-01", destination: "SMP N 2")))
        var s = try applied([leave])
        #expect(s.students[andi.id]?.left?.reason == .mutasi)
        #expect(s.cases[1] != nil)
        #expect(!s.searchStudents("Andi").contains { $0.id == andi.id })
        #expect(s.searchStudents("Andi", includingLeft: true).contains { $0.id == andi.id })
        #expect(s.resolveStudent("Andi Pratama") == .one(s.students[andi.id]!))
        refuses(.studentLeft(StudentLeft(id: andi.id, departure: StudentDeparture(reason: .keluar, on: "2026-12-02"))), in: s, .studentAlreadyLeft)
        let flag = Flag(by: "dewi", subject: "BI", saw: "x", tried: nil, parentsInformed: false, at: Fixture.t0)
        refuses(.flagAdded(number: 1, flag: flag), by: "dewi", in: s, .studentHasLeft)
        // Back again, into a class.
        refuses(.studentReturned(StudentReturned(id: andi.id, className: "7A")), in: school, .studentNotLeft)
        s = try applied([.studentReturned(StudentReturned(id: andi.id, className: "IX-A"))], to: s)
        #expect(s.students[andi.id]?.isActive == true && s.students[andi.id]?.className == "IX-A")
    }

    @Test func aLeavingNeedsADay() {
        refuses(.studentLeft(StudentLeft(id: andi.id, departure: StudentDeparture(reason: .lulus, on: "kemarin"))), .badDay)
    }

    @Test func staffSetChangesRolesHomeroomCaseloadAndNIPButKeepsThePIN() throws {
        var s = try applied([.pinSet(login: "rina", hash: "scrypt$x")])
        var rina = s.staff["rina"]!
        rina.homeroom = "Kelas 9A"
        rina.nip = "198001012005012001"
        rina.pinHash = nil
        s = try applied([.staffChanged(rina)], to: s)
        #expect(s.staff["rina"]?.homeroom == "Kelas 9A" && s.staff["rina"]?.nip == "198001012005012001")
        #expect(s.staff["rina"]?.pinHash == "scrypt$x")
        #expect(!s.canSee(s.staff["rina"]!, s.cases[1]!))
        rina.nip = "12"
        refuses(.staffChanged(rina), in: s, .badNIP)
        rina.nip = nil
        rina.roles = []
        refuses(.staffChanged(rina), in: s, .noRoles)
        var admin = s.staff["admin"]!
        admin.roles = [.subjectTeacher]
        refuses(.staffChanged(admin), in: s, .lastAdmin)
    }

    @Test func aCounsellorWhoHoldsCasesIsAskedForAHandover() throws {
        let s = try applied([.pickedUp(number: 1)], by: "budi")
        var budi = s.staff["budi"]!
        budi.roles = [.subjectTeacher]
        refuses(.staffChanged(budi), in: s, .stillHoldsCases)
        refuses(.staffLeft(StaffLeft(login: "budi")), in: s, .handoverNeeded)
        refuses(.staffLeft(StaffLeft(login: "budi", handoverTo: "sari")), in: s, .notACounsellor)
        let after = try applied([.staffLeft(StaffLeft(login: "budi", handoverTo: "wati"))], to: s)
        #expect(after.cases[1]?.assignee == "wati")
        #expect(after.staff["budi"]?.left?.handoverTo == "wati")
    }

    @Test func someoneWhoLeftHasNoAccessAtAll() throws {
        let s = try applied([.staffLeft(StaffLeft(login: "sari"))])
        let sari = s.staff["sari"]!
        #expect(!s.canSee(sari, s.cases[1]!))
        #expect(s.denial(sari, .flag, on: nil) == .accessEnded)
        let flag = Flag(by: "sari", subject: "Math", saw: "x", tried: nil, parentsInformed: false, at: Fixture.t0)
        #expect(throws: DomainError(.notPermitted, denial: .accessEnded)) {
            try s.validate(Fixture.event("sari", .flagAdded(number: 1, flag: flag), s))
        }
        // Their history stays theirs.
        #expect(s.cases[1]?.flags.first?.by == "sari")
        refuses(.staffLeft(StaffLeft(login: "sari")), in: s, .staffHasLeft)
        refuses(.assigned(number: 1, to: "sari"), by: "budi", in: s, .notACounsellor)
        refuses(.staffLeft(StaffLeft(login: "admin")), in: s, .lastAdmin)
    }

    @Test func actionsGoToSomeoneOnTheCase() throws {
        let s = try applied([.planItemAdded(PlanItemAdded(number: 1, text: "Latihan", owner: "sari", due: nil))], by: "budi")
        refuses(.staffLeft(StaffLeft(login: "sari")), in: s, .handoverNeeded)
        refuses(.staffLeft(StaffLeft(login: "sari", handoverTo: "dewi")), in: s, .ownerNotOnCase)
        let after = try applied([.staffLeft(StaffLeft(login: "sari", handoverTo: "rina"))], to: s)
        #expect(after.cases[1]?.plan.first?.owner == "rina")
    }

    @Test func yearsComeInOrderWithTheirSemesters() throws {
        let s = try applied([.yearStarted(SchoolYear.usual("2026/2027")!)])
        #expect(s.year?.name == "2026/2027")
        refuses(.yearStarted(SchoolYear.usual("2025/2026")!), in: s, .yearNotAfter)
        refuses(.yearStarted(SchoolYear(name: "2027/2028", starts: "2027-07-13", secondSemesterStarts: "2027-07-01", ends: "2028-06-30")), in: s, .yearDatesOrder)
        refuses(.yearStarted(SchoolYear(name: "2027-2028", starts: "2027-07-13", secondSemesterStarts: "2028-01-05", ends: "2028-06-30")), in: s, .badYear)
        #expect(throws: DomainError.self) { try s.validate(Fixture.event("budi", .yearStarted(SchoolYear.usual("2027/2028")!), s)) }
    }

    @Test func rosterEventsRoundTripAndOldLinesStillDecode() throws {
        var rina = school.staff["rina"]!
        rina.pinHash = "scrypt$secret"
        let events: [EventPayload] = [
            .studentChanged(andi), .studentLeft(StudentLeft(id: andi.id, departure: StudentDeparture(reason: .lulus, on: "2027-06-20"))),
            .studentReturned(StudentReturned(id: andi.id, className: "7A")), .staffChanged(rina),
            .staffLeft(StaffLeft(login: "rina", handoverTo: "budi")), .yearStarted(SchoolYear.usual("2027/2028")!),
        ]
        for p in events {
            let data = try JSONCoding.encoder().encode(Event(seq: 1, at: Fixture.t0, actor: "admin", payload: p))
            #expect(!String(decoding: data, as: UTF8.self).contains("scrypt"))
            let back = try JSONCoding.decoder().decode(Event.self, from: data)
            #expect(back.payload.typeName == p.typeName)
        }
        let old = #"{"seq":3,"at":"2026-11-02T01:00:00Z","by":"admin","type":"studentAdded","data":{"id":"s0001","nisn":"0091234567","name":"Andi","className":"VIII-B","gender":"L"}}"#
        let e = try JSONCoding.decoder().decode(Event.self, from: Data(old.utf8))
        #expect(e.payload == .studentAdded(Student(id: "s0001", nisn: "0091234567", name: "Andi", className: "VIII-B", gender: .male)))
        let oldStaff = #"{"seq":2,"at":"2026-11-02T01:00:00Z","by":"admin","type":"staffAdded","data":{"login":"x","name":"X","roles":["counsellor"],"subjects":[],"caseload":["VII"]}}"#
        #expect(try JSONCoding.decoder().decode(Event.self, from: Data(oldStaff.utf8)).payload == .staffAdded(Staff(login: "x", name: "X", roles: [.counsellor], caseload: ["VII"])))
    }
}
