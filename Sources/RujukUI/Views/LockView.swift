import Foundation
import RujukDomain

/// The lock screen. Nothing of the school is drawn behind it; after the panic key not even
/// the school's name, only the prompt.
enum LockView {
    static func render(_ state: AppState, _ screen: LockScreen, into grid: inout Grid) {
        let t = state.catalog
        var lines: [(String, Style)] = []
        if screen.reason != .panic {
            lines.append((Sanitizer.line(t.t(.lockTitle(state.school.name))), Style(bold: true)))
            let minutes = Int(((state.guardian.idleLimit ?? 300) / 60).rounded())
            lines.append((screen.reason == .idle ? t.t(.lockIdle("\(max(1, minutes))")) : t.t(.lockWho), state.theme.style(.textDim)))
            lines.append(("", Style.plain))
        }
        let cursor = "▏"
        if screen.renewing {
            lines.append((Sanitizer.line(t.t(.lockRenewTitle("\(screen.minimumDigits)"))), state.theme.style(.textDim)))
            lines.append(("", Style.plain))
            for (field, label, typed) in [(LockScreen.Field.newPIN, Text.lockNewPIN, screen.newPIN), (.repeatPIN, .lockRepeatPIN, screen.repeatPIN)] {
                lines.append((t.t(label) + String(repeating: "•", count: typed.count) + (screen.field == field ? cursor : ""),
                              screen.field == field ? state.theme.style(.listSelected) : Style.plain))
            }
        } else {
            lines.append((t.t(.lockLogin) + Sanitizer.line(screen.login) + (screen.field == .login ? cursor : ""),
                          screen.field == .login ? state.theme.style(.listSelected) : Style.plain))
            if state.guardian.needsPIN {
                lines.append((t.t(.lockPIN) + String(repeating: "•", count: screen.pin.count) + (screen.field == .pin ? cursor : ""),
                              screen.field == .pin ? state.theme.style(.listSelected) : Style.plain))
            }
        }
        lines.append(("", Style.plain))
        if screen.checking {
            lines.append((t.t(.lockChecking), state.theme.style(.textDim)))
        } else if let problem = screen.problem {
            lines.append((words(problem, t), state.theme.style(.status)))
        } else {
            lines.append((t.t(screen.renewing ? .lockRenewHint : state.guardian.needsPIN ? .lockHint : .lockHintNoPIN), state.theme.style(.textDim)))
        }
        let width = min(grid.width - 2, max(40, lines.map { DisplayWidth.of($0.0) }.max() ?? 0))
        let x = max(0, (grid.width - width) / 2)
        let top = max(0, (grid.height - lines.count) / 2)
        for (i, (text, style)) in lines.enumerated() where top + i < grid.height {
            grid.put(text, x: x, y: top + i, maxWidth: grid.width - x, style: style)
        }
    }

    static func words(_ refusal: UnlockRefusal, _ t: Catalog) -> String {
        switch refusal {
        case .unknownLogin: t.t(.lockUnknown)
        case .wrongPIN: t.t(.lockWrongPIN)
        case .noPINYet: t.t(.lockNoPIN)
        case .emptyLogin: t.t(.lockEmpty)
        case .wait(let seconds): t.t(.lockWait("\(seconds)"))
        case .lockedOut: t.t(.lockLockedOut)
        case .newPINsDiffer: t.t(.lockNewPINsDiffer)
        case .newPINTooShort(let minimum): t.t(.lockNewPINTooShort("\(minimum)"))
        case .newPINRefused(let sentence): Sanitizer.line(sentence)
        }
    }
}
