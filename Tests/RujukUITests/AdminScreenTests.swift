import Foundation
import Testing
@testable import RujukDomain
@testable import RujukUI

func adminState(_ lang: Language = .en, width: Int = 80, height: Int = 24) -> AppState {
    var s = demoState("admin", width: width, height: height)
    s.catalog = Catalog(lang)
    return s
}

/// The admin's screen (issue 14, item 6): what the admin sees, and that every change started
/// there is the one validated event the matching command appends.
@Suite struct AdminScreenTests {
    /// The event of a single `.append` effect, applied to the school as the store does it (the
    /// domain validates it, behind the helper too); the state hears what the store said.
    func applied(_ effects: [Effect], to state: inout AppState) throws -> Event {
        guard effects.count == 1, case .append(let events) = effects[0], events.count == 1 else {
            Issue.record("expected one append of one event, got \(effects)")
            throw CancellationError()
        }
        var school = state.school
        var e = events[0]
        e.seq = school.lastSeq + 1
        try school.apply(e)
        _ = reduce(&state, .schoolChanged(school))
        _ = reduce(&state, .appendSucceeded([e]))
        return e
    }

    func student(_ state: AppState, _ name: String) -> Student {
        state.school.students.values.first { $0.name == name }!
    }

    /// Puts the highlight on a student of the classes pane's list, through the keys.
    func highlight(_ state: inout AppState, className: String, student name: String) {
        let classIndex = state.rosterOverview.classes.firstIndex { $0.name == className }!
        _ = press(&state, [.char("1"), .char("g")] + Array(repeating: .char("j"), count: classIndex) + [.enter])
        let i = state.adminStudents.firstIndex { $0.name == name }!
        _ = press(&state, [.char("g")] + Array(repeating: .char("j"), count: i))
        #expect(state.adminStudent?.name == name)
    }

    func highlight(_ state: inout AppState, staff login: String) {
        let i = state.rosterOverview.staff.firstIndex { $0.login == login }!
        _ = press(&state, [.char("3"), .char("g")] + Array(repeating: .char("j"), count: i))
        #expect(state.adminStaff?.login == login)
    }

    @Test func theAdminSeesTheRosterNotTheCases() {
        let state = adminState()
        #expect(state.showsAdminScreen)
        let text = render(state).lines.joined(separator: "\n")
        #expect(!text.contains("Queue") && !text.contains("Thread"))
        // A teacher who is also admin keeps the case screens.
        #expect(!demoState("budi").showsAdminScreen)
    }

    @Test func classCountsAreByGenderWithThoseWhoLeft() throws {
        var state = adminState()
        let andi = student(state, "Andi Hidayat")
        var school = state.school
        try school.apply(Event(seq: school.lastSeq + 1, at: state.now, actor: "admin",
                               payload: .studentLeft(StudentLeft(id: andi.id, departure: StudentDeparture(reason: .mutasi, on: "2026-11-20")))))
        _ = reduce(&state, .schoolChanged(school))
        let row = state.rosterOverview.classes.first { $0.name == "VII-A" }!
        #expect(row.active == 29 && row.boys == 13 && row.girls == 16 && row.left == 1)
        #expect(state.rosterOverview.total.active == 269 && state.rosterOverview.total.left == 1)
        let lines = render(state).lines
        #expect(lines.contains { $0.contains("│VII-A    29  13  16      1│") }, "\(lines.joined(separator: "\n"))")
        // The leaver is listed last in their class, with why and when, in words.
        _ = press(&state, [.char("2"), .char("G")])
        #expect(state.adminStudent?.id == andi.id)
        let text = render(state).lines.joined(separator: "\n")
        #expect(text.contains("Andi Hidayat") && text.contains("left 2026-11-20, moved school"), "\(text)")
    }

