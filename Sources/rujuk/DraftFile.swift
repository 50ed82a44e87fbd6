import Foundation
import RujukStore
import RujukUI

/// Unsent flags, replies and case-work forms (and the selected case), kept per store and person in the user's own state directory
/// (`$XDG_STATE_HOME/rujuk`, mode 0600), never in the shared store. On a shared account they
/// are sealed with a key from the person's PIN (`DraftSeal`) in `….json.sealed`.
struct DraftFile {
    struct Contents: Codable {
        var flag: FlagDraft?
        var replies: [String: ComposeDraft]
        /// The case that was selected, so the next start opens where this one ended.
        var selected: Int?
        /// A case-work form that was being filled in (absent in older draft files).
        var form: FormState?
    }

    let path: String

    init(path: String) { self.path = path }

    init(storeID: String, login: String) {
        let env = ProcessInfo.processInfo.environment
        let base = env["XDG_STATE_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? ((env["HOME"] ?? NSHomeDirectory()) + "/.local/state")
        path = base + "/rujuk/drafts-\(storeID)-\(login).json"
    }

    /// What of a state is a draft.
    static func take(from state: AppState) -> Contents {
        let flag = state.flag.hasText || state.flag.studentID != nil ? state.flag : nil
        return Contents(flag: flag, replies: Dictionary(uniqueKeysWithValues: state.drafts.map { (String($0.key), $0.value) }),
                        selected: state.selectedCase?.number,
                        form: state.form?.isChanged == true ? state.form : nil)
    }

    /// Puts drafts back into a state for the same person.
    static func restore(_ contents: Contents, into state: inout AppState) {
        if let flag = contents.flag { state.flag = flag }
        state.drafts = Dictionary(uniqueKeysWithValues: contents.replies.compactMap { k, v in Int(k).map { ($0, v) } })
        if let number = contents.selected { state.select(number) }
        // A form comes back only for a case this person still sees.
        if var form = contents.form, let c = state.school.cases[form.number], state.school.canSee(state.actor, c) {
            form.sent = false
            form.confirmingDiscard = false
            state.select(form.number)
            state.form = form
        }
        // A form is kept only when it was open at quitting: it comes back open; a flag's text
        // stays in the flag form, which n opens again.
        if state.form == nil && state.flag.hasText { state.mode = .flagForm }
    }

    /// Puts the saved drafts back. A file that is there but cannot be read (damaged, or
    /// sealed with another PIN) is moved aside untouched, so the next save cannot overwrite
    /// it; the sentence says where it went.
    func load(into state: inout AppState, sealedWith seal: DraftSeal? = nil) -> String? {
        let target = seal == nil ? path : path + ".sealed"
        guard let stored = FileManager.default.contents(atPath: target) else { return nil }
        if let data = seal.map({ $0.open(stored) }) ?? stored, let contents = try? JSONDecoder().decode(Contents.self, from: data) {
            Self.restore(contents, into: &state)
            return nil
        }
        let aside = target + ".unreadable-\(Int(Date().timeIntervalSince1970))"
        do { try FileManager.default.moveItem(atPath: target, toPath: aside) } catch {
            return Localization.t(.draftsUnreadableLeft(target, (error as NSError).localizedDescription))
        }
        return Localization.t(.draftsUnreadable(target, aside))
    }

    /// Writes the drafts (to a temporary file, then renamed over the old ones); the sentence
    /// when they could not be kept, which the person must hear while they can still copy them.
    func save(_ state: AppState, sealedWith seal: DraftSeal? = nil) -> String? {
        let target = seal == nil ? path : path + ".sealed"
        do {
            let plain = try JSONEncoder().encode(Self.take(from: state))
            let data = try seal.map { try $0.seal(plain) } ?? plain
            let dir = (path as NSString).deletingLastPathComponent
            try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            let temp = target + ".tmp"
            guard FileManager.default.createFile(atPath: temp, contents: data, attributes: [.posixPermissions: 0o600]) else {
                return Localization.t(.draftNotSaved(target, String(cString: strerror(errno))))
            }
            guard rename(temp, target) == 0 else {
                let reason = String(cString: strerror(errno))
                unlink(temp)
                return Localization.t(.draftNotSaved(target, reason))
            }
            return nil
        } catch {
            return Localization.t(.draftNotSaved(target, (error as NSError).localizedDescription))
        }
    }
}
