/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* periods.c (db): month locks and the export log. */
#include "config.h"

#include "db/periods.h"
#include "db/register.h"
#include "db/store.h"
#include "domain/clock.h"
#include "domain/i18n.h"
#include "domain/util.h"

#include <stdlib.h>
#include <string.h>

/* Fill a period_lock_info from a row "period, locked, revision, changed_at,
 * user_id, reason" (a store_fill_fn). */
static void
lock_from_row(sqlite3_stmt *st, void *item)
{
	period_lock_info *out = item;

	db_column_text(st, 0, out->period, sizeof out->period);
	out->locked = sqlite3_column_int(st, 1);
	out->revision = sqlite3_column_int(st, 2);
	db_column_text(st, 3, out->changed_at, sizeof out->changed_at);
	out->user_id = sqlite3_column_int64(st, 4);
	db_column_text(st, 5, out->reason, sizeof out->reason);
}

/* Read a month's lock row. */
int
db_period_get(db *d, const char *period, period_lock_info *out, ds_err *err)
{
	sqlite3_stmt *st = db_stmt(d, "SELECT period, locked, revision, changed_at, coalesce(user_id, 0), reason "
	                              "FROM period_lock WHERE period = ?1");

	db_bind_text(st, 1, period);
	return store_one(d, st, lock_from_row, out, err, L("Đọc khóa tháng", "Reading the month lock"));
}

/* Whether a month is locked. */
int
db_period_is_locked(db *d, const char *period, ds_err *err)
{
	period_lock_info info;
	int rc = db_period_get(d, period, &info, err);

	if (rc < 0)
		return -1;
	return rc == 0 && info.locked;
}

/* Write the lock row and its audit entry. */
static int
lock_write(db *d, const char *period, int locked, int revision, const char *reason, ds_err *err)
{
	sqlite3_stmt *st = db_stmt(d, "INSERT INTO period_lock(period, locked, revision, changed_at, user_id, reason) "
	                              "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT(period) DO UPDATE SET "
	                              "locked = excluded.locked, revision = excluded.revision, "
	                              "changed_at = excluded.changed_at, user_id = excluded.user_id, reason = excluded.reason");
	char now[TS_LEN];
	char *after;

	clock_now_iso(now);
	db_bind_text(st, 1, period);
	sqlite3_bind_int(st, 2, locked);
	sqlite3_bind_int(st, 3, revision);
	db_bind_text(st, 4, now);
	db_bind_id(st, 5, db_user(d));
	db_bind_text(st, 6, reason);
	if (store_step(d, st, err, L("Ghi khóa tháng", "Saving the month lock")) != 0)
		return -1;
	after = xasprintf("{\"period\":\"%s\",\"locked\":%d,\"revision\":%d}", period, locked, revision);
	return store_audit(d, locked ? "lock" : "unlock", "period", 0, NULL, after, reason, err);
}

/* Lock a month after its export. */
int
db_period_lock(db *d, const char *period, int revision, ds_err *err)
{
	int own, rc;

	if (store_check_month(period, err) != 0)
		return -1;
	if (revision < 1) {
		ds_err_at(err, NULL, 0, 0, "revision");
		return ds_err_set(err, L("số lần nộp phải từ 1 trở lên", "the revision must be 1 or more"));
	}
	if (db_tx_enter(d, &own, err) != 0)
		return -1;
	rc = lock_write(d, period, 1, revision, "", err);
	return db_tx_leave(d, own, rc, err);
}

/* Unlock a month (the officer only, with a reason). */
int
db_period_unlock(db *d, const char *period, const char *reason, ds_err *err)
{
	period_lock_info info;
	int own, rc;

	if (store_check_month(period, err) != 0)
		return -1;
	if (reason == NULL || *reason == '\0') {
		ds_err_at(err, NULL, 0, 0, "reason");
		return ds_err_set(err, L("mở khóa tháng cần ghi lý do", "unlocking a month needs a reason"));
	}
	if ((rc = db_period_get(d, period, &info, err)) < 0)
		return -1;
	if (rc == 1 || !info.locked)
		return ds_err_set(err, L("Tháng %s chưa bị khóa.", "Month %s is not locked."), period);
	if (db_tx_enter(d, &own, err) != 0)
		return -1;
	rc = lock_write(d, period, 0, info.revision, reason, err);
	return db_tx_leave(d, own, rc, err);
}

/* The revision number the next export of a month gets. */
int
db_period_next_revision(db *d, const char *period, int *out, ds_err *err)
{
	sqlite3_stmt *st = db_stmt(d, "SELECT coalesce(max(revision), 0) + 1 FROM export_log WHERE period = ?1");
	int rc;

	db_bind_text(st, 1, period);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		*out = sqlite3_column_int(st, 0);
	sqlite3_reset(st);
	return rc == SQLITE_ROW ? 0 : db_fail(d, err, L("Tìm số lần nộp", "Finding the revision"));
}

