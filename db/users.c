/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* users.c (db): user accounts. */
#include "config.h"

#include "db/users.h"
#include "db/store.h"
#include "domain/clock.h"
#include "domain/i18n.h"
#include "domain/util.h"

#define USER_COLUMNS "id, login, full_name, role, coalesce(area_id, 0), pin_hash IS NOT NULL, active"

/* Fill a user_account from a row of USER_COLUMNS (a store_fill_fn). */
static void
user_from_row(sqlite3_stmt *st, void *item)
{
	user_account *u = item;

	u->id = sqlite3_column_int64(st, 0);
	db_column_text(st, 1, u->login, sizeof u->login);
	db_column_text(st, 2, u->full_name, sizeof u->full_name);
	db_column_text(st, 3, u->role, sizeof u->role);
	u->area_id = sqlite3_column_int64(st, 4);
	u->has_pin = sqlite3_column_int(st, 5);
	u->active = sqlite3_column_int(st, 6);
}

/* Add a user account, audited. */
int
db_user_add(db *d, user_account *u, ds_err *err)
{
	sqlite3_stmt *st = db_stmt(d, "INSERT INTO app_user(login, full_name, role, area_id, created_at) "
	                              "VALUES (?1, ?2, ?3, ?4, ?5)");
	char now[21];
	int own, rc;

	clock_now_iso(now);
	if (db_tx_enter(d, &own, err) != 0)
		return -1;
	db_bind_text(st, 1, u->login);
	db_bind_text(st, 2, u->full_name);
	db_bind_text(st, 3, u->role);
	db_bind_id(st, 4, u->area_id);
	db_bind_text(st, 5, now);
	if (sqlite3_step(st) != SQLITE_DONE) {
		rc = db_fail(d, err, L("Thêm người dùng", "Adding a user"));
		sqlite3_reset(st);
		return db_tx_leave(d, own, rc, err);
	}
	sqlite3_reset(st);
	u->id = sqlite3_last_insert_rowid(d->sql);
	u->active = 1;
	rc = db_audit(d, "insert", "user", u->id, "", u->login, "", err);
	return db_tx_leave(d, own, rc, err);
}

/* Read a user account by login. */
int
db_user_find(db *d, const char *login, user_account *u, ds_err *err)
{
	sqlite3_stmt *st = db_stmt(d, "SELECT " USER_COLUMNS " FROM app_user WHERE login = ?1");

	db_bind_text(st, 1, login);
	return store_one(d, st, user_from_row, u, err, L("Tìm người dùng", "Finding a user"));
}

/* Read a user account by id. */
int
db_user_get(db *d, int64_t id, user_account *u, ds_err *err)
{
	sqlite3_stmt *st = db_stmt(d, "SELECT " USER_COLUMNS " FROM app_user WHERE id = ?1");

	sqlite3_bind_int64(st, 1, id);
	return store_one(d, st, user_from_row, u, err, L("Tìm người dùng", "Finding a user"));
}

/* Every active user, officer first. */
int
db_user_list(db *d, user_account **out, size_t *n, ds_err *err)
{
	sqlite3_stmt *st = db_stmt(d, "SELECT " USER_COLUMNS " FROM app_user WHERE active = 1 "
	                              "ORDER BY role = 'collaborator', login");
	void *items;
	int rc = store_rows(d, st, user_from_row, sizeof **out, &items, n, err, L("Đọc người dùng", "Reading users"));

	*out = items;
	return rc;
}
