/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* imports.c (db): the month's events read for the export package, and the
 * upper level's tables of imported packages (schema step v2).
 *
 * The kind-specific columns of both come from domain/event_fields.h
 * (db/event_columns.h): the export's SELECT reads them like the event
 * table's, the area of a move as its number (the package's to_area);
 * import_event holds the same columns under the same names, except that
 * area number, in column to_area. What every event has (id, kind, date),
 * the person and the household are the package's own columns and written
 * out here: they are joins and pseudonyms, not fields of a kind. */
#include "config.h"

#include "db/imports.h"
#include "db/event_columns.h"
#include "db/store.h"
#include "domain/clock.h"
#include "domain/i18n.h"
#include "domain/util.h"

#include <stdlib.h>
#include <string.h>

/* Everything of an exported event in one query: the event, its kind's
 * fields (db/event_columns.h; the area of a move as its number), its
 * household, area, subject and related person. Column order: see
 * export_from_row. */
static const char *
export_events_sql(void)
{
	static char *s;

	if (s == NULL)
		s = xasprintf("SELECT e.uid, e.kind, e.event_date, %s,"
		              " h.number, a.number,"
		              " coalesce(s.uid, ''), coalesce(s.full_name, ''), coalesce(s.person_id, ''), coalesce(s.sex, 0),"
		              " coalesce(s.birth_date, ''), coalesce(s.ethnicity, ''), coalesce(s.education, ''),"
		              " coalesce(s.marital, ''), coalesce(s.residence, ''), coalesce(s.relation, ''),"
		              " coalesce(r.uid, ''), coalesce(r.full_name, '')"
		              " FROM event e JOIN household h ON h.id = e.household_id JOIN area a ON a.id = h.area_id"
		              " LEFT JOIN area ta ON ta.id = e.to_area_id"
		              " LEFT JOIN member s ON s.id = e.member_id LEFT JOIN member r ON r.id = e.related_member_id"
		              " WHERE e.period = ?1 AND e.cancelled = 0 ORDER BY e.event_date, e.id",
		              evcols_list(EVC_EXPORT, 0));
	return s;
}

/* Fill rec from a row of export_events_sql(). */
static void
export_from_row(sqlite3_stmt *st, event_record *rec)
{
	char kind[32];
	event *ev = &rec->ev;
	member *p = &rec->person;
	int64_t to_area = 0;
	int c = 0;

	memset(rec, 0, sizeof *rec);
	db_column_text(st, c++, ev->uid, sizeof ev->uid);
	db_column_text(st, c++, kind, sizeof kind);
	if (event_kind_parse(kind, &ev->kind) != 0)
		ev->kind = EV_KIND_COUNT;
	db_column_text(st, c++, ev->date, sizeof ev->date);
	c = evcols_read(st, c, ev, &to_area);
	rec->to_area_number = (int)to_area;
	db_column_text(st, c++, rec->household_number, sizeof rec->household_number);
	rec->area_number = sqlite3_column_int(st, c++);
	db_column_text(st, c++, p->uid, sizeof p->uid);
	db_column_text(st, c++, p->full_name, sizeof p->full_name);
	db_column_text(st, c++, p->person_id, sizeof p->person_id);
	p->sex = (sex)sqlite3_column_int(st, c++);
	db_column_text(st, c++, p->birth_date, sizeof p->birth_date);
	db_column_text(st, c++, p->ethnicity, sizeof p->ethnicity);
	db_column_text(st, c++, p->education, sizeof p->education);
	db_column_text(st, c++, p->marital, sizeof p->marital);
	db_column_text(st, c++, p->residence, sizeof p->residence);
	db_column_text(st, c++, p->relation, sizeof p->relation);
	db_column_text(st, c++, rec->related_uid, sizeof rec->related_uid);
	db_column_text(st, c, rec->related_name, sizeof rec->related_name);
}

