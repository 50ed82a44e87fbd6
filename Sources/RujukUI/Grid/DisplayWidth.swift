/// How many terminal columns a character takes: 0 for combining marks, 2 for wide East
/// Asian characters and emoji, 1 otherwise. Kept here so the UI stays pure and testable.
public enum DisplayWidth {
    public static func of(_ c: Character) -> Int {
        // Most of what is drawn is ASCII, one column each (a control character too, as below);
        // the Unicode property lookups cost more than the rest of a frame's text.
        if c.isASCII { return 1 }
        guard let first = c.unicodeScalars.first else { return 0 }
        if c.unicodeScalars.count > 1 && c.unicodeScalars.contains(where: { $0.properties.isEmojiPresentation || $0.value == 0xFE0F }) { return 2 }
        return of(first)
    }

    public static func of(_ s: Unicode.Scalar) -> Int {
        if s.isASCII { return 1 }
        let v = s.value
        switch s.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if v == 0x200B { return 0 }
        if s.properties.isEmojiPresentation { return 2 }
        switch v {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return 2
        default:
            return 1
        }
    }

    public static func of(_ s: String) -> Int { s.reduce(0) { $0 + of($1) } }

    /// `s` cut to `width` columns, ending in "…" when something was left out (a name cut
    /// silently reads as a different name).
    public static func fit(_ s: String, _ width: Int) -> String {
        guard width > 0 else { return "" }
        guard of(s) > width else { return s }
        var out = "", used = 0
        for ch in s {
            let w = of(ch)
            if used + w > width - 1 { break }
            out.append(ch)
            used += w
        }
        return out + "…"
    }
}
