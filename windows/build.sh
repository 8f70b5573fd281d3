#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING.
# windows/build.sh: cross-build danso.exe for 64-bit Windows on Debian 12.
#
#   windows/build.sh deps    fetch, verify and build the libraries (cached)
#   windows/build.sh build   deps, then configure and build danso.exe
#   windows/build.sh dist    build, then write dist/danso-VERSION-win64.zip
#   windows/build.sh test    dist, then windows/test.sh (setup.sh test runs it)
#
# Everything comes from Debian: the MinGW-w64 cross compiler and the source
# packages of the libraries (apt-get source, from the deb-src line of the
# mirror already configured). The libraries are built once, as static
# libraries, into $DANSO_WIN_BUILD/deps (default build-win64/deps, never in
# the repository); a library whose stamp matches its pinned version, .dsc
# checksum and recipe revision is not rebuilt, so CI can keep that folder.
# docs/windows.md explains the choices.
set -eu

here=$(cd "$(dirname "$0")/.." && pwd)
host=x86_64-w64-mingw32
out=${DANSO_WIN_BUILD:-$here/build-win64}
deps=$out/deps
prefix=$deps/prefix
jobs=${JOBS:-$(nproc 2>/dev/null || echo 2)}
[ "$jobs" -gt 2 ] && jobs=2

# The pinned source packages: name, Debian version, SHA-256 of the .dsc.
# apt-get source checks the .dsc against the signed Release file of the
# mirror, dpkg-source checks every file against the .dsc, and this list
# refuses any other .dsc than the one these builds were made with.
PINS="sqlite3 3.40.1-2+deb12u2 ee3459ae9d00939741c7708fc1b8ce1bde12d8c3fb1dfa005bbbc8651d884e23
ncurses 6.4-4 a35710b02a3de6ab8f9da7fa2e3726a609cc26c936ad85b2094ef91aa996fc94
libsodium 1.0.18-1+deb12u1 2c23c57b5a9385dab5a1916014c9b5f2cdd7dadeb8a35b28c1bfb603ce7095c4
libcsv 3.0.3+dfsg-6 3e0a27ba29b9435d8bf7cbd825a1cdbec8375dedc8bffaf7ea458c15f238bc3f
utf8proc 2.8.0-1 6ce2b0ab12fe7d0c3fd0a40d4eb886ae82bf6ea356e4db1a0a9f76582947625c
zlib 1:1.2.13.dfsg-1 3fa1e6b2fc525062aa88207dda52fed8e045373c809d362fe8a2bfbf7cf515a8
libxlsxwriter 1.1.4-2 8e53fa5625ec415e16f62411036de83eed6ec93a3499c4e159d5b119dbbc81ba
jansson 2.14-2 6296ddd9c0a022bd1b70074aefb171cfcdf5694a04ffd32b35fd66097621af87
curl 7.88.1-10+deb12u15 2744f12e3aef161c0361743fa1b318296b122e566e47f381e4a63320fbcc23f4"
# Bump when a recipe below changes: that library is then rebuilt.
RECIPE_sqlite3=1 RECIPE_ncurses=3 RECIPE_libsodium=1 RECIPE_libcsv=1 RECIPE_utf8proc=1 RECIPE_zlib=1
RECIPE_libxlsxwriter=1 RECIPE_jansson=2 RECIPE_curl=1

PACKAGES="gcc-mingw-w64-x86-64 wine64 wine tcl dpkg-dev zip make autoconf automake libtool pkg-config
ncurses-bin python3 tmux sqlite3 patch"

say() { echo "windows: $*" >&2; }
die() { echo "windows: $*" >&2; exit 1; }

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

need_packages() {
	missing=
	for p in $PACKAGES; do
		dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' ||
			missing="$missing $p"
	done
	[ -z "$missing" ] && return 0
	say "installing Debian packages:$missing"
	as_root apt-get update -qq
	DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq $missing >/dev/null
}

# need_deb_src: apt-get source needs a deb-src entry; add one for the
# Debian mirror already configured (same URIs and suites) when none exists.
need_deb_src() {
	if grep -rqs '^deb-src\|^Types:.*deb-src' /etc/apt/sources.list /etc/apt/sources.list.d/; then
		apt-cache showsrc sqlite3 2>/dev/null | grep -q '^Version:' && return 0
	else
		say "adding deb-src entries for the configured Debian mirror"
		f=/etc/apt/sources.list.d/debian.sources
		if [ -f "$f" ]; then
			sed -n '/^Types:.*deb/,/^$/p' "$f" | sed 's/^Types:.*/Types: deb-src/' >"$deps/deb-src.sources"
		else
			grep '^deb ' /etc/apt/sources.list | sed 's/^deb /deb-src /' >"$deps/deb-src.list"
		fi
		for g in "$deps"/deb-src.*; do
			as_root cp "$g" "/etc/apt/sources.list.d/danso-$(basename "$g")"
		done
	fi
	as_root apt-get update -qq
}

