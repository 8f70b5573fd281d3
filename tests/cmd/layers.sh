#!/bin/bash
# The architecture, checked: only tui/ includes curses, only db/ includes
# sqlite3.h, only exchange/ includes csv.h, domain/ includes no other layer,
# and main() only hands off. (Unit tests of a layer may include its library.)
. "${TOP_SRCDIR:-.}/tests/lib.sh"
cd "$TOP_SRCDIR" || exit 1

offenders() { # PATTERN ALLOWED-DIR: source files outside ALLOWED-DIR including PATTERN
	grep -lE "^#[[:space:]]*include[[:space:]]*[<\"]($1)[>\"]" \
		domain/*.[ch] db/*.[ch] exchange/*.[ch] app/*.[ch] tui/*.[ch] src/*.[ch] 2>/dev/null |
		grep -v "^$2/" | tr '\n' ' '
}

is "$(offenders 'n?curses(w/)?[a-z]*\.h' tui)" "" "only tui/ includes curses"
is "$(offenders 'sqlite3\.h' db)" "" "only db/ includes sqlite3.h"
is "$(offenders 'csv\.h' exchange)" "" "only exchange/ includes csv.h"
is "$(grep -lE '#include "(db|exchange|app|tui)/' domain/*.[ch] 2>/dev/null | tr '\n' ' ')" "" \
	"domain/ depends on no other layer"
is "$(grep -lE '#include "(app|tui|exchange)/' db/*.[ch] 2>/dev/null | tr '\n' ' ')" "" \
	"db/ depends only on domain/"
is "$(grep -lE '#include "tui/' app/*.[ch] exchange/*.[ch] 2>/dev/null | tr '\n' ' ')" "" \
	"nothing but main depends on tui/"
is "$(grep -c ';' src/main.c)" "1" "main() is one statement that hands off"
done_testing
