import Foundation
import RujukDomain

/// Reads the Dapodik staff export (GTK: "Daftar Pendidik dan Tenaga Kependidikan", or
/// "Daftar Guru"): one header row with `Nama` and `NIP` or `NUPTK`, found by its names.
public enum StaffReader {
    public struct Result: Sendable, Equatable {
        public var entries: [StaffEntry]
        public var problems: [RowProblem]
    }

    public static func read(_ data: Data) throws(RosterError) -> Result {
        try entries(try RosterReader.table(data))
    }

    public static func entries(_ table: Table) throws(RosterError) -> Result {
        var headerIndex: Int?
        var best: [String] = []
        for (i, row) in table.rows.prefix(30).enumerated() {
            let names = Set(row.cells.map(RosterReader.normalise))
            if names.contains("nama") && (names.contains("nip") || names.contains("nuptk")) { headerIndex = i; break }
            let filled = row.cells.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            if filled.count > best.count { best = filled }
        }
        guard let h = headerIndex else {
            throw .noHeader(found: best.map(RosterReader.normalise), lookedFor: ["Nama", "NIP", "NUPTK", "Jenis PTK", "Tugas Tambahan", "login"])
        }
        let header = table.rows[h].cells.map(RosterReader.normalise)
        func column(_ names: [String]) -> Int? { header.firstIndex { names.contains($0) } }
        let name = column(["nama"]), nip = column(["nip"]), login = column(["login", "username", "akun"])
        let jenis = column(["jenis ptk"]), tugas = column(["tugas tambahan"])
        var entries: [StaffEntry] = [], problems: [RowProblem] = []
        for row in table.rows.dropFirst(h + 1) {
            func cell(_ i: Int?) -> String? {
                guard let i, i < row.cells.count else { return nil }
                let v = row.cells[i].trimmingCharacters(in: .whitespacesAndNewlines)
                return v.isEmpty || v == "-" ? nil : v
            }
            guard let n = cell(name) else { continue }
            var number = cell(nip).map(Identifier.clean)
            if let raw = number {
                if raw.uppercased().contains("E+") || raw.contains(",") {
                    problems.append(RowProblem(line: row.line, error: DomainError(.invalid, .nipAsNumber(raw)))); continue
                }
                do { try Validation.nip(raw) } catch { problems.append(RowProblem(line: row.line, error: error)); continue }
            }
            if number == "" { number = nil }
            let l = cell(login)
            if let l { do { try Validation.login(l) } catch { problems.append(RowProblem(line: row.line, error: error)); continue } }
            entries.append(StaffEntry(line: row.line, name: n, nip: number, login: l,
                                      roles: StaffEntry.roles(jenisPTK: cell(jenis), tugasTambahan: cell(tugas))))
        }
        return Result(entries: entries, problems: problems)
    }
}
