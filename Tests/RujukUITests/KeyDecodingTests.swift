import Testing
@testable import RujukUI

/// What the terminal reads becomes the key a person pressed.
@Suite struct KeyDecodingTests {
    /// Decodes `input`, with `following` waiting behind it (read only after an Esc).
    func decode(_ input: TerminalInput, then following: [TerminalInput] = []) -> (Key?, TerminalInput?, Int) {
        let (key, unread, reads) = decodeAll(input, then: following)
        return (key, unread.first, reads)
    }

    func decodeAll(_ input: TerminalInput, then following: [TerminalInput] = []) -> (Key?, [TerminalInput], Int) {
        var queue = following, reads = 0
        let (key, unread) = KeyDecoding.decode(input, next: {
            reads += 1
            return queue.isEmpty ? nil : queue.removeFirst()
        })
        return (key, unread, reads)
    }

    static func characters(_ text: String) -> [TerminalInput] { text.unicodeScalars.map { .character($0.value) } }

    @Test func aMarkedPasteIsOneKeyWithItsTextWhole() {
        // Two lines pasted from a chat: one key, the newline kept, nothing after the end mark read.
        let (key, unread, _) = decodeAll(.character(27), then: Self.characters("[200~Baris satu\rBaris dua\u{1B}[201~j"))
        #expect(key == .paste("Baris satu\rBaris dua"))
        #expect(unread.isEmpty)
        // An Enter the library names as a key is a newline of the text.
        let (named, _, _) = decodeAll(.character(27), then: Self.characters("[200~a") + [.keyCode(.enter)] + Self.characters("b\u{1B}[201~"))
        #expect(named == .paste("a\nb"))
        // A terminal that stopped sending: what came is the paste.
        #expect(decodeAll(.character(27), then: Self.characters("[200~half")).0 == .paste("half"))
    }

    @Test func escThenBracketThatIsNoPasteGivesEverythingBack() {
        // Esc, then "[" (the previous period on the reports) and "2": all handed back in order.
        let (key, unread, _) = decodeAll(.character(27), then: Self.characters("[2x"))
        #expect(key == .escape)
        #expect(unread == Self.characters("[2x"))
        let (alone, back, _) = decodeAll(.character(27), then: Self.characters("["))
        #expect(alone == .escape && back == Self.characters("["))
    }

    @Test func escAloneIsEsc() {
        let (key, unread, reads) = decode(.character(27))
        #expect(key == .escape && unread == nil && reads == 1)
    }

    @Test func escThenEnterIsAltEnter() {
        #expect(decode(.character(27), then: [.character(13)]).0 == .altEnter)
        #expect(decode(.character(27), then: [.character(10)]).0 == .altEnter)
    }

    @Test func escThenAKeyKeepsBoth() {
        // Typed quickly (Esc to leave a form, then j): Esc now, j handed back to be read next.
        let (key, unread, _) = decode(.character(27), then: [.character(UInt32(UInt8(ascii: "j")))])
        #expect(key == .escape && unread == .character(106))
        // Esc then F12 or an arrow: the key code goes back as a code.
        let (lock, back, _) = decode(.character(27), then: [.keyCode(.function(12))])
        #expect(lock == .escape && back == .keyCode(.function(12)))
    }

    @Test func onlyEscReadsAhead() {
        #expect(decode(.character(106), then: [.character(13)]).2 == 0)
        #expect(decode(.keyCode(.up), then: [.character(13)]).2 == 0)
    }

    @Test func keyCodesAndControlCharacters() {
        #expect(decode(.keyCode(.function(12))).0 == .function(12))
        #expect(decode(.keyCode(.backTab)).0 == .backTab)
        #expect(decode(.keyCode(.other)).0 == nil)  // a resize: the run loop reads the size itself
        #expect(decode(.character(1)).0 == .ctrl("a") && decode(.character(20)).0 == .ctrl("t"))
        #expect(decode(.character(9)).0 == .tab && decode(.character(13)).0 == .enter)
        #expect(decode(.character(127)).0 == .backspace && decode(.character(8)).0 == .backspace)
        #expect(decode(.character(0x00E9)).0 == .char("é") && decode(.character(0x1F600)).0 == .char("😀"))
        #expect(decode(.character(0xD800)).0 == nil)  // not a scalar
    }
}
