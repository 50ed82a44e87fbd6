import Foundation

/// Text pasted at once (the terminal marks it): typed into the text being written, as if each
/// character were typed there, its line breaks new lines in a reply and spaces in a one-line
/// field. Anywhere else it is not run as keys: a pasted "Bar" had opened a student's record,
/// closed it and opened the reply box, and each line break had sent a message.
func pasteKey(_ state: inout AppState, _ text: String) -> [Effect] {
    guard let multiline = state.pasteTarget else {
        // A form is open, on a choice: the paste waits for a field that takes text.
        state.status = state.catalog.t(state.isWritingSomething ? .pasteOnChoice : .pasteNowhere)
        return []
    }
    var effects: [Effect] = []
    for key in PastedText.keys(text, multiline: multiline) { effects += reduce(&state, .keyPressed(key)) }
    return effects
}

extension AppState {
    /// A reply, a flag or a form is open (whatever its focused field takes).
    var isWritingSomething: Bool {
        if showsAdminScreen { return admin.form != nil }
        switch mode {
        case .compose, .flagForm, .form, .filter, .closeSummary: return true
        default: return false
        }
    }

    /// Where pasted text goes now: nil when nothing is being written (or a choice, a question
    /// or the lock screen is up), true when line breaks stay (a reply), false for one line.
    var pasteTarget: Bool? {
        if lock != nil { return nil }
        func typed(_ value: FormField.Value?, asking: Bool) -> Bool? {
            guard !asking, case .text? = value else { return nil }
            return false
        }
        if showsAdminScreen {
            guard let form = admin.form, !form.sent, form.fields.indices.contains(form.focus) else { return nil }
            return typed(form.fields[form.focus].value, asking: form.confirmingDiscard)
        }
        switch mode {
        case .compose: return true
        case .flagForm: return [.student, .saw, .tried].contains(flag.field) ? false : nil
        case .form:
            guard let form, !form.sent, form.fields.indices.contains(form.focus) else { return nil }
            return typed(form.fields[form.focus].value, asking: form.confirmingDiscard)
        case .filter, .closeSummary: return false
        default: return nil
        }
    }
}

enum PastedText {
    /// The keys that type `text`: a line break ("\r\n", "\r" or "\n") is Alt-Enter (a new line
    /// of a reply) or a space; a tab is a space; other control characters are left out.
    static func keys(_ text: String, multiline: Bool) -> [Key] {
        var keys: [Key] = []
        var afterCR = false
        for scalar in text.unicodeScalars {
            defer { afterCR = scalar == "\r" }
            switch scalar.value {
            case 0x0A where afterCR: continue
            case 0x0A, 0x0D: keys.append(multiline ? .altEnter : .char(" "))
            case 0x09: keys.append(.char(" "))
            case 0x00...0x1F, 0x7F, 0x80...0x9F: continue
            default: keys.append(.char(Character(scalar)))
            }
        }
        return keys
    }
}
