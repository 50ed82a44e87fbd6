import Foundation
import RujukDomain

extension JSONCoding {
    /// Dates cross the wire as the number Foundation keeps, so they arrive exactly as sent.
    public static func wireEncoder() -> JSONEncoder {
        let e = JSONEncoder()
        e.dateEncodingStrategy = .deferredToDate
        return e
    }

    public static func wireDecoder() -> JSONDecoder {
        let d = JSONDecoder()
        d.dateDecodingStrategy = .deferredToDate
        return d
    }
}
