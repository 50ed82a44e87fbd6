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
        @Option(help: ArgumentHelp("Share the store with this Unix group (every staff member's account).", valueName: "GROUP"))
        var group: String?
        @Option(name: .customLong("bk-group"), help: ArgumentHelp("Share private/ (confidential entries) only with this Unix group (the counsellors).", valueName: "GROUP"))
        var bkGroup: String?
        @Option(help: ArgumentHelp("The school's admin (default: you); the school server's install names the operator here.", valueName: "LOGIN"))
        var admin: String?

        func validate() throws {
            if demo == (school != nil) { throw UsageProblem.oneOf(["--school NAME", "--demo"]).error }
            if demo && (group != nil || bkGroup != nil) { throw UsageProblem.demoNotShared.error }
            if let group, group == bkGroup { throw ValidationError(Localization.t(.sameGroups)) }
        }

        func run() throws {
            if demo {
                let path = options.demoStorePath
                _ = try DemoStore.create(at: path)
                // `rujuk demo` opens the default demo store; another directory is opened by name.
                if options.store == nil {
                    say(Localization.t(.createdDemo(DemoSchool.name, path)))
                } else {
                    say(Localization.t(.createdDemoAt(DemoSchool.name, path, CaseText.shellQuoted(path))))
                }
                return
            }
            let path = options.storePath
            let login = self.admin ?? Identity.unixLogin
            try Validation.login(login)
            let admin = Staff(login: login, name: login, roles: [.admin])
            let info = StoreInfo(school: school!, created: Date(), lang: options.lang?.rawValue ?? "id", demo: false, group: group, bkGroup: bkGroup)
            let store: Store
            do {
                store = try Store.create(at: path, info: info, events: [Event(at: Date(), actor: login, payload: .staffAdded(admin))])
            } catch let error as StoreError where error.kind == .permission {
                let parent = (path as NSString).deletingLastPathComponent
                throw CommandError.notPermitted(Localization.t(.cannotCreateStore(path, parent, login)))
            }
            if group != nil || bkGroup != nil {
                say(Localization.t(.createdSharedSchool(school!, path, login, store.group ?? "?", store.privateGroup ?? "?")))
            } else {
                say(Localization.t(.createdSchool(school!, path, login)))
            }
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
                throw CommandError.notPermitted(Localization.t(.notDemoStore(path)))
            }
            try FileManager.default.removeItem(atPath: path)
        }
        if !FileManager.default.fileExists(atPath: path + "/store.json") { return try create(at: path) }
        return try Store.open(path)
    }
}
