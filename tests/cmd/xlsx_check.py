#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING.
"""Helpers of tests/cmd/xlsx.sh: read the workbooks danso writes with
openpyxl (Debian's python3-openpyxl, hence /usr/bin/python3) and compare
them value by value with the CSV files of the same package.

  xlsx_check.py report BOOK REPORT_CSV     the report sheet against report.csv
  xlsx_check.py events BOOK EVENTS_CSV     the events sheet against events.csv
  xlsx_check.py heading BOOK SHEET         the heading and signature lines
  xlsx_check.py targets BOOK               "id target actual gap verdict" lines
  xlsx_check.py columns BOOK               the by-commune sheet: "id v1 v2 ... total" lines
Each check prints "ok" or the differences.
"""
import csv
import io
import re
import sys

import openpyxl

NUMERIC_EVENT_COLUMNS = {"area", "birth_order", "birth_weight_g", "gestational_week", "living_children",
                         "pregnancy_number", "to_area"}
EXCEL_CODE = re.compile(r'="([0-9]+)"')
FORMULA_QUOTE = re.compile(r"'([=+\-@\t\r].*)", re.S)


def plain(cell):
    """A cell of an --excel CSV as it was before excel mode changed it."""
    m = EXCEL_CODE.fullmatch(cell) or FORMULA_QUOTE.fullmatch(cell)
    return m.group(1) if m else cell


def csv_rows(path):
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    return [[plain(c) for c in r] for r in csv.reader(io.StringIO(raw.decode("utf-8"), newline=""))]


def table_rows(ws):
    """Rows of the indicator table: those whose third cell is an indicator id."""
    out = {}
    for row in ws.iter_rows(values_only=False):
        if out and all(c.value is None for c in row):
            break           # the blank row after the table
        if len(row) > 3 and isinstance(row[2].value, str) and re.fullmatch(r"[a-z0-9_]+", row[2].value) \
                and isinstance(row[0].value, int):
            out.setdefault(row[2].value, row)
    return out


def check_report(book, report_csv):
    wb = openpyxl.load_workbook(book)
    ws = wb.worksheets[0]
    rows = table_rows(ws)
    problems = []
    data = csv_rows(report_csv)
    head = data[0]
    for r in data[1:]:
        rec = dict(zip(head, r))
        cells = rows.get(rec["indicator"])
        if cells is None:
            problems.append("no row for " + rec["indicator"])
            continue
        v = cells[3]
        if rec["value"] == "":
            if v.value != "–":
                problems.append("%s: %r for not applicable" % (rec["indicator"], v.value))
        elif not isinstance(v.value, (int, float)) or isinstance(v.value, bool):
            problems.append("%s: %r is not a number" % (rec["indicator"], v.value))
        elif abs(float(v.value) - float(rec["value"])) > 1e-9:
            problems.append("%s: %r != %s" % (rec["indicator"], v.value, rec["value"]))
        if cells[1].value.strip() != rec["label_vi"]:
            problems.append("%s: label %r != %r" % (rec["indicator"], cells[1].value, rec["label_vi"]))
    if len(rows) != len(data) - 1:
        problems.append("%d indicator rows, the CSV has %d" % (len(rows), len(data) - 1))
    print("ok" if not problems else "\n".join(problems))


def check_events(book, events_csv):
    wb = openpyxl.load_workbook(book)
    ws = wb.worksheets[1]
    sheet = [list(r) for r in ws.iter_rows(values_only=True)]
    data = csv_rows(events_csv)
    problems = []
    if [str(x) for x in sheet[0]] != data[0]:
        problems.append("header differs")
    if len(sheet) != len(data):
        problems.append("%d rows, the CSV has %d" % (len(sheet), len(data)))
    for i, (s, c) in enumerate(zip(sheet[1:], data[1:]), start=2):
        for name, sv, cv in zip(data[0], s, c):
            if name in NUMERIC_EVENT_COLUMNS and cv != "":
                if not isinstance(sv, (int, float)) or float(sv) != float(cv):
                    problems.append("row %d %s: %r is not the number %s" % (i, name, sv, cv))
            elif (sv if sv is not None else "") != cv:
                problems.append("row %d %s: %r != %r" % (i, name, sv, cv))
            elif cv != "" and ws.cell(row=i, column=data[0].index(name) + 1).number_format != "@":
                problems.append("row %d %s: not kept as text" % (i, name))
    print("ok" if not problems else "\n".join(problems[:20]))


def heading(book, sheet):
    ws = openpyxl.load_workbook(book)[sheet]
    for row in ws.iter_rows(values_only=True):
        texts = [x for x in row if isinstance(x, str)]
        if texts and not isinstance(row[0], int):
            print(" | ".join(texts))


def targets(book):
    ws = openpyxl.load_workbook(book).worksheets[0]
    started = False
    for row in ws.iter_rows(values_only=True):
        if isinstance(row[1], str) and row[1] in ("Chỉ số", "Indicator") and row[3] in ("Chỉ tiêu năm", "Target"):
            started = True
            continue
        if started and isinstance(row[0], int):
            print(" ".join(str(x) for x in row[2:7]))
        elif started and row[0] is None:
            started = False


def columns(book):
    ws = openpyxl.load_workbook(book).worksheets[0]
    for ind, cells in table_rows(ws).items():
        print(ind, " ".join(repr(c.value) for c in cells[3:]))


if __name__ == "__main__":
    cmd, args = sys.argv[1], sys.argv[2:]
    {"report": check_report, "events": check_events, "heading": heading, "targets": targets,
     "columns": columns}[cmd](*args)
