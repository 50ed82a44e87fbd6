#!/usr/bin/env python3
"""The report files, checked by independent readers (issue 15).

On a demo store in a temporary directory, with the debug build (`.build/debug/rujuk` unless
given), makes the monthly report (school-wide, and a counsellor's own) and the semester
report in every format, then:
  - PDF: pdfinfo says A4 on every page, pdffonts says every font is embedded, pdftotext finds
    the title, Tabel 1-4, Tabel 1's totals, the narrative and the signature block, pdftoppm
    renders every page;
  - XLSX: openpyxl reads the cells (title, tables, numbers as numbers) and finds a chart;
  - CSV: Python's csv module reads it with ';', a BOM, CRLF line ends and decimal commas;
  - no confidential text of the demo store (private/), no text of any entry of the journal,
    and no student's name (outside the counsellor's own report) in any page, cell or line;
  - a period with nothing in it says so; a file that cannot be written is exit 74 with
    nothing left behind; a teacher asking for a counsellor's report is refused with 77.
"""
import csv
import glob
import io
import json
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import zipfile
import zlib

RUJUK = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".build/debug/rujuk")
TITLE = "LAPORAN BULANAN PELAKSANAAN LAYANAN BIMBINGAN DAN KONSELING"
failures = []


def check(ok, what):
    print(("ok   " if ok else "FAIL ") + what)
    if not ok:
        failures.append(what)


def run(*args, stdin=None, env=None):
    p = subprocess.run([RUJUK, *args], input=stdin, capture_output=True, text=True, env=env)
    return p.returncode, p.stdout + p.stderr


def png(w, h):
    raw = b"".join(b"\x00" + bytes([20, 90, 170]) * w for _ in range(h))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from strings(v)


def forbidden_texts(store):
    """Every confidential text, and the text of every entry (messages, notes, summaries, plans)."""
    texts = set()
    for path in glob.glob(os.path.join(store, "private", "*.jsonl")):
        for line in open(path, encoding="utf-8"):
            event = json.loads(line).get("event", {})
            for s in strings({k: v for k, v in event.items() if k in ("text", "data")}):
                texts.add(s)
    entry_fields = ("text", "summary", "saw", "tried", "notes", "reason", "how", "decisions", "findings", "met", "followUp")
    for path in glob.glob(os.path.join(store, "journal", "*.jsonl")):
        for line in open(path, encoding="utf-8"):
            event = json.loads(line).get("event", {})
            if event.get("type") in ("narrativeWritten",):
                continue  # the narrative is written for the report
            data = event.get("data", {})

            def walk(d):
                if isinstance(d, dict):
                    for k, v in d.items():
                        if k in entry_fields and isinstance(v, str):
                            texts.add(v)
                        else:
                            walk(v)
                elif isinstance(d, list):
                    for v in d:
                        walk(v)
            walk(data)
    # Short texts ("ok") could match by chance; a sentence cannot.
    out = set()
    for t in texts:
        try:
            inner = json.loads(t)  # a home visit's details are JSON inside
            out.update(s for s in strings(inner) if len(s) >= 16)
        except (ValueError, TypeError):
            pass
        if len(t) >= 16:
            out.add(t)
    return out


def student_names(store):
    names = set()
    for line in open(os.path.join(store, "journal", "000001.jsonl"), encoding="utf-8"):
        event = json.loads(line).get("event", {})
        if event.get("type") == "studentAdded":
            names.add(event["data"]["name"])
    return names


def pdf_text(path):
    return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout


def xlsx_text(path):
    import openpyxl
    wb = openpyxl.load_workbook(path)
    cells = [str(c) for ws in wb.worksheets for row in ws.iter_rows(values_only=True) for c in row if c is not None]
    return wb, "\n".join(cells)


def scan(label, text, secrets, names):
    leaked = [s for s in secrets if s in text]
    check(not leaked, f"{label}: no confidential or entry text ({len(secrets)} scanned)" + (f": {leaked[:2]}" if leaked else ""))
    if names is not None:
        named = [n for n in names if n in text]
        check(not named, f"{label}: no student named ({len(names)} scanned)" + (f": {named[:3]}" if named else ""))


