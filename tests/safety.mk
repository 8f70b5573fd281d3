## SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING.
## Tests of crash safety, faults, backups, accounts and hostile input
## (docs/reliability.md). Included from Makefile.am.
CMD_TESTS += tests/cmd/users.sh tests/cmd/backup.sh tests/cmd/faults.sh
CMD_TESTS += tests/cmd/integrity.sh tests/cmd/hostile.sh tests/cmd/checked_state.sh

## Kill tests: the driver the script interrupts with SIGKILL.
check_PROGRAMS += tests/kill/killdrv
tests_kill_killdrv_SOURCES = tests/kill/killdrv.c
tests_kill_killdrv_LDADD = $(TEST_SEAMS) $(APP_LIBS) $(EXCHANGE_LIBS) $(DB_LIBS) $(DOMAIN_LIBS)
TESTS += tests/kill/kill.sh tests/kill/selftest.sh
EXTRA_DIST += tests/kill/kill.sh tests/kill/selftest.sh tests/kill/run-full.sh
TESTS += tests/kill/export_kill.sh
EXTRA_DIST += tests/kill/export_kill.sh

## Hostile names through the database and the CSV writer.
check_PROGRAMS += tests/unit/test_hostile
TESTS += tests/unit/test_hostile
tests_unit_test_hostile_CPPFLAGS = $(AM_CPPFLAGS) $(SQLITE_CFLAGS)
tests_unit_test_hostile_LDADD = $(TAP_LIBS) $(EXCHANGE_LIBS) $(DB_LIBS) $(DOMAIN_LIBS)
