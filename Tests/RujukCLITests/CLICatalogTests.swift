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

    @Test func domainAndStoreMessagesHaveIndonesian() {
        #expect(DomainMessage.allCases.filter { DomainText.indonesian($0).isEmpty }.isEmpty)
        #expect(StoreMessage.allCases.filter { StoreText.indonesian($0).isEmpty }.isEmpty)
    }

    @Test func placeholdersMatchAcrossLanguages() {
        func holes(_ s: String) -> Set<Int> { Set((0..<6).filter { s.contains("{\($0)}") }) }
        for key in DomainMessage.allCases { #expect(holes(key.english) == holes(DomainText.indonesian(key)), "\(key)") }
        for key in StoreMessage.allCases { #expect(holes(key.english) == holes(StoreText.indonesian(key)), "\(key)") }
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
