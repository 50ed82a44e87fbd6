import ArgumentParser
import Foundation
import RujukDomain
import RujukStore

extension Rujuk {
    struct Students: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Search students by name or NISN, or add one (admin).",
            subcommands: [Search.self, Add.self, SetRecord.self, Leave.self, Back.self], defaultSubcommand: Search.self)

        struct Search: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Search students by name or NISN.")
            @OptionGroup var options: StoreOptions
            @OptionGroup var output: OutputOptions
            @Argument(help: "Words of the name, or the start of an NISN.") var query: String = ""
            @Option(name: .customLong("class"), help: "Only this class, e.g. VIII-B (any spelling of it).") var className: String?
            @ArgumentParser.Flag(name: .customLong("left"), help: "Include students who left.") var includingLeft = false

            func run() throws {
                let session = try Session.open(options)
                let found = session.school.searchStudents(query, inClass: className, includingLeft: includingLeft)
                if output.json {
                    try CaseJSON.print(found.map { CaseJSON.StudentRef(name: $0.name, class: $0.className, nisn: $0.nisn, left: $0.left) })
                    return
                }
                if found.isEmpty { say(Localization.t(.noStudentMatches)); return }
                let width = max(7, (found.map { $0.className.count }.max() ?? 0) + 1)
                for s in found {
                    // Only a case this person may see is named: a list never reveals that one exists.
                    let open = session.school.openCase(ofStudent: s.id, seenBy: session.actor)
                        .map { Localization.t(.openCaseOf("\($0.number)")) } ?? ""
                    let left = s.left.map { "  " + Localization.t(.leftMark($0.reason.rawValue, $0.on)) } ?? ""
                    say(CaseText.pad(s.nisn ?? "-", 12) + CaseText.pad(CaseText.clean(s.className), width) + CaseText.clean(s.name) + open + left)
                }
            }
        }

        struct Add: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Add a student (admin only).")
            @OptionGroup var options: StoreOptions
            @Option(help: "Full name.") var name: String
            @Option(name: .customLong("class"), help: "Class, e.g. VIII-B.") var className: String
            @Option(help: "National student number (ten digits).") var nisn: String?
            @Option(help: "The school's student number (NIPD).") var nipd: String?
            @Option(help: "L or P.") var gender: Gender?
            @Option(help: "Birth date, YYYY-MM-DD.") var birthDate: String?

            func validate() throws {
            }

            func run() throws {
                let session = try Session.open(options)
                try session.refuseClassOutsideGrades(className)
                let student = Student(id: session.school.nextStudentID, nisn: nisn, name: name, className: session.school.classSpelling(className),
                                      gender: gender, nipd: nipd, birthDate: birthDate)
                try session.append([session.event(.studentAdded(student))])
                say(Localization.t(.studentAdded(CaseText.clean(name), CaseText.clean(student.className))))
            }
        }

        struct SetRecord: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "set",
                abstract: "Correct a student's record or move them to another class (admin only).")
            @OptionGroup var options: StoreOptions
            @Argument(help: "NISN, student id, or a name that matches one student.") var student: String
            @Option(help: "The corrected full name.") var name: String?
            @Option(name: .customLong("class"), help: "The new class, as the school writes it (Kelas 8B, VIII-B).") var className: String?
            @Option(help: "National student number (ten digits).") var nisn: String?
            @Option(help: "The school's student number (NIPD).") var nipd: String?
            @Option(help: "L or P.") var gender: Gender?
            @Option(help: "Birth date, YYYY-MM-DD.") var birthDate: String?

            func validate() throws {
            }

            func run() throws {
                let session = try Session.open(options)
                let before = try session.student(student)
                var after = before
                if let name { after.name = name }
                if let className {
                    if ClassName(className)?.grade != ClassName(before.className)?.grade { try session.refuseClassOutsideGrades(className) }
                    after.className = session.school.classSpelling(className)
                }
                if let nisn { after.nisn = nisn.isEmpty ? nil : nisn }
                if let nipd { after.nipd = nipd.isEmpty ? nil : nipd }
                if let gender { after.gender = gender }
                if let birthDate { after.birthDate = birthDate.isEmpty ? nil : birthDate }
                guard after != before else { throw CommandError.usage(Localization.t(.nothingToChange(CaseText.clean(before.name)))) }
                try session.append([session.event(.studentChanged(after))])
                say(Localization.t(.studentChanged(CaseText.clean(after.name), after.className)))
            }
        }

        struct Leave: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Record that a student left: lulus (graduated), mutasi (moved school) or keluar (admin only).")
            @OptionGroup var options: StoreOptions
            @Argument(help: "NISN, student id, or a name that matches one student.") var student: String
            @Option(help: "Graduated (lulus), moved to another school (mutasi) or left (keluar).") var reason: LeaveReason
            @Option(help: "The day they left, YYYY-MM-DD (default today).") var date: String?
            @Option(name: .customLong("to"), help: "For a mutasi: the school they moved to.") var destination: String?

            func validate() throws {
            }

            func run() throws {
                let session = try Session.open(options)
                let s = try session.student(student)
                let departure = StudentDeparture(reason: reason, on: date ?? RosterImport.today, destination: destination)
                try session.append([session.event(.studentLeft(StudentLeft(id: s.id, departure: departure)))])
                say(Localization.t(.studentLeftDone(CaseText.clean(s.name), s.className, departure.on, reason.rawValue)))
                // Their open cases stay with their counsellor, to close or refer onward.
                for c in session.school.cases.values.filter({ $0.studentID == s.id && !$0.isClosed }).sorted(by: { $0.number < $1.number }) {
                    say(Localization.t(.openCasesOfLeaver("\(c.number)", c.assignee.map(session.school.displayName) ?? Localization.t(.notPickedUpYet))))
                    if departure.reason == .mutasi { say(Localization.t(.mutasiHint("\(c.number)", destination ?? "…"))) }
                }
            }
        }

        struct Back: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "A student who left is back, into a class (admin only).")
            @OptionGroup var options: StoreOptions
            @Argument(help: "NISN, student id, or a name that matches one student.") var student: String
            @Option(name: .customLong("class"), help: "The class they join.") var className: String

            func run() throws {
                let session = try Session.open(options)
                let s = try session.student(student)
                try session.refuseClassOutsideGrades(className)
                let joined = session.school.classSpelling(className)
                try session.append([session.event(.studentReturned(StudentReturned(id: s.id, className: joined)))])
                say(Localization.t(.studentReturnedDone(CaseText.clean(s.name), joined)))
            }
        }
    }
}

extension Session {
    /// A class of a grade this school does not have is refused (see `School.gradesWithout`).
    func refuseClassOutsideGrades(_ className: String) throws {
        guard let (lowest, highest) = school.gradesWithout(className) else { return }
        throw CommandError.data(Localization.t(.classOutsideGrades(CaseText.clean(className), ClassName.romans[lowest - 1], ClassName.romans[highest - 1])))
    }
}
