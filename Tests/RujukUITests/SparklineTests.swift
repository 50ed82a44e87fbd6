import Testing
@testable import RujukUI

@Suite struct SparklineTests {
    @Test func theHighestValueIsAFullBlockAndZeroTheLowest() {
        #expect(Sparkline.line([0, 1, 2, 4, 8]) == "▁▂▃▅█")
        #expect(Sparkline.line([3, 3]) == "██")
        #expect(Sparkline.line([0, 0, 0]) == "▁▁▁")
        #expect(Sparkline.line([]) == "")
    }

    @Test func aQuietDayAndADayWithOneReferralLookDifferent() {
        let line = Array(Sparkline.line([0, 1, 40]))
        #expect(line[0] == "▁" && line[1] == "▂" && line[2] == "█")
    }

    @Test func aLongRunIsSummedIntoTheWidth() {
        #expect(Sparkline.fit(Array(repeating: 1, count: 30), width: 15) == Array(repeating: 2, count: 15))
        #expect(Sparkline.fit([1, 2, 3, 4, 5], width: 2) == [6, 9])
        #expect(Sparkline.fit([1, 2], width: 10) == [1, 2])
        #expect(Sparkline.line(Sparkline.fit(Array(0..<31), width: 20)).count <= 20)
    }
}
