#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING.
# The collaborator's month, start to finish, in the real interface at 80x24:
# a household with members typed in Telex, a 3rd-order birth (warning
# confirmed), a contraceptive start, a prenatal screening, one entry
# corrected and another cancelled with a reason; then the database.
. "${TOP_SRCDIR:-.}/tests/lib.sh"
. "${TOP_SRCDIR:-.}/tests/screen/lib.sh"

screen_db || { echo "Bail out! init failed"; exit 1; }
screen_start
expect "Người dùng .*Lê Thị Mai" "start: the collaborator is proposed"
expect "Tháng \(tháng/năm\) \* +10/2026" "start: the last complete month is proposed"
keys Tab; type "9999"; keys F2
expect "Sai tên đăng nhập hoặc mã PIN" "a wrong PIN is refused"
unlike "$(screen_text)" "9999" "the PIN is never shown"
type "$MAI_PIN"
expect "Mã PIN +\*\*\*\*" "the PIN shows as stars"
keys F2
expect "Trang chính" "home screen"
expect "0 hộ, 0 nhân khẩu" "home: an empty area"

# A new household and its first member, the head.
keys 1
expect "Tìm \(số hộ hoặc tên\)" "register screen"
keys F4
expect "Số hộ \* +1" "new household: the next number is proposed"
type "12"; keys Enter Enter
type "Thoon Ddoong"; keys Enter
type "soos 5 ngox 3"; keys F2
expect "Hộ số 12 \(chưa có chủ hộ" "member form opens for the head"
type "Traanf Vawn Nam"; keys Enter Enter
type "1"; type "12031980"; keys Enter Enter
type "3"; type "2"; keys F2
expect "Đã lưu: Trần Văn Nam" "head saved, name typed in Telex"
type "Nguyeenx Thij Hoaf"
expect "Họ và tên \* +Nguyễn Thị Hoà" "Telex: Nguyeenx Thij Hoaf shows Nguyễn Thị Hoà"
keys Enter; type "2"; type "2"; type "05051992"; keys Enter Enter; type "3"; type "2"; keys Enter Enter Enter
# her history (Sổ A0): two children born, both living (docs/huong-dan.md)
type "2"; keys Enter; type "2"
expect "Số con đã sinh \(nữ\) +2" "the wife's live births typed in the member form"
keys F2
expect "Đã lưu: Nguyễn Thị Hoà" "wife saved"
is "$(sql "SELECT children_born || '|' || children_living FROM member WHERE full_name = 'Nguyễn Thị Hoà'")" "2|2" \
	"her history is stored"
type "Traanf Thu Trang"; keys Enter; type "3"; type "2"; type "01022018"; keys F2
expect "Đã lưu: Trần Thu Trang" "first child saved"
type "Traanf Dduwcs Anh"; keys Enter; type "3"; type "1"; type "03042021"; keys F2
expect "Đã lưu: Trần Đức Anh" "second child saved"
keys Escape
expect "Thôn/tổ: Thôn Đông +Địa chỉ: số 5 ngõ 3" "household screen with its address in Telex"
expect "Trần Đức Anh +Nam +03/04/2021 Con" "members listed"

# A 3rd-order birth, recorded from the mother's row.
keys Down F5
expect "Ghi biến động" "event menu"
keys 1
expect "Người mẹ \\(số\\) \\* +[0-9]+ +Nguyễn Thị Hoà" "birth form for the mother"
expect "Con thứ mấy \* +3" "birth order 3 proposed from her history"
type "1510"; keys Enter
type "Traanf Minh Khoa"; keys Enter
type "1"; keys F2
expect "Cảnh báo" "the 3rd-birth warning asks first"
keys Enter
sleep 0.3
unlike "$(screen_text)" "Vẫn lưu" "Enter does not confirm a rule's warning: it goes back to the form"
is "$(sql "SELECT count(*) FROM event WHERE kind = 'birth' AND birth_order = 3")" 0 "and nothing is saved yet"
keys F2; wait_for "Vẫn lưu" >/dev/null
keys c
expect "Đã ghi: Sinh" "birth recorded after confirming"
expect "Trần Minh Khoa +Nam +15/10/2026 Con" "the child is a member"

# A wrong date is refused on the field, in Vietnamese, and nothing is lost.
keys F5 7
expect "Sử dụng BPTT mới" "contraception form"
expect "Người +Nguyễn Thị Hoà" "for the same woman (the selection stays on her)"
expect "Ngày \* +15/10/2026" "the previous entry's date carries over"
expect "Số con hiện có +3" "living children proposed from her history (2 living + the newborn)"
type "3104"; keys Enter
expect "Không có ngày 31/04" "31/04 refused with a plain message"
keys C-u; type "0211"; keys Enter
expect "Ngày 02/11/2026 nằm ngoài tháng báo cáo" "a date outside the working month is refused by the rules as the date is left"
expect "Ngày \* +02/11/2026" "the cursor stays on the date, nothing typed is lost"
type "1810"; keys Enter
type "1"; type "1"
expect "Biện pháp \* +1 +Vòng" "the method typed"
keys F2
expect "Đã ghi: Sử dụng BPTT mới" "contraceptive start recorded"

