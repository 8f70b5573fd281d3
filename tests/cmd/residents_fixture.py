#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING.
"""Fixtures for tests/cmd/residents.sh: extracts of the national residents
database built from a demo commune's register, with known differences, and
broken ones.

  make DB OUT.csv WANT.csv SEED   an extract of DB's active people with exactly
                                  20 added, 15 removed, 10 changed details,
                                  10 name typos and 5 day/month swaps; WANT.csv
                                  holds the rows `residents-compare --format csv`
                                  must print (in any order)
  same GOT.csv WANT.csv           "ok", or the rows missing and extra
  sorted GOT.csv                  "ok" if the rows are in area, household order
  count GOT.csv KIND              the number of rows of a kind
  after GOT.csv OUT.csv ACTION... WANT after decisions: "drop:KIND:NAME" leaves
                                  out that line, "confirm:NAME" turns a possible
                                  match into a difference
  break GOOD.csv OUT CASE         a broken extract of kind CASE
"""
import csv
import hashlib
import random
import sqlite3
import sys
import unicodedata

COLUMNS = ["kind", "area", "household_number", "register_name", "extract_name", "citizen_id", "field",
           "register_value", "extract_value"]
HEADER = ["Số định danh cá nhân", "Họ và tên", "Ngày sinh", "Giới tính", "Mã hộ", "Loại cư trú", "Chủ hộ"]


def people(db):
    con = sqlite3.connect(db)
    rows = con.execute(
        "SELECT m.uid, m.full_name, coalesce(m.person_id, ''), m.birth_date, m.sex, h.number, a.number, "
        "m.id = h.head_member_id, h.head_member_id "
        "FROM member m JOIN household h ON h.id = m.household_id JOIN area a ON a.id = h.area_id "
        "WHERE m.status = 0 AND h.status = 0 ORDER BY m.id").fetchall()
    heads = dict(con.execute("SELECT id, full_name FROM member").fetchall())
    con.close()
    return [dict(uid=r[0], name=r[1], pid=r[2], birth=r[3], sex=r[4], hh=r[5], area=r[6],
                 head=heads.get(r[8], "")) for r in rows]


def cid(p):
    return p["pid"] if len(p["pid"]) == 12 and p["pid"].isdigit() else ""


def hh_code(number):
    return "HK" + hashlib.sha1(number.encode()).hexdigest()[:8].upper()


def dmy(iso):
    return iso if len(iso) == 4 else "%s/%s/%s" % (iso[8:10], iso[5:7], iso[0:4])