/* Record an export in the log, audited. */
int
db_export_log_add(db *d, export_entry *e, ds_err *err)
{
	sqlite3_stmt *st;
	int own, rc;

	if (str_empty(e->created_at))
		clock_now_iso(e->created_at);
	e->user_id = db_user(d);
	if (store_check_month(e->period, err) != 0)
		return -1;
	if (db_tx_enter(d, &own, err) != 0)
		return -1;
	st = db_stmt(d, "INSERT INTO export_log(period, revision, created_at, user_id, out_dir, manifest_sha256, pending) "
	                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
	db_bind_text(st, 1, e->period);
	sqlite3_bind_int(st, 2, e->revision);
	db_bind_text(st, 3, e->created_at);
	db_bind_id(st, 4, e->user_id);
	db_bind_text(st, 5, e->out_dir);
	db_bind_text(st, 6, e->manifest_sha256);
	db_bind_text(st, 7, e->pending);
	rc = sqlite3_step(st) == SQLITE_DONE ? 0 : -1;
	sqlite3_reset(st);
	if (rc != 0 && (sqlite3_extended_errcode(d->sql) & 0xff) == SQLITE_CONSTRAINT)
		ds_err_set(err, L("Tháng %s đã có lần nộp số %d.", "Month %s already has an export revision %d."),
		           e->period, e->revision);
	else if (rc != 0)
		db_fail(d, err, L("Ghi nhật ký xuất", "Logging the export"));
	if (rc == 0) {
		char *after = xasprintf("{\"period\":\"%s\",\"revision\":%d}", e->period, e->revision);
		e->id = sqlite3_last_insert_rowid(d->sql);
		rc = store_audit(d, "insert", "export", e->id, NULL, after, "", err);
	}
	return db_tx_leave(d, own, rc, err);
}

/* Fill an export_entry from a row of the export log (a store_fill_fn). */
static void
export_from_row(sqlite3_stmt *st, void *item)
{
	export_entry *e = item;

	e->id = sqlite3_column_int64(st, 0);
	db_column_text(st, 1, e->period, sizeof e->period);
	e->revision = sqlite3_column_int(st, 2);
	db_column_text(st, 3, e->created_at, sizeof e->created_at);
	e->user_id = sqlite3_column_int64(st, 4);
	db_column_text(st, 5, e->out_dir, sizeof e->out_dir);
	db_column_text(st, 6, e->manifest_sha256, sizeof e->manifest_sha256);
	db_column_text(st, 7, e->pending, sizeof e->pending);
}

/* The exports of one month, or of all months. */
int
db_export_log_list(db *d, const char *period, export_entry **out, size_t *n, ds_err *err)
{
	sqlite3_stmt *st = db_stmt(d, "SELECT id, period, revision, created_at, coalesce(user_id, 0), out_dir, "
	                              "manifest_sha256, pending FROM export_log WHERE ?1 IS NULL OR period = ?1 "
	                              "ORDER BY created_at DESC, id DESC");
	void *items;
	int rc;

	if (period != NULL)
		db_bind_text(st, 1, period);
	rc = store_rows(d, st, export_from_row, sizeof **out, &items, n, err, L("Đọc nhật ký xuất", "Reading the export log"));
	*out = items;
	return rc;
}

/* The oldest export recorded but not yet published, if any. */
int
db_export_pending(db *d, export_entry *out, ds_err *err)
{
	sqlite3_stmt *st = db_stmt(d, "SELECT id, period, revision, created_at, coalesce(user_id, 0), out_dir, "
	                              "manifest_sha256, pending FROM export_log WHERE pending <> '' ORDER BY id LIMIT 1");

	memset(out, 0, sizeof *out);
	return store_one(d, st, export_from_row, out, err, L("Đọc nhật ký xuất", "Reading the export log"));
}

/* Mark an export published, with the checksum of its manifest. */
int
db_export_published(db *d, int64_t id, const char *manifest_sha256, ds_err *err)
{
	sqlite3_stmt *st = db_stmt(d, "UPDATE export_log SET pending = '', manifest_sha256 = ?2 WHERE id = ?1");
	int own, rc;

	if (db_tx_enter(d, &own, err) != 0)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	db_bind_text(st, 2, manifest_sha256);
	rc = db_step_done(d, st, err, L("Ghi nhật ký xuất", "Logging the export"));
	return db_tx_leave(d, own, rc, err);
}

/* The audit row of an export of the current month forced by the officer. */
int
db_period_audit_forced(db *d, const char *period, const char *reason, ds_err *err)
{
	char *after = xasprintf("{\"period\":\"%s\"}", period);

	if (str_empty(reason))
		return ds_err_set(err, L("cần lý do", "a reason is required"));
	return store_audit(d, "force_export", "period", 0, NULL, after, reason, err);
}

/* Point a recorded export at a package written again. */
int
db_export_repoint(db *d, int64_t id, const char *out_dir, const char *manifest_sha256, const char *pending,
                  ds_err *err)
{
	sqlite3_stmt *st = db_stmt(d, "UPDATE export_log SET out_dir = ?2, manifest_sha256 = ?3, pending = ?4 WHERE id = ?1");
	int own, rc;

	if (db_tx_enter(d, &own, err) != 0)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	db_bind_text(st, 2, out_dir);
	db_bind_text(st, 3, manifest_sha256);
	db_bind_text(st, 4, pending);
	rc = db_step_done(d, st, err, L("Ghi nhật ký xuất", "Logging the export"));
	return db_tx_leave(d, own, rc, err);
}

/* Every month that has a lock row. */
int
db_period_list(db *d, period_lock_info **out, size_t *n, ds_err *err)
{
	sqlite3_stmt *st = db_stmt(d, "SELECT period, locked, revision, changed_at, coalesce(user_id, 0), reason "
	                              "FROM period_lock ORDER BY period");
	void *items;
	int rc = store_rows(d, st, lock_from_row, sizeof **out, &items, n, err, L("Đọc khóa tháng", "Reading the month locks"));

	*out = items;
	return rc;
}