def main():
    tmp = tempfile.mkdtemp(prefix="rujuk-reports-")
    try:
        store = os.path.join(tmp, "demo")
        env = dict(os.environ, HOME=tmp, XDG_CONFIG_HOME=os.path.join(tmp, "config"), LANG="C.UTF-8")
        env.pop("RUJUK_STORE", None)
        S = ["--store", store]
        rc, out = run("init", "--demo", *S, env=env)
        check(rc == 0, "demo store created")
        logo = os.path.join(tmp, "logo.png")
        open(logo, "wb").write(png(48, 48))
        rc, out = run("school", "set", *S, "--as", "admin", "--name", "SMP Negeri 30 Harapan",
                      "--address", "Jl. Merdeka No. 30\\nKota Harapan", "--city", "Kota Harapan", "--logo", logo, env=env)
        check(rc == 0, "school set by the admin: " + out.strip())
        rc, out = run("school", "set", *S, "--as", "budi", "--city", "Elsewhere", env=env)
        check(rc == 77, f"school set by a counsellor refused with 77 (got {rc})")
        narrative = "Layanan bulan ini berjalan sesuai program."
        rc, out = run("report", "narrative", *S, "--as", "budi", "--month", "2026-11", "--section", "analisis", "-",
                      stdin=narrative, env=env)
        check(rc == 0, "narrative written from standard input")
        rc, out = run("report", "narrative", *S, "--as", "budi", "--month", "2026-11", "--section", "analisis",
                      "inline text", env=env)
        check(rc == 64, f"narrative on the command line refused with 64 (got {rc})")

        secrets = forbidden_texts(store)
        names = student_names(store)
        check(len(secrets) > 10 and len(names) > 100, f"{len(secrets)} texts and {len(names)} names to scan for")

        reports = [("school", ["report", "monthly", "--month", "2026-11", "--as", "hendra"], names),
                   ("own", ["report", "monthly", "--month", "2026-11", "--as", "budi"], None),
                   ("semester", ["report", "semester", "--semester", "2026/2027-1", "--as", "hendra"], names)]
        for label, args, scan_names in reports:
            files = {}
            for fmt in ("pdf", "xlsx", "csv"):
                path = os.path.join(tmp, f"{label}.{fmt}")
                rc, out = run(*args, *S, "--format", fmt, "--output", path, env=env)
                check(rc == 0 and os.path.getsize(path) > 0, f"{label} {fmt} written")
                files[fmt] = path

            # CSV: ';', BOM, CRLF, decimal commas.
            raw = open(files["csv"], "rb").read()
            check(raw.startswith(b"\xef\xbb\xbf"), f"{label} csv: UTF-8 BOM")
            check(b"\r\n" in raw and raw.count(b"\n") == raw.count(b"\r\n"), f"{label} csv: CRLF line ends")
            rows = list(csv.reader(io.StringIO(raw[3:].decode("utf-8"), newline=""), delimiter=";"))
            header = next((r for r in rows if r[:3] == ["No", "Komponen", "Jenis layanan / kegiatan"]), None)
            check(header is not None and len(header) == 10, f"{label} csv: Tabel 1 header in 10 fields")
            start = rows.index(header)
            total = next(r for r in rows[start:] if len(r) > 1 and r[1] == "Jumlah")
            check(total[4].isdigit() and int(total[4]) > 0, f"{label} csv: Tabel 1 total sessions {total[4]}")
            shares = [c for r in rows for c in r if c.endswith("%") and c[:1].isdigit()]
            check(shares and all("," in c and "." not in c for c in shares if c != "–"), f"{label} csv: decimal commas ({shares[:3]})")
            scan(f"{label} csv", raw.decode("utf-8"), secrets, scan_names)

            # PDF: A4, fonts embedded, the text of every part, pages rendered.
            info = subprocess.run(["pdfinfo", "-f", "1", "-l", "99", files["pdf"]], capture_output=True, text=True).stdout
            sizes = [l for l in info.splitlines() if l.startswith("Page") and "size" in l]
            check(sizes and all("595.276 x 841.89" in l and "A4" in l for l in sizes), f"{label} pdf: {len(sizes)} pages, all A4")
            fonts = subprocess.run(["pdffonts", files["pdf"]], capture_output=True, text=True).stdout.splitlines()[2:]
            check(fonts and all(" yes " in f for f in fonts), f"{label} pdf: {len(fonts)} fonts, all embedded")
            text = pdf_text(files["pdf"])
            flat = " ".join(text.split())
            title = TITLE if label != "semester" else TITLE.replace("BULANAN", "SEMESTER")
            check(title in flat, f"{label} pdf: the title")
            for part in ("SMP NEGERI 30 HARAPAN", "Jl. Merdeka No. 30", "Tahun Pelajaran 2026/2027", "Semester Ganjil",
                         "Tabel 1. Rekapitulasi Layanan", "Tabel 2. Layanan per Kelas", "Tabel 3. Permasalahan",
                         "Tabel 5b. Waktu Tanggap", "Mengetahui,", "Kepala Sekolah", "Guru BK", "Hendra Gunawan", "NIP.",
                         "Kota Harapan, ", "Halaman 1"):
                check(part in flat, f"{label} pdf: '{part}'")
            if label != "own":
                check("Tabel 4. Tindak Lanjut" in flat, f"{label} pdf: Tabel 4")
            else:
                check("Budi Santoso" in flat and narrative in flat and "Analisis Hasil" in flat,
                      f"{label} pdf: the counsellor's name and narrative")
            jumlah = [l for l in text.splitlines() if l.strip().startswith("Jumlah") and total[4] in l.split()]
            check(bool(jumlah), f"{label} pdf: Tabel 1's total {total[4]} (as in the CSV)")
            if label == "semester":
                check(all(m in flat for m in ("Jul", "Agu", "Sep", "Okt", "Nov", "Des")) and "Keterlaksanaan Program" in flat,
                      "semester pdf: a column per month and the programme's share")
            pages = os.path.join(tmp, label)
            subprocess.run(["pdftoppm", "-png", "-r", "40", files["pdf"], pages], check=True)
            check(len(glob.glob(pages + "-*.png")) == len(sizes), f"{label} pdf: every page renders")
            scan(f"{label} pdf", text, secrets, scan_names)

            # XLSX: cells and a chart, read by openpyxl; the chart part in the package.
            wb, cells = xlsx_text(files["xlsx"])
            ws = wb.worksheets[0]
            check(title in cells and "Tabel 1. Rekapitulasi Layanan" in cells, f"{label} xlsx: the title and Tabel 1")
            numbers = [c for row in ws.iter_rows(values_only=True) for c in row if isinstance(c, (int, float))]
            check(len(numbers) > 50, f"{label} xlsx: {len(numbers)} numbers as numbers")
            check(len(ws._charts) >= 1, f"{label} xlsx: a chart")
            with zipfile.ZipFile(files["xlsx"]) as z:
                check(any(n.startswith("xl/charts/chart") for n in z.namelist()), f"{label} xlsx: a native chart part")
                xml = "\n".join(z.read(n).decode("utf-8", "replace") for n in z.namelist() if n.endswith(".xml"))
            scan(f"{label} xlsx", cells + xml, secrets, scan_names)

        # A month with nothing in it says so.
        empty = os.path.join(tmp, "empty.pdf")
        rc, out = run("report", "monthly", "--month", "2026-08", "--as", "hendra", *S, "--format", "pdf", "--output", empty, env=env)
        check(rc == 0 and "Tidak ada layanan" in " ".join(pdf_text(empty).split()), "an empty month says so")

        # A file that cannot be written: 74, one sentence, nothing left behind.
        for target in (os.path.join(tmp, "missing", "x.pdf"), os.path.join(tmp, "adir")):
            os.makedirs(os.path.join(tmp, "adir"), exist_ok=True)
            before = set(os.listdir(tmp))
            rc, out = run("report", "monthly", "--month", "2026-11", "--as", "hendra", *S, "--format", "pdf", "--output", target, env=env)
            check(rc == 74 and out.count("\n") == 1, f"unwritable {os.path.basename(target)}: 74 and one sentence (got {rc}: {out.strip()})")
            check(set(os.listdir(tmp)) == before and not glob.glob(os.path.join(tmp, "adir", "*")), "nothing half-written left")

        rc, out = run("report", "monthly", "--month", "2026-11", "--as", "sari", "--counsellor", "budi", *S,
                      "--format", "csv", "--output", os.path.join(tmp, "sari.csv"), env=env)
        check(rc == 77 and not os.path.exists(os.path.join(tmp, "sari.csv")), f"a teacher asking for a counsellor's report: 77 (got {rc})")
        rc, out = run("report", "monthly", "--month", "2026-13", "--as", "hendra", *S, "--format", "csv",
                      "--output", os.path.join(tmp, "bad.csv"), env=env)
        check(rc == 65, f"a month that is no month: 65 (got {rc})")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"{len(failures)} failure(s)")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
