import RujukDomain
import RujukStore
import RujukUI

extension Indonesian: CLIWording {
    func cli(_ text: CLIText) -> String {
        switch text {
        case .caseOpenedFor(let a0, let a1, let a2): "Kasus #\(a0) dibuka untuk \(a1) (\(a2))."
        case .flagAddedTo(let a0, let a1, let a2, let a3): "Rujukan Anda ditambahkan ke kasus #\(a0) untuk \(a1) (\(a2)), yang terbuka sejak \(a3)."
        case .createdDemo(let a0, let a1): "Sekolah demo \(a0) dibuat di \(a1); buka dengan `rujuk demo`."
        case .createdSchool(let a0, let a1, let a2): "\(a0) dibuat di \(a1) dengan Anda (\(a2)) sebagai admin; tambahkan guru dengan `rujuk staff add`."
        case .pickedUp(let a0): "Anda mengambil kasus #\(a0)."
        case .assignedTo(let a0, let a1): "Kasus #\(a0) sekarang dipegang \(a1)."
        case .posted(let a0, let a1): "Terkirim ke kasus #\(a0)\(a1)."
        case .closedAs(let a0, let a1): "Kasus #\(a0) ditutup dengan hasil \(a1)."
        case .reopened(let a0): "Kasus #\(a0) dibuka kembali."
        case .checkOK(let a0, let a1, let a2): "OK: \(a0) kejadian dalam \(a1) segmen jurnal, \(a2) catatan rahasia."
        case .checkProblem(let a0): "Masalah: \(a0)"
        case .checkFailed(let a0, let a1): "Penyimpanan di \(a0) memiliki \(a1) masalah, tercantum di atas."
        case .imported(let a0, let a1): "\(a0) siswa diimpor dari \(a1)."
        case .noStudentMatches: "Tidak ada siswa yang cocok."
        case .studentAdded(let a0, let a1): "\(a0) (\(a1)) ditambahkan."
        case .staffAdded(let a0, let a1, let a2): "\(a0) (\(a1)) ditambahkan sebagai \(a2)."
        case .pinSet(let a0): "PIN untuk \(a0) sudah diatur."
        case .noCasesHere: "Tidak ada kasus."
        case .noMessagesYet(let a0): "Belum ada pesan pada kasus #\(a0)."
        case .notUTF8Stdin: "Pesan dari masukan standar bukan teks UTF-8; tidak ada yang dikirim."
        case .cannotReadFile(let a0): "\(a0) tidak dapat dibaca; periksa lokasinya."
        case .fileNotUTF8(let a0): "\(a0) bukan teks UTF-8; simpan sebagai CSV UTF-8 lalu coba lagi."
        case .notCSV(let a0, let a1): "\(a0) bukan CSV yang dapat dibaca: \(a1); perbaiki lalu coba lagi."
        case .csvNeedsHeader(let a0): "\(a0) memerlukan baris judul dengan kolom nama (atau name) dan kolom kelas (atau class, rombel)."
        case .badRows(let a0, let a1, let a2): "\(a0) memiliki \(a1) baris yang salah, jadi tidak ada yang diimpor: \(a2)"
        case .noStaffMember(let a0): "Tidak ada guru/staf '\(a0)'; `rujuk staff` menampilkan daftarnya."
        case .pinsDiffer: "Kedua PIN berbeda; tidak ada yang diubah, coba lagi."
        case .noVisibleCase(let a0): "Tidak ada kasus #\(a0) yang dapat Anda lihat; `rujuk queue --all` menampilkan kasus Anda."
        case .noStudentLike(let a0, let a1): "Tidak ada siswa yang cocok dengan '\(a0)'; cari dengan sebagian nama atau awal NISN, misalnya `rujuk students \(a1)`."
        case .severalStudents(let a0, let a1, let a2): "'\(a0)' cocok dengan \(a1) siswa: \(a2); berikan NISN atau nama lengkap."
        case .notStaff(let a0, let a1): "Anda (\(a0)) tidak terdaftar sebagai guru/staf di \(a1); pilih siapa Anda dengan --as LOGIN, atau minta admin menambahkan Anda."
        case .notStaffDemoHint(let a0, let a1): "Anda (\(a0)) tidak terdaftar sebagai guru/staf di \(a1); pilih siapa Anda dengan --as LOGIN (misalnya `--as sari` atau `--as budi`)."
        case .unknownStaff(let a0, let a1): "Tidak ada guru/staf '\(a0)' di \(a1); `rujuk staff` menampilkan daftarnya."
        case .noPinYet(let a0, let a1): "\(a0) belum memiliki PIN, jadi tidak ada orang lain yang dapat bertindak atas namanya; minta admin menjalankan `rujuk staff set-pin \(a1)`."
        case .wrongPin(let a0): "PIN untuk \(a0) salah; coba lagi."
        case .noTerminalForPin(let a0): "PIN diperlukan tetapi tidak ada terminal untuk menanyakannya; atur \(a0) untuk skrip."
        case .cannotReadPin: "PIN tidak dapat dibaca dari terminal; coba lagi."
        case .pinPrompt(let a0): "PIN untuk \(a0): "
        case .newPinPrompt(let a0): "PIN baru untuk \(a0): "
        case .againPrompt: "Ulangi: "
        case .chooseWithAs: "Pilih siapa Anda dengan --as LOGIN (misalnya --as sari atau --as budi)."
        case .noAnswer: "Tidak ada jawaban; mulai lagi dengan --as LOGIN."
        case .notADemoPerson(let a0, let a1): "'\(a0)' bukan salah satu tokoh demo; mulai lagi dan pilih angka 1 sampai \(a1)."
        case .whoAreYou(let a0): "Siapa Anda di \(a0)?"
        case .numberOrLogin: "Angka atau login: "
        case .notDemoStore(let a0): "\(a0) bukan penyimpanan demo, jadi --reset tidak akan menghapusnya."
        case .themeMissing(let a0, let a1): "Tidak ada tema bernama '\(a0)' (dicari di \(a1)); memakai tema bawaan."
        case .themeUnreadable(let a0): "Tema \(a0) tidak dapat dibaca; memakai tema bawaan."
        case .themeSyntax(let a0, let a1, let a2): "Tema \(a0) baris \(a1): \(a2); memakai tema bawaan."
        case .themeNotTable(let a0, let a1, let a2): "Tema \(a0) baris \(a1): styles.\"\(a2)\" harus berupa tabel; memakai tema bawaan."
        case .themeBadValue(let a0, let a1, let a2): "Tema \(a0) baris \(a1): \(a2) Memakai tema bawaan."
        case .headerNumber: "#"
        case .headerStatus: "STATUS"
        case .headerUrgency: "URGENSI"
        case .headerStudent: "SISWA"
        case .headerClass: "KELAS"
        case .headerFlags: "RUJUKAN"
        case .headerCounsellor: "GURU BK"
        case .headerAge: "LAMA"
        case .showStatusLine(let a0, let a1, let a2, let a3, let a4): "Status \(a0) · urgensi \(a1) · bidang \(a2) · masalah \(a3) · jenjang \(a4)"
        case .showCounsellor(let a0): "Guru BK: \(a0)"
        case .notPickedUpYet: "belum diambil"
        case .flagsHeading: "Rujukan"
        case .triedLabel: "Sudah dicoba: "
        case .parentsInformed: " · orang tua sudah diberi tahu"
        case .planHeading: "Penanganan (program, layanan, evaluasi, jenjang)"
        case .reviewBy(let a0): " (evaluasi paling lambat \(a0))"
        case .dueLabel(let a0): ", batas \(a0)"
        case .servicesHeading: "Layanan"
        case .reviewsHeading: "Evaluasi"
        case .threadHeading(let a0, let a1): "Percakapan (\(a0) pesan; `rujuk thread \(a1)` menampilkannya)"
        case .closedLine(let a0, let a1): "Ditutup \(a0) · hasil \(a1)"
        case .summaryForReferrer: "Ringkasan untuk guru perujuk: "
        case .caseHeader(let a0, let a1, let a2, let a3): "Kasus #\(a0) · \(a1) (\(a2), NISN \(a3))"
        case .rowProblem(let a0, let a1): "baris \(a0): \(a1)"
        case .cannotReadEntry(let a0): "[catatan \(a0): Anda tidak dapat membaca isinya]"
        case .dumbTerminal(let a0): "Terminal ini (TERM=\(a0)) tidak dapat menampilkan antarmuka Rujuk; gunakan terminal seperti xterm atau tmux, atau baris perintah (`rujuk queue`)."
        case .notATerminal: "Antarmuka Rujuk memerlukan terminal; gunakan baris perintah (`rujuk queue`) dalam skrip."
        case .unknownTerminal(let a0): "Jenis terminal '\(a0)' tidak dikenal di sini; atur TERM ke xterm-256color atau pasang entri terminfo-nya."
        case .planDone(let a0, let a1): "Langkah \(a1) pada kasus #\(a0) ditandai selesai."
        case .planChanged(let a0): "Program bantuan kasus #\(a0) diperbarui."
        case .noPlanYet(let a0): "Kasus #\(a0) belum memiliki program bantuan; tambahkan tujuan dengan --goal atau langkah dengan --action."
        case .noActions: "Anda tidak memiliki tugas terbuka."
        case .dueOn(let a0): "tenggat \(a0)"
        case .overdueMark: "LEWAT TENGGAT"
        case .observationWanted(let a0, let a1): "pengamatan \(a0) Anda diminta (rujuk review \(a1) --horizon \(a0))"
        case .serviceLogged(let a0): "Layanan tercatat pada kasus #\(a0)."
        case .reviewRecorded(let a0): "Evaluasi tercatat pada kasus #\(a0)."
        case .parentsRecorded(let a0): "Kontak dengan orang tua tercatat pada kasus #\(a0)."
        case .levelChanged(let a0, let a1): "Kasus #\(a0) sekarang di jenjang \(a1)."
        case .referralRecorded(let a0): "Hasil rujukan tercatat pada kasus #\(a0)."
        case .conferenceRecorded(let a0, let a1, let a2): "Konferensi kasus tercatat pada kasus #\(a0): \(a1) peserta, \(a2) langkah ditambahkan ke program."
        case .visitRecorded(let a0): "Kunjungan rumah tercatat pada kasus #\(a0)."
        case .recordHeader(let a0, let a1, let a2, let a3): "Buku pribadi \(a0) (\(a1), NISN \(a2)); kasus yang boleh Anda lihat: \(a3)"
        case .recordNothing: "Tidak ada catatan yang boleh Anda lihat."
        case .auditNotAllowed: "Hanya guru BK dan kepala sekolah yang dapat membaca audit."
        case .auditOpeningsHidden(let a0, let a1): "Pembukaan catatan rahasia tidak dicantumkan: akun Anda tidak dapat membaca \(a0) (grup \(a1))."
        case .auditNothing: "Tidak ada yang cocok di audit."
        case .auditOpened(_, let a1): "membuka catatan rahasia: \(a1)"
        case .chainNotReadable(let a0): "\(a0) tidak diperiksa: akun Anda tidak dapat membacanya."
        case .chainIntact(let a0, let a1, _, let a3, let a4): "\(a0) \(a1) baris, rantai hash utuh; ujung \(a3) pada \(a4) (catat keduanya: `rujuk audit verify --contains UJUNG` nanti memberi tahu apakah ada yang berubah sebelumnya)."
        case .chainBroken(let a0, let a1, let a2, let a3, let a4): "\(a0) \(a1) baris, rantai hash putus di \(a2) tempat (\(a3), \(a4))."
        case .chainLegacy(let a0): "  \(a0) baris awal ditulis sebelum ada rantai dan tidak dapat diperiksa."
        case .chainFailed(let a0, let a1): "Rantai hash penyimpanan di \(a0) putus di \(a1) tempat, tercantum di atas; tidak ada yang diubah. Pulihkan berkas yang disebut dari cadangan dan tanyakan siapa yang menyuntingnya."
        case .motdNew(let a0): "\(a0) rujukan baru"
        case .motdUnread(let a0): "\(a0) percakapan belum dibaca"
        case .motdActions(let a0): "\(a0) tugas menunggu"
        case .motdLine(let a0): "Rujuk: \(a0) — ketik rujuk"
        case .createdSharedSchool(let a0, let a1, let a2, let a3, let a4): "\(a0) dibuat di \(a1) dengan Anda (\(a2)) sebagai admin, dibagi dengan grup \(a3); catatan rahasia hanya untuk grup \(a4). Tambahkan guru dengan `rujuk staff add`."
        case .privateHidden(let a0, let a1): "Catatan rahasia disembunyikan: akun Unix Anda tidak dapat membaca \(a0) (grup \(a1)); minta admin sekolah menambahkan Anda ke grup itu."
        case .checkPrivateSkipped: "private/ tidak diperiksa: akun Anda tidak dapat membacanya (jalankan `rujuk check` sebagai guru BK)."
        case .sameGroups: "--group dan --bk-group harus berbeda: private/ hanya untuk grup BK."
        case .cannotCreateStore(let a0, let a1, let a2): "Anda tidak dapat membuat \(a0): pilih direktori yang boleh Anda tulisi dengan --store, atau minta admin server membuatkannya (`sudo install -d -o \(a2) \(a1)`)."
        case .pinUnlocked(let a0): "PIN \(a0) bisa dicoba lagi."
        case .auditPinRefused(let a0): "PIN salah untuk \(a0)"
        case .secretOnCommandLine: "Teks rahasia tidak boleh ditulis di baris perintah, karena semua pengguna mesin ini bisa membacanya; beri - lalu tulis teksnya lewat input standar (misalnya `rujuk reply N - --confidential < catatan.txt`)."
        case .stdinTooLarge(let a0): "Input standar berisi lebih dari \(a0) KiB; satu catatan tidak boleh sepanjang itu (tidak ada yang disimpan)."
        case .backedUp(let a0, let a1, let a2, let a3): "\(a0) dicadangkan ke \(a1): \(a2) segmen, \(a3) bita baru."
        case .restored(let a0, let a1): "\(a0) dipulihkan ke \(a1); jalankan `rujuk check` untuk memastikan."
        case .headFound(let a0): "Ujung \(a0) masih ada dalam rantai: tidak ada yang ditulis sebelumnya diubah, dihapus, atau dipotong."
        case .headMissing(let a0): "Ujung \(a0) tidak ada dalam rantai mana pun: baris yang ditulis sebelumnya diubah, dihapus, atau dipotong sejak dicatat (atau milik data lain); pulihkan dari cadangan yang lebih lama."
        case .rosterOldExcel(let a0): "\(a0) adalah berkas Excel biner lama; buka di Excel, simpan sebagai .xlsx atau CSV, lalu impor berkas itu."
        case .rosterUnreadable(let a0, let a1, let a2, let a3): "\(a0) tidak dapat dibaca sebagai \(a1) (\(a2)\(a3)); buka di Excel, simpan ulang, lalu impor berkas itu."
        case .rosterNoHeader(let a0, let a1, let a2): "\(a0) tidak memiliki baris judul dengan kolom nama dan kolom kelas dalam 30 baris pertamanya; kolom yang ada: \(a1); yang dicari: \(a2)."
        case .rosterAmbiguous(let a0, let a1, let a2): "\(a0) memiliki beberapa kolom \(a1) (\(a2)); hapus semua kecuali satu lalu impor lagi."
        case .syncSummary(let a0, let a1, let a2, let a3, let a4, let a5, let a6, let a7): "\(a0): \(a1) baru, \(a2) pindah kelas, \(a3) diperbaiki, \(a4) kembali, \(a5) tidak ada di berkas, \(a6) belum pasti, \(a7) tetap."
        case .syncNew(let a0): "  baru       \(a0)"
        case .syncMove(let a0, let a1, let a2): "  pindah     \(a0): \(a1) → \(a2)"
        case .syncCorrect(let a0, let a1): "  diperbaiki \(a0): \(a1)"
        case .syncReturn(let a0): "  kembali    \(a0)"
        case .syncUncertain(let a0, let a1, let a2): "  belum pasti baris \(a0), \(a1): \(a2); tidak diterapkan"
        case .syncMissing(let a0): "  tidak ada di berkas \(a0)"
        case .syncLeaves(let a0, let a1): "  keluar     \(a0) (\(a1))"
        case .syncMissingHint: "Siswa yang tidak ada di berkas tetap terdaftar; --missing-left lulus|mutasi|keluar mencatat mereka sebagai keluar."
        case .uncertainIDs(let a0, let a1): "NISN-nya milik \(a0), NIPD-nya milik \(a1); perbaiki yang salah dengan `rujuk students set`"
        case .uncertainOtherNISN(let a0, let a1): "cocok dengan \(a0), yang NISN-nya \(a1); periksa NISN mana yang benar"
        case .uncertainName(let a0): "namanya sama dengan \(a0), tanpa tanggal lahir untuk membedakan; tambahkan NISN dengan `rujuk students set` lalu impor lagi"
        case .uncertainSameLine(let a0, let a1): "siswa yang sama dengan baris \(a0), \(a1)"
        case .syncDryRun: "Uji coba: tidak ada yang diubah; jalankan lagi dengan --apply untuk menerapkan perubahan ini."
        case .syncAsk: "Terapkan perubahan ini? [y/T] "
        case .syncNeedsApply: "Tidak ada yang diubah: perubahan ini memerlukan --apply (atau jawab y di terminal)."
        case .syncApplied(let a0, let a1): "\(a0) perubahan daftar siswa dari \(a1) diterapkan."
        case .syncNothing(let a0): "Daftar siswa sudah sesuai dengan \(a0); tidak ada yang diubah."
        case .progressReading(let a0, let a1): "membaca \(a0) (\(a1) KB)"
        case .progressRead(let a0): "\(a0) siswa dibaca dan diperiksa; membandingkan dengan daftar siswa"
        case .progressWriting(let a0): "memeriksa dan menulis \(a0) perubahan sebagai satu langkah"
        case .handoverFromColleague(let a0, let a1, let a2): "Diserahkan kepada Anda oleh \(a0) (keluar \(a1)): kasus \(a2); `rujuk show N` untuk masing-masing."
        case .handoverHomeroom(let a0, let a1, let a2): "Kelas Anda \(a0) pada \(a1): kasus terbuka \(a2); `rujuk show N` untuk masing-masing."
        case .handoverReview(let a0): "evaluasi berikutnya \(a0)"
        case .handoverActions(let a0): "\(a0) tindakan terbuka"
        case .staffNIP(let a0, let a1, let a2): "  NIP        \(a0) (\(a1)): \(a2)"
        case .staffNew(let a0, let a1, let a2): "  baru       \(a0) (\(a1)) sebagai \(a2)"
        case .staffUnknown(let a0, let a1, let a2, let a3): "  belum terdaftar baris \(a0), \(a1): tambahkan dengan `rujuk staff add LOGIN --name \"\(a1)\" --role \(a2)\(a3)`, atau beri kolom login"
        case .rosterChangedMeanwhile: "Daftar siswa berubah saat berkas ini dibaca (impor lain?); membandingkan lagi."
        case .leftMark(let a0, let a1): "keluar \(a1) (\(a0))"
        case .studentChanged(let a0, let a1): "Data \(a0) (\(a1)) diperbarui."
        case .studentLeftDone(let a0, let a1, let a2, let a3): "\(a0) (\(a1)) meninggalkan sekolah pada \(a2) (\(a3)); catatannya tetap disimpan."
        case .studentReturnedDone(let a0, let a1): "\(a0) kembali, di \(a1)."
        case .openCasesOfLeaver(let a0, let a1): "Kasus terbuka #\(a0) (guru BK: \(a1)): tutup, atau alih tangankan."
        case .mutasiHint(let a0, let a1): "Untuk pindah sekolah: `rujuk escalate \(a0) --level outside-agency --agency \"\(a1)\" --reason … --letter-date \"hari ini\"`."
        case .nothingToChange(let a0): "Tidak ada yang diubah untuk \(a0); sebutkan yang berbeda (lihat --help)."
        case .staffChanged(let a0, let a1, let a2): "Data \(a0) (\(a1)) diperbarui: \(a2)."
        case .staffLeftDone(let a0, let a1): "\(a0) (\(a1)) sudah keluar: aksesnya berakhir; riwayatnya tetap atas namanya."
        case .handedOver(let a0, let a1, let a2): "Diserahkan kepada \(a0): kasus \(a1); tindakan pada kasus \(a2)."
        case .staffLeftMark(let a0): "keluar \(a0)"
        case .yearStarted(let a0, let a1, let a2, let a3, let a4, let a5): "Tahun pelajaran \(a0) dimulai: \(a1) naik kelas, \(a2) lulus, \(a3) baru, \(a4) keluar; wali kelas dan binaan: \(a5) perubahan."
        case .yearShow(let a0, let a1, let a2, let a3, let a4): "Tahun pelajaran \(a0): \(a1) sampai \(a2); semester 1 (ganjil) \(a1) sampai \(a3); semester 2 (genap) \(a4) sampai \(a2)."
        case .yearNone: "Belum ada tahun pelajaran yang dimulai; mulai dengan `rujuk year start TTTT/TTTT --promote` atau `--roster BERKAS`."
        case .yearPromotes(let a0, let a1, let a2): "  naik kelas \(a0) → \(a1): \(a2) siswa"
        case .yearGraduates(let a0, let a1): "  lulus      \(a0): \(a1) siswa"
        case .yearStaleHomeroom(let a0, let a1, let a2): "  wali kelas \(a0) (\(a1)) adalah wali kelas \(a2), yang tidak akan memiliki siswa; atur dengan --assignments BERKAS"
        case .yearStaleCaseload(let a0, let a1, let a2): "  binaan     \(a0) (\(a1)) membina \(a2), yang tidak akan memiliki siswa; atur dengan --assignments BERKAS"
        case .yearTemplateWritten(let a0): "\(a0) ditulis: satu baris per guru/staf (login;wali kelas;binaan); isi lalu berikan dengan --assignments."
        case .yearAssignment(let a0, let a1, let a2, let a3): "  penugasan  \(a0) (\(a1)): wali kelas \(a2), binaan \(a3)"
        case .accessEnded(let a0, let a1): "\(a0) meninggalkan sekolah pada \(a1); aksesnya sudah berakhir. Hubungi admin sekolah jika ini keliru."
        case .yearIntake(let a0, let a1): "  baru       \(a0): \(a1) siswa"
        case .outcomeOnlyShared: "BK memilih hanya menyampaikan hasilnya kepada guru perujuk, tanpa ringkasan."
        case .openCaseOf(let a0): "  kasus terbuka #\(a0)"
        case .triaged(let a0, let a1, let a2, let a3): "Kasus #\(a0) kini \(a1), bidang \(a2), masalah: \(a3)."
        case .createdDemoAt(let a0, let a1, let a2): "Sekolah demo \(a0) dibuat di \(a1); buka dengan `rujuk --store \(a2)`."
        case .andMore(let a0, let a1): "\(a0) dan \(a1) lainnya"
        case .labelHomeroom(let a0): "wali kelas \(a0)"
        case .labelCaseload(let a0): "binaan \(a0)"
        case .labelPINSet: "PIN sudah diatur"
        case .caseloadAll: "semua"
        case .configSyntax(let a0, let a1, let a2): "\(a0) baris \(a1): \(a2); pengaturannya tidak dipakai sampai berkas itu diperbaiki."
        case .configUnreadable(let a0): "\(a0) tidak dapat dibaca sebagai teks UTF-8; pengaturannya tidak dipakai sampai berkas itu diperbaiki."
        case .draftNotSaved(let a0, let a1): "Tulisan yang belum terkirim tidak dapat disimpan di \(a0) (\(a1)); salin dulu sebelum Anda pergi."
        case .yearAskAssignments: "Atur wali kelas dan binaan tahun ajaran baru sekarang? [Y/n] "
        case .yearAskIntro(let a0): "Untuk tiap orang: Enter mempertahankan isi dalam kurung, - mengosongkannya. Kelas di tahun ajaran baru: \(a0)"
        case .yearAskPerson(let a0, let a1): "\(a0) (\(a1)):"
        case .yearAskHomeroom(let a0): "  wali kelas [\(a0)]: "
        case .yearAskCaseload(let a0): "  binaan, kelas atau tingkat dipisah spasi [\(a0)]: "
        case .yearAskBadClass(let a0): "  '\(a0)' bukan kelas atau tingkat (tulis seperti VII-A, Kelas 7A atau VIII); coba lagi."
        case .yearAskNone: "tidak ada"
        case .yearAskAll: "semua kelas"
        case .progressPlanningYear: "merencanakan tahun ajaran baru: kenaikan kelas, kelulusan, siswa baru dan yang keluar"
        case .noStoreButDemo(let a0, let a1): "Tidak ada penyimpanan Rujuk di \(a0); sekolah demo ada di \(a1): tambahkan `--store \(a1)` (atau atur RUJUK_STORE), atau buat sekolah dengan `rujuk init --school NAMA`."
        case .reportNotWritten(let a0, let a1): "Tidak dapat menulis \(a0) (\(a1)); pilih folder yang boleh Anda tulisi (tidak ada yang ditulis)."
        case .reportEmpty(let a0): "Tidak ada yang tercatat pada periode ini; \(a0) menyatakannya, bukan tabel kosong."
        case .reportWritten(let a0): "\(a0) sudah ditulis."
        case .narrativeSaved(let a0, let a1): "\"\(a0)\" untuk \(a1) tersimpan; laporan mencetak teks terbaru."
        case .schoolShow(let a0, let a1, let a2, let a3, let a4, let a5): "Nama: \(a0)\nAlamat: \(a1)\nTempat penandatanganan: \(a2)\nInstansi: \(a3)\nLogo: \(a4)\nZona waktu: \(a5)"
        case .schoolSetDone: "Kop sekolah tersimpan; laporan mencetaknya mulai sekarang."
        case .logoNotPNG(let a0): "\(a0) bukan gambar PNG; simpan logonya sebagai PNG."
        case .noticeWeek(let a0, let a1, let a2): "Minggu ini: \(a0) rujukan baru, \(a1) ditangani, \(a2) tindak lanjut lewat tenggat. Buka Rujuk untuk rinciannya."
        case .noticeToday(let a0, let a1, let a2): "Hari ini: \(a0) rujukan baru, \(a1) ditangani, \(a2) tindak lanjut lewat tenggat. Buka Rujuk untuk rinciannya."
        case .notifyFailed(let a0): "notify_command tidak dapat dijalankan (\(a0)); perubahannya sendiri tersimpan."
        }
    }
}

