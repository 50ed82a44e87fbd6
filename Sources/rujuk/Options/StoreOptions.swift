import ArgumentParser
import Foundation
import RujukUI

/// `--store` and `--as`, taken by every command.
struct StoreOptions: ParsableArguments {
    @Option(name: .customLong("store"), help: ArgumentHelp("The store directory (default: $RUJUK_STORE, else ~/.local/share/rujuk).", valueName: "DIR"))
    var store: String?

    @Option(name: .customLong("as"), help: ArgumentHelp("Act as this staff member (needs their PIN in a school store).", valueName: "LOGIN"))
    var actAs: String?

    @Option(help: "Language of messages and the interface (default: LANG, else the school's; for init, the school's default).")
    var lang: Language?

    /// The store directory this command works on.
    var storePath: String {
        if let store { return Self.absolute(store) }
        if let env = ProcessInfo.processInfo.environment["RUJUK_STORE"], !env.isEmpty { return Self.absolute(env) }
        return Self.dataHome + "/rujuk"
    }

    /// The demo school's directory: `--store`, else `$XDG_DATA_HOME/rujuk-demo`.
    var demoStorePath: String {
        store.map(Self.absolute) ?? Self.dataHome + "/rujuk-demo"
    }

    static var dataHome: String {
        let env = ProcessInfo.processInfo.environment
        if let xdg = env["XDG_DATA_HOME"], xdg.hasPrefix("/") { return xdg }
        return (env["HOME"] ?? NSHomeDirectory()) + "/.local/share"
    }

    static func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    }
}

/// `--json` for commands that can print for scripts.
struct OutputOptions: ParsableArguments {
    @ArgumentParser.Flag(name: .long, help: "Print JSON for scripts instead of text.")
    var json = false
}
