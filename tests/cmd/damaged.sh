#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING.
# Damaged settings are the user's problem to solve, not a crash: a
# pseudonym_key that is not a hex key makes export say so in the user's
# language (exit 1, never fatal's exit 70), names the setting, tells what to
# do, and changes nothing. So do tables that another program changed.
. "${TOP_SRCDIR:-.}/tests/lib.sh"
need sqlite3
export DANSO_TODAY=2025-06-15 DANSO_NOW=2025-06-15T08:00:00Z

run init --commune 10001 --name "Xã Hỏng"
is "$rc" 0 "init"
run demo --households 20 --months 2 --seed 3
is "$rc" 0 "a small demo register"
cp "$DANSO_DB" "$T/pristine.db"
sql "UPDATE setting SET value = 'zz-not-hex' WHERE key = 'pseudonym_key'"
locks=$(sql "SELECT count(*) FROM period_lock")
mkdir -p "$T/out" "$T/out2" "$T/out3"

run export --period 2025-05 --out "$T/out" --no-names
is "$rc" 1 "export --no-names with a damaged pseudonym_key exits 1"
like "$err" "pseudonym_key.*bị hỏng.*danso restore" "and says in Vietnamese which setting is damaged and what to do"
LANGUAGE=en run export --period 2025-05 --out "$T/out" --no-names
is "$rc" 1 "in English too"
like "$err" "pseudonym key \(setting pseudonym_key\) is damaged.*Nothing was exported.*danso restore" \
	"the English message names it too"
run export --period 2025-05 --out "$T/out"
is "$rc" 1 "an export with names refuses too (its person keys come from the same key)"
is "$(ls -A "$T/out" | wc -l)" 0 "no file was written"
is "$(sql "SELECT count(*) FROM period_lock")" "$locks" "no month was locked"

sql "UPDATE setting SET value = '0123456789abcdef' WHERE key = 'pseudonym_key'"
run export --period 2025-05 --out "$T/out2" --no-names
is "$rc" 1 "a key of 8 bytes (too short) is refused the same way"
sql "UPDATE setting SET value = '$(printf '%064d' 7)' WHERE key = 'pseudonym_key'"
run export --period 2025-05 --out "$T/out3" --no-names
is "$rc" 0 "a whole 32-byte key exports"
ok "... and writes the package" test -s "$T/out3/danso_10001_202505_r1_manifest.csv"

# Tables danso did not make: a renamed column, a dropped table.
cp "$T/pristine.db" "$T/tables.db"
sqlite3 "$T/tables.db" "ALTER TABLE area RENAME COLUMN name TO ten"
run --db "$T/tables.db" area list
is "$rc" 1 "a renamed column: exit 1, not 70"
like "$err" "CSDL .*tables.db bị hỏng hoặc đã bị chương trình khác sửa \(no such column: name\).*danso restore" \
	"the message says what is wrong and what to do"
LANGUAGE=en run --db "$T/tables.db" area list
like "$err" "The database .*tables.db is damaged or was changed by another program.*danso restore" "in English too"
unlike "$err" "SQL does not compile" "never the programmer's message"
cp "$T/pristine.db" "$T/tables2.db"
sqlite3 "$T/tables2.db" "DROP TABLE export_log"
run --db "$T/tables2.db" export --period 2025-05 --out "$T/out"
is "$rc" 1 "a dropped table: export exits 1"
like "$err" "no such table: export_log" "naming the table"
is "$(sqlite3 "$T/tables2.db" "SELECT count(*) FROM period_lock")" "$locks" "and locked no month"
is "$(ls -A "$T/out" | wc -l)" 0 "and wrote no file"
done_testing
