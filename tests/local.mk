## SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING.
## tests/: every test speaks TAP; automake's tap-driver counts each check.
## Unit tests of a layer are listed in that layer's local.mk; command and
## screen tests (shell scripts driving the built binary) are listed here.

LOG_DRIVER = env AM_TAP_AWK='$(AWK)' $(SHELL) $(top_srcdir)/build-aux/tap-driver.sh
SH_LOG_DRIVER = $(LOG_DRIVER)
TEST_EXTENSIONS = .sh
AM_TESTS_ENVIRONMENT = \
	DANSO='$(abs_top_builddir)/tests/danso_test'; \
	DANSO_RELEASE='$(abs_top_builddir)/danso'; \
	TOP_SRCDIR='$(abs_top_srcdir)'; \
	TOP_BUILDDIR='$(abs_top_builddir)'; \
	LANGUAGE=; LC_ALL=C.UTF-8; \
	export DANSO DANSO_RELEASE TOP_SRCDIR TOP_BUILDDIR LANGUAGE LC_ALL;

check_LIBRARIES = tests/libtap.a
tests_libtap_a_SOURCES = tests/tap.c tests/tap.h tests/seams_test.c
## Every test program links the test seams (domain/seams.h) as an object,
## which wins over domain/seams.o in libdomain.a: only they read DANSO_NOW,
## DANSO_TODAY, DANSO_TEST_FAST_AUTH and DANSO_TEST_DISK_FULL.
TEST_SEAMS = tests/seams_test.$(OBJEXT)
TAP_LIBS = $(TEST_SEAMS) tests/libtap.a

## The program the command and screen tests drive: danso with the test
## seams. The installed danso ($(DANSO_RELEASE) in the tests) has none.
check_PROGRAMS += tests/danso_test
tests_danso_test_SOURCES = src/main.c
tests_danso_test_CPPFLAGS = $(danso_CPPFLAGS)
tests_danso_test_LDADD = $(TEST_SEAMS) $(danso_LDADD)

EXTRA_DIST += tests/lib.sh tests/data tests/cmd/writers.py tests/cmd/minmax_history.py

## Command tests (headless), in tests/cmd/.
CMD_TESTS += tests/cmd/cli.sh tests/cmd/licence.sh tests/cmd/layers.sh tests/cmd/layers_build.sh tests/cmd/suite.sh tests/cmd/release.sh tests/cmd/damaged.sh tests/cmd/frontend_writes.sh tests/cmd/codes.sh tests/cmd/credentials.sh tests/cmd/area.sh
## danso.exe and the Linux build on the same files (run for real by windows/test.sh).
CMD_TESTS += tests/cmd/windows.sh
## Screen tests (tmux at 80x24), in tests/screen/.
TESTS += $(CMD_TESTS) $(SCREEN_TESTS)
EXTRA_DIST += $(CMD_TESTS) $(SCREEN_TESTS)

## Unit tests of the foundation (database core, code lists).
check_PROGRAMS += tests/unit/test_db_core
TESTS += tests/unit/test_db_core
tests_unit_test_db_core_CPPFLAGS = $(AM_CPPFLAGS) $(SQLITE_CFLAGS)
tests_unit_test_db_core_LDADD = $(TAP_LIBS) $(DB_LIBS) $(DOMAIN_LIBS)
check_PROGRAMS += tests/unit/test_auth_policy
TESTS += tests/unit/test_auth_policy
tests_unit_test_auth_policy_CPPFLAGS = $(AM_CPPFLAGS) $(SODIUM_CFLAGS)
tests_unit_test_auth_policy_LDADD = $(TAP_LIBS) $(DOMAIN_LIBS)

## The export, the backup and the restore publish durably (platform/fs.h):
## every fsync and rename is seen through -Wl,--wrap (tests/unit/fs_spy.h).
check_PROGRAMS += tests/unit/test_publish
TESTS += tests/unit/test_publish
tests_unit_test_publish_CPPFLAGS = $(AM_CPPFLAGS) $(SQLITE_CFLAGS)
tests_unit_test_publish_LDFLAGS = $(AM_LDFLAGS) -Wl,--wrap=fsync -Wl,--wrap=rename
tests_unit_test_publish_LDADD = $(TAP_LIBS) $(EXCHANGE_LIBS) $(DB_LIBS) $(DOMAIN_LIBS)
