import Foundation

extension Case {
    /// Visits every entry that has a visibility (messages, services, reviews, referral notes,
    /// conference decisions, home-visit details) and replaces its text with what `body`
    /// returns. Reading and redaction both go through here, so no entry kind is forgotten.
    public mutating func resolveEntries(_ body: (Visibility, String?, TextRef?) -> String?) {
        for i in messages.indices {
            messages[i].text = body(messages[i].visibility, messages[i].text, messages[i].ref)
        }
        for i in services.indices {
            services[i].notes = body(services[i].visibility, services[i].notes, services[i].ref)
        }
        for i in reviews.indices {
            reviews[i].text = body(reviews[i].visibility, reviews[i].text, reviews[i].ref)
        }
        for i in referralNotes.indices {
            referralNotes[i].text = body(referralNotes[i].visibility, referralNotes[i].text, referralNotes[i].ref)
        }
        for i in conferences.indices {
            conferences[i].decisions = body(conferences[i].visibility, conferences[i].decisions, conferences[i].ref)
        }
        for i in visits.indices {
            let text = body(visits[i].visibility, visits[i].details?.encoded, visits[i].ref)
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
        copy.resolveEntries { visibility, text, _ in
            if canRead(person, visibility, in: c) { return text }
            withheld += 1
            return nil
        }
        return (copy, withheld)
    }
}
