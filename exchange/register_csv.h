/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/*
 * register_csv.h: the spreadsheet form of an existing register, one row
 * per member ("danso-register 1", docs/format.md "Register import").
 *
 * Columns (header names; order free; * = required):
 *   household_number*  "12" or "12.1" (a second sheet of household 12)
 *   area*              the area number (1, 2, ...)
 *   village, address   of the household (the first row of a household
 *                      gives them)
 *   household_kind     1 family (default), 2 collective
 *   full_name*         the member's name (stored NFC)
 *   relation*          relation to the head: code 1..9 (1 = the head)
 *   sex*               1 / 2, or Nam / Nữ
 *   birth_date*        dd/mm/yyyy, yyyy-mm-dd, or yyyy alone
 *   ethnicity          2-digit GSO code (default 01)
 *   education          code 0..7 or empty
 *   marital            code 1..5 (default 1)
 *   residence          code 1..2 (default 1)
 *   person_id          insurance number, social-insurance or citizen id
 *   entered_on         date joined the register (default: today)
 *   children_born      a woman's live births ever, 0..30 (default 0)
 *   children_living    of those, the children living, 0..children_born
 *                      (default: children_born); both empty for a man
 *
 * The reader checks each cell's form and reports every bad row through the
 * error callback (it goes on with the next row); what needs the database
 * (codes in the lists, ids already used) is checked by app/. A broken file
 * (bad encoding, a row with another number of columns, a missing required
 * column) stops the read with its place.
 */
#ifndef DANSO_REGISTER_CSV_H
#define DANSO_REGISTER_CSV_H

#include "domain/error.h"
#include "domain/model.h"

#include <stddef.h>

/* The 1-based column of each field in the file (0 when absent). */
typedef struct register_columns {
	int household_number, area, village, address, household_kind, full_name, relation, sex, birth_date,
	    ethnicity, education, marital, residence, person_id, entered_on, children_born, children_living;
} register_columns;

/* One good row. */
typedef struct register_row {
	long line;
	int area_number;
	household hh;                 /* number, village, address, kind */
	member m;                     /* every member field; household_id 0 */
} register_row;

typedef int (*register_row_fn)(void *arg, const register_row *row, const register_columns *cols, ds_err *err);
typedef void (*register_error_fn)(void *arg, const ds_err *err);

/* Read the file: good rows to row_fn, each bad row's first problem to
 * error_fn (file:line:column: field: what). today ("YYYY-MM-DD") is the
 * default entered_on. 0 when the file could be read to its end (bad rows
 * included); -1 with err when it could not. */
int register_csv_read(const char *path, const char *today, register_row_fn row_fn, register_error_fn error_fn,
                      void *arg, ds_err *err);
int register_csv_read_buffer(const void *buf, size_t len, const char *name, const char *today,
                             register_row_fn row_fn, register_error_fn error_fn, void *arg, ds_err *err);

#endif