    @Test func editingAStudentIsOneStudentChangedEvent() throws {
        var state = adminState()
        highlight(&state, className: "VII-A", student: "Andi Kurniawan")
        _ = press(&state, [.char("e")])
        #expect(state.admin.form?.kind == .editStudent(id: student(state, "Andi Kurniawan").id))
        let effects = press(&state, [.ctrl("u")] + type("Andi Kurniawan Putra") + [.tab, .ctrl("u")] + type("Kelas 7B") + [.ctrl("s")])
        let e = try applied(effects, to: &state)
        guard case .studentChanged(let s) = e.payload else { Issue.record("\(e.payload)"); return }
        // "Kelas 7B" is VII-B, which the school writes so: one class, not a second one beside it.
        #expect(s.name == "Andi Kurniawan Putra" && s.className == "VII-B" && e.actor == "admin")
        #expect(state.admin.form == nil && state.status == "Saved: Andi Kurniawan Putra, VII-B.")
        #expect(Set(state.school.students.values.map(\.className)).allSatisfy { !$0.lowercased().hasPrefix("kelas") })
    }

    /// A student in a school's last grade is offered as graduated.
    @Test func aPupilOfTheLastGradeIsOfferedAsGraduated() throws {
        let ix = try #require(adminState().school.students.values.first { $0.className.hasPrefix("IX") })
        #expect(AdminForm.studentLeaves(ix, today: "2026-11-20").choice(.reason)?.leaveReason == .lulus)
    }

    /// Taking the homeroom role away ends the homeroom too; it is not given back for the class.
    @Test func aHomeroomTeacherNoMoreLosesTheClass() throws {
        var state = adminState()
        let before = try #require(state.school.staff["rina"])
        #expect(before.homeroom != nil && before.has(.homeroomTeacher))
        var form = AdminForm.editStaff(before)
        let role = try #require(AdminForm.roleFields.first { $0.1 == .homeroomTeacher }?.0)
        form.set(role, AdminForm.yesNo(false))
        guard case .events(let events) = form.submit(state.school, actor: "admin", now: state.now, timeZone: state.timeZone),
              case .staffChanged(let after) = events.first?.payload else { Issue.record("not saved"); return }
        #expect(!after.has(.homeroomTeacher) && after.homeroom == nil)
        // The role kept with the class emptied: the class is asked for.
        var emptied = AdminForm.editStaff(before)
        emptied.set(.homeroom, .text(""))
        #expect(emptied.submit(state.school, actor: "admin", now: state.now, timeZone: state.timeZone) == .problem(.needed(.homeroom)))
        state.status = nil
    }

    @Test func aFormThatChangesNothingOrLacksANameSaysSo() {
        var state = adminState()
        highlight(&state, className: "VII-A", student: "Andi Kurniawan")
        #expect(press(&state, [.char("e"), .ctrl("s")]).isEmpty)
        #expect(state.status == "Nothing changed; Esc goes back.")
        #expect(press(&state, [.ctrl("u"), .ctrl("s")]).isEmpty)
        #expect(state.status == "Fill in Name." && state.admin.form?.focus == 0)
        // Esc with something changed asks first; y discards.
        _ = press(&state, [.escape])
        #expect(state.admin.form?.confirmingDiscard == true)
        _ = press(&state, [.char("y")])
        #expect(state.admin.form == nil)
    }

    @Test func aStudentLeavesWithAReasonAndADayThenComesBack() throws {
        var state = adminState()
        highlight(&state, className: "VII-A", student: "Bayu Maharani")
        let bayu = student(state, "Bayu Maharani")
        // A pupil of grade VII most likely moved school: that is offered first, not graduated.
        _ = press(&state, [.char("l")])
        #expect(state.admin.form?.choice(.reason)?.leaveReason == .mutasi)
        _ = press(&state, [.tab, .ctrl("u")] + type("20/11/2026") + [.tab] + type("SMPN 2 Moga"))
        let e = try applied(press(&state, [.ctrl("s")]), to: &state)
        #expect(e.payload == .studentLeft(StudentLeft(id: bayu.id, departure: StudentDeparture(reason: .mutasi, on: "2026-11-20", destination: "SMPN 2 Moga"))))
        #expect(state.status == "Bayu Maharani left the school (moved school (mutasi), 2026-11-20).")
        // Leaving twice is not offered; coming back is.
        let leaver = state.adminStudent!
        #expect(leaver.id == bayu.id)
        _ = press(&state, [.char("l")])
        #expect(state.admin.form == nil && state.status == "Bayu Maharani has already left; b brings them back.")
        _ = press(&state, [.char("b")])
        let back = try applied(press(&state, [.ctrl("u")] + type("VII-B") + [.ctrl("s")]), to: &state)
        #expect(back.payload == .studentReturned(StudentReturned(id: bayu.id, className: "VII-B")))
        #expect(state.school.students[bayu.id]?.isActive == true && state.school.students[bayu.id]?.className == "VII-B")
    }

