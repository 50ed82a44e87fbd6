/// Every key of every screen as one Markdown page (`docs/keys.md`), in both languages, drawn
/// from what the screens themselves use: the main screen's keymap (which also drives the
/// reducer, the hint bar and the help overlay) and the hint line of each other screen. A test
/// writes the page and fails when the committed one differs, so the docs cannot drift.
public enum KeyReference {
    /// `counsellor` and `teacher`: the same school seen by one of each, since a few keys say
    /// different things to them (`f`).
    public static func markdown(counsellor: AppState, teacher: AppState) -> String {
        var (counsellor, teacher) = (counsellor, teacher)
        func bindings(_ state: inout AppState, _ language: Language) -> [Binding] {
            state.catalog = Catalog(language)
            return keymap(for: state)
        }
        let en = bindings(&counsellor, .en), id = bindings(&counsellor, .id)
        let teacherEN = bindings(&teacher, .en), teacherID = bindings(&teacher, .id)
        var out = """
        # Keys

        Generated from the keymap and the screens' hint lines by `KeyReferenceTests`; do not edit
        by hand (`RUJUK_RECORD_SNAPSHOTS=1 swift test --filter KeyReference` writes it again).
        Keys a person may not use now are shown in the help overlay (`?`) with the reason.

        ## The main screen

        | Key | English | Bahasa Indonesia |
        |---|---|---|

        """
        for (i, b) in en.enumerated() {
            out += "| \(b.keys.map(name).joined(separator: ", ")) | \(cell(b.help)) | \(cell(id[i].help)) |\n"
            if let other = teacherEN.first(where: { $0.command == b.command }), other.help != b.help,
               let otherID = teacherID.first(where: { $0.command == b.command }) {
                out += "| \(b.keys.map(name).joined(separator: ", ")) (not a counsellor) | \(cell(other.help)) | \(cell(otherID.help)) |\n"
            }
        }
        out += """

        ## Other screens

        | Screen | English | Bahasa Indonesia |
        |---|---|---|

        """
        let english = Catalog(.en), indonesian = Catalog(.id)
        for (screen, line) in screens {
            out += "| \(screen) | \(cell(line(english))) | \(cell(line(indonesian))) |\n"
        }
        return out
    }

    /// The hint line each screen draws at its foot (the same catalog entries the views use).
    static let screens: [(String, @Sendable (Catalog) -> String)] = [
        ("lock screen", { $0.t(.lockHint) }),
        ("lock screen, a person without a PIN", { $0.t(.lockHintNoPIN) }),
        ("lock screen, a new PIN", { $0.t(.lockRenewHint) }),
        ("writing a reply", { $0.t(.hintCompose) + $0.t(.hintComposeVisibility) }),
        ("flagging a student", { $0.t(.hintFlagForm) }),
        ("a case-work form (plan, service, evaluation, level, conference, visit, triage)", { $0.t(.hintForm) }),
        ("a case-work form, on a text field", { $0.t(.hintFormText) }),
        ("filtering the queue", { $0.t(.hintFilter) }),
        ("closing: the summary", { $0.t(.summaryHint) }),
        ("my actions", { $0.t(.myActionsHint) }),
        ("a long view (case, record, help)", { $0.t(.scrollHint) }),
        ("reports", { $0.r(.hint) }),
        ("reports, a counsellor", { $0.r(.hintCounsellor) }),
        ("the printed report", { $0.r(.documentHint) }),
        ("the printed report, a counsellor", { $0.r(.documentHintCounsellor) }),
        ("the admin's forms", { $0.t(.adminFormHint) }),
        ("the admin's forms, on a text field", { $0.t(.adminFormHintText) }),
        ("the admin's import preview", { $0.t(.adminPreviewHint) }),
    ]

    /// A key as the help overlay names it; a character key in code style.
    static func name(_ key: Key) -> String {
        if case .char = key { return "`\(Overlays.label(key))`" }
        return Overlays.label(key)
    }

    private static func cell(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "|", with: "\\|")
    }
}
