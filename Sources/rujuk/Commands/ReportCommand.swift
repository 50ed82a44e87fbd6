import ArgumentParser
import Foundation
import RujukBoundary
import RujukDomain
import RujukReport
import RujukUI

/// The file formats a report is written in.
enum ReportFormat: String, CaseIterable, ExpressibleByArgument {
    case pdf, xlsx, csv
}

/// Where a report file goes and for whom, shared by the monthly and the semester report.
struct ReportOutputOptions: ParsableArguments {
    @Option(help: ArgumentHelp("A counsellor's report (default: your own when you are one, else the whole school).", valueName: "LOGIN"))
    var counsellor: String?
    @Option(name: .customLong("class"), help: ArgumentHelp("One class's report instead.", valueName: "CLASS"))
    var className: String?
    @ArgumentParser.Flag(help: "The whole school, even as a counsellor (the school's summary).") var school = false
    @Option(help: "pdf, xlsx or csv.") var format: ReportFormat
    @Option(help: ArgumentHelp("The file to write (replaced whole, or left as it was); - writes to standard output.", valueName: "FILE")) var output: String

    func validate() throws {
        if [counsellor != nil, className != nil, school].filter({ $0 }).count > 1 {
            throw UsageProblem.oneOf(["--counsellor", "--class", "--school"]).error
        }
    }

    func scope(for person: Staff, in roster: School) -> ReportScope {
        if let counsellor { return .counsellor(counsellor) }
        // As the school writes the class: "8b" is VIII-B, on the report's heading too.
        if let className { return .classroom(roster.classSpelling(className)) }
        if !school && person.isCounsellor { return .counsellor(person.login) }
        return .school
    }

    /// Asks for the report (inside the helper on a school server) and writes the file.
    func run(_ period: PeriodRequest, _ options: StoreOptions) throws {
        let session = try Session.open(options)
        // A report tells what happened: a period that has not begun has nothing to say yet,
        // and a class the school does not have is a mistyped one, not an empty report.
        let resolved = try ReportPeriod.resolve(period, year: session.school.year, timeZone: session.school.timeZone)
        if resolved.start > Date() { throw CommandError.data(Localization.t(.reportNotBegun(resolved.firstDay))) }
        if let className, !session.school.students.values.contains(where: { ClassName.same($0.className, className) }) {
            let classes = Set(session.school.students.values.filter { $0.left == nil }.map(\.className)).sorted(by: ClassName.precedes)
            throw CommandError.notFound(Localization.t(.noSuchClass(CaseText.clean(className), classes.map(CaseText.clean).joined(separator: ", "))))
        }
        let report = try session.store.report(ReportRequest(period: period, scope: scope(for: session.actor, in: session.school)), for: session.actor)
        let document = ReportDocument(report, schoolName: session.school.name)
        if output == "-" {
            // A PDF or a workbook printed on a terminal is noise: to a file or a pipe only.
            if format != .csv && isatty(STDOUT_FILENO) == 1 { throw CommandError.usage(Localization.t(.reportBinaryToTerminal(format.rawValue))) }
            switch format {
            case .csv: try ReportFile.toStandardOutput(CSVReport.bytes(document))
            case .pdf: try ReportFile.toStandardOutput { try PDFReport.write(document, to: $0) }
            case .xlsx: try ReportFile.toStandardOutput { try XLSXReport.write(document, to: $0) }
            }
            // Nothing else on standard output: it is the report.
            return
        }
        switch format {
        case .csv: try ReportFile.data(output, CSVReport.bytes(document))
        case .pdf: try ReportFile.write(output) { try PDFReport.write(document, to: $0) }
        case .xlsx: try ReportFile.write(output) { try XLSXReport.write(document, to: $0) }
        }
        if report.isEmpty { say(Localization.t(.reportEmpty(output))) } else { say(Localization.t(.reportWritten(output))) }
    }
}

extension Rujuk {
    struct ReportCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "report", abstract: "The BK monthly and semester reports as PDF, XLSX or CSV, and their narrative.",
            subcommands: [Monthly.self, Semester.self, NarrativeCommand.self])

        struct Monthly: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "The monthly report (laporan bulanan pelaksanaan layanan BK) for a month in the school's time zone.")
            @OptionGroup var options: StoreOptions
            @Option(help: ArgumentHelp("The month, YYYY-MM.", valueName: "YYYY-MM")) var month: String
            @OptionGroup var output: ReportOutputOptions

            func run() throws { try output.run(.month(month), options) }
        }

        struct Semester: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "The semester report: the same tables with one column per month, and the share of the help plans carried out.",
                discussion: """
                The semester follows the dates of the school year when it was started in Rujuk (`rujuk year show`), otherwise \
                July–December (1, ganjil) and January–June (2, genap). Keterlaksanaan program is the share of the plan actions \
                and plan reviews due in the semester that were done by its end: Rujuk does not hold the annual BK programme (RPL).
                """)
            @OptionGroup var options: StoreOptions
            @Option(help: ArgumentHelp("The semester, YYYY/YYYY-1 or YYYY/YYYY-2.", valueName: "YYYY/YYYY-N")) var semester: String
            @OptionGroup var output: ReportOutputOptions

            func run() throws { try output.run(.semester(semester), options) }
        }

        struct NarrativeCommand: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "narrative",
                abstract: "Write a section of your report's narrative for a month or a semester, from standard input (counsellors).",
                discussion: "Sections: analisis (analisis hasil), pendukung (faktor pendukung), penghambat (faktor penghambat), tindak-lanjut (rencana tindak lanjut).")
            @OptionGroup var options: StoreOptions
            @Option(help: ArgumentHelp("The month, YYYY-MM.", valueName: "YYYY-MM")) var month: String?
            @Option(help: ArgumentHelp("Or the semester, YYYY/YYYY-N.", valueName: "YYYY/YYYY-N")) var semester: String?
            @Option(help: "The section to write.") var section: NarrativeSection
            @Argument(help: "- to read the text from standard input.") var text: String

            func validate() throws {
                if (month == nil) == (semester == nil) { throw UsageProblem.oneOf(["--month", "--semester"]).error }
            }

            func run() throws {
                let period: PeriodRequest = month.map { .month($0) } ?? .semester(semester!)
                // The period must be one a report can be made for.
                _ = try ReportPeriod.resolve(period, year: nil, timeZone: TimeZone(secondsFromGMT: 7 * 3600)!)
                guard text == "-" else { throw CommandError.usage(Localization.t(.secretOnCommandLine)) }
                let body = try StandardInput.text().trimmingCharacters(in: .whitespacesAndNewlines)
                let session = try Session.open(options)
                let n = Narrative(period: month ?? semester!, section: section, text: body)
                _ = try session.append([Event(at: Date(), actor: session.actor.login, payload: .narrativeWritten(n))])
                say(Localization.t(.narrativeSaved(ReportWords.section(n.section), n.period)))
            }
        }
    }
}
