#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING.
# The front ends change the register only through app/ (docs/architecture.md):
# no file of tui/ opens a transaction or calls a function of db/ that writes,
# and cli/ calls none but the few still listed below. The list of writers is
# derived from db/'s source by tests/cmd/writers.py (SQL that changes the
# database, file renames, and every caller of those), never typed by hand.
. "${TOP_SRCDIR:-.}/tests/lib.sh"
cd "$TOP_SRCDIR" || exit 1
command -v python3 >/dev/null || { echo "1..0 # SKIP python3 is not installed"; exit 0; }

W="python3 tests/cmd/writers.py ."
writers=" $($W --list | tr '\n' ' ')"
for name in db_household_add db_household_update db_member_add db_member_update db_area_add db_user_add \
	db_auth_add_user db_targets_replace db_period_lock db_period_unlock db_event_add db_event_cancel \
	db_setting_set db_codes_replace db_tx_enter db_begin db_begin_bulk db_commit db_rollback; do
	like "$writers" " $name " "the derived writers include $name"
done
for name in db_household_get db_household_list db_member_list db_member_search db_area_list db_user_list \
	db_event_list_period db_generation db_period_is_locked db_code_label db_rule_facts; do
	unlike "$writers" " $name " "a reader is not a writer: $name"
done

is "$($W --check tui)" "" "no file of tui/ opens a transaction or calls a db/ writer"
is "$(grep -lE 'db_tx_|db_begin' tui/*.[ch] | tr '\n' ' ')" "" "no file of tui/ even names db_tx_ or db_begin"
# what cli/ still calls directly: restoring a backup (a file operation of
# app/backup.h to come) and opening the current file to log in for it
# (import and report open through app/session.h, backup --out is
# app/backup.h's backup_to_file)
is "$($W --check cli | sed 's/:[0-9]*:/:/' | sort -u | tr '\n' ' ')" \
	"cli/cmd_backup.c: db_open cli/cmd_backup.c: db_restore_file " \
	"cli/ calls no other db/ writer"

# the demo generator changes the register through app/ too; it only groups
# its writes in batches (the use cases join the caller's transaction)
is "$($W --check demo | sed 's/:[0-9]*:/:/' | sort -u | awk '{print $2}' | sort -u | tr '\n' ' ')" \
	"db_begin_bulk db_commit db_rollback " "demo/ calls no db/ writer but the transaction of a batch"

# the check itself finds a writer call and a transaction in a copy of tui/
mkdir -p "$T/tui"
cp tui/*.[ch] "$T/tui/"
printf '%s\n' 'static void bad(db *d, member *m, ds_err *e) { db_member_add(d, m, e); }' >>"$T/tui/scr_member.c"
printf '%s\n' 'static void worse(db *d, ds_err *e) { db_tx_enter(d, NULL, e); }' >>"$T/tui/scr_home.c"
printf '%s\n' '/* db_household_add( in a comment */ static const char *s = "db_area_add(";' >>"$T/tui/scr_register.c"
found=$($W --check "$T/tui")
like "$found" "scr_member.c:[0-9]+: db_member_add" "an added writer call is found, with its line"
like "$found" "scr_home.c:[0-9]+: db_tx_enter" "so is a transaction"
unlike "$found" "scr_register.c" "a name in a comment or a string is not a call"
done_testing
