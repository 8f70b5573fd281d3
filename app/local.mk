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
	app/report.c app/report.h \
	app/cmd_report.c \
	app/cmd_targets.c
APP_LIBS = app/libapp.a

CMD_TESTS += tests/cmd/report.sh
CMD_TESTS += tests/cmd/targets.sh

## The export package, the upper level's import, the register import (helper "export").
app_libapp_a_SOURCES += \
	app/export.c app/export.h \
	app/cmd_export.c
