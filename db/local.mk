## SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING.
## db/: the only layer that includes sqlite3.h.
noinst_LIBRARIES += db/libdb.a
db_libdb_a_CPPFLAGS = $(AM_CPPFLAGS) $(LAYER_DB) $(SQLITE_CFLAGS)
LAYER_SYMBOL_RULES += db/libdb.a:$(NOT_EXCHANGE),$(NOT_CURL),$(NOT_CURSES)
db_libdb_a_SOURCES = \
	db/db.c db/db.h db/internal.h \
	db/schema.c db/schema.h \
	db/codes.c db/codes.h \
	db/users.c db/users.h \
	db/check.c db/check.h \
	db/store.c db/store.h \
	db/register.c db/register.h \
	db/events.c db/events.h \
	db/event_columns.c db/event_columns.h \
	db/effects.c \
	db/facts.c \
	db/periods.c db/periods.h \
	db/auth.c db/auth.h \
	db/restore.c db/restore.h \
	db/report.c db/report.h \
	db/stocks.c db/stocks.h \
	db/targets.c db/targets.h
DB_LIBS = db/libdb.a $(SQLITE_LIBS) $(PLATFORM_LIBS)

## The export package's data and the upper level's imported packages (helper "export").
db_libdb_a_SOURCES += db/imports.c db/imports.h

## The decisions of the residents comparisons (helper "residents").
db_libdb_a_SOURCES += db/residents.c db/residents.h
## The DHIS2 data value sets sent (helper "dhis2").
db_libdb_a_SOURCES += db/dhis2.c db/dhis2.h

check_PROGRAMS += tests/unit/test_db_register tests/unit/test_db_events
TESTS += tests/unit/test_db_register tests/unit/test_db_events
tests_unit_test_db_register_CPPFLAGS = $(AM_CPPFLAGS) $(SQLITE_CFLAGS)
tests_unit_test_db_register_LDADD = $(TAP_LIBS) $(DB_LIBS) $(DOMAIN_LIBS)
tests_unit_test_db_events_CPPFLAGS = $(AM_CPPFLAGS) $(SQLITE_CFLAGS)
tests_unit_test_db_events_LDADD = $(TAP_LIBS) $(DB_LIBS) $(DOMAIN_LIBS)
EXTRA_DIST += tests/unit/db_fixture.h

## The fields' table: every field through the database, the change log and the package.
check_PROGRAMS += tests/unit/test_event_fields
TESTS += tests/unit/test_event_fields
tests_unit_test_event_fields_CPPFLAGS = $(AM_CPPFLAGS) $(SQLITE_CFLAGS)
tests_unit_test_event_fields_LDADD = $(TAP_LIBS) $(DB_LIBS) $(EXCHANGE_LIBS) $(DOMAIN_LIBS)
