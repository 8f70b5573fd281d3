/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/*
 * commands.h: one function per command of the command line. Each takes the
 * global context and the command's own argv (argv[0] is the command name)
 * and returns the exit status of cli.h. Headless commands never start curses.
 */
#ifndef DANSO_COMMANDS_H
#define DANSO_COMMANDS_H

#include "cli/cli.h"
#include "domain/error.h"

#include <stddef.h>

struct db;

int cmd_init(cli_ctx *ctx, int argc, char **argv);
int cmd_demo(cli_ctx *ctx, int argc, char **argv);
int cmd_check(cli_ctx *ctx, int argc, char **argv);
int cmd_backup(cli_ctx *ctx, int argc, char **argv);
int cmd_report(cli_ctx *ctx, int argc, char **argv);
int cmd_targets_import(cli_ctx *ctx, int argc, char **argv);
int cmd_targets_unit(cli_ctx *ctx, int argc, char **argv);
int cmd_codes_import(cli_ctx *ctx, int argc, char **argv);
int cmd_area(cli_ctx *ctx, int argc, char **argv);
int cmd_interface(cli_ctx *ctx, int argc, char **argv);
int cmd_export(cli_ctx *ctx, int argc, char **argv);
int cmd_unlock(cli_ctx *ctx, int argc, char **argv);
int cmd_import(cli_ctx *ctx, int argc, char **argv);
int cmd_register_import(cli_ctx *ctx, int argc, char **argv);
int cmd_restore(cli_ctx *ctx, int argc, char **argv);
int cmd_user(cli_ctx *ctx, int argc, char **argv);
int cmd_residents(cli_ctx *ctx, int argc, char **argv);
int cmd_dhis2_push(cli_ctx *ctx, int argc, char **argv);

/* Print "danso: <error with its location>" on stderr. */
void cmd_print_error(const ds_err *err);

/* Open the initialised database of ctx (refusing an uninitialised one);
 * prints the error and returns -1 on failure. */
int cmd_open_db(cli_ctx *ctx, int flags, struct db **out);

/* Log in for a headless command that changes data: DANSO_USER and
 * DANSO_PIN from the environment, else a prompt on the terminal (no echo),
 * else a message saying what to set. On success the handle acts as *u.
 * need_officer refuses a collaborator. Prints why and returns -1 on
 * failure (the command then exits 1). */
struct user_account;
int cmd_authenticate(cli_ctx *ctx, struct db *d, int need_officer, struct user_account *u);

/* The same check against a read-only database (nothing recorded). */
int cmd_authenticate_readonly(struct db *d, int need_officer, struct user_account *u);

/* Ask for a secret on the terminal without echo (a password). -1 when
 * there is no terminal or nothing was read. */
int cmd_ask_secret(const char *prompt, char *buf, size_t n);

/* A new PIN: DANSO_NEW_PIN, else asked twice on the terminal. -1 if
 * neither is possible or the two differ. */
int cmd_new_pin(const char *login, char *buf, size_t n);

/* Open the database of ctx for a command that changes data: log in
 * (cmd_authenticate; need_officer for commune-wide changes) and take the
 * day's backup. Prints what went wrong and returns -1 (database closed). */
int cmd_open_for_change(cli_ctx *ctx, int need_officer, struct db **out, struct user_account *u);

/* The day's automatic backup (app/backup.h) for commands that change
 * data: call after logging in; prints a warning on failure, never stops. */
void cmd_daily_backup(struct db *d);

#endif
