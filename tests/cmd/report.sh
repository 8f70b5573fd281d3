#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING.
# report.sh: `danso report` on the hand-counted register of
# tests/data/report_fixture.sql (the counts are explained in
# tests/unit/test_report.c): text rows, CSV values, periods, language.
. "$TOP_SRCDIR/tests/lib.sh"
need sqlite3 python3

run init --commune 01001 --name "Xã Thử Nghiệm"
is "$rc" 0 "init"
sqlite3 -batch "$DANSO_DB" < "$TOP_SRCDIR/tests/data/report_fixture.sql"
is "$(sql "SELECT count(*) FROM event")" 59 "fixture loaded"

# --- the month, as text
run report --period 2025-03
is "$rc" 0 "report of March 2025"
like "$out" "^Kỳ báo cáo: tháng 03/2025 \(01/03/2025 – 31/03/2025\)$" "period and its days"
like "$out" "^  Tổng số dân +18$" "population at 31/03: 18"
like "$out" "^  Phụ nữ 15–49 tuổi có chồng +5$" "married women 15-49: 5 (one turned 50 on 31/03)"
like "$out" "^  Tổng số trẻ sinh ra +2 +3$" "births: 2 in March, 3 since January"
like "$out" "^  Tỷ số giới tính khi sinh \(trai/100 gái\) +0,0 \(2 trẻ\) +50,0 \(3 trẻ\)$" \
	"sex ratio with the births it rests on beside it, month and year to date"
like "$out" "^  Tổng tỷ suất sinh \(con/phụ nữ\) +20,00 \(5 trẻ\)$" \
	"TFR of the 12 months to 31/03 with its births beside it"
like "$out" "^  Tỷ lệ sử dụng BPTT \(%\) +40,0 \(2/5\)$" "contraceptive prevalence 2 of 5"
like "$out" "^  Tỷ lệ người cao tuổi được khám SK \(%\) +66,7 \(2/3\)$" "elderly check-up rate 2 of 3"
like "$out" "^    Trẻ dưới 1 tuổi +1 +1$" "one death under 1"
like "$out" "^  Số người chuyển đi +4 +4$" "moves out: one person and a household of three"
width=$(printf '%s\n' "$out" | python3 -c 'import sys; print(max(len(l.rstrip("\n")) for l in sys.stdin))')
ok "every line fits 80 columns ($width)" test "$width" -le 80

