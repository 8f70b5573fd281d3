#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING.
# Who may change what, through the interface at 80x24 (issue 11, item 1):
# the collaborator of area 1 cannot put a household in area 2, neither by
# creating it there (F4) nor by editing its area (F6) nor by handing it
# over (F7); nothing is added to a locked month; the officer records the
# handover. The refusals come from app/access.h, the same as through the
# command line (tests/cmd/permissions.sh).
. "${TOP_SRCDIR:-.}/tests/lib.sh"
. "${TOP_SRCDIR:-.}/tests/screen/lib.sh"

screen_db || { echo "Bail out! init failed"; exit 1; }
printf '%s\n' household_number,area,village,address,full_name,relation,sex,birth_date,ethnicity,education,marital,residence,person_id,entered_on \
	"139,1,Thôn Đông,,Hồ Văn Lâm,1,1,1970-02-03,01,3,2,1,,2026-01-05" \
	"139,1,,,Vũ Thị Nga,2,2,1972-04-05,01,3,2,1,,2026-01-05" \
	"210,2,Thôn Tây,,Đinh Văn Hải,1,1,1965-06-07,01,3,2,1,,2026-01-05" >"$T/register.csv"
danso register-import "$T/register.csv" >/dev/null || { echo "Bail out! register-import failed"; exit 1; }
sqlite3 -batch "$DANSO_DB" "INSERT INTO period_lock(period, locked, revision, changed_at, reason)
	VALUES ('2026-09', 1, 1, '2026-10-02T08:00:00Z', '')" || exit 1
dump() { sqlite3 "$DANSO_DB" "SELECT number || ':' || area_id FROM household ORDER BY id;
	SELECT count(*) FROM member; SELECT count(*) FROM event;" | tr '\n' ' '; }
before=$(dump)

screen_start
screen_login
expect "Trang chính" "the collaborator of area 1 is in"
keys 1
expect "Tìm \\(số hộ hoặc tên\\)" "register screen"

# F4: a new household typed with area 2
keys F4
expect "Số hộ \\* +211" "new household form"
type "305"; keys Enter
type "2"; keys Enter
type "Thoon Taay"; keys F2
expect "Hộ số 305 ở địa bàn khác: cộng tác viên chỉ ghi được hộ" "F4 with area 2 is refused, in Vietnamese"
is "$(sql "SELECT count(*) FROM household WHERE number = '305'")" 0 "household 305 was not saved"
keys Escape; wait_for "Bỏ những gì" >/dev/null; keys x
expect "Tìm \\(số hộ hoặc tên\\)" "back on the register"

# F6: household 139's area changed to 2
type "139"; keys Enter
expect "Hộ số 139" "household 139"
keys F6
expect "Sửa hộ" "household edit form"
keys Enter; type "2"; keys F2
expect "Không đổi địa bàn ở đây" "F6 changing the area is refused"
is "$(sql "SELECT a.number FROM household h JOIN area a ON a.id = h.area_id WHERE h.number = '139'")" 1 \
	"household 139 stays in area 1"
keys Escape; wait_for "Bỏ những gì" >/dev/null; keys x
expect "Hộ số 139 +Thôn/tổ" "back on the household"

# F7: the whole household handed over to area 2
keys F7
expect "Người +Cả hộ" "whole-household move form"
type "2010"; keys Enter; type "c"; type "2"; keys F2
expect "LỖI: Chuyển hộ sang địa bàn khác là biến động chỉ cán bộ dân số xã" \
	"F7 handing the household over to area 2 is refused, in Vietnamese"
is "$(sql "SELECT count(*) FROM event")" 0 "no move event was saved"
keys Enter; sleep 0.2; keys Escape; wait_for "Bỏ những gì" >/dev/null; keys x
expect "Hộ số 139 +Thôn/tổ" "back on the household"

# F4 on the household: a member entered in locked September
keys F4
expect "Thêm nhân khẩu" "new member form"
type "Hoof Thij Mai"; keys Enter; type "3"; type "2"; type "01012000"
for _ in 1 2 3 4 5 6; do keys Enter; done
keys C-u; type "15092026"; keys F2
expect "Tháng 09/2026 đã xuất báo cáo và bị khóa" "a member entered in a locked month is refused"
is "$(dump)" "$before" "nothing the collaborator tried was saved"
keys Escape; wait_for "Bỏ những gì" >/dev/null; keys x

# the officer hands household 139 over to area 2
wait_for "Hộ số 139 +Thôn/tổ" >/dev/null; keys Escape
wait_for "Tìm \\(số hộ" >/dev/null; keys Escape; sleep 0.2; keys Escape
wait_for "Trang chính" >/dev/null; keys Escape
expect "Người dùng" "back to the start screen"
keys C-u; type "1"; type "$DANSO_PIN"; keys Tab C-u; type "0"; keys F2
expect "Cán bộ dân số xã \\| Cả xã" "the officer is in"
keys 1; type "139"; keys Enter
expect "Hộ số 139" "household 139"
keys F7; type "2010"; keys Enter; type "c"; type "2"; keys F2
expect "Đã ghi: Chuyển đi" "the officer records the handover"
is "$(sql "SELECT a.number FROM household h JOIN area a ON a.id = h.area_id WHERE h.number = '139'")" 2 \
	"household 139 is now in area 2, by a move event"
screen_stop
done_testing
