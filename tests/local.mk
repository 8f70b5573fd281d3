## tests/: every test speaks TAP; automake's tap-driver counts each check.
## Unit tests of a layer are listed in that layer's local.mk; command and
## screen tests (shell scripts driving the built binary) are listed here.

LOG_DRIVER = env AM_TAP_AWK='$(AWK)' $(SHELL) $(top_srcdir)/build-aux/tap-driver.sh
SH_LOG_DRIVER = $(LOG_DRIVER)
TEST_EXTENSIONS = .sh
AM_TESTS_ENVIRONMENT = \
	DANSO='$(abs_top_builddir)/danso'; \
	TOP_SRCDIR='$(abs_top_srcdir)'; \
	TOP_BUILDDIR='$(abs_top_builddir)'; \
	LANGUAGE=; LC_ALL=C.UTF-8; \
	export DANSO TOP_SRCDIR TOP_BUILDDIR LANGUAGE LC_ALL;

check_LIBRARIES = tests/libtap.a
tests_libtap_a_SOURCES = tests/tap.c tests/tap.h
TAP_LIBS = tests/libtap.a

EXTRA_DIST += tests/lib.sh tests/data tests/cmd/writers.py

## Command tests (headless), in tests/cmd/.
CMD_TESTS += tests/cmd/cli.sh tests/cmd/layers.sh tests/cmd/frontend_writes.sh tests/cmd/codes.sh tests/cmd/credentials.sh tests/cmd/area.sh
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