# --- the quarter, as CSV, value by value
danso report --period 2025-Q1 --format csv > "$T/q1.csv"
is "$?" 0 "report --format csv"
check=$(python3 - "$T/q1.csv" <<'PY'
import csv, sys
want = {
    "households_total": "4", "households_family": "3", "population_total": "18", "population_male": "8",
    "population_female": "10", "married_women_15_49": "5", "people_60_plus": "3", "births_total": "3",
    "births_male": "1", "births_female": "2", "births_order1": "1", "births_order2": "1",
    "births_order3plus": "1", "births_at_facility": "2", "births_mother_under20": "1",
    "births_second_mother_under35": "1", "third_plus_birth_share_pct": "33.33", "sex_ratio_at_birth": "50.00",
    "fp_new_total": "3", "fp_new_iud": "0", "fp_new_female_sterilisation": "0", "fp_new_male_sterilisation": "1",
    "fp_new_implant": "0", "fp_new_injectable": "1", "fp_new_pill": "0", "fp_new_condom": "1",
    "fp_new_other_modern": "0", "fp_new_traditional": "0", "fp_stops": "1", "fp_current_users": "2",
    "contraceptive_prevalence_pct": "40.00", "pregnancies": "1", "miscarriages": "1", "abortions": "0",
    "prenatal_screened": "2", "prenatal_screening_pct": "66.67", "newborn_screened": "2",
    "newborn_screening_pct": "66.67", "marriages": "3", "marriages_with_premarital_check": "2",
    "premarital_check_pct": "66.67", "divorces": "1", "elderly_checked_ytd": "2", "elderly_checkup_pct": "66.67",
    "deaths_total": "2", "deaths_male": "1", "deaths_female": "1", "deaths_under1": "1", "moves_in": "2",
    "moves_out": "4",
    "prenatal_screened_4": "1", "prenatal_screening_4_rate": "33.33", "newborn_screened_5": "2",
    "newborn_screening_5_rate": "66.67", "population_mid_12m": "20", "women_15_19": "1", "women_20_24": "1",
    "women_25_29": "1", "women_30_34": "2", "women_35_39": "0", "women_40_44": "1", "women_45_49": "1",
    "births_12m": "5", "births_mother_15_19": "1", "births_mother_20_24": "0", "births_mother_25_29": "1",
    "births_mother_30_34": "2", "births_mother_35_39": "0", "births_mother_40_44": "1",
    "births_mother_45_49": "0", "tfr": "20.00", "cbr": "250.00",
}
raw = open(sys.argv[1], "rb").read()
problems = []
if b"\r\n" not in raw:
    problems.append("no CRLF line ends")
rows = list(csv.DictReader(open(sys.argv[1], newline="", encoding="utf-8")))
header = list(rows[0].keys()) if rows else []
if header[:5] != ["commune_code", "period", "indicator", "value", "label_vi"]:
    problems.append("header %s" % header)
seen = set()
for r in rows:
    seen.add(r["indicator"])
    if r["commune_code"] != "01001" or r["period"] != "2025-Q1":
        problems.append("row %s: %s %s" % (r["indicator"], r["commune_code"], r["period"]))
    if want.get(r["indicator"]) != r["value"]:
        problems.append("%s = %s, want %s" % (r["indicator"], r["value"], want.get(r["indicator"])))
if seen != set(want):
    problems.append("indicators differ: %s" % sorted(seen ^ set(want)))
rate = next(r for r in rows if r["indicator"] == "sex_ratio_at_birth")
if (rate["numerator"], rate["denominator"]) != ("1", "2"):
    problems.append("sex ratio counts %s/%s" % (rate["numerator"], rate["denominator"]))
print("\n".join(problems) if problems else "ok")
PY
)
is "$check" "ok" "every CSV value of Q1 2025 as counted by hand"

# --- a rate with a zero denominator is empty in CSV, a dash in text
danso report --period 2025-10 --format csv > "$T/oct.csv"
is "$(python3 -c 'import csv,sys; print([r["value"] for r in csv.DictReader(open(sys.argv[1])) if r["indicator"]=="sex_ratio_at_birth"][0])' "$T/oct.csv")" \
	"" "no births in October: sex ratio is an empty cell"
run report --period 2025-10
like "$out" "^  Tỷ lệ sàng lọc sơ sinh \(%\) +– \(0/0\) +100,0 \(5/5\)$" "and a dash in the text"

# --- the year, in English
run --lang en report --period 2025
is "$rc" 0 "report of the year in English"
like "$out" "^Period: year 2025 \(01/01/2025 – 31/12/2025\)$" "English heading"
like "$out" "^  Population +20$" "population at 31/12: 20"
like "$out" "^  Newborn screening rate \(%\) +100.0 \(5/5\)$" "English rate with a decimal point"
unlike "$out" "Year to date" "a year report has no separate year-to-date column"
LANGUAGE=en run report --period 2025-Q1
like "$out" "^  Births +3 +3$" "LANGUAGE=en works too"

# --- mistakes
run report --period 2025-13
is "$rc" 1 "month 13 is refused"
like "$err" "2025-13" "the message names the period"
run report --period 25-03
is "$rc" 1 "a two-digit year is refused"
run report
is "$rc" 2 "--period is required"
like "$err" "--period" "the message says so"
run report --period 2025-03 --format xml
is "$rc" 2 "an unknown format is a usage error"
DANSO_DB="$T/none.db" run report --period 2025-03
is "$rc" 1 "no database: refused"

done_testing
