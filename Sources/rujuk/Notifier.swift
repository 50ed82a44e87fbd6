import Foundation
import RujukDomain

/// `notify_command` in the person's own configuration: run with the content-safe notice
/// (counts only) when a referral arrives or a summary is written. It runs here, on the
/// unprivileged side, as the person; never inside the helper.
enum Notifier {
    /// Whether these written events are ones a staff group hears about.
    static func matters(_ written: [Event]) -> Bool {
        written.contains { e in
            switch e.payload {
            case .caseOpened, .flagAdded, .summaryUpdated: true
            case .closed(_, _, let summary, let outcomeOnly): summary != nil || outcomeOnly
            default: false
            }
        }
    }

    /// Runs the command with the text as its last argument (standard input stays empty: a
    /// command that would not read it must not break the pipe under us). A failure to start
    /// it is said on standard error; the change itself is saved already.
    static func after(_ written: [Event], school: School, command: String? = UserConfig.value("notify_command"), wait: Bool = true) {
        guard let command, !command.trimmingCharacters(in: .whitespaces).isEmpty, matters(written) else { return }
        let text = NoticeText.make(school, week: false, now: Date())
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command + " \"$1\"", "rujuk-notify", text]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        do {
            try process.run()
            if wait { process.waitUntilExit() }
        } catch {
            FileHandle.standardError.write(Data(("rujuk: " + Localization.t(.notifyFailed("\(error)")) + "\n").utf8))
        }
    }
}
