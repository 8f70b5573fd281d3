#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING.
# A test of the kill test: tests/kill/kill.sh must fail with a driver that
# does nothing (/bin/false: nothing acknowledged, nothing to count), and
# with one that acknowledges work it never did (the survivors are missing).
. "${TOP_SRCDIR:-.}/tests/lib.sh"
need sqlite3

# kill_with DRIVER NAME: run kill.sh with DRIVER at 5 kill points.
kill_with() {
	KILLDRV=$1 KILL_POINTS=5 bash "$TOP_SRCDIR/tests/kill/kill.sh" >"$T/$2.out" 2>&1
}

kill_with /bin/false false
ok "kill.sh fails with KILLDRV=/bin/false" test "$?" -ne 0
for mode in entry import backup export; do
	like "$(grep '^not ok' "$T/false.out")" "$mode: 0 [a-z]+ acknowledged before the kills" \
		"... because no $mode work was acknowledged"
done
like "$(grep '^not ok' "$T/false.out")" "the last acknowledged backup exists" "... and no backup can be opened"

# A liar: acknowledges one item per run, stores nothing, and waits to be
# killed (the uninterrupted final backup returns at once).
cat >"$T/liar" <<'SH'
#!/bin/sh
case $1 in
entry) echo "saved no-such-household-$4 2" ;;
import) echo "batch no-such-$4 20" ;;
backup) echo "backup $3/no-such-backup-$4.db" ;;
export) echo "export $3/no-such-export-$4.csv" ;;
esac
[ "$5" -gt 1 ] || exit 0   # the uninterrupted run after the kills
exec sleep 30
SH
chmod +x "$T/liar"
kill_with "$T/liar" liar
ok "kill.sh fails with a driver that acknowledges work it did not do" test "$?" -ne 0
failed=$(grep '^not ok' "$T/liar.out")
like "$failed" "entry: all [0-9]+ acknowledged households survived" "... the households are missing"
like "$failed" "import: all [0-9]+ acknowledged batches are there" "... the batches are missing"
like "$failed" "the last acknowledged backup exists" "... the backup is missing"
like "$failed" "export: every acknowledged file is there" "... the exports are missing"
unlike "$(grep '^not ok' "$T/liar.out")" "acknowledged before the kills" "while the liar's acknowledgements are counted"
done_testing