# fetch NAME VERSION SHA256: the verified, unpacked source tree of a package
# in $deps/src/NAME-VERSION (printed).
fetch() {
	name=$1 ver=$2 sum=$3
	dl=$deps/download
	mkdir -p "$dl" "$deps/src"
	dsc=$dl/${name}_$(echo "$ver" | sed 's/^[0-9]*://').dsc
	if [ ! -f "$dsc" ] || [ "$(sha256sum <"$dsc" | cut -d' ' -f1)" != "$sum" ]; then
		need_deb_src
		say "fetching the source package $name $ver"
		(cd "$dl" && apt-get source --download-only -qq "$name=$ver" >/dev/null 2>"$dl/$name.err") ||
			{ cat "$dl/$name.err" >&2; die "apt-get source $name=$ver failed"; }
	fi
	got=$(sha256sum <"$dsc" | cut -d' ' -f1)
	[ "$got" = "$sum" ] || die "$name $ver: the .dsc has SHA-256 $got, pinned $sum: refusing it"
	tree=$deps/src/$name-$ver
	rm -rf "$tree"
	dpkg-source -x "$dsc" "$tree" >"$dl/$name.unpack" 2>&1 ||
		{ cat "$dl/$name.unpack" >&2; die "dpkg-source could not verify or unpack $dsc"; }
	echo "$tree"
}

stamp_of() { eval "r=\$RECIPE_$1"; printf '%s %s %s recipe %s\n' "$1" "$2" "$3" "$r"; }

CROSS_CFLAGS="-O2 -g0"

build_sqlite3() {
	tree=$1
	# The full source tree: a native configure writes the tools that make
	# the amalgamation (needs tclsh), then the cross compiler builds it with
	# the options of Debian's own build (debian/rules) and FTS5.
	mkdir -p "$tree/bld"
	(cd "$tree/bld" && ../configure --disable-tcl >../native-configure.log 2>&1 &&
		make sqlite3.c >../amalgamation.log 2>&1) || { tail -20 "$tree/amalgamation.log" "$tree/native-configure.log" >&2; return 1; }
	opts="-DSQLITE_SECURE_DELETE -DSQLITE_ENABLE_COLUMN_METADATA -DSQLITE_ENABLE_FTS3
	-DSQLITE_ENABLE_FTS3_PARENTHESIS -DSQLITE_ENABLE_FTS4 -DSQLITE_ENABLE_FTS5 -DSQLITE_ENABLE_RTREE=1
	-DSQLITE_SOUNDEX=1 -DSQLITE_ENABLE_UNLOCK_NOTIFY -DSQLITE_OMIT_LOOKASIDE=1 -DSQLITE_ENABLE_DBSTAT_VTAB
	-DSQLITE_ENABLE_UPDATE_DELETE_LIMIT=1 -DSQLITE_ENABLE_JSON1 -DSQLITE_LIKE_DOESNT_MATCH_BLOBS
	-DSQLITE_THREADSAFE=1 -DSQLITE_USE_URI=1 -DSQLITE_MAX_SCHEMA_RETRY=25 -DSQLITE_ENABLE_MATH_FUNCTIONS
	-DSQLITE_MAX_VARIABLE_NUMBER=250000 -DSQLITE_DEFAULT_FOREIGN_KEYS=0 -DSQLITE_OMIT_LOAD_EXTENSION"
	$host-gcc $CROSS_CFLAGS $opts -c "$tree/bld/sqlite3.c" -o "$tree/bld/sqlite3.o" || return 1
	mkdir -p "$prefix/lib/pkgconfig" "$prefix/include"
	rm -f "$prefix/lib/libsqlite3.a"
	$host-ar cr "$prefix/lib/libsqlite3.a" "$tree/bld/sqlite3.o"
	cp "$tree/bld/sqlite3.h" "$tree/bld/sqlite3ext.h" "$prefix/include/"
	v=$(cat "$tree/VERSION")
	cat >"$prefix/lib/pkgconfig/sqlite3.pc" <<EOF
prefix=$prefix
Name: SQLite
Description: SQL database engine (static, $host)
Version: $v
Libs: -L\${prefix}/lib -lsqlite3
Cflags: -I\${prefix}/include
EOF
}

