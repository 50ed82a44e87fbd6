import ArgumentParser
import Foundation
import RujukDomain

extension Rujuk {
    struct SchoolCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "school", abstract: "The school's letterhead (KOP) and time zone, printed on its reports.",
            subcommands: [Show.self, Set.self], defaultSubcommand: Show.self)

        struct Show: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "The school's letterhead and time zone.")
            @OptionGroup var options: StoreOptions

            func run() throws {
                let session = try Session.open(options)
                let s = session.school.settings
                say(Localization.t(.schoolShow(s.name ?? session.school.name, s.address ?? "–", s.city ?? "–", s.authority ?? "–", s.logoPNG == nil ? "–" : "PNG", session.school.timeZone.identifier)))
            }
        }

        struct Set: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Set the school's letterhead and time zone (admin only); what is not given stays as it was.")
            @OptionGroup var options: StoreOptions
            @Option(help: "The school's official name, as printed.") var name: String?
            @Option(help: "The street address; \\n starts a new line.") var address: String?
            @Option(help: "The place reports are signed in.") var city: String?
            @Option(help: "The body above the school, such as PEMERINTAH KABUPATEN BOGOR, printed above its name.") var authority: String?
            @Option(help: ArgumentHelp("The logo, a PNG file.", valueName: "FILE")) var logo: String?
            @ArgumentParser.Flag(help: "Remove the logo.") var noLogo = false
            @Option(help: "Asia/Jakarta (WIB), Asia/Makassar (WITA) or Asia/Jayapura (WIT).") var timeZone: String?

            func run() throws {
                let session = try Session.open(options)
                var s = session.school.settings
                if let name { s.name = name }
                if let address { s.address = address.replacingOccurrences(of: "\\n", with: "\n") }
                if let city { s.city = city }
                if let authority { s.authority = authority.replacingOccurrences(of: "\\n", with: "\n") }
                if let timeZone { s.timeZone = timeZone }
                if noLogo { s.logoPNG = nil }
                if let logo {
                    guard let data = FileManager.default.contents(atPath: logo) else {
                        throw CommandError.notFound(Localization.t(.cannotReadFile(logo)))
                    }
                    guard data.starts(with: [0x89, 0x50, 0x4E, 0x47]) else { throw CommandError.data(Localization.t(.logoNotPNG(logo))) }
                    s.logoPNG = data.base64EncodedString()
                }
                _ = try session.append([session.event(.schoolSet(s))])
                say(Localization.t(.schoolSetDone))
            }
        }
    }
}
