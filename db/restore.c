/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* restore.c (db): verifying a database file and restoring a backup. */
#include "config.h"

#include "db/restore.h"
#include "db/db.h"
#include "db/schema.h"
#include "domain/clock.h"
#include "domain/i18n.h"
#include "domain/util.h"
#include "platform/platform.h"
#include "platform/fs.h"

#include <errno.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* How long the restore waits for another danso to let go of the file. */
#define RESTORE_BUSY_MS 2000

/* One integer from a fixed query, or -1. */
static long long
query_int(sqlite3 *s, const char *sql)
{
	sqlite3_stmt *st;
	long long v = -1;

	if (sqlite3_prepare_v2(s, sql, -1, &st, NULL) != SQLITE_OK)
		return -1;
	if (sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return v;
}

/* The first row of integrity_check ("ok" when whole) into buf; -1 when it
 * cannot even run (not a database, unreadable). */
static int
integrity_text(sqlite3 *s, const char *check, char *buf, size_t n)
{
	sqlite3_stmt *st;
	int rc = -1;

	if (sqlite3_prepare_v2(s, check, -1, &st, NULL) != SQLITE_OK)
		return -1;
	if (sqlite3_step(st) == SQLITE_ROW) {
		str_copy(buf, n, (const char *)sqlite3_column_text(st, 0));
		rc = 0;
	}
	sqlite3_finalize(st);
	return rc;
}

/* The checks of db_verify_file on an open connection. */
static int
verify_open(sqlite3 *s, const char *path, const char *check, ds_err *err)
{
	char text[256];
	long long app = query_int(s, "PRAGMA application_id");
	long long version = query_int(s, "PRAGMA user_version");

	if (app < 0 || version < 0 || integrity_text(s, check, text, sizeof text) != 0)
		return ds_err_set(err, L("%s bị hỏng hoặc không phải CSDL (SQLite: %s).",
		                         "%s is damaged or not a database (SQLite: %s)."),
		                  path, sqlite3_errmsg(s));
	if (app != DANSO_APPLICATION_ID)
		return ds_err_set(err, L("%s không phải là CSDL của danso.", "%s is not a danso database."), path);
	if (version < 1 || version > schema_step_count)
		return ds_err_set(err, L("%s có lược đồ %lld mà danso này không đọc được (biết 1..%d).",
		                         "%s has schema %lld, which this danso cannot read (knows 1..%d)."),
		                  path, version, schema_step_count);
	if (strcmp(text, "ok") != 0)
		return ds_err_set(err, L("%s bị hỏng: %s", "%s is damaged: %s"), path, text);
	if (query_int(s, "SELECT count(*) FROM pragma_foreign_key_check") != 0)
		return ds_err_set(err, L("%s có liên kết hỏng (foreign_key_check).",
		                         "%s has broken links (foreign_key_check)."), path);
	if (query_int(s, "SELECT count(*) FROM setting WHERE key = 'commune_code' AND value <> ''") != 1)
		return ds_err_set(err, L("%s chưa có dữ liệu của xã nào.", "%s holds no commune's data."), path);
	return 0;
}

/* db_verify_file with the given integrity pragma. */
static int
verify_file(const char *path, const char *check, ds_err *err)
{
	sqlite3 *s = NULL;
	plat_stat_t sb;
	int rc;

	errno = 0;
	if (plat_stat(path, &sb) != 0 || !sb.is_reg)
		return ds_err_set(err, L("Không đọc được %s: %s", "Cannot read %s: %s"), path,
		                  errno != 0 ? strerror(errno) : L("không phải tệp", "not a file"));
	if (sqlite3_open_v2(path, &s, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) {
		rc = ds_err_set(err, L("Không mở được %s: %s", "Cannot open %s: %s"), path, sqlite3_errmsg(s));
		sqlite3_close(s);
		return rc;
	}
	sqlite3_busy_timeout(s, RESTORE_BUSY_MS);
	rc = verify_open(s, path, check, err);
	sqlite3_close(s);
	return rc;
}

int
db_verify_file(const char *path, ds_err *err)
{
	return verify_file(path, "PRAGMA integrity_check", err);
}

int
db_verify_file_quick(const char *path, ds_err *err)
{
	return verify_file(path, "PRAGMA quick_check", err);
}

/* Copy the database src into the empty file dest (backup API); the
 * caller syncs it when it publishes it. */
static int
copy_database(const char *src, const char *dest, ds_err *err)
{
	sqlite3 *in = NULL, *out = NULL;
	sqlite3_backup *bk = NULL;
	int rc = -1;

	if (sqlite3_open_v2(src, &in, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK ||
	    sqlite3_open_v2(dest, &out, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) != SQLITE_OK) {
		ds_err_set(err, L("Không sao chép được %s: %s", "Cannot copy %s: %s"), src,
		           sqlite3_errmsg(out != NULL ? out : in));
		goto done;
	}
	bk = sqlite3_backup_init(out, "main", in, "main");
	if (bk != NULL) {
		while ((rc = sqlite3_backup_step(bk, -1)) == SQLITE_BUSY || rc == SQLITE_LOCKED)
			sqlite3_sleep(5);
		rc = sqlite3_backup_finish(bk) == SQLITE_OK && rc == SQLITE_DONE ? 0 : -1;
	}
	if (rc == 0 && sqlite3_exec(out, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL) != SQLITE_OK)
		rc = -1;
	if (rc != 0)
		ds_err_set(err, L("Không sao chép được %s (đĩa đầy hoặc không ghi được): %s",
		                  "Cannot copy %s (disk full or not writable): %s"), src, sqlite3_errmsg(out));
done:
	sqlite3_close(in);
	sqlite3_close(out);
	return rc;
}

/* Fold the WAL of the current database into its file, so that the kept
 * file is whole by itself. -1 when another danso holds it; a damaged file
 * (the usual reason to restore) is not an error here. */
static int
settle_current(const char *path, ds_err *err)
{
	sqlite3 *s = NULL;
	sqlite3_stmt *st = NULL;
	int busy = 0;

	if (sqlite3_open_v2(path, &s, SQLITE_OPEN_READWRITE, NULL) == SQLITE_OK) {
		sqlite3_busy_timeout(s, RESTORE_BUSY_MS);
		if (sqlite3_prepare_v2(s, "PRAGMA wal_checkpoint(TRUNCATE)", -1, &st, NULL) == SQLITE_OK) {
			int rc = sqlite3_step(st);
			busy = (rc == SQLITE_ROW && sqlite3_column_int(st, 0) != 0) || (rc & 0xff) == SQLITE_BUSY;
		}
		sqlite3_finalize(st);
	}
	sqlite3_close(s);
	if (busy)
		return ds_err_set(err, L("%s đang được một chương trình danso khác dùng. Hãy đóng nó rồi thử lại.",
		                         "%s is in use by another danso. Close it and try again."), path);
	return 0;
}

/* Keep the current database (and its -wal) under the name kept. */
static int
keep_current(const char *path, const char *kept, ds_err *err)
{
	char *wal = xasprintf("%s-wal", path), *kept_wal = xasprintf("%s-wal", kept);
	plat_stat_t sb;
	int rc = 0;

	if (plat_link(path, kept) != 0)
		rc = ds_err_set(err, L("Không giữ lại được %s: %s", "Cannot keep %s: %s"), path, strerror(errno));
	else if (plat_stat(wal, &sb) == 0 && sb.size > 0 && plat_link(wal, kept_wal) != 0) {
		rc = ds_err_set(err, L("Không giữ lại được %s: %s", "Cannot keep %s: %s"), wal, strerror(errno));
		plat_unlink(kept);
	}
	free(wal);
	free(kept_wal);
	return rc;
}

/* Remove the -wal and -shm files that belong to the replaced database. */
static void
drop_side_files(const char *path)
{
	char *wal = xasprintf("%s-wal", path), *shm = xasprintf("%s-shm", path);

	plat_unlink(wal);
	plat_unlink(shm);
	free(wal);
	free(shm);
}

/* "<db>.replaced-STAMP", or "-2", "-3" ... after it when a restore in the
 * same second already kept a file under that name. */
static int
kept_name(const char *db_path, const char *now, char *kept, size_t n)
{
	plat_stat_t sb;

	for (int seq = 1; seq < 1000; seq++) {
		int rc = seq == 1 ? str_printf(kept, n, "%s.replaced-%.4s%.2s%.2s-%.2s%.2s%.2s", db_path, now, now + 5,
		                               now + 8, now + 11, now + 14, now + 17)
		                  : str_printf(kept, n, "%s.replaced-%.4s%.2s%.2s-%.2s%.2s%.2s-%d", db_path, now,
		                               now + 5, now + 8, now + 11, now + 14, now + 17, seq);
		if (rc != 0)
			return -1;
		if (plat_lstat(kept, &sb) != 0)
			return 0;
	}
	return -1;
}

int
db_restore_file(const char *db_path, const char *backup, char *kept, size_t kept_len, ds_err *err)
{
	char now[21];
	fs_publish pub;
	plat_stat_t sb;
	int have_current = plat_stat(db_path, &sb) == 0;
	int rc = -1;

	kept[0] = '\0';
	if (db_verify_file(backup, err) != 0)
		return -1;
	if (fs_publish_begin(&pub, db_path) != 0)
		return ds_err_set(err, L("Không ghi được %s: %s", "Cannot write %s: %s"), db_path, strerror(errno));
	if (copy_database(backup, pub.temp, err) != 0 || db_verify_file(pub.temp, err) != 0)
		goto done;
	if (have_current) {
		clock_now_iso(now);
		if (kept_name(db_path, now, kept, kept_len) != 0) {
			ds_err_set(err, L("Đường dẫn quá dài: %s", "Path too long: %s"), db_path);
			goto done;
		}
		if (settle_current(db_path, err) != 0 || keep_current(db_path, kept, err) != 0) {
			kept[0] = '\0';
			goto done;
		}
		drop_side_files(db_path);
	}
	/* Once the copy has its name the restore is done: a folder that then
	 * cannot be synced is not undone (the kept file stays either way). */
	if (fs_publish_commit(&pub) != 0 && !pub.published) {
		ds_err_set(err, L("Không thay được %s: %s", "Cannot replace %s: %s"), db_path, strerror(errno));
		if (kept[0] != '\0')
			plat_unlink(kept);
		kept[0] = '\0';
		goto done;
	}
	rc = 0;
done:
	if (rc != 0) {
		if (pub.temp[0] != '\0')
			drop_side_files(pub.temp);
		fs_publish_abort(&pub);
	}
	return rc;
}
