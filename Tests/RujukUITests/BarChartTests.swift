import Testing
@testable import RujukUI

@Suite struct BarChartTests {
    @Test func aBarIsFullBlocksThenOnePartialPaddedToItsWidth() {
        #expect(BarChart.bar(10, of: 10, width: 5) == "█████")
        #expect(BarChart.bar(5, of: 10, width: 5) == "██▌  ")
        #expect(BarChart.bar(1, of: 8, width: 8) == "█       ")
        #expect(BarChart.bar(3, of: 16, width: 2) == "▍ ")
        for w in 1...20 { #expect(BarChart.bar(7, of: 13, width: w).count == w) }
    }

    @Test func someIsNeverDrawnAsNone() {
        #expect(BarChart.bar(1, of: 1000, width: 10) == "▏         ")
        #expect(BarChart.bar(0, of: 10, width: 4) == "    ")
        #expect(BarChart.bar(3, of: 0, width: 4) == "    ")
        // A value above the scale is a full bar, never wider than its column.
        #expect(BarChart.bar(30, of: 10, width: 4) == "████")
    }

    @Test func aShareShowsItsEmptyPartAsATrack() {
        #expect(BarChart.share(0.5, width: 8) == "████░░░░")
        #expect(BarChart.share(0, width: 4) == "░░░░")
        #expect(BarChart.share(1, width: 4) == "████")
        #expect(BarChart.share(0.8, width: 10) == "████████░░")
        #expect(BarChart.share(0.33, width: 6) == "██░░░░")
        #expect(BarChart.share(0.3, width: 6) == "█▊░░░░")
    }
}