    @Test func aBadDayIsRefusedInTheForm() {
        var state = adminState()
        highlight(&state, className: "VII-A", student: "Bayu Maharani")
        #expect(press(&state, [.char("l"), .tab, .ctrl("u")] + type("31/02/2026") + [.ctrl("s")]).isEmpty)
        #expect(state.status == "On: write a day such as 2026-12-01, 01/12/2026 or today.")
        #expect(state.admin.form?.focus == 1)
    }

    @Test func aLeaverWithAnOpenCaseIsListedToTheirCounsellor() throws {
        var state = adminState()
        let c = state.school.cases.values.filter { !$0.isClosed }.min { $0.number < $1.number }!
        let s = state.school.students[c.studentID]!
        highlight(&state, className: s.className, student: s.name)
        _ = try applied(press(&state, [.char("l"), .ctrl("s")]), to: &state)
        #expect(state.status?.contains("Open cases #\(c.number)") == true, "\(state.status ?? "")")
    }

    /// Beside a dialog's border there is no letter of the pane beneath (an "X" there read as
    /// a close button).
    @Test func nothingOfThePaneBeneathTouchesADialog() throws {
        var state = adminState(width: 120, height: 40)
        _ = press(&state, [.char("3"), .char("e")])
        #expect(state.admin.form != nil)
        let grid = render(state)
        let top = try #require(grid.lines.firstIndex { $0.contains("┌ Edit staff member") })
        let bottom = try #require(grid.lines.indices.first { $0 > top && grid.lines[$0].contains("└──") && grid.lines[$0].contains("┘") })
        let line = Array(grid.lines[top])
        let left = try #require(line.firstIndex(of: "┌")), right = try #require(line.lastIndex(of: "┐"))
        for y in top...bottom {
            for x in [left - 1, right + 1] {
                let cell = grid[x, y].text
                #expect(cell == " " || cell.unicodeScalars.allSatisfy { (0x2500...0x257F).contains($0.value) }, "row \(y): '\(cell)' beside the dialog")
            }
        }
    }

    @Test func editingStaffRolesHomeroomAndCaseload() throws {
        var state = adminState()
        highlight(&state, staff: "dewi")
        _ = press(&state, [.char("e")])
        let form = try #require(state.admin.form)
        // name, six role toggles in words, homeroom, caseload
        #expect(form.fields.map(\.id) == [.name, .roleSubjectTeacher, .roleHomeroomTeacher, .roleCounsellor, .roleVice, .rolePrincipal, .roleAdmin, .homeroom, .caseload])
        let text = render(state).lines.joined(separator: "\n")
        #expect(text.contains("> Name:") && text.contains("subject teacher:") && text.contains("guru BK:") && text.contains("‹yes›") && text.contains("‹no›"), "\(text)")
        // Counsellor on, a caseload of one grade and one class, a homeroom (which makes a homeroom teacher).
        let keys: [Key] = [.tab, .tab, .tab, .char(" "), .tab, .tab, .tab, .tab] + type("VII-C") + [.tab] + type("IX VIII-A")
        let e = try applied(press(&state, keys + [.ctrl("s")]), to: &state)
        guard case .staffChanged(let dewi) = e.payload else { Issue.record("\(e.payload)"); return }
        #expect(dewi.roles == [.subjectTeacher, .homeroomTeacher, .counsellor].sorted())
        #expect(dewi.homeroom == "VII-C" && dewi.caseload == ["IX", "VIII-A"])
        #expect(state.status == "Saved: Dewi Lestari.")
    }

