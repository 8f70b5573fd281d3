#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING.
# targets.sh: `danso targets-import` with the Hà Nội 2025 targets, malformed
# files refused whole with file:line:column, re-import replacing a
# unit-year, and the targets block of the report.
. "$TOP_SRCDIR/tests/lib.sh"
need sqlite3 python3

HANOI="$TOP_SRCDIR/data/hanoi-2025-targets.csv"
CITY="Toàn Thành phố"
run init --commune 01001 --name "Xã Thử Nghiệm"
is "$rc" 0 "init"

# --- the Hà Nội file
run targets-import "$HANOI"
is "$rc" 0 "the Hà Nội 2025 targets load"
like "$out" "342" "the message counts the 342 targets"
is "$(sql "SELECT count(*) FROM target")" 342 "342 targets stored"
is "$(sql "SELECT target FROM target WHERE unit = '$CITY' AND indicator = 'sex_ratio_at_birth_max'")" 110.0 \
	"the city's sex ratio at birth at most 110"
is "$(sql "SELECT count(DISTINCT unit) FROM target WHERE year = 2025")" 31 "the city and its 30 districts"
is "$(sql "SELECT target FROM target WHERE unit = 'Ba Đình' AND indicator = 'fp_new_pill'")" 2450.0 \
	"Ba Đình's pill target"
# Every district row summed per fp_new_* indicator equals the city's row.
sums=$(sql "SELECT indicator || ':' || (sum(CASE WHEN unit <> '$CITY' THEN target END) =
                                        max(CASE WHEN unit = '$CITY' THEN target END))
            FROM target WHERE indicator LIKE 'fp\_new\_%' ESCAPE '\' GROUP BY indicator ORDER BY indicator" | tr '\n' ' ')
is "$sums" "fp_new_condom:1 fp_new_implant:1 fp_new_injectable:1 fp_new_iud:1 fp_new_pill:1 fp_new_total:1 " \
	"districts add up to the whole city for every fp_new_* indicator"
is "$(sql "SELECT target FROM target WHERE unit = '$CITY' AND indicator = 'fp_new_total'")" 416950.0 \
	"the city's 416,950 new users"

# --- importing the same file again replaces, it does not add
run targets-import "$HANOI"
is "$rc" 0 "a second import of the same file"
is "$(sql "SELECT count(*) FROM target")" 342 "still 342 targets"

# --- a malformed file is refused whole, every error with file:line:column
cat > "$T/bad.csv" <<'CSV'
unit,year,indicator,target
Xã Mới,2025,prenatal_screening_pct,85
Xã Mới,2025,prenatal_screening,85
Xã Mới,20x5,fp_new_iud,3
Xã Mới,2025,fp_new_pill,3.5
Xã Mới,2025,prenatal_screening_pct,80
Xã Mới,2025,elderly_checkup_pct,101
Xã Mới,2025,sex_ratio_at_birth,110
Xã Mới,2025,births_total_max,3
Xã Mới,2025,target_share_pct,120
CSV
run targets-import "$T/bad.csv"
is "$rc" 1 "a file with bad rows is refused"
like "$err" "bad.csv:3:3: indicator: .*prenatal_screening\"" "unknown indicator at line 3 column 3"
like "$err" "bad.csv:4:2: year: .*20x5" "bad year at line 4 column 2"
like "$err" "bad.csv:5:4: target: .*3.5" "a count target must be whole (line 5 column 4)"
like "$err" "bad.csv:6:3: .*2" "duplicate of line 2 at line 6"
like "$err" "bad.csv:7:4: target: .*101" "a percentage over 100 (line 7 column 4)"
like "$err" "bad.csv:8:3: indicator: .*mức trần: viết \"sex_ratio_at_birth_max\"" \
	"the sex ratio without _max is refused: a target without _max is a floor"
