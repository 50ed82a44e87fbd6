import ArgumentParser
import CSV
import Foundation
import RujukUI
import RujukDomain
import RujukStore

extension Rujuk {
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import a roster.", subcommands: [ImportStudents.self])
    }

    struct ImportStudents: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "students",
            abstract: "Import students from CSV (columns name/nama, nisn, class/kelas/rombel); nothing is imported if any row is bad.")
        @OptionGroup var options: StoreOptions
        @Argument(help: "The CSV file.") var file: String

        func run() throws {
            let session = try Session.open(options)
            if let denial = session.school.denial(session.actor, .manageRoster, on: nil) { throw CommandError.notPermitted(Catalog(Localization.language).denial(denial)) }
            guard let data = FileManager.default.contents(atPath: file) else {
                throw CommandError.notFound(Localization.t(.cannotReadFile, file))
            }
            guard let text = String(data: data, encoding: .utf8) else {
                throw CommandError.data(Localization.t(.fileNotUTF8, file))
            }
            let students = try RosterCSV.parse(text, file: file, school: session.school)
            try session.append(students.map { session.event(.studentAdded($0)) })
            say(Localization.t(.imported, "\(students.count)", file))
        }
    }
}

/// Reads a roster CSV by its header names and checks every row before anything is imported.
enum RosterCSV {
    static func parse(_ text: String, file: String, school: School) throws -> [Student] {
        let reader: CSVReader
        do { reader = try CSVReader(string: text, hasHeaderRow: true, trimFields: true) } catch {
            throw CommandError.data(Localization.t(.notCSV, file, "\(error)"))
        }
        let header = (reader.headerRow ?? []).map { $0.lowercased().trimmingCharacters(in: .whitespaces) }
        func column(_ names: [String]) -> Int? { header.firstIndex { names.contains($0) } }
        guard let nameColumn = column(["name", "nama", "nama siswa", "nama lengkap"]),
              let classColumn = column(["class", "kelas", "rombel"]) else {
            throw CommandError.data(Localization.t(.csvNeedsHeader, file))
        }
        let nisnColumn = column(["nisn"])
        var problems: [String] = []
        var students: [Student] = []
        var scratch = school
        var line = 1
        var nextID = (school.students.keys.compactMap { Int($0.dropFirst()) }.max() ?? 0) + 1
        while let row = reader.next() {
            line += 1
            if row.allSatisfy({ $0.isEmpty }) { continue }
            func field(_ i: Int?) -> String? { i.flatMap { $0 < row.count ? row[$0] : nil }.flatMap { $0.isEmpty ? nil : $0 } }
            let student = Student(id: String(format: "s%04d", nextID), nisn: field(nisnColumn),
                                  name: field(nameColumn) ?? "", className: field(classColumn) ?? "")
            do {
                try scratch.apply(Event(seq: scratch.lastSeq + 1, at: Date(), actor: school.staff.values.first { $0.has(.admin) }?.login ?? "",
                                        payload: .studentAdded(student)))
                students.append(student)
                nextID += 1
            } catch {
                problems.append(Localization.t(.rowProblem, "\(line)", Localization.text(error)))
            }
        }
        if !problems.isEmpty {
            throw CommandError.data(Localization.t(.badRows, file, "\(problems.count)", problems.joined(separator: "; ")))
        }
        return students
    }
}
