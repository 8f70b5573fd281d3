#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING.
# The export package and the upper level's import: every file the program
# writes is read back with python3's csv module (tests/cmd/package_tool.py).
. "${TOP_SRCDIR:-.}/tests/lib.sh"
need sqlite3 python3

TOOL="python3 $TOP_SRCDIR/tests/cmd/package_tool.py"
export DANSO_TODAY=2025-06-15 DANSO_NOW=2025-06-15T08:00:00Z
P=2025-05
export LANGUAGE=en

# commune CODE SEED: a demo commune in $T/CODE.db (the officer's PIN from lib.sh).
commune() {
	DANSO_DB="$T/$1.db" danso init --commune "$1" --name "Xã $1" >/dev/null &&
	DANSO_DB="$T/$1.db" danso demo --households 120 --months 3 --seed "$2" >/dev/null
}
# dump DB: the upper database's content, to compare before and after.
dump() { sqlite3 "$1" .dump | grep -v '^INSERT INTO audit' | sha256sum; }

ok "demo commune 10001" commune 10001 1
export DANSO_DB="$T/10001.db"
mkdir -p "$T/out1" "$T/out2" "$T/out3"

# ---- usage and refusals before anything is written
run export --period $P
is "$rc" 2 "export without --out is a usage error"
run export --period $P --out "$T/nowhere"
is "$rc" 1 "an --out that does not exist is refused"
touch "$T/afile"
run export --period $P --out "$T/afile"
is "$rc" 1 "an --out that is a file is refused"
like "$err" "must be an existing folder" "... saying it must be a folder"
run export --period 2025-Q2 --out "$T/out1"
is "$rc" 1 "only a month can be exported"
is "$(sql "SELECT count(*) FROM period_lock")" 0 "refusals lock nothing"

# ---- revision 1
run export --period $P --out "$T/out1" --dhis2
is "$rc" 0 "export of $P succeeds"
like "$out" "revision 1" "it says revision 1"
M1="$T/out1/danso_10001_202505_r1_manifest.csv"
is "$(ls "$T/out1" | tr '\n' ' ')" "danso_10001_202505_r1_dhis2.csv danso_10001_202505_r1_dhis2.json danso_10001_202505_r1_events.csv danso_10001_202505_r1_manifest.csv danso_10001_202505_r1_report.csv " \
	"the package's four files and the DHIS2 JSON, named as documented, no temporary file left"
is "$($TOOL check "$M1")" "ok" "checksums, row counts, CRLF (LF on the DHIS2 file), NFC, headers, ids, kinds and dates verify"
is "$(sql "SELECT locked || ',' || revision FROM period_lock WHERE period = '$P'")" "1,1" "the month is locked at revision 1"
is "$(sql "SELECT count(*) FROM export_log WHERE period = '$P' AND revision = 1")" 1 "the export is logged"
ls "$T"/backups/danso-*.db >/dev/null 2>&1 && b=1 || b=0
is "$b" 1 "a backup was made before the export"
is "$($TOOL column "$M1" key | tr '\n' ' ')" \
	"format format_version program program_version commune_code commune_name period revision created_at user names excel file.count file.1.name file.1.part file.1.rows file.1.sha256 file.2.name file.2.part file.2.rows file.2.sha256 file.3.name file.3.part file.3.rows file.3.sha256 " \
	"the manifest's keys in the documented order"
is "$(grep -c '' <($TOOL column "$T/out1/danso_10001_202505_r1_events.csv" event_id))" \
	"$(sql "SELECT count(*) FROM event WHERE period = '$P' AND cancelled = 0")" "one events row per event of the month"
is "$($TOOL column "$T/out1/danso_10001_202505_r1_events.csv" event_id | sort | tr '\n' ' ')" \
	"$(sql "SELECT uid FROM event WHERE period = '$P' AND cancelled = 0 ORDER BY uid" | tr '\n' ' ')" "event_id is the event's uid"
run report --period $P --format csv
is "$($TOOL column "$T/out1/danso_10001_202505_r1_report.csv" value | tr '\n' ' ')" \
	"$(printf '%s' "$out" | python3 -c 'import csv,sys; r=list(csv.reader(sys.stdin)); print(" ".join(x[3] for x in r[1:]))') " \
	"the report file's values equal danso report's, value by value"
