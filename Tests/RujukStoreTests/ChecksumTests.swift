import Foundation
import Testing
@testable import RujukStore

/// The journal's CRC-32 is summed eight bytes a step; it must be the IEEE CRC-32 every line
/// already on disk was written with, whatever the length and wherever a slice starts.
@Suite struct ChecksumTests {
    /// The byte-at-a-time definition the journal was first written with.
    static func reference(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for b in bytes {
            crc ^= UInt32(b)
            for _ in 0..<8 { crc = crc & 1 == 1 ? 0xEDB8_8320 ^ (crc >> 1) : crc >> 1 }
        }
        return crc ^ 0xFFFF_FFFF
    }

    @Test func theCheckValueOfTheStandard() {
        #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(CRC32.checksum([UInt8]()) == 0)
        #expect(CRC32.hex(CRC32.checksum(Array("123456789".utf8))) == "cbf43926")
    }

    @Test func everyLengthAndEveryStartAgreesWithTheByteAtATimeSum() {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<300).map { _ in UInt8.random(in: 0...255, using: &generator) }
        for start in 0..<9 {
            for end in start...min(bytes.count, start + 70) {
                let slice = bytes[start..<end]
                #expect(CRC32.checksum(slice) == Self.reference(Array(slice)))
            }
        }
        #expect(CRC32.checksum(bytes) == Self.reference(bytes))
        // A collection that is not contiguous is summed the same.
        #expect(CRC32.checksum(bytes.lazy.map { $0 }) == Self.reference(bytes))
    }

    /// A line's sum covers its `prev` and its body: summed on from one to the other, without
    /// joining them, it is the sum of the two together.
    @Test func aSumContinuedOverTwoPartsIsTheSumOfTheWhole() {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<200).map { _ in UInt8.random(in: 0...255, using: &generator) }
        for cut in [0, 1, 7, 8, 9, 64, 133, 199, 200] {
            let (first, second) = (bytes[..<cut], bytes[cut...])
            #expect(CRC32.checksum(second, continuing: CRC32.checksum(first)) == Self.reference(bytes))
        }
    }

    @Test func aMonthIsFourDigitsOfYearAndTwoOfMonth() {
        let cases: [(String, String)] = [("2026-01-31T23:59:59Z", "202601"), ("2026-12-01T00:00:00Z", "202612"),
                                         ("1999-09-15T12:00:00Z", "199909"), ("0999-03-01T00:00:00Z", "099903")]
        for (text, month) in cases {
            let date = try! Date(text, strategy: .iso8601)
            #expect(AuditIndex.month(date) == month)
        }
    }
}
