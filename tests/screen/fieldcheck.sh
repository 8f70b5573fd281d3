#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING.
# Issue 11 item 5: checks where the eye is. The rules about a field run as
# the cursor leaves it (a male mother is refused on the mother's field,
# which can be changed in the form), and a locked month is said as the
# form opens, not after the whole form is filled.
. "${TOP_SRCDIR:-.}/tests/lib.sh"
. "${TOP_SRCDIR:-.}/tests/screen/lib.sh"

screen_db || { echo "Bail out! init failed"; exit 1; }
screen_start
screen_login; wait_for "Trang chính" >/dev/null
keys 1; wait_for "Tìm" >/dev/null
keys F4; wait_for "Số hộ" >/dev/null
type "7"; keys F2; wait_for "Thêm nhân khẩu" >/dev/null
type "Le Van Binh"; keys Enter Enter; type "1"; type "01011990"; keys Enter Enter; type "3"; type "2"; keys F2
wait_for "Đã lưu: Le Van Binh" >/dev/null
type "Pham Thi Lan"; keys Enter; type "2"; type "2"; type "02021994"; keys Enter Enter; type "3"; type "2"; keys F2
wait_for "Đã lưu: Pham Thi Lan" >/dev/null
keys Escape; wait_for "Hộ số 7 " >/dev/null
keys 1
expect "Người mẹ \\(số\\) \\* +2 +Pham Thi Lan" "the birth form proposes the woman as the mother"
keys BTab; type "1"
expect "Người mẹ Le Van Binh không phải là nữ" "a male mother is refused as the field is left"
expect "Người mẹ \\(số\\) \\* +1 +Le Van Binh" "the cursor stays on the mother"
type "2"
expect "Người mẹ \\(số\\) \\* +2 +Pham Thi Lan" "the mother is changed in the form"
unlike "$(screen_text)" "không phải là nữ" "the message is gone"
keys Escape; wait_for "Bỏ những gì" >/dev/null; keys x
wait_for "Hộ số 7 " >/dev/null
sqlite3 "$DANSO_DB" "INSERT INTO period_lock(period, locked, revision, changed_at) VALUES ('2026-10', 1, 1, '2026-11-04T08:00:00Z')"
keys Down 9
expect "Mang thai" "a pregnancy form in the locked month"
expect "Tháng 10/2026 đã xuất báo cáo và bị khóa" "the locked month is said as the form opens"
is "$(sql "SELECT count(*) FROM event")" "0" "nothing saved"
done_testing
