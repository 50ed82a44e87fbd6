import Foundation

/// The argument parser's own sentences for a mistake on the command line (an unknown option,
/// a value that is not one of the choices, a missing argument), in Indonesian. The parser
/// cannot be given other words, so its English is recognised by shape; anything it says that is
/// not one of these shapes stays English, as does its generated `--help` (the README says so).
enum ParserMessage {
    static func indonesian(_ text: String) -> String {
        var out = text
        for (pattern, template) in rules {
            out = out.replacingOccurrences(of: pattern, with: template, options: .regularExpression)
        }
        return out
    }

    /// Applied in order; `$1`, `$2` are the parser's quoted names and values.
    private static let rules: [(String, String)] = [
        (#"The value '([^']*)' is invalid for '([^']*)'\. Please provide one of (.*)\."#,
         "Nilai '$1' tidak berlaku untuk '$2'. Pilih salah satu dari $3."),
        (#"The value '([^']*)' is invalid for '([^']*)'"#, "Nilai '$1' tidak berlaku untuk '$2'"),
        (#"Please provide one of the following:"#, "Pilih salah satu dari berikut:"),
        (#"Missing expected argument '([^']*)'"#, "Argumen '$1' belum diberikan"),
        (#"Missing value for '([^']*)'"#, "Nilai untuk '$1' belum diberikan"),
        (#"Unknown option '([^']*)'\. Did you mean '([^']*)'\?"#, "Opsi '$1' tidak dikenal. Maksud Anda '$2'?"),
        (#"Unknown option '([^']*)'"#, "Opsi '$1' tidak dikenal"),
        (#"Unexpected arguments? (.*)"#, "Argumen yang tidak diharapkan: $1"),
        (#"See '([^']*)' for more information\."#, "Lihat '$1' untuk keterangan lebih lanjut."),
        (#"(?m)^Error: "#, "Kesalahan: "),
        (#"(?m)^Usage: "#, "Penggunaan: "),
        (#"(?m)^Help: "#, "Bantuan: "),
        (#"' or '"#, "' atau '"),
    ]
}
