#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING.
"""drawcheck.py LOG LINES CHECK: read the draw log danso writes under
$DANSO_TEST_DRAWLOG (tui/term.c: "P y x width pad used fits drawn full",
"F" at the start of a frame, "S" when it is shown) and print, one a line,
the texts of the shown frames that fail CHECK:

  cut      drawn shorter than the text it was given and not ending with the
           mark "…" (a text cut without a mark)
  overlap  drawn over cells another text of the same frame had filled,
           touching another text with no space between them, or filling
           its column to the last cell where the next column (a field, even
           empty) starts (runs into the next column)
  keys     the key line (last row) not shown whole
  raw      "(null)", or a raw code / English field name where a label
           belongs ("residence: 2", "BP 1", "method 7")

Each offender is printed once. Exit 0 always; walk.sh counts the lines."""
import re
import sys
import unicodedata

# a key line ending in a key with nothing it does ("... Esc", "Ctrl-")
BARE_KEY = re.compile(r"(^|\s)(Esc|Enter|Tab|F\d+|Ctrl-\S?|\S*/)$")

RAW = [
    re.compile(r"\(null\)"),
    re.compile(r"\b(full_name|birth_date|person_id|residence|marital|relation|ethnicity|education|sex)\s*:"),
    re.compile(r"\bBP \d"),
    re.compile(r"\bmethod \d"),
]


def border(c):
    """A box-drawing character: a frame's line, which a title may sit on
    and which may touch what the box covers."""
    return any("\u2500" <= ch <= "\u257f" for ch in c)


def cells(text):
    """The text as a list of cells (a wide character takes two)."""
    out = []
    for ch in text:
        if unicodedata.combining(ch) and out:
            out[-1] += ch
            continue
        out.append(ch)
        if unicodedata.east_asian_width(ch) in ("W", "F"):
            out.append("")
    return out


def main():
    log, lines, check = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    seen = set()
    found = []
    frame = {}
    puts = []

    def report(what):
        if what not in seen:
            seen.add(what)
            found.append(what)

    def shown():
        for p in puts:
            y, x, width, pad, used, fits, drawn, full = p
            if check == "cut" and not fits and not drawn.rstrip().endswith("…") and drawn.rstrip() != full.rstrip():
                report("[%s] cut to [%s]" % (full, drawn))
            if check == "keys" and y == lines - 1 and x == 0 and (
                    (not fits and drawn.rstrip() != full.rstrip()) or drawn.rstrip().endswith("…")
                    or BARE_KEY.search(drawn.rstrip())):
                report("key line [%s] shown as [%s]" % (full, drawn))
            if check == "raw":
                for r in RAW:
                    if r.search(full):
                        report("[%s]" % full)
        if check == "overlap":
            grid = {}
            owners = {}
            for i, p in enumerate(puts):
                y, x, width, pad, used, fits, drawn, full = p
                row = grid.setdefault(y, {})
                cs = cells(drawn)
                for k, c in enumerate(cs):
                    old = row.get(x + k)
                    if not pad and old is not None and old[0].strip() and old[1] != i and c.strip() \
                            and not border(old[0]) and not border(c):
                        report("[%s] drawn over [%s]" % (full, puts[old[1]][7]))
                        break
                if cs and cs[0].strip() and x > 0:
                    old = row.get(x - 1)
                    if old is not None and old[0].strip() and old[1] != i and not border(old[0]) \
                            and not border(cs[0]):
                        report("[%s] runs on from [%s]" % (full, puts[old[1]][7]))
                end = x + len(cs)
                if cs and cs[-1].strip() and not pad:
                    old = row.get(end)
                    if old is not None and old[0].strip() and old[1] != i and not border(old[0]) \
                            and not border(cs[-1]):
                        report("[%s] runs into [%s]" % (full, puts[old[1]][7]))
                for k, c in enumerate(cs):
                    row[x + k] = (c, i)
                owners.setdefault(y, []).append(i)
                if pad:
                    for k in range(len(cs), width):
                        row[x + k] = (" ", i)

    def touching():
        """A text that fills its column to the last cell, ending in a
        letter, with the next column (a field, even an empty one) starting
        in the very next cell: whatever the field shows runs on from it."""
        starts = {}
        for i, p in enumerate(puts):
            starts.setdefault((p[0], p[1]), []).append(i)
        for i, p in enumerate(puts):
            y, x, width, pad, used, fits, drawn, full = p
            cs = cells(drawn)
            if pad or not cs or used != width or not cs[-1].strip() or border(cs[-1]):
                continue
            if any(j != i for j in starts.get((y, x + width), [])):
                report("[%s] fills its column to the next one" % full)

    with open(log, encoding="utf-8", errors="replace") as f:
        for line in f:
            line = line.rstrip("\n")
            if line == "F":
                puts = []
            elif line == "S":
                shown()
                if check == "overlap":
                    touching()
            elif line.startswith("P\t"):
                parts = line.split("\t")
                if len(parts) < 9:
                    continue
                y, x, width, pad, used, fits = (int(v) for v in parts[1:7])
                puts.append((y, x, width, pad, used, fits, parts[7], parts[8]))
    for what in found:
        print(what)


if __name__ == "__main__":
    main()
