import Foundation
import RujukDomain

/// Every string of the admin's screen (issue 14, item 6), kept apart from the case screens'
/// `Text` so the two grow without treading on each other.
public enum AdminText: Sendable, Hashable {
    case adminTopBar(String, String, String, String, String)
    case adminTopBarShort(String, String, String, String, String)
    case adminPaneClasses
    case adminPaneStudents(String)
    case adminPaneStaff
    case adminColClass
    case adminColAll
    case adminColBoys
    case adminColGirls
    case adminColLeft
    case adminAllClasses
    case adminNoStudents
    case adminNoClassStudents
    case adminLeftMark(String, String)
    case adminHomeroom(String)
    case adminCaseload(String)
    case adminCaseloadAll
    case adminStaffLeftMark(String)
    case adminChooseFirst
    case adminChooseStudent
    case adminStaffLeft
    case adminAlreadyLeft(String)
    case adminNotLeft(String)
    case adminNotYourself
    case adminHelpEdit
    case adminHelpLeave
    case adminHelpBack
    case adminHelpImport
    case adminHelpOpen
    case adminHelpTitle
    case adminNeeded(String)
    case adminHomeroomTaken(String, String)
    case adminCaseloadNotCounsellor
    case adminClassOutsideGrades(String, String, String)
    case adminNothingChanged
    case adminBadDay(String)
    case adminNeedsARole
    case adminGoneMeanwhile
    case adminReading(String)
    case adminApplying(String)
    case adminImportCancelled(String)
    case adminImported(String, String)
    case adminStudentSaved(String, String)
    case adminStudentLeft(String, String, String)
    case adminLeaverCases(String)
    case adminStudentBack(String, String)
    case adminStaffSaved(String)
    case adminStaffLeftDone(String)
    case adminHandedOver(String)
    case adminTitleEditStudent(String)
    case adminTitleLeaves(String)
    case adminTitleBack(String)
    case adminTitleEditStaff(String)
    case adminTitleStaffLeaves(String)
    case adminTitleImport
    case adminFormHint
    case adminFormHintText
    case adminDiscard
    case adminHolds(String, String)
    case adminHoldsNothing
    case adminHintDate
    case adminHintDestination
    case adminHintFile
    case adminHintCaseload
    case adminHintHomeroom
    case adminHintMissing
    case adminHintHandover
    case adminYes
    case adminNo
    case adminNobody
    case adminKeepMissing
    case adminMarkLeft(String)
    case adminBorn
    case adminReasonLulus
    case adminReasonMutasi
    case adminReasonKeluar
    case adminShortLulus
    case adminShortMutasi
    case adminShortKeluar
    case adminPreviewTitle(String)
    case adminPreviewSummary(String, String, String, String, String, String, String)
    case adminPreviewNew(String)
    case adminPreviewMove(String, String, String)
    case adminPreviewCorrect(String, String)
    case adminPreviewBack(String)
    case adminPreviewMissing(String)
    case adminPreviewLeaves(String, String)
    case adminPreviewUncertain(String, String, String)
    case adminPreviewMissingHint
    case adminPreviewHint
    case adminPreviewNothing(String)
    case adminPreviewNothingHint
    case adminPreviewSending
    case adminUncertainIDs(String, String)
    case adminUncertainOtherNISN(String, String)
    case adminUncertainName(String)
    case adminUncertainSameLine(String, String)
    case adminFieldName
    case adminFieldClass
    case adminFieldReason
    case adminFieldDate
    case adminFieldDestination
    case adminFieldHomeroom
    case adminFieldCaseload
    case adminFieldHandover
    case adminFieldFile
    case adminFieldMissing
    case adminFieldRole(String)
}


extension Catalog {
    public func t(_ text: AdminText) -> String { language == .id ? Indonesian().admin(text) : English().admin(text) }

    /// A field's label in an admin form; the role toggles are named by the role.
    public func adminField(_ f: AdminForm.Field) -> String {
        switch f {
        case .name: t(.adminFieldName)
        case .className: t(.adminFieldClass)
        case .reason: t(.adminFieldReason)
        case .date: t(.adminFieldDate)
        case .destination: t(.adminFieldDestination)
        case .homeroom: t(.adminFieldHomeroom)
        case .caseload: t(.adminFieldCaseload)
        case .handoverTo: t(.adminFieldHandover)
        case .file: t(.adminFieldFile)
        case .missing: t(.adminFieldMissing)
        case .roleSubjectTeacher: t(.adminFieldRole(role(.subjectTeacher)))
        case .roleHomeroomTeacher: t(.adminFieldRole(role(.homeroomTeacher)))
        case .roleCounsellor: t(.adminFieldRole(role(.counsellor)))
        case .roleVice: t(.adminFieldRole(role(.viceStudentAffairs)))
        case .rolePrincipal: t(.adminFieldRole(role(.principal)))
        case .roleAdmin: t(.adminFieldRole(role(.admin)))
        }
    }

    /// Why an admin form cannot be sent yet, naming the field to mend.
    public func adminProblem(_ p: AdminForm.Problem) -> String {
        let label = p.field.map { adminField($0).trimmingCharacters(in: CharacterSet(charactersIn: ": ")) } ?? ""
        switch p {
        case .goneMeanwhile: return t(.adminGoneMeanwhile)
        case .nothingChanged: return t(.adminNothingChanged)
        case .needed: return t(.adminNeeded(label))
        case .badDay: return t(.adminBadDay(label))
        case .needsARole: return t(.adminNeedsARole)
        case .homeroomTaken(let c, let name): return t(.adminHomeroomTaken(Sanitizer.line(c), Sanitizer.line(name)))
        case .caseloadNotCounsellor: return t(.adminCaseloadNotCounsellor)
        case .classOutsideGrades(let c, let lo, let hi): return t(.adminClassOutsideGrades(Sanitizer.line(c), ClassName.romans[lo - 1], ClassName.romans[hi - 1]))
        }
    }

    /// Why a student left, in words (the Dapodik term kept in brackets in English).
    public func adminReason(_ r: LeaveReason) -> String {
        switch r {
        case .lulus: t(.adminReasonLulus)
        case .mutasi: t(.adminReasonMutasi)
        case .keluar: t(.adminReasonKeluar)
        }
    }

    /// The same in a list row, short.
    public func adminShortReason(_ r: LeaveReason) -> String {
        switch r {
        case .lulus: t(.adminShortLulus)
        case .mutasi: t(.adminShortMutasi)
        case .keluar: t(.adminShortKeluar)
        }
    }


}
