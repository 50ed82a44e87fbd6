import Foundation
import RujukDomain

enum StudentsPane {
    static func render(_ state: AppState, in r: Rect, into grid: inout Grid) {
        let focused = state.focus == .students
        grid.pane(r, title: state.catalog.t(.paneStudents), focused: focused, theme: state.theme)
        let inner = r.inner
        let rows = state.flaggedStudents
        let top = max(0, state.selectedStudent - inner.height + 1)
        grid.hiddenRows(r, above: top, below: max(0, rows.count - top - inner.height), theme: state.theme)
        for (i, row) in rows.enumerated().dropFirst(top).prefix(inner.height) {
            let (student, c) = (row.student, row.openCase)
            let y = inner.y + i - top
            let style = focused && i == state.selectedStudent && state.lostCase == nil ? state.theme.style(.listSelected) : Style.plain
            grid.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: style)
            let right = " \(student.className) \(c.flags.count)"
            // On a shared terminal a colleague passing by sees initials until a row is focused.
            let name = state.guardian.sharedTerminal && !(focused && i == state.selectedStudent) ? QueuePane.initials(student.name) : student.name
            grid.put(DisplayWidth.fit(Sanitizer.line(name), inner.width - right.count - 1), x: inner.x, y: y, maxWidth: inner.width - right.count, style: style)
            grid.put(right, x: inner.x + inner.width - right.count, y: y, style: style)
        }
    }
}

enum QueuePane {
    static func title(_ state: AppState) -> String {
        let t = state.catalog
        if let behind = state.reportCases { return t.t(.paneQueue) + " · " + behind.title }
        let name: String
        switch state.filter {
        case .concerningMe:
            // Every open case concerns the vice principal and the principal; none is "theirs".
            let leader = !state.actor.isCounsellor && (state.actor.has(.viceStudentAffairs) || state.actor.has(.principal))
            name = t.t(leader ? .filterEveryOpen : state.seesEveryCase ? .filterMineNew : .filterMineOpen)
        case .mine: name = t.t(.filterMine)
        case .unclaimed: name = t.t(.filterUnclaimed)
        case .all: name = t.t(state.seesEveryCase ? .filterAll : .filterAllMine)
        }
        return t.t(.paneQueue) + " · \(name)" + (state.filterText.isEmpty && state.mode != .filter ? "" : " · /\(state.filterText)")
    }

