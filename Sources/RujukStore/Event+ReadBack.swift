import Foundation
import RujukDomain

extension Event {
    /// The event as a reader of its journal line gets it, without encoding and decoding it
    /// again, when the only date it carries is its moment: that moment as its text reads back.
    /// Nil for the events whose data holds dates of its own (those take the decoder's way).
    var readBack: Event? {
        switch payload {
        case .messagePosted, .referralOutcome, .threadRead, .pickedUp, .assigned, .goalAdded, .planItemDone,
             .parentsContacted, .closed, .reopened, .summaryUpdated, .pinSet:
            guard let at = ISODate.parse(ISODate.format(at)) else { return nil }
            var event = self
            event.at = at
            return event
        default:
            return nil
        }
    }
}
