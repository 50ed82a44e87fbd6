import Foundation
import RujukStore

/// Confidential text never comes from the command line: every user of the machine can read a
/// running command's arguments (`ps`, `/proc/*/cmdline`). It comes from standard input (`-`).
enum SecretText {
    /// The text of an option: `-` reads standard input; a text given inline is refused when
    /// the entry is confidential.
    static func resolve(_ value: String?, confidential: Bool) throws -> String? {
        guard let value else { return nil }
        if value == "-" { return try StandardInput.text() }
        if confidential { throw CommandError.usage(Localization.t(.secretOnCommandLine)) }
        return value
    }
}

/// Standard input as one entry's text: UTF-8, and never more than an entry may hold (read no
/// further than that, so a huge input costs no memory).
enum StandardInput {
    static func text() throws -> String {
        var data = Data()
        let limit = Store.entryLimit
        while data.count <= limit {
            let chunk = FileHandle.standardInput.readData(ofLength: 64 << 10)
            if chunk.isEmpty { break }
            data.append(chunk)
        }
        if data.count > limit { throw CommandError.data(Localization.t(.stdinTooLarge("\(limit >> 10)"))) }
        guard let decoded = String(data: data, encoding: .utf8) else {
            throw CommandError.data(Localization.t(.notUTF8Stdin))
        }
        // The newline `echo` and editors end a file with is not part of the text.
        var text = Substring(decoded)
        while let last = text.unicodeScalars.last, last == "\n" || last == "\r" { text = Substring(text.unicodeScalars.dropLast()) }
        return String(text)
    }
}
