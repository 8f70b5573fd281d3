#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING.
"""Helpers of tests/cmd/export.sh, reading what danso writes with the csv
module, value by value.

  package_tool.py check MANIFEST        verify a package; prints "ok" or the problems
  package_tool.py column FILE NAME      the values of a column, one per line
  package_tool.py keys FILE             "event_id person_key" lines of an events file
  package_tool.py break GOOD_MANIFEST OUT_DIR CASE   write a broken copy (see CASES)
"""
import csv
import hashlib
import io
import os
import re
import shutil
import sys
import unicodedata
import signal

signal.signal(signal.SIGPIPE, signal.SIG_DFL)

EVENT_COLUMNS = ("event_id,commune_code,period,kind,date,household_number,area,person_key,full_name,"
                 "person_id,sex,birth_date,ethnicity,education,marital,residence,relation,related_key,"
                 "related_name,child_sex,birth_order,birth_place,birth_weight_g,nb_hypothyroidism,nb_g6pd,"
                 "nb_cah,nb_hearing,nb_heart,gestational_week,pn_down,pn_edwards,pn_patau,pn_thalassaemia,"
                 "method,provider,living_children,stop_reason,pregnancy_kind,pregnancy_number,death_cause,"
                 "place,move_scope,whole_household,to_area,field,old_value,new_value,premarital_check,"
                 "spouse_name").split(",")
DHIS2_COLUMNS = ("dataElement,period,orgUnit,categoryOptionCombo,attributeOptionCombo,value,storedBy,"
                 "timestamp,comment,followUp").split(",")
KINDS = {"birth", "newborn_screening", "death", "move_in", "move_out", "detail_change", "fp_start",
         "fp_stop", "pregnancy", "prenatal_screening", "elderly_check", "marriage", "divorce"}


EXCEL_CODE = re.compile(r'="([0-9]+)"')


def plain(cell):
    """A cell of an --excel file as written before: ="00004" is 00004."""
    m = EXCEL_CODE.fullmatch(cell)
    return m.group(1) if m else cell


def read_rows(path):
    raw = open(path, "rb").read()
    bom = raw.startswith(b"\xef\xbb\xbf")
    text = raw[3:].decode("utf-8") if bom else raw.decode("utf-8")
    return raw, bom, [[plain(c) for c in r] for r in csv.reader(io.StringIO(text, newline=""))]


def manifest(path):
    _, _, rows = read_rows(path)
    return {k: v for k, v in rows[1:]}


def check(mpath):
    problems = []
    d = os.path.dirname(mpath)
    raw, bom, rows = read_rows(mpath)
    m = {k: v for k, v in rows[1:]}
    if rows[0] != ["key", "value"]:
        problems.append("manifest header")
    period = m["period"]
    for i in range(1, int(m["file.count"]) + 1):
        name = m["file.%d.name" % i]
        path = os.path.join(d, name)
        if m["file.%d.part" % i] == "workbook":
            raw = open(path, "rb").read()
            if hashlib.sha256(raw).hexdigest() != m["file.%d.sha256" % i]:
                problems.append("%s: sha256" % name)
            if not raw.startswith(b"PK\x03\x04") or m["format_version"] not in ("2", "3"):
                problems.append("%s: not a workbook of format version 2 or 3" % name)
            continue
        raw, bom, frows = read_rows(path)
        if hashlib.sha256(raw).hexdigest() != m["file.%d.sha256" % i]:
            problems.append("%s: sha256" % name)
        if len(frows) - 1 != int(m["file.%d.rows" % i]):
            problems.append("%s: rows %d != %s" % (name, len(frows) - 1, m["file.%d.rows" % i]))
        body = raw[3:] if bom else raw
        part = m["file.%d.part" % i]
        if part == "dhis2":
            # DHIS2 2.43 ends a line at every CR and keeps a BOM in the first name
            if b"\r" in body or not body.endswith(b"\n"):
                problems.append("%s: line ends are not LF alone" % name)
            if bom:
                problems.append("%s: a BOM on the DHIS2 file" % name)
            if frows[0] != DHIS2_COLUMNS:
                problems.append("dhis2 header")
        elif body.count(b"\n") != body.count(b"\r\n") or not body.endswith(b"\r\n"):
            problems.append("%s: line ends are not CRLF" % name)
        text = body.decode("utf-8")
        if not unicodedata.is_normalized("NFC", text):
            problems.append("%s: not NFC" % name)
        if part != "dhis2" and bom != (m["excel"] == "1"):
            problems.append("%s: BOM %s with excel=%s" % (name, bom, m["excel"]))
        width = len(frows[0])
        if any(len(r) != width for r in frows):
            problems.append("%s: ragged rows" % name)
        if part == "events":
            if frows[0] != EVENT_COLUMNS:
                problems.append("events header")
            ids = [r[0] for r in frows[1:]]
            if len(set(ids)) != len(ids) or not all(re.fullmatch(r"[0-9a-f]{32}", x) for x in ids):
                problems.append("event ids")
            for r in frows[1:]:
                rec = dict(zip(frows[0], r))
                if rec["kind"] not in KINDS:
                    problems.append("kind " + rec["kind"])
                if not rec["date"].startswith(period + "-") or len(rec["date"]) != 10:
                    problems.append("date " + rec["date"])
                if rec["commune_code"] != m["commune_code"] or rec["period"] != period:
                    problems.append("identity")
        if part == "report":
            if frows[0] != ["commune_code", "period", "indicator", "value", "label_vi"]:
                problems.append("report header")
    print("ok" if not problems else "\n".join(problems))


