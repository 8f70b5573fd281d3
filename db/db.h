/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/*
 * db.h: the database handle. Only db/ includes sqlite3.h; the rest of the
 * program sees this opaque handle and the functions declared in the other headers of db/.
 *
 * A database file is created, with its folder, owner-only (0700 / 0600). It
 * runs in WAL mode with synchronous=FULL and foreign keys on, so an entry
 * reported as saved survives a power cut. Every write goes through a
 * transaction: db_begin() takes the write lock at once (BEGIN IMMEDIATE) so
 * a second danso on the same file is refused with a clear message instead of
 * failing half-way.
 */
#ifndef DANSO_DB_H
#define DANSO_DB_H

#include "domain/error.h"

#include <stddef.h>
#include <stdint.h>

typedef struct db db;

enum db_open_flags {
	DB_OPEN_CREATE = 1 << 0,   /* create the file (and its folder) if missing */
	DB_OPEN_READONLY = 1 << 1, /* never write (check, report on a copy) */
	/* the interface's connection, open for a whole session: a page cache
	 * sized for a commune's screens (db.c DB_SCREEN_CACHE_KIB) rather than
	 * SQLite's 2 MiB, set before the open's own checks read the file */
	DB_OPEN_SCREEN = 1 << 2
};

/* What db_open returns for a file that fails quick_check or
 * foreign_key_check (or that SQLite finds corrupt): nothing was written. */
#define DB_DAMAGED (-2)

/* Open (and migrate) the database at path. On success *out owns the handle
 * (close with db_close). Every open first runs quick_check and
 * foreign_key_check: a damaged file is refused with DB_DAMAGED before
 * anything is written to it. On failure err says why in the user's
 * language. */
int db_open(const char *path, int flags, db **out, ds_err *err);

/* Close the handle and set *pdb to NULL. */
void db_close(db **pdb);

/* The file name this handle was opened on. */
const char *db_path(const db *d);

/* Transactions. db_begin takes the write lock now; commit makes the change
 * durable; rollback undoes everything since db_begin. Nesting is not
 * allowed (a programmer's mistake, fatal). */
int db_begin(db *d, ds_err *err);
int db_commit(db *d, ds_err *err);
void db_rollback(db *d);
int db_in_transaction(const db *d);

/* db_begin for a bulk load (the demo generator): the full-text name index
 * is set aside for the transaction and rebuilt from every member once, by
 * db_commit, inside the same transaction (a rollback or a crash leaves it
 * as it was). Until then db_member_search scans in name order. */
int db_begin_bulk(db *d, ds_err *err);

/* Join the caller's transaction, or begin one: a write that may run alone
 * or inside a batch (the demo generator records a month at a time).
 * *own says whether we began it. */
int db_tx_enter(db *d, int *own, ds_err *err);

/* End what db_tx_enter began: commit when rc is 0, else roll back.
 * Returns rc, or -1 if the commit failed (a broken link is said in plain
 * words). Does nothing when !own: the caller's transaction decides. */
int db_tx_leave(db *d, int own, int rc, ds_err *err);

/* Give this connection a page cache of kib KiB (at least 64 MiB) for the
 * rest of its life, for a command that writes a whole register at once
 * (danso demo): its random index inserts then stay in memory instead of
 * being read and written again and again. Memory grows only as pages are
 * used. */
void db_bulk_cache(db *d, long kib);

/* A number that changes whenever the database may have changed: a write
 * through this handle or a commit by another connection. A screen that
 * keeps rows compares it to decide whether to read them again. */
int64_t db_generation(db *d);

/* The schema version (PRAGMA user_version). */
int db_schema_version(db *d);

/* Settings. get: 0 found (value copied to buf), 1 absent, -1 error. */
int db_setting_get(db *d, const char *key, char *buf, size_t n);
int db_setting_set(db *d, const char *key, const char *value, ds_err *err);

/* 1 if `init` has been run on this database (a commune code is set). */
int db_is_initialised(db *d);

/* The user acting through this handle: stamped on events and audit rows.
 * 0 means "the system" (import, demo generation). */
void db_set_user(db *d, int64_t user_id);
int64_t db_user(const db *d);

/* Run PRAGMA integrity_check and foreign_key_check; 0 when both are clean,
 * else -1 with the first problem in err. */
int db_integrity(db *d, ds_err *err);

/* The same with PRAGMA quick_check (no index-content check: about half the
 * time), run by every db_open and before every backup. */
int db_quick_integrity(db *d, ds_err *err);

/* Copy the open database to dest with SQLite's online backup API; dest is
 * written to a temporary name and renamed, so it is whole or absent. */
int db_backup_to(db *d, const char *dest, ds_err *err);

#endif