int
db_export_events(db *d, const char *period, event_record **out, size_t *n, ds_err *err)
{
	sqlite3_stmt *st = db_stmt(d, export_events_sql());
	size_t cap = 0;
	int rc;

	*out = NULL;
	*n = 0;
	db_bind_text(st, 1, period);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (*n == cap) {
			cap = cap ? cap * 2 : 64;
			*out = xrealloc(*out, cap * sizeof **out);
		}
		export_from_row(st, &(*out)[(*n)++]);
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		free(*out);
		*out = NULL;
		*n = 0;
		return db_fail(d, err, L("đọc sự kiện của tháng", "reading the month's events"));
	}
	return 0;
}

/* Fill pkg from a row: commune_code .. manifest_sha256 in table order. */
static void
package_from_row(sqlite3_stmt *st, void *item)
{
	import_package *pkg = item;

	memset(pkg, 0, sizeof *pkg);
	db_column_text(st, 0, pkg->commune_code, sizeof pkg->commune_code);
	db_column_text(st, 1, pkg->commune_name, sizeof pkg->commune_name);
	db_column_text(st, 2, pkg->period, sizeof pkg->period);
	pkg->revision = sqlite3_column_int(st, 3);
	db_column_text(st, 4, pkg->format_version, sizeof pkg->format_version);
	db_column_text(st, 5, pkg->program_version, sizeof pkg->program_version);
	db_column_text(st, 6, pkg->created_at, sizeof pkg->created_at);
	db_column_text(st, 7, pkg->imported_at, sizeof pkg->imported_at);
	db_column_text(st, 8, pkg->manifest_sha256, sizeof pkg->manifest_sha256);
}

#define PACKAGE_COLUMNS \
	"commune_code, commune_name, period, revision, format_version, program_version, created_at, " \
	"imported_at, manifest_sha256"

int
db_import_package_get(db *d, const char *commune_code, const char *period, import_package *out, ds_err *err)
{
	sqlite3_stmt *st = db_stmt(d, "SELECT " PACKAGE_COLUMNS " FROM import_package "
	                              "WHERE commune_code = ?1 AND period = ?2");

	db_bind_text(st, 1, commune_code);
	db_bind_text(st, 2, period);
	return store_one(d, st, package_from_row, out, err, L("Đọc gói đã nhập", "Reading an imported package"));
}

int
db_import_event_owner(db *d, const char *event_id, char *commune_code, char *period, ds_err *err)
{
	sqlite3_stmt *st = db_stmt(d, "SELECT commune_code, period FROM import_event WHERE event_id = ?1");
	int rc;

	db_bind_text(st, 1, event_id);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		db_column_text(st, 0, commune_code, CODE_LEN);
		db_column_text(st, 1, period, PERIOD_LEN);
	}
	sqlite3_reset(st);
	if (rc == SQLITE_ROW)
		return 0;
	if (rc == SQLITE_DONE)
		return 1;
	return db_fail(d, err, L("tìm mã sự kiện đã nhập", "looking up an imported event id"));
}

/* The statement inserting an imported event: what every event has, the
 * person, then the kind's fields (the area of a move as its number,
 * column to_area). */
static const char *
import_event_insert_sql(void)
{
	static char *s;

	if (s == NULL)
		s = xasprintf("INSERT INTO import_event(event_id, commune_code, period, kind, event_date,"
		              " household_number, area, person_key, full_name, person_id, sex, birth_date, ethnicity,"
		              " education, marital, residence, relation, related_key, related_name, %s) VALUES (?1, ?2,"
		              " ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, %s)",
		              evcols_list(EVC_IMPORT, 0), evcols_list(EVC_IMPORT_PARAMS, 20));
	return s;
}

/* Insert one imported event row. Every parameter is bound at each row,
 * without a copy: rec and pkg outlive the step (docs/performance.md, fix 17). */