def column(path, name):
    _, _, rows = read_rows(path)
    i = rows[0].index(name)
    for r in rows[1:]:
        print(r[i])


def keys(path):
    _, _, rows = read_rows(path)
    for r in rows[1:]:
        print(r[0], r[7])


def write_rows(path, rows, bom=False):
    buf = io.StringIO(newline="")
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    data = buf.getvalue().encode("utf-8")
    open(path, "wb").write((b"\xef\xbb\xbf" if bom else b"") + data)


# Each case: (what to change, does the manifest get fixed up afterwards)
def mutate(case, m, files):
    """files: part -> list of rows (header first). Returns raw-bytes overrides
    {part: bytes} for cases that need invalid bytes, and whether to refresh
    the manifest checksums."""
    ev = files["events"]
    rep = files["report"]
    col = {n: i for i, n in enumerate(EVENT_COLUMNS)}
    raw = {}
    refresh = True
    if case == "sha":
        refresh = False
        ev[1][col["place"]] = "changed"
    elif case == "rows":
        m["file.2.rows"] = str(int(m["file.2.rows"]) + 1)
    elif case == "missing_file":
        raw["events"] = None
    elif case == "manifest_key":
        del m["revision"]
    elif case == "manifest_version":
        m["format_version"] = "9"
    elif case == "manifest_name":
        m["file.1.name"] = m["file.1.name"].replace("_report", "_rapport")
    elif case == "columns":
        ev[1] = ev[1][:-1]
    elif case == "header":
        ev[0][col["ethnicity"]] = "ethnic"
    elif case == "utf8":
        raw["events"] = b"\xff\xfe"
    elif case in ("tcvn3", "vni"):
        raw["events"] = {"tcvn3": "Nguy\u00d6n".encode("latin-1"),
                         "vni": b"Nguye\xe3n"}[case]
    elif case == "kind":
        ev[1][col["kind"]] = "wedding"
    elif case == "date_outside":
        ev[1][col["date"]] = "2024-01-15"
    elif case == "date_invalid":
        ev[1][col["date"]] = m["period"] + "-31x"
    elif case == "duplicate_id":
        ev[2][0] = ev[1][0]
    elif case == "bad_id":
        ev[1][0] = "XYZ"
    elif case == "ethnicity":
        ev[1][col["ethnicity"]] = "99"
    elif case == "sex":
        ev[1][col["sex"]] = "3"
    elif case == "commune":
        ev[1][col["commune_code"]] = "99999"
    elif case == "indicator":
        rep[1][2] = "births_by_magic"
    elif case == "value":
        rep[1][3] = "many"
    elif case == "manifest_created":
        m["created_at"] = "last Tuesday"
    elif case == "birth_after":
        row = next(r for r in ev[1:] if r[col["birth_date"]])
        row[col["birth_date"]] = m["period"] + "-28"
        row[col["date"]] = m["period"] + "-01"
    elif case == "key_form":
        row = next(r for r in ev[1:] if r[col["person_key"]])
        row[col["person_key"]] = row[col["person_key"]].upper()
    elif case == "hh_form":
        ev[1][col["household_number"]] = "0" + ev[1][col["household_number"]]
    elif case == "nfd":
        row = next(r for r in ev[1:] if r[col["full_name"]])
        row[col["full_name"]] = unicodedata.normalize("NFD", row[col["full_name"]])
    elif case == "huge_value":
        row = next(r for r in rep[1:] if r[3].isdigit())
        row[3] = "9223372036854775807"
    elif case in ("dup_key", "misnamed"):
        pass  # handled when the manifest is written
    elif case == "quote":
        raw["events"] = "quote"
    elif case == "empty_events":
        raw["events"] = b""
    elif case == "foreign_id":
        pass  # handled by the caller: an id held for another commune
    else:
        raise SystemExit("unknown case " + case)
    return raw, refresh


