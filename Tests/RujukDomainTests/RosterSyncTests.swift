import Testing
@testable import RujukDomain

@Suite struct RosterSyncTests {
    /// Three students as a first Dapodik import made them.
    static var school: School {
        var s = School(name: "Uji")
        let events: [EventPayload] = [
            .staffAdded(Staff(login: "admin", name: "Operator", roles: [.admin])),
            .studentAdded(Student(id: "s0001", nisn: "0091234567", name: "Andi Pratama", className: "Kelas 8B", gender: .male, nipd: "2425001", birthDate: "2011-06-19")),
            .studentAdded(Student(id: "s0002", nisn: nil, name: "Bunga Lestari", className: "Kelas 8B", gender: .female, nipd: "2425002", birthDate: "2011-02-03")),
            .studentAdded(Student(id: "s0003", nisn: nil, name: "Candra Wijaya", className: "Kelas 9A", birthDate: "2010-09-30")),
            .studentAdded(Student(id: "s0004", nisn: nil, name: "Dewi Sari", className: "7A")),
        ]
        for p in events { try! s.apply(Fixture.event("admin", p, s)) }
        return s
    }

    func entry(_ line: Int, _ name: String, nisn: String? = nil, nipd: String? = nil, birth: String? = nil, _ cls: String) -> RosterEntry {
        RosterEntry(line: line, name: name, nisn: nisn, nipd: nipd, birthDate: birth, className: cls)
    }

    @Test func matchesByNISNThenNIPDThenNameAndBirthDate() throws {
        let plan = RosterSync.plan([
            entry(7, "Andi Pratama", nisn: "0091234567", "Kelas 8C"),                 // NISN: moves
            entry(8, "Bunga Citra Lestari", nisn: "0087654321", nipd: "2425002", "Kelas 8B"), // NIPD: corrected, NISN added
            entry(9, "CANDRA WIJAYA", birth: "2010-09-30", "Kelas 9A"),               // name and birth date
            entry(10, "Dewi Sari", "7A"),                                            // name only: uncertain
            entry(11, "Eko Prasetyo", nisn: "0111111111", "Kelas 7A"),                // new
        ], school: Self.school, on: "2027-01-05")
        #expect(plan.moved.map(\.before.id) == ["s0001"])
        #expect(plan.moved.first?.after.className == "Kelas 8C")
        #expect(plan.corrected.map(\.before.id).sorted() == ["s0002", "s0003"])
        #expect(plan.corrected.first { $0.before.id == "s0002" }?.fields == ["name", "nisn"])
        #expect(plan.uncertain.map(\.entry.line) == [10])
        #expect(plan.added.map(\.name) == ["Eko Prasetyo"] && plan.added.first?.id == "s0005")
        // The uncertain match is neither added nor counted as missing.
        #expect(plan.missing.isEmpty)
        var s = Self.school
        for p in plan.events { try s.apply(Fixture.event("admin", p, s)) }
        #expect(s.students.count == 5)
        #expect(s.students["s0002"]?.nisn == "0087654321")
        // Applied again, the same file changes nothing and duplicates no one.
        let again = RosterSync.plan([entry(7, "Andi Pratama", nisn: "0091234567", "Kelas 8C"),
                                     entry(11, "Eko Prasetyo", nisn: "0111111111", "Kelas 7A")], school: s, on: "2027-01-05")
        #expect(again.events.isEmpty && again.unchanged == 2)
    }

    @Test func studentsMissingFromTheFileLeaveOnlyWhenAsked() {
        let rows = [entry(7, "Andi Pratama", nisn: "0091234567", "Kelas 8B")]
        let listed = RosterSync.plan(rows, school: Self.school, on: "2027-01-05")
        #expect(listed.missing.count == 3 && listed.events.isEmpty)
        let marked = RosterSync.plan(rows, school: Self.school, missingLeft: .mutasi, on: "2027-01-05")
        #expect(marked.events.count == 3)
        #expect(marked.events.allSatisfy { if case .studentLeft(let l) = $0 { l.departure == StudentDeparture(reason: .mutasi, on: "2027-01-05") } else { false } })
    }

