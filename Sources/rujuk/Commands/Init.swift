import ArgumentParser
import Foundation
import RujukDomain
import RujukStore

extension Rujuk {
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create an empty school store (you become its admin), or the demo school.")

        @OptionGroup var options: StoreOptions
        @Option(help: "The school's name, e.g. \"SMP Negeri 30 Harapan\".") var school: String?
        @ArgumentParser.Flag(help: "Create the demo school instead and say where it is.") var demo = false

        func validate() throws {
            if demo == (school != nil) { throw ValidationError("Give either --school NAME or --demo.") }
        }

        func run() throws {
            if demo {
                let path = options.demoStorePath
                _ = try DemoStore.create(at: path)
                say(Localization.t(.createdDemo, DemoSchool.name, path))
                return
            }
            let path = options.storePath
            let login = Identity.unixLogin
            let admin = Staff(login: login, name: login, roles: [.admin])
            let info = StoreInfo(school: school!, created: Date(), lang: options.lang ?? "id", demo: false)
            _ = try Store.create(at: path, info: info, events: [Event(at: Date(), actor: login, payload: .staffAdded(admin))])
            say(Localization.t(.createdSchool, school!, path, login))
        }
    }
}

/// Creating (and resetting) the demo school's store.
enum DemoStore {
    static func create(at path: String) throws -> Store {
        let info = StoreInfo(school: DemoSchool.name, created: DemoSchool.start, lang: "en", demo: true)
        return try Store.create(at: path, info: info, events: DemoSchool.events)
    }

    /// Opens the demo store, creating it first when missing (or when `reset` asks).
    static func openOrCreate(at path: String, reset: Bool) throws -> Store {
        if reset, FileManager.default.fileExists(atPath: path + "/store.json") {
            let info = try? Store.open(path).info
            guard info?.demo == true else {
                throw CommandError.notPermitted(Localization.t(.notDemoStore, path))
            }
            try FileManager.default.removeItem(atPath: path)
        }
        if !FileManager.default.fileExists(atPath: path + "/store.json") { return try create(at: path) }
        return try Store.open(path)
    }
}
