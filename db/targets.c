/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* targets.c: yearly targets per unit (see targets.h). */
#include "config.h"

#include "db/store.h"
#include "db/targets.h"
#include "domain/i18n.h"
#include "domain/util.h"

#include <stdlib.h>
#include <string.h>

/* A JSON summary {"unit":..,"year":..,"targets":n} of a unit-year's
 * targets as they stand, for the audit row. Caller owns the string. */
static char *
unit_year_json(db *d, const char *unit, int year)
{
	sqlite3_stmt *st = db_stmt(d, "SELECT json_object('unit', ?1, 'year', ?2, 'targets', "
	                              "(SELECT count(*) FROM target WHERE unit = ?1 AND year = ?2))");
	char *json;

	db_bind_text(st, 1, unit);
	sqlite3_bind_int(st, 2, year);
	if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0) != NULL)
		json = xstrdup((const char *)sqlite3_column_text(st, 0));
	else
		json = xstrdup("");
	sqlite3_reset(st);
	return json;
}

/* 1 if the unit-year of rows[i] already appeared in rows[0..i). */
static int
seen_before(const target_row *rows, size_t i)
{
	for (size_t j = 0; j < i; j++)
		if (rows[j].year == rows[i].year && strcmp(rows[j].unit, rows[i].unit) == 0)
			return 1;
	return 0;
}

/* Delete a unit-year's targets. */
static int
clear_unit_year(db *d, const char *unit, int year, ds_err *err)
{
	sqlite3_stmt *st = db_stmt(d, "DELETE FROM target WHERE unit = ?1 AND year = ?2");

	db_bind_text(st, 1, unit);
	sqlite3_bind_int(st, 2, year);
	return db_step_done(d, st, err, L("Lưu chỉ tiêu", "Saving targets"));
}

/* Insert one target. */
static int
insert_target(db *d, const target_row *t, ds_err *err)
{
	sqlite3_stmt *st = db_stmt(d, "INSERT INTO target(unit, year, indicator, target) VALUES (?1, ?2, ?3, ?4)");

	db_bind_text(st, 1, t->unit);
	sqlite3_bind_int(st, 2, t->year);
	db_bind_text(st, 3, t->indicator);
	sqlite3_bind_double(st, 4, t->target);
	return db_step_done(d, st, err, L("Lưu chỉ tiêu", "Saving targets"));
}

/* Replace the targets of every unit-year in rows; inside a transaction. */
static int
replace_rows(db *d, const target_row *rows, size_t n, ds_err *err)
{
	for (size_t i = 0; i < n; i++) {
		if (seen_before(rows, i))
			continue;
		if (clear_unit_year(d, rows[i].unit, rows[i].year, err) != 0)
			return -1;
	}
	for (size_t i = 0; i < n; i++)
		if (insert_target(d, &rows[i], err) != 0)
			return -1;
	return 0;
}

/* Write one audit row per unit-year: before (count before) / after. */
static int
audit_unit_years(db *d, const target_row *rows, size_t n, char **before, ds_err *err)
{
	for (size_t i = 0; i < n; i++) {
		if (before[i] == NULL)
			continue;
		char *after = unit_year_json(d, rows[i].unit, rows[i].year);
		int rc = db_audit(d, "replace", "target", 0, before[i], after, "", err);
		free(after);
		if (rc != 0)
			return -1;
	}
	return 0;
}

/* Replace the targets of every unit-year in rows, audited. */
int
db_targets_replace(db *d, const target_row *rows, size_t n, ds_err *err)
{
	int own_tx = !db_in_transaction(d);
	char **before = xcalloc(n > 0 ? n : 1, sizeof *before);
	int rc = -1;

	if (own_tx && db_begin(d, err) != 0)
		goto done;
	for (size_t i = 0; i < n; i++)
		if (!seen_before(rows, i))
			before[i] = unit_year_json(d, rows[i].unit, rows[i].year);
	if (replace_rows(d, rows, n, err) != 0 || audit_unit_years(d, rows, n, before, err) != 0) {
		if (own_tx)
			db_rollback(d);
		goto done;
	}
	rc = own_tx ? db_commit(d, err) : 0;
done:
	for (size_t i = 0; i < n; i++)
		free(before[i]);
	free(before);
	return rc;
}

/* Fill a target_row from a row "unit, year, indicator, target" (a
 * store_fill_fn). */
static void
target_from_row(sqlite3_stmt *st, void *item)
{
	target_row *t = item;

	db_column_text(st, 0, t->unit, sizeof t->unit);
	t->year = sqlite3_column_int(st, 1);
	db_column_text(st, 2, t->indicator, sizeof t->indicator);
	t->target = sqlite3_column_double(st, 3);
}

/* The targets of one unit and year, or of all. */
int
db_targets_list(db *d, const char *unit, int year, target_row **out, size_t *n, ds_err *err)
{
	sqlite3_stmt *st = db_stmt(d, "SELECT unit, year, indicator, target FROM target "
	                              "WHERE (?1 IS NULL OR unit = ?1) AND (?2 = 0 OR year = ?2) "
	                              "ORDER BY unit, year, indicator");
	void *items;
	int rc;

	if (unit != NULL)
		db_bind_text(st, 1, unit);
	sqlite3_bind_int(st, 2, year);
	rc = store_rows(d, st, target_from_row, sizeof **out, &items, n, err, L("Đọc chỉ tiêu", "Reading targets"));
	*out = items;
	return rc;
}
