import Foundation
import Testing
@testable import RujukBoundary
import RujukDomain
import RujukStore

/// The roster through the helper: the domain's rules hold behind the boundary, and a person
/// who left gets nothing from it.
@Suite struct RosterBoundaryTests {
    @Test func rosterChangesGoThroughTheHelperWithTheDomainsRules() throws {
        let f = try BrokerFixture()
        let (admin, _) = f.connect(as: "admin")
        try admin.hello(actAs: nil, pin: nil)
        let andi = try #require(admin.school.students.values.first { $0.nisn == "0091234567" })
        var moved = andi
        moved.className = "Kelas 8A"
        try admin.append([Event(at: Date(), actor: "admin", payload: .studentChanged(moved))])
        #expect(try f.store().school.students[andi.id]?.className == "Kelas 8A")
        var bad = andi
        bad.className = "Ekskul"
        #expect { try admin.append([Event(at: Date(), actor: "admin", payload: .studentChanged(bad))]) } throws: {
            ($0 as? StoreError)?.domain?.reason.key == .badClass
        }
        try admin.append([Event(at: Date(), actor: "admin", payload: .yearStarted(SchoolYear.usual("2026/2027")!))])
        #expect(admin.school.year?.name == "2026/2027")
        // A teacher cannot change the roster, whatever her client sends.
        let (sari, _) = f.connect(as: "sari")
        try sari.hello(actAs: nil, pin: nil)
        #expect { try sari.append([Event(at: Date(), actor: "sari", payload: .studentChanged(moved))]) } throws: {
            ($0 as? StoreError)?.domain?.denial == .onlyAdminManagesRoster
        }
    }

    @Test func someoneWhoLeftGetsNothingFromTheHelper() throws {
        let f = try BrokerFixture()
        let (budi, _) = f.connect(as: "budi")
        try budi.hello(actAs: nil, pin: nil)
        let (admin, _) = f.connect(as: "admin")
        try admin.hello(actAs: nil, pin: nil)
        try admin.append([Event(at: Date(), actor: "admin", payload: .staffLeft(StaffLeft(login: "budi", handoverTo: "wati")))])
        // A session opened before sees no case any more, and can change nothing.
        _ = try budi.refresh()
        #expect(budi.school.cases.isEmpty)
        #expect(budi.school.staff["budi"]?.isActive == false)
        let note = Event(at: Date(), actor: "budi", payload: .messagePosted(EntryText(number: 4, visibility: .team, text: "x")))
        #expect { try budi.append([note]) } throws: { ($0 as? StoreError)?.domain?.denial == .accessEnded }
        // A new session, and the PIN, are refused too.
        let (again, _) = f.connect(as: "budi")
        #expect { try again.hello(actAs: nil, pin: nil) } throws: { ($0 as? StoreError)?.domain?.denial == .accessEnded }
        let (kiosk, _) = f.connect(as: "guru", shared: true)
        try kiosk.hello(actAs: nil, pin: nil)
        #expect { _ = try kiosk.signIn("budi", pin: BrokerFixture.budiPIN) } throws: { ($0 as? StoreError)?.domain?.denial == .accessEnded }
    }
}
