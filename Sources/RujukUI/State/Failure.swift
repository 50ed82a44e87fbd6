/// Why the store did not do what was asked (an append, a refresh, a load): the kind the
/// reducer acts on, and the sentence the person reads. The sentence is worded at the edge,
/// which holds the store's and the domain's wording in both languages.
public struct Failure: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// Another session held the store's lock: nothing was written, the same step can be sent again.
        case busy
        /// The school's rules said no (not permitted, invalid, changed meanwhile): correct it or leave it.
        case refused
        /// A file of the store is damaged: said until the store reads whole again, since every
        /// later write from this session fails the same way.
        case damaged
        /// The disk, the permissions or the helper failed: nothing was saved.
        case failed
    }

    public var kind: Kind
    public var sentence: String

    public init(_ kind: Kind, _ sentence: String) {
        self.kind = kind
        self.sentence = sentence
    }
}
