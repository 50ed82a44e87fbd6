import Foundation

/// A class (rombel) as the school writes it (`Kelas 7A`, `7A`, `VII A`, `VII-B`, `X-MIPA-1`),
/// with the grade (tingkat) and section read from it. The text is kept as written; the grade
/// serves caseloads, promotion and reports, the key compares two spellings of one class.
public struct ClassName: Sendable, Equatable, Hashable {
    /// The grade, 1 to 12 (SD 1–6, SMP VII–IX, SMA/SMK X–XII).
    public var grade: Int
    /// What follows the grade, upper-cased, separators removed (`A`, `MIPA1`, `TKJ1`); may be empty.
    public var section: String

    public static let romans = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]

    /// Reads a class name; nil when no grade can be read from it.
    public init?(_ text: String) {
        guard let parsed = Self.parse(text) else { return nil }
        self.grade = parsed.grade
        self.section = parsed.section
    }

    /// The grade, where its numeral stands in the text, and the section.
    private static func parse(_ text: String) -> (grade: Int, numeral: Range<String.Index>, section: String)? {
        let upper = text.uppercased()
        // Upper-casing may change lengths outside ASCII; such names carry no grade we can read.
        guard upper.count == text.count else { return nil }
        var i = upper.startIndex
        func skip(_ set: (Character) -> Bool) { while i < upper.endIndex, set(upper[i]) { i = upper.index(after: i) } }
        skip { $0 == " " }
        for prefix in ["KELAS", "KLS.", "KLS", "TINGKAT"] where upper[i...].hasPrefix(prefix) {
            i = upper.index(i, offsetBy: prefix.count)
            break
        }
        skip { $0 == " " || $0 == "." || $0 == "-" || $0 == "_" }
        let start = i
        var grade: Int?
        let digits = upper[i...].prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty {
            grade = Int(digits)
            i = upper.index(i, offsetBy: digits.count)
        } else {
            // The longest Roman numeral at the start (`VIII` before `VII`); after it comes a
            // separator, the end, a digit, or a short section (`VIIA`), so `VIKING` is no class.
            for (n, roman) in romans.enumerated().reversed() where upper[i...].hasPrefix(roman) {
                let after = upper.index(i, offsetBy: roman.count)
                let word = upper[after...].prefix { $0.isLetter }
                if let next = word.first, "IVX".contains(next) || word.count > 4 { continue }
                grade = n + 1
                i = after
                break
            }
        }
        guard let grade, (1...12).contains(grade) else { return nil }
        let section = String(upper[i...].unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) }.map(Character.init))
        let lower = text.index(text.startIndex, offsetBy: upper.distance(from: upper.startIndex, to: start))
        let upperEnd = text.index(text.startIndex, offsetBy: upper.distance(from: upper.startIndex, to: i))
        return (grade, lower..<upperEnd, section)
    }

    public var romanGrade: String { Self.romans[grade - 1] }

    /// Compares spellings of one class: `Kelas 7A`, `7A`, `VII A` and `VII-A` share a key.
    public var key: String { romanGrade + "-" + section }

    /// The class one grade up, written as the school writes it: the numeral is replaced by
    /// the next one in the same style (`Kelas 7A` → `Kelas 8A`, `VII-B` → `VIII-B`); nil for
    /// the last grade.
    public static func promoted(_ text: String) -> String? {
        guard let p = parse(text), p.grade < 12 else { return nil }
        let roman = text[p.numeral].first?.isNumber == false
        return text.replacingCharacters(in: p.numeral, with: roman ? romans[p.grade] : String(p.grade + 1))
    }

    /// Classes in the school's order: by grade (VII before IX, though "IX" sorts first as
    /// text), then section, then as written; a name without a grade comes last.
    public static func precedes(_ a: String, _ b: String) -> Bool {
        if a == b { return false }
        let x = ClassName(a), y = ClassName(b)
        return (x?.grade ?? 99, x?.section ?? "", a) < (y?.grade ?? 99, y?.section ?? "", b)
    }

    /// Whether two class names mean the same class.
    public static func same(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        // The common case, both written `VIII-B`: no parsing needed (visibility asks this per case).
        if isCanonical(a) && isCanonical(b) { return false }
        guard let x = ClassName(a), let y = ClassName(b) else { return false }
        return x.key == y.key
    }

    /// `VIII-B`, `X-MIPA-1`: a Roman grade, a hyphen, then upper-case letters, digits and hyphens.
    /// Two such names are the same class only when they are the same text.
    static func isCanonical(_ s: String) -> Bool {
        var sawHyphen = false, romanCount = 0
        for b in s.utf8 {
            if !sawHyphen {
                if b == UInt8(ascii: "-") { sawHyphen = true; continue }
                guard b == UInt8(ascii: "I") || b == UInt8(ascii: "V") || b == UInt8(ascii: "X") else { return false }
                romanCount += 1
            } else {
                guard (b >= 65 && b <= 90) || (b >= 48 && b <= 57) || b == UInt8(ascii: "-") else { return false }
            }
        }
        return sawHyphen && romanCount > 0 && romanCount <= 4 && romans.contains(String(s.prefix(romanCount)))
    }

    /// Whether a caseload entry covers a class: a grade alone (`VIII`, `8`) covers its classes,
    /// a class covers itself in any spelling.
    public static func covers(_ entry: String, _ className: String) -> Bool {
        if entry == className || className.hasPrefix(entry + "-") { return true }
        guard let e = ClassName(entry), let c = ClassName(className) else { return false }
        return e.section.isEmpty ? e.grade == c.grade : e.key == c.key
    }
}
