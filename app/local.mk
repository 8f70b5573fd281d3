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
	app/cmd_codes.c \
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
