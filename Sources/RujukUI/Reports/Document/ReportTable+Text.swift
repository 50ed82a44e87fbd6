import Foundation
import RujukDomain

/// One line of the printed report as the interface shows it, with what it is for its style.
public struct DocumentLine: Sendable, Equatable {
    public enum Kind: Sendable, Equatable { case title, heading, header, rule, body, note }
    public var text: String
    public var kind: Kind
}

extension ReportTable {
    /// The table as lines of text at most `width` columns wide: headings wrapped over up to
    /// three lines (a word broken inside with a hyphen), numbers right-aligned, cells too long for their column cut with "…". The
    /// widest columns give up room first, so short figures keep theirs.
    public func lines(width: Int) -> [DocumentLine] {
        let all = rows + (footer.map { [$0] } ?? [])
        let count = headers.count
        guard count > 0, width > count else { return [] }
        func cellText(_ c: ReportCell) -> String { Sanitizer.line(c.text) }
        // A column is as wide as its widest cell or its longest heading word. Short of room,
        // long texts give way first (cut with "…", not below twelve columns or their heading's
        // longest word), then the headings of figures wrap inside their words, then texts go
        // down to six columns, then anything.
        var words: [Int] = [], widest: [Int] = [], numeric: [Bool] = []
        for i in 0..<count {
            words.append(min(headers[i].split(separator: " ").map { DisplayWidth.of(String($0)) }.max() ?? 1, 14))
            widest.append(all.compactMap { $0.indices.contains(i) ? DisplayWidth.of(cellText($0[i])) : nil }.max() ?? 0)
            numeric.append(all.allSatisfy { !$0.indices.contains(i) || $0[i].isNumber || $0[i].text.isEmpty })
        }
        var columns = (0..<count).map { max(1, widest[$0], words[$0]) }
        func shrink(above floor: (Int) -> Int) {
            while columns.reduce(0, +) + count - 1 > width {
                guard let i = columns.indices.filter({ columns[$0] > floor($0) }).max(by: { (columns[$0], $0) < (columns[$1], $1) }) else { return }
                columns[i] -= 1
            }
        }
        shrink { i in numeric[i] ? columns[i] : max(words[i], 12) }
        shrink { i in numeric[i] ? max(widest[i], min(words[i], 6)) : columns[i] }
        shrink { i in max(numeric[i] ? widest[i] : 6, min(words[i], 6)) }
        shrink { _ in 3 }
        let headed = (0..<count).map { i -> [String] in
            let wrapped = ThreadPane.wrap(Sanitizer.line(headers[i]), columns[i], hyphenate: true)
            guard wrapped.count > 3 else { return wrapped }
            // The third line holds the rest, cut with "…"; a word broken by a hyphen is made whole first.
            let rest = wrapped.dropFirst(2).reduce("") { $0.hasSuffix("-") ? String($0.dropLast()) + $1 : ($0.isEmpty ? $1 : $0 + " " + $1) }
            return Array(wrapped.prefix(2)) + [Self.fit(rest, columns[i])]
        }
        let headerHeight = headed.map(\.count).max() ?? 1
        var out: [DocumentLine] = []
        for line in 0..<headerHeight {
            let cells = (0..<count).map { i in Self.pad(headed[i].indices.contains(line) ? headed[i][line] : "", columns[i], right: false) }
            out.append(DocumentLine(text: Self.trimmed(cells.joined(separator: " ")), kind: .header))
        }
        out.append(DocumentLine(text: String(repeating: "─", count: columns.reduce(0, +) + count - 1), kind: .rule))
        for (r, row) in all.enumerated() {
            let cells = (0..<count).map { i -> String in
                guard row.indices.contains(i) else { return Self.pad("", columns[i], right: false) }
                return Self.pad(Self.fit(cellText(row[i]), columns[i]), columns[i], right: row[i].isNumber)
            }
            if footer != nil && r == all.count - 1 {
                out.append(DocumentLine(text: String(repeating: "─", count: columns.reduce(0, +) + count - 1), kind: .rule))
            }
            out.append(DocumentLine(text: Self.trimmed(cells.joined(separator: " ")), kind: .body))
        }
        return out
    }

    static func fit(_ s: String, _ width: Int) -> String { DisplayWidth.fit(s, width) }

    static func pad(_ s: String, _ width: Int, right: Bool) -> String {
        let room = String(repeating: " ", count: max(0, width - DisplayWidth.of(s)))
        return right ? room + s : s + room
    }

    static func trimmed(_ s: String) -> String {
        var s = s
        while s.last == " " { s.removeLast() }
        return s
    }
}

extension ReportDocument {
    /// The whole report as the interface shows it: title, identity, notices, every table with
    /// its note, and the narrative (a counsellor's own report says where a section is missing).
    public func lines(width: Int, missingNarrative: String?) -> [DocumentLine] {
        var out: [DocumentLine] = []
        func wrapped(_ text: String, _ kind: DocumentLine.Kind, indent: String = "") {
            for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
                for piece in ThreadPane.wrap(Sanitizer.line(String(paragraph)), width - indent.count) {
                    out.append(DocumentLine(text: indent + piece, kind: kind))
                }
            }
        }
        wrapped(title, .title)
        for s in subtitle { wrapped(s, .title) }
        out.append(DocumentLine(text: "", kind: .body))
        let labelWidth = identity.map { DisplayWidth.of($0.0) }.max() ?? 0
        for (label, value) in identity {
            wrapped(ReportTable.pad(label, labelWidth, right: false) + " : " + value, .body)
        }
        for n in notices { wrapped(n, .note) }
        for table in tables {
            out.append(DocumentLine(text: "", kind: .body))
            wrapped(table.title, .heading)
            out += table.lines(width: width)
            if let note = table.note { wrapped(note, .note) }
        }
        let sections = NarrativeSectionNames.indonesian
        if !narrative.isEmpty || missingNarrative != nil {
            out.append(DocumentLine(text: "", kind: .body))
            for name in sections {
                wrapped(name, .heading)
                if let text = narrative.first(where: { $0.0 == name })?.1 {
                    wrapped(text, .body, indent: "  ")
                } else if let missingNarrative {
                    out.append(DocumentLine(text: "  " + missingNarrative, kind: .note))
                }
            }
        }
        return out
    }
}

/// The narrative's section headings as the printed report has them, in order.
enum NarrativeSectionNames {
    static let indonesian = NarrativeSection.allCases.map(ReportWords.section)
}
