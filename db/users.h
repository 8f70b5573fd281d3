/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/*
 * users.h (db): the people who use danso: the commune officer and the
 * collaborators, each collaborator tied to an area.
 */
#ifndef DANSO_DB_USERS_H
#define DANSO_DB_USERS_H

#include "db/db.h"

#define USER_LOGIN_LEN 32

typedef struct user_account {
	int64_t id;
	char login[USER_LOGIN_LEN];
	char full_name[160];
	char role[16];         /* "officer" or "collaborator" */
	int64_t area_id;       /* 0 for the officer */
	int has_pin;
	int active;
} user_account;

/* Add a user (inside the caller's transaction or alone); sets u->id. */
int db_user_add(db *d, user_account *u, ds_err *err);

/* Find by login: 0 found, 1 no such user, -1 error. */
int db_user_find(db *d, const char *login, user_account *u, ds_err *err);

/* Read by id: 0 found, 1 no such user, -1 error. */
int db_user_get(db *d, int64_t id, user_account *u, ds_err *err);

/* Every active user, officer first. *out owned by the caller (free()). */
int db_user_list(db *d, user_account **out, size_t *n, ds_err *err);

#endif
