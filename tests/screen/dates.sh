#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING.
# Issue 11 item 3: dates are proposed inside the working month. On
# 1 December, working on November: "Ngày lập" and "Ngày vào sổ" propose
# 01/11/2026, an event proposes 30/11/2026, a day typed alone is a day of
# November, and an event dated before the person entered the register is
# refused by the rules.
. "${TOP_SRCDIR:-.}/tests/lib.sh"
DANSO_TODAY=2026-12-01
DANSO_NOW=2026-12-01T08:00:00Z
. "${TOP_SRCDIR:-.}/tests/screen/lib.sh"

screen_db || { echo "Bail out! init failed"; exit 1; }
screen_start
screen_login
expect "Tháng 11/2026" "working on November"
keys 1; wait_for "Tìm" >/dev/null
keys F4
expect "Ngày lập \\* +01/11/2026" "Ngày lập is proposed inside November"
type "7"; keys F2
expect "Ngày vào sổ \\* +01/11/2026" "Ngày vào sổ is proposed inside November"
type "Pham Thi Lan"; keys Enter Enter; type "2"; type "02021994"; keys Enter Enter; type "3"; type "2"; keys F2
wait_for "Đã lưu: Pham Thi Lan" >/dev/null
is "$(sql "SELECT created_on FROM household")|$(sql "SELECT entered_on FROM member")" "2026-11-01|2026-11-01" \
	"both stored inside November"
keys Escape
wait_for "Hộ số 7 " >/dev/null
keys 9
expect "Ngày \\* +30/11/2026" "an event proposes the month's last day"
type "12"; keys Enter
expect "Ngày \\* +12/11/2026" "a day typed alone is a day of the working month"
keys Escape; wait_for "Bỏ những gì" >/dev/null; keys x
sqlite3 "$DANSO_DB" "UPDATE member SET entered_on = '2026-11-20'"
keys 9; wait_for "Ngày \\*" >/dev/null
type "10"; keys Enter
expect "trước ngày Pham Thi Lan vào sổ \\(20/11/2026\\)" "an event before the entry into the register is refused as the date is left"
is "$(sql "SELECT count(*) FROM event")" "0" "nothing saved"
done_testing