/// The domain's refusals in Bahasa Indonesia (English is in `DomainMessage.english`).
enum DomainText {
    static let indonesian: [DomainMessage: String] = [
        .denied: "Tidak diizinkan.",
        .inClosedHistory: "Kasus #{0} ada di riwayat yang sudah ditutup.",
        .firstStaffMustBeAdmin: "Staf pertama sebuah sekolah harus admin-nya.",
        .notOnStaffList: "{0} tidak terdaftar sebagai guru/staf di sekolah ini; minta admin menambahkan Anda dengan `rujuk staff add`.",
        .noSuchCase: "Tidak ada kasus #{0}; `rujuk queue --all` menampilkan kasus yang dapat Anda lihat.",
        .emptyMessage: "Pesan masih kosong; tulis apa yang ingin Anda sampaikan.",
        .emptyNote: "Catatan yang Anda lihat masih kosong; tulis apa yang Anda lihat.",
        .emptyName: "Nama masih kosong; berikan nama lengkap.",
        .emptyStudentName: "Nama siswa masih kosong; berikan nama lengkap.",
        .emptyPlanAction: "Langkah program masih kosong; tulis apa yang harus dilakukan.",
        .emptyReason: "Alasan jenjang baru masih kosong; tulis alasannya.",
        .alreadyOnStaff: "{0} sudah terdaftar sebagai guru/staf.",
        .noSuchStaff: "Tidak ada guru/staf {0}; `rujuk staff` menampilkan daftarnya.",
        .studentIDExists: "Siswa dengan id {0} sudah ada.",
        .nisnExists: "Siswa dengan NISN {0} sudah ada.",
        .noSuchStudentID: "Tidak ada siswa dengan id {0}.",
        .caseNumberTaken: "Nomor kasus #{0} baru saja dipakai rekan Anda; coba lagi.",
        .studentHasOpenCase: "Siswa ini sudah memiliki kasus terbuka; rujuk lagi dan rujukan Anda bergabung ke kasus itu.",
        .notACounsellor: "{0} bukan guru BK; kasus hanya dapat ditugaskan kepada guru BK.",
        .noOwner: "Tidak ada guru/staf {0} untuk menjalankan langkah ini.",
        .noPlanAction: "Kasus #{0} tidak memiliki langkah program {1}.",
        .serviceTooShort: "Layanan berlangsung sekurang-kurangnya satu menit.",
        .ratingRange: "Nilai evaluasi dari 1 sampai 5.",
        .staleEdit: "Seseorang mengubah kasus #{0} saat Anda menyunting; baca ulang lalu ulangi perubahan Anda.",
        .badLogin: "Login adalah nama pengguna Unix: huruf kecil, angka, '.', '_' atau '-', paling banyak 32 karakter.",
        .badClass: "Kelas diawali tingkatnya, misalnya VIII-B, VIII B, 8B atau Kelas 8B; '{0}' tidak memiliki tingkat.",
        .badNISN: "NISN terdiri dari sepuluh angka; '{0}' bukan NISN.",
        .emptyGoal: "Tujuan masih kosong; tulis apa yang ingin dicapai bantuan ini.",
        .ownerNotOnCase: "{0} tidak terlibat dalam kasus #{1}; pelaksana langkah harus orang yang terlibat dalam kasus.",
        .parentsViaHomeroom: "Langkah bersama orang tua dijalankan oleh wali kelas siswa, yang berbicara dengan mereka.",
        .parentContactFirst: "Catat dulu kontak dengan orang tua (atau kunjungan rumah): wakasek menerima kasus hanya sesudahnya.",
        .referralNeedsAgency: "Alih tangan kasus memerlukan nama lembaga dan tanggal surat (--agency, --letter-date).",
        .alreadyAtLevel: "Kasus #{0} sudah ditangani pada jenjang ini.",
        .noReferral: "Kasus #{0} belum dirujuk ke lembaga luar; rujuk dulu.",
        .emptyHow: "Sebutkan bagaimana orang tua dihubungi (telepon, surat, pertemuan) dan kapan.",
        .noAttendees: "Konferensi kasus memerlukan daftar pesertanya.",
        .emptyFindings: "Temuan kunjungan rumah masih kosong; tulis apa yang Anda temukan.",
        .emptyDecisions: "Keputusan konferensi masih kosong; tulis apa yang diputuskan.",
        .emptyReferralOutcome: "Hasil rujukan masih kosong; tulis apa yang dilaporkan lembaga.",
        .nisnLostZeros: "NISN '{0}' hanya {1} angka; Excel membuang angka nol di depan: format kolomnya sebagai Teks lalu ekspor lagi.",
        .badDay: "'{0}' bukan tanggal; tulis sebagai TTTT-BB-HH.",
        .badNIP: "NIP terdiri dari 18 angka; '{0}' bukan NIP.",
        .badNIPD: "NIPD '{0}' kosong atau terlalu panjang; berikan nomor induk siswa dari sekolah.",
        .nipdExists: "NIPD {0} sudah dimiliki {1}; periksa nomornya.",
        .sameStudentExists: "{0}, lahir {1}, sudah ada di daftar siswa ({2}); perbaiki data itu, jangan menambah yang kedua.",
        .noRoles: "{0} memerlukan setidaknya satu peran.",
        .addedAsLeft: "{0} tidak dapat ditambahkan sebagai sudah keluar; tambahkan dulu, lalu catat keluarnya.",
        .studentHasLeft: "{0} meninggalkan sekolah pada {1}; catatannya dapat dibaca, tetapi tidak dapat dirujuk lagi.",
        .studentAlreadyLeft: "{0} sudah meninggalkan sekolah pada {1}.",
        .studentNotLeft: "{0} belum meninggalkan sekolah.",
        .staffHasLeft: "{0} sudah meninggalkan sekolah; pilih orang yang masih bekerja di sini.",
        .lastAdmin: "{0} adalah satu-satunya admin sekolah; jadikan orang lain admin terlebih dahulu.",
        .stillHoldsCases: "{0} masih memegang kasus terbuka {1}; serahkan dulu (`rujuk assign N LOGIN`).",
        .handoverNeeded: "{0} memegang {1} kasus terbuka dan {2} tindakan terbuka; sebutkan penerimanya dengan --handover-to LOGIN.",
        .badYear: "Tahun pelajaran ditulis TTTT/TTTT, misalnya 2027/2028; '{0}' bukan tahun pelajaran.",
        .yearDatesOrder: "Tanggal {0} tidak berurutan: awal tahun, lalu awal semester genap, lalu akhir tahun.",
        .yearNotAfter: "{0} tidak sesudah tahun pelajaran sekarang {1}.",
        .nisnTwiceInFile: "NISN {0} juga ada di baris {1}; tulis setiap siswa satu kali.",
        .nipdTwiceInFile: "NIPD {0} juga ada di baris {1}; tulis setiap siswa satu kali.",
        .badGender: "JK '{0}' bukan L atau P; tulis L (laki-laki) atau P (perempuan).",
        .badBirthDate: "Tanggal lahir '{0}' bukan tanggal; tulis sebagai TTTT-BB-HH atau hh/bb/tttt.",
        .emptyClass: "Kelas {0} kosong; isi kolom Rombel (kelas).",
        .nipAsNumber: "NIP '{0}' menjadi angka di Excel dan kehilangan digit terakhirnya; format kolomnya sebagai Teks lalu ekspor lagi.",
        .closeNeedsSummary: "Tulis ringkasan untuk guru perujuk (boleh singkat), atau pilih hanya mengirim hasilnya (--outcome-only).",
        .summaryOrOutcomeOnly: "Berikan ringkasan untuk guru perujuk atau --outcome-only, jangan keduanya.",
        .happenedInFuture: "Tanggal itu di masa depan; catat kegiatan setelah terjadi (hari ini, kemarin, -3d, 28/11/2026).",
        .emptyConcern: "Masalahnya masih kosong; sebutkan dalam beberapa kata tentang apa kasus ini.",
        .triageUnchanged: "Kasus #{0} sudah memiliki urgensi, bidang, dan masalah ini; ubah sekurang-kurangnya satu.",
        .noSuchCounsellor: "Tidak ada guru BK {0}; `rujuk staff` menampilkan daftar guru/staf dan perannya.",
        .badMonth: "'{0}' bukan bulan; tulis sebagai TTTT-BB, misalnya 2026-11.",
        .badSemester: "'{0}' bukan semester; tulis tahun pelajaran dan 1 (ganjil) atau 2 (genap), misalnya 2026/2027-1.",
        .badRange: "Periode dari {0} sampai {1} kosong atau terbalik; berikan hari pertama, lalu hari terakhir (TTTT-BB-HH).",
        .onlyAdminSetsSchool: "Hanya admin sekolah yang dapat mengubah nama, alamat, logo, dan zona waktu sekolah.",
        .badTimeZone: "'{0}' bukan zona waktu; gunakan Asia/Jakarta (WIB), Asia/Makassar (WITA) atau Asia/Jayapura (WIT).",
        .logoTooLarge: "Logo paling besar {0} KiB; simpan lebih kecil (logo kop cukup sekitar 300 piksel).",
        .onlyCounsellorWritesNarrative: "Hanya guru BK yang menulis uraian laporannya.",
        .emptyNarrative: "Bagian ini kosong; tulis teksnya lewat masukan standar.",
    ]
}

