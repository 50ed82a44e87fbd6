/// Makes stored text safe to draw, per Unicode scalar: C0 controls and DEL become visible
/// (`^[`, `^?`), C1 controls become `�`, bidi overrides and isolates are removed, and tabs
/// and newlines become spaces in one-line fields. The stored text is never changed.
public enum Sanitizer {
    /// For one-line fields: names, list rows, titles.
    public static func line(_ text: String) -> String {
        // Printable ASCII (most names and classes) is drawn as it is: no copy.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { append(scalar, to: &out, keepNewlines: false) }
        return String(out)
    }

    /// A one-line text as a clause of a longer line joined by ";": without its own final full
    /// stop, so "met the mother." does not read "met the mother.; found: …".
    public static func clause(_ text: String) -> String {
        var s = line(text)
        while s.last == " " { s.removeLast() }
        if s.hasSuffix(".") && !s.hasSuffix("..") { s.removeLast() }
        return s
    }

    /// For message bodies: newlines are kept as line breaks, everything else as in `line`.
    public static func lines(_ text: String) -> [String] {
        // Split on scalars: "\r\n" is one Character, so a Character split would miss it.
        text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { part in
            var out = String.UnicodeScalarView()
            for scalar in part where scalar != "\r" { append(scalar, to: &out, keepNewlines: true) }
            return String(out)
        }
    }

    /// The bidi overrides, embeddings, isolates and marks: they reorder what follows them, so
    /// a name could be drawn or printed backwards ("61-BA" for AB-16). Left out wherever text
    /// is shown, printed or escaped.
    public static func isDirectionControl(_ v: UInt32) -> Bool {
        (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) || v == 0x200E || v == 0x200F || v == 0x061C
    }

    static func append(_ scalar: Unicode.Scalar, to out: inout String.UnicodeScalarView, keepNewlines: Bool) {
        let v = scalar.value
        switch v {
        case 0x09, 0x0A, 0x0D:
            out.append(" ")
        case 0x00...0x1F:
            out.append("^")
            out.append(Unicode.Scalar(UInt8(v + 0x40)))
        case 0x7F:
            out.append(contentsOf: "^?".unicodeScalars)
        case 0x80...0x9F:
            out.append("\u{FFFD}")
        case _ where isDirectionControl(v):
            break
        default:
            out.append(scalar)
        }
    }
}
