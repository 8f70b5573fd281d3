/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/*
 * check.h (db): consistency of the register beyond what SQLite enforces.
 * Each rule is a query that lists the rows breaking it.
 */
#ifndef DANSO_DB_CHECK_H
#define DANSO_DB_CHECK_H

#include "db/db.h"

/* Called once per problem with a sentence naming the row. */
typedef void (*check_problem_fn)(void *ctx, const char *message);

/* Run every consistency rule; returns the number of problems found, or -1
 * with err set if the database could not be read. */
int db_check_consistency(db *d, check_problem_fn report, void *ctx, ds_err *err);

#endif
