/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* store.c: transactions, snapshots, row reading and constraint messages for db/. */
#include "config.h"

#include "db/store.h"
#include "domain/date.h"
#include "domain/error.h"
#include "domain/i18n.h"
#include "domain/util.h"

#include <stdlib.h>
#include <string.h>

const char store_member_json_sql[] =
	"SELECT json_object('household_id', household_id, 'person_id', person_id, 'full_name', full_name, "
	"'relation', relation, 'sex', sex, 'birth_date', birth_date, 'ethnicity', ethnicity, "
	"'education', education, 'marital', marital, 'residence', residence, 'status', status, "
	"'entered_on', entered_on, 'left_on', left_on, 'children_born', children_born, "
	"'children_living', children_living) FROM member WHERE id = ?1";

const char store_household_json_sql[] =
	"SELECT json_object('number', number, 'area_id', area_id, 'village', village, 'address', address, "
	"'kind', kind, 'head_member_id', head_member_id, 'created_on', created_on, 'status', status, "
	"'ended_on', ended_on) FROM household WHERE id = ?1";

/* A JSON snapshot of one row, as a new string. */
char *
store_json(db *d, const char *sql, int64_t id)
{
	sqlite3_stmt *st = db_stmt(d, sql);
	char *out;

	sqlite3_bind_int64(st, 1, id);
	if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0) != NULL)
		out = xstrdup((const char *)sqlite3_column_text(st, 0));
	else
		out = xstrdup("");
	sqlite3_reset(st);
	return out;
}

/* Write an audit row from two snapshots and free them. */
int
store_audit(db *d, const char *action, const char *entity, int64_t id,
            char *before, char *after, const char *reason, ds_err *err)
{
	int rc = db_audit(d, action, entity, id, before != NULL ? before : "",
	                  after != NULL ? after : "", reason, err);

	free(before);
	free(after);
	return rc;
}

/* Run an UPDATE of one row with its audit row. */
int
store_update(db *d, sqlite3_stmt *st, const char *json_sql, const char *entity, int64_t id,
             ds_err *err, const char *doing)
{
	char *before = store_json(d, json_sql, id);

	if (store_step(d, st, err, doing) != 0) {
		free(before);
		return -1;
	}
	return store_audit(d, "update", entity, id, before, store_json(d, json_sql, id), "", err);
}

/* Refuse a value of field with a message. */
int
store_refuse(ds_err *err, const char *field, const char *msg)
{
	ds_err_at(err, NULL, 0, 0, field);
	return ds_err_set(err, "%s: %s", field, msg);
}

/* A sentence for a failed constraint, from SQLite's description of it. */
static int
constraint_fail(db *d, ds_err *err, const char *doing)
{
	int ext = sqlite3_extended_errcode(d->sql);
	const char *msg = sqlite3_errmsg(d->sql);

	if (ext == SQLITE_CONSTRAINT_FOREIGNKEY)
		return ds_err_set(err, L("%s: dữ liệu tham chiếu tới một hộ, người, địa bàn hoặc người dùng không có trong sổ. Chưa lưu gì.",
		                         "%s: the data refers to a household, person, area or user that is not in the register. Nothing was saved."),
		                  doing);
	if (strstr(msg, "event.member_id") != NULL || strstr(msg, "event_no_duplicate") != NULL) {
		ds_err_at(err, NULL, 0, 0, "event_date");
		return ds_err_set(err, L("%s: sự kiện này đã được ghi cho người này vào cùng ngày (trùng lặp). Chưa lưu gì.",
		                         "%s: this event is already recorded for this person on the same date (a duplicate). Nothing was saved."),
		                  doing);
	}
	if (strstr(msg, "member.person_id") != NULL) {
		ds_err_at(err, NULL, 0, 0, "person_id");
		return ds_err_set(err, L("%s: mã đối tượng đã có ở một người khác trong sổ.",
		                         "%s: this person ID already belongs to another person in the register."), doing);
	}
	if (strstr(msg, "household.number") != NULL) {
		ds_err_at(err, NULL, 0, 0, "number");
		return ds_err_set(err, L("%s: số hộ này đã có trong sổ.", "%s: this household number is already in the register."),
		                  doing);
	}
	if (strstr(msg, "area.number") != NULL) {
		ds_err_at(err, NULL, 0, 0, "number");
		return ds_err_set(err, L("%s: số địa bàn này đã có.", "%s: this area number already exists."), doing);
	}
	if (strstr(msg, "uid") != NULL)
		return ds_err_set(err, L("%s: mã định danh (uid) đã có trong CSDL.", "%s: this identifier (uid) is already in the database."),
		                  doing);
	return ds_err_set(err, L("%s: giá trị không hợp lệ với CSDL. Chưa lưu gì.", "%s: a value the database does not accept. Nothing was saved."),
	                  doing);
}

/* Step a write statement, turning constraint failures into sentences. */
int
store_step(db *d, sqlite3_stmt *st, ds_err *err, const char *doing)
{
	int rc = sqlite3_step(st);

	if (rc == SQLITE_DONE || rc == SQLITE_ROW) {
		sqlite3_reset(st);
		return 0;
	}
	sqlite3_reset(st);
	if ((sqlite3_extended_errcode(d->sql) & 0xff) == SQLITE_CONSTRAINT)
		return constraint_fail(d, err, doing);
	return db_fail(d, err, doing);
}

/* Read at most one row into a struct. */
int
store_one(db *d, sqlite3_stmt *st, store_fill_fn fill, void *item, ds_err *err, const char *doing)
{
	int rc = sqlite3_step(st);

	if (rc == SQLITE_ROW)
		fill(st, item);
	sqlite3_reset(st);
	if (rc == SQLITE_ROW)
		return 0;
	if (rc == SQLITE_DONE)
		return 1;
	return db_fail(d, err, doing);
}

/* Read every row of a query into a new array. */
int
store_rows(db *d, sqlite3_stmt *st, store_fill_fn fill, size_t item_size, void **items, size_t *n,
           ds_err *err, const char *doing)
{
	char *v = NULL;
	size_t len = 0, cap = 0;
	int rc;

	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (len == cap) {
			cap = cap ? cap * 2 : 16;
			v = xrealloc(v, cap * item_size);
		}
		fill(st, v + len++ * item_size);
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		free(v);
		*items = NULL;
		*n = 0;
		return db_fail(d, err, doing);
	}
	*items = v;
	*n = len;
	return 0;
}

/* Check that a period is a month YYYY-MM. */
int
store_check_month(const char *period, ds_err *err)
{
	char date[DATE_LEN];

	if (period != NULL && strlen(period) == 7 && str_printf(date, sizeof date, "%s-01", period) == 0 &&
	    date_valid(date))
		return 0;
	ds_err_at(err, NULL, 0, 0, "period");
	return ds_err_set(err, L("tháng \"%s\" không hợp lệ (YYYY-MM)", "month \"%s\" is not valid (YYYY-MM)"),
	                  period != NULL ? period : "");
}

/* The integer one query gives for an id. */
int64_t
store_int(db *d, const char *sql, int64_t id, int64_t dflt)
{
	sqlite3_stmt *st = db_stmt(d, sql);
	int64_t v = dflt;

	sqlite3_bind_int64(st, 1, id);
	if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_type(st, 0) != SQLITE_NULL)
		v = sqlite3_column_int64(st, 0);
	sqlite3_reset(st);
	return v;
}
