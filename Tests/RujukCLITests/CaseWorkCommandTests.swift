import Foundation
import Testing

/// The case-work verbs end to end: what each writes, who is refused with which exit code,
/// and that confidential text reaches neither the journal nor a reader who may not read it.
@Suite struct CaseWorkCommandTests {
    func journal(_ cli: CLI) -> String {
        (try? String(contentsOfFile: cli.store + "/journal/000001.jsonl", encoding: .utf8)) ?? ""
    }

    func privateText(_ cli: CLI) -> String {
        (try? String(contentsOfFile: cli.store + "/private/000001.jsonl", encoding: .utf8)) ?? ""
    }

    @Test func aPlanActionReachesItsOwnerWhoMarksItDone() throws {
        let cli = CLI()
        defer { cli.remove() }
        try cli.run(["init", "--demo"])
        let added = try cli.run(["plan", "4", "--goal", "Dimas rukun dengan teman", "--action", "Latihan kerja kelompok",
                                 "--owner", "sari", "--due", "+7d", "--as", "budi"])
        #expect(added.status == 0, "\(added.err)")
        let actions = try cli.json(["actions", "--as", "sari"]) as! [[String: Any]]
        let mine = try #require(actions.first { $0["text"] as? String == "Latihan kerja kelompok" })
        #expect(mine["case"] as? Int == 4 && mine["overdue"] as? Bool == false)
        let id = try #require(mine["id"] as? Int)
        // Dewi is not on this case: for her it does not exist.
        #expect(try cli.run(["plan", "4", "--done", "\(id)", "--as", "dewi"]).status == 66)
        let done = try cli.run(["plan", "4", "--done", "\(id)", "--as", "sari"])
        #expect(done.status == 0 && done.out.contains("marked done"), "\(done.err)")
        let plan = try cli.json(["plan", "4", "--as", "budi"]) as! [String: Any]
        let item = (plan["actions"] as! [[String: Any]]).first { $0["id"] as? Int == id }
        #expect(item?["done"] as? Bool == true && item?["doneBy"] as? String == "sari")
        #expect((plan["goals"] as? [String]) == ["Dimas rukun dengan teman"])
    }

    @Test func refusalsHaveTheirExitCodesAndWriteNothing() throws {
        let cli = CLI()
        defer { cli.remove() }
        try cli.run(["init", "--demo"])
        let before = journal(cli)
        let sanction = try cli.run(["plan", "4", "--action", "Skorsing", "--owner", "agus", "--sanction", "--as", "budi"])
        #expect(sanction.status == 77 && sanction.err.contains("never by BK"), "\(sanction.err)")
        let tooEarly = try cli.run(["escalate", "4", "--level", "vice-student-affairs", "--reason", "Berkelahi", "--as", "budi"])
        #expect(tooEarly.status == 65 && tooEarly.err.contains("parents"), "\(tooEarly.err)")
        let noAgency = try cli.run(["escalate", "4", "--level", "outside-agency", "--reason", "Asesmen", "--parents-contacted", "Telepon", "--as", "budi"])
        #expect(noAgency.status == 65 && noAgency.err.contains("--agency"), "\(noAgency.err)")
        #expect(try cli.run(["service", "4", "--type", "ngobrol", "--as", "budi"]).status == 64)
        // Not before the case was opened: said with the day it was.
        let early = try cli.run(["service", "4", "--type", "konseling-perorangan", "--date", "2026-01-05", "--as", "budi"])
        #expect(early.status == 65 && early.err.contains("before the case was opened"), "\(early.err)")
        #expect(try cli.run(["service", "4", "--type", "mediasi", "--as", "sari"]).status == 77)
        #expect(try cli.run(["plan", "4", "--review-date", "minggu depan", "--as", "budi"]).status == 64)
        #expect(journal(cli) == before)
        // With the contact recorded in the same command, the vice principal takes the case.
        let up = try cli.run(["escalate", "4", "--level", "vice-student-affairs", "--reason", "Berkelahi", "--parents-contacted", "Telepon ayah", "--as", "budi"])
        #expect(up.status == 0, "\(up.err)")
        let shown = try cli.json(["show", "4", "--as", "sari"]) as! [String: Any]
        #expect(shown["level"] as? String == "viceStudentAffairs")
        #expect((shown["parentContacts"] as? [[String: Any]])?.first?["how"] as? String == "Telepon ayah")
    }