def break_package(mpath, out, case, foreign_id=None):
    d = os.path.dirname(mpath)
    m = manifest(mpath)
    os.makedirs(out, exist_ok=True)
    parts = {}
    for i in range(1, int(m["file.count"]) + 1):
        parts[m["file.%d.part" % i]] = (i, m["file.%d.name" % i])
    files = {p: read_rows(os.path.join(d, name))[2] for p, (i, name) in parts.items()}
    if case == "foreign_id":
        files["events"][1][0] = foreign_id
    raw, refresh = mutate(case, m, files)
    touched = {"indicator": "report", "value": "report", "huge_value": "report"}.get(case, "events")
    if case.startswith("manifest_") or case in ("rows", "dup_key", "misnamed"):
        touched = None
    for p, (i, name) in parts.items():
        path = os.path.join(out, name)
        if p != touched:
            shutil.copyfile(os.path.join(d, name), path)
        elif p in raw:
            r = raw[p]
            if r is None:
                continue
            if r == "quote":
                write_rows(path, files[p])
                data = open(path, "rb").read().replace(b"\r\n", b"\r\n\"unterminated,", 1)
                open(path, "wb").write(data)
            elif r == b"":
                open(path, "wb").write(b"")
            else:
                write_rows(path, files[p])
                data = open(path, "rb").read()
                lines = data.split(b"\r\n")
                # put the bad bytes in the full_name of the first event row
                cells = lines[1].split(b",")
                cells[8] = r
                lines[1] = b",".join(cells)
                open(path, "wb").write(b"\r\n".join(lines))
        else:
            write_rows(path, files[p])
        if refresh and os.path.exists(path):
            m["file.%d.sha256" % i] = hashlib.sha256(open(path, "rb").read()).hexdigest()
    rows = [["key", "value"]] + [[k, v] for k, v in m.items()]
    name = os.path.basename(mpath)
    if case == "dup_key":
        # a second commune_name after the first: the reader must not let the last one win
        rows.insert([r[0] for r in rows].index("commune_name") + 1, ["commune_name", "Xã Khác"])
    if case == "misnamed":
        # the manifest of revision R under the name of revision R+1
        rev = m["revision"]
        name = name.replace("_r%s_manifest" % rev, "_r%d_manifest" % (int(rev) + 1))
    write_rows(os.path.join(out, name), rows)


if __name__ == "__main__":
    cmd = sys.argv[1]
    if cmd == "check":
        check(sys.argv[2])
    elif cmd == "column":
        column(sys.argv[2], sys.argv[3])
    elif cmd == "keys":
        keys(sys.argv[2])
    elif cmd == "break":
        break_package(sys.argv[2], sys.argv[3], sys.argv[4], *(sys.argv[5:6]))
    else:
        raise SystemExit(__doc__)
