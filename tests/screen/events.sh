#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING.
# More event kinds through their forms: elderly check, marriage, change of
# details, move in (a new person), death, move out inside the commune; a
# year-only birth date; F1 help; the slip lists them all.
. "${TOP_SRCDIR:-.}/tests/lib.sh"
. "${TOP_SRCDIR:-.}/tests/screen/lib.sh"

screen_db || { echo "Bail out! init failed"; exit 1; }
screen_start
screen_login
expect "Trang chính" "logged in"
keys 1 F4
expect "Thêm hộ" "new household"
type "20"; keys F2
expect "Thêm nhân khẩu" "member form"
type "Hoof Vawn Laam"; keys Enter Enter; type "1"; type "01011950"; keys Enter Enter; type "1"; type "2"; keys F2
expect "Đã lưu: Hồ Văn Lâm" "head saved"
type "Vux Thij Nga"; keys Enter; type "2"; type "2"; type "1955"; keys Enter Enter; type "1"; type "2"; keys F2
expect "Đã lưu: Vũ Thị Nga" "a year alone is accepted as the birth date of an elderly person"
type "Hoof Vawn Dduwcs"; keys Enter; type "3"; type "1"; type "10101995"; keys F2
expect "Đã lưu: Hồ Văn Đức" "son saved"
keys Escape
expect "Vũ Thị Nga +Nữ +1955 " "the year alone is shown"
keys F1
expect "Trợ giúp: Hộ số 20" "F1 shows the screen's help"
keys Escape

keys F5 b
expect "Khám SK người cao tuổi" "elderly check form"
type "0310"; keys F2
expect "Đã ghi: Khám SK người cao tuổi" "elderly check recorded"

keys Down Down F5 c
expect "Người +Hồ Văn Đức" "marriage form for the son"
type "0510"; keys Enter Enter
type "Lee Thij Hueej"; keys Enter
type "c"; keys F2
expect "Đã ghi: Kết hôn" "marriage recorded"
is "$(sql "SELECT marital FROM member WHERE full_name = 'Hồ Văn Đức'")" "2" "the son is now married"
is "$(sql "SELECT premarital_check || '|' || spouse_name FROM event WHERE kind = 'marriage'")" "1|Lê Thị Huệ" \
	"marriage with the premarital check and the spouse's name in Telex"

# His wife joins the household (F4 from the household screen), then her
# pregnancy and a contraceptive method started and stopped.
keys F4
expect "Thêm nhân khẩu" "member form from the household screen"
type "Lee Thij Hueej"; keys Enter; type "4"; type "2"; type "12121997"; keys Enter Enter; type "3"; type "2"; keys F2
expect "Đã lưu: Lê Thị Huệ" "the daughter-in-law saved"
keys Escape End F5 9
expect "Người +Lê Thị Huệ" "pregnancy form for her"
expect "Loại \\* +1 +Mang thai" "pregnant is proposed"
type "1110"; keys Enter Enter; type "1"; keys F2
expect "Đã ghi: Mang thai" "pregnancy recorded"
keys F5 7
type "1210"; keys Enter; type "7"; type "3"; keys F2
expect "Đã ghi: Sử dụng BPTT mới" "contraception start (condom, CTV-distributed)"
keys F5 8
expect "Biện pháp đang dùng \\* +7 +Bao cao su" "the method in use is proposed for the stop"
type "1310"; keys Enter Enter; type "1"; keys F2
expect "Đã ghi: Thôi sử dụng BPTT" "contraception stop recorded"
is "$(sql "SELECT kind || '|' || method || '|' || stop_reason || '|' || pregnancy_kind || '|' || pregnancy_number FROM event WHERE kind IN ('pregnancy', 'fp_stop') ORDER BY id")" \
	"pregnancy|||1|1
fp_stop|7|1||0" "pregnancy and stop stored with their codes"

