import ArgumentParser
import RujukUI

/// Arguments that do not fit together, one case per kind of mistake, worded by an exhaustive
/// switch per language: a new mistake without its Indonesian does not compile. Thrown as the
/// argument parser's `ValidationError`, so it is printed with the usage and exit status 64.
enum UsageProblem {
    /// At least one of these is needed; several may be given.
    case someOf([String])
    /// Exactly one of these is needed.
    case oneOf([String])
    case notBoth(String, String)
    /// At most one of these.
    case atMostOne([String])
    case atLeastOne(String)
    case demoNotShared
    case yearWrittenAs
    case notADay(option: String, value: String)
    case wholeNumberAboveZero(String)
    case ratingFromOneToFive
    case actionDetailsWithoutAction
    case levelNeedsReason
    case onlyWithLevel
    case escalationNeedsSomething
    case attendeeNeeded
    case onePerAction(String)
    case onePerActionOrNone(String)

    var error: ValidationError { ValidationError(sentence(in: Localization.language)) }

    func sentence(in language: Language) -> String {
        switch language {
        case .en: english
        case .id: indonesian
        }
    }

    private var english: String {
        switch self {
        case .someOf(let options): "Give \(Self.list(options, "or")) (or several)."
        case .oneOf(let options): "Give exactly one of \(Self.list(options, "and"))."
        case .notBoth(let a, let b): "Give \(a) or \(b), not both."
        case .atMostOne(let options): "Choose only one of \(Self.list(options, "and"))."
        case .atLeastOne(let option): "Give at least one \(option)."
        case .demoNotShared: "The demo school is not shared: --group and --bk-group go with --school."
        case .yearWrittenAs: "The year is written YYYY/YYYY, such as 2027/2028."
        case .notADay(let option, let value): "\(option) is a date such as 2026-12-01, 01/12/2026, today, tomorrow, +7d or +2w; '\(value)' is not."
        case .wholeNumberAboveZero(let option): "\(option) is a whole number above zero."
        case .ratingFromOneToFive: "--rating is from 1 to 5."
        case .actionDetailsWithoutAction: "--owner, --due, --with-parents and --sanction describe an --action; give the action too."
        case .levelNeedsReason: "Give --reason: why the case moves to this level."
        case .onlyWithLevel: "--reason, --agency and --letter-date go with --level."
        case .escalationNeedsSomething: "Give --level and --reason, --parents-contacted, or --referral-outcome."
        case .attendeeNeeded: "Give each attendee with --attendee \"Name (role)\" or a login."
        case .onePerAction(let option): "Give one \(option) for each --action."
        case .onePerActionOrNone(let option): "Give one \(option) for each --action, or none."
        }
    }

    private var indonesian: String {
        switch self {
        case .someOf(let options): "Berikan \(Self.list(options, "atau")) (boleh beberapa)."
        case .oneOf(let options): "Berikan tepat satu dari \(Self.list(options, "dan"))."
        case .notBoth(let a, let b): "Berikan \(a) atau \(b), jangan keduanya."
        case .atMostOne(let options): "Pilih hanya satu dari \(Self.list(options, "dan"))."
        case .atLeastOne(let option): "Berikan sekurang-kurangnya satu \(option)."
        case .demoNotShared: "Sekolah demo tidak dibagi: --group dan --bk-group hanya bersama --school."
        case .yearWrittenAs: "Tahun pelajaran ditulis YYYY/YYYY, misalnya 2027/2028."
        case .notADay(let option, let value): "\(option) adalah tanggal seperti 01/12/2026, 2026-12-01, hari ini, besok, +7h atau +2mg; '\(value)' bukan tanggal."
        case .wholeNumberAboveZero(let option): "\(option) adalah bilangan bulat di atas nol."
        case .ratingFromOneToFive: "--rating bernilai 1 sampai 5."
        case .actionDetailsWithoutAction: "--owner, --due, --with-parents, dan --sanction menjelaskan sebuah --action; berikan juga tindakannya."
        case .levelNeedsReason: "Berikan --reason: mengapa kasus pindah ke jenjang ini."
        case .onlyWithLevel: "--reason, --agency, dan --letter-date hanya bersama --level."
        case .escalationNeedsSomething: "Berikan --level dan --reason, --parents-contacted, atau --referral-outcome."
        case .attendeeNeeded: "Berikan setiap peserta dengan --attendee \"Nama (peran)\" atau login."
        case .onePerAction(let option): "Berikan satu \(option) untuk setiap --action."
        case .onePerActionOrNone(let option): "Berikan satu \(option) untuk setiap --action, atau tidak sama sekali."
        }
    }

    /// `a, b or c` / `a, b atau c`.
    private static func list(_ items: [String], _ last: String) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " \(last) " + items[items.count - 1]
    }
}
