#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING.
# Command tests of the foundation: --help, --version, init, check, backup,
# the default database location and the exit statuses of docs/danso.1.
. "${TOP_SRCDIR:-.}/tests/lib.sh"
need sqlite3

run --help
is "$rc" 0 "--help exits 0"
like "$out" "danso \[--db FILE\] init --commune CODE" "--help lists init"
like "$out" "Cách dùng" "--help is Vietnamese by default"
LANGUAGE=en run --help
like "$out" "^Usage:" "LANGUAGE=en gives English"
run --lang en --help
like "$out" "^Usage:" "--lang en gives English"
run --lang xx --help
is "$rc" 2 "unknown language is a usage error"
# the language follows the locale like every Debian program (docs/decisions.md)
LC_ALL= LANG=en_US.UTF-8 run --help
like "$out" "^Usage:" "LANG=en_US.UTF-8 alone gives English"
LC_ALL= LANG=vi_VN.UTF-8 LC_MESSAGES=en_GB.UTF-8 run --help
like "$out" "^Usage:" "LC_MESSAGES wins over LANG"
LC_ALL=en_US.UTF-8 LC_MESSAGES=vi_VN.UTF-8 run --help
like "$out" "^Usage:" "LC_ALL wins over LC_MESSAGES"
LC_ALL= LANG=en_US.UTF-8 LANGUAGE=vi run --help
like "$out" "^Cách dùng:" "LANGUAGE wins over the locale"
LC_ALL= LANG=fr_FR.UTF-8 run --help
like "$out" "^Cách dùng:" "a locale without texts leaves Vietnamese"
LC_ALL= LANG=en_US.UTF-8 run --lang vi --help
like "$out" "^Cách dùng:" "--lang wins over everything"

# every command has its own --help, exit 0, nothing opened
for c in $(printf '%s\n' "$(danso --help)" | sed -n 's/^  danso \[--db FILE\] \([a-z0-9-]*\).*/\1/p'); do
	run --db "$T/none.db" "$c" --help
	is "$rc" 0 "$c --help exits 0"
	like "$(printf '%s' "$out" | head -1)" "^Cách dùng: danso \[--db FILE\] $c( |$)" "$c --help prints its usage"
	like "$out" "man danso" "$c --help points to the manual"
done
ok "no command --help created a database" test ! -e "$T/none.db"
LANGUAGE=en run export --help
like "$out" "lock the month" "export --help says what it does, in English too"

run --version
is "$rc" 0 "--version exits 0"
like "$out" "^danso [0-9]+\.[0-9]+\.[0-9]+$" "--version prints the version"

run frobnicate
is "$rc" 2 "unknown command exits 2"
like "$err" "lệnh không rõ: frobnicate" "unknown command is named"
run --bogus
is "$rc" 2 "unknown option exits 2"

# init: usage and refusals
run init --commune 00004
is "$rc" 2 "init without --name is a usage error"
run init --commune 4 --name "Xã A"
is "$rc" 2 "init with a 1-digit commune code is a usage error (a bad option value)"
like "$err" "5 chữ số" "the message says the code needs 5 digits"
run init --commune 00004 --name "Xã A" --province 1
is "$rc" 2 "init with a bad province code is a usage error"
ok "nothing was created by refused inits" test ! -e "$DANSO_DB"

run init --commune 00004 --name "Phường Ba Đình" --province 01 --upper "TTYT khu vực Ba Đình"
is "$rc" 0 "init succeeds"
like "$out" "Phường Ba Đình" "init names the commune"
owner_only "$DANSO_DB" 600 "database file is owner-only"
is "$(sql "SELECT value FROM setting WHERE key='commune_code'")" 00004 "commune code stored as text"
is "$(sql "SELECT value FROM setting WHERE key='commune_name'")" "Phường Ba Đình" "commune name stored in UTF-8"
is "$(sql "SELECT value FROM setting WHERE key='upper_name'")" "TTYT khu vực Ba Đình" "upper level name stored"
is "$(sql "SELECT count(*) FROM code_list WHERE list='ethnicity'")" 55 "55 ethnicity codes seeded"
is "$(sql "SELECT label_vi FROM code_list WHERE list='ethnicity' AND code='02'")" "Tày" "ethnic group 02 is Tày"
is "$(sql "SELECT count(*) FROM code_list WHERE list='fp_method'")" 9 "9 contraceptive methods seeded"
is "$(sql "SELECT role FROM app_user WHERE login='canbo'")" officer "an officer account exists"
is "$(sql "PRAGMA journal_mode")" wal "WAL journal"
is "$(sql "PRAGMA application_id")" 1148081007 "application id set"
is "$(sql "SELECT count(*) FROM audit WHERE entity='user' AND action='insert'")" 1 "account creation audited"

