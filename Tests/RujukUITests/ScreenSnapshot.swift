import Foundation
import Testing
@testable import RujukDomain
@testable import RujukUI

/// Whole screens as text against files in `Snapshots/`, the way ratatui compares a buffer
/// with `Buffer::with_lines`: every cell of every line, not a word somewhere on it. A new or
/// changed screen is written with `RUJUK_RECORD_SNAPSHOTS=1` and read by a person before it
/// is committed. A difference is shown line by line, with both versions.
enum ScreenSnapshot {
    static var recording: Bool { ProcessInfo.processInfo.environment["RUJUK_RECORD_SNAPSHOTS"] == "1" }

    static func url(_ name: String) -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots/\(name).txt")
    }

    static func check(_ name: String, _ state: AppState, sourceLocation: SourceLocation = #_sourceLocation) {
        check(name, render(state).lines, sourceLocation: sourceLocation)
    }

    static func check(_ name: String, _ lines: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        let text = lines.joined(separator: "\n") + "\n"
        if recording {
            do { try text.write(to: url(name), atomically: true, encoding: .utf8) } catch {
                Issue.record("could not write \(url(name).path): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let expected = try? String(contentsOf: url(name), encoding: .utf8) else {
            Issue.record("no snapshot \(name).txt; record it with RUJUK_RECORD_SNAPSHOTS=1 and read it:\n\(text)", sourceLocation: sourceLocation)
            return
        }
        if let difference = difference(expected: expected, actual: text) {
            Issue.record("\(name) differs from Snapshots/\(name).txt:\n\(difference)", sourceLocation: sourceLocation)
        }
    }

    /// The lines that differ, numbered, each as expected and as drawn; nil when none does.
    static func difference(expected: String, actual: String) -> String? {
        let want = expected.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let got = actual.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var out: [String] = []
        for i in 0..<max(want.count, got.count) {
            let w = i < want.count ? want[i] : "(no line)"
            let g = i < got.count ? got[i] : "(no line)"
            guard w != g else { continue }
            let number = String(i + 1)
            out.append("line " + String(repeating: " ", count: max(0, 3 - number.count)) + number + " expected |\(w)|")
            out.append("         drawn    |\(g)|")
        }
        return out.isEmpty ? nil : out.joined(separator: "\n")
    }
}

/// Answers a state's effects as the run loop would, from the demo school in memory: a thread
/// from the person's projection, a rested selection, a student's record.
func settle(_ state: inout AppState, _ effects: [Effect]) {
    var pending = effects
    while !pending.isEmpty {
        switch pending.removeFirst() {
        case .loadThread(let number):
            pending += reduce(&state, .threadLoaded(state.school.projected(for: state.actor).cases[number]))
        case .previewWhenRested:
            pending += reduce(&state, .selectionRested)
        case .loadRecord(let id):
            let cases = state.school.projected(for: state.actor).cases.values.filter { $0.studentID == id }.sorted { $0.number < $1.number }
            pending += reduce(&state, .recordLoaded(studentID: id, StudentRecord.entries(cases)))
        default:
            break
        }
    }
}
