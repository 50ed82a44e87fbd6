import Foundation
import RujukDomain

/// The forms that record the work on a case (DESIGN §4): each is a list of fields, edited
/// with the same keys, turned into events by its own `FormKind` rule in `Form+Submit`.
public enum FormKind: String, Sendable, CaseIterable, Equatable, Codable {
    case plan, service, review, level, conference, visit, reopen, triage
    /// A counsellor's words for a report (analysis, supporting and hindering factors, next
    /// steps): for a period, not a case.
    case narrative
}

/// Every field any form has; the catalog names each.
public enum FieldID: String, Sendable, CaseIterable, Codable {
    case goal, action, owner, withParents, due, kind, reviewDate
    case type, format, date, minutes, visibility, notes
    case horizon, rating, observation
    case level, reason, parents, agency, letterDate, referralOutcome
    case attendees, decisions, actionOwner, actionDue
    case visitor, met, findings, followUp
    case urgency, area, concern
    case analysis, supporting, hindering, nextSteps
}

public struct FormField: Sendable, Equatable, Codable {
    public enum Value: Sendable, Equatable, Codable {
        case text(String)
        /// The options offered and the chosen index.
        case choice([FormOption], Int)
    }

    public var id: FieldID
    public var value: Value

    public init(_ id: FieldID, text: String = "") {
        self.id = id
        self.value = .text(text)
    }

    public init(_ id: FieldID, options: [FormOption], chosen: FormOption? = nil) {
        self.id = id
        self.value = .choice(options, max(0, chosen.flatMap { options.firstIndex(of: $0) } ?? 0))
    }

    enum CodingKeys: String, CodingKey { case id, value }

    /// How a choice was saved before options were typed: raw strings.
    private enum SavedValue: Decodable {
        case text(String)
        case choice([String], Int)
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(FieldID.self, forKey: .id)
        if let value = try? container.decode(Value.self, forKey: .value) {
            self.value = value
            return
        }
        // A draft from before typed options: each raw string read as the field's option; one
        // that names nothing the field offers is left out rather than guessed.
        switch try container.decode(SavedValue.self, forKey: .value) {
        case .text(let s): value = .text(s)
        case .choice(let raws, let i):
            let field = id
            let chosen = raws.indices.contains(i) ? FormOption.saved(raws[i], for: field) : nil
            let options = raws.compactMap { FormOption.saved($0, for: field) }
            value = .choice(options, chosen.flatMap { options.firstIndex(of: $0) } ?? 0)
        }
    }
}

/// An open form: which case, which fields, where the cursor is. Kept with the drafts on quit.
public struct FormState: Sendable, Equatable, Codable {
    public var kind: FormKind
    public var number: Int
    public var fields: [FormField]
    public var focus = 0
    /// Esc was pressed with text typed: the next key decides.
    public var confirmingDiscard = false
    /// Sent to the store; the form closes when the store says it is written.
    public var sent = false
    /// The case's level when the level form opened: choosing it again changes nothing.
    public var levelAtOpen: Level?
    /// When the case was opened: a service, conference or visit for it is not dated before.
    public var caseOpenedAt: Date?
    /// The report period a narrative is for (`2026-11`, `2026/2027-1`); nil for a case's form.
    public var period: String?

    /// The fields as the form opened, so that Esc asks only when something was changed.
    let initial: [FormField]

    /// Fields whose opening value is a default to replace, not text to add to: the first key
    /// typed replaces it (the attendees, who start with the writer, are added to instead).
    static let replacedWhenTyped: Set<FieldID> = [.minutes, .date, .due, .reviewDate, .letterDate, .actionDue]

    public init(kind: FormKind, number: Int, fields: [FormField]) {
        self.kind = kind
        self.number = number
        self.fields = fields
        self.initial = fields
    }

    public func text(_ id: FieldID) -> String {
        guard let field = fields.first(where: { $0.id == id }), case .text(let s) = field.value else { return "" }
        return s.trimmingCharacters(in: .whitespaces)
    }

    public func choice(_ id: FieldID) -> FormOption? {
        guard let field = fields.first(where: { $0.id == id }), case .choice(let options, let i) = field.value,
              options.indices.contains(i) else { return nil }
        return options[i]
    }

    public func has(_ id: FieldID) -> Bool { fields.contains { $0.id == id } }

    public var isChanged: Bool { fields != initial }

    var focusedIsChoice: Bool { fields.indices.contains(focus) && fields[focus].value.isChoice }

    mutating func set(_ id: FieldID, text: String) {
        if let i = fields.firstIndex(where: { $0.id == id }) { fields[i].value = .text(text) }
    }
}

extension FormField.Value {
    /// A choice, stepped with ←/→; a text is only typed (the hint says which keys work).
    public var isChoice: Bool { if case .choice = self { true } else { false } }

    /// A key on the focused field, in any form: text is edited, a choice steps with ←/→/space.
    mutating func edit(_ key: Key) {
        switch self {
        case .text(var text):
            if RujukUI.edit(&text, key) { self = .text(text) }
        case .choice(let options, let i):
            let step: Int? = key == .left ? options.count - 1 : (key == .right || key == .char(" ")) ? 1 : nil
            if let step, !options.isEmpty { self = .choice(options, (i + step) % options.count) }
        }
    }
}