like "$err" "bad.csv:9:3: indicator: .*births_total_max" "_max is for rates only"
like "$err" "bad.csv:10:4: target: .*120" "a share over 100 % (line 10 column 4)"
is "$(sql "SELECT count(*) FROM target WHERE unit = 'Xã Mới'")" 0 "nothing stored, not even the good row"
is "$(sql "SELECT count(*) FROM target")" 342 "the earlier targets are untouched"

printf 'unit,year,indicator\nXã Mới,2025,fp_new_iud\n' > "$T/short.csv"
run targets-import "$T/short.csv"
is "$rc" 1 "a file without the target column is refused"
like "$err" "short.csv" "naming the file"
printf 'unit,year,indicator,target\nXã Mới,2025,fp_new_iud,"3\n' > "$T/quote.csv"
run targets-import "$T/quote.csv"
is "$rc" 1 "an unterminated quote is refused"
printf 'unit,year,indicator,target\n' > "$T/empty.csv"
run targets-import "$T/empty.csv"
is "$rc" 1 "a file with no rows is refused"
run targets-import
is "$rc" 2 "no file is a usage error"

# --- a re-import replaces that unit-year's targets in one go
printf 'unit,year,indicator,target\nXã Thử Nghiệm,2025,prenatal_screening_pct,85\nXã Thử Nghiệm,2025,fp_new_total,10\nXã Thử Nghiệm,2025,sex_ratio_at_birth_max,110\nXã Thử Nghiệm,2025,third_plus_birth_rate_reduction_pct,0.15\n' > "$T/own.csv"
run targets-import "$T/own.csv"
is "$rc" 0 "the commune's own targets"
printf 'unit,year,indicator,target\nXã Thử Nghiệm,2025,prenatal_screening_pct,90\nXã Thử Nghiệm,2025,fp_new_total,10\nXã Thử Nghiệm,2025,sex_ratio_at_birth_max,110\nXã Thử Nghiệm,2025,third_plus_birth_rate_reduction_pct,0.15\n' > "$T/own2.csv"
run targets-import "$T/own2.csv"
is "$(sql "SELECT count(*) || ' ' || max(CASE WHEN indicator = 'prenatal_screening_pct' THEN target END)
           FROM target WHERE unit = 'Xã Thử Nghiệm'")" "4 90.0" "the re-import replaced the unit-year"
is "$(sql "SELECT count(*) FROM audit WHERE entity = 'target'")" 64 "one audit row per unit-year and import (31 + 31 + 1 + 1)"

# --- the report compares the year to date with the targets
sqlite3 -batch "$DANSO_DB" < "$TOP_SRCDIR/tests/data/report_fixture.sql"
run report --period 2025-03
like "$out" "^Chỉ tiêu năm 2025 — Xã Thử Nghiệm \(thực hiện từ 01/01 đến 31/03/2025\)$" "targets block heading"
like "$out" "^  Tỷ lệ sàng lọc trước sinh \(%\) +≥ 90,0 +66,7 +-23,3 chưa đạt$" "prenatal: 66.7 of 90, not met"
like "$out" "^  Người mới sử dụng BPTT +≥ 10 +3 +-7 chưa đạt$" "new users: 3 of 10 so far"
like "$out" "^ +≤ 110,0 +50,0 +-60,0 đạt$" "sex ratio below its maximum: met"
like "$out" "^ +≥ 0,15 +16,67 +\+16,52 đạt$" "3rd+ share down 16.67 points from 2024's 50 %"
danso report --period 2025-03 --format csv > "$T/r.csv"
is "$(python3 -c 'import csv,sys; print([r["target"] for r in csv.DictReader(open(sys.argv[1])) if r["indicator"]=="prenatal_screening_pct"][0])' "$T/r.csv")" \
	"90" "the CSV carries the target"

is "$(python3 -c '
import csv, sys
rows = {r["indicator"]: r for r in csv.DictReader(open(sys.argv[1]))}
out = []
for ind in ("prenatal_screening_pct", "sex_ratio_at_birth", "fp_new_total", "third_plus_birth_rate_reduction_pct"):
    r = rows[ind]
    out.append("%s:%s/%s/%s/%s/%s" % (ind, r["target"], r["target_bound"], r["ytd"], r["gap"], r["met"]))
