#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING.
# Hostile input and faults, round two (docs/reliability.md): the months an
# export may lock, an export finished after a crash when its folder is
# gone, and what the command line lets through.
. "${TOP_SRCDIR:-.}/tests/lib.sh"
export DANSO_TODAY=2025-06-15 DANSO_NOW=2025-06-15T08:00:00Z LANGUAGE=en

run init --commune 10001 --name "Xã Thử"
run demo --households 40 --months 3 --seed 3
is "$rc" 0 "a demo commune"
mkdir -p "$T/out"

# ---- the current and future months cannot be exported
run export --period 2025-06 --out "$T/out"
is "$rc" 1 "the current month is refused"
like "$err" "has not ended" "saying it has not ended"
run export --period 2025-07 --out "$T/out"
is "$rc" 1 "a future month is refused"
like "$err" "future" "saying it is in the future"
run export --period 2025-06 --out "$T/out" --force-current
is "$rc" 2 "--force-current without --reason is a usage error"
is "$(sql "SELECT count(*) FROM period_lock")" 0 "none of these locked anything"
is "$(ls -A "$T/out" | wc -l)" 0 "nor wrote anything"
run export --period 2025-07 --out "$T/out" --force-current --reason "thử"
is "$rc" 1 "a future month is refused even when forced"
run export --period 2025-06 --out "$T/out" --force-current --reason "huyện cần số sớm"
is "$rc" 0 "the officer forces the current month with a reason"
is "$(sql "SELECT user_id || '|' || reason FROM audit WHERE action = 'force_export'")" "1|huyện cần số sớm" \
	"audited with the officer and the reason"

# ---- no raw escape sequence reaches the terminal (domain/termsafe.h)
ESC=$'\e'
evil=$'Thôn \e]0;pwned\a\e[2J\xc2\x9b31m\xe2\x80\xae'
raw_escapes() { printf '%s' "$1" | LC_ALL=C grep -c $'[\x01-\x08\x0b-\x1f\x7f]\|\xc2[\x80-\x9f]\|\xe2\x80[\xaa-\xae]' || true; }
sql "INSERT INTO area(number, name) VALUES (77, '$evil')"
run area list
is "$(raw_escapes "$out")" 0 "area list prints no raw control character, C1 control or bidi override"
like "$out" 'Thôn \\x1b\]0;pwned\\x07\\x1b\[2J\\u009b31m\\u202e' "but shows each as a visible escape"
sql "UPDATE member SET full_name = '$evil', birth_date = '2025-06-01' WHERE id = (SELECT min(id) FROM member)"
run check
like "$out" 'x1b' "check names the member with the bad birth date"
is "$(raw_escapes "$out$err")" 0 "with the escapes in its name made visible"
printf 'household_number,area,full_name,sex,birth_date,relation,ethnicity\r\n1,1,%s,9%s,1990-01-01,1,1\r\n' "$evil" "$ESC[31m" >"$T/reg.csv"
run register-import "$T/reg.csv"
is "$rc" 1 "register-import refuses a bad cell"
is "$(raw_escapes "$err")" 0 "and quotes it without a raw escape"
DANSO_DB="$T/evil.db" run init --commune 10002 --name "Xã ${ESC}[31mĐỏ${ESC}[0m"
DANSO_DB="$T/evil.db" run demo --households 20 --months 2 --seed 5
mkdir "$T/evilout"
DANSO_DB="$T/evil.db" run export --period 2025-05 --out "$T/evilout"
is "$rc" 0 "a commune whose name holds escape sequences exports"
DANSO_DB="$T/upper.db" run import "$T/evilout"
DANSO_DB="$T/upper.db" run report --by-commune --period 2025-05
like "$out" '10002' "report --by-commune shows the commune"
is "$(raw_escapes "$out$err")" 0 "without a raw escape from its name"
DANSO_DB="$T/evil.db" run report --period 2025-05
is "$(raw_escapes "$out")" 0 "nor does report on the commune itself"