    static func render(_ state: AppState, in r: Rect, into grid: inout Grid) {
        let focused = state.focus == .queue
        grid.pane(r, title: title(state), focused: focused, theme: state.theme)
        let inner = r.inner
        let q = state.queue
        if q.isEmpty {
            // "Press n" only for someone who may flag: the admin works no cases.
            let mayFlag = state.school.denial(state.actor, .flag, on: nil) == nil
            // A filter over open cases says that f shows the closed ones, where a case just
            // closed (and already read) went.
            let openOnly = state.filter != .all && state.reportCases == nil
            let needle = Sanitizer.line(state.filterText)
            let empty = !state.filterText.isEmpty ? state.catalog.t(openOnly ? .noOpenCaseMatches(needle) : .noCaseMatches(needle))
                : state.catalog.t(mayFlag ? .emptyQueue : .emptyQueueNoFlag)
            for (i, line) in ThreadPane.wrap(empty, inner.width).prefix(inner.height).enumerated() {
                grid.put(line, x: inner.x, y: inner.y + i, maxWidth: inner.width, style: state.theme.style(.textDim))
            }
            return
        }
        let top = max(0, state.selected - inner.height + 1)
        grid.hiddenRows(r, above: top, below: max(0, q.count - top - inner.height), theme: state.theme)
        // The number column fits the longest number in the list, so `#49001` is never cut to `#4900`.
        let numberWidth = max(6, "#\(q.map(\.number).max() ?? 0)".count + 1)
        for (i, c) in q.enumerated().dropFirst(top).prefix(inner.height) {
            let y = inner.y + i - top
            // Nothing is highlighted while the selected case is gone from the list (closed, taken):
            // the thread says nothing is selected, and no row claims otherwise.
            let selected = i == state.selected && state.lostCase == nil
            // The selection stays visible when another pane has the keyboard, but weaker.
            let base = selected ? state.theme.style(focused ? .listSelected : .listSelectedInactive) : Style.plain
            grid.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: base)
            let unread = state.school.unreadCount(state.actor.login, in: c) > 0 ? "•" : " "
            let status = state.catalog.status(of: c, at: state.now)
            // Fixed columns first; the student's name gets what is left, in full when it fits.
            let nameWidth = max(8, inner.width - 1 - numberWidth - 11 - 9 - 7)
            let name = state.school.students[c.studentID].map { s -> String in
                let full = Sanitizer.line(s.name)
                if !state.guardian.sharedTerminal && DisplayWidth.of(full) < nameWidth { return full }
                let listed = listName(s.name, focused: selected, state)
                // "Putri Ayu L." too wide becomes "Putri A.L.", before it is cut with "…".
                return DisplayWidth.of(Sanitizer.line(listed)) < nameWidth || state.guardian.sharedTerminal && !selected ? listed : initialled(s.name)
            } ?? "?"
            let age = RelativeAge.short(from: c.openedAt, to: state.now, indonesian: state.indonesian)
            var urgencyStyle = c.urgency == .urgent ? state.theme.style(.urgencyUrgent) : c.urgency == .soon ? state.theme.style(.urgencySoon) : base
            if selected {
                // The row's selection shows through the urgency's colour.
                urgencyStyle.reverse = base.reverse
                urgencyStyle.bg = base.bg == .default ? urgencyStyle.bg : base.bg
                urgencyStyle.underline = urgencyStyle.underline || base.underline
            }
            let columns: [(String, Style)] = [
                (unread + pad("#\(c.number)", numberWidth), base), (pad(status, 11), base), (pad(Sanitizer.line(name), nameWidth), base),
                (pad(state.catalog.urgency(c.urgency), 9), urgencyStyle), ("\(c.flags.count) \(age)", base),
            ]
            var x = inner.x
            for (text, style) in columns where x < inner.x + inner.width {
                x += grid.put(text, x: x, y: y, maxWidth: inner.x + inner.width - x, style: style)
            }
        }
    }

    /// "Andi Pratama" → "Andi P." in lists.
    static func short(_ name: String) -> String {
        let parts = name.split(separator: " ")
        guard parts.count > 1, let initial = parts.last?.first else { return name }
        return parts.dropLast().joined(separator: " ") + " \(initial)."
    }

    /// "Putri Ayu Lestari" → "Putri A.L.": the first name whole, the others as initials.
    static func initialled(_ name: String) -> String {
        let parts = name.split(separator: " ")
        guard let first = parts.first, parts.count > 1 else { return name }
        return String(first) + " " + parts.dropFirst().compactMap(\.first).map { "\($0)." }.joined()
    }

    /// A student's name in a list row: "Andi P.", or on a shared terminal only "A. P." until the row is focused.
    static func listName(_ name: String, focused: Bool, _ state: AppState) -> String {
        state.guardian.sharedTerminal && !focused ? initials(name) : short(name)
    }

    /// "Andi Pratama" → "A. P.": the shortened name of a shared terminal's lists.
    static func initials(_ name: String) -> String {
        name.split(separator: " ").compactMap(\.first).map { "\($0)." }.joined(separator: " ")
    }

    static func pad(_ s: String, _ width: Int) -> String {
        let w = DisplayWidth.of(s)
        if w >= width {
            let cut = DisplayWidth.fit(s, width - 1)
            return cut + String(repeating: " ", count: max(0, width - DisplayWidth.of(cut)))
        }
        return s + String(repeating: " ", count: width - w)
    }
}

