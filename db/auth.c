/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* auth.c (db): the stored side of logging in. */
#include "config.h"

#include "db/auth.h"
#include "db/internal.h"
#include "domain/i18n.h"
#include "domain/util.h"

#include <stdio.h>
#include <string.h>

int
db_auth_get(db *d, const char *login, auth_record *out, ds_err *err)
{
	sqlite3_stmt *st = db_stmt(d, "SELECT coalesce(pin_hash, ''), failed_attempts, locked_until "
	                              "FROM app_user WHERE login = ?1");
	int rc;

	memset(out, 0, sizeof *out);
	rc = db_user_find(d, login, &out->user, err);
	if (rc != 0)
		return rc;
	db_bind_text(st, 1, login);
	if (sqlite3_step(st) != SQLITE_ROW) {
		sqlite3_reset(st);
		return db_fail(d, err, L("Đọc tài khoản", "Reading the account"));
	}
	db_column_text(st, 0, out->pin_hash, sizeof out->pin_hash);
	out->failed_attempts = sqlite3_column_int(st, 1);
	db_column_text(st, 2, out->blocked_until, sizeof out->blocked_until);
	sqlite3_reset(st);
	return 0;
}

/* Run one update of app_user and its audit row in one transaction. */
static int
update_with_audit(db *d, sqlite3_stmt *st, int64_t user_id, const char *action, const char *after, ds_err *err)
{
	int own = !db_in_transaction(d);

	if (own && db_begin(d, err) != 0)
		return -1;
	if (db_step_done(d, st, err, L("Lưu tài khoản", "Saving the account")) != 0 ||
	    db_audit(d, action, "user", user_id, "", after, "", err) != 0) {
		if (own)
			db_rollback(d);
		return -1;
	}
	return own ? db_commit(d, err) : 0;
}

int
db_auth_set_pin(db *d, int64_t user_id, const char *hash, ds_err *err)
{
	sqlite3_stmt *st = db_stmt(d, "UPDATE app_user SET pin_hash = ?2, failed_attempts = 0, locked_until = '' "
	                              "WHERE id = ?1");

	sqlite3_bind_int64(st, 1, user_id);
	db_bind_text(st, 2, hash);
	return update_with_audit(d, st, user_id, "set_pin", "", err);
}

int
db_auth_record_failure(db *d, int64_t user_id, int failures, const char *blocked_until, int locked,
                       ds_err *err)
{
	sqlite3_stmt *st = db_stmt(d, "UPDATE app_user SET failed_attempts = ?2, locked_until = ?3 WHERE id = ?1");
	char after[64];

	sqlite3_bind_int64(st, 1, user_id);
	sqlite3_bind_int(st, 2, failures);
	db_bind_text(st, 3, blocked_until);
	snprintf(after, sizeof after, "{\"failures\":%d}", failures);
	return update_with_audit(d, st, user_id, locked ? "lock" : "login_failed", after, err);
}

int
db_auth_record_success(db *d, int64_t user_id, const char *rehash, ds_err *err)
{
	sqlite3_stmt *st = db_stmt(d, "UPDATE app_user SET failed_attempts = 0, locked_until = '', "
	                              "pin_hash = coalesce(?2, pin_hash) WHERE id = ?1");

	sqlite3_bind_int64(st, 1, user_id);
	if (rehash != NULL)
		db_bind_text(st, 2, rehash);
	else
		sqlite3_bind_null(st, 2);
	return update_with_audit(d, st, user_id, "login", rehash != NULL ? "{\"pin_rehashed\":true}" : "", err);
}

int
db_auth_officer_has_pin(db *d, ds_err *err)
{
	sqlite3_stmt *st = db_stmt(d, "SELECT count(*) FROM app_user "
	                              "WHERE role = 'officer' AND active = 1 AND pin_hash IS NOT NULL");
	int n;

	if (sqlite3_step(st) != SQLITE_ROW) {
		sqlite3_reset(st);
		return db_fail(d, err, L("Đọc tài khoản", "Reading the account"));
	}
	n = sqlite3_column_int(st, 0);
	sqlite3_reset(st);
	return n > 0;
}

int
db_auth_audit_setting(db *d, const char *key, const char *value, ds_err *err)
{
	return db_audit(d, "update", "setting", 0, "", value, key, err);
}

int
db_audit_backup(db *d, const char *path, ds_err *err)
{
	return db_audit(d, "backup", "database", 0, "", path, "", err);
}

int
db_auth_area_id(db *d, long number, int64_t *id, ds_err *err)
{
	sqlite3_stmt *st = db_stmt(d, "SELECT id FROM area WHERE number = ?1");
	int rc;

	sqlite3_bind_int64(st, 1, number);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		*id = sqlite3_column_int64(st, 0);
	sqlite3_reset(st);
	if (rc == SQLITE_ROW)
		return 0;
	if (rc == SQLITE_DONE)
		return 1;
	return db_fail(d, err, L("Tìm địa bàn", "Finding the area"));
}

int
db_auth_add_user(db *d, user_account *u, const char *hash, ds_err *err)
{
	user_account other;
	int own, rc;

	if (db_tx_enter(d, &own, err) != 0)
		return -1;
	rc = db_user_find(d, u->login, &other, err);
	if (rc == 0)
		ds_err_set(err, L("Tên đăng nhập %s đã có người dùng.", "The login %s is taken."), u->login);
	rc = rc != 1 || db_user_add(d, u, err) != 0 ||
	     (hash[0] != '\0' && db_auth_set_pin(d, u->id, hash, err) != 0) ? -1 : 0;
	return db_tx_leave(d, own, rc, err);
}
