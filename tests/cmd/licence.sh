#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING.
# The licence is stated: COPYING holds the GPL version 3, and every source
# file (C, shell, Python, make fragments) names it in its first lines
# (docs/decisions.md, "Licence").
. "${TOP_SRCDIR:-.}/tests/lib.sh"
cd "$TOP_SRCDIR" || exit 1

like "$(head -3 COPYING)" "GNU GENERAL PUBLIC LICENSE" "COPYING is the GNU GPL"
like "$(sed -n 2p COPYING)" "Version 3" "version 3"
missing=$(find domain db exchange app demo cli tui src platform net tests fuzz bench windows \
	-path tests/data -prune -o -path fuzz/corpus -prune -o -path 'tests/cmd/report_stable' -prune -o \
	-path bench/build -prune -o -path bench/out -prune -o \
	-type f \( -name '*.c' -o -name '*.h' -o -name '*.sh' -o -name '*.py' -o -name '*.mk' \) -print 2>/dev/null |
	while read -r f; do head -3 "$f" | grep -q 'SPDX-License-Identifier: GPL-3.0-or-later' || echo "$f"; done)
is "$missing" "" "every source file states its licence (SPDX GPL-3.0-or-later)"
n=$(find domain db exchange app cli tui -name '*.c' | wc -l)
ok "the check saw the sources ($n C files)" test "$n" -gt 50
for f in Makefile.am configure.ac setup.sh; do
	ok "$f states its licence" grep -q 'SPDX-License-Identifier: GPL-3.0-or-later' "$f"
done
done_testing