keys F5 a
expect "Sàng lọc trước sinh" "prenatal screening form"
type "2010"; keys Enter; type "12"; keys F2
expect "Đã ghi: Sàng lọc trước sinh" "prenatal screening recorded"

# The month's slip: correct the screening, cancel the contraceptive start.
keys Escape Escape
expect "Trang chính" "back home"
expect "Sinh +1" "home counts the birth"
keys 2
expect "Phiếu thu tin tháng 10/2026" "the month's slip"
expect "20/10 Sàng lọc trước sinh" "the screening is listed"
keys End Enter
expect "Sửa: Sàng lọc trước sinh" "correction form"
keys Enter C-u; type "14"; keys F2
expect "Đã sửa" "corrected"
expect "tuần 14" "the slip shows the corrected week"
keys Home Down F8
expect "Huỷ \"Sử dụng BPTT mới\" ngày 18/10/2026" "cancel asks for a reason, naming the event by its date"
keys Enter
expect "Cần ghi lý do" "an empty reason is refused"
type "Ghi nhaamf nguwowif"; keys Enter
expect "Đã huỷ" "cancelled"
expect "\[ĐÃ HUỶ\]" "the cancelled entry stays, marked"

# The month's report, on screen.
keys Escape
expect "Còn thiếu:" "home lists what is missing"
expect "Trẻ của Nguyễn Thị Hoà \(sinh 15/10/2026\) chưa có sàng lọc sơ sinh" "the birth without newborn screening"
expect "Đã huỷ: 1" "home counts the cancelled entry"
keys 3
expect "Báo cáo tháng 10/2026" "report screen"
expect "Tổng số trẻ sinh ra +1" "report: one birth"
keys PageDown
expect "Con thứ ba trở lên +1" "report scrolls: one 3rd-or-higher birth"
expect "Người mới sử dụng BPTT +0" "report: the cancelled contraceptive start does not count"
keys PageDown
expect "Bà mẹ được sàng lọc trước sinh +1" "report: one prenatal screening"

# The missing newborn screening, recorded from the child's row.
keys Escape 1; type "12"
expect " 12 +Trần Văn Nam +5" "register: household 12 found by its number"
keys Enter End F5 2
expect "Người +Trần Minh Khoa" "newborn screening form for the child"
expect "Tim bẩm sinh +1 +Có" "the five conditions are proposed as screened"
type "2510"; keys Enter Enter Enter Enter Enter; type "k"
expect "Tim bẩm sinh +0 +Không" "one condition answered no"
keys F2
expect "Đã ghi: Sàng lọc sơ sinh" "newborn screening recorded"
keys Escape Escape
expect "Tìm \\(số hộ hoặc tên\\): +1 dòng" "Esc in the register clears the search first"
keys Escape
expect "Không thấy thiếu sót" "home: nothing missing any more"
keys C-c
expect "Thoát danso" "quit asks"
keys t
expect "danso exited 0" "Ctrl-C, t: danso quits with status 0"

is "$(sql "SELECT full_name FROM member ORDER BY id")" "Trần Văn Nam
Nguyễn Thị Hoà
Trần Thu Trang
Trần Đức Anh
Trần Minh Khoa" "members stored in NFC"
is "$(sql "SELECT count(*) FROM member WHERE full_name = 'Nguyễn Thị Hoà' AND sex = 2 AND relation = '2'")" "1" \
	"Hoà is the head's wife"
is "$(sql "SELECT h.number || '|' || h.village || '|' || m.full_name FROM household h JOIN member m ON m.id = h.head_member_id")" \
	"12|Thôn Đông|Trần Văn Nam" "household 12 with its head"
is "$(sql "SELECT birth_order || '|' || child_sex || '|' || event_date || '|' || birth_place FROM event WHERE kind = 'birth'")" \
	"3|1|2026-10-15|2" "3rd-order birth stored"
is "$(sql "SELECT m.sex || '|' || m.birth_date || '|' || m.relation FROM event e JOIN member m ON m.id = e.related_member_id WHERE e.kind = 'birth'")" \
	"1|2026-10-15|3" "the child is a member"
is "$(sql "SELECT gestational_week || '|' || event_date || '|' || cancelled FROM event WHERE kind = 'prenatal_screening'")" \
	"14|2026-10-20|0" "prenatal screening corrected to week 14"
is "$(sql "SELECT method || '|' || provider || '|' || cancelled || '|' || cancel_reason FROM event WHERE kind = 'fp_start'")" \
	"1|1|1|Ghi nhầm người" "contraceptive start cancelled with its reason"
like "$(sql "SELECT reason FROM audit WHERE entity = 'event'")" "Ghi nhầm người" "the cancel is audited with its reason"
is "$(sql "SELECT conditions FROM event WHERE kind = 'newborn_screening'")" "15" "four of the five conditions screened"
run report --period 2026-10
like "$out" "Con thứ ba trở lên +1 +1" "danso report: the 3rd-order birth"
like "$out" "Bà mẹ được sàng lọc trước sinh +1" "danso report: the prenatal screening"
like "$out" "Người mới sử dụng BPTT +0" "danso report: no new contraceptive user after the cancel"
done_testing
