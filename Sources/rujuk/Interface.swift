import ArgumentParser
import Foundation
import RujukDomain
import RujukStore

/// Options of the terminal interface.
struct InterfaceOptions: ParsableArguments {
    @Option(help: "Colour theme: default, light, high-contrast or mono.") var theme: String?
    @Option(help: "Interface language: en or id.") var lang: String?
}

/// Runs the terminal interface on an open store.
enum Interface {
    static func run(store: Store, requested: String?, options: InterfaceOptions, choosePerson: Bool) throws {
        say("\(store.info.school) is ready at \(store.layout.root). The terminal interface arrives with the TUI; meanwhile try `rujuk queue --store \(store.layout.root) --as budi`.")
    }
}