print(" ".join(out))' "$T/r.csv")" \
	"prenatal_screening_pct:90/min/66.67/-23.33/0 sex_ratio_at_birth:110/max/50.00/-60.00/1 fp_new_total:10/min/3/-7/0 third_plus_birth_rate_reduction_pct:0.15/min/16.67/16.52/1" \
	"CSV, own targets by name: target, bound, year-to-date actual, gap and verdict, the 3rd-birth cut on a row of its own"

# --- targets keyed by the commune's code apply too (and win over its name's)
printf 'unit,year,indicator,target\n01001,2025,newborn_screening_5_rate,80\n01001,2025,prenatal_screening_pct,60\n' > "$T/code.csv"
run targets-import "$T/code.csv"
is "$rc" 0 "targets keyed by the commune code load"
run report --period 2025-03
like "$out" "^ +≥ 80,0 +66,7 +-13,3 chưa đạt$" "a target keyed by code: target, YTD, gap, verdict"
like "$out" "^  Tỷ lệ sàng lọc trước sinh \(%\) +≥ 60,0 +66,7 +\+6,7 đạt$" "the code's row wins over the name's"

# --- the target unit is chosen with targets-unit (the officer only)
run targets-unit
is "$rc" 0 "targets-unit shows the setting"
like "$out" "No target unit|Chưa chọn đơn vị" "none is set yet"
DANSO_USER=nobody run targets-unit set "Ba Đình"
is "$rc" 1 "an unknown login cannot set the unit"
run targets-unit set
is "$rc" 2 "set without a unit is a usage error"
run targets-unit set "Ba Đình"
is "$rc" 0 "the officer sets the target unit to Ba Đình"
like "$out" "Ba Đình \(1[0-9] " "it says how many targets the unit has"
is "$(sql "SELECT value FROM setting WHERE key = 'target_unit'")" "Ba Đình" "stored as the setting"
is "$(sql "SELECT count(*) FROM audit WHERE entity = 'setting' AND after = 'Ba Đình'")" 1 "and audited"

# --- a district's targets: percentages apply, its counts do not
run report --period 2025-03
like "$out" "^Chỉ tiêu năm 2025 — Xã Thử Nghiệm; còn lại: Ba Đình" "own targets first, the district's for the others"
like "$out" "^  Tỷ lệ sàng lọc sơ sinh \(%\) +≥ 91,0 +66,7" "Ba Đình's newborn screening target 91"
like "$out" "^  Người mới sử dụng BPTT +≥ 10 " "the commune's own count target stays"
unlike "$out" "Mới sử dụng: viên uống +≥" "the district's count targets are not the commune's"
like "$out" "5 chỉ tiêu số lượng của \"Ba Đình\"" "and the report says so"

# --- ... unless the file gives the commune its share of them
printf 'unit,year,indicator,target\n01001,2025,target_share_pct,0.2\n01001,2025,newborn_screening_5_rate,80\n01001,2025,prenatal_screening_pct,60\n' > "$T/share.csv"
run targets-import "$T/share.csv"
run report --period 2025-03
like "$out" "^  Mới sử dụng: viên uống +≥ 5 +0 +-5 chưa đạt$" "0.2 % of Ba Đình's 2,450 pill users: 4.9, rounded to 5"
like "$out" "0,20% chỉ tiêu của \"Ba Đình\"" "the share is said under the block"
${DANSO_WRAPPER:-} "$DANSO" report --period 2025-03 --format csv > "$T/r2.csv"
is "$(python3 -c 'import csv,sys; r=[r for r in csv.DictReader(open(sys.argv[1])) if r["indicator"]=="fp_new_pill"][0]; print(r["target"], r["ytd"], r["gap"], r["met"])' "$T/r2.csv")" \
	"5 0 -5 0" "the CSV carries the shared target"
