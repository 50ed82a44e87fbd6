import RujukDomain

/// Every string of the admin's screen (issue 14, item 6), kept apart from the case screens'
/// `Text` so the two grow without treading on each other.
public enum AdminText: String, CaseIterable, Sendable {
    case adminTopBar, adminTopBarShort
    case adminPaneClasses, adminPaneStudents, adminPaneStaff
    case adminColClass, adminColAll, adminColBoys, adminColGirls, adminColLeft, adminAllClasses
    case adminNoStudents, adminNoClassStudents, adminLeftMark, adminHomeroom, adminCaseload, adminCaseloadAll, adminStaffLeftMark
    case adminChooseFirst, adminChooseStudent, adminStaffLeft, adminAlreadyLeft, adminNotLeft, adminNotYourself
    case adminHelpEdit, adminHelpLeave, adminHelpBack, adminHelpImport, adminHelpOpen, adminHelpTitle
    case adminNeeded, adminNothingChanged, adminBadDay, adminNeedsARole, adminGoneMeanwhile
    case adminReading, adminApplying, adminImportCancelled, adminImported
    case adminStudentSaved, adminStudentLeft, adminLeaverCases, adminStudentBack, adminStaffSaved, adminStaffLeftDone, adminHandedOver
    case adminTitleEditStudent, adminTitleLeaves, adminTitleBack, adminTitleEditStaff, adminTitleStaffLeaves, adminTitleImport
    case adminFormHint, adminDiscard, adminHolds, adminHoldsNothing, adminHintDate, adminHintDestination, adminHintFile
    case adminHintCaseload, adminHintHomeroom, adminHintMissing, adminHintHandover
    case adminYes, adminNo, adminNobody, adminKeepMissing, adminMarkLeft, adminBorn
    case adminReasonLulus, adminReasonMutasi, adminReasonKeluar, adminShortLulus, adminShortMutasi, adminShortKeluar
    case adminPreviewTitle, adminPreviewSummary, adminPreviewNew, adminPreviewMove, adminPreviewCorrect, adminPreviewBack
    case adminPreviewMissing, adminPreviewLeaves, adminPreviewUncertain, adminPreviewMissingHint, adminPreviewHint
    case adminPreviewNothing, adminPreviewNothingHint, adminPreviewSending
    case adminUncertainIDs, adminUncertainOtherNISN, adminUncertainName, adminUncertainSameLine
    case adminFieldName, adminFieldClass, adminFieldReason, adminFieldDate, adminFieldDestination
    case adminFieldHomeroom, adminFieldCaseload, adminFieldHandover, adminFieldFile, adminFieldMissing, adminFieldRole
}

extension Catalog {
    public func t(_ key: AdminText, _ args: String...) -> String {
        var s = (language == .id ? Catalog.adminIndonesian[key] : Catalog.adminEnglish[key]) ?? Catalog.adminEnglish[key] ?? key.rawValue
        for (i, a) in args.enumerated() { s = s.replacingOccurrences(of: "{\(i)}", with: a) }
        return s
    }

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
        case .roleSubjectTeacher: t(.adminFieldRole, role(.subjectTeacher))
        case .roleHomeroomTeacher: t(.adminFieldRole, role(.homeroomTeacher))
        case .roleCounsellor: t(.adminFieldRole, role(.counsellor))
        case .roleVice: t(.adminFieldRole, role(.viceStudentAffairs))
        case .rolePrincipal: t(.adminFieldRole, role(.principal))
        case .roleAdmin: t(.adminFieldRole, role(.admin))
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

