## SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING.
## app/: the use cases: recording changes, the report, the export package,
## the upper-level import, the register import, backups and logins. Built
## from domain/, db/ and exchange/; no curses, SQLite or libcsv here, and
## neither front end (cli/, tui/) nor the demo generator.
noinst_LIBRARIES += app/libapp.a
app_libapp_a_CPPFLAGS = $(AM_CPPFLAGS) $(LAYER_PLAIN)
LAYER_SYMBOL_RULES += app/libapp.a:$(NOT_SQLITE),$(NOT_EXCHANGE),$(NOT_CURL),$(NOT_CURSES)
app_libapp_a_SOURCES = \
	app/session.c app/session.h \
	app/access.c app/access.h \
	app/household.c app/household.h \
	app/namefind.c app/namefind.h \
	app/admin.c app/admin.h \
	app/backup.c app/backup.h \
	app/auth.c app/auth.h \
	app/report.c app/report.h \
	app/report_xlsx.c app/report_xlsx.h \
	app/record.c app/record.h \
	app/export.c app/export.h \
	app/media.c app/media.h \
	app/dhis2.c app/dhis2.h app/dhis2_push.c \
	app/import.c app/import.h \
	app/import_report.c \
	app/minmax.c app/minmax.h \
	app/register_import.c app/register_import.h \
	app/residents.c app/residents.h app/residents_xlsx.c
APP_LIBS = app/libapp.a

check_PROGRAMS += tests/unit/test_record
TESTS += tests/unit/test_record
tests_unit_test_record_CPPFLAGS = $(AM_CPPFLAGS) $(SQLITE_CFLAGS)
tests_unit_test_record_LDADD = $(TAP_LIBS) $(APP_LIBS) $(DB_LIBS) $(DOMAIN_LIBS)

## A woman's history, the report of a closed month, transfers (issue 10).
check_PROGRAMS += tests/unit/test_history
TESTS += tests/unit/test_history
tests_unit_test_history_CPPFLAGS = $(AM_CPPFLAGS) $(SQLITE_CFLAGS)
tests_unit_test_history_LDADD = $(TAP_LIBS) $(APP_LIBS) $(EXCHANGE_LIBS) $(DB_LIBS) $(DOMAIN_LIBS)

check_PROGRAMS += tests/unit/test_report
TESTS += tests/unit/test_report
## the test loads its SQL fixture through SQLite directly
tests_unit_test_report_CPPFLAGS = $(AM_CPPFLAGS) $(SQLITE_CFLAGS)
tests_unit_test_report_LDADD = $(TAP_LIBS) $(APP_LIBS) $(EXCHANGE_LIBS) $(DB_LIBS) $(DOMAIN_LIBS)

check_PROGRAMS += tests/unit/test_export_lock
TESTS += tests/unit/test_export_lock
tests_unit_test_export_lock_CPPFLAGS = $(AM_CPPFLAGS) $(SQLITE_CFLAGS)
tests_unit_test_export_lock_LDADD = $(TAP_LIBS) $(APP_LIBS) $(EXCHANGE_LIBS) $(DB_LIBS) $(DOMAIN_LIBS)

## Who may change what, through both kinds of change (households, members,
## events; the officer's commune-wide changes).
check_PROGRAMS += tests/unit/test_app_changes
TESTS += tests/unit/test_app_changes
tests_unit_test_app_changes_CPPFLAGS = $(AM_CPPFLAGS) $(SQLITE_CFLAGS)
tests_unit_test_app_changes_LDADD = $(TAP_LIBS) $(APP_LIBS) $(EXCHANGE_LIBS) $(DB_LIBS) $(DOMAIN_LIBS)

## The name search from memory against the database's, on a demo commune.
check_PROGRAMS += tests/unit/test_namefind
TESTS += tests/unit/test_namefind
tests_unit_test_namefind_CPPFLAGS = $(AM_CPPFLAGS) $(SQLITE_CFLAGS)
tests_unit_test_namefind_LDADD = $(TAP_LIBS) $(DEMO_LIBS) $(APP_LIBS) $(EXCHANGE_LIBS) $(DB_LIBS) $(DOMAIN_LIBS)
