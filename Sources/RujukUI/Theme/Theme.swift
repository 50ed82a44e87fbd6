/// The named roles a theme gives a style to.
public enum StyleRole: String, CaseIterable, Sendable {
    case bar = "bar"
    case paneBorder = "pane.border"
    case paneBorderFocused = "pane.border.focused"
    case listSelected = "list.selected"
    /// The selected row of a list whose pane does not have the keyboard: still there, plainly weaker.
    case listSelectedInactive = "list.selected.inactive"
    case urgencyUrgent = "urgency.urgent"
    case urgencySoon = "urgency.soon"
    case messageHeading = "message.heading"
    case messageConfidential = "message.confidential"
    case textDim = "text.dim"
    case status = "status"
}

/// Styles by role. Files in `themes/` name the roles; anything they leave out keeps the
/// built-in default. `mono` uses attributes only, for NO_COLOR and colourless terminals.
public struct Theme: Sendable, Equatable {
    public var name: String
    public var styles: [StyleRole: Style]

    public init(name: String, styles: [StyleRole: Style]) {
        self.name = name
        self.styles = styles
    }

    public func style(_ role: StyleRole) -> Style { styles[role] ?? Theme.standard.styles[role] ?? .plain }

    public static let standard = Theme(name: "default", styles: [
        .bar: Style(fg: .black, bg: .cyan),
        .paneBorder: Style(dim: true),
        .paneBorderFocused: Style(fg: .cyan, bold: true),
        .listSelected: Style(reverse: true),
        .listSelectedInactive: Style(underline: true),
        .urgencyUrgent: Style(fg: .red, bold: true),
        .urgencySoon: Style(fg: .yellow),
        .messageHeading: Style(bold: true),
        .messageConfidential: Style(fg: .magenta),
        .textDim: Style(dim: true),
        .status: Style(fg: .yellow, bold: true),
    ])

    public static let mono = Theme(name: "mono", styles: [
        .bar: Style(reverse: true),
        .paneBorder: Style(dim: true),
        .paneBorderFocused: Style(bold: true),
        .listSelected: Style(reverse: true),
        .listSelectedInactive: Style(underline: true),
        .urgencyUrgent: Style(bold: true),
        .urgencySoon: Style(underline: true),
        .messageHeading: Style(bold: true),
        .messageConfidential: Style(underline: true),
        .textDim: Style(dim: true),
        .status: Style(bold: true),
    ])

    /// The same theme with every colour removed (for NO_COLOR and colourless terminals).
    public var withoutColour: Theme {
        Theme(name: name, styles: styles.mapValues { s in
            var s = s
            s.fg = .default
            s.bg = .default
            return s
        })
    }
}

/// One role's entry in a theme file, before it is checked.
public struct ThemeEntry: Sendable, Equatable {
    public var fg: String?
    public var bg: String?
    public var bold, reverse, underline, dim: Bool?

    public init(fg: String? = nil, bg: String? = nil, bold: Bool? = nil, reverse: Bool? = nil, underline: Bool? = nil, dim: Bool? = nil) {
        self.fg = fg
        self.bg = bg
        self.bold = bold
        self.reverse = reverse
        self.underline = underline
        self.dim = dim
    }
}

extension Theme {
    /// Builds a theme from its file's entries; the error names the role or colour that is wrong.
    public static func build(name: String, entries: [String: ThemeEntry]) throws(ThemeError) -> Theme {
        var styles = Theme.standard.styles
        for (key, entry) in entries {
            guard let role = StyleRole(rawValue: key) else {
                throw ThemeError(key: key, message: "'\(key)' is not a style role; roles are " + StyleRole.allCases.map(\.rawValue).joined(separator: ", ") + ".")
            }
            func colour(_ text: String?) throws(ThemeError) -> Color {
                guard let text else { return .default }
                guard let c = Color(name: text) else {
                    throw ThemeError(key: text, message: "'\(text)' is not a colour; use default, black, red, green, yellow, blue, magenta, cyan or white.")
                }
                return c
            }
            styles[role] = Style(fg: try colour(entry.fg), bg: try colour(entry.bg), bold: entry.bold ?? false,
                                 reverse: entry.reverse ?? false, underline: entry.underline ?? false, dim: entry.dim ?? false)
        }
        return Theme(name: name, styles: styles)
    }
}

/// A theme file that could not be used; the loader adds the file and line.
public struct ThemeError: Error, Sendable, Equatable {
    public var key: String
    public var message: String
}

extension Color {
    public init?(name: String) {
        switch name.lowercased() {
        case "default", "none": self = .default
        case "black": self = .black
        case "red": self = .red
        case "green": self = .green
        case "yellow": self = .yellow
        case "blue": self = .blue
        case "magenta": self = .magenta
        case "cyan": self = .cyan
        case "white": self = .white
        default: return nil
        }
    }
}
