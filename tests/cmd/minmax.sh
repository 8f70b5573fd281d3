#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING.
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
python3 "$TOP_SRCDIR/tests/cmd/minmax_history.py" 2025-05 --areas > "$T/history.sql"
sqlite3 -batch "$DANSO_DB" < "$T/history.sql"
is "$(sql "SELECT count(*) FROM event WHERE kind = 'birth'")" 16 "the crafted history is loaded"

mkdir -p "$T/out"
for m in 2024-05 2024-06 2024-07 2024-08 2024-09 2024-10 2024-11 2024-12 2025-01 2025-02 2025-03 2025-04; do
	${DANSO_WRAPPER:-} "$DANSO" export --period $m --out "$T/out" >/dev/null 2>"$T/err-$m" || echo "export $m failed" >&2
done
is "$(cat "$T/err-2025-04")" "" "April is inside every range: no warning"
run export --period 2025-05 --out "$T/out"
is "$rc" 0 "May is exported all the same (a warning does not stop it)"
like "$err" "1 cảnh báo min–max" "one warning before the export"
like "$err" "Thôn Một \(địa bàn 1\), tháng 05/2025: Tổng số trẻ sinh ra = 4, ngoài khoảng 1–1 của 12 tháng trước" \
	"area 1's four births against its range 1–1 of 12 months"
unlike "$err" "Thôn Hai" "area 2's 3 new users lie inside its range 2–3"

# Two more communes: 10002 sends April and June, 10003 begins in June.
mkdir -p "$T/out2"
for c in 10002:2025-04 10002:2025-06 10003:2025-06; do
	code=${c%%:*} month=${c#*:}
	[ -f "$T/$code.db" ] || DANSO_DB="$T/$code.db" ${DANSO_WRAPPER:-} "$DANSO" init --commune $code --name "Xã $code" >/dev/null
	DANSO_DB="$T/$code.db" ${DANSO_WRAPPER:-} "$DANSO" export --period $month --out "$T/out2" >/dev/null 2>&1
done

# ---- the upper level: the cell is marked, missing months are named
export DANSO_DB="$T/upper.db"
run import "$T"/out/*manifest.csv
is "$rc" 0 "the upper level imports the 13 months"
run import "$T"/out2/*manifest.csv
is "$rc" 0 "and the other communes' packages"
run report --by-commune --period 2025-05
like "$out" "^  Tổng số trẻ sinh ra +4\* +4$" "the births cell of 05/2025 is marked"
like "$out" "^  Người mới sử dụng BPTT +3 +3$" "an ordinary cell is not"
like "$out" "^  10002 Xã 10002: tháng 05/2025$" "a commune that sent nothing for the month is named"
like "$out" "10001 Xã Min Max, tháng 05/2025: Tổng số trẻ sinh ra = 4, ngoài khoảng 1–1 của 12 tháng trước" \
	"the warning is named under the table"
run report --by-commune --period 2025-Q2
like "$out" "^  Tổng số trẻ sinh ra +–\* +– +– +–$" "Q2: May's mark stays on the quarter's cell"
like "$out" "^  10001 Xã Min Max: tháng 06/2025$" "the missing June is named"
like "$out" "^  10002 Xã 10002: tháng 05/2025$" "so is 10002's May"
unlike "$out" "10001 Xã Min Max: tháng 0[45]/2025$" "April and May of 10001, held, are not"
unlike "$out" "10003 Xã 10003: tháng 0[45]/2025" "nor the months before 10003 began sending"

done_testing