    @Test func disagreeingIdentifiersAreListedNotApplied() {
        let plan = RosterSync.plan([
            entry(7, "Andi Pratama", nisn: "0091234567", nipd: "2425002", "Kelas 8B"),
            entry(8, "Andi P.", nisn: "0091234567", "Kelas 8B"),
        ], school: Self.school, on: "2027-01-05")
        // The second line means a student the first already left in doubt: uncertain too.
        #expect(plan.uncertain.count == 2)
        #expect(plan.uncertain.last?.reason == .sameAsLine(7, Self.school.students["s0001"]!))
        if case .idsDisagree(let a, let b) = plan.uncertain.first?.reason { #expect(a.id == "s0001" && b.id == "s0002") } else { Issue.record("expected idsDisagree") }
        #expect(plan.events.isEmpty)
    }

    @Test func theSameStudentTwiceIsUncertain() {
        let plan = RosterSync.plan([
            entry(7, "Andi Pratama", nisn: "0091234567", "Kelas 8B"),
            entry(9, "Andi Pratama", nipd: "2425001", "Kelas 8B"),
        ], school: Self.school, on: "2027-01-05")
        #expect(plan.uncertain.first?.reason == .sameAsLine(7, Self.school.students["s0001"]!))
    }

    @Test func aStudentWhoLeftAndIsBackReturns() throws {
        var s = Self.school
        try s.apply(Fixture.event("admin", .studentLeft(StudentLeft(id: "s0001", departure: StudentDeparture(reason: .keluar, on: "2026-12-01"))), s))
        let plan = RosterSync.plan([entry(7, "Andi Pratama", nisn: "0091234567", "Kelas 8A")], school: s, on: "2027-01-05")
        #expect(plan.returned.map(\.id) == ["s0001"])
        for p in plan.events { try s.apply(Fixture.event("admin", p, s)) }
        #expect(s.students["s0001"]?.isActive == true && s.students["s0001"]?.className == "Kelas 8A")
    }
}

@Suite struct YearStartTests {
    let school = Fixture.oneCase()
    var year: SchoolYear { SchoolYear.usual("2027/2028")! }

    @Test func promotionMovesEveryClassUpAndTheTopGradeGraduates() throws {
        let rina = { var r = school.staff["rina"]!; r.homeroom = "IX-B"; return r }()
        let plan = YearStart.promote(school, to: year, assignments: [rina])
        #expect(plan.events.first == .yearStarted(year))
        #expect(plan.promoted.contains(YearPlan.Group(from: "VIII-B", to: "IX-B", count: 30)))
        #expect(plan.graduated.map(\.from) == ["IX-A", "IX-B", "IX-C"])
        #expect(plan.classes == ["VIII-A", "VIII-B", "VIII-C", "IX-A", "IX-B", "IX-C"])
        #expect(plan.assignments.map(\.login) == ["rina"])
        var s = school
        for p in plan.events { try s.apply(Fixture.event("admin", p, s)) }
        #expect(s.year == year)
        let andi = s.students.values.first { $0.name == "Andi Pratama" }!
        #expect(andi.className == "IX-B")
        // Andi's open case follows him: Rina, homeroom of IX-B now, still sees it.
        #expect(s.canSee(s.staff["rina"]!, s.cases[1]!))
        let graduate = s.students.values.first { $0.left?.reason == .lulus }!
        #expect(graduate.left?.on == "2027-07-12")
        #expect(s.students.values.filter(\.isActive).count == 180)
    }

    @Test func homeroomsOfClassesThatNoLongerExistAreNamed() {
        var s = school
        var rina = s.staff["rina"]!
        rina.homeroom = "VII-C"
        s.staff["rina"] = rina
        let plan = YearStart.promote(s, to: year)
        #expect(plan.staleHomerooms.map(\.login) == ["rina"])
    }

    @Test func aGraduateHasNoHomeroomTeacherButKeepsTheCounsellor() throws {
        var s = school
        let andi = s.students.values.first { $0.name == "Andi Pratama" }!
        try s.apply(Fixture.event("admin", .studentLeft(StudentLeft(id: andi.id, departure: StudentDeparture(reason: .lulus, on: "2027-06-20"))), s))
        #expect(!s.canSee(s.staff["rina"]!, s.cases[1]!))
        #expect(s.canSee(s.staff["budi"]!, s.cases[1]!))
    }

    @Test func assignmentsAreReadWithTheirLines() {
        let text = "# comment\nrina;IX-B;\nbudi;;VIII IX\nnobody;VII-A;\nwati;Ekskul;\n"
        let (staff, problems) = YearStart.assignments(text, school: school)
        #expect(staff.map(\.login) == ["rina", "budi"])
        #expect(staff[1].caseload == ["VIII", "IX"])
        #expect(problems.map(\.line) == [4, 5])
        #expect(YearStart.template(school, classes: ["VII-A"]).contains("rina;VIII-B;"))
    }
}

@Suite struct StaffSyncTests {
    @Test(arguments: [("Guru BK", "", [Role.counsellor]), ("Guru Mapel", "Wakasek Kesiswaan", [.subjectTeacher, .viceStudentAffairs]),
                      ("Kepala Sekolah", "", [.principal]), ("Guru Mapel", "Wakil Kepala Sekolah Bidang Kurikulum", [.subjectTeacher]),
                      ("Tenaga Administrasi Sekolah", "", [])])
    func rolesFromJenisPTKAndTugasTambahan(jenis: String, tugas: String, roles: [Role]) {
        #expect(StaffEntry.roles(jenisPTK: jenis, tugasTambahan: tugas) == roles)
    }