    static let adminEnglish: [AdminText: String] = [
        .adminTopBar: " Rujuk · {0} · {1} (admin) · {2} students in {3} classes · {4} staff",
        .adminTopBarShort: " Rujuk · {1} (admin) · {2} students · {4} staff",
        .adminPaneClasses: "1 Classes", .adminPaneStudents: "2 Students · {0}", .adminPaneStaff: "3 Staff",
        .adminColClass: "Class", .adminColAll: "All", .adminColBoys: "M", .adminColGirls: "F", .adminColLeft: "Left",
        .adminAllClasses: "All",
        .adminNoStudents: "No students yet: press i to import a Dapodik export or a class list.",
        .adminNoClassStudents: "Choose a class in pane 1.",
        .adminLeftMark: "left {1}, {0}",
        .adminHomeroom: "homeroom {0}", .adminCaseload: "caseload {0}", .adminCaseloadAll: "caseload: every class",
        .adminStaffLeftMark: "left {0}",
        .adminChooseFirst: "Choose a student (pane 2) or a staff member (pane 3) first.",
        .adminChooseStudent: "Choose a student in pane 2 first.",
        .adminStaffLeft: "This person has left the school; their record stays as it was.",
        .adminAlreadyLeft: "{0} has already left; b brings them back.",
        .adminNotLeft: "{0} has not left the school.",
        .adminNotYourself: "You cannot end your own access here.",
        .adminHelpEdit: "edit the student or staff member", .adminHelpLeave: "leaves the school (student or staff)",
        .adminHelpBack: "a student who left comes back", .adminHelpImport: "import students from a file, with a preview",
        .adminHelpOpen: "show the class's students; edit the person",
        .adminHelpTitle: "Help · the roster and staff",
        .adminNeeded: "Fill in {0}.", .adminNothingChanged: "Nothing changed; Esc goes back.",
        .adminBadDay: "{0}: write a day such as 2026-12-01, 01/12/2026 or today.",
        .adminNeedsARole: "Give them at least one role.",
        .adminGoneMeanwhile: "This record changed in another session; Esc and open it again.",
        .adminReading: "Reading {0}…", .adminApplying: "Applying {0} changes…",
        .adminImportCancelled: "Nothing imported from {0}.", .adminImported: "Applied {0} changes from {1}.",
        .adminStudentSaved: "Saved: {0}, {1}.", .adminStudentLeft: "{0} left the school ({1}, {2}).",
        .adminLeaverCases: "Open cases {0} stay with their counsellor to close or refer onward.",
        .adminStudentBack: "{0} is back, in {1}.", .adminStaffSaved: "Saved: {0}.",
        .adminStaffLeftDone: "{0} left: their access has ended.", .adminHandedOver: "{0} takes over and is told.",
        .adminTitleEditStudent: "Edit student · {0}", .adminTitleLeaves: "{0} leaves the school",
        .adminTitleBack: "{0} comes back", .adminTitleEditStaff: "Edit staff member · {0}",
        .adminTitleStaffLeaves: "{0} leaves: their access ends at once", .adminTitleImport: "Import students",
        .adminFormHint: "Tab/Enter next · ←/→/Space choose · C-s save · Esc cancel",
        .adminDiscard: "Discard the changes? y discards, any other key goes back.",
        .adminHolds: "Holds open cases: {0}; owns open actions in: {1}. They go to the person chosen.",
        .adminHoldsNothing: "No open cases or actions to hand over.",
        .adminHintDate: "2026-12-01, 01/12/2026, today, yesterday",
        .adminHintDestination: "For a move (mutasi): the new school; an onward referral is suggested to the counsellor.",
        .adminHintFile: "A Dapodik export (.xlsx, .xls) or a class list (.csv), as a path on this computer.",
        .adminHintCaseload: "Classes or grades, separated by spaces (VII VIII-B); empty: every class.",
        .adminHintHomeroom: "The class they are homeroom teacher of; empty: none.",
        .adminHintMissing: "Students on the roster but not in the file: kept, or marked as left.",
        .adminHintHandover: "Who takes over their open cases and actions (told at once).",
        .adminYes: "yes", .adminNo: "no", .adminNobody: "nobody", .adminKeepMissing: "keep them", .adminMarkLeft: "mark as left: {0}", .adminBorn: "born",
        .adminReasonLulus: "graduated (lulus)", .adminReasonMutasi: "moved school (mutasi)", .adminReasonKeluar: "dropped out (keluar)",
        .adminShortLulus: "graduated", .adminShortMutasi: "moved school", .adminShortKeluar: "dropped out",
        .adminPreviewTitle: "Import · {0}",
        .adminPreviewSummary: "{0} new, {1} moved, {2} corrected, {3} back, {4} not in the file, {5} uncertain, {6} unchanged.",
        .adminPreviewNew: "new: {0}", .adminPreviewMove: "moves: {0}: {1} → {2}", .adminPreviewCorrect: "corrected: {0}: {1}",
        .adminPreviewBack: "back: {0}", .adminPreviewMissing: "not in the file: {0}", .adminPreviewLeaves: "leaves ({1}): {0}",
        .adminPreviewUncertain: "line {0}, {1}: not applied: {2}",
        .adminPreviewMissingHint: "Students not in the file stay; choose \"mark as left\" in the import form to record them as left.",
        .adminPreviewHint: "y apply all of this as one step · Esc nothing · j/k scroll",
        .adminPreviewNothing: "Nothing to change: the roster already matches {0}.",
        .adminPreviewNothingHint: "y or Esc closes · j/k scroll",
        .adminPreviewSending: "Applying…",
        .adminUncertainIDs: "its numbers point at two students, {0} and {1}",
        .adminUncertainOtherNISN: "same name and birth date as {0}, who has NISN {1}",
        .adminUncertainName: "only the name matches: {0}",
        .adminUncertainSameLine: "the same student as line {0} ({1})",
        .adminFieldName: "Name: ", .adminFieldClass: "Class: ", .adminFieldReason: "Why: ", .adminFieldDate: "On: ",
        .adminFieldDestination: "To school: ", .adminFieldHomeroom: "Homeroom: ", .adminFieldCaseload: "Caseload: ",
        .adminFieldHandover: "Hand over to: ", .adminFieldFile: "File: ", .adminFieldMissing: "Not in the file: ",
        .adminFieldRole: "{0}: ",
    ]

