#if canImport(Glibc)
import Glibc
#endif
import Foundation
import RujukDomain
import RujukRoster

/// Reading a roster file at the edge, and turning what the pure reader found into sentences.
enum RosterImport {
    /// The entries of a file; any bad row, or a layout that cannot be read, ends the command (65).
    static func entries(_ file: String) throws -> RosterReader.Result {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw CommandError.notFound(Localization.t(.cannotReadFile(file)))
        }
        progress(.progressReading(file, "\(data.count / 1024)"))
        let result: RosterReader.Result
        do { result = try RosterReader.read(data) } catch {
            throw CommandError.data(message(error, file))
        }
        if !result.problems.isEmpty {
            let rows = result.problems.map { Localization.t(.rowProblem("\($0.line)", Localization.text($0.error))) }
            throw CommandError.data(Localization.t(.badRows(file, "\(rows.count)", rows.joined(separator: " "))))
        }
        progress(.progressRead("\(result.entries.count)"))
        return result
    }

    static func message(_ error: RosterError, _ file: String) -> String {
        switch error {
        case .oldExcel: Localization.t(.rosterOldExcel(file))
        case .unreadable(let kind, let detail, let line):
            Localization.t(.rosterUnreadable(file, kind, detail, line > 0 ? ", line \(line)" : ""))
        case .noHeader(let found, let looked):
            Localization.t(.rosterNoHeader(file, found.isEmpty ? "-" : found.joined(separator: ", "), looked.joined(separator: ", ")))
        case .ambiguous(let field, let columns):
            Localization.t(.rosterAmbiguous(file, field, columns.joined(separator: ", ")))
        }
    }

    /// Today in the local time zone, `YYYY-MM-DD`.
    static var today: String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.dateFormat = "yyyy-MM-dd"
        return f.string(from: Date())
    }

    /// Asks on a terminal; false without one.
    static func confirm(_ prompt: String, yesByDefault: Bool = false) -> Bool {
        guard isatty(STDIN_FILENO) == 1 else { return false }
        FileHandle.standardOutput.write(Data(prompt.utf8))
        guard let answer = readLine()?.trimmingCharacters(in: .whitespaces).lowercased() else { return false }
        return ["y", "ya", "yes"].contains(answer) || (yesByDefault && answer.isEmpty)
    }

    static var isTerminal: Bool { isatty(STDIN_FILENO) == 1 }

    /// Long work shows where it is on a terminal (standard error), and says nothing in scripts.
    static func progress(_ text: CLIText) {
        guard isatty(STDERR_FILENO) == 1 else { return }
        let line = Localization.t(text)
        FileHandle.standardError.write(Data(("… " + line + "\n").utf8))
    }

    /// The plan as lines: a summary, then every change, uncertain match and missing student.
    static func describe(_ plan: SyncPlan, file: String) -> [String] {
        var out: [String] = []
        out.append(Localization.t(.syncSummary(file, "\(plan.added.count)", "\(plan.moved.count)", "\(plan.corrected.count)", "\(plan.returned.count)", "\(plan.missing.count)", "\(plan.uncertain.count)", "\(plan.unchanged)")))
        for s in plan.added { out.append(Localization.t(.syncNew(who(s)))) }
        for m in plan.moved { out.append(Localization.t(.syncMove(CaseText.clean(m.before.name), m.before.className, m.after.className))) }
        for c in plan.corrected {
            let fields = c.fields.map { field -> String in
                switch field {
                case "name": "Nama '\(CaseText.clean(c.before.name))' → '\(CaseText.clean(c.after.name))'"
                case "nisn": "NISN \(c.before.nisn ?? "-") → \(c.after.nisn ?? "-")"
                case "nipd": "NIPD \(c.before.nipd ?? "-") → \(c.after.nipd ?? "-")"
                case "gender": "JK \(c.before.gender?.rawValue ?? "-") → \(c.after.gender?.rawValue ?? "-")"
                case "birthDate": "Tanggal Lahir \(c.before.birthDate ?? "-") → \(c.after.birthDate ?? "-")"
                default: "Rombel '\(c.before.className)' → '\(c.after.className)'"
                }
            }
            out.append(Localization.t(.syncCorrect(CaseText.clean(c.before.name), fields.joined(separator: ", "))))
        }
        for s in plan.returned { out.append(Localization.t(.syncReturn(who(s)))) }
        out += uncertainLines(plan)
        var leaving: [String: LeaveReason] = [:]
        for e in plan.events { if case .studentLeft(let l) = e { leaving[l.id] = l.departure.reason } }
        for s in plan.missing {
            if let reason = leaving[s.id] {
                out.append(Localization.t(.syncLeaves(who(s), reason.rawValue)))
            } else {
                out.append(Localization.t(.syncMissing(who(s))))
            }
        }
        if plan.missing.count > leaving.count { out.append(Localization.t(.syncMissingHint)) }
        return out
    }

    static func who(_ s: Student) -> String { "\(CaseText.clean(s.name)) (\(s.className)\(s.nisn.map { ", NISN \($0)" } ?? ""))" }

    /// The rows that match no one for certain, each with why and what to do.
    static func uncertainLines(_ plan: SyncPlan) -> [String] {
        plan.uncertain.map { u in
            let why: String
            switch u.reason {
            case .idsDisagree(let a, let b): why = Localization.t(.uncertainIDs(who(a), who(b)))
            case .otherNISN(let s): why = Localization.t(.uncertainOtherNISN(who(s), s.nisn ?? "-"))
            case .sameNameOnly(let list): why = Localization.t(.uncertainName(list.map(who).joined(separator: "; ")))
            case .sameAsLine(let line, let s): why = Localization.t(.uncertainSameLine("\(line)", who(s)))
            }
            return Localization.t(.syncUncertain("\(u.entry.line)", CaseText.clean(u.entry.name), why))
        }
    }
}
