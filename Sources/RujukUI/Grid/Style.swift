/// The eight basic terminal colours, or the terminal's default.
public enum Color: Int, Sendable, Equatable, Hashable {
    case `default` = -1, black = 0, red, green, yellow, blue, magenta, cyan, white
}

/// How one cell looks. Meaning never rests on colour alone: urgency and status also have words.
public struct Style: Sendable, Equatable, Hashable {
    public var fg: Color = .default
    public var bg: Color = .default
    public var bold = false
    public var reverse = false
    public var underline = false
    public var dim = false

    public init(fg: Color = .default, bg: Color = .default, bold: Bool = false, reverse: Bool = false,
                underline: Bool = false, dim: Bool = false) {
        self.fg = fg
        self.bg = bg
        self.bold = bold
        self.reverse = reverse
        self.underline = underline
        self.dim = dim
    }

    public static let plain = Style()
}

/// A rectangle of the screen, in cells.
public struct Rect: Sendable, Equatable {
    public var x, y, width, height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    public var isEmpty: Bool { width <= 0 || height <= 0 }
    public var maxY: Int { y + height }

    /// The rectangle without a one-cell border.
    public var inner: Rect { Rect(x: x + 1, y: y + 1, width: width - 2, height: height - 2) }
}
