#if canImport(Glibc)
import Glibc
#endif
import Foundation
import RujukDomain
import RujukUI

/// The new year's homerooms and caseloads asked on a terminal (`year start` without
/// `--assignments`), one question at a time: each homeroom teacher's class, each counsellor's
/// caseload; Enter keeps what is shown, `-` clears it, a class that cannot be read is asked
/// again. A pure value fed one line at a time, so it is tested without a terminal; `ask` is
/// the thin loop that reads standard input.
struct AssignmentDialogue {
    enum Question: Equatable { case homeroom(String), caseload(String) }

    let language: Language
    let classes: [String]
    /// What each person will have, starting from what they have now.
    private(set) var staff: [Staff]
    private var queue: [Question]
    /// What to print before the next question (its person's name, once).
    private var announced: Set<String> = []

    init(school: School, classes: [String], language: Language) {
        self.language = language
        self.classes = classes
        staff = school.staff.values.filter { $0.isActive && ($0.has(.homeroomTeacher) || $0.isCounsellor) }
            .sorted { $0.login < $1.login }
        queue = staff.flatMap { p in
            (p.has(.homeroomTeacher) ? [Question.homeroom(p.login)] : []) + (p.isCounsellor ? [.caseload(p.login)] : [])
        }
    }

    func text(_ text: CLIText) -> String { Localization.t(text, in: language) }

    var intro: String { text(.yearAskIntro(classes.joined(separator: ", "))) }

    var isDone: Bool { queue.isEmpty }

    /// The next prompt: the person's name the first time, then the question with what they have now.
    mutating func prompt() -> String? {
        guard let q = queue.first else { return nil }
        let login: String
        switch q { case .homeroom(let l), .caseload(let l): login = l }
        guard let p = staff.first(where: { $0.login == login }) else { return nil }
        var out = ""
        if !announced.contains(login) {
            announced.insert(login)
            out = text(.yearAskPerson(CaseText.clean(p.name), login)) + "\n"
        }
        switch q {
        case .homeroom: out += text(.yearAskHomeroom(p.homeroom.map(CaseText.clean) ?? text(.yearAskNone)))
        case .caseload: out += text(.yearAskCaseload(p.caseload.isEmpty ? text(.yearAskAll) : p.caseload.map(CaseText.clean).joined(separator: " ")))
        }
        return out
    }

    /// Takes the answer to the current question; a sentence when it must be asked again.
    mutating func answer(_ line: String) -> String? {
        guard let q = queue.first else { return nil }
        let typed = line.trimmingCharacters(in: .whitespaces)
        switch q {
        case .homeroom(let login):
            guard let i = staff.firstIndex(where: { $0.login == login }) else { break }
            if typed == "-" { staff[i].homeroom = nil }
            else if !typed.isEmpty {
                guard ClassName(typed) != nil else { return text(.yearAskBadClass(CaseText.clean(typed))) }
                staff[i].homeroom = typed
            }
        case .caseload(let login):
            guard let i = staff.firstIndex(where: { $0.login == login }) else { break }
            if typed == "-" { staff[i].caseload = [] }
            else if !typed.isEmpty {
                let entries = typed.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
                if let bad = entries.first(where: { ClassName($0) == nil }) { return text(.yearAskBadClass(CaseText.clean(bad))) }
                staff[i].caseload = entries
            }
        }
        queue.removeFirst()
        return nil
    }

    /// Asks every question on the terminal; nil when standard input ends first (nothing is changed then).
    static func ask(school: School, classes: [String]) -> [Staff]? {
        var dialogue = AssignmentDialogue(school: school, classes: classes, language: Localization.language)
        guard !dialogue.isDone else { return [] }
        print(dialogue.intro)
        while let prompt = dialogue.prompt() {
            FileHandle.standardOutput.write(Data(prompt.utf8))
            guard let line = readLine() else { print(""); return nil }
            if let again = dialogue.answer(line) { print(again) }
        }
        return dialogue.staff
    }
}
