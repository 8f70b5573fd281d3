#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING.
# The export screen lists the month's min-max warnings before it asks
# (docs/rules.md, "Min–max warnings"): Tổ 1's four births of 10/2026
# against one a month before.
. "${TOP_SRCDIR:-.}/tests/lib.sh"
. "${TOP_SRCDIR:-.}/tests/screen/lib.sh"

screen_db || { echo "Bail out! init failed"; exit 1; }
python3 "$TOP_SRCDIR/tests/cmd/minmax_history.py" 2026-10 | sqlite3 -batch "$DANSO_DB"
is "$(sql "SELECT count(*) FROM event WHERE kind = 'birth' AND period = '2026-10'")" 4 "the crafted history is loaded"
mkdir -p "$T/usb"
screen_start
screen_login
expect "Trang chính" "the collaborator is in"
keys Escape
expect "Người dùng" "back to the start screen"
keys C-u; type "1"; type "$DANSO_PIN"; keys Tab C-u; type "0"; keys F2
expect "Cán bộ dân số xã \\| Cả xã" "the officer is in"
keys 4
expect "Xuất gói số liệu tháng 10/2026" "export screen"
type "$T/usb"; keys F2
expect "Cảnh báo min–max" "warnings come before the question"
expect "Tổ 1 \\(địa bàn 1\\), tháng 10/2026: Tổng số trẻ sinh ra = 4," "Tổ 1's four births are named"
expect "khoảng 1–1 của 12 tháng trước" "against its range of the 12 months before"
keys Enter
expect "Xuất tháng 10/2026 vào $T/usb\\? Xuất xong tháng" "then the export is asked as always"
keys x
expect "Đã xuất tháng 10/2026, lần 1" "and the month is exported" 15
done_testing
