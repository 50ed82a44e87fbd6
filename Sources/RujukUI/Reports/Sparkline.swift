/// A run of values as one line of block characters (`▁▂▃▄▅▆▇█`), one cell a value: the shape
/// of a month by day or a semester by week, readable without colour.
public enum Sparkline {
    static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// Zero is the lowest block; any value above zero is at least the second, so a quiet day
    /// and a day with one referral look different. The highest value is a full block.
    public static func line(_ values: [Int]) -> String {
        let top = values.max() ?? 0
        return String(values.map { v -> Character in
            guard v > 0, top > 0 else { return levels[0] }
            let step = Int((Double(v) / Double(top) * 7).rounded(.up))
            return levels[max(1, min(7, step))]
        })
    }

    /// The values squeezed into at most `width` cells by summing neighbours (a month of days
    /// in a narrow column becomes pairs of days).
    public static func fit(_ values: [Int], width: Int) -> [Int] {
        guard width > 0, values.count > width else { return values }
        let per = (values.count + width - 1) / width
        return stride(from: 0, to: values.count, by: per).map { values[$0..<min($0 + per, values.count)].reduce(0, +) }
    }
}