is "$(grep -c '' <($TOOL column "$T/out1/danso_10001_202505_r1_events.csv" full_name | grep .))" \
	"$(grep -c '' <($TOOL column "$T/out1/danso_10001_202505_r1_events.csv" person_key | grep .))" "names are written without --no-names"

# ---- DHIS2 without a mapping file
D1="$T/out1/danso_10001_202505_r1_dhis2.csv"
is "$(head -1 "$D1")" "dataElement,period,orgUnit,categoryOptionCombo,attributeOptionCombo,value,storedBy,timestamp,comment,followUp" \
	"DHIS2 columns in the documented order, named as 2.43 matches them"
is "$($TOOL column "$D1" period | sort -u)" "202505" "DHIS2 period is YYYYMM"
is "$($TOOL column "$D1" orgUnit | sort -u)" "10001" "orgunit is the commune code"
is "$($TOOL column "$D1" value | grep -c '^0$')" 0 "no zero is written without a mapping"
like "$($TOOL column "$D1" dataElement | tr '\n' ' ')" "DANSO_HOUSEHOLDS_TOTAL DANSO_HOUSEHOLDS_FAMILY DANSO_POPULATION_TOTAL" "data elements by code"
unlike "$($TOOL column "$D1" dataElement | tr '\n' ' ')" "PCT|SEX_RATIO" "rates are left to DHIS2"

# ---- the lock
run export --period $P --out "$T/out2"
is "$rc" 1 "a locked month is not exported again"
like "$err" "unlock" "... the message says to unlock it"
DANSO_USER=nobody run unlock --period $P --reason "x"
is "$rc" 1 "an unknown user cannot unlock"
run unlock --period $P
is "$rc" 2 "unlock needs a reason"
run unlock --period $P --reason "sửa ngày sinh"
is "$rc" 0 "the officer unlocks with a reason"
is "$(sql "SELECT reason FROM audit WHERE entity = 'period' AND action = 'unlock'")" "sửa ngày sinh" "the reason is in the audit log"

# ---- revision 2 with --no-names, --excel and a mapping file
first=$(sql "SELECT m.id FROM event e JOIN member m ON m.id = e.member_id WHERE e.period = '$P' AND e.cancelled = 0 ORDER BY e.event_date, e.id LIMIT 1")
sql "UPDATE member SET full_name = '=HYPERLINK(\"x\")' WHERE id = $first"
cat >"$T/map.csv" <<'EOF'
indicator,dataelement,categoryoptioncombo,store_zero
births_total,aBcDeFgHiJ1,HllvX50cXC0,1
deaths_under1,kLmNoPqRsT2,,1
moves_in,uVwXyZaBcD3,,0
EOF
run export --period $P --out "$T/out2" --no-names --dhis2 "$T/map.csv"
is "$rc" 0 "the corrected month exports again"
M2="$T/out2/danso_10001_202505_r2_manifest.csv"
like "$out" "revision 2" "... as revision 2"
is "$($TOOL check "$M2")" "ok" "revision 2 verifies"
is "$($TOOL column "$M2" value | sed -n 8p)" "2" "the manifest says revision 2"
E2="$T/out2/danso_10001_202505_r2_events.csv"
is "$($TOOL column "$E2" full_name | grep -c .)" 0 "--no-names: no full names"
is "$($TOOL column "$E2" person_id | grep -c .)" 0 "--no-names: no person ids"
is "$($TOOL column "$E2" related_name | grep -c .)" 0 "--no-names: no child or spouse names"
is "$($TOOL keys "$E2" | sort)" "$($TOOL keys "$T/out1/danso_10001_202505_r1_events.csv" | sort)" \
	"person_key is the same for every event in both exports"
is "$($TOOL column "$M2" value | sed -n 11p)" "omitted" "the manifest says names are omitted"
D2="$T/out2/danso_10001_202505_r2_dhis2.csv"
is "$($TOOL column "$D2" dataElement | head -2 | tr '\n' ' ')" "aBcDeFgHiJ1 kLmNoPqRsT2 " "only mapped elements, by UID"
is "$($TOOL column "$D2" dataElement | tail -n +3 | tr '\n' ' ')" "$($TOOL column "$D1" dataElement | tr '\n' ' ')" \
	"then every element revision 1 sent and revision 2 does not ..."
