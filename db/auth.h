/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/*
 * auth.h (db): what logging in reads and writes: an account's PIN hash, its
 * failure count and the time until which it must wait or is locked
 * (app_user.pin_hash, failed_attempts, locked_until). The policy (how many
 * failures, how long) is domain/auth_policy.h; the use case app/auth.h.
 * Every write here is one transaction with its audit row.
 */
#ifndef DANSO_DB_AUTH_H
#define DANSO_DB_AUTH_H

#include "db/db.h"
#include "db/users.h"
#include "domain/auth_policy.h"

/* The secret side of an account. */
typedef struct auth_record {
	user_account user;
	char pin_hash[AUTH_HASH_LEN];   /* "" when no PIN is set yet */
	int failed_attempts;
	char blocked_until[21];         /* "" or an ISO UTC time */
} auth_record;

/* Read the account by login: 0 found, 1 no such login, -1 error. */
int db_auth_get(db *d, const char *login, auth_record *out, ds_err *err);

/* Store a new PIN hash for user_id and clear its failures (audited
 * "set_pin" on entity "user" by the acting user). */
int db_auth_set_pin(db *d, int64_t user_id, const char *hash, ds_err *err);

/* Record a failed attempt: the new count and the wait/lock end time;
 * audited "login_failed" (or "lock" when locked is 1) for that user. */
int db_auth_record_failure(db *d, int64_t user_id, int failures, const char *blocked_until, int locked,
                           ds_err *err);

/* Record a success: clears the count, audited "login". rehash, when not
 * NULL, replaces the PIN hash in the same step (a weak hash found at login
 * made again with the release limits; the audit row says so). */
int db_auth_record_success(db *d, int64_t user_id, const char *rehash, ds_err *err);

/* 1 if some active officer has a PIN (the register is protected), 0 if
 * none yet (first start), -1 on error. */
int db_auth_officer_has_pin(db *d, ds_err *err);

/* Audit a change of setting key to value by the acting user (inside the
 * caller's transaction). */
int db_auth_audit_setting(db *d, const char *key, const char *value, ds_err *err);

/* Audit "backup" of the whole database to path by the acting user. */
int db_audit_backup(db *d, const char *path, ds_err *err);

/* The id of the area numbered number: 0 found, 1 none, -1 error. */
int db_auth_area_id(db *d, long number, int64_t *id, ds_err *err);

/* Add a user and set its PIN hash in one transaction (hash may be "").
 * Refuses a login already taken with a clear message. */
int db_auth_add_user(db *d, user_account *u, const char *hash, ds_err *err);

#endif
