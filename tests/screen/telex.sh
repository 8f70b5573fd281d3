#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING.
# Issue 11 item 4: the typing method works in every text field, the
# register's search box and the pick lists included: "hawngf" finds Hằng,
# "tayf" in the ethnicity list picks Tày.
. "${TOP_SRCDIR:-.}/tests/lib.sh"
. "${TOP_SRCDIR:-.}/tests/screen/lib.sh"

screen_db || { echo "Bail out! init failed"; exit 1; }
screen_start
screen_login
expect "Trang chính" "the collaborator is in"
keys 1; wait_for "Tìm" >/dev/null
keys F4; wait_for "Số hộ" >/dev/null
type "7"; keys F2; wait_for "Thêm nhân khẩu" >/dev/null
type "Traanf Thij Hawngf"; keys Enter Enter; type "2"; type "01011990"; keys Enter
wait_for "Dân tộc \\* +01" >/dev/null
keys F3; type "tayf"
keys Enter
expect "Dân tộc \\* +02 +Tày" "the ethnicity pick list finds Tày from Telex tayf"
type "3"; type "2"; keys F2
expect "Đã lưu: Trần Thị Hằng" "the member is saved"
is "$(sql "SELECT ethnicity FROM member")" "02" "stored with the ethnicity picked"
keys Escape Escape
wait_for "Tìm \\(số hộ" >/dev/null
type "hawngf"
expect "Tìm \\(số hộ hoặc tên\\): +hằng" "the search box shows the Telex word"
expect "7 +Trần Thị Hằng" "hawngf finds Hằng"
expect "1 dòng" "one row"
done_testing