def unaccent(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    return unicodedata.normalize("NFC", "".join(c for c in unicodedata.normalize("NFD", s)
                                              if not unicodedata.combining(c)))


def key(s):
    return " ".join(unaccent(s).lower().split())


def typo(name):
    """One letter of the given name changed to another letter."""
    words = name.split(" ")
    given = words[-1]
    for i in range(len(given) - 1, -1, -1):
        c = given[i]
        if c.isascii() and c.isalpha():
            repl = "q" if c.lower() != "q" else "x"
            words[-1] = given[:i] + (repl.upper() if c.isupper() else repl) + given[i + 1:]
            return " ".join(words)
    return None


def finding(kind, p=None, x=None, field="", rv="", xv=""):
    return {"kind": kind, "area": str(p["area"]) if p else (str(x["area"]) if x and x.get("area") else ""),
            "household_number": p["hh"] if p else (x.get("hh", "") if x else ""),
            "register_name": p["name"] if p else "", "extract_name": x["name"] if x else "",
            "citizen_id": (x["cid"] if x and x["cid"] else (cid(p) if p else "")),
            "field": field, "register_value": rv, "extract_value": xv}


def make(db, out, want, seed):
    rng = random.Random(int(seed))
    reg = people(db)
    births = {p["birth"] for p in reg}
    taken = set()
    with_cid = [p for p in reg if cid(p)]
    without = [p for p in reg if not cid(p)]
    rng.shuffle(with_cid)
    rng.shuffle(without)
    # a person is changed at most once; the housemates of the people added
    # stay as they are, so that the added are placed in their household
    hosts = rng.sample(sorted({p["hh"] for p in reg}), 6)
    keep = {p["uid"] for p in reg if p["hh"] in hosts}

    def pick(pool, n, test):
        got = []
        for p in pool:
            if len(got) == n:
                break
            if p["uid"] in taken or p["uid"] in keep or not test(p):
                continue
            # a namesake born the same day would make the near match ambiguous
            if sum(1 for q in reg if q["birth"] == p["birth"]) > 1:
                continue
            taken.add(p["uid"])
            got.append(p)
        assert len(got) == n, "not enough people for the fixture"
        return got

    changed = pick(with_cid, 10, lambda p: len(p["birth"]) == 10 and p["birth"][5:] != "02-29")
    typos = pick(without, 10, lambda p: typo(p["name"]) is not None)
    swaps = pick(without, 5, lambda p: len(p["birth"]) == 10 and int(p["birth"][8:]) <= 12
                 and p["birth"][8:] != p["birth"][5:7])
    removed = pick(with_cid + without, 15, lambda p: True)
    expected = []
    rows = []
    for p in reg:
        x = {"cid": cid(p), "name": p["name"], "birth": p["birth"], "sex": p["sex"], "code": hh_code(p["hh"]),
             "head": p["head"]}
        if p in removed:
            expected.append(finding("register_only", p))
            continue
        if p in changed:
            i = changed.index(p)
            if i % 3 == 0:
                x["birth"] = "%04d%s" % (int(p["birth"][:4]) - 1, p["birth"][4:])
                expected.append(finding("differs", p, x, "birth_date", p["birth"], x["birth"]))
            elif i % 3 == 1:
                x["sex"] = 3 - p["sex"]
                expected.append(finding("differs", p, x, "sex", str(p["sex"]), str(x["sex"])))
            else:
                x["name"] = p["name"].upper() if unaccent(p["name"]) == p["name"] else unaccent(p["name"])
                expected.append(finding("differs", p, x, "full_name", p["name"], x["name"]))
        elif p in typos:
            x["name"] = typo(p["name"])
            expected.append(finding("possible_match", p, x, "full_name", p["name"], x["name"]))
        elif p in swaps:
            x["birth"] = "%s-%s-%s" % (p["birth"][:4], p["birth"][8:], p["birth"][5:7])
            expected.append(finding("possible_match", p, x, "birth_date", p["birth"], x["birth"]))
        rows.append(x)
    # 20 added: 12 in the host households (births, move-ins), 8 in two new ones
    family = ["Trịnh", "Quách", "Lạc", "Khổng", "Ông", "Mạc"]
    middle = ["Xuân", "Thục", "Khả", "Diệu"]
    given = ["Khuê", "Quỳnh", "Trác", "Uyển", "Vịnh", "Xuyến", "Yên", "Thạch", "Ngạn", "Bảo"]
    used_cids = {p["pid"] for p in reg}
    hosts_of = {p["hh"]: p for p in reg if p["hh"] in hosts}
    for i in range(20):
        while True:
            y = rng.randint(1950, 2025)
            birth = "%04d-%02d-%02d" % (y, rng.randint(1, 12), rng.randint(1, 28))
            swapped = "%s-%s-%s" % (birth[:4], birth[8:], birth[5:7])
            if birth not in births and swapped not in births:
                births.add(birth)
                break
        name = "%s %s %s" % (family[i % 6], middle[i % 4], given[i % 10])
        new_cid = ""
        if i % 2 == 0:
            while True:
                new_cid = "0%02d%09d" % (rng.randint(1, 96), rng.randint(0, 10 ** 9 - 1))
                if new_cid not in used_cids:
                    used_cids.add(new_cid)
                    break
        if i < 12:
            host = hosts_of[hosts[i % 6]]
            x = {"cid": new_cid, "name": name, "birth": birth, "sex": 1 + i % 2, "code": hh_code(host["hh"]),
                 "head": host["head"], "area": host["area"], "hh": host["hh"]}
        else:
            x = {"cid": new_cid, "name": name, "birth": birth, "sex": 1 + i % 2, "code": "HKNEW%d" % (i // 16),
                 "head": ""}
        rows.append(x)
        expected.append(finding("extract_only", None, x))
    rng.shuffle(rows)
    with open(out, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(HEADER)
        for x in rows:
            w.writerow([x["cid"], x["name"], dmy(x["birth"]), "Nam" if x["sex"] == 1 else "Nữ", x["code"],
                        "Thường trú", x["head"]])
    write_rows(want, expected)


def write_rows(path, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=COLUMNS, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)


def read_rows(path):
    with open(path, newline="", encoding="utf-8") as f:
        r = csv.reader(f)
        header = next(r)
        assert header == COLUMNS, "header %r" % header
        return [dict(zip(COLUMNS, row)) for row in r]


def same(got, want):
    g = sorted(tuple(r.values()) for r in read_rows(got))
    w = sorted(tuple(r.values()) for r in read_rows(want))
    missing = [r for r in w if r not in g]
    extra = [r for r in g if r not in w]
    if not missing and not extra:
        print("ok")
    for r in missing:
        print("missing", r)
    for r in extra:
        print("extra", r)


def is_sorted(got):
    order = [(int(r["area"]) if r["area"] else 10 ** 9,
              (int(float(r["household_number"])), r["household_number"]) if r["household_number"] else (0, ""))
             for r in read_rows(got)]
    print("ok" if order == sorted(order) else "not sorted")


def after(got, out, actions):
    rows = read_rows(got)
    for a in actions:
        parts = a.split(":", 2)
        if parts[0] == "drop":
            hit = [r for r in rows if r["kind"] == parts[1] and parts[2] in (r["register_name"], r["extract_name"])]
            assert hit, a
            rows = [r for r in rows if r not in hit]
        else:
            for r in rows:
                if r["kind"] == "possible_match" and r["register_name"] == parts[1]:
                    r["kind"] = "differs"
    write_rows(out, rows)


def break_file(good, out, case):
    with open(good, encoding="utf-8", newline="") as f:
        lines = f.read().split("\r\n")
    header, first = lines[0], lines[1]
    cells = next(csv.reader([first]))
    rest = lines[2:]

    def put(cells_, hdr=header, more=()):
        return "\r\n".join([hdr, ",".join('"%s"' % c for c in cells_)] + list(more) + rest)

    def cell(i, v):
        c = list(cells)
        c[i] = v
        return put(c)

    data = None
    if case == "utf8":
        data = put(cells).encode().replace(cells[1].encode(), b"Nguy\xe9n V\xe3n", 1)
    elif case == "tcvn3":
        data = put(cells).encode().replace(cells[1].encode(), b"Nguy\xd6n", 1)
    elif case == "vni":
        data = put(cells).encode().replace(cells[1].encode(), b"Nguye\xe3n", 1)
    elif case == "utf16":
        data = b"\xff\xfe" + "\r\n".join(lines).encode("utf-16-le")
    elif case.startswith("no_"):
        col = {"no_cid": 0, "no_name": 1, "no_birth": 2, "no_sex": 3}[case]
        hdr = next(csv.reader([header]))
        hdr[col] = "Ghi chú"
        data = "\r\n".join([",".join(hdr)] + lines[1:])
    elif case == "two_cid":
        data = "\r\n".join([header + ",CCCD"] + [l + "," for l in lines[1:] if l])
    elif case == "dup_header":
        data = "\r\n".join([header + ",Họ và tên"] + [l + "," for l in lines[1:] if l])
    elif case == "semicolons":
        data = "\r\n".join(l.replace(",", ";") for l in lines)
    elif case == "empty":
        data = ""
    elif case == "header_only":
        data = header + "\r\n"
    elif case == "columns":
        data = put(cells[:-1])
    elif case == "quote":
        data = "\r\n".join([header, first, '"' + rest[0]] + rest[1:])
    elif case == "nul":
        data = put(cells).encode().replace(cells[1].encode(), cells[1].encode() + b"\x00", 1)
    elif case == "dup_cid":
        other = next(csv.reader([rest[0]]))
        other[0] = "001090000777"
        c = list(cells)
        c[0] = "001090000777"
        data = "\r\n".join([header, ",".join(c), ",".join('"%s"' % v for v in other)] + rest[1:])
    elif case == "same_person":
        c = list(cells)
        c[0] = ""
        data = "\r\n".join([header, ",".join(c), ",".join(c)] + rest)
    else:
        bad = {
            "cid_short": (0, "01090012345"), "cid_letters": (0, "00109A012345"), "cid_cmnd": (0, "123456789"),
            "cid_scientific": (0, "1.23457E+11"), "date_impossible": (2, "31/02/1990"),
            "date_month13": (2, "12/13/1990"), "date_future": (2, "01/01/2031"), "date_form": (2, "3/1990"),
            "date_range": (2, "01/01/1850"), "date_empty": (2, ""), "name_empty": (1, ""),
            "name_digits": (1, "Nguyễn Văn 2"), "name_long": (1, "Nguyễn " * 30), "sex": (3, "X"),
            "residence": (5, "Vãng lai"), "household_code": (4, "H" * 60),
        }[case]
        data = cell(*bad)
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(out, "wb") as f:
        f.write(data)


def count(got, kind):
    print(sum(1 for r in read_rows(got) if r["kind"] == kind))


if __name__ == "__main__":
    cmd = sys.argv[1]
    if cmd == "make":
        make(*sys.argv[2:6])
    elif cmd == "same":
        same(sys.argv[2], sys.argv[3])
    elif cmd == "sorted":
        is_sorted(sys.argv[2])
    elif cmd == "count":
        count(sys.argv[2], sys.argv[3])
    elif cmd == "after":
        after(sys.argv[2], sys.argv[3], sys.argv[4:])
    elif cmd == "break":
        break_file(sys.argv[2], sys.argv[3], sys.argv[4])
