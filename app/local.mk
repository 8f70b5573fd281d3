## app/: the use cases (commands, demo generator, report, export, import)
## built from domain, db and exchange; no curses, SQLite or libcsv here.
noinst_LIBRARIES += app/libapp.a
app_libapp_a_SOURCES = \
	app/cli.c app/cli.h \
	app/args.c app/args.h \
	app/commands.h app/cmd_common.c \
	app/cmd_init.c \
	app/cmd_check.c \
	app/cmd_backup.c \
	app/backup.c app/backup.h \
	app/auth.c app/auth.h \
	app/credentials.c \
	app/cmd_user.c \
	app/cmd_codes.c \
	app/cmd_area.c \
	app/targets_file.c app/targets_file.h \
	app/report.c app/report.h \
	app/cmd_report.c \
	app/cmd_targets.c
APP_LIBS = app/libapp.a
app_libapp_a_SOURCES += app/record.c app/record.h
check_PROGRAMS += tests/unit/test_record
TESTS += tests/unit/test_record
tests_unit_test_record_CPPFLAGS = $(AM_CPPFLAGS) $(SQLITE_CFLAGS)
tests_unit_test_record_LDADD = $(TAP_LIBS) $(APP_LIBS) $(DB_LIBS) $(DOMAIN_LIBS)

CMD_TESTS += tests/cmd/report.sh
CMD_TESTS += tests/cmd/targets.sh

check_PROGRAMS += tests/unit/test_report
TESTS += tests/unit/test_report
## the test loads its SQL fixture through SQLite directly
tests_unit_test_report_CPPFLAGS = $(AM_CPPFLAGS) $(SQLITE_CFLAGS)
tests_unit_test_report_LDADD = $(TAP_LIBS) $(APP_LIBS) $(EXCHANGE_LIBS) $(DB_LIBS) $(DOMAIN_LIBS)

## the demo generator (docs/demo.md)
app_libapp_a_SOURCES += \
	app/demo.c app/demo.h app/demo_int.h \
	app/demo_data.c app/demo_household.c app/demo_events.c \
	app/demo_life.c app/demo_moves.c \
	app/cmd_demo.c
CMD_TESTS += tests/cmd/demo.sh

## The export package, the upper level's import, the register import (helper "export").
app_libapp_a_SOURCES += \
	app/export.c app/export.h \
	app/cmd_export.c \
	app/import.c app/import.h \
	app/import_report.c \
	app/cmd_import.c \
	app/register_import.c app/register_import.h \
	app/cmd_register_import.c
CMD_TESTS += tests/cmd/export.sh tests/cmd/register_import.sh
EXTRA_DIST += tests/cmd/package_tool.py

check_PROGRAMS += tests/unit/test_export_lock
TESTS += tests/unit/test_export_lock
tests_unit_test_export_lock_CPPFLAGS = $(AM_CPPFLAGS) $(SQLITE_CFLAGS)
tests_unit_test_export_lock_LDADD = $(TAP_LIBS) $(APP_LIBS) $(EXCHANGE_LIBS) $(DB_LIBS) $(DOMAIN_LIBS)
