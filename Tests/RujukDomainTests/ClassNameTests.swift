import Testing
@testable import RujukDomain

@Suite struct ClassNameTests {
    @Test(arguments: [
        ("Kelas 7A", 7, "A"), ("7A", 7, "A"), ("VII A", 7, "A"), ("VII-B", 7, "B"), ("VIIA", 7, "A"),
        ("VIII-B", 8, "B"), ("IX C", 9, "C"), ("kelas 9b", 9, "B"), ("X-MIPA-1", 10, "MIPA1"), ("XII TKJ 1", 12, "TKJ1"),
        ("XI IPS 2", 11, "IPS2"), ("1", 1, ""), ("6B", 6, "B"), ("Kls. 8 C", 8, "C"), ("VIII", 8, ""),
    ])
    func theGradeIsReadAsTheSchoolWritesIt(text: String, grade: Int, section: String) throws {
        let c = try #require(ClassName(text))
        #expect(c.grade == grade)
        #expect(c.section == section)
    }

    @Test(arguments: ["", "Ekskul", "kelas tujuh", "13A", "0B", "Alumni", "VIKINGS"])
    func noGradeNoClass(text: String) {
        #expect(ClassName(text) == nil)
        #expect(throws: DomainError.self) { try Validation.className(text) }
    }

    @Test func spellingsOfOneClassAreTheSameClass() {
        #expect(ClassName.same("Kelas 7A", "VII-A"))
        #expect(ClassName.same("7A", "VII A"))
        #expect(!ClassName.same("7A", "7B"))
        #expect(!ClassName.same("VII-A", "VIII-A"))
    }

    @Test func aGradeInACaseloadCoversItsClassesInAnySpelling() {
        #expect(ClassName.covers("VIII", "Kelas 8B"))
        #expect(ClassName.covers("8", "VIII-B"))
        #expect(ClassName.covers("VIII-B", "8B"))
        #expect(!ClassName.covers("VIII-B", "8A"))
        #expect(!ClassName.covers("VII", "VIII-A"))
        let budi = Staff(login: "budi", name: "Budi", roles: [.counsellor], caseload: ["VII", "VIII"])
        #expect(budi.caseloadCovers("Kelas 7A") && budi.caseloadCovers("VIII-C") && !budi.caseloadCovers("9A"))
    }

    @Test(arguments: [("Kelas 7A", "Kelas 8A"), ("VII-B", "VIII-B"), ("8C", "9C"), ("VIII A", "IX A"), ("X-MIPA-1", "XI-MIPA-1")])
    func promotionKeepsTheSchoolsSpelling(from: String, to: String) {
        #expect(ClassName.promoted(from) == to)
    }

    @Test func theTopGradeHasNoNextClass() {
        #expect(ClassName.promoted("XII TKJ 1") == nil)
    }

    @Test func schoolYearsHaveSemesters() throws {
        let y = try #require(SchoolYear.usual("2027/2028"))
        #expect(y.starts == "2027-07-13" && y.ends == "2028-06-30")
        #expect(y.firstSemesterEnds == "2028-01-04")
        #expect(y.semester(on: "2027-09-01") == 1 && y.semester(on: "2028-03-01") == 2 && y.semester(on: "2028-08-01") == nil)
        #expect(SchoolYear.usual("2027/2029") == nil && SchoolYear.usual("2027") == nil)
    }
}

@Suite struct ClassNameFastPathTests {
    @Test(arguments: [("VIII-B", "VIII-B", true), ("VIII-B", "VIII-A", false), ("VIII-B", "8B", true), ("VIIA", "VII-A", true),
                      ("X-MIPA-1", "X MIPA 1", true), ("X-MIPA-1", "X-MIPA-2", false), ("IIX-A", "VIII-A", false)])
    func theFastPathAgreesWithParsing(a: String, b: String, same: Bool) {
        #expect(ClassName.same(a, b) == same)
    }
}

/// A class typed in another spelling is written as the school already writes it.
@Suite struct ClassSpellingTests {
    @Test(arguments: [("kelas 8b", "VIII-B"), ("8B", "VIII-B"), (" VIII B ", "VIII-B"), ("VIII-B", "VIII-B"),
                      ("XII-Z", "XII-Z"), ("  Kelas 12 Z", "Kelas 12 Z"), ("no grade", "no grade")])
    func aClassIsWrittenAsTheSchoolWritesIt(typed: String, stored: String) {
        #expect(Fixture.demo.classSpelling(typed) == stored)
    }
}

/// Classes are listed in the school's order: VII, VIII, IX (as text, "IX" comes first).
@Suite struct ClassOrderTests {
    @Test func gradesComeInOrderThenSections() {
        let listed = ["IX-B", "VII-C", "VIII-A", "IX-A", "VII-A", "Kelas 8B", "X-MIPA-1", "Ekskul"]
        #expect(listed.sorted(by: ClassName.precedes) == ["VII-A", "VII-C", "VIII-A", "Kelas 8B", "IX-A", "IX-B", "X-MIPA-1", "Ekskul"])
    }

    @Test func aSearchListsTheLowerGradeFirst() {
        let found = Fixture.demo.searchStudents("Dimas").map(\.className)
        #expect(found.count >= 2 && zip(found, found.dropFirst()).allSatisfy { !ClassName.precedes($1, $0) }, "\(found)")
        #expect(Set(found).count >= 2)
    }
}
