import Foundation
import Testing
@testable import RujukDomain
@testable import RujukStore

/// The hand reader of the journal's frequent lines (issue 16, item 7) reads what the decoder
/// reads, or leaves the line to it: it never reads a line differently.
@Suite struct QuickEventReaderTests {
    let encoder = JSONCoding.encoder()
    let decoder = JSONCoding.decoder()

    static let texts = [
        "Sudah lebih baik.", "", "\"quoted\" and \\backslash\\ and /slash/", "line\nbreak\ttab\rreturn",
        "\u{0}\u{1}\u{1F}\u{7F}", "😀 emoji 👩🏽‍🏫 and e\u{301} combining", "日本語 العربية", "</script><b>",
        "\u{1B}[31mred\u{1B}[0m", String(repeating: "panjang ", count: 500),
    ]

    func events() -> [Event] {
        let at = Date(timeIntervalSince1970: 1_796_000_000.123)
        var events: [Event] = []
        for (i, text) in Self.texts.enumerated() {
            events.append(Event(seq: i + 1, at: at, actor: "budi", payload: .messagePosted(EntryText(number: 49_000 + i, visibility: .team, text: text))))
            events.append(Event(seq: i + 1, at: at, actor: text, payload: .referralOutcome(EntryText(number: i, visibility: .bkOnly, text: nil))))
            events.append(Event(seq: 123_456_789, at: at, actor: "sari", payload: .goalAdded(number: 7, text: text)))
            events.append(Event(seq: i, at: at, actor: "rina", payload: .assigned(number: 1_000_000 + i, to: text)))
        }
        events.append(Event(seq: 5, at: at, actor: "sari", payload: .threadRead(number: 12, upTo: 99)))
        events.append(Event(seq: 6, at: at, actor: "budi", payload: .pickedUp(number: 123_456)))
        events.append(Event(seq: 7, at: at, actor: "budi", payload: .planItemDone(number: 3, item: 0)))
        return events
    }

    @Test func theFrequentLinesReadAsTheDecoderReadsThem() throws {
        for event in events() {
            let body = Array(try encoder.encode(event))
            let decoded = try decoder.decode(Event.self, from: Data(body))
            let quick = try #require(QuickEventReader.event(body[...]), "left to the decoder: \(String(decoding: body, as: UTF8.self))")
            #expect(quick == decoded)
        }
    }

    /// Escapes the encoder does not write, spaces and any order of keys: read the same.
    @Test func escapesSpacesAndAnyOrder() throws {
        let bodies = [
            #"{"type":"messagePosted","data":{"text":"caf\u00e9 \ud83d\ude00 \/ \b\f","number":4,"visibility":"team"},"seq":9,"by":"budi","at":"2026-12-07T03:00:00.500Z"}"#,
            #" { "seq" : 9 , "at" : "2026-12-07T03:00:00Z" , "by" : "bu\"di" , "type" : "threadRead" , "data" : { "upTo" : 3 , "number" : 4 } } "#,
            #"{"seq":-1,"at":"2026-12-07T03:00:00Z","by":"","type":"messagePosted","data":{"number":0,"visibility":"homeroomAndBK","text":null}}"#,
        ]
        for text in bodies {
            let body = Array(text.utf8)
            let quick = try #require(QuickEventReader.event(body[...]), "left to the decoder: \(text)")
            #expect(quick == (try decoder.decode(Event.self, from: Data(body))))
        }
    }

