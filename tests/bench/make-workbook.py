#!/usr/bin/env python3
"""Writes the record CSVs of a folder (workers.csv, time_records.csv, payroll.csv ...) as one Excel
workbook, one sheet per file, cells typed as an HR office's workbook holds them: dates as serial
numbers with a date format, HH:MM times as fractions of a day, numbers as numbers, the rest as
shared strings. For measuring the workbook import against the same data as CSV:

    fieldbook-cli generate --out factory --workers 2200 --days 91
    tests/bench/make-workbook.py factory factory-xlsx/factory.xlsx
    build/tests/bench/bench_records read factory-xlsx
"""
import csv
import datetime
import os
import re
import sys
import zipfile
from xml.sax.saxutils import escape

NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
TIME = re.compile(r"^(\d{2}):(\d{2})$")
# What Excel keeps as a number (15 digits, no leading zero); longer ids are text in real workbooks.
NUMBER = re.compile(r"^-?(0|[1-9]\d{0,14})(\.\d{1,6})?$")
SHEETS = {"workers": "Register", "time_records": "Attendance", "payroll": "Payroll",
          "production": "Production", "gate_log": "Gate"}


def column(i):
    name = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        name = chr(65 + r) + name
    return name


def main(folder, out):
    strings, index = [], {}
    sheets = []
    for stem, title in SHEETS.items():
        path = os.path.join(folder, stem + ".csv")
        if not os.path.exists(path):
            continue
        rows = []
        with open(path, newline="", encoding="utf-8") as f:
            for r, record in enumerate(csv.reader(f), start=1):
                cells = []
                for c, value in enumerate(record):
                    ref = column(c) + str(r)
                    if value == "":
                        continue
                    m = DATE.match(value) if r > 1 else None
                    t = TIME.match(value) if r > 1 else None
                    if m:
                        serial = (datetime.date(*map(int, m.groups())) - datetime.date(1899, 12, 30)).days
                        cells.append('<c r="%s" s="1"><v>%d</v></c>' % (ref, serial))
                    elif t:
                        cells.append('<c r="%s" s="2"><v>%r</v></c>' % (ref, (int(t[1]) * 60 + int(t[2])) / 1440))
                    elif r > 1 and NUMBER.match(value):
                        cells.append('<c r="%s"><v>%s</v></c>' % (ref, value))
                    else:
                        if value not in index:
                            index[value] = len(strings)
                            strings.append(value)
                        cells.append('<c r="%s" t="s"><v>%d</v></c>' % (ref, index[value]))
                rows.append('<row r="%d">%s</row>' % (r, "".join(cells)))
        sheets.append((title, "".join(rows)))
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
                   'package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>')
        z.writestr("_rels/.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/'
                   'package/2006/relationships"><Relationship Id="rId1" Type="%s/officeDocument" '
                   'Target="xl/workbook.xml"/></Relationships>' % REL)
        z.writestr("xl/workbook.xml", '<?xml version="1.0"?><workbook xmlns="%s" xmlns:r="%s"><sheets>%s</sheets>'
                   '</workbook>' % (NS, REL, "".join('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' %
                                                    (t, i + 1, i + 1) for i, (t, _) in enumerate(sheets))))
        rels = "".join('<Relationship Id="rId%d" Type="%s/worksheet" Target="worksheets/sheet%d.xml"/>' %
                       (i + 1, REL, i + 1) for i in range(len(sheets)))
        rels += ('<Relationship Id="rS" Type="%s/sharedStrings" Target="sharedStrings.xml"/>'
                 '<Relationship Id="rT" Type="%s/styles" Target="styles.xml"/>' % (REL, REL))
        z.writestr("xl/_rels/workbook.xml.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.'
                   'openxmlformats.org/package/2006/relationships">%s</Relationships>' % rels)
        z.writestr("xl/sharedStrings.xml", '<?xml version="1.0"?><sst xmlns="%s">%s</sst>' %
                   (NS, "".join("<si><t>%s</t></si>" % escape(s) for s in strings)))
        z.writestr("xl/styles.xml", '<?xml version="1.0"?><styleSheet xmlns="%s"><cellXfs><xf numFmtId="0"/>'
                   '<xf numFmtId="14"/><xf numFmtId="20"/></cellXfs></styleSheet>' % NS)
        for i, (_, rows) in enumerate(sheets):
            z.writestr("xl/worksheets/sheet%d.xml" % (i + 1), '<?xml version="1.0"?><worksheet xmlns="%s">'
                       '<sheetData>%s</sheetData></worksheet>' % (NS, rows))


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
