import Foundation
import RujukDomain

/// What an import would change, listed before `y` applies it: the counts, then every new
/// student, move, correction, return, uncertain match (not applied) and student missing.
enum AdminPreviewView {
    static func lines(_ preview: ImportPreview, _ t: Catalog) -> [String] {
        let plan = preview.plan
        guard plan.changesSomething || !plan.uncertain.isEmpty || !plan.missing.isEmpty else {
            return [t.t(.adminPreviewNothing(Sanitizer.line(preview.file)))]
        }
        var out = [t.t(.adminPreviewSummary("\(plan.added.count)", "\(plan.moved.count)", "\(plan.corrected.count)", "\(plan.returned.count)", "\(plan.missing.count)", "\(plan.uncertain.count)", "\(plan.unchanged)"))]
        for s in plan.added { out.append(t.t(.adminPreviewNew(who(s)))) }
        for m in plan.moved { out.append(t.t(.adminPreviewMove(Sanitizer.line(m.before.name), Sanitizer.line(m.before.className), Sanitizer.line(m.after.className)))) }
        for c in plan.corrected {
            let fields = c.fields.map { f -> String in
                switch f {
                case "name": "\(t.t(.adminFieldName))'\(Sanitizer.line(c.before.name))' → '\(Sanitizer.line(c.after.name))'"
                case "nisn": "NISN \(c.before.nisn ?? "-") → \(c.after.nisn ?? "-")"
                case "nipd": "NIPD \(c.before.nipd ?? "-") → \(c.after.nipd ?? "-")"
                case "gender": "JK \(c.before.gender?.rawValue ?? "-") → \(c.after.gender?.rawValue ?? "-")"
                case "birthDate": "\(t.t(.adminBorn)) \(c.before.birthDate ?? "-") → \(c.after.birthDate ?? "-")"
                default: "\(t.t(.adminFieldClass))'\(Sanitizer.line(c.before.className))' → '\(Sanitizer.line(c.after.className))'"
                }
            }
            out.append(t.t(.adminPreviewCorrect(Sanitizer.line(c.before.name), fields.joined(separator: ", "))))
        }
        for s in plan.returned { out.append(t.t(.adminPreviewBack(who(s)))) }
        for u in plan.uncertain {
            let why: String
            switch u.reason {
            case .idsDisagree(let a, let b): why = t.t(.adminUncertainIDs(who(a), who(b)))
            case .otherNISN(let s): why = t.t(.adminUncertainOtherNISN(who(s), s.nisn ?? "-"))
            case .sameNameOnly(let list): why = t.t(.adminUncertainName(list.map(who).joined(separator: "; ")))
            case .sameAsLine(let line, let s): why = t.t(.adminUncertainSameLine("\(line)", who(s)))
            }
            out.append(t.t(.adminPreviewUncertain("\(u.entry.line)", Sanitizer.line(u.entry.name), why)))
        }
        for s in plan.missing {
            if let reason = plan.markedLeft { out.append(t.t(.adminPreviewLeaves(who(s), t.adminReason(reason)))) }
            else { out.append(t.t(.adminPreviewMissing(who(s)))) }
        }
        if !plan.missing.isEmpty && plan.markedLeft == nil { out.append(t.t(.adminPreviewMissingHint)) }
        return out
    }

    static func who(_ s: Student) -> String {
        "\(Sanitizer.line(s.name)) (\(Sanitizer.line(s.className))\(s.nisn.map { ", NISN \($0)" } ?? ""))"
    }

    static func render(_ state: AppState, _ body: Rect, _ grid: inout Grid) {
        guard let preview = state.admin.preview else { return }
        let t = state.catalog
        let width = min(body.width - 4, 110)
        let inner = width - 4
        let wrapped = lines(preview, t).flatMap { ThreadPane.wrap($0, inner) }
        let room = max(1, body.height - 5)
        let start = min(state.admin.scroll, max(0, wrapped.count - room))
        var shown = Array(wrapped.dropFirst(start).prefix(room))
        let hint = preview.sent ? t.t(.adminPreviewSending)
            : preview.plan.changesSomething ? t.t(.adminPreviewHint) : t.t(.adminPreviewNothingHint)
        shown.append(wrapped.count > room ? "(\(start + 1)–\(start + shown.count)/\(wrapped.count)) " + hint : hint)
        Overlays.box(t.t(.adminPreviewTitle(Sanitizer.line(preview.file))), shown, body, &grid, state.theme, width: width)
    }
}
