/// One language's words for everything the interface says. Each language is a type that words
/// every case of every wording with an exhaustive switch, so a wording missing in a language,
/// or asked for without its arguments, does not compile.
public protocol Wording: Sendable {
    func text(_ text: Text) -> String
    func admin(_ text: AdminText) -> String
    func report(_ text: ReportText) -> String
}

/// The interface in English (`Catalog+English.swift`).
public struct English: Wording {
    public init() {}

    /// `1 student`, `3 students`: a count as the sentence has it (the number comes as text).
    public func counted(_ n: String, _ one: String, _ many: String) -> String { n == "1" ? "1 \(one)" : "\(n) \(many)" }
}

/// The interface in Bahasa Indonesia (`Catalog+Indonesian.swift`).
public struct Indonesian: Wording { public init() {} }
