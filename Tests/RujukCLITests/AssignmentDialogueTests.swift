import Foundation
import RujukDomain
import Testing
@testable import rujuk

/// `year start` on a terminal asks the new year's homerooms and caseloads (issue 14, item 5),
/// one line at a time; here the same dialogue is fed lines without a terminal.
@Suite struct AssignmentDialogueTests {
    func school() -> School {
        var s = School(name: DemoSchool.name)
        for e in DemoSchool.events { try! s.apply(e) }
        return s
    }

    /// Answers each prompt in turn; returns the prompts and the sentences that asked again.
    func run(_ d: inout AssignmentDialogue, _ answers: [String]) -> (prompts: [String], again: [String]) {
        var prompts: [String] = [], again: [String] = [], answers = answers[...]
        while let p = d.prompt(), let line = answers.popFirst() {
            prompts.append(p)
            if let a = d.answer(line) { again.append(a) }
        }
        return (prompts, again)
    }

    @Test func everyHomeroomTeacherAndCounsellorIsAskedWithWhatTheyHaveNow() {
        var d = AssignmentDialogue(school: school(), classes: ["VII-A", "VIII-B", "IX-B"], language: .en)
        #expect(d.intro.contains("Classes in the new year: VII-A, VIII-B, IX-B"))
        // budi (counsellor), rina (homeroom VIII-B), wati (counsellor), by login.
        let (prompts, again) = run(&d, ["VII VIII IX", "", "-"])
        #expect(again.isEmpty && d.isDone)
        #expect(prompts == [
            "Budi Santoso (budi):\n  caseload, classes or grades separated by spaces [VII VIII]: ",
            "Rina Marlina (rina):\n  homeroom [VIII-B]: ",
            "Wati Handayani (wati):\n  caseload, classes or grades separated by spaces [IX]: ",
        ])
        let byLogin = Dictionary(uniqueKeysWithValues: d.staff.map { ($0.login, $0) })
        #expect(byLogin["budi"]?.caseload == ["VII", "VIII", "IX"])
        #expect(byLogin["rina"]?.homeroom == "VIII-B")
        // "-" clears: Wati watches every class.
        #expect(byLogin["wati"]?.caseload == [])
    }

    @Test func aClassThatCannotBeReadIsAskedAgain() {
        var d = AssignmentDialogue(school: school(), classes: [], language: .id)
        let (prompts, again) = run(&d, ["", "Ekskul", "Kelas 9B", ""])
        #expect(again == ["  'Ekskul' bukan kelas atau tingkat (tulis seperti VII-A, Kelas 7A atau VIII); coba lagi."])
        #expect(prompts[1] == "Rina Marlina (rina):\n  wali kelas [VIII-B]: " && prompts[2] == "  wali kelas [VIII-B]: ")
        #expect(d.staff.first { $0.login == "rina" }?.homeroom == "Kelas 9B" && d.isDone)
    }

    @Test func theAnswersMakeTheYearsAssignments() {
        let s = school()
        var d = AssignmentDialogue(school: s, classes: [], language: .en)
        _ = run(&d, ["VII", "IX-A", ""])
        let plan = YearStart.promote(s, to: SchoolYear.usual("2027/2028")!, assignments: d.staff)
        let changed = Dictionary(uniqueKeysWithValues: plan.assignments.map { ($0.login, $0) })
        #expect(changed["budi"]?.caseload == ["VII"] && changed["rina"]?.homeroom == "IX-A")
        #expect(changed["wati"] == nil)
    }
}