    static let adminIndonesian: [AdminText: String] = [
        .adminTopBar: " Rujuk · {0} · {1} (admin) · {2} siswa di {3} kelas · {4} staf",
        .adminTopBarShort: " Rujuk · {1} (admin) · {2} siswa · {4} staf",
        .adminPaneClasses: "1 Kelas", .adminPaneStudents: "2 Siswa · {0}", .adminPaneStaff: "3 Staf",
        .adminColClass: "Kelas", .adminColAll: "Jml", .adminColBoys: "L", .adminColGirls: "P", .adminColLeft: "Keluar",
        .adminAllClasses: "Semua",
        .adminNoStudents: "Belum ada siswa: tekan i untuk mengimpor unduhan Dapodik atau daftar kelas.",
        .adminNoClassStudents: "Pilih kelas di panel 1.",
        .adminLeftMark: "keluar {1}, {0}",
        .adminHomeroom: "wali kelas {0}", .adminCaseload: "binaan {0}", .adminCaseloadAll: "binaan: semua kelas",
        .adminStaffLeftMark: "keluar {0}",
        .adminChooseFirst: "Pilih dulu siswa (panel 2) atau staf (panel 3).",
        .adminChooseStudent: "Pilih dulu siswa di panel 2.",
        .adminStaffLeft: "Orang ini sudah keluar dari sekolah; datanya tetap seperti semula.",
        .adminAlreadyLeft: "{0} sudah keluar; b mengembalikannya.",
        .adminNotLeft: "{0} tidak keluar dari sekolah.",
        .adminNotYourself: "Anda tidak dapat mengakhiri akses Anda sendiri di sini.",
        .adminHelpEdit: "ubah data siswa atau staf", .adminHelpLeave: "keluar dari sekolah (siswa atau staf)",
        .adminHelpBack: "siswa yang keluar kembali", .adminHelpImport: "impor siswa dari berkas, dengan pratinjau",
        .adminHelpOpen: "tampilkan siswa kelas; ubah data orang",
        .adminHelpTitle: "Bantuan · data siswa dan staf",
        .adminNeeded: "Isi {0}.", .adminNothingChanged: "Tidak ada yang berubah; Esc untuk kembali.",
        .adminBadDay: "{0}: tulis tanggal seperti 2026-12-01, 01/12/2026 atau hari ini.",
        .adminNeedsARole: "Beri sedikitnya satu peran.",
        .adminGoneMeanwhile: "Data ini berubah di sesi lain; Esc lalu buka lagi.",
        .adminReading: "Membaca {0}…", .adminApplying: "Menerapkan {0} perubahan…",
        .adminImportCancelled: "Tidak ada yang diimpor dari {0}.", .adminImported: "{0} perubahan dari {1} diterapkan.",
        .adminStudentSaved: "Tersimpan: {0}, {1}.", .adminStudentLeft: "{0} keluar dari sekolah ({1}, {2}).",
        .adminLeaverCases: "Kasus terbuka {0} tetap pada guru BK-nya untuk ditutup atau dirujuk lanjut.",
        .adminStudentBack: "{0} kembali, di {1}.", .adminStaffSaved: "Tersimpan: {0}.",
        .adminStaffLeftDone: "{0} keluar: aksesnya berakhir.", .adminHandedOver: "{0} mengambil alih dan diberi tahu.",
        .adminTitleEditStudent: "Ubah data siswa · {0}", .adminTitleLeaves: "{0} keluar dari sekolah",
        .adminTitleBack: "{0} kembali", .adminTitleEditStaff: "Ubah data staf · {0}",
        .adminTitleStaffLeaves: "{0} keluar: aksesnya langsung berakhir", .adminTitleImport: "Impor siswa",
        .adminFormHint: "Tab/Enter berikut · ←/→/Spasi pilih · C-s simpan · Esc batal",
        .adminDiscard: "Buang perubahan? y membuang, tombol lain kembali.",
        .adminHolds: "Memegang kasus terbuka: {0}; memiliki tindakan terbuka di: {1}. Semuanya pindah ke orang yang dipilih.",
        .adminHoldsNothing: "Tidak ada kasus atau tindakan terbuka untuk diserahkan.",
        .adminHintDate: "2026-12-01, 01/12/2026, hari ini, kemarin",
        .adminHintDestination: "Untuk mutasi: sekolah tujuan; guru BK disarankan merujuk lanjut.",
        .adminHintFile: "Unduhan Dapodik (.xlsx, .xls) atau daftar kelas (.csv), sebagai path di komputer ini.",
        .adminHintCaseload: "Kelas atau tingkat, dipisah spasi (VII VIII-B); kosong: semua kelas.",
        .adminHintHomeroom: "Kelas yang diwalikan; kosong: tidak ada.",
        .adminHintMissing: "Siswa yang ada di data tetapi tidak di berkas: tetap, atau ditandai keluar.",
        .adminHintHandover: "Siapa yang mengambil alih kasus dan tindakan terbukanya (langsung diberi tahu).",
        .adminYes: "ya", .adminNo: "tidak", .adminNobody: "tidak ada", .adminKeepMissing: "tetap", .adminMarkLeft: "tandai keluar: {0}", .adminBorn: "Tanggal Lahir",
        .adminReasonLulus: "lulus", .adminReasonMutasi: "mutasi (pindah sekolah)", .adminReasonKeluar: "keluar (putus sekolah)",
        .adminShortLulus: "lulus", .adminShortMutasi: "mutasi", .adminShortKeluar: "putus sekolah",
        .adminPreviewTitle: "Impor · {0}",
        .adminPreviewSummary: "{0} baru, {1} pindah kelas, {2} dikoreksi, {3} kembali, {4} tidak ada di berkas, {5} tidak pasti, {6} tetap.",
        .adminPreviewNew: "baru: {0}", .adminPreviewMove: "pindah: {0}: {1} → {2}", .adminPreviewCorrect: "koreksi: {0}: {1}",
        .adminPreviewBack: "kembali: {0}", .adminPreviewMissing: "tidak ada di berkas: {0}", .adminPreviewLeaves: "keluar ({1}): {0}",
        .adminPreviewUncertain: "baris {0}, {1}: tidak diterapkan: {2}",
        .adminPreviewMissingHint: "Siswa yang tidak ada di berkas tetap; pilih \"ditandai keluar\" di formulir untuk mencatatnya keluar.",
        .adminPreviewHint: "y terapkan semuanya sekaligus · Esc batal · j/k gulir",
        .adminPreviewNothing: "Tidak ada yang berubah: data siswa sudah sesuai dengan {0}.",
        .adminPreviewNothingHint: "y atau Esc menutup · j/k gulir",
        .adminPreviewSending: "Menerapkan…",
        .adminUncertainIDs: "nomornya menunjuk dua siswa, {0} dan {1}",
        .adminUncertainOtherNISN: "nama dan tanggal lahir sama dengan {0}, yang ber-NISN {1}",
        .adminUncertainName: "hanya namanya yang sama: {0}",
        .adminUncertainSameLine: "siswa yang sama dengan baris {0} ({1})",
        .adminFieldName: "Nama: ", .adminFieldClass: "Kelas: ", .adminFieldReason: "Alasan: ", .adminFieldDate: "Tanggal: ",
        .adminFieldDestination: "Ke sekolah: ", .adminFieldHomeroom: "Wali kelas: ", .adminFieldCaseload: "Binaan: ",
        .adminFieldHandover: "Serahkan ke: ", .adminFieldFile: "Berkas: ", .adminFieldMissing: "Tidak di berkas: ",
        .adminFieldRole: "{0}: ",
    ]
}
