/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/*
 * targets_file.h (app): a yearly targets file, the form of
 * data/hanoi-2025-targets.csv: columns unit,year,indicator,target (in any
 * order, found by name). Every row is checked: the unit (non-empty), the
 * year (4 digits, 1900-2100), the indicator (docs/indicators.md, or a
 * target-only id), the target (a plain decimal in the range of the
 * indicator's unit) and duplicates (same unit, year and indicator). Each
 * bad row is handed to on_error with file, line, column and field, and
 * counted in errors; the good rows are kept in rows.
 */
#ifndef DANSO_TARGETS_FILE_H
#define DANSO_TARGETS_FILE_H

#include "db/targets.h"
#include "domain/error.h"

#include <stddef.h>

typedef void (*targets_error_fn)(void *arg, const ds_err *err);

typedef struct targets_file {
	target_row *rows;   /* the good rows, owned (targets_file_free) */
	size_t n;
	int errors;         /* bad rows reported */
} targets_file;

/* Read the file at path. 0 when the file could be read as CSV (check
 * out->errors for bad rows), -1 with err when it could not (missing,
 * not UTF-8, wrong columns ...). out is always set; free it. */
int targets_file_read(const char *path, targets_file *out, targets_error_fn on_error, void *arg, ds_err *err);

/* The same on a buffer called name (tests, fuzzing). */
int targets_file_parse(const char *name, const void *buf, size_t len, targets_file *out, targets_error_fn on_error,
                       void *arg, ds_err *err);

/* Free the rows and empty the file. */
void targets_file_free(targets_file *f);

/* The number of distinct (unit, year) pairs among the rows. */
int targets_file_unit_years(const targets_file *f);

#endif
