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
	app/cmd_user.c
APP_LIBS = app/libapp.a
app_libapp_a_SOURCES += app/record.c app/record.h
