#!/bin/sh
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
like "$out" "341" "the message counts the 341 targets"
is "$(sql "SELECT count(*) FROM target")" 341 "341 targets stored"
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
is "$(sql "SELECT count(*) FROM target")" 341 "still 341 targets"

# --- a malformed file is refused whole, every error with file:line:column
cat > "$T/bad.csv" <<'CSV'
unit,year,indicator,target
Xã Mới,2025,prenatal_screening_pct,85
Xã Mới,2025,prenatal_screening,85
Xã Mới,20x5,fp_new_iud,3
Xã Mới,2025,fp_new_pill,3.5
Xã Mới,2025,prenatal_screening_pct,80
Xã Mới,2025,elderly_checkup_pct,101
CSV
run targets-import "$T/bad.csv"
is "$rc" 1 "a file with bad rows is refused"
like "$err" "bad.csv:3:3: indicator: .*prenatal_screening\"" "unknown indicator at line 3 column 3"
like "$err" "bad.csv:4:2: year: .*20x5" "bad year at line 4 column 2"
like "$err" "bad.csv:5:4: target: .*3.5" "a count target must be whole (line 5 column 4)"
like "$err" "bad.csv:6:3: .*2" "duplicate of line 2 at line 6"
like "$err" "bad.csv:7:4: target: .*101" "a percentage over 100 (line 7 column 4)"
is "$(sql "SELECT count(*) FROM target WHERE unit = 'Xã Mới'")" 0 "nothing stored, not even the good row"
is "$(sql "SELECT count(*) FROM target")" 341 "the earlier targets are untouched"

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
printf 'unit,year,indicator,target\nXã Thử Nghiệm,2025,prenatal_screening_pct,85\nXã Thử Nghiệm,2025,fp_new_total,10\nXã Thử Nghiệm,2025,sex_ratio_at_birth,110\nXã Thử Nghiệm,2025,third_plus_birth_rate_reduction_pct,0.15\n' > "$T/own.csv"
run targets-import "$T/own.csv"
is "$rc" 0 "the commune's own targets"
printf 'unit,year,indicator,target\nXã Thử Nghiệm,2025,prenatal_screening_pct,90\nXã Thử Nghiệm,2025,fp_new_total,10\nXã Thử Nghiệm,2025,sex_ratio_at_birth,110\nXã Thử Nghiệm,2025,third_plus_birth_rate_reduction_pct,0.15\n' > "$T/own2.csv"
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

# --- a district's targets: percentages apply, its counts do not
sql "INSERT INTO setting(key, value) VALUES ('target_unit', 'Ba Đình')"
run report --period 2025-03
like "$out" "^Chỉ tiêu năm 2025 — Ba Đình" "the target unit is the setting"
like "$out" "^  Tỷ lệ sàng lọc sơ sinh \(%\) +≥ 91,0 +66,7" "Ba Đình's newborn screening target 91"
unlike "$out" "Người mới sử dụng BPTT +≥" "the district's count targets are not the commune's"
like "$out" "6 chỉ tiêu số lượng" "and the report says so"

done_testing
