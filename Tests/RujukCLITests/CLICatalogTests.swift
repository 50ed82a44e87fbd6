import Foundation
import RujukDomain
import RujukStore
import RujukUI
import Testing
@testable import rujuk

@Suite struct CLICatalogTests {
    /// Both languages word every sentence (an exhaustive switch each); none is empty and both
    /// fill the same arguments.
    @Test func everyCommandLineSentenceIsFilledInBothLanguages() {
        func holes(_ s: String) -> Set<Int> { Set((0..<8).filter { s.contains("{\($0)}") }) }
        for key in CLIText.Key.allCases {
            let en = English().cli(.sample(key)), id = Indonesian().cli(.sample(key))
            #expect(!en.isEmpty && !id.isEmpty, "\(key) is empty")
            #expect(holes(en) == holes(id), "\(key): \(en) / \(id)")
        }
        #expect(CLIText.Key.allCases.filter { CLIText.sample($0).key != $0 } == [])
    }

    /// Every message of the domain and the store, worded with `{0}`, `{1}` for its arguments:
    /// neither language is empty, and both use every argument the message carries.
    @Test func domainAndStoreMessagesHaveIndonesian() {
        func holes(_ s: String) -> Set<Int> { Set((0..<6).filter { s.contains("{\($0)}") }) }
        for key in DomainMessage.Key.allCases {
            let m = DomainMessage.sample(key)
            #expect(m.key == key)
            let (en, id) = (m.english, DomainText.indonesian(m))
            #expect(!en.isEmpty && !id.isEmpty, "\(key)")
            #expect(holes(en) == Set(m.arguments.indices) && holes(id) == holes(en), "\(key): \(en) / \(id)")
        }
        for key in StoreMessage.Key.allCases {
            let m = StoreMessage.sample(key)
            #expect(m.key == key)
            let (en, id) = (m.english, StoreText.indonesian(m))
            #expect(!en.isEmpty && !id.isEmpty, "\(key)")
            #expect(holes(en) == Set(m.arguments.indices) && holes(id) == holes(en), "\(key): \(en) / \(id)")
        }
    }

    /// A message crosses the wire as its key and arguments and comes back the same; a wrong
    /// count of arguments is no message at all.
    @Test func aMessageCrossesTheWireWhole() {
        for key in DomainMessage.Key.allCases {
            let m = DomainMessage.sample(key)
            #expect(DomainMessage(key: key, arguments: m.arguments) == m)
            #expect(DomainMessage(key: key, arguments: m.arguments + ["x"]) == nil)
        }
        for key in StoreMessage.Key.allCases {
            let m = StoreMessage.sample(key)
            #expect(StoreMessage(key: key, arguments: m.arguments) == m)
        }
    }

    @Test func theCommandLineSpeaksIndonesian() throws {
        let cli = CLI()
        defer { cli.remove() }
        try cli.run(["init", "--demo"])
        let opened = try cli.run(["flag", "0091234567", "--note", "Sering melamun.", "--as", "sari"], env: ["LANG": "id_ID.UTF-8"])
        #expect(opened.out.contains("Kasus #14 dibuka untuk Andi Pratama (VIII-B)."))
        let refused = try cli.run(["pickup", "14", "--as", "sari", "--lang", "id"])
        #expect(refused.status == 77 && refused.err.contains("Hanya guru BK yang dapat mengambil kasus."))
        let english = try cli.run(["pickup", "14", "--as", "sari", "--lang", "en"], env: ["LANG": "id_ID.UTF-8"])
        #expect(english.err.contains("Only a counsellor (guru BK) can pick up a case."))
        // `--lang=id` is the same option as `--lang id` (the parser accepts both).
        let joined = try cli.run(["pickup", "14", "--as", "sari", "--lang=id"], env: ["LANG": "en_US.UTF-8"])
        #expect(joined.status == 77 && joined.err.contains("Hanya guru BK yang dapat mengambil kasus."), "\(joined.err)")
        let missing = try CLI().run(["queue", "--as", "budi"], env: ["LANG": "id_ID.UTF-8"])
        #expect(missing.status == 66 && missing.err.contains("Tidak ada penyimpanan Rujuk"))
    }
}
