import Foundation

extension Case {
    /// Visits every entry that has a visibility (messages, services, reviews, referral notes,
    /// conference decisions, home-visit details) and replaces its text with what `body`
    /// returns. Reading and redaction both go through here, so no entry kind is forgotten.
    public mutating func resolveEntries(_ body: (Visibility, String?, TextRef?) -> String?) {
        resolveEntries(byAuthor: { visibility, text, ref, _ in body(visibility, text, ref) })
    }

    /// The same, with each entry's author (whose own entries stay readable to them).
    public mutating func resolveEntries(byAuthor body: (Visibility, String?, TextRef?, String) -> String?) {
        // A flag's "what I saw" told to BK in confidence (empty in the journal, text in private/).
        for i in flags.indices where flags[i].isConfidential {
            let stored: String? = flags[i].ref != nil && flags[i].saw.isEmpty ? nil : flags[i].saw
            flags[i].saw = body(flags[i].visibility ?? .team, stored, flags[i].ref, flags[i].by) ?? ""
        }
        for i in messages.indices {
            messages[i].text = body(messages[i].visibility, messages[i].text, messages[i].ref, messages[i].author)
        }
        for i in services.indices {
            services[i].notes = body(services[i].visibility, services[i].notes, services[i].ref, services[i].by)
        }
        for i in reviews.indices {
            reviews[i].text = body(reviews[i].visibility, reviews[i].text, reviews[i].ref, reviews[i].by)
        }
        for i in referralNotes.indices {
            referralNotes[i].text = body(referralNotes[i].visibility, referralNotes[i].text, referralNotes[i].ref, referralNotes[i].author)
        }
        for i in conferences.indices {
            conferences[i].decisions = body(conferences[i].visibility, conferences[i].decisions, conferences[i].ref, conferences[i].by)
        }
        for i in visits.indices {
            let text = body(visits[i].visibility, visits[i].details?.encoded, visits[i].ref, visits[i].by)
            visits[i].details = text.flatMap(VisitDetails.init(encoded:))
        }
    }
}

extension School {
    /// The case as this person may read it: every text they may not read removed (who,
    /// when and tier stay), with the number of entries withheld. Nil when they may not see
    /// the case at all.
    public func redacted(_ c: Case, for person: Staff) -> (c: Case, withheld: Int)? {
        guard canSee(person, c) else { return nil }
        var copy = c
        var withheld = 0
        copy.resolveEntries(byAuthor: { visibility, text, _, author in
            if canRead(person, visibility, in: c, author: author) { return text }
            withheld += 1
            return nil
        })
        return (copy, withheld)
    }
}
