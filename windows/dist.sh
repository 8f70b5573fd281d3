#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING.
# windows/dist.sh BUILD-DIR: write dist/danso-VERSION-win64.zip from the
# danso.exe built in BUILD-DIR (windows/build.sh dist calls it).
#
# The zip holds danso.exe, the launcher danso.cmd, README-Windows.txt (in
# Vietnamese), the guide and the manual page as text, and the example data
# (targets, ethnic groups). Text files get Windows line ends and a UTF-8
# byte order mark, so that every Notepad shows the diacritics. Every file
# carries the date of the last commit and the zip lists them in a fixed
# order: the same sources give the same zip.
set -eu
export TZ=UTC

here=$(cd "$(dirname "$0")/.." && pwd)
bld=$1
host=x86_64-w64-mingw32
version=$(sed -n 's/^AC_INIT(\[danso\], \[\([^]]*\)\].*/\1/p' "$here/configure.ac")
name=danso-$version-win64
stage=$bld/dist/$name
out=$here/dist/$name.zip

[ -f "$bld/danso.exe" ] || { echo "windows/dist.sh: no $bld/danso.exe" >&2; exit 1; }
rm -rf "$stage"
mkdir -p "$stage/tai-lieu" "$stage/du-lieu" "$here/dist"

# text FILE OUT: a UTF-8 text file for Windows (BOM, CR LF).
text() {
	{ printf '\357\273\277'; sed 's/\r$//; s/$/\r/' "$1"; } >"$2"
}

cp "$bld/danso.exe" "$stage/danso.exe"   # linked with -s (windows/build.sh)
text "$here/windows/danso.cmd" "$stage/danso.cmd"
text "$here/windows/README-Windows.txt" "$stage/README-Windows.txt"
text "$here/docs/huong-dan.md" "$stage/tai-lieu/huong-dan.txt"
text "$here/docs/windows.md" "$stage/tai-lieu/windows.txt"
LC_ALL=C.UTF-8 groff -man -Tutf8 -P-c -P-b -P-u "$here/docs/danso.1" 2>/dev/null >"$bld/danso.1.txt"
text "$bld/danso.1.txt" "$stage/tai-lieu/danso.txt"
for f in "$here"/data/*.csv; do cp "$f" "$stage/du-lieu/"; done
text "$here/data/README.md" "$stage/du-lieu/README.txt"

# Fixed dates and order, no extra fields (uid, gid, times in UTC).
stamp=$(git -C "$here" log -1 --format=%cd --date=format:%Y%m%d%H%M.%S 2>/dev/null || echo 202601010000.00)
find "$stage" -exec touch -h -t "$stamp" {} +
rm -f "$out"
(cd "$bld/dist" && find "$name" | LC_ALL=C sort | TZ=UTC zip -X -q -D "$out" -@)
echo "windows: wrote $out ($(wc -c <"$out") bytes)" >&2