    @Test func aClassOfAGradeTheSchoolDoesNotHaveIsRefused() throws {
        var state = adminState()
        let student = try #require(state.school.students.values.first { $0.nisn == "0091234567" })
        highlight(&state, className: student.className, student: student.name)
        _ = press(&state, [.char("e"), .tab, .ctrl("u")] + type("10A") + [.ctrl("s")])
        #expect(state.status == "10A is not a class of this school, whose classes are in grades VII to IX.")
        #expect(state.school.students[student.id]?.className == student.className)
    }

    /// Classes below the pane's edge are counted on its border (a new class had sat unseen).
    @Test func classesOutOfSightAreCounted() throws {
        let state = adminState(width: 80, height: 16)
        let lines = render(state).lines
        let classes = state.rosterOverview.classes.count
        let border = try #require(lines.first { $0.hasPrefix("└") })
        let hidden = try #require(border.firstMatch(of: /↓(\d+)/).map { Int($0.1)! }, "\(border)")
        let shown = lines.filter { line in state.rosterOverview.classes.contains { line.hasPrefix("│" + $0.name + " ") || line.contains("│" + $0.name + " ") } }.count
        #expect(hidden > 0 && hidden + shown >= classes - 1, "\(hidden) + \(shown) of \(classes)")
    }

    @Test func aCaseloadIsACounsellorsOnly() throws {
        var state = adminState()
        highlight(&state, staff: "dewi")
        _ = press(&state, [.char("e")])
        let caseload = try #require(state.admin.form?.fields.firstIndex { $0.id == .caseload })
        #expect(press(&state, Array(repeating: .tab, count: caseload) + type("8b") + [.ctrl("s")]).isEmpty)
        #expect(state.status == "Only a counsellor has a caseload: give the guru BK role too, or leave Caseload empty.")
    }

    @Test func aClassWithAHomeroomTeacherIsNotGivenASecond() throws {
        var state = adminState()
        highlight(&state, staff: "dewi")
        _ = press(&state, [.char("e")])
        let homeroom = try #require(state.admin.form?.fields.firstIndex { $0.id == .homeroom })
        // Rina holds VIII-B: typed as "8b", Dewi is refused it with Rina named, and nothing is sent.
        let keys: [Key] = Array(repeating: .tab, count: homeroom) + type("8b") + [.ctrl("s")]
        #expect(press(&state, keys).isEmpty)
        #expect(state.status == "VIII-B already has a homeroom teacher, Rina Marlina: take the class from them first (one homeroom teacher reads the class's homeroom notes).")
        // Read whole on the screen, over two lines.
        let lines = render(state).lines
        #expect((lines[22] + lines[23]).contains("reads the class's homeroom notes)."), "\(lines[22])\n\(lines[23])")
        #expect(state.admin.form?.fields[state.admin.form!.focus].id == .homeroom)
    }

    @Test func noRoleIsRefusedBeforeTheStore() {
        var state = adminState()
        highlight(&state, staff: "dewi")
        #expect(press(&state, [.char("e"), .tab, .char(" "), .ctrl("s")]).isEmpty)
        #expect(state.status == "Give them at least one role.")
    }