build_ncurses() {
	tree=$1
	# ncurses' Windows console driver (README.MinGW): the terminal driver
	# layer, wide characters, no terminfo programs. danso selects the
	# console driver itself (TERM=#win32con, platform/).
	# windows/patches/ncurses-*.patch: Esc as Wine's console reports it, Shift-Tab.
	for p in "$here"/windows/patches/ncurses-*.patch; do
		patch -d "$tree" -p1 -s <"$p" || return 1
	done
	mkdir -p "$tree/bld"
	(cd "$tree/bld" && ../configure --host=$host --prefix="$prefix" \
		--without-cxx --without-cxx-binding --without-ada --without-progs --without-tests \
		--without-manpages --without-debug --without-shared --with-normal --without-libtool \
		--without-pkg-config --disable-pc-files \
		--enable-widec --enable-term-driver --enable-sp-funcs --enable-ext-funcs \
		--disable-home-terminfo --enable-database --disable-termcap --disable-db-install \
		--disable-echo --disable-getcap --disable-hard-tabs --disable-leaks --disable-macros \
		CFLAGS="$CROSS_CFLAGS" >../cross-configure.log 2>&1 &&
		make -j"$jobs" libs >../make.log 2>&1 &&
		make install.libs install.includes >../install.log 2>&1) ||
		{ tail -30 "$tree/cross-configure.log" "$tree/make.log" "$tree/install.log" 2>/dev/null >&2; return 1; }
}

build_libsodium() {
	tree=$1
	# Debian's source has no generated configure: autoreconf it (libtool).
	mkdir -p "$tree/bld"
	(cd "$tree" && autoreconf -fi >autoreconf.log 2>&1) || { tail -20 "$tree/autoreconf.log" >&2; return 1; }
	(cd "$tree/bld" && ../configure --host=$host --prefix="$prefix" --disable-shared --enable-static \
		--disable-dependency-tracking CFLAGS="$CROSS_CFLAGS" >../cross-configure.log 2>&1 &&
		make -j"$jobs" >../make.log 2>&1 && make install >../install.log 2>&1) ||
		{ tail -30 "$tree/cross-configure.log" "$tree/make.log" 2>/dev/null >&2; return 1; }
}

build_libcsv() {
	tree=$1
	# One C file and its header.
	$host-gcc $CROSS_CFLAGS -c "$tree/libcsv.c" -o "$tree/libcsv.o" || return 1
	mkdir -p "$prefix/lib" "$prefix/include"
	rm -f "$prefix/lib/libcsv.a"
	$host-ar cr "$prefix/lib/libcsv.a" "$tree/libcsv.o"
	cp "$tree/csv.h" "$prefix/include/"
}

build_utf8proc() {
	tree=$1
	# One C file (it includes its data table); static use needs UTF8PROC_STATIC.
	$host-gcc $CROSS_CFLAGS -DUTF8PROC_STATIC -c "$tree/utf8proc.c" -o "$tree/utf8proc.o" || return 1
	mkdir -p "$prefix/lib/pkgconfig" "$prefix/include"
	rm -f "$prefix/lib/libutf8proc.a"
	$host-ar cr "$prefix/lib/libutf8proc.a" "$tree/utf8proc.o"
	cp "$tree/utf8proc.h" "$prefix/include/"
	v=$(sed -n 's/^#define UTF8PROC_VERSION_\(MAJOR\|MINOR\|PATCH\) \([0-9]*\).*/\2/p' "$tree/utf8proc.h" | paste -sd.)
	cat >"$prefix/lib/pkgconfig/libutf8proc.pc" <<EOF
prefix=$prefix
Name: libutf8proc
Description: UTF-8 processing (static, $host)
Version: $v
Libs: -L\${prefix}/lib -lutf8proc
Cflags: -I\${prefix}/include -DUTF8PROC_STATIC
EOF
}

# objects_to_lib LIB OBJ...: the static library prefix/lib/LIB from OBJ...
objects_to_lib() {
	lib=$prefix/lib/$1; shift
	mkdir -p "$prefix/lib/pkgconfig" "$prefix/include"
	rm -f "$lib"
	$host-ar cr "$lib" "$@"
}

# cc_all DIR CFLAGS... -- SRC...: compile each SRC into DIR/NAME.o (two at a time).
cc_all() {
	dir=$1; shift
	flags=
	while [ "$1" != "--" ]; do flags="$flags $1"; shift; done
	shift
	mkdir -p "$dir"
	printf '%s\n' "$@" | xargs -P "$jobs" -I{} sh -c \
		"$host-gcc $CROSS_CFLAGS $flags -c {} -o $dir/\$(basename {} .c).o" || return 1
}

