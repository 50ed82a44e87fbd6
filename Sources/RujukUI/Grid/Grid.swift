/// One cell of the screen: a character (or "" for the right half of a wide one) and its style.
public struct Cell: Sendable, Equatable {
    public var text: String
    public var style: Style

    public init(_ text: String = " ", _ style: Style = .plain) {
        self.text = text
        self.style = style
    }
}

/// The whole screen as a value: views render into it, tests compare it, the terminal draws it.
public struct Grid: Sendable, Equatable, CustomDebugStringConvertible {
    public let width: Int
    public let height: Int
    public var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: Cell(), count: self.width * self.height)
    }

    public var area: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set { if x >= 0, y >= 0, x < width, y < height { cells[y * width + x] = newValue } }
    }

    /// Writes sanitised text at (x, y), clipped to `maxWidth` columns; returns the columns used.
    /// A wide character that would not fit is replaced by a space, so rows stay aligned.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, maxWidth: Int? = nil, style: Style = .plain) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        let limit = min(width - x, maxWidth ?? Int.max)
        var col = 0
        for ch in text {
            let w = DisplayWidth.of(ch)
            if w == 0 {
                if col > 0 { self[x + col - 1, y].text.append(ch) }
                continue
            }
            if col + w > limit {
                if col < limit { self[x + col, y] = Cell(" ", style) ; col += 1 }
                break
            }
            if x + col >= 0 { self[x + col, y] = Cell(String(ch), style) }
            if w == 2 { self[x + col + 1, y] = Cell("", style) }
            col += w
        }
        return col
    }

    /// Fills a rectangle with spaces of one style.
    public mutating func fill(_ rect: Rect, style: Style = .plain) {
        for y in rect.y..<rect.maxY where y >= 0 && y < height {
            for x in rect.x..<(rect.x + rect.width) where x >= 0 && x < width { self[x, y] = Cell(" ", style) }
        }
    }

    /// Draws a box border with a title in its top edge; `titleStyle` (if any) for the title
    /// alone. A pane shows its focus there: recolouring every border cell sent two panes'
    /// borders down the line at each change of focus.
    public mutating func box(_ rect: Rect, title: String, style: Style, titleStyle: Style? = nil) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let right = rect.x + rect.width - 1, bottom = rect.maxY - 1
        for x in rect.x...right {
            self[x, rect.y] = Cell("─", style)
            self[x, bottom] = Cell("─", style)
        }
        for y in rect.y...bottom {
            self[rect.x, y] = Cell("│", style)
            self[right, y] = Cell("│", style)
        }
        self[rect.x, rect.y] = Cell("┌", style)
        self[right, rect.y] = Cell("┐", style)
        self[rect.x, bottom] = Cell("└", style)
        self[right, bottom] = Cell("┘", style)
        put(" " + title + " ", x: rect.x + 1, y: rect.y, maxWidth: rect.width - 2, style: titleStyle ?? style)
    }

    /// The rows as plain text, for tests and debugging.
    public var lines: [String] {
        (0..<height).map { y in (0..<width).map { self[$0, y].text }.joined() }
    }

    public var debugDescription: String { lines.map { "\"\($0)\"" }.joined(separator: "\n") }
}
