#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING.
"""demo_digest.py DB: one line per table that `danso demo` fills,
"table rows sha256", for tests/cmd/demo_golden.sh.

Every column of those tables is read (the rows sorted), except what is not
drawn from the seed: the users' PIN hashes (random salt). The audit, written
by app/ for each of the same changes, is counted only, so that a change of
the audit's format elsewhere does not show here."""
import hashlib
import sqlite3
import sys

TABLES = ["area", "app_user", "household", "member", "event", "fp_status"]
SKIP_COLUMNS = {
    "app_user": {"pin_hash"},
}


def main():
    con = sqlite3.connect(sys.argv[1])
    for t in TABLES:
        cols = [r[1] for r in con.execute(f'PRAGMA table_info("{t}")')]
        keep = [c for c in cols if c not in SKIP_COLUMNS.get(t, ())]
        sel = ", ".join(f'"{c}"' for c in keep)
        lines = []
        for row in con.execute(f'SELECT {sel} FROM "{t}"'):
            lines.append(repr(row))
        h = hashlib.sha256()
        for line in sorted(lines):
            h.update(line.encode("utf-8") + b"\n")
        print(f"{t} {len(lines)} {h.hexdigest()}")
    print("audit %d" % con.execute("SELECT count(*) FROM audit").fetchone()[0])


main()
