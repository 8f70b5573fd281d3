/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/*
 * restore.h (db): checking a database file that is not open, and putting a
 * checked backup in place of the database.
 *
 * db_verify_file() opens a file read-only and accepts it only if it is a
 * whole danso database: the danso application_id, a schema version this
 * danso knows (1 .. current), PRAGMA integrity_check "ok", no
 * foreign_key_check rows and a commune set by `init`.
 *
 * db_restore_file() replaces the database at db_path with a verified copy
 * of backup, atomically:
 *   1. verify backup (refused: nothing is touched);
 *   2. copy it with SQLite's backup API into a temporary file in the
 *      database's folder, fsync it, verify the copy;
 *   3. refuse if another danso holds the current database (a checkpoint
 *      that cannot finish); otherwise fold its WAL into the file;
 *   4. keep the current file (and its -wal, if any) under
 *      "<db>.replaced-YYYYMMDD-HHMMSS" by hard links;
 *   5. rename the copy over the database and fsync the folder.
 * A power cut at any step leaves either the old or the new database whole.
 */
#ifndef DANSO_DB_RESTORE_H
#define DANSO_DB_RESTORE_H

#include "domain/error.h"

#include <stddef.h>

/* 0 if path is a whole danso database (see above), else -1 with err. */
int db_verify_file(const char *path, ds_err *err);

/* The same with PRAGMA quick_check instead of integrity_check: what every
 * backup is verified with after it is written, and what rotation uses to
 * find the newest good copy. */
int db_verify_file_quick(const char *path, ds_err *err);

/* Replace db_path by backup; kept receives the name of the kept old file
 * ("" when there was no database). 0 or -1 with err (nothing changed). */
int db_restore_file(const char *db_path, const char *backup, char *kept, size_t kept_len, ds_err *err);

#endif
