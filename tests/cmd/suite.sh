#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING.
# The test suite's own claims: every command and screen test runs danso
# through tests/lib.sh (so $DANSO_WRAPPER, valgrind in setup.sh test,
# sees every call), and no unit test counts a check that did not run as
# a pass (a check that cannot run is tap_skip, with its reason).
. "${TOP_SRCDIR:-.}/tests/lib.sh"
cd "$TOP_SRCDIR" || exit 1

bypass=$(grep -nE '"\$(DANSO|\{DANSO\})"|\$DANSO[[:space:]]' tests/cmd/*.sh tests/screen/*.sh tests/kill/*.sh |
	grep -v 'DANSO_WRAPPER:-} "\$DANSO"' | grep -v 'strings "\$DANSO"' | grep -v 'needed "\$DANSO"' | grep -v "'\\\$DANSO'" | tr '\n' ' ')
is "$bypass" "" "every call of danso in the command and screen tests goes through the wrapper"
is "$(grep -nE '\bok\(\s*1\s*,' tests/unit/*.c | tr '\n' ' ')" "" "no unit test passes a check it did not make (ok(1, ...))"
is "$(grep -nE '_tap_result 0 ' $(ls tests/cmd/*.sh | grep -v suite.sh) tests/screen/*.sh tests/kill/*.sh | tr '\n' ' ')" "" \
	"no shell test records a pass without a check"

# Without tmux a screen test is a skip with its reason, not a failure.
st=0
skipped=$(TMUX_BIN=/nonexistent/tmux bash tests/screen/login.sh 2>&1) || st=$?
is "$st:$skipped" "0:1..0 # SKIP /nonexistent/tmux is not installed" "without tmux the screen tests skip, saying why"

# Source comments cite the repository's own documents: every docs/ file they
# name exists, and no bare "domain.md" or "interfaces.md" points outside.
src_files=$(ls domain/*.[ch] db/*.[ch] exchange/*.[ch] app/*.[ch] demo/*.[ch] cli/*.[ch] tui/*.[ch] src/*.[ch] \
	platform/*.[ch] 2>/dev/null)
missing=
for doc in $(grep -ohE 'docs/[A-Za-z0-9_.-]+\.(md|1)' $src_files | sort -u); do
	[ -f "$doc" ] || missing="$missing $doc"
done
is "$missing" "" "every docs/ file a source comment cites exists"
is "$(grep -nE '(^|[^/a-z])(domain|interfaces)\.md' $src_files | tr '\n' ' ')" "" \
	"no source comment cites a specification file outside the repository"
done_testing
