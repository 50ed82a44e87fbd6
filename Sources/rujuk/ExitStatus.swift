import ArgumentParser
import Foundation
import RujukDomain
import RujukUI
import RujukStore

/// An error of the command line itself, with the sysexit code it ends with.
struct CommandError: Error {
    var code: Int32
    var message: String

    static func usage(_ m: String) -> CommandError { CommandError(code: ExitStatus.usage, message: m) }
    static func data(_ m: String) -> CommandError { CommandError(code: ExitStatus.dataError, message: m) }
    static func notFound(_ m: String) -> CommandError { CommandError(code: ExitStatus.notFound, message: m) }
    static func notPermitted(_ m: String) -> CommandError { CommandError(code: ExitStatus.notPermitted, message: m) }
}

/// The one place where errors become exit codes (swift-argument-parser would make them all 1).
enum ExitStatus {
    static let usage: Int32 = 64
    static let dataError: Int32 = 65
    static let notFound: Int32 = 66
    static let unavailable: Int32 = 69
    static let ioError: Int32 = 74
    static let notPermitted: Int32 = 77

    /// The sentence and code for our errors; nil for the argument parser's own, which it reports.
    static func describe(_ error: Error) -> (String?, Int32) {
        switch error {
        case let e as CommandError:
            return (e.message, e.code)
        case let e as DomainError:
            return (Localization.text(e), code(for: e.kind))
        case let e as StoreError:
            var message = Localization.text(e)
            // `rujuk init --demo` made the demo school elsewhere: say where, instead of
            // suggesting that command again.
            let demo = StoreOptions.dataHome + "/rujuk-demo"
            if e.reason.key == .noStore, e.args.first == StoreOptions.dataHome + "/rujuk",
               FileManager.default.fileExists(atPath: demo + "/store.json") {
                message = Localization.t(.noStoreButDemo(e.args.first ?? "", demo))
            }
            switch e.kind {
            case .missing: return (message, notFound)
            case .corrupt: return (message, dataError)
            case .busy: return (message, unavailable)
            case .io: return (message, ioError)
            case .permission: return (message, notPermitted)
            case .refused(let kind): return (message, code(for: kind))
            }
        default:
            return (nil, 1)
        }
    }

    /// The failure as the interface's reducer takes it: its kind, and its sentence in the
    /// person's language (an error of no known kind is said by the system's own words).
    static func failure(_ error: Error) -> Failure {
        let sentence = describe(error).0 ?? (error as NSError).localizedDescription
        switch error {
        case is DomainError: return Failure(.refused, sentence)
        case let e as StoreError:
            switch e.kind {
            case .busy: return Failure(.busy, sentence)
            case .corrupt: return Failure(.damaged, sentence)
            case .refused: return Failure(.refused, sentence)
            case .missing, .io, .permission: return Failure(.failed, sentence)
            }
        default: return Failure(.failed, sentence)
        }
    }

    static func code(for kind: DomainError.Kind) -> Int32 {
        switch kind {
        case .notFound: notFound
        case .notPermitted: notPermitted
        case .invalid: dataError
        case .needsHistory: ioError
        }
    }
}
