#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING.
# `danso residents-compare`: the register against an extract of the national
# residents database. A fixture extract built from a demo commune with known
# differences gives exactly those lists (read back with python3 csv); the
# decisions are kept and the next run shows only the rest; broken extracts
# are refused with their place and nothing changes; only keys are kept.
. "${TOP_SRCDIR:-.}/tests/lib.sh"

TOOL="python3 $TOP_SRCDIR/tests/cmd/residents_fixture.py"
export DANSO_TODAY=2026-03-15 DANSO_NOW=2026-03-15T08:00:00Z
export LANGUAGE=en
# dump: the database without the audit rows (logins and comparisons add some)
dump() { sqlite3 "$DANSO_DB" .dump | grep -v '^INSERT INTO audit' | sha256sum; }

# ---- usage mistakes: exit 2 before anything is opened
run residents-compare
is "$rc" 2 "no file is a usage error"
run residents-compare a.csv b.csv
is "$rc" 2 "two files are a usage error"
run residents-compare a.csv --format xml
is "$rc" 2 "--format xml is a usage error"
like "$err" "--format" "... naming --format"
run residents-compare a.csv --dismiss 0123456789
is "$rc" 2 "--dismiss without --reason is a usage error"
run residents-compare a.csv --dismiss 0123456789 --reason x --confirm 0123456789
is "$rc" 2 "--dismiss with --confirm is a usage error"
run residents-compare a.csv --map "colour=Màu"
is "$rc" 2 "--map with an unknown field is a usage error"
like "$err" "unknown field \"colour\"" "... naming the field"
run residents-compare a.csv --map "citizen_id"
is "$rc" 2 "--map without '=' is a usage error"

# ---- the demo commune and the fixture
run init --commune 00001 --name "Xã Mẫu" --province 01
is "$rc" 0 "init"
run demo --households 150 --months 6 --seed 11
is "$rc" 0 "demo commune of 150 households"
X="$T/extract.csv"
ok "fixture extract written" $TOOL make "$DANSO_DB" "$X" "$T/want.csv" 3
is "$(grep -c '' "$T/want.csv")" 61 "the fixture expects 60 findings"

# the extract is the officer's: a collaborator is refused and nothing is kept
DANSO_USER=ctv1 run residents-compare "$X"
is "$rc" 1 "a collaborator cannot compare"
like "$err" "only the commune officer" "... the message says who may"
is "$(sql "SELECT count(*) FROM audit WHERE entity = 'residents_extract'")" 0 "a refused comparison is not audited as one"

before=$(dump)
run residents-compare "$X" --format csv
is "$rc" 0 "the comparison succeeds"
printf '%s\n' "$out" > "$T/run1.csv"
is "$($TOOL same "$T/run1.csv" "$T/want.csv")" "ok" "the CSV holds exactly the fixture's differences"
is "$($TOOL count "$T/run1.csv" extract_only)" 20 "20 in the extract only (births, move-ins)"
is "$($TOOL count "$T/run1.csv" register_only)" 15 "15 in the register only"
is "$($TOOL count "$T/run1.csv" differs)" 10 "10 with changed details"
is "$($TOOL count "$T/run1.csv" possible_match)" 15 "10 typos and 5 day/month swaps marked as possible matches"
is "$($TOOL sorted "$T/run1.csv")" "ok" "rows come by area and household"
is "$(head -1 "$T/run1.csv" | tr -d '\r')" \
	"kind,area,household_number,register_name,extract_name,citizen_id,field,register_value,extract_value" \
	"the documented columns, in order"
is "$(dump)" "$before" "the comparison changes nothing in the register"
is "$(sql "SELECT count(*) FROM audit WHERE entity = 'residents_extract' AND action = 'compare'
           AND after LIKE '%\"extract_only\":20,\"register_only\":15,\"differs\":10,\"possible_match\":15%'")" 1 \
	"the comparison is audited with its counts"
is "$(sql "SELECT user_id = (SELECT id FROM app_user WHERE login = 'canbo') FROM audit WHERE entity = 'residents_extract'")" 1 \
	"... under the officer's login"

run residents-compare "$X"
is "$rc" 0 "the text report"
like "$out" "with a citizen id: [0-9]+ \([0-9.]+%\); matched in the extract: [0-9]+ \([0-9.]+%\)" \
	"the shares of citizen ids and of matches"
like "$out" "Total +[0-9]+ +[0-9]+ +[0-9]+ +20 +15 +10 +15" "the counts per kind in the total row"
like "$out" "Area 1" "the lists by area"
like "$out" "Household [0-9]+" "... and household"
like "$out" "\[[0-9a-f]{10}\] possible_match .*full_name" "a possible match on the name, with its reference"
like "$out" "\[[0-9a-f]{10}\] possible_match .*birth_date" "a possible match on a swapped date"
like "$out" "register_only .*-> record a death or a move-out" "each line says what would fix it"
printf '%s\n' "$out" > "$T/run1.txt"

