#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING.
# Issue 11 item 6: implausible values do not pass silently. A birth weight
# of 32 g is refused on the field and "3,2kg" is read as 3200 g; a second
# IUD start warns; a pregnancy of a woman on an IUD warns; a marriage's
# spouse list leaves the person's parents out, and a married person's
# marriage warns; the gestational week's field takes what the save takes.
. "${TOP_SRCDIR:-.}/tests/lib.sh"
. "${TOP_SRCDIR:-.}/tests/screen/lib.sh"

screen_db || { echo "Bail out! init failed"; exit 1; }
screen_start
screen_login; wait_for "Trang chính" >/dev/null
keys 1; wait_for "Tìm" >/dev/null
keys F4; wait_for "Số hộ" >/dev/null
type "7"; keys F2; wait_for "Thêm nhân khẩu" >/dev/null
type "Le Van Binh"; keys Enter Enter; type "1"; type "01011970"; keys Enter Enter; type "3"; type "2"; keys F2
wait_for "Đã lưu: Le Van Binh" >/dev/null
type "Pham Thi Lan"; keys Enter; type "2"; type "2"; type "02021984"; keys Enter Enter; type "3"; type "2"
keys Enter Enter Enter; type "1"; keys Enter; type "1"; keys F2   # her history: Hoa, her first child
wait_for "Đã lưu: Pham Thi Lan" >/dev/null
type "Le Thi Hoa"; keys Enter; type "3"; type "2"; type "03032000"; keys Enter Enter; type "3"; type "1"; keys F2
wait_for "Đã lưu: Le Thi Hoa" >/dev/null
keys Escape; wait_for "Hộ số 7 " >/dev/null

# the birth weight
keys 1; wait_for "Người mẹ \\(số\\) \\* +2" >/dev/null
type "15"; keys Enter; type "Le Minh"; keys Enter; type "1"; keys Enter Enter
wait_for "Cân nặng" >/dev/null
type "32"; keys Enter
expect "Cân nặng 32 gam không hợp lý" "a weight of 32 g is refused as the field is left"
keys C-u; type "3,2kg"; keys Tab
expect "Cân nặng \\(gam\\) +3200" "3,2kg is read as 3200 g"
keys F2   # birth order 2 proposed from her history (Hoa is her first child): nothing to confirm
expect "Đã ghi: Sinh" "the birth is recorded"
is "$(sql "SELECT birth_weight_g FROM event WHERE kind = 'birth'")" "3200" "stored in grams"

# a second IUD start two days after the first
keys Down 7; wait_for "Biện pháp" >/dev/null
type "10"; keys Enter; type "1"; type "1"; keys F2
expect "Đã ghi: Sử dụng BPTT mới" "the first IUD start"
keys 7; wait_for "Biện pháp" >/dev/null
keys C-u; type "12"; keys Enter; type "1"
expect "Cảnh báo: Pham Thi Lan đang dùng Vòng tránh thai \\(DCTC\\) rồi" "a second IUD start warns as the method is left"
keys Escape; wait_for "Bỏ những gì" >/dev/null; keys x

# a pregnancy of a woman on an IUD
keys 9; wait_for "Lần mang thai" >/dev/null
keys C-u; type "20"; keys Enter Enter; type "1"; keys F2
expect "Pham Thi Lan đang được ghi là dùng Vòng tránh thai" "a pregnancy on an IUD warns"
keys Escape; wait_for "Lần mang thai" >/dev/null
keys Escape; wait_for "Bỏ những gì" >/dev/null; keys x

# the gestational week: field and save agree
keys a; wait_for "Tuổi thai" >/dev/null
keys C-u; type "20"; keys Enter; type "2"; keys Enter
expect "Tuổi thai \\(tuần\\): phải từ 4 đến 42" "week 2 is refused on the field, as by the save"
keys Escape; wait_for "Bỏ những gì" >/dev/null; keys x

# a marriage: the parents are not in the spouse list; a married person warns
keys Down c; wait_for "Vợ/chồng trong hộ" >/dev/null
keys C-u; type "20"; keys Enter; keys F3
wait_for "Vợ/chồng trong hộ" >/dev/null
unlike "$(screen_text)" "Le Van Binh|Pham Thi Lan" "Hoa's parents are not offered as her spouse"
keys Escape
type "1"
expect "mã không có trong danh mục" "her father cannot be typed as her spouse"
keys Escape; wait_for "Bỏ những gì" >/dev/null; keys x
keys Up c; wait_for "Vợ/chồng trong hộ" >/dev/null
keys C-u; type "20"; keys Enter Enter; type "Tran Van Ba"; keys Enter; type "c"; keys F2
expect "Pham Thi Lan đang được ghi là có vợ/chồng" "the marriage of a married woman warns"
done_testing