before=$(sql "SELECT count(*) FROM setting")
run init --commune 00007 --name "Xã khác"
is "$rc" 1 "a second init refuses"
like "$err" "không ghi đè" "and says it does not overwrite"
is "$(sql "SELECT value FROM setting WHERE key='commune_code'")" 00004 "the first commune is untouched"
is "$(sql "SELECT count(*) FROM setting")" "$before" "no setting changed"

# check
run check
is "$rc" 0 "check on a fresh database exits 0"
like "$out" "nhất quán" "check says the data is consistent"
sql "INSERT INTO area(number, name) VALUES (1, 'Địa bàn 1');
     INSERT INTO household(uid, number, area_id, created_on) VALUES ('h1', '1', 1, '2025-01-01');"
run check
is "$rc" 1 "check finds an active household with nobody in it"
like "$out" "Hộ 1" "and names the household"
sql "DELETE FROM household"

# backup
run backup --out "$T/copy.db"
is "$rc" 0 "backup --out succeeds"
is "$(sqlite3 "$T/copy.db" "SELECT value FROM setting WHERE key='commune_name'")" "Phường Ba Đình" "backup holds the data"
is "$(sqlite3 "$T/copy.db" "PRAGMA integrity_check")" ok "backup passes integrity_check"
run backup
is "$rc" 0 "backup to the default folder succeeds"
ok "default backup is beside the database" ls "$T"/backups/danso-*.db
run backup --out "$T/no/such/dir/copy.db"
is "$rc" 1 "backup into a missing folder is refused"
like "$err" "sao lưu" "with a message about the backup"

# a file that is not a danso database
printf 'hello' > "$T/not.db"
run --db "$T/not.db" check
is "$rc" 1 "check refuses a file that is not a database"
sqlite3 "$T/other.db" "CREATE TABLE x(a); INSERT INTO x VALUES (1);"
run --db "$T/other.db" init --commune 00004 --name A
is "$rc" 1 "init refuses another program's SQLite file"
like "$err" "không phải là CSDL của danso" "and says so"
run --db "$T/missing.db" check
is "$rc" 1 "check on a missing database exits 1"
like "$err" "danso init" "and tells how to create one"
ok "check did not create the missing file" test ! -e "$T/missing.db"

# default location: $DANSO_DB, else $XDG_DATA_HOME/danso/danso.db, else ~/.local/share
# (Windows: %LOCALAPPDATA%\danso\danso.db; Wine sets LOCALAPPDATA itself.)
if on_windows; then
	lad=$(winepath -u "$(wine cmd /c 'echo %LOCALAPPDATA%' | tr -d '\r')" 2>/dev/null)
	rm -rf "$lad/danso"
	(unset DANSO_DB; danso init --commune 00004 --name A >/dev/null 2>&1)
	ok "%LOCALAPPDATA%\\danso\\danso.db used" test -f "$lad/danso/danso.db"
	run --help
	like "$out" 'LOCALAPPDATA%.danso.danso\.db' "and --help names it"
	rm -rf "$lad/danso"
	skip "~/.local/share location: Windows uses %LOCALAPPDATA%"
else
	(unset DANSO_DB; export XDG_DATA_HOME="$T/xdg"; danso init --commune 00004 --name A >/dev/null 2>&1)
	ok "XDG_DATA_HOME location used" test -f "$T/xdg/danso/danso.db"
	owner_only "$T/xdg/danso" 700 "its folder is owner-only"
	(unset DANSO_DB XDG_DATA_HOME; danso init --commune 00004 --name A >/dev/null 2>&1)
	ok "~/.local/share location used" test -f "$HOME/.local/share/danso/danso.db"
fi

done_testing
