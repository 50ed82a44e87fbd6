import Foundation
import Testing
@testable import RujukDomain
@testable import RujukUI

@Suite struct CatalogTests {
    /// A service whose name already says its format is not followed by the format again.
    @Test func aServiceLineSaysItsFormatOnce() {
        #expect(Catalog(.id).service(.konselingPerorangan, .individual) == "konseling perorangan")
        #expect(Catalog(.en).service(.konselingKelompok, .group) == "konseling kelompok")
        #expect(Catalog(.id).service(.konsultasi, .group) == "konsultasi · kelompok")
        #expect(Catalog(.en).service(.bimbinganKelompok, .classical) == "bimbingan kelompok · classical")
    }

    /// Clauses joined by ";" lose their own full stop, never an ellipsis.
    @Test func aClauseHasNoFinalFullStop() {
        #expect(Sanitizer.clause("Bertemu ibunya. ") == "Bertemu ibunya")
        #expect(Sanitizer.clause("Menunggu...") == "Menunggu...")
        #expect(Sanitizer.clause("Tanpa titik") == "Tanpa titik")
    }

    @Test func languageChoiceFollowsFlagThenEnvironmentThenSchool() {
        #expect(Language.choose(flag: "en", environment: ["LANG": "id_ID.UTF-8"], schoolDefault: "id") == .en)
        #expect(Language.choose(flag: nil, environment: ["LANG": "id_ID.UTF-8"], schoolDefault: "en") == .id)
        #expect(Language.choose(flag: nil, environment: ["LC_MESSAGES": "en_US.UTF-8", "LANG": "id_ID"], schoolDefault: "id") == .en)
        #expect(Language.choose(flag: nil, environment: ["LANG": "C.UTF-8"], schoolDefault: "id") == .id)
    }

    @Test func theInterfaceSpeaksIndonesian() {
        var state = demoState("budi", width: 120, height: 40)
        state.catalog = Catalog(.id)
        let text = render(state).lines.joined(separator: "\n")
        #expect(text.contains("1 Siswa dirujuk") && text.contains("2 Antrean") && text.contains("3 Percakapan"))
        #expect(text.contains("(guru BK)") && text.contains("belum dibaca"))
        #expect(text.contains("mendesak") && text.contains("baru"))
        var teacher = demoState("sari")
        teacher.catalog = Catalog(.id)
        _ = press(&teacher, [.char("p")])
        #expect(teacher.status == "Hanya guru BK yang dapat mengambil kasus.")
    }
}
