/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/*
 * cli.h: the command line of docs/danso.1. cli_main() parses the global
 * options (--db, --lang, --help, --version), picks the command and runs it.
 * Without a command it opens the interface. Exit status: 0 success, 1 the
 * input or the data was refused (nothing changed), 2 wrong usage.
 */
#ifndef DANSO_CLI_H
#define DANSO_CLI_H

enum cli_status {
	EXIT_OK = 0,
	EXIT_REFUSED = 1,
	EXIT_USAGE = 2
};

/* Everything a command needs from the global options. */
typedef struct cli_ctx {
	const char *db_path;  /* resolved: --db, $DANSO_DB or the XDG default */
	const char *argv0;
} cli_ctx;

/* Run danso with the process's arguments; returns the exit status.
 * Without a command it runs interface (the full-screen interface, given by
 * main() so that cli/ does not depend on tui/, with the resolved database
 * path); NULL prints the usage. */
int cli_main(int argc, char **argv, int (*interface)(const char *db_path));

#endif
