#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING.
# indicators_v2.sh: the package of indicators v2 (format version 3), a
# version-1 package kept from danso 0.2.0 (tests/data/package_v1) that the
# upper level still imports, and the fertility block recomputed at the
# upper level from the summed age groups (docs/indicators.md, docs/format.md).
. "${TOP_SRCDIR:-.}/tests/lib.sh"

export DANSO_TODAY=2025-06-15 DANSO_NOW=2025-06-15T08:00:00Z LANGUAGE=en
P=2025-05
V1="$TOP_SRCDIR/tests/data/package_v1/danso_10009_202505_r1_manifest.csv"

# commune CODE SEED: a demo commune in $T/CODE.db exporting $P into $T/pCODE.
commune() {
	mkdir -p "$T/p$1" &&
	DANSO_DB="$T/$1.db" ${DANSO_WRAPPER:-} "$DANSO" init --commune "$1" --name "Xã $1" >/dev/null &&
	DANSO_DB="$T/$1.db" ${DANSO_WRAPPER:-} "$DANSO" demo --households 120 --months 14 --seed "$2" >/dev/null &&
	DANSO_DB="$T/$1.db" ${DANSO_WRAPPER:-} "$DANSO" export --period $P --out "$T/p$1" >/dev/null
}
ok "demo commune 10001 exports" commune 10001 1
ok "demo commune 10002 exports" commune 10002 2
M1="$T/p10001/danso_10001_202505_r1_manifest.csv"
M2="$T/p10002/danso_10002_202505_r1_manifest.csv"

# ---- a new package is format version 3 and carries the v2 ids
is "$(python3 -c 'import csv,sys; print(dict(csv.reader(open(sys.argv[1])))["format_version"])' "$M1")" 3 \
	"a package with indicators v2 says format_version 3"
is "$(python3 -c '
import csv, sys
ids = [r["indicator"] for r in csv.DictReader(open(sys.argv[1], newline="", encoding="utf-8"))]
need = ["prenatal_screened_4", "prenatal_screening_4_rate", "newborn_screened_5", "newborn_screening_5_rate",
        "tfr", "cbr", "births_12m", "population_mid_12m"] + \
       ["women_%d_%d" % (a, a + 4) for a in range(15, 50, 5)] + ["births_mother_%d_%d" % (a, a + 4) for a in range(15, 50, 5)]
print(len(ids), " ".join(x for x in need if x not in ids) or "all")' "$T/p10001/danso_10001_202505_r1_report.csv")" \
	"72 all" "its report has the 72 indicators of v2, the new ids among them"

# ---- the version-1 package of danso 0.2.0 still imports
export DANSO_DB="$T/upper.db"
is "$(python3 -c 'import csv,sys; print(dict(csv.reader(open(sys.argv[1])))["format_version"])' "$V1")" 1 \
	"the fixture is a version-1 package"
run import "$V1"
is "$rc" 0 "the upper level imports a version-1 package (indicators v1, no v2 rows)"
like "$out" "10009 2025-05 r1: imported" "... and says so"
run report --by-commune --period $P --format csv
is "$(printf '%s' "$out" | python3 -c '
import csv, sys
rows = {r[0]: r[2] for r in list(csv.reader(sys.stdin))[1:]}
print(rows["births_total"] != "", repr(rows["tfr"]), repr(rows["newborn_screening_5_rate"]))')" \
	"True '' ''" "its v1 counts are there; the v2 rates are not applicable (empty), never 0"

# ---- a version-1 package that holds a v2 row is refused
mkdir -p "$T/bad"
cp "$TOP_SRCDIR"/tests/data/package_v1/* "$T/bad/"
chmod u+w "$T"/bad/*
python3 - "$T/bad" <<'PY'
import csv, hashlib, io, os, sys
d = sys.argv[1]
rep = os.path.join(d, "danso_10009_202505_r1_report.csv")
man = os.path.join(d, "danso_10009_202505_r1_manifest.csv")
with open(rep, "ab") as f:
    f.write("10009,2025-05,tfr,2.10,Tổng tỷ suất sinh\r\n".encode())
data = open(rep, "rb").read()
rows = list(csv.reader(open(man, newline="", encoding="utf-8")))
for r in rows:
    if r[0] == "file.1.rows":
        r[1] = str(int(r[1]) + 1)
    if r[0] == "file.1.sha256":
        r[1] = hashlib.sha256(data).hexdigest()
out = io.StringIO()
csv.writer(out, lineterminator="\r\n").writerows(rows)
open(man, "w", encoding="utf-8", newline="").write(out.getvalue())
PY
DANSO_DB="$T/upper2.db" run import "$T/bad/danso_10009_202505_r1_manifest.csv"
is "$rc" 1 "a version-1 package with a v2 indicator is refused"
like "$err" "report.csv:52:3: .*indicator \"tfr\" \(indicators v2\) needs format version 3; the manifest says 1" \
	"... naming the file, line, column and the version it needs"

# ---- two v2 communes: the upper level recomputes TFR and CBR from summed parts
export DANSO_DB="$T/upper3.db"
run import "$M1" "$M2"
is "$rc" 0 "the upper level imports two version-3 packages"
run report --by-commune --period $P --format csv
is "$(printf '%s' "$out" | python3 -c '
import csv, sys
from decimal import Decimal, ROUND_HALF_UP
rows = list(csv.reader(sys.stdin))
head = rows[0]
col = {r[0]: r[2:] for r in rows[1:]}
problems = []
for c in range(len(head) - 2):
    w = [int(col["women_%d_%d" % (a, a + 4)][c]) for a in range(15, 50, 5)]
    b = [int(col["births_mother_%d_%d" % (a, a + 4)][c]) for a in range(15, 50, 5)]
    if any(x == 0 and y > 0 for x, y in zip(w, b)):
        want = ""
    else:
        tfr = 5 * sum(Decimal(y) / Decimal(x) for x, y in zip(w, b) if x > 0)
        want = str(tfr.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))
    if col["tfr"][c] != want:
        problems.append("%s: tfr %s, want %s" % (head[c + 2], col["tfr"][c], want))
    cbr = Decimal(int(col["births_12m"][c]) * 1000) / Decimal(int(col["population_mid_12m"][c]))
    if col["cbr"][c] != str(cbr.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)):
        problems.append("%s: cbr %s" % (head[c + 2], col["cbr"][c]))
if col["women_25_29"][2] != str(int(col["women_25_29"][0]) + int(col["women_25_29"][1])):
    problems.append("women_25_29 does not add up")
if col["tfr"][2] in (col["tfr"][0], col["tfr"][1]) and col["tfr"][0] != col["tfr"][1]:
    problems.append("total tfr equals one commune")
print(head[2:], "ok" if not problems else problems)')" \
	"['10001', '10002', 'total'] ok" "TFR and CBR of each commune and of the total from the (summed) age groups"

done_testing