    @Test func confidentialWorkStaysInPrivateAndIsRedactedForTheTeacher() throws {
        let cli = CLI()
        defer { cli.remove() }
        try cli.run(["init", "--demo"])
        // Confidential text given on the command line, where `ps` shows it to everyone, is refused.
        for inline in [["service", "4", "--type", "konsultasi", "--notes", "RAHASIA", "--as", "budi"],
                       ["conference", "4", "--attendee", "budi", "--decisions", "RAHASIA", "--as", "budi"],
                       ["visit", "4", "--met", "Ibu", "--findings", "RAHASIA", "--as", "budi"],
                       ["reply", "4", "RAHASIA", "--visibility", "bkOnly", "--as", "budi"]] {
            let r = try cli.run(inline)
            #expect(r.status == 64 && r.err.contains("command line"), "\(inline)")
        }
        #expect(!privateText(cli).contains("RAHASIA\""))
        #expect(try cli.run(["service", "4", "--type", "konseling-perorangan", "--format", "individual", "--minutes", "40",
                             "--notes", "-", "--as", "budi"], stdin: "RAHASIA-LAYANAN").status == 0)
        let conference = try cli.run(["conference", "4", "--attendee", "budi", "--attendee", "Ibu Dimas (orang tua)",
                                      "--decisions", "-", "--action", "Awasi saat istirahat", "--owner", "sari",
                                      "--due", "+3d", "--as", "budi"], stdin: "RAHASIA-KONFERENSI")
        #expect(conference.status == 0, "\(conference.err)")
        #expect(try cli.run(["visit", "4", "--met", "Ibu", "--findings", "-", "--as", "budi"], stdin: "RAHASIA-KUNJUNGAN").status == 0)
        #expect(try cli.run(["review", "4", "--horizon", "laiseg", "--rating", "4", "--note", "Lebih tenang", "--as", "sari"]).status == 0)
        for secret in ["RAHASIA-LAYANAN", "RAHASIA-KONFERENSI", "RAHASIA-KUNJUNGAN"] {
            #expect(!journal(cli).contains(secret), "\(secret) in the journal")
            #expect(privateText(cli).contains(secret), "\(secret) not in private/")
        }
        let forSari = try cli.json(["show", "4", "--as", "sari"]) as! [String: Any]
        let service = (forSari["services"] as! [[String: Any]])[0]
        #expect(service["notes"] is NSNull && service["redacted"] as? Bool == true && service["format"] as? String == "individual")
        let conf = (forSari["conferences"] as! [[String: Any]])[0]
        #expect(conf["decisions"] is NSNull && (conf["attendees"] as? [[String: String]])?.count == 2)
        #expect((forSari["plan"] as! [[String: Any]]).contains { $0["text"] as? String == "Awasi saat istirahat" && $0["owner"] as? String == "sari" })
        let forBudi = try cli.json(["show", "4", "--as", "budi"]) as! [String: Any]
        #expect((forBudi["visits"] as! [[String: Any]])[0]["findings"] as? String == "RAHASIA-KUNJUNGAN")

        // The cumulative record says the same, per reader; Dewi is not on Dimas's case at all.
        let record = try cli.json(["record", "Dimas Saputra", "--as", "sari"]) as! [[String: Any]]
        let kinds = Set(record.compactMap { $0["kind"] as? String })
        #expect(kinds.isSuperset(of: ["opened", "flag", "service", "conference", "homeVisit", "review", "planAction"]))
        #expect(!String(data: try JSONSerialization.data(withJSONObject: record), encoding: .utf8)!.contains("RAHASIA"))
        #expect((try cli.json(["record", "Dimas Saputra", "--as", "dewi"]) as! [Any]).isEmpty)
        let text = try cli.run(["record", "Dimas Saputra", "--as", "budi", "--lang", "id"])
        #expect(text.status == 0 && text.out.contains("Buku pribadi Dimas Saputra") && text.out.contains("RAHASIA-KUNJUNGAN"))
    }
}
