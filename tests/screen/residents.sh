#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING.
# The officer's residents screen: the comparison's lines by area and
# household; Enter opens the normal event form that fixes a line, its date
# left empty for the collaborator; F8 dismisses with a reason; the next
# comparison (the command) shows only the rest.
. "${TOP_SRCDIR:-.}/tests/lib.sh"
. "${TOP_SRCDIR:-.}/tests/screen/lib.sh"

danso init --commune 00004 --name "Phường Ba Đình" --province 01 >/dev/null &&
	danso demo --households 40 --months 2 --seed 4 >/dev/null || { echo "Bail out! demo failed"; exit 1; }
X="$T/extract.csv"
python3 "$TOP_SRCDIR/tests/cmd/residents_fixture.py" make "$DANSO_DB" "$X" "$T/want.csv" 2 ||
	{ echo "Bail out! fixture failed"; exit 1; }
# the first line of each kind in the expected order (the command's CSV)
LANGUAGE=en danso residents-compare "$X" --format csv >"$T/run1.csv" 2>/dev/null
first() { python3 -c 'import csv,sys
for r in csv.DictReader(open(sys.argv[1], encoding="utf-8")):
    if r["kind"] == sys.argv[2]: print(r["register_name"] or r["extract_name"]); break' "$T/run1.csv" "$1"; }
differs=$(first differs)
register_only=$(first register_only)
extract_only=$(first extract_only)

# a long path with letters the Telex typing method would change (dd, aa, uw, oo, s, x)
P="$T/du lieu dan cu/trich-xuat-ddaan-cuw-thoong-tin-xa-phuong-ba-dinh-thang-10.csv"
mkdir -p "$T/du lieu dan cu" && cp "$X" "$P"

screen_start
wait_for "PIN" >/dev/null
keys C-u; type "1"; type "$DANSO_PIN"; keys Tab C-u; type "0"; keys F2
expect "Cán bộ dân số xã \\| Cả xã" "the officer is in"
expect "5\\. So sánh với dữ liệu dân cư" "the home menu offers the comparison"
keys 5
expect "Tệp trích xuất dữ liệu dân cư" "asks for the extract file"
type "$P"; keys Enter
expect "Chỉ trích xuất 20 · chỉ trong sổ 15 · khác 10 · có thể trùng 15 · đã bỏ qua 0" "the counts of each kind"
expect "Đb Hộ số  Loại" "the list has area and household columns"
expect "Có thể trùng" "possible matches are marked"

# Tab filters by kind: extract only, register only, differs, possible
keys Tab Tab Tab
expect "Đang xem: Cùng người, thông tin khác" "filtered to the differences"
expect "Khác +$differs" "the first difference is listed"
keys Enter
expect "Thay đổi thông tin" "Enter opens the change-of-details form"
expect "Ngày \\* *$" "the event date is left empty"
expect "Thông tin cần đổi \\* +[0-9]" "the detail to change is filled in"
keys Escape
expect "Đang xem: Cùng người" "Esc leaves the form (nothing typed by the user)"
keys Enter
type "20/10/2026"; keys F2
expect "Đã ghi: Thay đổi thông tin" "the collaborator's date saves the change through the rules"
expect "khác 9 " "the fixed line is gone"

# an extract-only person: the move-in form with the extract's details
# (from the differences: possible, all, extract only)
keys Tab Tab Tab
expect "Đang xem: Có trong trích xuất" "filtered to the extract only"
keys Enter
expect "Ghi chuyển đến vào hộ này" "the fix is a move-in or a birth"
keys 1 Enter
expect "Chuyển đến" "the move-in form"
expect "Họ và tên \\* +$extract_only" "with the extract's name"
keys Escape
wait_for "Bỏ những gì" 2 >/dev/null && keys x
expect "Đang xem: Có trong trích xuất" "back to the list"

# a register-only person dismissed with a reason
keys Tab
expect "Đang xem: Có trong sổ" "filtered to the register only"
expect "Chỉ trong sổ +$register_only" "the first register-only line"
keys F8
expect "Ghi lý do" "a dismissal asks for a reason"
# (danso.exe reads typed keys as ASCII: the same words in Telex there)
if on_windows; then type "chowf giaays chuyeenr ddi"; else type "chờ giấy chuyển đi"; fi
keys Enter
expect "Đã bỏ qua; lý do được lưu" "dismissed"
expect "chỉ trong sổ 14 · khác 9 · có thể trùng 15 · đã bỏ qua 1" "the counts follow"
keys Escape
expect "Trang chính" "back home"
screen_stop

LANGUAGE=en run residents-compare "$X" --format csv
is "$rc" 0 "the command compares again"
printf '%s\n' "$out" >"$T/run2.csv"
is "$(grep -c '^differs,' "$T/run2.csv")" 9 "the change recorded on the screen is no longer a difference"
is "$(grep -c '^register_only,' "$T/run2.csv")" 14 "the dismissed line is left out"
is "$(sql "SELECT count(*) FROM event WHERE kind = 'detail_change' AND event_date = '2026-10-20'")" 1 \
	"the change of details is an event dated by the collaborator"
is "$(sql "SELECT reason FROM residents_decision")" "chờ giấy chuyển đi" "the reason is kept"
done_testing
