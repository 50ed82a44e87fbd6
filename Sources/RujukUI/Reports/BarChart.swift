/// A horizontal bar drawn with full blocks and one partial block (eighths), so a value reads
/// by its length alone: no colour needed, as in the `mono` theme.
public enum BarChart {
    /// The partial blocks, one to seven eighths of a cell.
    static let eighths: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    /// A bar of `value` against `maximum`, at most `width` cells, padded with spaces to `width`.
    /// A value above zero always shows at least one eighth, so "some" never looks like "none".
    public static func bar(_ value: Double, of maximum: Double, width: Int) -> String {
        guard width > 0 else { return "" }
        guard maximum > 0, value > 0 else { return String(repeating: " ", count: width) }
        let units = max(1, Int((min(value, maximum) / maximum * Double(width * 8)).rounded()))
        let full = units / 8, rest = units % 8
        var s = String(repeating: "█", count: full)
        if rest > 0 { s.append(eighths[rest - 1]) }
        return s + String(repeating: " ", count: width - full - (rest > 0 ? 1 : 0))
    }

    /// A share (0…1) as a bar on a dotted track, so the empty part is visible too.
    public static func share(_ fraction: Double, width: Int) -> String {
        guard width > 0 else { return "" }
        let filled = bar(max(0, min(1, fraction)), of: 1, width: width)
        let used = filled.count - filled.reversed().prefix { $0 == " " }.count
        return String(filled.prefix(used)) + String(repeating: "░", count: width - used)
    }
}
