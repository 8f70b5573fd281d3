#!/bin/bash
# The walk: every screen and form of the interface, in Vietnamese and in
# English, at exactly 80x24, driven with the keyboard on a demo commune of
# 1,500 households with a month of events of every kind the demo makes
# (births, deaths, moves, marriages, changes of details ...): the start
# screen, home, the register (paged to its end), a household with each of
# the 13 event forms, the event menu, the household, member and move-out
# forms, a new household, the slip (paged to its end), the report, the
# export form, and the F1 help of each screen. Each form is walked with Tab
# through all its fields so that every field is drawn.
#
# What is checked, and how: danso writes every string it draws to a log
# ($DANSO_TEST_DRAWLOG, tui/term.c) with the text it was given, what of it
# was drawn and where; tests/screen/drawcheck.py replays the frames that were
# shown and fails when
#   - a text was drawn shorter than given without ending in the mark "…"
#     (cut without a mark);
#   - a text was drawn over cells another text of the same frame had
#     filled, or touches another text with no space between (runs into the
#     next column);
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

command -v python3 >/dev/null || { echo "1..0 # SKIP python3 is needed to read the draw log"; exit 0; }

export DANSO_TODAY=2026-12-01 DANSO_NOW=2026-12-01T08:00:00Z
"$DANSO" init --commune 00004 --name "Phường Ba Đình" --province 01 >/dev/null &&
	"$DANSO" demo --households 1500 --months 1 --seed 3 >/dev/null ||
	{ echo "Bail out! the demo commune could not be made"; exit 1; }
is "$(sql "SELECT count(DISTINCT kind) FROM event WHERE period = '2026-11'")" "12" \
	"the month has events of 12 kinds to show on the slip"

missed=0
# reach REGEX: wait for a screen; count it when it does not come.
reach() {
	wait_for "$1" "${2:-5}" >"$T/reach.out" || { missed=$((missed + 1)); sed -n 1p "$T/reach.out"; }
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
	keys C-u; type "1"; type "$DANSO_PIN"; keys Tab C-u; type "0"; keys F2
	reach "Trang chính|Home"
	help "Trang chính|Home"

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
	keys F4
	reach "F2:"
	each_field
	keys Escape
	reach "Tìm \(|Find \("
	keys Escape
	reach "Trang chính|Home"

	keys 2
	reach "Phiếu thu tin|Slip of"
	help "Phiếu thu tin|Slip of"
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
	keys Escape
	reach "PIN"
	screen_stop
	is "$missed" "0" "$lang: the walk reached every screen it went to"
	missed=0

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
