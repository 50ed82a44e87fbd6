import Testing
@testable import RujukRoster

@Test func aTableKeepsItsRows() {
    let t = Table(rows: [.init(line: 3, cells: ["a"])])
    #expect(t.rows[0].line == 3)
}
