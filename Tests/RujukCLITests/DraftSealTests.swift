import Foundation
import Testing
@testable import rujuk

@Suite struct DraftSealTests {
    @Test func onlyTheSamePINOpensASealedDraft() throws {
        let text = Data(#"{"replies":{"6":{"text":"Catatan rahasia untuk BK","visibility":"bkOnly"}}}"#.utf8)
        let seal = try DraftSeal(pin: "4821", storeID: "store-1", login: "budi")
        let sealed = try seal.seal(text)
        #expect(sealed.range(of: Data("rahasia".utf8)) == nil, "no plaintext on disk")
        #expect(try DraftSeal(pin: "4821", storeID: "store-1", login: "budi").open(sealed) == text)
        #expect(try DraftSeal(pin: "4822", storeID: "store-1", login: "budi").open(sealed) == nil)
        #expect(try DraftSeal(pin: "4821", storeID: "store-1", login: "sari").open(sealed) == nil, "another person's key")
        var flipped = sealed
        flipped[flipped.count / 2] ^= 1
        #expect(seal.open(flipped) == nil, "a changed file opens to nothing")
    }
}