    @Test func matchedByNIPThenLoginThenName() {
        var school = Fixture.demo
        school.staff["wati"]?.nip = "197001012000012001"
        let plan = StaffSync.plan([
            StaffEntry(line: 6, name: "Wati H., M.Pd.", nip: "197001012000012001"),
            StaffEntry(line: 7, name: "Rina Marlina, S.Si.", nip: "198101012006012002"),
            StaffEntry(line: 8, name: "Dewi L.", nip: "198201012007012003", login: "dewi"),
            StaffEntry(line: 9, name: "Orang Baru", nip: nil, login: "baru", roles: [.counsellor]),
            StaffEntry(line: 10, name: "Tanpa Login"),
        ], school: school)
        #expect(plan.updated.map(\.login) == ["rina", "dewi"])
        #expect(plan.added.map(\.login) == ["baru"] && plan.added.first?.roles == [.counsellor])
        #expect(plan.unknown.map(\.line) == [10])
    }
}

@Suite struct HandoverNoteTests {
    @Test func theReceiverIsToldWhatCameFromAColleagueWhoLeft() throws {
        var s = Fixture.oneCase()
        try s.apply(Fixture.event("budi", .pickedUp(number: 1), s))
        try s.apply(Fixture.event("admin", .staffLeft(StaffLeft(login: "budi", handoverTo: "wati")), s))
        let notes = s.handoverNotes(for: s.staff["wati"]!, at: Fixture.t0)
        #expect(notes.map(\.cases) == [[1]])
        if case .colleague(let login, _) = notes.first?.source { #expect(login == "budi") } else { Issue.record("expected a colleague's handover") }
        #expect(s.handoverNotes(for: s.staff["sari"]!, at: Fixture.t0).isEmpty)
    }

    @Test func aNewHomeroomTeacherSeesTheClassesOpenCasesInTheFirstWeeks() throws {
        var s = Fixture.oneCase()
        let year = SchoolYear(name: "2026/2027", starts: "2026-11-01", secondSemesterStarts: "2027-01-05", ends: "2027-06-30")
        for p in YearStart.promote(s, to: year).events { try s.apply(Fixture.event("admin", p, s)) }
        var rina = s.staff["rina"]!
        rina.homeroom = "IX-B"
        try s.apply(Fixture.event("admin", .staffChanged(rina), s))
        let inTime = s.handoverNotes(for: s.staff["rina"]!, at: ISODate.parse("2026-11-10")!)
        #expect(inTime == [HandoverNote(source: .homeroom(className: "IX-B", year: "2026/2027"), cases: [1])])
        #expect(s.handoverNotes(for: s.staff["rina"]!, at: ISODate.parse("2027-01-10")!).isEmpty)
    }
}

@Suite struct SemesterEndTests {
    @Test func atSemesterEndReferrersAreAskedForTheLaijapangOnce() throws {
        var s = Fixture.oneCase()
        let year = SchoolYear(name: "2026/2027", starts: "2026-07-13", secondSemesterStarts: "2027-01-05", ends: "2027-06-30")
        try s.apply(Fixture.event("admin", .yearStarted(year), s))
        let sari = s.staff["sari"]!
        let early = ISODate.parse("2026-12-01T03:00:00Z")!, late = ISODate.parse("2026-12-28T03:00:00Z")!
        #expect(!s.observationsAsked(of: sari, in: s.cases[1]!, at: early).contains(.laijapang))
        #expect(s.observationsAsked(of: sari, in: s.cases[1]!, at: late).contains(.laijapang))
        let asked = s.actions(for: sari, at: late).first { $0.kind == .observation(.laijapang) }
        #expect(asked?.due == ISODate.parse("2027-01-04"))
        // Given once this semester, it is not asked again until the next one ends.
        var review = Fixture.event("sari", .reviewRecorded(ReviewRecorded(number: 1, horizon: .laijapang, rating: 4, visibility: .team, text: "Lebih fokus.")), s)
        review.at = late
        try s.apply(review)
        #expect(!s.observationsAsked(of: sari, in: s.cases[1]!, at: late).contains(.laijapang))
        #expect(s.observationsAsked(of: sari, in: s.cases[1]!, at: ISODate.parse("2027-06-20T03:00:00Z")!).contains(.laijapang))
        #expect(!s.observationsAsked(of: s.staff["budi"]!, in: s.cases[1]!, at: late).contains(.laijapang))
    }
}