static int
import_event_insert(db *d, const import_package *pkg, const event_record *rec, ds_err *err)
{
	sqlite3_stmt *st = db_stmt_rebound(d, import_event_insert_sql());
	const event *ev = &rec->ev;
	const member *p = &rec->person;
	int64_t to_area = rec->to_area_number;
	int i = 1;

	db_bind_static(st, i++, ev->uid);
	db_bind_static(st, i++, pkg->commune_code);
	db_bind_static(st, i++, pkg->period);
	db_bind_static(st, i++, event_kind_name(ev->kind));
	db_bind_static(st, i++, ev->date);
	db_bind_static(st, i++, rec->household_number);
	sqlite3_bind_int(st, i++, rec->area_number);
	db_bind_static(st, i++, rec->person_key);
	db_bind_static(st, i++, p->full_name);
	db_bind_static(st, i++, p->person_id);
	sqlite3_bind_int(st, i++, (int)p->sex);
	db_bind_static(st, i++, p->birth_date);
	db_bind_static(st, i++, p->ethnicity);
	db_bind_static(st, i++, p->education);
	db_bind_static(st, i++, p->marital);
	db_bind_static(st, i++, p->residence);
	db_bind_static(st, i++, p->relation);
	db_bind_static(st, i++, rec->related_key);
	db_bind_static(st, i++, rec->related_name);
	evcols_bind(st, i, ev, &to_area);
	return store_step(d, st, err, L("lưu sự kiện đã nhập", "storing an imported event"));
}

/* Delete what is held for a commune and month (values, events, package). */
static int
import_delete(db *d, const import_package *pkg, ds_err *err)
{
	static const char *const sql[] = {
		"DELETE FROM import_indicator WHERE commune_code = ?1 AND period = ?2",
		"DELETE FROM import_event WHERE commune_code = ?1 AND period = ?2",
		"DELETE FROM import_package WHERE commune_code = ?1 AND period = ?2",
	};

	for (size_t i = 0; i < ARRAY_LEN(sql); i++) {
		sqlite3_stmt *st = db_stmt(d, sql[i]);

		db_bind_text(st, 1, pkg->commune_code);
		db_bind_text(st, 2, pkg->period);
		if (db_step_done(d, st, err, L("xóa bản trước", "deleting the earlier revision")) != 0)
			return -1;
	}
	return 0;
}

/* Insert the package row and its values. */
static int
import_package_insert(db *d, const import_package *pkg, const import_value *values, size_t nvalues, ds_err *err)
{
	sqlite3_stmt *st = db_stmt(d, "INSERT INTO import_package(" PACKAGE_COLUMNS ") "
	                              "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");

	db_bind_static(st, 1, pkg->commune_code);
	db_bind_static(st, 2, pkg->commune_name);
	db_bind_static(st, 3, pkg->period);
	sqlite3_bind_int(st, 4, pkg->revision);
	db_bind_static(st, 5, pkg->format_version);
	db_bind_static(st, 6, pkg->program_version);
	db_bind_static(st, 7, pkg->created_at);
	db_bind_static(st, 8, pkg->imported_at);
	db_bind_static(st, 9, pkg->manifest_sha256);
	if (store_step(d, st, err, L("lưu gói đã nhập", "storing an imported package")) != 0)
		return -1;
	for (size_t i = 0; i < nvalues; i++) {
		st = db_stmt_rebound(d, "INSERT INTO import_indicator(commune_code, period, indicator, value) "
		                "VALUES (?1, ?2, ?3, ?4)");
		db_bind_static(st, 1, pkg->commune_code);
		db_bind_static(st, 2, pkg->period);
		db_bind_static(st, 3, values[i].indicator);
		db_bind_static(st, 4, values[i].value);
		if (store_step(d, st, err, L("lưu chỉ tiêu đã nhập", "storing an imported indicator")) != 0)
			return -1;
	}
	return 0;
}

