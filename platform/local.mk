## SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING.
## platform/: the bottom layer, plain C (durable file publishing, owner-only
## creation, and what differs between POSIX systems and Windows: the only
## folder with #ifdef _WIN32). It includes no other danso header; every
## layer may use it. An operating system's differences belong here and
## nowhere else.
noinst_LIBRARIES += platform/libplatform.a
platform_libplatform_a_CPPFLAGS = $(AM_CPPFLAGS) $(LAYER_PLAIN)
LAYER_SYMBOL_RULES += platform/libplatform.a:$(NOT_SQLITE),$(NOT_EXCHANGE),$(NOT_CURL),$(NOT_CURSES),sodium,utf8proc
platform_libplatform_a_SOURCES = platform/fs.c platform/fs.h \
	platform/platform.h platform/win32.h platform/format.h \
	platform/files.c \
	platform/dynlib.c \
	platform/system.c
if WINDOWS
platform_libplatform_a_SOURCES += platform/win32.c
endif
PLATFORM_LIBS = platform/libplatform.a

## The test sees every fsync and rename of platform/ through -Wl,--wrap.
check_PROGRAMS += tests/unit/test_fs
TESTS += tests/unit/test_fs
tests_unit_test_fs_LDFLAGS = $(AM_LDFLAGS) -Wl,--wrap=fsync -Wl,--wrap=rename
## (the TAP library alone, without the clock seams: platform/ knows no clock)
tests_unit_test_fs_LDADD = tests/libtap.a $(PLATFORM_LIBS)
EXTRA_DIST += tests/unit/fs_spy.h
