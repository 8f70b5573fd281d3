#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING.
# The release program (the danso `make install` installs) has no test
# switches (domain/seams.h): its clock, its PIN hashing and its disk are the
# machine's. Proved on the binary itself: no DANSO_NOW, DANSO_TODAY,
# DANSO_KEYLOG or DANSO_TEST_* text in it; a weak PIN hash made by the test build is
# re-hashed with the release limits at the first login; and DANSO_NOW,
# moved one hour ahead per try, no longer skips the wait after a wrong PIN
# (issue "hostile input, round two", item 3) nor writes forged times.
. "${TOP_SRCDIR:-.}/tests/lib.sh"
need sqlite3
: "${DANSO_RELEASE:?run through make check (DANSO_RELEASE is not set)}"

# (under Wine both are wrappers: the programs are beside them, .exe)
rel_bin=$DANSO_RELEASE test_bin=$DANSO
on_windows && rel_bin=$DANSO_RELEASE.exe test_bin=$DANSO.exe
if command -v strings >/dev/null 2>&1; then
	is "$(strings "$rel_bin" | grep -E 'DANSO_TEST_|DANSO_TODAY|DANSO_NOW|DANSO_KEYLOG' | sort -u | tr '\n' ' ')" "" \
		"the release binary holds no DANSO_TEST_, DANSO_TODAY, DANSO_NOW or DANSO_KEYLOG"
	like "$(strings "$test_bin" | grep -E 'DANSO_TEST_|DANSO_TODAY|DANSO_NOW' | sort -u | tr '\n' ' ')" \
		"DANSO_NOW.*DANSO_TEST_FAST_AUTH|DANSO_TEST_FAST_AUTH.*DANSO_NOW|DANSO_NOW .*DANSO_TODAY" \
		"while the test build does (the search above can find them)"
else
	skip "strings (binutils) is not installed"
	skip "strings (binutils) is not installed"
fi

# The test build hashes with libsodium's minimum limits (m=8 KiB, t=1).
run init --commune 00004 --name "Xã Phát Hành"
is "$rc" 0 "init with the test build"
like "$(sql "SELECT pin_hash FROM app_user WHERE login='canbo'")" '^\$argon2id\$v=19\$m=8,t=1,' \
	"the test build stored a weak hash"
run_release area add --number 1 --name "Thôn Một"
is "$rc" 0 "the release program logs in with that PIN"
like "$(sql "SELECT pin_hash FROM app_user WHERE login='canbo'")" '^\$argon2id\$v=19\$m=7168,t=5,' \
	"and has re-hashed it with the release limits (7 MiB, 5 passes)"
is "$(sql "SELECT after FROM audit WHERE action='login' ORDER BY id DESC LIMIT 1")" '{"pin_rehashed":true}' \
	"the login's audit row says the hash was renewed"
run_release area add --number 2 --name "Thôn Hai"
is "$rc" 0 "the renewed hash verifies"
is "$(sql "SELECT count(*) FROM audit WHERE action='login' AND after LIKE '%rehash%'")" 1 "and is not renewed again"
run area add --number 3 --name "Thôn Ba"
is "$rc" 0 "the test build still logs in with the strong hash"
like "$(sql "SELECT pin_hash FROM app_user WHERE login='canbo'")" '\$m=7168,t=5,' "and never weakens it"

# Wrong PINs, each "one hour later" by DANSO_NOW: the release program
# counts them on its own clock, so the wait after them holds.
for h in 01 02 03; do
	DANSO_NOW=2099-01-01T${h}:00:00Z DANSO_PIN=0000 run_release area add --number 9 --name "Sai"
done
until=$(sql "SELECT locked_until FROM app_user WHERE login='canbo'")
like "$until" "^20[0-8][0-9]-" "the wait after the wrong PINs runs on the real clock ($until), not DANSO_NOW's"
is "$(sql "SELECT count(*) FROM audit WHERE action IN ('login_failed', 'lock')")" \
	"$(sql "SELECT failed_attempts FROM app_user WHERE login='canbo'")" "every counted failure is audited"
# The account locked as after five wrong PINs, until 15 minutes from now on
# the real clock (set here so no real wait races the test): a DANSO_NOW a
# day ahead does not open it for the right PIN.
sql "UPDATE app_user SET failed_attempts = 5,
	locked_until = strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '+15 minutes') WHERE login = 'canbo'"
DANSO_NOW=2099-01-02T00:00:00Z run_release area add --number 4 --name "Thôn Bốn"
is "$rc" 1 "a locked account stays locked for the right PIN whatever DANSO_NOW says"
like "$err" "bị khóa" "the refusal says the account is locked"
is "$(sql "SELECT count(*) FROM area WHERE number = 4")" 0 "nothing was stored"
is "$(sql "SELECT count(*) FROM audit WHERE at >= '2090'")" 0 "no forged future time in the audit log"
done_testing
