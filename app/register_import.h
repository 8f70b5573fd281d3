/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/*
 * register_import.h (app): `danso register-import`: load an existing
 * register kept in a spreadsheet (format in exchange/register_csv.h and
 * docs/format.md).
 *
 * Every row is checked first (its cells, then against the database: codes
 * in the code lists, person ids unused and given once, a household in one
 * area, one head per household); every bad row is reported through the
 * callback with file:line:column: field: what. With errors and without
 * skip_bad nothing is loaded. Otherwise the good rows are loaded in one
 * transaction: areas and households created as needed (a household's
 * first row gives its village, address and kind), members added, the
 * member with relation 1 made the head. Any storage failure rolls back
 * everything.
 */
#ifndef DANSO_APP_REGISTER_IMPORT_H
#define DANSO_APP_REGISTER_IMPORT_H

#include "db/db.h"
#include "domain/error.h"

typedef struct register_import_result {
	long rows_good;
	long rows_bad;
	long members_added;
	long households_added;
	long areas_added;
	int loaded;                 /* 1 when the good rows were stored */
} register_import_result;

typedef void (*register_report_fn)(void *arg, const ds_err *err);

/* 0 when the file was read and (if allowed) loaded; -1 with err when the
 * file could not be read or storing failed. A file with bad rows and
 * skip_bad 0 returns 0 with res->loaded 0. */
int register_import(db *d, const char *path, int skip_bad, register_report_fn report, void *arg,
                    register_import_result *res, ds_err *err);

#endif
