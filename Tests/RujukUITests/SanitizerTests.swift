import Testing
@testable import RujukUI

@Suite struct SanitizerTests {
    struct Hostile: Sendable, CustomTestStringConvertible {
        var name: String
        var input: String
        var expected: String
        var testDescription: String { name }
    }

    @Test(arguments: [
        Hostile(name: "OSC 0 title", input: "a\u{1B}]0;pwned\u{07}b", expected: "a^[]0;pwned^Gb"),
        Hostile(name: "OSC 52 clipboard", input: "\u{1B}]52;c;ZXZpbA==\u{07}", expected: "^[]52;c;ZXZpbA==^G"),
        Hostile(name: "CSI 2J clear", input: "x\u{1B}[2Jy", expected: "x^[[2Jy"),
        Hostile(name: "DCS", input: "\u{1B}Pq#0\u{1B}\\", expected: "^[Pq#0^[\\"),
        Hostile(name: "C1 CSI", input: "a\u{9B}31mb", expected: "a\u{FFFD}31mb"),
        Hostile(name: "bidi override", input: "abc\u{202E}fed\u{202C}", expected: "abcfed"),
        Hostile(name: "bidi isolate", input: "\u{2067}x\u{2069}", expected: "x"),
        Hostile(name: "DEL", input: "a\u{7F}b", expected: "a^?b"),
        Hostile(name: "tab and newline", input: "a\tb\nc", expected: "a b c"),
        Hostile(name: "emoji and combining marks kept", input: "👩‍👩‍👧 e\u{301}", expected: "👩‍👩‍👧 e\u{301}"),
    ])
    func oneLineFieldsAreHarmless(_ h: Hostile) {
        #expect(Sanitizer.line(h.input) == h.expected)
        #expect(!Sanitizer.line(h.input).unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
    }

    @Test func messageBodiesKeepTheirLineBreaks() {
        #expect(Sanitizer.lines("satu\r\ndua\u{1B}[0m") == ["satu", "dua^[[0m"])
    }

    @Test func agesAreShort() {
        let now = Date(timeIntervalSince1970: 1_000_000)
        #expect(RelativeAge.short(from: now - 30, to: now) == "now")
        #expect(RelativeAge.short(from: now - 2 * 86_400, to: now) == "2d")
        // Minutes are not months: "5min" beside "4w".
        #expect(RelativeAge.short(from: now - 300, to: now) == "5min")
        #expect(RelativeAge.short(from: now - 300, to: now, indonesian: true) == "5mnt")
        #expect(RelativeAge.short(from: now - 2 * 86_400, to: now, indonesian: true) == "2hr")
        #expect(RelativeAge.short(from: now - 30 * 86_400, to: now) == "4w")
    }
}

import Foundation

/// A name too long for its column is cut with "…", counted in terminal columns (a wide
/// character takes two), so a cut name never reads as a whole different name.
@Suite struct CutNamesTests {
    @Test func aCutEndsInAnEllipsisWithinItsWidth() {
        #expect(DisplayWidth.fit("Siswa Nusantara", 8) == "Siswa N…")
        #expect(DisplayWidth.fit("Siswa", 8) == "Siswa")
        #expect(DisplayWidth.fit("李小龍李小龍", 5) == "李小…")
        #expect(DisplayWidth.of(DisplayWidth.fit("李小龍李小龍", 5)) <= 5)
        #expect(DisplayWidth.fit("abc", 0) == "")
    }

    @Test func aQueueColumnIsAlwaysItsWidth() {
        for s in ["Andi Pratama Wibowo Santoso", "李小龍李小龍李小龍", "Ani"] {
            let cell = QueuePane.pad(s, 10)
            #expect(DisplayWidth.of(cell) == 10)
            #expect(s.count <= 3 || cell.contains("…"))
        }
    }
}