    @Test func staffLeaveOffersOnlyThoseWhoMayTakeOver() throws {
        var state = adminState()
        highlight(&state, staff: "budi")
        _ = press(&state, [.char("l")])
        let form = try #require(state.admin.form)
        guard case .choice(let options, _) = form.fields[0].value else { Issue.record("no choice"); return }
        // Budi holds open cases: only another counsellor may take them, and nobody is not offered.
        #expect(options == [.person("wati")])
        let text = render(state).lines.joined(separator: "\n")
        #expect(text.contains("Holds open cases: #") && text.contains("Wati Handayani · guru BK"), "\(text)")
        let held = state.school.handover(of: "budi").cases
        let e = try applied(press(&state, [.ctrl("s")]), to: &state)
        #expect(e.payload == .staffLeft(StaffLeft(login: "budi", handoverTo: "wati")))
        #expect(held.allSatisfy { state.school.cases[$0]?.assignee == "wati" })
        #expect(state.status == "Budi Santoso left: their access has ended. Wati Handayani takes over and is told.")
        // Someone who left is still listed (after those here), marked, and cannot be edited or leave again.
        _ = press(&state, [.char("G")])
        #expect(state.adminStaff?.login == "budi")
        _ = press(&state, [.char("e")])
        #expect(state.admin.form == nil && state.status == "This person has left the school; their record stays as it was.")
    }

    @Test func theAdminCannotEndTheirOwnAccessHere() {
        var state = adminState()
        highlight(&state, staff: "admin")
        _ = press(&state, [.char("l")])
        #expect(state.admin.form == nil && state.status == "You cannot end your own access here.")
    }

    @Test func anImportIsReadPreviewedAndAppliedWithY() throws {
        var state = adminState()
        let effects = press(&state, [.char("i")] + type("~/kelas.csv") + [.tab, .right, .right, .ctrl("s")])
        #expect(effects == [.previewImport(path: "~/kelas.csv", missingLeft: .mutasi, on: "2026-11-24")])
        #expect(state.status == "Reading ~/kelas.csv…")
        // The run loop read the file and planned it: a move and a new student.
        let andi = student(state, "Andi Hidayat")
        let entries = [RosterEntry(line: 2, name: "Andi Hidayat", nisn: andi.nisn, className: "VII-C"),
                       RosterEntry(line: 3, name: "Siti Baru", nisn: "0012345678", className: "VII-A")]
        let plan = RosterSync.plan(entries, school: state.school, on: "2026-11-24")
        _ = reduce(&state, .importPreviewed(file: "~/kelas.csv", plan))
        #expect(state.admin.form == nil && state.admin.preview?.plan == plan)
        let text = render(state).lines.joined(separator: "\n")
        #expect(text.contains("Import · ~/kelas.csv") && text.contains("1 new, 1 moved") && text.contains("moves: Andi Hidayat: VII-A → VII-C"), "\(text)")
        #expect(text.contains("new: Siti Baru (VII-A, NISN 0012345678)") && text.contains("y apply all of this as one step"))
        let applied = press(&state, [.char("y")])
        guard case .append(let events) = applied.first else { Issue.record("\(applied)"); return }
        #expect(events.map(\.payload) == plan.events && events.allSatisfy { $0.actor == "admin" })
        // A second y while the store works does nothing; the store's answer closes the preview.
        #expect(press(&state, [.char("y")]).isEmpty)
        _ = reduce(&state, .appendSucceeded(events))
        #expect(state.admin.preview == nil && state.status == "Applied 2 changes from ~/kelas.csv.")
    }

    @Test func aFileThatCannotBeReadLeavesTheFormWithTheReason() {
        var state = adminState()
        _ = press(&state, [.char("i")] + type("/nope.csv") + [.ctrl("s")])
        _ = reduce(&state, .failed(Failure(.failed, "Cannot read /nope.csv; check the path.")))
        #expect(state.admin.form?.text(.file) == "/nope.csv" && state.admin.form?.sent == false)
        #expect(render(state).lines.last?.contains("Cannot read /nope.csv") == true)
    }

    @Test func aPreviewIsCancelledWithEscAndNothingIsWritten() {
        var state = adminState()
        let plan = RosterSync.plan([RosterEntry(line: 2, name: "Siti Baru", nisn: "0012345678", className: "VII-A")], school: state.school, on: "2026-11-24")
        _ = reduce(&state, .importPreviewed(file: "kelas.csv", plan))
        #expect(press(&state, [.escape]).isEmpty)
        #expect(state.admin.preview == nil && state.status == "Nothing imported from kelas.csv.")
    }

