#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING.
# The architecture, checked: only tui/ includes curses, only db/ includes
# sqlite3.h, only exchange/ includes csv.h, platform/ and domain/ include
# no layer above them, and main() only hands off. (Unit tests of a layer
# may include its library.)
. "${TOP_SRCDIR:-.}/tests/lib.sh"
cd "$TOP_SRCDIR" || exit 1

offenders() { # PATTERN ALLOWED-DIR: source files outside ALLOWED-DIR including PATTERN
	grep -lE "^#[[:space:]]*include[[:space:]]*[<\"]($1)[>\"]" \
		platform/*.[ch] domain/*.[ch] db/*.[ch] exchange/*.[ch] net/*.[ch] app/*.[ch] demo/*.[ch] cli/*.[ch] tui/*.[ch] src/*.[ch] 2>/dev/null |
		grep -v "^$2/" | tr '\n' ' '
}

is "$(offenders 'n?curses(w/)?[a-z]*\.h' tui)" "" "only tui/ includes curses"
is "$(offenders 'sqlite3\.h' db)" "" "only db/ includes sqlite3.h"
is "$(offenders 'csv\.h' exchange)" "" "only exchange/ includes csv.h"
is "$(offenders 'curl/[a-z]*\.h' net)" "" "only net/ includes curl/curl.h"
is "$(offenders 'jansson\.h' exchange)" "" "only exchange/ includes jansson.h"
is "$(grep -lE '#include "(db|exchange|app|demo|cli|tui)/' net/*.[ch] 2>/dev/null | tr '\n' ' ')" "" \
	"net/ depends only on domain/"
is "$(grep -lE '#include "net/' db/*.[ch] exchange/*.[ch] cli/*.[ch] tui/*.[ch] demo/*.[ch] 2>/dev/null | tr '\n' ' ')" "" \
	"only app/ uses net/"
is "$(grep -lE '#include "(domain|db|exchange|net|app|demo|cli|tui)/' platform/*.[ch] 2>/dev/null | tr '\n' ' ')" "" \
	"platform/ is the bottom: it includes no other layer"
is "$(grep -lE '#include "(db|exchange|app|demo|cli|tui)/' domain/*.[ch] 2>/dev/null | tr '\n' ' ')" "" \
	"domain/ depends on no other layer"
is "$(grep -lE '#include "(app|demo|cli|tui|exchange)/' db/*.[ch] 2>/dev/null | tr '\n' ' ')" "" \
	"db/ depends only on domain/"
is "$(grep -lE '#include "tui/' app/*.[ch] demo/*.[ch] cli/*.[ch] exchange/*.[ch] 2>/dev/null | tr '\n' ' ')" "" \
	"nothing but main depends on tui/"
is "$(grep -lE '#include "(cli|demo|tui)/' app/*.[ch] exchange/*.[ch] 2>/dev/null | tr '\n' ' ')" "" \
	"the use cases depend on no front end and not on the demo generator"
is "$(grep -lE '#include "(cli|tui)/' demo/*.[ch] 2>/dev/null | tr '\n' ' ')" "" \
	"the demo generator depends on no front end"
is "$(grep -lE '#include "cli/' tui/*.[ch] 2>/dev/null | tr '\n' ' ')" "" \
	"the interface does not depend on the command line"
is "$(grep -lE '#include "demo/demo_[a-z]+\.h"' $(ls *.[ch] */*.[ch] | grep -v '^demo/') 2>/dev/null | tr '\n' ' ')" "" \
	"demo/'s inner headers are private to demo/: the rest includes demo/demo.h only"
# The demo's files are a one-way stack (docs/demo.md, "Inside"): a file
# includes its own header and the headers of lower floors only, so no two
# of its files call each other. demo.h, the public interface, is the floor
# every other one may use; demo_generate.c, which defines it, is the top.
demo_floor() {
	case $1 in
	demo) echo 0 ;; demo_rng) echo 1 ;; demo_data) echo 2 ;; demo_model) echo 3 ;;
	demo_people) echo 4 ;; demo_household | demo_record) echo 5 ;; demo_life | demo_moves) echo 6 ;;
	demo_events) echo 7 ;; demo_generate) echo 8 ;; *) echo unknown ;;
	esac
}
upward=
for f in demo/*.[ch]; do
	base=$(basename "$f"); base=${base%.[ch]}
	mine=$(demo_floor "$base")
	for h in $(sed -n 's|^#include "demo/\(demo[a-z_]*\)\.h".*|\1|p' "$f"); do
		[ "$h" = "$base" ] && continue
		theirs=$(demo_floor "$h")
		if [ "$mine" = unknown ] || [ "$theirs" = unknown ] || [ "$theirs" -ge "$mine" ]; then
			upward="$upward $f:$h.h"
		fi
	done
done
is "${upward# }" "" "demo/ includes only downward (demo.h, rng, data, model, people, household/record, life/moves, events, generate)"
is "$(grep -c ';' src/main.c)" "1" "main() is one statement that hands off"
is "$(grep -lE '^#[[:space:]]*if.*_WIN32' $(ls *.[ch] */*.[ch] | grep -v '^platform/') 2>/dev/null | tr '\n' ' ')" "" \
	"only platform/ knows about Windows (#ifdef _WIN32)"
is "$(grep -lE '#include "(domain|db|exchange|app|demo|cli|tui)/' platform/*.[ch] 2>/dev/null | tr '\n' ' ')" "" \
	"platform/ depends on no layer of danso"

# Every layer's library is built behind the layer guard and its symbols are
# checked (docs/architecture.md, "How the build enforces the layers").
unguarded=
for lib in $(sed -n 's|^noinst_LIBRARIES += \([a-z]*/lib[a-z]*\.a\)$|\1|p' */local.mk); do
	var=$(echo "$lib" | tr '/.' '__')
	grep -hqE "^${var}_CPPFLAGS = .*\\$\(LAYER_(PLAIN|DB|EXCHANGE|NET|TUI)\)" */local.mk &&
		grep -hqE "^LAYER_SYMBOL_RULES \+= $lib:" */local.mk || unguarded="$unguarded $lib"
done
is "$unguarded" "" "every layer library has the layer guard and a symbol rule"
like "$(sed -n 's/^danso_CPPFLAGS = //p' src/local.mk)" 'LAYER_PLAIN' "main.c is built behind the guard too"
done_testing
