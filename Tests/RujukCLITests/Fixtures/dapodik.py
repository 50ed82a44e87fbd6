#!/usr/bin/env python3
"""Writes a Dapodik "Daftar PD" export the way schools receive it, for the roster tests.

    dapodik.py OUTDIR [--variant first|second]

OUTDIR/daftar-pd.xlsx   written by openpyxl (if installed): title rows 1-4, the two-row header
                        of rows 5-6 with merged parents' columns, data from row 7, NISN and
                        NIPD as text, Tanggal Lahir as ISO text.
OUTDIR/daftar-pd.csv    the same as Excel saves it in an Indonesian locale: ';', Windows-1252,
                        CRLF, the multi-line header cells quoted with an embedded LF.
OUTDIR/daftar-pd.xls    SpreadsheetML 2003 with an unescaped '&' in a cell, as Dapodik writes it.

The second variant is the same school a term later: one student moved class, one name
corrected, one student gone (moved school), one new.
"""
import os
import sys

HEAD5 = (["No", "Nama", "NIPD", "JK", "NISN", "Tempat Lahir", "Tanggal Lahir", "NIK", "Agama", "Alamat", "RT", "RW",
          "Dusun", "Kelurahan", "Kecamatan", "Kode Pos", "Jenis Tinggal", "Alat Transportasi", "Telepon", "HP",
          "E-Mail", "SKHUN", "Penerima KPS", "No. KPS"]
         + ["Data Ayah"] + [""] * 5 + ["Data Ibu"] + [""] * 5 + ["Data Wali"] + [""] * 5
         + ["Rombel Saat Ini", "No Peserta Ujian Nasional", "Jml. Saudara\nKandung", "Jarak Rumah\nke Sekolah (KM)"])
SUB = ["Nama", "Tahun Lahir", "Jenjang Pendidikan", "Pekerjaan", "Penghasilan", "NIK"]
HEAD6 = [""] * 24 + SUB * 3 + [""] * 4


def students(variant):
    rows = [
        ("Andi Pratama", "2425001", "L", "0091234567", "Pemalang", "2011-06-19", "Kelas 8B"),
        ("Bunga Citra Lestari", "2425002", "P", "0087654321", "Moga", "2011-02-03", "Kelas 8B"),
        ("Candra Wijaya", "2425003", "L", "0112233445", "Pemalang", "2012-09-30", "Kelas 7A"),
        ("DEWI SARTIKA", "2425004", "P", "0101010101", "Randudongkal", "2010-12-01", "Kelas 9A"),
        ("Éka Nurhayati", "2425005", "P", "0099887766", "Moga", "2011-04-14", "Kelas 8A"),
    ]
    if variant == "second":
        rows[2] = ("Candra Wijaya", "2425003", "L", "0112233445", "Pemalang", "2012-09-30", "Kelas 7B")  # moved
        rows[3] = ("Dewi Sartika", "2425004", "P", "0101010101", "Randudongkal", "2010-12-01", "Kelas 9A")  # corrected
        del rows[4]  # moved school
        rows.append(("Fajar Nugroho", "2425006", "L", "0123456780", "Pemalang", "2012-01-20", "Kelas 7A"))  # new
    out = []
    for i, (nama, nipd, jk, nisn, tempat, lahir, rombel) in enumerate(rows, 1):
        parents = ["Budi", "1980", "SMA / sederajat", "Petani", "Rp. 1,000,000 - Rp. 1,999,999", "3327010101800001",
                   "Siti & Co", "1982", "SMP / sederajat", "Pedagang Kecil", "Kurang dari Rp. 500,000", "3327010101820002",
                   "", "0", "Tidak sekolah", "", "", ""]
        out.append([str(i), nama, nipd, jk, nisn, tempat, lahir, "3327011906110001", "Islam", "Jln. Wijayakusuma Rt.03/03",
                    "3", "3", "-", "Banyumudal", "Kec. Moga", "52354", "Bersama orang tua", "Jalan kaki", "", "081234567890",
                    "", "", "Tidak", ""] + parents + [rombel, "", "2", "1,5"])
    return out


def title_rows():
    return [["Daftar Peserta Didik"], ["SMP NEGERI 9 SUKAMAJU"], ["Kec. Moga, Kab. Pemalang, Prov. Jawa Tengah"],
            ["Tanggal Unduh: 2026-07-10 08:15:00", "", "Pengunduh: Operator (operator@example.sch.id)"]]


def write_xlsx(path, data):
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Daftar Peserta Didik"
    for row in title_rows():
        ws.append(row)
    ws.append(HEAD5)
    ws.append([c if c else None for c in HEAD6])
    for cols in ("Y5:AD5", "AE5:AJ5", "AK5:AP5"):
        ws.merge_cells(cols)
    for row in data:
        ws.append(row)
    for r in range(7, 7 + len(data)):
        for col in ("C", "E"):
            ws[f"{col}{r}"].number_format = "@"
    wb.save(path)


def csv_field(v):
    return '"' + v.replace('"', '""') + '"' if any(c in v for c in ';"\n') else v


def write_csv(path, data):
    width = len(HEAD5)
    lines = []
    for row in title_rows():
        lines.append(";".join(row + [""] * (width - len(row))))
    lines.append(";".join(csv_field(c) for c in HEAD5))
    lines.append(";".join(HEAD6))
    for row in data:
        lines.append(";".join(csv_field(c) for c in row))
    with open(path, "wb") as f:
        f.write(("\r\n".join(lines) + "\r\n").encode("cp1252"))


def write_spreadsheetml(path, data):
    def row(cells, index=None):
        attr = f' ss:Index="{index}"' if index else ""
        body = "".join(f'<Cell><Data ss:Type="String">{c}</Data></Cell>' if c else "<Cell/>" for c in cells)
        return f"<Row{attr}>{body}</Row>\n"
    xml = ['<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n'
           '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" '
           'xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">\n'
           '<Worksheet ss:Name="Daftar Peserta Didik"><Table>\n']
    for r in title_rows():
        xml.append(row(r))
    xml.append(row(HEAD5))
    xml.append(row(HEAD6))
    for r in data:
        xml.append(row(r))  # "Siti & Co" stays unescaped, as Dapodik writes it
    xml.append("</Table></Worksheet></Workbook>\n")
    with open(path, "w", encoding="utf-8") as f:
        f.write("".join(xml))


def main():
    out = sys.argv[1]
    variant = sys.argv[3] if len(sys.argv) > 3 and sys.argv[2] == "--variant" else "first"
    os.makedirs(out, exist_ok=True)
    data = students(variant)
    write_csv(os.path.join(out, "daftar-pd.csv"), data)
    write_spreadsheetml(os.path.join(out, "daftar-pd.xls"), data)
    try:
        write_xlsx(os.path.join(out, "daftar-pd.xlsx"), data)
    except ImportError:
        print("openpyxl is not installed: no .xlsx written", file=sys.stderr)


if __name__ == "__main__":
    main()