build_zlib() {
	tree=$1
	cc_all "$tree/obj" -- "$tree"/adler32.c "$tree"/compress.c "$tree"/crc32.c "$tree"/deflate.c \
		"$tree"/gzclose.c "$tree"/gzlib.c "$tree"/gzread.c "$tree"/gzwrite.c "$tree"/infback.c \
		"$tree"/inffast.c "$tree"/inflate.c "$tree"/inftrees.c "$tree"/trees.c "$tree"/uncompr.c "$tree"/zutil.c ||
		return 1
	objects_to_lib libz.a "$tree"/obj/*.o || return 1
	cp "$tree/zlib.h" "$tree/zconf.h" "$prefix/include/"
	cat >"$prefix/lib/pkgconfig/zlib.pc" <<EOF
prefix=$prefix
Name: zlib
Description: zlib compression library (static, $host)
Version: $(sed -n 's/^#define ZLIB_VERSION "\(.*\)"/\1/p' "$tree/zlib.h")
Libs: -L\${prefix}/lib -lz
Cflags: -I\${prefix}/include
EOF
}

build_libxlsxwriter() {
	tree=$1
	# The library and its bundled minizip, tmpfileplus and md5, as its own
	# Makefile builds them (its CMake build is not needed).
	cc_all "$tree/obj" -I"$tree/include" -I"$prefix/include" -Wno-char-subscripts -- "$tree"/src/*.c \
		"$tree"/third_party/minizip/ioapi.c "$tree"/third_party/minizip/zip.c \
		"$tree"/third_party/tmpfileplus/tmpfileplus.c "$tree"/third_party/md5/md5.c || return 1
	objects_to_lib libxlsxwriter.a "$tree"/obj/*.o || return 1
	cp -r "$tree/include/xlsxwriter" "$tree/include/xlsxwriter.h" "$prefix/include/"
	cat >"$prefix/lib/pkgconfig/xlsxwriter.pc" <<EOF
prefix=$prefix
Name: libxlsxwriter
Description: Excel xlsx writer (static, $host)
Version: $(sed -n 's/^#define LXW_VERSION "\(.*\)"/\1/p' "$tree/include/xlsxwriter.h")
Requires: zlib
Libs: -L\${prefix}/lib -lxlsxwriter
Cflags: -I\${prefix}/include
EOF
}

build_jansson() {
	tree=$1
	# No generated configure in Debian's source: its one configured header
	# by hand (the values configure finds for MinGW-w64), then every file.
	sed 's/@json_inline@/inline/; s/@json_have_long_long@/1/; s/@json_have_localeconv@/1/;
	     s/@json_have_atomic_builtins@/1/; s/@json_have_sync_builtins@/1/' \
		"$tree/src/jansson_config.h.in" >"$tree/src/jansson_config.h"
	printf '%s\n' '#define HAVE_STDINT_H 1' '#define HAVE_LOCALECONV 1' '#define HAVE_ATOMIC_BUILTINS 1' \
		'#define HAVE_SYNC_BUILTINS 1' '#define USE_WINDOWS_CRYPTOAPI 1' '#define INITIAL_HASHTABLE_ORDER 3' \
		>"$tree/src/jansson_private_config.h"
	# Its internal utf8_* functions are global: renamed, so that a static
	# link cannot clash with a program's own (tui/lineedit.c has one).
	rename=
	for f in utf8_encode utf8_check_first utf8_check_full utf8_iterate utf8_check_string; do
		rename="$rename -D$f=jansson_$f"
	done
	cc_all "$tree/obj" -I"$tree/src" -DHAVE_CONFIG_H $rename -- "$tree"/src/*.c || return 1
	objects_to_lib libjansson.a "$tree"/obj/*.o || return 1
	cp "$tree/src/jansson.h" "$tree/src/jansson_config.h" "$prefix/include/"
	cat >"$prefix/lib/pkgconfig/jansson.pc" <<EOF
prefix=$prefix
Name: Jansson
Description: JSON library (static, $host)
Version: $(sed -n 's/^#define JANSSON_VERSION *"\(.*\)"/\1/p' "$tree/src/jansson.h")
Libs: -L\${prefix}/lib -ljansson
Cflags: -I\${prefix}/include
EOF
}

build_curl() {
	tree=$1
	# HTTPS through Windows' own TLS (Schannel): no OpenSSL to build.
	mkdir -p "$tree/bld"
	(cd "$tree/bld" && ../configure --host=$host --prefix="$prefix" --disable-shared --enable-static \
		--with-schannel --with-zlib="$prefix" --without-brotli --without-zstd \
		--without-libpsl --without-libidn2 --without-nghttp2 --without-librtmp --without-libssh2 \
		--disable-ldap --disable-ldaps --disable-rtsp --disable-dict --disable-telnet --disable-tftp \
		--disable-pop3 --disable-imap --disable-smb --disable-smtp --disable-gopher --disable-mqtt \
		--disable-manual --disable-docs --disable-dependency-tracking \
		CFLAGS="$CROSS_CFLAGS" >../cross-configure.log 2>&1 &&
		make -j"$jobs" -C lib >../make.log 2>&1 &&
		make -C lib install >../install.log 2>&1 && make -C include install >>../install.log 2>&1 &&
		make install-pkgconfigDATA >>../install.log 2>&1) ||
		{ tail -30 "$tree/cross-configure.log" "$tree/make.log" "$tree/install.log" 2>/dev/null >&2; return 1; }
}

deps() {
	need_packages
	mkdir -p "$prefix"
	echo "$PINS" | while read -r name ver sum; do
		stamp=$prefix/.stamp-$name
		want=$(stamp_of "$name" "$ver" "$sum")
		if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
			continue
		fi
		t0=$(date +%s)
		tree=$(fetch "$name" "$ver" "$sum")
		say "building $name $ver for $host"
		"build_$name" "$tree" || die "building $name failed (logs in $tree)"
		echo "$want" >"$stamp"
		rm -rf "$tree"
		say "$name done ($(( $(date +%s) - t0 )) s)"
	done
}

# The flags configure needs for the cross build.
cross_env() {
	export PKG_CONFIG=pkg-config
	export PKG_CONFIG_LIBDIR="$prefix/lib/pkgconfig"
	export PKG_CONFIG_PATH=
	export CURSES_CFLAGS="-I$prefix/include/ncursesw -I$prefix/include -DNCURSES_STATIC"
	export CURSES_LIBS="-L$prefix/lib -lncursesw"
	# A static libcurl needs its private libraries (Winsock, Schannel).
	export CURL_CFLAGS="-I$prefix/include -DCURL_STATICLIB"
	export CURL_LIBS="$(pkg-config --static --libs libcurl 2>/dev/null)"
	# C99 printf (%zu, %lld) from MinGW-w64 rather than msvcrt's.
	export CPPFLAGS="-I$prefix/include -DSODIUM_STATIC -D__USE_MINGW_ANSI_STDIO=1"
	# No link time in the PE header: the same sources give the same danso.exe.
	export LDFLAGS="-L$prefix/lib -static -s -Wl,--no-insert-timestamp"
	# clock_gettime() is in winpthreads, linked statically like the rest.
	export LIBS="-lpthread"
}

build() {
	deps
	cd "$here"
	if [ ! -x configure ] || [ configure.ac -nt configure ] || [ Makefile.am -nt configure ]; then
		autoreconf -fi >/dev/null
	fi
	bld=$out/danso
	mkdir -p "$bld"
	cross_env
	cd "$bld"
	if [ ! -f Makefile ] || [ "$here/configure" -nt Makefile ] || [ "$0" -nt Makefile ]; then
		"$here/configure" --host=$host --enable-werror --prefix=/ ${DANSO_CONFIGURE_FLAGS:-} \
			>configure.log 2>&1 || { tail -30 configure.log >&2; die "configure failed"; }
	fi
	# A library built since the last link: link again.
	for st in "$prefix"/.stamp-*; do
		[ ! -f danso.exe ] || [ ! "$st" -nt danso.exe ] || rm -f danso.exe tests/kill/killdrv.exe
	done
	make -j"$jobs" danso.exe >make.log 2>&1 ||
		{ grep -E 'error|warning' make.log | head -30 >&2; die "the build of danso.exe failed (make.log)"; }
	say "built $bld/danso.exe"
}

cmd=${1:-dist}
case "$cmd" in
deps) deps ;;
build) build ;;
dist) build; "$here/windows/dist.sh" "$out/danso" ;;
test) build; "$here/windows/dist.sh" "$out/danso"; "$here/windows/test.sh" "$out/danso" ;;
env) cross_env; env | grep -E '^(PKG_CONFIG|CURSES|CPPFLAGS|LDFLAGS)' ;;
*) echo "usage: $0 deps|build|dist|test" >&2; exit 2 ;;
esac