    /// What it does not know is the decoder's: a line it would read differently is not read.
    @Test func theUnusualIsLeftToTheDecoder() throws {
        let left = [
            #"{"seq":1,"at":"2026-12-07T03:00:00Z","by":"budi","type":"messagePosted","data":{"number":4,"visibility":"bkOnly","ref":{"isPrivate":true,"segment":1,"offset":0}}}"#,
            #"{"seq":1,"at":"2026-12-07T03:00:00Z","by":"budi","type":"messagePosted","data":{"number":4.0,"visibility":"team","text":"a"}}"#,
            #"{"seq":1,"at":"2026-12-07T03:00:00Z","by":"budi","type":"messagePosted","data":{"number":4,"visibility":"team","text":"a","extra":1}}"#,
            #"{"seq":1,"at":"2026-12-07T03:00:00Z","by":"budi","by":"mallory","type":"pickedUp","data":{"number":4}}"#,
            #"{"seq":1,"at":"2026-12-07T03:00:00Z","by":"budi","type":"pickedUp","data":{"number":4,"number":5}}"#,
            #"{"seq":1,"at":"2026-12-07T03:00:00Z","by":"budi","type":"messagePosted","data":{"number":4,"visibility":"team","text":"\ud83d alone"}}"#,
            #"{"seq":1,"at":"2026-12-07T03:00:00Z","by":"budi","type":"messagePosted","data":{"number":4,"visibility":"everyone","text":"a"}}"#,
            #"{"seq":1,"at":"2026-12-07T03:00:00Z","by":"budi","type":"closed","data":{"number":4,"outcome":"resolved"}}"#,
            #"{"seq":01,"at":"2026-12-07T03:00:00Z","by":"budi","type":"pickedUp","data":{"number":4}}"#,
            #"{"seq":99999999999999999999,"at":"2026-12-07T03:00:00Z","by":"budi","type":"pickedUp","data":{"number":4}}"#,
            #"{"seq":1,"at":"yesterday","by":"budi","type":"pickedUp","data":{"number":4}}"#,
            #"{"seq":1,"at":"2026-12-07T03:00:00Z","by":"budi","type":"pickedUp","data":{"number":4}} trailing"#,
        ]
        for text in left {
            #expect(QuickEventReader.event(Array(text.utf8)[...]) == nil, "read by hand: \(text)")
        }
        // Raw control characters and bytes that are not UTF-8 inside a text.
        var raw = Array(#"{"seq":1,"at":"2026-12-07T03:00:00Z","by":"bu"#.utf8) + [0x0A] + Array(#"di","type":"pickedUp","data":{"number":4}}"#.utf8)
        #expect(QuickEventReader.event(raw[...]) == nil)
        raw = Array(#"{"seq":1,"at":"2026-12-07T03:00:00Z","by":"bu"#.utf8) + [0xC3, 0x28] + Array(#"di","type":"pickedUp","data":{"number":4}}"#.utf8)
        #expect(QuickEventReader.event(raw[...]) == nil)
    }

    /// A line cut anywhere is read by neither, or by both alike.
    @Test func aCutLineIsNeverReadDifferently() throws {
        let body = Array(try encoder.encode(events()[0]))
        for length in 0..<body.count {
            let cut = body[..<length]
            guard let quick = QuickEventReader.event(cut) else { continue }
            #expect(quick == (try? decoder.decode(Event.self, from: Data(cut))))
        }
    }

    /// Appending reads back the events of the common kinds without the decoder: the same event.
    @Test func anAppendReadsBackWhatTheDecoderWould() throws {
        for event in events() {
            var truncated = event
            truncated.at = ISODate.truncated(Date(timeIntervalSince1970: 1_796_000_000.987_654_3 + Double(event.seq % 1000) / 7))
            let readBack = try #require(truncated.readBack)
            #expect(readBack == (try decoder.decode(Event.self, from: try encoder.encode(truncated))))
        }
        // The other kinds read back without the decoder.
        let at = Date(timeIntervalSince1970: 1_796_000_000.123_456)
        for payload: EventPayload in [.closed(number: 3, outcome: .resolved, summary: "Selesai \"baik\".", outcomeOnly: false),
                                      .closed(number: 3, outcome: .referredOut, summary: nil, outcomeOnly: true),
                                      .reopened(number: 3, reason: nil), .reopened(number: 3, reason: "Kambuh."),
                                      .summaryUpdated(number: 3, summary: "Ringkasan.", basedOn: 12),
                                      .parentsContacted(number: 3, how: "Telepon"), .pinSet(login: "budi", hash: "x$y")] {
            let event = Event(seq: 9, at: ISODate.truncated(at), actor: "budi", payload: payload)
            #expect(event.readBack == (try decoder.decode(Event.self, from: try encoder.encode(event))), "\(payload)")
        }
        let review = Event(at: Date(), actor: "budi", payload: .planReviewSet(number: 1, date: Date()))
        #expect(review.readBack == nil)
    }

    /// The bodies written by hand read back, by the decoder and by the hand reader, as the event.
    @Test func theHandWrittenBodiesReadBackAsTheEvent() throws {
        var written = 0
        for event in events() {
            var event = event
            event.at = ISODate.truncated(event.at)
            guard let body = QuickEventWriter.body(event) else { continue }
            written += 1
            let decoded = try decoder.decode(Event.self, from: Data(body))
            #expect(decoded == event.readBack)
            #expect(QuickEventReader.event(body[...]) == decoded)
        }
        #expect(written >= Self.texts.count * 2 + 2)
        let sealed = EntryText(number: 1, visibility: .bkOnly, text: nil, ref: TextRef(isPrivate: true, segment: 1, offset: 0))
        #expect(QuickEventWriter.body(Event(at: Date(), actor: "budi", payload: .messagePosted(sealed))) == nil)
    }
}
