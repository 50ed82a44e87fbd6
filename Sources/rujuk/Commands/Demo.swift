import ArgumentParser
import Foundation
import RujukDomain
import RujukStore

extension Rujuk {
    struct Demo: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Open the demo school (created when missing); asks who you are without --as.")

        @OptionGroup var options: StoreOptions
        @ArgumentParser.Flag(help: "Delete the demo school and create it afresh.") var reset = false
        @OptionGroup var ui: InterfaceOptions

        func run() throws {
            try MainActor.assumeIsolated {
                let store = try DemoStore.openOrCreate(at: options.demoStorePath, reset: reset)
                try Interface.run(store: store, requested: options.actAs, options: ui, choosePerson: true)
            }
        }
    }

    struct Open: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "open", abstract: "Open the terminal interface (the default).")

        @OptionGroup var options: StoreOptions
        @OptionGroup var ui: InterfaceOptions

        func run() throws {
            try MainActor.assumeIsolated {
                switch try StoreLocation.resolve(options) {
                case .own(let path):
                    try Interface.run(store: try Store.open(path), requested: options.actAs, options: ui, choosePerson: false)
                case .school(let config):
                    try Interface.run(school: config, actAs: options.actAs, options: ui)
                }
            }
        }
    }
}
