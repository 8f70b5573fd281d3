#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING.
# The check at open, once per state of the file (docs/reliability.md,
# "Backups and damage"): danso records in DB-checked the state (size, time
# of the last write, inode) in which it found the file whole or left it
# after its own writes, and an open of a file still in that state does not
# read it all again. A file written by anything else since is checked at
# open; backups and `danso check` always read the whole file.
. "${TOP_SRCDIR:-.}/tests/lib.sh"
export DANSO_TODAY=2025-06-15 DANSO_NOW=2025-06-15T08:00:00Z LANGUAGE=en

run init --commune 10001 --name "Xã Kiểm"
run demo --households 60 --months 3 --seed 5
is "$rc" 0 "a demo commune"
run area add --number 9 --name "Thôn Mới"
is "$rc" 0 "a change"
ok "the state in which danso left it is kept beside it" test -f "$DANSO_DB-checked"
is "$(cut -d' ' -f1-3 "$DANSO_DB-checked")" "danso-checked 1 $(stat -c %s "$DANSO_DB")" "with the file's size"
if on_windows; then
	# GetFileAttributesEx gives no file id: size and time alone (docs/decisions.md)
	is "$(cut -d' ' -f5 "$DANSO_DB-checked")" 0 "and no inode, which Windows does not give"
else
	is "$(cut -d' ' -f5 "$DANSO_DB-checked")" "$(stat -c %i "$DANSO_DB")" "and its inode"
fi
run report --period 2025-05
is "$rc" 0 "a report of the file as danso left it"

DANSO_NOW=2025-06-15T08:30:00Z run backup
is "$rc" 0 "a good backup"
good=$(ls "$T"/backups/danso-*083000.db)

# damage_page CHAR: overwrite a leaf page of the change log (never read by
# a report) with CHAR
damage_page() {
	local page
	page=$(sqlite3 "$DANSO_DB" "SELECT pageno FROM dbstat WHERE name = 'audit' AND pagetype = 'leaf' LIMIT 1 OFFSET 2")
	[ -n "$page" ] || return 1
	head -c 4096 /dev/zero | tr '\0' "$1" | dd of="$DANSO_DB" bs=4096 seek=$((page - 1)) conv=notrunc 2>/dev/null
}

# a file written by another program: its time changes, the open checks it
ok "damaging the file" damage_page y
run report --period 2025-05
is "$rc" 1 "a file written since danso left it is checked at open"
like "$err" "is damaged" "and refused"
run restore "$good"
is "$rc" 0 "the good copy restored"
run report --period 2025-05
is "$rc" 0 "reports again"

# damage it and put the file's time back as it was: to danso the file is
# then in the state it left it
when=$(stat -c %.9Y "$DANSO_DB")
ok "damaging the file again" damage_page x
touch -d "@$when" "$DANSO_DB"
isnt "$(sqlite3 "$DANSO_DB" "PRAGMA quick_check" | head -1)" ok "the file is damaged"
run report --period 2025-05
is "$rc" 0 "a report of a file whose size, time and inode say danso left it whole does not read it all again"
DANSO_NOW=2025-06-15T09:00:00Z run backup
is "$rc" 1 "a backup reads the whole file all the same"
like "$err" "is damaged" "and refuses it"
run check
is "$rc" 1 "check reads the whole file all the same"
ok "and forgets the state" test ! -e "$DANSO_DB-checked"
run report --period 2025-05
is "$rc" 1 "after which the next report checks at open"
like "$err" "is damaged" "and refuses it"

done_testing
