/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/*
 * backup.h (app): automatic and manual backups.
 *
 * A backup is a consistent copy made with SQLite's online backup API
 * (db_backup_to: written under a temporary name, fsynced, renamed, so it
 * is whole or absent). Copies go to the folder "backups" beside the
 * database, named danso-YYYYMMDD-HHMMSS.db (UTC; "-2", "-3" ... when two
 * fall in the same second), and, when the setting "backup_dir2" names a
 * folder (a USB stick), a second copy goes there too. Each folder keeps
 * the newest "backup_keep" copies (default 14); older ones are deleted,
 * except the newest copy that reads back whole. A backup is taken only of
 * a database that passes quick_check and foreign_key_check, and takes its
 * name only after the copy itself passes quick_check.
 * An unavailable second folder is a warning, never a failure.
 *
 * When: backup_daily() on the first start of each (local) day, called by
 * the interface and by every command that changes data (the day of the
 * last one is the setting "backup_last_day"); backup_before_export()
 * before every export; `danso backup` on request.
 */
#ifndef DANSO_APP_BACKUP_H
#define DANSO_APP_BACKUP_H

#include "db/db.h"

#define BACKUP_KEEP_DEFAULT 14

/* What a backup did: the main copy, and a warning about the second
 * folder ("" when none). */
typedef struct backup_result {
	char path[1024];
	char second_path[1024];   /* "" when no second copy was made */
	char warning[512];
} backup_result;

/* Make a backup now (see above). 0 ok, -1 with err (main copy failed). */
int backup_now(db *d, backup_result *res, ds_err *err);

/* A copy of the database at path (`danso backup --out`), verified like
 * every backup, audited "backup" with the path and the acting user. An
 * existing path is replaced only if it is itself a danso database; any
 * other file is refused untouched. 0 ok, -1 with err. */
int backup_to_file(db *d, const char *path, ds_err *err);

/* Make the day's backup if none was made today. Returns 1 when one was
 * made, 0 when not needed, -1 when it failed (err says why; the caller
 * warns and goes on). res may be NULL. */
int backup_daily(db *d, backup_result *res, ds_err *err);

/* The backup every export makes first; -1 with err when it failed (the
 * export should stop: nothing is exported without a fresh backup). */
int backup_before_export(db *d, backup_result *res, ds_err *err);

/* Delete the oldest danso-*.db copies in dir beyond keep, and leftovers
 * of interrupted backups; returns how many files were deleted. The newest
 * copy that passes quick_check and the copy just_made (a path or a name,
 * NULL for none) are never deleted, even beyond keep. */
int backup_rotate(const char *dir, int keep, const char *just_made);

/* The newest backup beside db_path (its "backups" folder) that passes
 * quick_check, or NULL when there is none. Caller frees. */
char *backup_newest_good(const char *db_path);

/* The main backup folder for a database path. Caller frees. */
char *backup_dir(const char *db_path);

#endif