is "$($TOOL column "$D2" value | tail -n +3 | sort -u)" "0" "... with a zero that clears it in DHIS2"
is "$($TOOL column "$D2" categoryOptionCombo | head -1)" "HllvX50cXC0" "the mapped category option combo"
is "$(grep -c 'kLmNoPqRsT2,202505,10001,,,0,' "$D2")" 1 "a zero is written where the mapping stores zeros"
cat >"$T/badmap.csv" <<'EOF'
indicator,dataelement,categoryoptioncombo
births_total,aBcDeFgHiJ1,
no_such_thing,xYz,
EOF
run unlock --period $P --reason "again"
run export --period $P --out "$T/out3" --dhis2 "$T/badmap.csv"
is "$rc" 1 "a mapping file with an unknown indicator is refused"
like "$err" "badmap.csv:3:1: indicator: unknown indicator" "... at file:line:column"
is "$(ls "$T/out3" | wc -l)" 0 "... and nothing is left in the folder"
run export --period $P --out "$T/out3" --excel
is "$rc" 0 "excel export"
M3="$T/out3/danso_10001_202505_r3_manifest.csv"
is "$($TOOL check "$M3")" "ok" "the excel package verifies (BOM on every file)"
is "$(head -c 3 "$T/out3/danso_10001_202505_r3_events.csv" | od -An -tx1 | tr -d ' ')" "efbbbf" "excel mode starts with a BOM"
is "$($TOOL column "$T/out3/danso_10001_202505_r3_events.csv" full_name | grep -c "^'=HYPERLINK")" \
	"$(sql "SELECT count(*) FROM event WHERE period = '$P' AND cancelled = 0 AND member_id = $first")" \
	"a formula-looking cell is neutralised (one row per event of that person)"

# ---- upper level: round trip, several communes, revisions
ok "demo commune 10002" commune 10002 2
ok "demo commune 10003" commune 10003 3
for c in 10002 10003; do
	mkdir -p "$T/p$c"
	DANSO_DB="$T/$c.db" run export --period $P --out "$T/p$c"
	is "$rc" 0 "commune $c exports"
done
export DANSO_DB="$T/upper.db"
run import "$M1"
is "$rc" 0 "the upper level imports commune 10001 revision 1"
like "$out" "10001 2025-05 r1: imported" "... and says so"
run report --by-commune --period $P --format csv
is "$(printf '%s' "$out" | python3 -c 'import csv,sys; r=list(csv.reader(sys.stdin)); print(r[0][2], " ".join(x[2] for x in r[1:]))')" \
	"10001 $($TOOL column "$T/out1/danso_10001_202505_r1_report.csv" value | tr '\n' ' ' | sed 's/ $//')" \
	"report --by-commune shows the commune's own report values"
before=$(dump "$T/upper.db")
run import "$M1"
is "$rc" 0 "importing the same revision again succeeds"
like "$out" "already imported, nothing changed" "... and says nothing changed"
is "$(dump "$T/upper.db")" "$before" "... and the database is unchanged"
run import "$T/out3" "$T/p10002" "$T/p10003/danso_10003_202505_r1_events.csv"
is "$rc" 0 "a folder, another folder and a loose file import together"
like "$out" "replaced revision 1" "revision 3 replaces revision 1"
is "$(sqlite3 "$T/upper.db" "SELECT revision FROM import_package WHERE commune_code = '10001'")" 3 "... the upper level holds revision 3"
is "$(sqlite3 "$T/upper.db" "SELECT count(*) FROM import_event WHERE commune_code = '10001'")" \
	"$(grep -c '' <($TOOL column "$T/out3/danso_10001_202505_r3_events.csv" event_id))" "... with revision 3's events only"