/// The store's failures in Bahasa Indonesia (English is in `StoreMessage.english`).
enum StoreText {
    static let indonesian: [StoreMessage: String] = [
        .badPIN: "PIN terdiri dari {0} sampai 12 angka; pilih yang lain.",
        .wrongPIN: "Itu bukan PIN {0}; masih {1} kali coba sebelum PIN dikunci.",
        .pinWait: "Terlalu banyak PIN salah untuk {0}; tunggu {1} detik lalu coba lagi.",
        .pinLockedOut: "PIN {0} dikunci karena terlalu sering salah; minta admin sekolah membukanya (`rujuk staff unlock {0}`).",
        .pinTooShortNow: "PIN {0} kurang dari {1} angka; buat PIN baru dulu dengan `rujuk staff set-pin {0}`.",
        .noPinYet: "{0} belum punya PIN; minta admin sekolah membuatnya (`rujuk staff set-pin {0}`).",
        .notStaff: "Pengguna Unix {0} tidak ada dalam daftar staf {1}; minta admin sekolah menambahkan Anda (`rujuk staff add {0} …`).",
        .unknownStaff: "Tidak ada staf {0} di {1}; lihat `rujuk staff`.",
        .signInFirst: "Belum ada yang masuk di akun bersama ini; masuk dulu dengan login dan PIN Anda.",
        .entryTooLarge: "Satu catatan paling banyak {0} KiB teks; persingkat atau bagi dua (tidak ada yang disimpan).",
        .fileTooLarge: "Tidak bisa menyimpan ke {0}: batas ukuran berkas sesi ini (ulimit -f) tercapai; tidak ada yang disimpan, naikkan batasnya atau hubungi admin sekolah.",
        .helperUnavailable: "Bagian Rujuk yang membuka data sekolah tidak bisa dijalankan ({0}); minta admin sekolah menjalankan scripts/install-server.sh lagi.",
        .helperGone: "Bagian Rujuk yang membuka data sekolah berhenti ({0}); yang Anda ketik tetap tersimpan, jalankan Rujuk lagi.",
        .badRequest: "Data sekolah menolak permintaan yang rusak ({0}); tidak ada yang diubah.",
        .protocolMismatch: "Rujuk ini ({0}) tidak cocok dengan helper yang terpasang ({1}); minta admin sekolah menjalankan scripts/install-server.sh lagi.",
        .serverConfigUnsafe: "{0} harus berkas biasa milik root yang tidak bisa diubah orang lain; data sekolah tidak dibuka (hubungi admin sekolah).",
        .storeUnsafe: "{0} harus direktori milik akun sistem rujuk yang tertutup bagi orang lain (mode 0700); data tidak dibuka (hubungi admin sekolah).",
        .pinFromEnvironment: "Data sekolah hanya menerima PIN dari terminal, bukan dari RUJUK_PIN; jalankan perintah di terminal.",
        .notAdmin: "Hanya admin sekolah yang bisa melakukan ini.",
        .auditNotAllowed: "Hanya guru BK dan kepala sekolah yang bisa membaca audit.",
        .linkInStore: "{0} adalah tautan simbolik, padahal tidak boleh ada tautan di dalam data; hapus (`sudo rm {0}`) lalu jalankan `rujuk check` lagi.",
        .notStoreOwner: "{0} bukan milik {1}, pemilik data; perbaiki dengan `sudo chown -R {1}: {2}`.",
        .backupAhead: "{0} lebih panjang daripada {1}: cadangan ini milik data lain (atau data sudah diganti); pilih tujuan lain.",
        .restoreNotEmpty: "{0} tidak kosong; pulihkan ke direktori kosong atau baru (tidak ada yang diubah).",
        .rootOnly: "Hanya root yang bisa melakukan ini (sudo rujuk …): cadangan memuat semua catatan rahasia.",
        .refusedLine: "{0} baris {1} (bita {2}) berisi perubahan yang akan ditolak Rujuk ({3}): baris itu tidak ditulis oleh Rujuk; pulihkan berkas itu dari cadangan.",
        .snapshotDiffers: "{0} tidak cocok dengan jurnal ({1} berbeda): berkas itu diganti atau diubah; hapus, Rujuk akan membangunnya lagi dari jurnal.",
        .snapshotStale: "{0} tidak bisa dibaca atau milik data lain; hapus, Rujuk akan membangunnya lagi dari jurnal.",
        .demoBehindBoundary: "{0} menyatakan ini data demo (siapa pun bisa bertindak sebagai siapa pun tanpa PIN), padahal data sekolah tidak pernah demo: berkas itu diubah; pulihkan dari cadangan.",
        .pinRequired: "Bertindak sebagai {0} memerlukan PIN-nya, diketik di terminal.",
        .refused: "Perubahan ditolak.",
        .permissionDenied: "Akses ke {0} ditolak; minta admin sekolah menambahkan Anda ke grup penyimpanan.",
        .diskFull: "Tidak dapat menyimpan ke {0}: {1}; kosongkan ruang lalu coba lagi (tidak ada yang tersimpan).",
        .systemCallFailed: "{0} gagal pada {1}: {2}; tidak ada yang tersimpan, coba lagi atau jalankan `rujuk check`.",
        .damagedLine: "{0} baris {1} (byte {2}) rusak (checksum atau formatnya salah); penyimpanan tidak diubah, pulihkan berkas itu dari cadangan atau jalankan `rujuk check`.",
        .notAnEvent: "{0} baris {1} (byte {2}) bukan kejadian Rujuk; penyimpanan tidak diubah, pulihkan berkas itu dari cadangan atau jalankan `rujuk check`.",
        .sequenceGap: "{0} baris {1} (byte {2}) bernomor urut {3} padahal seharusnya {4} (ada baris yang hilang atau berulang); penyimpanan tidak diubah, pulihkan berkas itu dari cadangan.",
        .incompleteBeforeLater: "{0} baris {1} (byte {2}) berakhir dengan baris tidak lengkap padahal ada segmen sesudahnya; penyimpanan tidak diubah, pulihkan berkas itu dari cadangan.",
        .changedUnderLock: "{0} berubah saat terkunci; jalankan `rujuk check`.",
        .alreadyAStore: "Sudah ada penyimpanan Rujuk di {0}; gunakan itu, atau pilih direktori lain dengan --store.",
        .cannotReadStore: "Anda tidak dapat membaca penyimpanan di {0}; minta admin sekolah menambahkan Anda ke grupnya.",
        .noStore: "Tidak ada penyimpanan Rujuk di {0}; buat dengan `rujuk init --school NAMA` (atau `rujuk init --demo`).",
        .unknownFormat: "{0} berformat {1}, yang tidak dikenal versi Rujuk ini; pasang Rujuk yang lebih baru.",
        .badInfo: "{0} baris {1} (byte {2}) bukan keterangan penyimpanan yang sah; penyimpanan tidak diubah, pulihkan berkas itu dari cadangan.",
        .shorterThanSnapshot: "{0} lebih pendek daripada yang diharapkan snapshot; jalankan `rujuk check`.",
        .journalBeforeSnapshot: "Jurnal berakhir sebelum posisi snapshot; jalankan `rujuk check`.",
        .cannotWrite: "Anda tidak dapat menulis ke penyimpanan ini ({0}); minta admin sekolah menambahkan Anda ke grupnya.",
        .busy: "Penyimpanan sedang sibuk: sesi lain memegang kuncinya lebih dari {0} detik; coba lagi sebentar lagi.",
        .notInGroup: "Anda tidak dapat memakai penyimpanan di {0}: penyimpanan itu hanya untuk grup Unix {1}; minta admin sekolah menambahkan Anda (`sudo usermod -aG {1} {2}`), lalu masuk lagi.",
        .privateNotWritable: "Catatan rahasia tidak dapat disimpan: {0} hanya untuk grup Unix {1}, dan akun Anda tidak termasuk; hubungi admin sekolah, atau tulis catatan untuk tim (tidak ada yang tersimpan).",
        .noSuchGroup: "Tidak ada grup Unix {0} di mesin ini; buat dulu (`sudo groupadd {0}`).",
        .openingNotRecorded: "Catatan rahasia tidak ditampilkan karena pembukaannya tidak dapat dicatat di audit ({0}); coba lagi atau jalankan `rujuk check`.",
        .chainTornTail: "{0} baris {1} tidak lengkap (penulisan terputus); penulisan berikutnya memindahkannya.",
        .chainDamaged: "{0} baris {1} (byte {2}) rusak atau disunting manual (checksum-nya salah); pulihkan berkas itu dari cadangan.",
        .chainMissing: "{0} baris {1} tidak membawa hash baris sebelumnya padahal baris-baris sebelumnya membawa: baris itu disisipkan manual.",
        .chainReordered: "{0} baris {1} tidak berurutan: ia mencatat {2} baris {3} sebagai baris sebelumnya; ada baris yang dipindah atau dihapus.",
        .chainRemoved: "{0} baris {1} mengikuti nomor urut {2} dengan {3}: ada baris sebelumnya yang dihapus.",
        .chainEdited: "{0} baris {1} disunting setelah ditulis ({2} baris {3} mencatat hash yang berbeda untuknya).",
        .chainBadStart: "{0} baris {1} bukan awal rantai penyimpanan ini: ada baris yang dihapus dari awal, atau berkas itu dari penyimpanan lain.",
        .tornTailFound: "{0} berakhir dengan baris tidak lengkap (penulisan terputus); penulisan berikutnya akan memindahkannya ke berkas .torn.",
        .readableByOthers: "{0} dapat dibaca atau diubah semua pengguna di mesin ini (mode {1}); perbaiki dengan `chmod o-rwx {0}`.",
        .wrongGroup: "{0} milik grup {1}, bukan {2}; perbaiki dengan `sudo chgrp {2} {0}`.",
        .notSetgid: "Direktori {0} tidak memiliki bit setgid (mode {1}), sehingga berkas baru tidak dibagi dengan grupnya; perbaiki dengan `chmod 2770 {0}`.",
        .notGroupWritable: "{0} tidak dapat ditulis grupnya (mode {1}), sehingga rekan tidak dapat menyimpan; perbaiki dengan `chmod g+rw {0}`.",
        .privateOpenToStaff: "{0} milik grup yang sama dengan penyimpanan ({1}), sehingga semua anggota dapat membaca catatan rahasia; berikan kepada grup BK dengan `sudo chgrp -R {2} {0}`.",
    ]
}
