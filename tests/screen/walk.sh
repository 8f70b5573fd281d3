#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING.
# The walk: every screen and form of the interface, in Vietnamese and in
# English, at exactly 80x24, driven with the keyboard on a demo commune of
# 1,500 households with a month of events of every kind the demo makes
# (births, deaths, moves, marriages, changes of details ...): the start
# screen, home, the register (paged to its end), a household with each of
# the 13 event forms, the event menu, the household, member and move-out
# forms, a new household, the pick lists, the quit question, the slip
# (paged to its end, an entry opened, the cancel question), the report, the
# export form, the residents comparison's file question, and the F1 help of
# each screen. It also checks the texts issue 11 item 7 named: a relation,
# two form labels, the slip's details (codes by their labels, a death's
# cause, a move's place, a marriage's spouse) and "(không còn ai)" for a
# household whose last member died where "(đã đi)" stays for one that left. Each form is walked with Tab
# through all its fields so that every field is drawn.
#
# What is checked, and how: danso writes every string it draws to a log
# ($DANSO_TEST_DRAWLOG, tui/term.c) with the text it was given, what of it
# was drawn and where; tests/screen/drawcheck.py replays the frames that were
# shown and fails when
#   - a text was drawn shorter than given without ending in the mark "…"
#     (cut without a mark);
#   - a text was drawn over cells another text of the same frame had
#     filled, touches another text with no space between, or fills its
#     column to the last cell where the next column (a field, even an empty
#     one) starts (runs into the next column);
#   - the key line was not shown whole;
#   - "(null)", an English field name with a value ("residence: 2") or a bare
#     method code ("BP 1") was drawn.
# What it cannot prove: a row that a screen builds as one string from
# several columns is one text to the log, so a column cut inside it is seen
# only if the screen cut it without the layout functions of tui/draw.h
# (lay_col, which always marks a cut and keeps a space after each column);
# the screens build their rows with nothing else. Raw codes are found by the
# patterns above, not by knowing every code list. Only what the walk reaches
# is checked: the demo's events and one household's forms.
. "${TOP_SRCDIR:-.}/tests/lib.sh"
. "${TOP_SRCDIR:-.}/tests/screen/lib.sh"
# Under Wine the draw log of danso_test.exe comes back without its frames
# (not yet understood); the layout code is the same on both systems and the
# walk runs in the Linux phase. A counted skip until that is mended.
on_windows && skip_all "the draw log is not read back under Wine yet; the walk runs in the Linux phase"

command -v python3 >/dev/null || { echo "1..0 # SKIP python3 is needed to read the draw log"; exit 0; }

export DANSO_TODAY=2026-12-01 DANSO_NOW=2026-12-01T08:00:00Z
run init --commune 00004 --name "Phường Ba Đình" --province 01 && [ "$rc" = 0 ] &&
	run demo --households 1500 --months 1 --seed 3 && [ "$rc" = 0 ] ||
	{ echo "Bail out! the demo commune could not be made"; exit 1; }
is "$(sql "SELECT count(DISTINCT kind) FROM event WHERE period = '2026-11'")" "12" \
	"the month has events of 12 kinds to show on the slip"

parent_hh=$(sql "SELECT h.number FROM member m JOIN household h ON h.id = m.household_id
	WHERE m.relation = '6' AND m.status = 0 ORDER BY h.id LIMIT 1")
dissolved_hh=$(sql "SELECT number FROM household WHERE status = 2 ORDER BY id LIMIT 1")
ok "the demo has a head's parent and a household whose last member died" test -n "$parent_hh" -a -n "$dissolved_hh"
# a long name makes the home screen's first "still missing" line longer
# than the screen (the only write to the database outside danso: a name)
sql "UPDATE member SET full_name = 'Nguyễn Thị Thanh Hương Giang' WHERE id = (SELECT e.member_id FROM event e
	WHERE e.kind = 'pregnancy' AND e.pregnancy_kind = '1' AND NOT EXISTS (SELECT 1 FROM event p
	WHERE p.kind = 'prenatal_screening' AND p.member_id = e.member_id) ORDER BY e.event_date, e.id LIMIT 1)"
missed=0
# reach REGEX: wait for a screen; count it when it does not come.
reach() {
	wait_for "$1" "${2:-5}" >"$T/reach.out" || { missed=$((missed + 1)); cat "$T/reach.out"; }
}

# each_field: Tab through a form (every field is drawn focused), then leave.
each_field() {
	for _ in 1 2 3 4 5 6 7 8 9 10 11 12 13 14; do keys Tab; done
}

# help BACK: F1 on the current screen, then back to it.
help() {
	keys F1
	reach "Trợ giúp|Help"
	keys Escape
	reach "$1"
}

