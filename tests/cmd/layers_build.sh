#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING.
# The build enforces the layers (docs/architecture.md, "How the build
# enforces the layers"), proved on a scratch copy of the tree: a stray
# #include of sqlite3.h, csv.h, xlsxwriter.h or curses.h in a layer that may not use the
# library makes `make` fail on that file, while the untouched file builds;
# and build-aux/layer-symbols.sh refuses an archive whose objects call
# SQLite without its header.
. "${TOP_SRCDIR:-.}/tests/lib.sh"
on_windows && skip_all "a test of the build itself, not of danso.exe: it configures a scratch copy of the tree for this machine, which the Linux phase does"
need make tar nm
cc=${CC:-cc}
command -v "$cc" >/dev/null 2>&1 || skip_all "no C compiler ($cc)"
[ -x "$TOP_SRCDIR/configure" ] || skip_all "the source tree has no configure script (run autoreconf -fi)"

src="$T/src" b="$T/b"
mkdir -p "$src" "$b"
# Sources only: no build trees (any folder holding a config.status), objects
# or configured files.
set --
for st in $(cd "$TOP_SRCDIR" && find . -mindepth 2 -maxdepth 3 -name config.status); do
	set -- "$@" --exclude="$(dirname "$st")"
done
tar -C "$TOP_SRCDIR" "$@" --exclude=./.git --exclude=./autom4te.cache \
	--exclude='*.o' --exclude='*.a' --exclude=.deps --exclude=./config.status --exclude=./config.log \
	--exclude=./Makefile --exclude=./config.h --exclude=./stamp-h1 --exclude='*.trs' --exclude='*.log' \
	-cf - . | tar -C "$src" -xf -
(cd "$b" && "$src/configure" -q --disable-dependency-tracking CC="$cc" >"$T/configure.out" 2>&1)
is "$?" 0 "the scratch copy configures"

# stray LAYER HEADER: add #include <HEADER> to the layer's first file and
# build that file's object with the Makefile's own rule.
stray() {
	local layer=$1 header=$2 f obj
	f=$(cd "$src" && ls "$layer"/*.c | head -1)
	obj="$layer/lib${layer}_a-$(basename "$f" .c).o"
	make -C "$b" "$obj" >"$T/make.out" 2>&1
	is "$?" 0 "$f builds as it is ($obj)"
	rm -f "$b/$obj"
	cp "$src/$f" "$T/orig.c"
	awk -v h="$header" '{print} !done && /^#include "config.h"/ {print "#include <" h ">"; done = 1}' \
		"$T/orig.c" >"$src/$f"
	grep -q "^#include <$header>" "$src/$f" || echo "# the include was not added to $f"
	make -C "$b" "$obj" >"$T/make.out" 2>&1
	local st=$?
	cp "$T/orig.c" "$src/$f"
	ok "a stray #include <$header> in $f makes make fail" test "$st" -ne 0
	like "$(cat "$T/make.out")" "poisoned" "... because the layer guard poisons what $header declares"
}

stray app sqlite3.h
stray tui sqlite3.h
stray cli sqlite3.h
stray domain sqlite3.h
stray demo csv.h
stray app csv.h
stray db csv.h
stray domain curses.h
stray exchange curses.h
stray app curses.h
stray app xlsxwriter.h
stray tui xlsxwriter.h
stray app jansson.h
stray db jansson.h
stray app curl/curl.h
stray exchange curl/curl.h
stray net sqlite3.h

# The symbol check: an object that calls SQLite through its own declaration
# (no header to poison) is caught in the archive.
cat >"$T/stray.c" <<'C'
int sqlite3_libversion_number(void);
int stray(void);
int stray(void) { return sqlite3_libversion_number(); }
C
"$cc" -c -o "$T/stray.o" "$T/stray.c" && ar cr "$T/libstray.a" "$T/stray.o"
NM=nm CC="$cc" sh "$TOP_SRCDIR/build-aux/layer-symbols.sh" "$T/libstray.a:sqlite3,csv" 2>"$T/sym.err"
ok "layer-symbols.sh refuses an archive that references sqlite3_*" test "$?" -ne 0
like "$(cat "$T/sym.err")" "libstray.a uses libsqlite3.*sqlite3_libversion_number" "and names the symbol"
NM=nm CC="$cc" sh "$TOP_SRCDIR/build-aux/layer-symbols.sh" "$T/libstray.a:csv,ncursesw"
is "$?" 0 "and accepts it where SQLite is allowed"
ok "make ran the symbol check on this build's layers" test -f "$TOP_BUILDDIR/layer-symbols.stamp"
done_testing
