/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/*
 * periods.h (db): reporting months locked by an export, unlocked by the
 * officer with a reason, and the log of exports (revisions).
 *
 * A month "YYYY-MM" is locked when it has been exported; events dated in a
 * locked month cannot be added, corrected or cancelled (app/record.h
 * refuses them). Unlocking needs a reason (and the officer: app/admin.h);
 * the next export of the month is the next revision (1, 2, 3 ...). Every lock and unlock
 * is audited (entity "period", reason kept). Same conventions as
 * db/register.h (0 / -1 with err; writes join an open transaction).
 */
#ifndef DANSO_DB_PERIODS_H
#define DANSO_DB_PERIODS_H

#include "db/db.h"
#include "domain/model.h"

#include <stddef.h>

/* The lock state of a month. */
typedef struct period_lock_info {
	char period[PERIOD_LEN];
	int locked;                  /* 1 locked, 0 unlocked after a lock */
	int revision;                /* revision of the export that locked it */
	char changed_at[TS_LEN];
	int64_t user_id;
	char reason[REASON_LEN];     /* the unlock reason, "" for a lock */
} period_lock_info;

/* One export of a month. */
typedef struct export_entry {
	int64_t id;
	char period[PERIOD_LEN];
	int revision;
	char created_at[TS_LEN];     /* set by db_export_log_add when "" */
	int64_t user_id;             /* set to db_user() by db_export_log_add */
	char out_dir[1024];
	char manifest_sha256[65];
	char pending[1200];          /* the manifest's temporary path until it
	                                is published; "" once published */
} export_entry;

/* 1 if period "YYYY-MM" is locked, 0 if not, -1 on error. */
int db_period_is_locked(db *d, const char *period, ds_err *err);

/* The lock row of a month: 0 found, 1 never locked, -1 error. */
int db_period_get(db *d, const char *period, period_lock_info *out, ds_err *err);

/* Lock a month after exporting it as revision (audited "lock"). Locking a
 * locked month again just records the new revision. */
int db_period_lock(db *d, const char *period, int revision, ds_err *err);

/* Unlock a month: reason must be non-empty; refused otherwise, or if the
 * month is not locked. Audited "unlock" with the reason and the acting
 * user (who may unlock is decided by app/admin.h: the officer). */
int db_period_unlock(db *d, const char *period, const char *reason, ds_err *err);

/* The revision the next export of period gets: 1 + the highest logged. */
int db_period_next_revision(db *d, const char *period, int *out, ds_err *err);

/* Record an export (sets e->id; created_at / user_id filled). Refuses a
 * revision already logged for that period. */
int db_export_log_add(db *d, export_entry *e, ds_err *err);

/* The oldest export recorded but not yet published (pending <> ""):
 * 0 found, 1 none, -1 error. */
int db_export_pending(db *d, export_entry *out, ds_err *err);

/* Mark export id published (pending cleared) with its manifest's
 * checksum. Joins an open transaction. */
int db_export_published(db *d, int64_t id, const char *manifest_sha256, ds_err *err);

/* Audit "force_export" of period with the officer's reason (the export of
 * a month that has not ended). */
int db_period_audit_forced(db *d, const char *period, const char *reason, ds_err *err);

/* A recorded export written again (its first package was lost before it
 * was published): the new folder, manifest checksum and pending path. */
int db_export_repoint(db *d, int64_t id, const char *out_dir, const char *manifest_sha256, const char *pending,
                      ds_err *err);

/* Exports of a period (NULL: all), newest first. */
int db_export_log_list(db *d, const char *period, export_entry **out, size_t *n, ds_err *err);

/* Every locked / unlocked month, by period. */
int db_period_list(db *d, period_lock_info **out, size_t *n, ds_err *err);

#endif
