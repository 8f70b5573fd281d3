#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING.
# The Debian package, built as a Debian developer would (dpkg-buildpackage
# on a copy of the source tree) and unpacked into a scratch root: the
# installed danso runs its commands, finds its data and guides, and has its
# manual. Run by `./setup.sh test` (not by make check: it builds the whole
# program again). TAP on stdout.
top=$(cd "$(dirname "$0")/../.." && pwd)
DANSO=/bin/false TOP_SRCDIR=$top . "$top/tests/lib.sh"
unset DANSO_TEST_FAST_AUTH

if ! command -v dpkg-buildpackage >/dev/null 2>&1 || ! dpkg-query -W debhelper >/dev/null 2>&1; then
	echo "1..0 # SKIP dpkg-dev or debhelper is not installed (./setup.sh test installs them)"
	exit 0
fi
version=$(sed -n 's/^AC_INIT(\[danso\], \[\([^]]*\)\].*/\1/p' "$top/configure.ac")

# a copy of the tree as it is (tracked and new files, none of the build trees)
mkdir -p "$T/src/danso-$version"
(cd "$top" && git ls-files -co --exclude-standard 2>/dev/null || find . -path ./build\* -prune -o -type f -print) |
	awk -F/ '$1 !~ /^build/ || $1 == "build-aux"' | (cd "$top" && tar -cf - -T -) | tar -xf - -C "$T/src/danso-$version"
(cd "$T/src/danso-$version" && DEB_BUILD_OPTIONS="nocheck parallel=2" dpkg-buildpackage -us -uc -b \
	>"$T/build.log" 2>&1)
st=$?
is "$st" 0 "dpkg-buildpackage -us -uc -b builds the package"
[ "$st" -eq 0 ] || tail -20 "$T/build.log" | sed 's/^/# /'
deb=$(ls "$T"/src/danso_"$version"_*.deb 2>/dev/null | head -1)
ok "it writes danso_${version}_ARCH.deb" test -f "$deb"

files=$(dpkg-deb -c "$deb" 2>/dev/null | awk '{print $6}')
for f in ./usr/bin/danso ./usr/share/man/man1/danso.1.gz ./usr/share/danso/hanoi-2025-targets.csv \
	./usr/share/danso/codes-example.csv ./usr/share/danso/ethnicities.csv ./usr/share/doc/danso/copyright \
	./usr/share/doc/danso/huong-dan.md ./usr/share/doc/danso/format.md; do
	like "$files" "^$f$" "the package holds $f"
done
like "$(dpkg-deb -f "$deb" Depends)" "libsqlite3-0.*" "its dependencies come from the libraries it links"
like "$(dpkg-deb -f "$deb" Depends)" "libcurl4 \(>= 7\.85\).*libxlsxwriter4" \
	"and libcurl4 and libxlsxwriter4, which danso loads when first used (no NEEDED entry for dpkg-shlibdeps)"

root="$T/root"
dpkg-deb -x "$deb" "$root"
D="$root/usr/bin/danso"
export DANSO_DB="$T/pkg.db"
out=$("$D" --help)
is "$?" 0 "the installed danso --help works"
like "$out" "Hướng dẫn: /usr/share/doc/danso" "it names the folder of the guides"
like "$out" "/usr/share/danso" "and the folder of the examples"
out=$("$D" report --help)
like "$out" "^Cách dùng: danso \[--db FILE\] report" "danso report --help"
man=$(MANWIDTH=80 man -l "$root/usr/share/man/man1/danso.1.gz" 2>/dev/null | col -b)
like "$man" "EXAMPLES" "man danso shows the manual, with its examples"
like "$man" "targets-import /usr/share/danso/hanoi-2025-targets.csv" "which use the installed example files"

DANSO_NEW_PIN=2468 "$D" init --commune 00004 --name "Phường Ba Đình" >/dev/null 2>&1
is "$?" 0 "the installed danso runs init"
DANSO_USER=canbo DANSO_PIN=2468 "$D" demo --households 60 --months 3 >/dev/null 2>&1
is "$?" 0 "and demo"
is "$(sqlite3 "$DANSO_DB" 'SELECT count(*) > 0 FROM household')" 1 "the demo wrote households"
out=$("$D" report --period "$(date +%Y)" 2>&1)
like "$out" "BÁO CÁO CÔNG TÁC DÂN SỐ" "and report"
DANSO_USER=canbo DANSO_PIN=2468 "$D" codes-import "$root/usr/share/danso/codes-example.csv" >/dev/null 2>&1
is "$?" 0 "the installed code-list example imports"
DANSO_USER=canbo DANSO_PIN=2468 "$D" targets-import "$root/usr/share/danso/hanoi-2025-targets.csv" >/dev/null 2>&1
is "$?" 0 "the installed targets example imports"
if [ ! -s "$D" ]; then st=2; elif strings "$D" | grep -qE 'DANSO_TEST_|DANSO_TODAY|DANSO_NOW|DANSO_KEYLOG'; then st=1; else st=0; fi
is "$st" 0 "the packaged binary (there: $(test -s "$D" && echo yes || echo no)) has no test switches"

done_testing