# ---- the workbook: a summary sheet and the lines, read back with openpyxl
if /usr/bin/python3 -c 'import openpyxl' 2>/dev/null; then
	run residents-compare "$X" --xlsx "$T/residents.xlsx" --format csv
	is "$rc" 0 "--xlsx writes the workbook"
	is "$(/usr/bin/python3 - "$T/residents.xlsx" "$T/run1.csv" <<'EOF'
import csv, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
lines = [["" if v is None else str(v) for v in r] for r in wb.worksheets[1].iter_rows(values_only=True)]
want = list(csv.reader(open(sys.argv[2], encoding="utf-8")))
total = [r for r in wb.worksheets[0].iter_rows(values_only=True) if r[0] in ("Tổng", "Total")][0]
print("ok" if lines == want and list(total[6:10]) == [20, 15, 10, 15] else "differs: %r %r" % (total, lines[:2]))
EOF
)" "ok" "the workbook's lines equal the CSV, its total row counts 20, 15, 10 and 15"
else
	_tap_n=$((_tap_n + 1)); echo "ok $_tap_n # SKIP python3-openpyxl is not installed"
fi

# ---- privacy: names only in the extract are never stored
names=$(python3 -c 'import csv,sys
for r in csv.DictReader(open(sys.argv[1], encoding="utf-8")):
    if r["kind"] == "extract_only": print(r["extract_name"])' "$T/run1.csv")
leak=0
while IFS= read -r n; do sqlite3 "$DANSO_DB" .dump | grep -qF "$n" && leak=1; done <<<"$names"
is "$leak" 0 "no name of the extract is in the database"

# ---- decisions: dismiss some lines, confirm some possible matches
ref() { grep -E "\] $1 +$2" "$T/run1.txt" | head -1 | sed -E 's/^ *\[([0-9a-f]+)\].*/\1/'; }
name_of() { grep -E "\] $1 " "$T/run1.txt" | sed -n "${2}p" | sed -E 's/^ *\[[0-9a-f]+\] [a-z_]+ +([^,:/]+)[,:/].*/\1/' | sed 's/ *$//'; }
actions=()
for i in 1 2 3; do
	n=$(name_of register_only $i)
	r=$(ref register_only "$n")
	run residents-compare "$X" --dismiss "$r" --reason "đã chuyển đi, chờ giấy tờ"
	is "$rc" 0 "dismiss register-only line $r"
	actions+=("drop:register_only:$n")
done
n=$(name_of extract_only 1)
run residents-compare "$X" --dismiss "$(ref extract_only "$n")" --reason "đăng ký tạm trú ngắn ngày"
is "$rc" 0 "dismiss an extract-only line"
actions+=("drop:extract_only:$n")
n=$(name_of differs 1)
run residents-compare "$X" --dismiss "$(ref differs "$n")" --reason "sổ đúng, công an sẽ sửa"
is "$rc" 0 "dismiss a difference"
actions+=("drop:differs:$n")
for i in 1 2; do
	n=$(name_of possible_match $i)
	run residents-compare "$X" --confirm "$(ref possible_match "$n")"
	is "$rc" 0 "confirm possible match $i"
	like "$out" "Confirmed" "... said"
	actions+=("confirm:$n")
done
n=$(name_of possible_match 3)
run residents-compare "$X" --dismiss "$(ref possible_match "$n")" --reason "hai người khác nhau"
is "$rc" 0 "dismiss a possible match: not the same person"
is "$(sql "SELECT count(*) FROM residents_decision")" 8 "eight decisions kept"
is "$(sql "SELECT count(*) FROM residents_decision WHERE decision = 'dismiss' AND reason <> ''")" 6 \
	"dismissals keep their reasons"
is "$(sql "SELECT count(*) FROM audit WHERE entity = 'residents_decision'")" 8 "each decision is audited"

run residents-compare "$X" --confirm "$(ref register_only "$(name_of register_only 4)")"
is "$rc" 1 "only a possible match can be confirmed"
run residents-compare "$X" --dismiss ffffffffff --reason x
is "$rc" 1 "an unknown reference is refused"
like "$err" "no line ffffffffff" "... naming it"

run residents-compare "$X" --format csv
is "$rc" 0 "the second comparison"
printf '%s\n' "$out" > "$T/run2.csv"
$TOOL after "$T/run1.csv" "$T/want2.csv" "${actions[@]}"
python3 - "$T/want2.csv" "$n" <<'EOF'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8")))
out = []
for r in rows:
    if r["kind"] == "possible_match" and r["register_name"] == sys.argv[2]:
        # not the same person: each side alone
        out.append(dict(r, kind="register_only", extract_name="", field="", register_value="", extract_value=""))
        out.append(dict(r, kind="extract_only", register_name="", field="", register_value="", extract_value=""))
    else:
        out.append(r)
w = csv.DictWriter(open(sys.argv[1], "w", encoding="utf-8", newline=""), fieldnames=list(rows[0].keys()), lineterminator="\n")
w.writeheader()
w.writerows(out)
EOF
is "$($TOOL same "$T/run2.csv" "$T/want2.csv")" "ok" \
	"the second run shows only the rest: dismissed lines gone, confirmed pairs as differences"
is "$($TOOL count "$T/run2.csv" possible_match)" 12 "12 possible matches left"
run residents-compare "$X"
like "$out" "dismissed: 5 lines" "the text report counts the lines left out (a possible match dismissed shows as its two sides)"

# ---- a province's header names through --map
sed '1s/Số định danh cá nhân/Mã công dân/' "$X" > "$T/mapped.csv"
run residents-compare "$T/mapped.csv"
is "$rc" 1 "an unknown header name for the citizen id is refused"
like "$err" "mapped.csv:1: no column for citizen_id .*--map citizen_id=" "... saying how to map it"
run residents-compare "$T/mapped.csv" --map "citizen_id=Mã công dân" --format csv
is "$rc" 0 "--map names the column"
printf '%s\n' "$out" > "$T/run3.csv"
is "$($TOOL same "$T/run3.csv" "$T/run2.csv")" "ok" "... and gives the same lists"
run residents-compare "$X" --map "citizen_id=Mã công dân"
is "$rc" 1 "a mapped column that is not there is refused"
like "$err" "there is no column \"Mã công dân\"" "... naming it"

# ---- broken extracts: each refused with its place, nothing changed
before=$(dump)
decisions=$(sql "SELECT count(*) FROM residents_decision")
mkdir -p "$T/broken"
n=0
while IFS='|' read -r case pattern; do
	n=$((n + 1))
	# (x_: "nul.csv" would be the null device on Windows)
	$TOOL break "$X" "$T/broken/x_$case.csv" "$case"
	run residents-compare "$T/broken/x_$case.csv"
	is "$rc" 1 "broken extract ($case) is refused"
	like "$err" "x_$case\.csv:$pattern" "... ($case) message: $pattern"
done <<'EOF'
utf8|2:[0-9]+: .*UTF-8
tcvn3|2:[0-9]+: .*TCVN3
vni|2:[0-9]+: .*VNI
utf16|1:1: the file is UTF-16
nul|2:[0-9]+: .*
no_cid|1: no column for citizen_id
no_name|1: no column for full_name
no_birth|1: no column for birth_date
no_sex|1: no column for sex
two_cid|1:8: CCCD: two columns are both citizen_id
dup_header|1:8: .*(twice|duplicate|unique)
semicolons|1: the header row is separated by semicolons
empty| the file is empty
header_only|2: the file has a header row and nobody in it
columns|2: .*columns
quote|[0-9]+:[0-9]+: .*quote
dup_cid|3:1: .*citizen_id: the citizen id is already on line 2
same_person|3:2: .*full_name: the same person is already on line 2
cid_short|2:1: .*citizen_id: 11 digits: .*leading zero
cid_letters|2:1: .*citizen_id: a citizen id is exactly 12 digits
cid_cmnd|2:1: .*citizen_id: an old 9-digit identity card number
cid_scientific|2:1: .*citizen_id: .*scientific notation
date_impossible|2:3: .*birth_date: 31/02/1990 does not exist
date_month13|2:3: .*birth_date: There is no month 13
date_future|2:3: .*birth_date: the birth date is after today
date_form|2:3: .*birth_date: a birth date is dd/mm/yyyy
date_range|2:3: .*birth_date: .*1900
date_empty|2:3: .*birth_date: the birth date is empty
name_empty|2:2: .*full_name: the name is empty
name_digits|2:2: .*full_name: the name holds digits
name_long|2:2: .*full_name: the name is too long
sex|2:4: .*sex: sex is Nam or Nữ
residence|2:6: .*residence: residence is thường trú or tạm trú
household_code|2:5: .*household_code: household code too long
EOF
ok "at least 30 kinds of broken extract" test "$n" -ge 30
is "$(dump)" "$before" "after every broken extract the database is unchanged"
is "$(sql "SELECT count(*) FROM residents_decision")" "$decisions" "... no decision added"
like "$err" "1 bad row in .*nothing was compared" "a file with bad rows is refused whole"
python3 - "$X" "$T/many.csv" <<'EOF'
import csv, sys
rows = list(csv.reader(open(sys.argv[1], encoding="utf-8", newline="")))
for r in rows[1:151]:
    r[3] = "X"
csv.writer(open(sys.argv[2], "w", encoding="utf-8", newline=""), lineterminator="\r\n").writerows(rows)
EOF
run residents-compare "$T/many.csv"
is "$rc" 1 "an extract with 150 bad rows is refused"
is "$(grep -c 'sex: sex is Nam or Nữ' <<<"$err")" 100 "... the first 100 bad rows are printed with their place"
like "$err" "and 50 more bad rows" "... then how many more"
like "$err" "150 bad rows in .*many.csv: nothing was compared" "... and the count"
is "$(dump)" "$before" "... and nothing changed"

done_testing
