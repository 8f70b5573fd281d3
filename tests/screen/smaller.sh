#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING.
# Issue 11 item 10: the cancel question shows the event's date, the report
# screen shows no command-line hint, each event form's F1 help speaks of its
# own kind, and the officer has one name ("cán bộ dân số xã") everywhere.
. "${TOP_SRCDIR:-.}/tests/lib.sh"
. "${TOP_SRCDIR:-.}/tests/screen/lib.sh"

screen_db || { echo "Bail out! init failed"; exit 1; }
screen_start
screen_login; wait_for "Trang chính" >/dev/null
keys 1; wait_for "Tìm" >/dev/null
keys F4; wait_for "Số hộ" >/dev/null
type "7"; keys F2; wait_for "Thêm nhân khẩu" >/dev/null
type "Pham Thi Lan"; keys Enter; type "1"; type "2"; type "02021990"; keys Enter Enter; type "3"; type "2"; keys F2
wait_for "Đã lưu: Pham Thi Lan" >/dev/null
keys Escape; wait_for "Hộ số 7 " >/dev/null
keys 1; wait_for "Tên trẻ" >/dev/null
keys F1
expect "Sinh: người mẹ được chọn sẵn" "the birth form's help is about births"
keys Escape; keys Escape
keys 3; wait_for "Nguyên nhân" >/dev/null
keys F1
expect "Chết: ngày mất và nguyên nhân" "the death form's help is about deaths"
unlike "$(screen_text)" "Sinh: người mẹ" "and not about births"
keys Escape; keys Escape
keys 9; wait_for "Lần mang thai" >/dev/null
keys C-u; type "10"; keys Enter Enter; type "1"; keys F2
wait_for "Đã ghi" >/dev/null
keys Escape Escape; wait_for "Trang chính" >/dev/null
keys 2
expect "Phiếu thu tin" "the slip"
keys F8
expect "Huỷ \"Mang thai / sẩy / phá thai\" ngày 10/10/2026 của Pham Thi Lan" "the cancel question shows the event's date"
keys Escape Escape; wait_for "Trang chính" >/dev/null
keys 3
expect "Báo cáo tháng 10/2026" "the report screen"
keys End
expect "Chưa có chỉ tiêu năm 2026" "its end: no targets yet"
unlike "$(screen_text)" "danso targets-import" "no command-line hint on the report screen"
expect "Cán bộ dân số xã nạp tệp chỉ tiêu" "it says who loads the targets"
is "$(cat "$TOP_SRCDIR"/app/*.c "$TOP_SRCDIR"/cli/*.c "$TOP_SRCDIR"/domain/*.c "$TOP_SRCDIR"/tui/*.c | grep -c 'viên chức')" "0" "the officer is never called viên chức in the program"
done_testing