keys Home Down F5 6
expect "Thông tin cần đổi" "change of details form"
type "0610"; keys Enter; type "2"
expect "Thông tin cần đổi \\* +2 +Ngày sinh" "the detail picked by its number"
keys Enter; type "1955-03-08"; keys F2
expect "Đã ghi: Thay đổi thông tin" "change of details recorded"
is "$(sql "SELECT birth_date FROM member WHERE full_name = 'Vũ Thị Nga'")" "1955-03-08" "the birth date changed"

keys F5 4
expect "Người +\\(người mới\\)" "move-in form for a new person"
expect "Từ hộ khác trong xã\\? \\(c/k\\)" "the move-in form asks where from"
type "0710"; keys Enter; type "k"; type "Hari Phongf"; keys Enter
type "Hoof Thij Mai"; keys Enter; type "5"; type "2"; type "01012020"; keys F2
expect "Đã ghi: Chuyển đến" "move in recorded"
is "$(sql "SELECT entered_on || '|' || relation FROM member WHERE full_name = 'Hồ Thị Mai'")" "2026-10-07|5" \
	"the person moving in is a member from the event's date"
is "$(sql "SELECT place FROM event WHERE kind = 'move_in'")" "Hải Phòng" "from where, typed in Telex"

keys Home F5 3
expect "Người +Hồ Văn Lâm" "death form for the head"
type "0810"; keys Enter; type "3"; keys F2
expect "Đã ghi: Chết" "death recorded"
expect "\\(chết\\)" "the household shows him as died"

keys Down Down F5 5
expect "Chuyển trong xã\\? \\(c/k\\)" "move-out form"
type "0910"; keys Enter; type "c"; type "2"; keys F2
expect "Đã ghi: Chuyển đi" "move out recorded"
is "$(sql "SELECT e.move_scope || '|' || a.number FROM event e JOIN area a ON a.id = e.to_area_id WHERE e.kind = 'move_out'")" \
	"1|2" "a move inside the commune, to area 2"

keys F7
expect "Người +Cả hộ" "F7: the whole household moves out"
type "2010"; keys Enter; type "k"; keys Enter; type "Haf Nooij"; keys F2
expect "Đã ghi: Chuyển đi" "whole-household move out recorded"
is "$(sql "SELECT status FROM household WHERE number = '20'")" "1" "the household has moved out"
is "$(sql "SELECT whole_household || '|' || move_scope || '|' || place FROM event WHERE kind = 'move_out' AND member_id IS NULL")" \
	"1|0|Hà Nội" "stored as a whole-household move elsewhere"

keys Escape Escape
expect "Lê Thị Huệ \\(mang thai, ghi ngày 11/10/2026\\) chưa có sàng lọc trước sinh" \
	"home: a pregnancy without prenatal screening is listed as missing"
keys 2
expect "Phiếu thu tin tháng 10/2026" "the slip"
for kind in "Khám SK người cao tuổi" "Kết hôn" "Thay đổi thông tin" "Chuyển đến" "Chết" "Chuyển đi" \
	"Mang thai" "Sử dụng BPTT mới" "Thôi sử dụng BPTT"; do
	expect "$kind" "the slip lists: $kind"
done
is "$(sql "SELECT count(*) FROM event WHERE cancelled = 0")" "10" "ten events stored"

# A death can be corrected like any other entry (the person has left the
# register by this very event): its date, one day earlier.
death_row=$(sql "SELECT count(*) FROM event WHERE cancelled = 0 AND (event_date, id) <
                 (SELECT event_date, id FROM event WHERE kind = 'death')")
keys Home
for _ in $(seq "$death_row"); do keys Down; done
keys Enter
expect "Sửa: Chết" "the death opens for correction"
type "0710"; keys F2
expect "Đã sửa" "the death corrected, not refused because he has died"
is "$(sql "SELECT e.event_date || '|' || m.left_on FROM event e JOIN member m ON m.id = e.member_id WHERE e.kind = 'death'")" \
	"2026-10-07|2026-10-07" "the event and the date he left follow"
done_testing
