import Foundation
import RujukUI
import TOMLKit

/// Finds and reads theme files and the config file. A broken theme is reported with its
/// file and line, and the default is used; it never stops the program.
enum ThemeLoader {
    /// User themes first, then those installed beside the binary, then the source tree's.
    static var searchPaths: [String] {
        let exe = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        return [UserConfig.directory + "/themes",
                exe.appendingPathComponent("../share/rujuk/themes").standardized.path,
                exe.appendingPathComponent("../../themes").standardized.path,
                exe.appendingPathComponent("../../../themes").standardized.path]
    }

    /// The theme to use and, when something was wrong, the sentence that says so.
    static func load(requested: String?, noColour: Bool) -> (Theme, String?) {
        if noColour { return (.mono, nil) }
        let name = requested ?? UserConfig.value("theme") ?? "default"
        guard let path = searchPaths.map({ "\($0)/\(name).toml" }).first(where: FileManager.default.fileExists) else {
            switch name {
            case "default": return (.standard, nil)
            case "mono": return (.mono, nil)
            default: return (.standard, Localization.t(.themeMissing(name, searchPaths[0])))
            }
        }
        do {
            return (try parse(String(contentsOfFile: path, encoding: .utf8), name: name, path: path), nil)
        } catch let error as ThemeFileError {
            return (.standard, error.message)
        } catch {
            return (.standard, Localization.t(.themeUnreadable(path)))
        }
    }

    struct ThemeFileError: Error { var message: String }

    static func parse(_ text: String, name: String, path: String) throws -> Theme {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ThemeFileError(message: Localization.t(.themeSyntax(path, "\(error.source.begin.line)", error.description)))
        }
        var entries: [String: ThemeEntry] = [:]
        for (role, value) in table["styles"]?.table ?? TOMLTable() {
            guard let t = value.table else {
                throw ThemeFileError(message: Localization.t(.themeNotTable(path, "\(line(of: role, in: text))", role)))
            }
            entries[role] = ThemeEntry(fg: t["fg"]?.string, bg: t["bg"]?.string, bold: t["bold"]?.bool,
                                       reverse: t["reverse"]?.bool, underline: t["underline"]?.bool, dim: t["dim"]?.bool)
        }
        do {
            return try Theme.build(name: name, entries: entries)
        } catch {
            throw ThemeFileError(message: Localization.t(.themeBadValue(path, "\(line(of: error.key, in: text))", error.message)))
        }
    }

    /// The first line that mentions a key, for errors found after parsing.
    static func line(of key: String, in text: String) -> Int {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return (lines.firstIndex { $0.contains("\"\(key)\"") || $0.contains(key) } ?? 0) + 1
    }
}

/// `$XDG_CONFIG_HOME/rujuk/config.toml`: `theme = "light"`, `lang = "id"`, `shared = true`, `lock_after_minutes = 5`.
enum UserConfig {
    static var directory: String {
        let env = ProcessInfo.processInfo.environment
        let base = env["XDG_CONFIG_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? ((env["HOME"] ?? NSHomeDirectory()) + "/.config")
        return base + "/rujuk"
    }

    static func value(_ key: String) -> String? { table?[key]?.string }

    static func flag(_ key: String) -> Bool? { table?[key]?.bool }

    static func number(_ key: String) -> Double? { table?[key].flatMap { $0.double ?? $0.int.map(Double.init) } }

    private static var table: TOMLTable? {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        return try? TOMLTable(string: text)
    }

    static var path: String { directory + "/config.toml" }

    /// A config file that is there but cannot be read, in one sentence with its line: its
    /// settings are then not used, which the person must be told rather than guess.
    static var problem: String? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        guard let data = FileManager.default.contents(atPath: path) else { return Localization.t(.configUnreadable(path)) }
        guard let text = String(data: data, encoding: .utf8) else { return Localization.t(.configUnreadable(path)) }
        do {
            _ = try TOMLTable(string: text)
            return nil
        } catch let error as TOMLParseError {
            return Localization.t(.configSyntax(path, "\(error.source.begin.line)", error.description))
        } catch {
            return Localization.t(.configUnreadable(path))
        }
    }
}