    @Test func aStoreRefusalKeepsTheFormOpen() {
        var state = adminState()
        highlight(&state, className: "VII-A", student: "Andi Kurniawan")
        _ = press(&state, [.char("e"), .tab, .ctrl("u")] + type("Ekskul") + [.ctrl("s")])
        _ = reduce(&state, .failed(Failure(.refused, "'Ekskul' is not a class name.")))
        #expect(state.admin.form?.text(.className) == "Ekskul" && state.admin.form?.sent == false)
    }

    @Test func theEventsAreRefusedForSomeoneWhoIsNotAdmin() throws {
        // The same events from a teacher's session are refused by the domain, wherever it runs.
        var state = adminState()
        highlight(&state, className: "VII-A", student: "Andi Kurniawan")
        let effects = press(&state, [.char("e"), .tab, .ctrl("u")] + type("VII-B") + [.ctrl("s")])
        guard case .append(var events) = effects.first else { Issue.record("\(effects)"); return }
        events[0].actor = "sari"
        events[0].seq = state.school.lastSeq + 1
        var school = state.school
        #expect { try school.apply(events[0]) } throws: { ($0 as? DomainError)?.denial == .onlyAdminManagesRoster }
    }

    @Test func theHelpListsTheAdminsKeysAndWhyOneIsNotNow() {
        var state = adminState(width: 120, height: 40)
        _ = press(&state, [.char("?")])
        let text = render(state).lines.joined(separator: "\n")
        for b in adminKeymap(for: state) { #expect(text.contains(b.help)) }
        #expect(text.contains("×edit the student or staff member"))
        _ = press(&state, [.char("x")])
        #expect(!state.admin.help)
    }

    /// No stored spelling (`roleSubjectTeacher`, `mutasi` alone, `handoverTo`) on any screen of
    /// the admin's, in either language.
    @Test(arguments: [Language.en, .id]) func noRawIdentifierOnAnyAdminScreen(lang: Language) throws {
        var screens: [String] = []
        for (w, h) in [(80, 24), (120, 40)] {
            var state = adminState(lang, width: w, height: h)
            screens.append(render(state).lines.joined(separator: "\n"))
            highlight(&state, className: "VII-A", student: "Andi Kurniawan")
            for keys in [[Key.char("e")], [.char("l")], [.char("l"), .right], [.char("l"), .right, .right]] {
                _ = press(&state, keys)
                screens.append(render(state).lines.joined(separator: "\n"))
                _ = press(&state, [.escape, .char("y")])
            }
            highlight(&state, staff: "budi")
            for key in [Key.char("e"), .char("l")] {
                _ = press(&state, [key])
                screens.append(render(state).lines.joined(separator: "\n"))
                _ = press(&state, [.escape, .char("y")])
            }
            _ = press(&state, [.char("i"), .tab, .right])
            screens.append(render(state).lines.joined(separator: "\n"))
            _ = press(&state, [.escape, .char("y"), .char("?")])
            screens.append(render(state).lines.joined(separator: "\n"))
        }
        // The camelCase spellings of roles and fields; in English also the Dapodik words alone.
        let camel = (Role.allCases.map(\.rawValue) + AdminForm.Field.allCases.map(\.rawValue)).filter { $0 != $0.lowercased() }
        let raw = camel + (lang == .en ? ["‹lulus›", "‹mutasi›", "‹keluar›"] : ["‹yes›", "‹no›"]) + ["‹›"]
        for screen in screens {
            for word in raw {
                #expect(!screen.contains(word), "\(word) in\n\(screen)")
            }
            #expect(!screen.contains("admin") || screen.contains("(admin)"))
        }
    }

    @Test(arguments: [(Language.en, 80, 24), (.id, 80, 24), (.en, 120, 40), (.id, 120, 40)])
    func theWholeScreen(lang: Language, width: Int, height: Int) {
        let lines = render(adminState(lang, width: width, height: height)).lines.map { String($0.reversed().drop { $0 == " " }.reversed()) }
        let expected = AdminGolden.screen(lang, width)
        #expect(lines == expected, "\(lines.joined(separator: "\n"))")
    }
}