walk() {
	local lang=$1
	screen_start "LANGUAGE=$lang" "DANSO_TEST_DRAWLOG=$T/draw-$lang.log"
	reach "PIN"
	help "PIN"
	keys F3
	reach "Esc: thôi|Esc: cancel"
	keys Escape
	keys C-u; type "1"; type "$DANSO_PIN"; keys Tab C-u; type "0"; keys F2
	reach "Trang chính|Home"
	help "Trang chính|Home"
	keys C-c
	reach "Thoát danso|Quit danso"
	keys Escape
	reach "Trang chính|Home"

	keys 1
	reach "Tìm \(|Find \("
	help "Tìm \(|Find \("
	for _ in $(seq 80); do keys NPage; done
	keys Home Down Down Down Enter
	reach "F7:"
	help "F7:"
	for k in 1 2 3 4 5 6 7 8 9 a b c d; do
		keys Down "$k"
		if wait_for "F2:" 2 >/dev/null; then
			each_field
			keys Escape
		fi
		reach "F7:"
	done
	keys F5
	reach "Esc: thôi|Esc: cancel"
	keys Escape
	for k in F6 Enter F4 F7; do
		keys "$k"
		reach "F2:"
		each_field
		keys Escape
		reach "F7:"
	done
	keys Escape
	reach "Tìm \(|Find \("
	# the household with a parent of the head, and the one whose last member died
	for number in "$parent_hh" "$dissolved_hh"; do
		type "$number"
		reach "(Tìm \(số hộ hoặc tên\)|Find \(number or name\)): +$number "
		keys Home Enter
		reach "Hộ số $number|Household $number"
		reach "F7:"
		keys Escape
		reach "Tìm \(|Find \("
		keys Escape
	done
	keys F4
	reach "F2:"
	each_field
	keys F3
	keys Escape Escape
	reach "Tìm \(|Find \("
	keys Escape
	reach "Trang chính|Home"

	keys 2
	reach "Phiếu thu tin|Slip of"
	help "Phiếu thu tin|Slip of"
	keys Down F8
	reach "Enter: xong   Esc: thôi|Enter: done   Esc: cancel"
	keys Escape
	keys Enter
	reach "F2:"
	each_field
	keys Escape
	reach "Phiếu thu tin|Slip of"
	for _ in $(seq 40); do keys NPage; done
	keys Escape
	reach "Trang chính|Home"
	keys 3
	reach "Báo cáo|[Rr]eport"
	help "Báo cáo|[Rr]eport"
	for _ in $(seq 10); do keys NPage; done
	keys Escape
	reach "Trang chính|Home"
	keys 4
	reach "F2:"
	each_field
	keys Escape
	reach "Trang chính|Home"
	keys 5
	reach "Enter: xong|Enter: done"
	keys Escape
	reach "F8:"
	help "F8:"
	keys Escape
	reach "Trang chính|Home"
	keys Escape
	reach "PIN"
	screen_stop
	is "$missed" "0" "$lang: the walk reached every screen it went to"
	missed=0

	# the texts of issue 11 item 7, drawn whole (the draw log's drawn text)
	local log=$T/draw-$lang.log
	ok "$lang: the draw log holds the frames shown" grep -q '^S$' "$log"
	drawn() { awk -F'\t' '$1 == "P" { print $8 }' "$log" | grep -Eq -- "$1"; }
	if [ "$lang" = vi ]; then
		ok "vi: a long missing-screening line on the home screen is wrapped, not cut" \
			drawn "^(trước sinh|sàng lọc trước sinh|lọc trước sinh|có sàng lọc trước sinh)$"
		ok "vi: a relation label is shown whole on the household screen" drawn "Bố/mẹ \(cả bố mẹ vợ/chồng\)"
		ok "vi: the marriage form's label is whole" drawn "^Đã tư vấn/khám trước kết hôn \*$"
		ok "vi: the change-of-details form's label is whole" drawn "^Giá trị mới \(mã, ngày yyyy-mm-dd\) \*$"
		ok "vi: a change of details on the slip says what and to what, in words" drawn "Thay đổi thông tin .* Cư trú: Tạm vắng"
		ok "vi: a death on the slip shows its cause" drawn "^ [0-9/]+ +Chết .* Tuổi già"
		ok "vi: a move out on the slip shows where to" drawn "Chuyển đi .* đến Cần Thơ"
		ok "vi: a marriage on the slip shows the spouse" drawn "Kết hôn .* với Lê Công Phúc"
		ok "vi: a household whose last member died is not marked as gone" drawn "^ $dissolved_hh .*\(không còn ai\)"
		ok "vi: a method on the slip by its name" drawn "Sử dụng BPTT mới .* (Vòng tránh thai|Thuốc|Bao cao su|Que cấy|Thuốc cấy|Triệt sản)"
	else
		ok "en: a change of details on the slip says what and to what, in words" drawn "Change of details .* Residence: Temp"
		ok "en: a death on the slip shows its cause" drawn "^ [0-9/]+ +Death .* Old age"
		ok "en: a household whose last member died is not marked as gone" drawn "^ $dissolved_hh .*\(no one left\)"
		ok "en: the kind of a contraception start is whole on the slip" drawn "Contraception start/switch +[0-9]"
	fi

	for check in cut overlap keys raw; do
		python3 "${TOP_SRCDIR:-.}/tests/screen/drawcheck.py" "$T/draw-$lang.log" 24 "$check" >"$T/$check-$lang.txt"
		case $check in
		cut) desc="no text cut without the mark …" ;;
		overlap) desc="no text runs into the next column or over another" ;;
		keys) desc="every key line is shown whole" ;;
		raw) desc="no raw code, English field name or (null)" ;;
		esac
		is "$(wc -l <"$T/$check-$lang.txt")" "0" "$lang: $desc"
		head -15 "$T/$check-$lang.txt" | sed 's/^/#   /'
	done
}

walk vi
walk en
done_testing