run targets-unit clear
is "$rc" 0 "the unit is cleared"
run report --period 2025-03
unlike "$out" "Ba Đình" "and only the commune's own targets apply"

# --- the upper level's database accepts targets and compares its total
export DANSO_TODAY=2025-06-15 DANSO_NOW=2025-06-15T08:00:00Z
for c in 10001 10002; do
	mkdir -p "$T/p$c"
	DANSO_DB="$T/$c.db" ${DANSO_WRAPPER:-} "$DANSO" init --commune $c --name "Phường $c" >/dev/null
	DANSO_DB="$T/$c.db" ${DANSO_WRAPPER:-} "$DANSO" demo --households 150 --months 8 --seed ${c#1000} >/dev/null
	for m in 01 02 03 04 05; do DANSO_DB="$T/$c.db" ${DANSO_WRAPPER:-} "$DANSO" export --period 2025-$m --out "$T/p$c" >/dev/null; done
done
UP="$T/upper.db"
DANSO_DB="$UP" run import "$T"/p10001/*manifest.csv "$T"/p10002/*manifest.csv
is "$rc" 0 "the upper level imports five months of two wards"
printf 'unit,year,indicator,target\nLong Biên,2025,fp_new_total,40\nLong Biên,2025,newborn_screening_pct,90\nLong Biên,2025,sex_ratio_at_birth_max,110\nLong Biên,2025,third_plus_birth_rate_reduction_pct,0.1\n' > "$T/lb.csv"
DANSO_DB="$UP" DANSO_USER= DANSO_PIN= run targets-import "$T/lb.csv"
is "$rc" 1 "the upper level's targets need its officer's login (the first import made the account)"
DANSO_DB="$UP" run targets-import "$T/lb.csv"
is "$rc" 0 "the upper level's database accepts targets from its officer"
cp "$DANSO_DB" "$T/damaged.db"
sqlite3 "$T/damaged.db" "DELETE FROM setting WHERE key = 'commune_code'"
DANSO_DB="$T/damaged.db" DANSO_USER= DANSO_PIN= run targets-import "$T/lb.csv"
is "$rc" 1 "a commune database without its code but with accounts is not taken for an upper level's"
DANSO_DB="$UP" run targets-unit set "Long Biên"
is "$rc" 0 "and the unit its total is compared with"
DANSO_DB="$UP" run report --by-commune --period 2025-05
is "$rc" 0 "the by-commune report"
like "$out" "^Chỉ tiêu năm 2025 — Long Biên \(thực hiện từ 01/01 đến 31/05/2025\)$" "ends with the total's targets"
ytd=$(DANSO_DB="$UP" ${DANSO_WRAPPER:-} "$DANSO" report --by-commune --period 2025-01 --format csv | python3 -c '
import csv, sys; print([r[-1] for r in csv.reader(sys.stdin) if r[0] == "fp_new_total"][0])')
for m in 02 03 04 05; do
	ytd=$((ytd + $(DANSO_DB="$UP" ${DANSO_WRAPPER:-} "$DANSO" report --by-commune --period 2025-$m --format csv | python3 -c '
import csv, sys; print([r[-1] for r in csv.reader(sys.stdin) if r[0] == "fp_new_total"][0])')))
done
gap=$((ytd - 40))
[ $gap -gt 0 ] && gap="+$gap"
verdict="chưa đạt"; [ $ytd -ge 40 ] && verdict="đạt"
like "$out" "^  Người mới sử dụng BPTT +≥ 40 +$ytd +$gap $verdict$" \
	"the count target is compared with the total's January-May sum ($ytd), with gap and verdict"
like "$out" "^ +≤ 110,0 +[0-9]+,[0-9] +-?[0-9]+,[0-9] (đạt|chưa đạt)$" "the sex ratio against its maximum"
like "$out" "^ +≥ 0,10 +(-?[0-9]+,[0-9]{2} +[-+]?[0-9]+,[0-9]{2} (đạt|chưa đạt)|– +–)$" "and the 3rd-birth cut"

done_testing