enum ThreadPane {
    static func render(_ state: AppState, in r: Rect, into grid: inout Grid) {
        let focused = state.focus == .thread
        guard let c = state.threadCase else {
            grid.pane(r, title: state.catalog.t(.paneThread), focused: focused, theme: state.theme)
            if state.lostCase != nil {
                grid.put(state.catalog.t(.nothingSelected), x: r.inner.x, y: r.inner.y, maxWidth: r.inner.width, style: state.theme.style(.textDim))
            }
            return
        }
        let student = state.school.students[c.studentID]
        grid.pane(r, title: state.catalog.t(.paneThread) + " · #\(c.number) \(Sanitizer.line(student?.name ?? "?"))", focused: focused, theme: state.theme)
        let inner = r.inner
        // The reply being written grows with its text (up to half the pane), so all of it and
        // the cursor are in view before Enter sends it.
        let composeLines = ThreadPane.wrap("> " + Sanitizer.line(state.compose.text.replacingOccurrences(of: "\n", with: " ⏎ ")) + "▏", inner.width)
        // Who will read it, wrapped: a narrow pane shows the whole list of readers.
        let readers = state.catalog.readers(state.compose.visibility)
            + (state.school.canRead(state.actor, state.compose.visibility, in: c) ? "" : state.catalog.t(.readersAndYou))
        let toLines = state.composing != nil ? ThreadPane.wrap(state.catalog.t(.composeTo) + readers, inner.width) : []
        let composeHeight = state.composing != nil ? toLines.count + min(max(2, composeLines.count), max(2, inner.height / 2)) : 1
        var lines: [(String, Style)] = []
        let shown = state.thread?.number == c.number ? state.thread! : c
        if let notice = state.threadNotice, state.thread?.number == c.number {
            lines.append((Sanitizer.line(notice), state.theme.style(.status)))
        }
        for f in shown.flags {
            let tier = f.isConfidential ? " · " + state.catalog.tier(.bkOnly) : ""
            lines.append(("\(state.school.displayName(f.by)) · \(f.subject.map(Sanitizer.line) ?? state.catalog.flagEntry) · \(RelativeAge.short(from: f.at, to: state.now, indonesian: state.indonesian))\(tier)",
                          f.isConfidential ? state.theme.style(.messageConfidential) : Style(bold: true)))
            if f.isWithheld {
                lines.append(("  " + state.catalog.t(.confidentialEntry), state.theme.style(.textDim)))
            } else {
                for l in Sanitizer.lines(f.saw) { lines.append(("  " + l, .plain)) }
            }
        }
        // The referring teacher hears who in BK has the case (until now only the status said so).
        if let counsellor = shown.assignee {
            let since = shown.pickedUpAt.map { " · " + RelativeAge.short(from: $0, to: state.now, indonesian: state.indonesian) } ?? ""
            lines.append((state.catalog.t(.threadPickedUp(Sanitizer.line(state.school.displayName(counsellor)))) + since, state.theme.style(.textDim)))
        }
        // The closings a reopened case went through, each where it happened among the messages.
        var undone: [(at: Date, line: (String, Style))] = []
        for p in shown.pastClosings ?? [] {
            let outcome = state.catalog.outcome(p.outcome)
            undone.append((p.closedAt, (p.summary.map { state.catalog.t(.closedWith(outcome)) + Sanitizer.line($0) }
                                        ?? state.catalog.t(.closedOutcomeOnly(outcome)), Style(bold: true))))
            undone.append((p.reopenedAt, (state.catalog.t(.recReopened(state.school.displayName(p.reopenedBy)))
                                          + (p.reason.map(Sanitizer.line) ?? state.catalog.t(.recNoReason)), Style(bold: true))))
        }
        var next = 0
        for m in shown.messages {
            while next < undone.count, undone[next].at <= m.at { lines.append(undone[next].line); next += 1 }
            let tier = m.visibility == .team ? "" : " · " + state.catalog.tier(m.visibility)
            lines.append(("\(state.school.displayName(m.author)) · \(RelativeAge.short(from: m.at, to: state.now, indonesian: state.indonesian))\(tier)",
                          m.visibility == .team ? Style(bold: true) : state.theme.style(.messageConfidential)))
            if let text = m.text {
                for l in Sanitizer.lines(text) { lines.append(("  " + l, .plain)) }
            } else {
                lines.append(("  " + state.catalog.t(.confidentialEntry), state.theme.style(.textDim)))
            }
        }
        lines += undone[next...].map(\.line)
        if let summary = shown.summary, shown.isClosed, shown.outcomeOnly != true {
            lines.append((state.catalog.t(.closedWith(state.catalog.outcome(shown.outcome!))) + Sanitizer.line(summary), Style(bold: true)))
        } else if shown.isClosed, shown.outcomeOnly == true {
            lines.append((state.catalog.t(.closedOutcomeOnly(state.catalog.outcome(shown.outcome!))), Style(bold: true)))
        }
        // Wrapped from the end, only as far up as the scroll reaches: a thread of thousands of
        // entries costs what one screen of it does.
        let room = inner.height - composeHeight
        var pieces: [[(String, Style)]] = []
        var count = 0
        for (text, style) in lines.reversed() where count < room + state.threadScroll {
            let piece = wrap(text, inner.width).map { ($0, style) }
            pieces.append(piece)
            count += piece.count
        }
        let wrapped = pieces.reversed().flatMap { $0 }
        let maxScroll = max(0, wrapped.count - room)
        let start = max(0, maxScroll - state.threadScroll)
        for (i, (text, style)) in wrapped.dropFirst(start).prefix(room).enumerated() {
            grid.put(text, x: inner.x, y: inner.y + i, maxWidth: inner.width, style: style)
        }
        let composeY = inner.y + inner.height - composeHeight
        if state.composing != nil {
            // A teacher's entry for BK only stays readable to its writer: the line says so.
            let toStyle = state.compose.visibility == .team ? state.theme.style(.textDim) : state.theme.style(.messageConfidential)
            for (i, l) in toLines.enumerated() { grid.put(l, x: inner.x, y: composeY + i, maxWidth: inner.width, style: toStyle) }
            for (i, l) in composeLines.suffix(composeHeight - toLines.count).enumerated() {
                grid.put(l, x: inner.x, y: composeY + toLines.count + i, maxWidth: inner.width)
            }
        } else {
            // A closed case takes no reply: its line does not invite one.
            let empty = state.catalog.t(c.isClosed ? .replyPlaceholderClosed : .replyPlaceholder)
            let draft = state.compose.text.isEmpty ? empty : state.catalog.t(.draftPrefix) + Sanitizer.line(state.compose.text)
            grid.put(draft, x: inner.x, y: composeY, maxWidth: inner.width, style: state.theme.style(.textDim))
        }
    }