int
db_import_store(db *d, import_package *pkg, const import_value *values, size_t nvalues,
                const event_record *events, size_t nevents, size_t *held, ds_err *err)
{
	char reason[128];
	int own, rc;

	*held = nevents;
	if (pkg->imported_at[0] == '\0')
		clock_now_iso(pkg->imported_at);
	if (db_tx_enter(d, &own, err) != 0)
		return -1;
	rc = import_delete(d, pkg, err);
	if (rc == 0)
		rc = import_package_insert(d, pkg, values, nvalues, err);
	/* event_id is the primary key: once the month's own earlier rows are
	 * gone, an insert refused on it is an id another package holds */
	for (size_t i = 0; rc == 0 && i < nevents; i++)
		if ((rc = import_event_insert(d, pkg, &events[i], err)) != 0 &&
		    sqlite3_extended_errcode(d->sql) == SQLITE_CONSTRAINT_PRIMARYKEY)
			*held = i;
	if (rc == 0) {
		str_printf(reason, sizeof reason, "%s %s r%d", pkg->commune_code, pkg->period, pkg->revision);
		rc = db_audit(d, "import", "import_package", 0, "", "", reason, err);
	}
	return db_tx_leave(d, own, rc, err);
}

int
db_import_list_period(db *d, const char *period, import_package **out, size_t *n, ds_err *err)
{
	sqlite3_stmt *st = db_stmt(d, "SELECT " PACKAGE_COLUMNS " FROM import_package WHERE period = ?1 "
	                              "ORDER BY commune_code");
	void *items;
	int rc;

	db_bind_text(st, 1, period);
	rc = store_rows(d, st, package_from_row, sizeof **out, &items, n, err,
	                L("Đọc các gói đã nhập", "Reading the imported packages"));
	*out = items;
	return rc;
}

int
db_import_communes(db *d, import_package **out, size_t *n, ds_err *err)
{
	sqlite3_stmt *st = db_stmt(d, "SELECT " PACKAGE_COLUMNS " FROM import_package p WHERE period ="
	                              " (SELECT min(q.period) FROM import_package q WHERE q.commune_code = p.commune_code)"
	                              " ORDER BY commune_code");
	void *items;
	int rc;

	rc = store_rows(d, st, package_from_row, sizeof **out, &items, n, err,
	                L("Đọc các xã đã nhập", "Reading the communes imported"));
	*out = items;
	return rc;
}

int
db_import_values(db *d, const char *commune_code, const char *period, import_value **out, size_t *n, ds_err *err)
{
	sqlite3_stmt *st = db_stmt(d, "SELECT indicator, value FROM import_indicator "
	                              "WHERE commune_code = ?1 AND period = ?2 ORDER BY rowid");
	size_t cap = 0;
	int rc;

	*out = NULL;
	*n = 0;
	db_bind_text(st, 1, commune_code);
	db_bind_text(st, 2, period);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (*n == cap) {
			cap = cap ? cap * 2 : 64;
			*out = xrealloc(*out, cap * sizeof **out);
		}
		db_column_text(st, 0, (*out)[*n].indicator, sizeof (*out)[*n].indicator);
		db_column_text(st, 1, (*out)[*n].value, sizeof (*out)[*n].value);
		(*n)++;
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		free(*out);
		*out = NULL;
		*n = 0;
		return db_fail(d, err, L("đọc chỉ tiêu đã nhập", "reading imported indicators"));
	}
	return 0;
}

int
db_import_event_count(db *d, const char *commune_code, const char *period, long *out, ds_err *err)
{
	sqlite3_stmt *st = db_stmt(d, "SELECT count(*) FROM import_event WHERE commune_code = ?1 AND period = ?2");
	int rc;

	db_bind_text(st, 1, commune_code);
	db_bind_text(st, 2, period);
	rc = sqlite3_step(st);
	*out = rc == SQLITE_ROW ? (long)sqlite3_column_int64(st, 0) : 0;
	sqlite3_reset(st);
	if (rc != SQLITE_ROW)
		return db_fail(d, err, L("đếm sự kiện đã nhập", "counting imported events"));
	return 0;
}
