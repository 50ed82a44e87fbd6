import RujukDomain
import RujukUI

/// What a change in the audit trail was, in words: one exhaustive switch per language, so a
/// new kind of event does not compile until both languages say it.
enum EventWords {
    static func describe(_ kind: EventKind, _ language: Language) -> String {
        language == .id ? indonesian(kind) : english(kind)
    }

    /// The journal's name, worded; a name this version does not know is shown as it is, cleaned.
    static func describe(typeName: String, _ language: Language) -> String {
        EventKind(rawValue: typeName).map { describe($0, language) } ?? CaseText.clean(typeName)
    }

    static func english(_ kind: EventKind) -> String {
        switch kind {
        case .staffAdded: "staff member added"
        case .pinSet: "PIN set"
        case .studentAdded: "student added"
        case .caseOpened: "case opened"
        case .flagAdded: "flag added"
        case .pickedUp: "picked up"
        case .assigned: "assigned"
        case .messagePosted: "message posted"
        case .goalAdded: "plan goal added"
        case .planItemAdded: "plan action added"
        case .planItemDone: "plan action done"
        case .planReviewSet: "plan review date set"
        case .serviceLogged: "service recorded"
        case .reviewRecorded: "evaluation recorded"
        case .escalated: "level changed"
        case .parentsContacted: "parents' contact recorded"
        case .referralOutcome: "outside referral's outcome recorded"
        case .conferenceHeld: "case conference recorded"
        case .homeVisited: "home visit recorded"
        case .closed: "case closed"
        case .reopened: "case reopened"
        case .summaryUpdated: "summary for the referrer updated"
        case .threadRead: "thread read"
        case .studentChanged: "student changed"
        case .studentLeft: "student left"
        case .studentReturned: "student returned"
        case .staffChanged: "staff member changed"
        case .staffLeft: "staff member left"
        case .yearStarted: "school year started"
        case .triaged: "urgency, area or concern changed"
        case .schoolSet: "school settings changed"
        case .narrativeWritten: "report narrative written"
        }
    }

    static func indonesian(_ kind: EventKind) -> String {
        switch kind {
        case .staffAdded: "staf ditambahkan"
        case .pinSet: "PIN diatur"
        case .studentAdded: "siswa ditambahkan"
        case .caseOpened: "kasus dibuka"
        case .flagAdded: "laporan ditambahkan"
        case .pickedUp: "diambil"
        case .assigned: "diserahkan"
        case .messagePosted: "pesan dikirim"
        case .goalAdded: "tujuan program ditambahkan"
        case .planItemAdded: "langkah program ditambahkan"
        case .planItemDone: "langkah program selesai"
        case .planReviewSet: "tanggal evaluasi program diatur"
        case .serviceLogged: "layanan dicatat"
        case .reviewRecorded: "evaluasi dicatat"
        case .escalated: "jenjang diubah"
        case .parentsContacted: "kontak orang tua dicatat"
        case .referralOutcome: "hasil alih tangan dicatat"
        case .conferenceHeld: "konferensi kasus dicatat"
        case .homeVisited: "kunjungan rumah dicatat"
        case .closed: "kasus ditutup"
        case .reopened: "kasus dibuka kembali"
        case .summaryUpdated: "ringkasan untuk guru perujuk diperbarui"
        case .threadRead: "percakapan dibaca"
        case .studentChanged: "data siswa diubah"
        case .studentLeft: "siswa keluar"
        case .studentReturned: "siswa kembali"
        case .staffChanged: "data staf diubah"
        case .staffLeft: "staf berhenti"
        case .yearStarted: "tahun ajaran dimulai"
        case .triaged: "urgensi, bidang, atau masalah diubah"
        case .schoolSet: "pengaturan sekolah diubah"
        case .narrativeWritten: "uraian laporan ditulis"
        }
    }
}
