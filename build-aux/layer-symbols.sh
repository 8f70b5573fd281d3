#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING.
# layer-symbols.sh: the link half of the layer rules (docs/architecture.md,
# "How the build enforces the layers"). For each ARCHIVE:LIB,LIB... the
# archive (a layer's library) may reference no symbol that one of those
# shared libraries defines. The symbols are read from the libraries
# themselves (nm -D, following a linker script such as Debian's
# libncursesw.so); a library that cannot be found falls back to its
# prefix (sqlite3_, csv_). Any reference found fails the build.
#
#   NM=nm CC=cc layer-symbols.sh domain/libdomain.a:sqlite3,csv,ncursesw ...
set -u
NM=${NM:-nm}
CC=${CC:-cc}
tmp=${TMPDIR:-/tmp}/danso-layers.$$
mkdir -p "$tmp" || exit 1
trap 'rm -rf "$tmp"' EXIT

# exports FILE: the symbols a shared library (or a linker script's inputs) defines.
exports() {
	if "$NM" -D --defined-only "$1" >"$tmp/nm" 2>/dev/null; then
		awk 'NF >= 3 {print $3}' "$tmp/nm" | sed 's/@.*//'
		return
	fi
	# A linker script: INPUT(libX.so.N -lY) or GROUP(...).
	dir=$(dirname "$1")
	for w in $(sed -n 's/^[[:space:]]*\(INPUT\|GROUP\)[[:space:]]*(\(.*\))/\2/p' "$1" 2>/dev/null | tr -d '()'); do
		case $w in
		AS_NEEDED) ;;
		-l*) exports "$($CC -print-file-name="lib${w#-l}.so")" ;;
		/*) exports "$w" ;;
		*) exports "$dir/$w" ;;
		esac
	done
}

# forbidden LIB: one symbol per line.
forbidden() {
	path=$($CC -print-file-name="lib$1.so")
	exports "$path" | sort -u >"$tmp/lib.$1"
	if [ ! -s "$tmp/lib.$1" ]; then
		case $1 in
		sqlite3) echo '^sqlite3_' ;;
		csv) echo '^csv_(init|parse|fini|free|write|fwrite|write2|fwrite2)$' ;;
		*) echo "layer-symbols: lib$1.so not found; its symbols are not checked" >&2; return ;;
		esac >"$tmp/pat.$1"
	fi
}

status=0
for spec in "$@"; do
	archive=${spec%%:*}
	libs=$(echo "${spec#*:}" | tr ',' ' ')
	"$NM" -u "$archive" 2>/dev/null | awk '{print $NF}' | sort -u >"$tmp/undef"
	for lib in $libs; do
		[ -f "$tmp/lib.$lib" ] || forbidden "$lib"
		if [ -s "$tmp/lib.$lib" ]; then
			comm -12 "$tmp/undef" "$tmp/lib.$lib" >"$tmp/hit"
		elif [ -s "$tmp/pat.$lib" ]; then
			grep -E -f "$tmp/pat.$lib" "$tmp/undef" >"$tmp/hit" || true
		else
			: >"$tmp/hit"
		fi
		if [ -s "$tmp/hit" ]; then
			echo "layer-symbols: $archive uses lib$lib, which its layer may not: $(tr '\n' ' ' <"$tmp/hit")" >&2
			status=1
		fi
	done
done
exit $status