# ---- packages: numbers in range, one row per manifest key, a name that matches
TOOL="python3 $TOP_SRCDIR/tests/cmd/package_tool.py"
GOOD="$T/evilout/danso_10002_202505_r1_manifest.csv"
before=$(sqlite3 "$T/upper.db" .dump | grep -v '^INSERT INTO audit' | sha256sum)
while IFS='|' read -r case pattern; do
	$TOOL break "$GOOD" "$T/broken/$case" "$case"
	DANSO_DB="$T/upper.db" run import "$T/broken/$case"/*manifest.csv
	is "$rc" 1 "broken package ($case) is refused"
	like "$err" "$pattern" "... ($case) message: $pattern"
done <<'EOF'
huge_value|report.csv.*counts: whole numbers 0..10000000
dup_key|manifest.csv:[0-9]+:1: key: the key "commune_name" appears twice
misnamed|r2_manifest.csv: the manifest's file name does not match its contents, which are those of danso_10002_202505_r1_manifest.csv
manifest_created|manifest.csv: created_at: created_at must be of the form YYYY-MM-DDTHH:MM:SSZ
birth_after|events.csv:[0-9]+:12: birth_date: the birth date 2025-05-28 is after the event's date 2025-05-01
key_form|events.csv:[0-9]+:8: person_key: a person key is 20 lowercase hex digits
hh_form|events.csv:2:6: household_number: a household number is like 12
EOF
is "$(sqlite3 "$T/upper.db" .dump | grep -v '^INSERT INTO audit' | sha256sum)" "$before" "the upper database is unchanged by the refusals"

# ---- demo is all or nothing: killed at a commit, or on a full disk
skip() { _tap_n=$((_tap_n + 1)); echo "ok $_tap_n # skip $1"; }
if command -v strace >/dev/null && strace -o /dev/null true 2>/dev/null && [ -z "${DANSO_WRAPPER:-}" ]; then
	partial=0
	DANSO_DB="$T/dref.db" ${DANSO_WRAPPER:-} "$DANSO" init --commune 10003 --name "Xã D" >/dev/null 2>&1
	DANSO_DB="$T/dref.db" ${DANSO_WRAPPER:-} "$DANSO" demo --households 600 --months 2 >/dev/null 2>&1
	whole=$(sqlite3 "$T/dref.db" "SELECT (SELECT count(*) FROM household) || '/' || (SELECT count(*) FROM event)")
	for k in 1 2 3 4 6 8; do
		rm -f "$T/d$k.db"*
		DANSO_DB="$T/d$k.db" ${DANSO_WRAPPER:-} "$DANSO" init --commune 10003 --name "Xã D" >/dev/null 2>&1
		(strace -qq -o /dev/null -e inject=fdatasync:signal=KILL:when=$k \
			env DANSO_DB="$T/d$k.db" ${DANSO_WRAPPER:-} "$DANSO" demo --households 600 --months 2 >/dev/null 2>&1) 2>/dev/null
		n=$(sqlite3 "$T/d$k.db" "SELECT (SELECT count(*) FROM household) || '/' || (SELECT count(*) FROM event)")
		[ "$n" = 0/0 ] || [ "$n" = "$whole" ] || { partial=$((partial + 1)); echo "# demo killed at fdatasync $k left $n households/events"; }
	done
	is "$partial" 0 "demo killed at any of its first syncs leaves nothing or the whole commune ($whole households/events)"
else
	skip "strace cannot run here"
fi
can_mount() { [ "$(id -u)" -eq 0 ] && mkdir -p "$T/mnt-probe" && mount -t tmpfs -o size=64k tmpfs "$T/mnt-probe" 2>/dev/null &&
	umount "$T/mnt-probe"; }
if can_mount; then
	mkdir -p "$T/small"; mount -t tmpfs -o size=8m tmpfs "$T/small"
	DANSO_DB="$T/small/d.db" ${DANSO_WRAPPER:-} "$DANSO" init --commune 10004 --name "Xã E" >/dev/null 2>&1
	DANSO_DB="$T/small/d.db" run demo --households 3000 --months 2
	is "$rc" 1 "demo on a full disk fails"
	like "$err" "nothing was saved" "saying nothing was saved"
	is "$(sqlite3 "$T/small/d.db" "SELECT count(*) FROM household")" 0 "and nothing was: no household"
	umount -l "$T/small"
else
	skip "mounting a small tmpfs needs root"; skip "needs root"; skip "needs root"
fi

# ---- import and backup --out need a login and are audited with their user
is "$(sqlite3 "$T/upper.db" "SELECT count(*) FROM audit WHERE action = 'import' AND user_id IS NULL")" 0 \
	"every import audit row names its user"
is "$(sqlite3 "$T/upper.db" "SELECT count(*) FROM app_user WHERE login = 'canbo' AND role = 'officer'")" 1 \
	"the upper level's database got its officer account on the first import"
DANSO_PIN=1357 DANSO_DB="$T/upper.db" run import "$T/evilout"
is "$rc" 1 "import with a wrong PIN is refused"
(unset DANSO_USER DANSO_PIN; DANSO_DB="$T/upper.db" ${DANSO_WRAPPER:-} "$DANSO" import "$T/evilout" </dev/null >/dev/null 2>&1)
is "$?" 1 "import without a login is refused"
(unset DANSO_NEW_PIN; DANSO_DB="$T/upper2.db" ${DANSO_WRAPPER:-} "$DANSO" import "$T/evilout" </dev/null >/dev/null 2>&1)
is "$?" 1 "a new upper-level database without an officer PIN is refused"
is "$(sqlite3 "$T/upper2.db" "SELECT count(*) FROM import_package" 2>/dev/null || echo 0)" 0 "and imports nothing"
(unset DANSO_USER DANSO_PIN; ${DANSO_WRAPPER:-} "$DANSO" backup --out "$T/copy1.db" </dev/null >/dev/null 2>&1)
is "$?" 1 "backup --out without a login is refused"
ok "writing nothing" test ! -e "$T/copy1.db"
run user add --login ctv1 --name "Lê B" --role collaborator --area 1
DANSO_NEW_PIN=3579 run user pin --login ctv1
DANSO_USER=ctv1 DANSO_PIN=3579 run backup --out "$T/copy1.db"
is "$rc" 1 "a collaborator cannot copy the register anywhere"
printf 'the minutes of the meeting\n' >"$T/notes.txt"
run backup --out "$T/notes.txt"
is "$rc" 1 "backup --out refuses to overwrite an unrelated file"
is "$(cat "$T/notes.txt")" "the minutes of the meeting" "which is left as it was"
run backup --out "$T/copy1.db"
is "$rc" 0 "the officer copies the register"
run backup --out "$T/copy1.db"
is "$rc" 0 "and may replace an earlier copy"
is "$(sql "SELECT count(*) FROM audit WHERE action = 'backup' AND user_id = 1 AND after = '$T/copy1.db'")" 2 \
	"each copy is audited with the officer and the path"

# ---- --no-names coarsens what re-identifies
mkdir -p "$T/nn"
run export --period 2025-05 --out "$T/nn" --no-names
is "$rc" 0 "a --no-names export"
EV="$T/nn/danso_10001_202505_r1_events.csv"
is "$($TOOL column "$EV" birth_date | grep -cvE '^([0-9]{4})?$')" 0 "every birth date is only a year"
is "$($TOOL column "$EV" household_number | grep -cvE '^h[0-9a-f]{14}$')" 0 "every household number is a pseudonym"
is "$($TOOL column "$EV" household_number | sort -u | wc -l)" \
	"$(sql "SELECT count(DISTINCT h.number) FROM event e JOIN household h ON h.id = e.household_id WHERE e.period = '2025-05' AND e.cancelled = 0")" \
	"one pseudonym per household: the same household is the same pseudonym"

# ---- a malformed option value is a usage error (2) in every command
run backup --keep many
is "$rc" 2 "backup --keep many is a usage error"
run unlock --period 2025-Q2 --reason x
is "$rc" 2 "unlock --period 2025-Q2 is a usage error"
run area add --number x --name "Thôn X"
is "$rc" 2 "area add --number x is a usage error"
DANSO_DB="$T/x.db" run init --commune 1234 --name "Xã X"
is "$rc" 2 "init --commune 1234 is a usage error"

# ---- check on an upper level's database; restore of another commune's backup
DANSO_DB="$T/upper.db" run check
is "$rc" 0 "check accepts an upper level's database"
like "$out" "upper level" "and says what it is"
run restore "$T/evil.db"
is "$rc" 1 "restoring another commune's database over this one is refused"
like "$err" "commune 10002, not of this one \(10001\)" "naming both communes"
is "$(sql "SELECT value FROM setting WHERE key = 'commune_code'")" 10001 "the database is still this commune's"
run restore --force "$T/evil.db"
is "$rc" 0 "with --force the officer may do it"

# ---- register-import: no date after today, no header-only success
printf 'household_number,area,full_name,relation,sex,birth_date\r\n' >"$T/header.csv"
run register-import "$T/header.csv"
is "$rc" 1 "a header-only register file is refused"
like "$err" "header.csv:1: .*no member rows" "saying it has no rows"
printf 'household_number,area,full_name,relation,sex,birth_date\r\n901,1,Lê Văn Mai,1,1,2099-01-01\r\n' >"$T/future.csv"
run register-import "$T/future.csv"
is "$rc" 1 "a birth date in 2099 is refused"
like "$err" "future.csv:2:6: .*after today" "naming the line and column"
is "$(sql "SELECT count(*) FROM household WHERE number = '901'")" 0 "nothing was loaded"

# ---- codes-import cannot drop a code members still hold
used=$(sql "SELECT education FROM member WHERE education <> '' GROUP BY 1 ORDER BY count(*) DESC LIMIT 1")
{ echo "list,code,label_vi,label_en"; sql "SELECT list || ',' || code || ',' || label_vi || ',' || label_en FROM code_list WHERE list = 'education' AND code <> '$used' ORDER BY sort"; } >"$T/edu.csv"
run codes-import "$T/edu.csv"
is "$rc" 1 "a code list that drops a code in use is refused"
like "$err" "drops the code \"$used\", which [0-9]+ members still hold" "naming the code and how many hold it"
is "$(sql "SELECT count(*) FROM code_list WHERE list = 'education' AND code = '$used'")" 1 "the list is unchanged"

# ---- a UTF-16 file is called UTF-16
printf 'household_number,area,full_name,relation,sex,birth_date\r\n902,1,Lê Văn Mai,1,1,1990-01-01\r\n' |
	python3 -c 'import sys; sys.stdout.buffer.write(sys.stdin.buffer.read().decode("utf-8").encode("utf-16"))' >"$T/utf16.csv"
run register-import "$T/utf16.csv"
is "$rc" 1 "a UTF-16 register file is refused"
like "$err" "is UTF-16" "and called UTF-16, not Windows-1252"

# ---- a name in NFD is stored in NFC at the upper level
$TOOL break "$GOOD" "$T/broken/nfd" nfd
DANSO_DB="$T/upper3.db" run import "$T/broken/nfd"
is "$rc" 0 "a package with a name in NFD imports"
is "$(sqlite3 "$T/upper3.db" "SELECT full_name FROM import_event" | python3 -c 'import sys, unicodedata; t = sys.stdin.read(); print(int(t == unicodedata.normalize("NFC", t)))')" 1 \
	"and every name is stored in NFC"

# ---- an --excel package's commune name arrives without the formula quote
DANSO_DB="$T/minus.db" run init --commune 10005 --name "-Xã Âm"
DANSO_DB="$T/minus.db" run demo --households 20 --months 2 --seed 6
mkdir -p "$T/minusout"
DANSO_DB="$T/minus.db" run export --period 2025-05 --out "$T/minusout" --excel
is "$rc" 0 "an --excel export of a commune whose name starts with -"
DANSO_DB="$T/upper4.db" run import "$T/minusout"
is "$(sqlite3 "$T/upper4.db" "SELECT commune_name FROM import_package")" "-Xã Âm" \
	"reaches the upper level without the quote --excel put before it"

done_testing