    /// How many letters to move from the end of `head` to the start of `tail` so that a word
    /// broken between them breaks where an Indonesian syllable begins: before a consonant that
    /// a vowel follows (ng, ny, kh and sy kept whole), leaving at least two letters before it.
    /// Nil when the break as it is will do or no such place is near.
    static func syllableBreak(_ head: String, _ tail: String) -> Int? {
        let letters = Array(head) + Array(tail.prefix(2))
        let vowels = Set("aeiouAEIOU")
        func isVowel(_ i: Int) -> Bool { letters.indices.contains(i) && vowels.contains(letters[i]) }
        func isConsonant(_ i: Int) -> Bool { letters.indices.contains(i) && letters[i].isLetter && !vowels.contains(letters[i]) }
        let digraphs: Set<String> = ["ng", "ny", "kh", "sy"]
        func pair(_ i: Int) -> String { letters.indices.contains(i + 1) ? String(letters[i...(i + 1)]).lowercased() : "" }
        func startsSyllable(_ i: Int) -> Bool {
            guard isConsonant(i) else { return false }
            // "nga" starts at the n, as one sound; its g starts nothing.
            if digraphs.contains(pair(i)) { return isVowel(i + 2) }
            return isVowel(i + 1) && !(i > 0 && digraphs.contains(pair(i - 1)))
        }
        let end = head.count
        if startsSyllable(end) { return nil }
        for back in 1...3 where end - back >= 2 && startsSyllable(end - back) { return back }
        return nil
    }

    /// Splits a line into pieces of at most `width` columns, at spaces where possible; the
    /// pieces after the first get `rest` columns (room for a hanging indent) when given. A word
    /// too long for the line is broken inside, with a hyphen where it goes on (`hyphenate`:
    /// a table's heading, where "Frekue" over "nsi" read as two words).
    static func wrap(_ text: String, _ width: Int, rest: Int? = nil, hyphenate: Bool = false) -> [String] {
        guard width > 0 else { return [] }
        var out: [String] = []
        var line = ""
        var lineWidth = 0
        func limit() -> Int { out.isEmpty ? width : max(1, rest ?? width) }
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            var w = String(word)
            while DisplayWidth.of(w) > limit() {
                if !line.isEmpty { out.append(line); line = ""; lineWidth = 0 }
                // A hyphen takes the last column, when there are enough to leave a word's start.
                let hyphen = hyphenate && limit() >= 3
                let room = limit() - (hyphen ? 1 : 0)
                var piece = "", pw = 0
                while let ch = w.first, pw + DisplayWidth.of(ch) <= room { piece.append(ch); pw += DisplayWidth.of(ch); w.removeFirst() }
                if piece.isEmpty { w.removeFirst(); continue }
                // At a syllable's start where there is one (the report's words are Indonesian):
                // "Kompo-nen", not "Kompon-en".
                if hyphen, !w.isEmpty, let back = Self.syllableBreak(piece, w) {
                    w = String(piece.suffix(back)) + w
                    piece.removeLast(back)
                }
                out.append(hyphen && !w.isEmpty ? piece + "-" : piece)
            }
            let ww = DisplayWidth.of(w)
            if lineWidth + (line.isEmpty ? 0 : 1) + ww > limit() {
                out.append(line)
                line = w
                lineWidth = ww
            } else {
                line += (line.isEmpty ? "" : " ") + w
                lineWidth += (lineWidth == 0 ? 0 : 1) + ww
            }
        }
        out.append(line)
        return out
    }
}

extension Grid {
    /// A pane's box: its border as every pane's, its title in the focused style while it has the
    /// keyboard (a change of focus redraws two titles, not two panes' borders).
    mutating func pane(_ rect: Rect, title: String, focused: Bool, theme: Theme) {
        box(rect, title: title, style: theme.style(.paneBorder), titleStyle: focused ? theme.style(.paneBorderFocused) : nil)
    }

    /// How many rows of a list lie above and below what its pane shows, on the pane's bottom
    /// border (`↑2 ↓5`): a case out of sight is not a case forgotten.
    mutating func hiddenRows(_ rect: Rect, above: Int, below: Int, theme: Theme) {
        let marks = [above > 0 ? "↑\(above)" : nil, below > 0 ? "↓\(below)" : nil].compactMap { $0 }
        guard !marks.isEmpty else { return }
        let text = " " + marks.joined(separator: " ") + " "
        let width = DisplayWidth.of(text)
        guard rect.width >= width + 4 else { return }
        put(text, x: rect.x + rect.width - 2 - width, y: rect.y + rect.height - 1, style: theme.style(.paneBorder))
    }
}
