/*
 * commands.h: one function per command of the command line. Each takes the
 * global context and the command's own argv (argv[0] is the command name)
 * and returns the exit status of cli.h. Headless commands never start curses.
 */
#ifndef DANSO_COMMANDS_H
#define DANSO_COMMANDS_H

#include "app/cli.h"
#include "domain/error.h"

struct db;

int cmd_init(cli_ctx *ctx, int argc, char **argv);
int cmd_demo(cli_ctx *ctx, int argc, char **argv);
int cmd_check(cli_ctx *ctx, int argc, char **argv);
int cmd_backup(cli_ctx *ctx, int argc, char **argv);
int cmd_report(cli_ctx *ctx, int argc, char **argv);
int cmd_targets_import(cli_ctx *ctx, int argc, char **argv);
int cmd_codes_import(cli_ctx *ctx, int argc, char **argv);
int cmd_interface(cli_ctx *ctx, int argc, char **argv);

/* Print "danso: <error with its location>" on stderr. */
void cmd_print_error(const ds_err *err);

/* Open the initialised database of ctx (refusing an uninitialised one);
 * prints the error and returns -1 on failure. */
int cmd_open_db(cli_ctx *ctx, int flags, struct db **out);

#endif
