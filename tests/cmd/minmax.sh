#!/bin/bash
# minmax.sh: min-max warnings on a crafted history (docs/rules.md,
# "Min–max warnings"): an area's month outside the range of its 12 months
# before is listed before export; the upper level marks the cell and names
# the commune-months missing from a quarter.
. "${TOP_SRCDIR:-.}/tests/lib.sh"

export DANSO_TODAY=2025-07-15 DANSO_NOW=2025-07-15T08:00:00Z
run init --commune 10001 --name "Xã Min Max"
is "$rc" 0 "init"
# Two areas, a household and a mother in each. Area 1: one birth a month
# from 05/2024 to 04/2025, then four in 05/2025. Area 2: 2, 3, 2, 3 ... new
# contraceptive users a month, then 3 in 05/2025 (inside its range).
python3 - > "$T/history.sql" <<'PY'
print("BEGIN;")
print("INSERT INTO area(id, number, name) VALUES (1, 1, 'Thôn Một'), (2, 2, 'Thôn Hai');")
print("INSERT INTO household(id, uid, number, area_id, kind, created_on, status, ended_on) VALUES"
      " (1, '%032x', '1', 1, '1', '2020-01-01', 0, ''), (2, '%032x', '2', 2, '1', '2020-01-01', 0, '');" % (10**6 + 1, 10**6 + 2))
print("INSERT INTO member(id, uid, household_id, full_name, name_key, sort_key, relation, sex, birth_date, ethnicity,"
      " marital, residence, status, entered_on, left_on) VALUES"
      " (1, 'm1', 1, 'Mẹ Một', 'me mot', 'mot', '1', 2, '1995-01-01', '01', '2', '1', 0, '2020-01-01', ''),"
      " (2, 'm2', 2, 'Mẹ Hai', 'me hai', 'hai', '1', 2, '1994-01-01', '01', '2', '1', 0, '2020-01-01', '');")
n = 0
def ev(kind, date, hh, member, extra=""):
    global n
    n += 1
    print("INSERT INTO event(uid, kind, event_date, period, household_id, member_id, created_at, updated_at,"
          " child_sex, birth_order, birth_place, method, provider) VALUES"
          " ('%032x', '%s', '%s', '%s', %d, %d, 'x', 'x', 1, 1, '2', '%s', '%s');"
          % (n, kind, date, date[:7], hh, member, "6" if kind == "fp_start" else "", "1" if kind == "fp_start" else ""))
months = ["2024-%02d" % m for m in range(5, 13)] + ["2025-%02d" % m for m in range(1, 6)]
for i, m in enumerate(months):
    births = 4 if m == "2025-05" else 1
    for b in range(births):
        ev("birth", "%s-%02d" % (m, 3 + b), 1, 1)
    users = 3 if m == "2025-05" else 2 + i % 2
    for u in range(users):
        ev("fp_start", "%s-%02d" % (m, 10 + u), 2, 2)
print("COMMIT;")
PY
sqlite3 -batch "$DANSO_DB" < "$T/history.sql"
is "$(sql "SELECT count(*) FROM event WHERE kind = 'birth'")" 16 "the crafted history is loaded"

mkdir -p "$T/out"
for m in 2024-05 2024-06 2024-07 2024-08 2024-09 2024-10 2024-11 2024-12 2025-01 2025-02 2025-03 2025-04; do
	"$DANSO" export --period $m --out "$T/out" >/dev/null 2>"$T/err-$m" || echo "export $m failed" >&2
done
is "$(cat "$T/err-2025-04")" "" "April is inside every range: no warning"
run export --period 2025-05 --out "$T/out"
is "$rc" 0 "May is exported all the same (a warning does not stop it)"
like "$err" "1 cảnh báo min–max" "one warning before the export"
like "$err" "Thôn Một \(địa bàn 1\), tháng 05/2025: Tổng số trẻ sinh ra = 4, ngoài khoảng 1–1 của 12 tháng trước" \
	"area 1's four births against its range 1–1 of 12 months"
unlike "$err" "Thôn Hai" "area 2's 3 new users lie inside its range 2–3"

# ---- the upper level: the cell is marked, missing months are named
export DANSO_DB="$T/upper.db"
run import "$T"/out/*manifest.csv
is "$rc" 0 "the upper level imports the 13 months"
run report --by-commune --period 2025-05
like "$out" "^  Tổng số trẻ sinh ra +4\* +4$" "the births cell of 05/2025 is marked"
like "$out" "^  Người mới sử dụng BPTT +3 +3$" "an ordinary cell is not"
like "$out" "10001 Xã Min Max, tháng 05/2025: Tổng số trẻ sinh ra = 4, ngoài khoảng 1–1 của 12 tháng trước" \
	"the warning is named under the table"
run report --by-commune --period 2025-Q2
like "$out" "^  Tổng số trẻ sinh ra +–\* +–$" "Q2: May's mark stays on the quarter's cell"
like "$out" "^  10001 Xã Min Max: tháng 06/2025$" "the missing June is named"
unlike "$out" "tháng 04/2025$" "April, held, is not"

done_testing