before=$(dump "$T/upper.db")
run import "$M2"
is "$rc" 1 "a lower revision is refused"
like "$err" "revision 3 of commune 10001, period 2025-05 is held; revision 2 is older" "... saying which is held"
is "$(dump "$T/upper.db")" "$before" "... and nothing changed"
run report --by-commune --period $P --format csv
is "$(printf '%s' "$out" | python3 -c '
import csv, sys
rows = list(csv.reader(sys.stdin))
assert rows[0][2:] == ["10001", "10002", "10003", "total"], rows[0]
bad = [r[0] for r in rows[1:] if not r[0].endswith(("_pct", "_ratio", "at_birth", "_rate")) and r[0] not in ("tfr", "cbr") and
       r[5] != str(sum(int(x) for x in r[2:5]))]
print("sums ok" if not bad else bad)')" "sums ok" "three communes consolidate to exact sums in the total column"
run report --by-commune --period $P
like "$out" "10001 +10002 +10003" "the text layout has one column per commune"
like "$out" "Tổng|Total" "... and a total column"

# ---- broken packages: each refused with its place, the database unchanged
GOOD="$T/p10002/danso_10002_202505_r1_manifest.csv"
foreign=$($TOOL column "$T/p10003/danso_10003_202505_r1_events.csv" event_id | head -1)
before=$(dump "$T/upper.db")
n=0
while IFS='|' read -r case pattern; do
	n=$((n + 1))
	$TOOL break "$GOOD" "$T/broken/$case" "$case" "$foreign"
	run import "$T/broken/$case"
	is "$rc" 1 "broken package ($case) is refused"
	like "$err" "$pattern" "... ($case) message: $pattern"
done <<'EOF'
sha|danso_10002_202505_r1_events.csv: the SHA-256 differs
rows|danso_10002_202505_r1_events.csv: holds [0-9]+ data rows, the manifest says
missing_file|danso_10002_202505_r1_events.csv: the manifest lists this file but it is missing
manifest_key|manifest.csv: revision: the manifest lacks the key
manifest_version|format_version: format "danso-export 9" is not supported
manifest_name|file.1: file.1.name must be danso_10002_202505_r1_report.csv
columns|events.csv:2: the line has 48 columns but the header has 49
header|events.csv:1:13: ethnicity: header row: column 13 must be "ethnicity"
utf8|events.csv:2:9: .*UTF-8
tcvn3|events.csv:2:9: .*TCVN3
vni|events.csv:2:9: .*VNI
kind|events.csv:2:4: kind: unknown event kind: "wedding"
date_outside|events.csv:2:5: date: date 2024-01-15 is outside the period 2025-05
date_invalid|events.csv:2:5: date: invalid date
duplicate_id|events.csv:3:1: event_id: event id [0-9a-f]{32} appears twice in the file
bad_id|events.csv:2:1: event_id: an event id is 32 lowercase hex digits
ethnicity|events.csv:2:13: ethnicity: code "99" is not in the code list ethnicity
sex|events.csv:2:11: sex: expected a whole number from 1 to 2
commune|events.csv:2:2: commune_code: commune code "99999" differs from the manifest's
indicator|report.csv:2:3: indicator: unknown indicator: "births_by_magic"
value|report.csv:2:4: value: the value is not a number
quote|events.csv:[0-9]+:[0-9]+: .*(quote|ngoặc)
empty_events|events.csv: the file is empty
foreign_id|events.csv:2:1: event_id: event id [0-9a-f]{32} is already held, imported for commune 10003
EOF
ok "at least 20 kinds of broken packages" test "$n" -ge 20
is "$(dump "$T/upper.db")" "$before" "after every broken package the upper database is unchanged"
# The same foreign id in a package the register does not hold yet: its ids
# are checked by the store itself (the event id is the key), in the
# transaction that is rolled back.
DANSO_DB="$T/upper2.db" run import "$T/p10003/danso_10003_202505_r1_manifest.csv"
is "$rc" 0 "a second upper level imports commune 10003"
before=$(dump "$T/upper2.db")
DANSO_DB="$T/upper2.db" run import "$T/broken/foreign_id"
is "$rc" 1 "a new package with an event id of commune 10003 is refused"
like "$err" "events.csv:2:1: event_id: event id [0-9a-f]{32} is already held, imported for commune 10003, period 2025-05" \
	"... saying where and whose"
is "$(dump "$T/upper2.db")" "$before" "... and nothing of it is kept"
run import "$T/p10002/danso_10002_202505_r1_zzz.csv"
is "$rc" 1 "a loose file without its manifest is refused"

done_testing
