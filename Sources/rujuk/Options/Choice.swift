import ArgumentParser
import RujukDomain
import RujukUI

/// A typed choice on the command line, with one spelling: the journal's name in kebab case
/// (`bk-only`, `referred-out`, `subject-teacher`), listed in `--help` and in the error for
/// anything else. (The parser prints an option's default as the raw value, so an option whose
/// default is spelled otherwise, `bk-only`, has no default here and says it in its help.)
/// The journal's own name (`bkOnly`) is still read, so that scripts written
/// against earlier versions keep working; it is listed nowhere.
protocol CommandLineChoice: ExpressibleByArgument, CaseIterable, RawRepresentable where RawValue == String {}

extension CommandLineChoice {
    /// `homeroomAndBK` → `homeroom-and-bk`, `noBKAction` → `no-bk-action`: a capital starts a
    /// word unless it continues a run of capitals (an abbreviation such as BK).
    var commandLineName: String {
        let chars = Array(rawValue)
        var out = ""
        for (i, ch) in chars.enumerated() {
            let afterLower = i > 0 && chars[i - 1].isLowercase
            let endsAbbreviation = i > 0 && chars[i - 1].isUppercase && i + 1 < chars.count && chars[i + 1].isLowercase
            if ch.isUppercase && (afterLower || endsAbbreviation) { out.append("-") }
            out += ch.lowercased()
        }
        return out
    }

    public init?(argument: String) {
        guard let found = Self.allCases.first(where: { $0.commandLineName == argument || $0.rawValue == argument }) else { return nil }
        self = found
    }

    public static var allValueStrings: [String] { allCases.map(\.commandLineName) }
    public static var allValueDescriptions: [String: String] { [:] }
    public var defaultValueDescription: String { commandLineName }
    public static var defaultCompletionKind: CompletionKind { .list(allValueStrings) }
}

extension Visibility: ExpressibleByArgument, CommandLineChoice {
    /// Who each tier lets read, as the interface says it (help is in English).
    public static var allValueDescriptions: [String: String] {
        let words = Catalog(.en)
        return Dictionary(uniqueKeysWithValues: allCases.map { ($0.commandLineName, words.readers($0)) })
    }
}
extension Outcome: ExpressibleByArgument, CommandLineChoice {}
extension Level: ExpressibleByArgument, CommandLineChoice {}
extension ServiceType: ExpressibleByArgument, CommandLineChoice {}
extension ServiceFormat: ExpressibleByArgument, CommandLineChoice {}
extension ReviewHorizon: ExpressibleByArgument, CommandLineChoice {}
extension Area: ExpressibleByArgument, CommandLineChoice {}
extension Urgency: ExpressibleByArgument, CommandLineChoice {}
extension Role: ExpressibleByArgument, CommandLineChoice {}
extension NarrativeSection: ExpressibleByArgument, CommandLineChoice {}
extension LeaveReason: ExpressibleByArgument, CommandLineChoice {}
extension Language: ExpressibleByArgument, CommandLineChoice {}

/// `L` or `P`, as Dapodik writes it, in either case.
extension Gender: ExpressibleByArgument {
    public init?(argument: String) { self.init(rawValue: argument.uppercased()) }
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}
