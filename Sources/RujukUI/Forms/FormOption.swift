import RujukDomain

/// One choice a form field offers, as the value it stands for: the catalog words it and the
/// form's rule reads it, so no choice is a string parsed back (with a silent default) on sending.
public enum FormOption: Sendable, Equatable, Codable {
    /// A member of staff, by login.
    case person(String)
    /// No one, or nothing chosen: "nobody" for a companion, "keep them" for missing students.
    case none
    case yesNo(Bool)
    case planKind(PlanItemKind)
    case service(ServiceType)
    case format(ServiceFormat)
    case visibility(Visibility)
    case horizon(ReviewHorizon)
    case rating(Int)
    case level(Level)
    case urgency(Urgency)
    case area(Area)
    /// A concern from the list, or the one the case already has (which may have been typed freely).
    case concern(String)
    case leaveReason(LeaveReason)
    /// Nothing chosen yet, where a choice must be made (an evaluation's rating): no answer is
    /// given for the person by a Ctrl-S.
    case unchosen

    public var person: String? { if case .person(let login) = self { login } else { nil } }
    public var yes: Bool? { if case .yesNo(let on) = self { on } else { nil } }
    public var planKind: PlanItemKind? { if case .planKind(let k) = self { k } else { nil } }
    public var service: ServiceType? { if case .service(let s) = self { s } else { nil } }
    public var format: ServiceFormat? { if case .format(let f) = self { f } else { nil } }
    public var visibility: Visibility? { if case .visibility(let v) = self { v } else { nil } }
    public var horizon: ReviewHorizon? { if case .horizon(let h) = self { h } else { nil } }
    public var rating: Int? { if case .rating(let r) = self { r } else { nil } }
    public var level: Level? { if case .level(let l) = self { l } else { nil } }
    public var urgency: Urgency? { if case .urgency(let u) = self { u } else { nil } }
    public var area: Area? { if case .area(let a) = self { a } else { nil } }
    public var concern: String? { if case .concern(let c) = self { c } else { nil } }
    public var leaveReason: LeaveReason? { if case .leaveReason(let r) = self { r } else { nil } }

    /// A choice as drafts saved before options were typed spelled it (a login, a raw value,
    /// "yes"/"no"), read by the field it belongs to; nil when it names nothing that field offers.
    static func saved(_ raw: String, for id: FieldID) -> FormOption? {
        switch id {
        case .owner, .actionOwner, .visitor: raw.isEmpty ? FormOption.none : .person(raw)
        case .withParents: raw == "yes" ? .yesNo(true) : raw == "no" ? .yesNo(false) : nil
        case .kind: PlanItemKind(rawValue: raw).map(FormOption.planKind)
        case .type: ServiceType(rawValue: raw).map(FormOption.service)
        case .format: ServiceFormat(rawValue: raw).map(FormOption.format)
        case .visibility: Visibility(rawValue: raw).map(FormOption.visibility)
        case .horizon: ReviewHorizon(rawValue: raw).map(FormOption.horizon)
        case .rating: Int(raw).flatMap { (1...5).contains($0) ? FormOption.rating($0) : nil }
        case .level: Level(rawValue: raw).map(FormOption.level)
        case .urgency: Urgency(rawValue: raw).map(FormOption.urgency)
        case .area: Area(rawValue: raw).map(FormOption.area)
        case .concern: raw.isEmpty ? nil : .concern(raw)
        default: nil
        }
    }
}
