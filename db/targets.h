/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/*
 * targets.h (db): yearly targets (chỉ tiêu) per unit, e.g. Hà Nội 2025 per
 * district and for the whole city (shared/data/hanoi-2025-targets.csv).
 * A unit is a name ("Toàn Thành phố", "Ba Đình", a commune's name); a
 * target names an indicator id of domain/indicators.h or a target-only
 * measure (third_plus_birth_rate_reduction_pct). Validation of the values
 * belongs to the caller (cli/cmd_targets.c); storage only keeps them.
 */
#ifndef DANSO_DB_TARGETS_H
#define DANSO_DB_TARGETS_H

#include "db/db.h"

#include <stddef.h>

#define TARGET_UNIT_LEN 160
#define TARGET_INDICATOR_LEN 64

typedef struct target_row {
	char unit[TARGET_UNIT_LEN];
	int year;
	char indicator[TARGET_INDICATOR_LEN];
	double target;
} target_row;

/* Store rows: every (unit, year) that appears in rows loses its previous
 * targets and gets exactly the rows given, all in one transaction (or the
 * caller's), with one audit row per (unit, year). 0 ok, -1 with err and
 * nothing changed (when the transaction is ours). */
int db_targets_replace(db *d, const target_row *rows, size_t n, ds_err *err);

/* Targets of one unit and year (unit NULL: every unit of the year; year 0:
 * every year), ordered by unit, year, indicator. The caller owns *out
 * (free()); *n is its length. 0 ok, -1 with err. */
int db_targets_list(db *d, const char *unit, int year, target_row **out, size_t *n, ds_err *err);

#endif
