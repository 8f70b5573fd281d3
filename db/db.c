/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* db.c: opening, migrating and transacting on the database. */
#include "config.h"

#include "db/internal.h"
#include "db/restore.h"
#include "db/schema.h"
#include "domain/clock.h"
#include "domain/i18n.h"
#include "domain/seams.h"
#include "domain/util.h"
#include "platform/platform.h"
#include "platform/fs.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

/* How long a second danso waits for the write lock before we say so. */
#define BUSY_TIMEOUT_MS 2000
/* The interface's page cache (DB_OPEN_SCREEN), in KiB: docs/performance.md,
 * fix 22, measured on a commune of 2,000 households. */
#define DB_SCREEN_CACHE_KIB "256"

/* Create every missing folder of path's parent, owner-only. */
static int
make_parent_dirs(const char *path, ds_err *err)
{
	char *dir = xstrdup(path);
	char *slash = strrchr(dir, '/');
	int rc = 0;

	if (slash == NULL || slash == dir) {
		free(dir);
		return 0;
	}
	*slash = '\0';
	for (char *p = dir + 1; rc == 0; p++) {
		if (*p != '/' && *p != '\0')
			continue;
		char c = *p;
		*p = '\0';
		if (fs_mkdir_private(dir) != 0)
			rc = ds_err_set(err, L("Không tạo được thư mục %s: %s", "Cannot create folder %s: %s"),
			                dir, strerror(errno));
		*p = c;
		if (c == '\0')
			break;
	}
	free(dir);
	return rc;
}

/* Create an empty owner-only file so SQLite (and its WAL) inherit 0600. */
static int
create_private_file(const char *path, ds_err *err)
{
	if (fs_create_private(path) < 0)
		return ds_err_set(err, L("Không tạo được tệp CSDL %s: %s", "Cannot create database file %s: %s"),
		                  path, strerror(errno));
	return 0;
}

static void forget_checked_state(const char *path);

int
db_fail(db *d, ds_err *err, const char *doing)
{
	int code = d->sql != NULL ? sqlite3_extended_errcode(d->sql) & 0xff : SQLITE_CANTOPEN;
	const char *detail = d->sql != NULL ? sqlite3_errmsg(d->sql) : "";

	switch (code) {
	case SQLITE_FULL:
		return ds_err_set(err, L("%s: đĩa đã đầy, chưa lưu được. Hãy giải phóng chỗ trống rồi thử lại.",
		                         "%s: the disk is full, nothing was saved. Free some space and try again."),
		                  doing);
	case SQLITE_READONLY:
		return ds_err_set(err, L("%s: CSDL chỉ đọc được (%s), chưa lưu được.",
		                         "%s: the database is read-only (%s), nothing was saved."),
		                  doing, d->path);
	case SQLITE_BUSY:
	case SQLITE_LOCKED:
		return ds_err_set(err, L("%s: CSDL đang được một chương trình danso khác dùng. Hãy đóng nó rồi thử lại.",
		                         "%s: the database is in use by another danso. Close it and try again."),
		                  doing);
	case SQLITE_CORRUPT:
	case SQLITE_NOTADB:
		d->whole = 0;
		forget_checked_state(d->path);
		return ds_err_set(err, L("%s: tệp %s bị hỏng hoặc không phải CSDL danso. Hãy khôi phục từ bản sao lưu.",
		                         "%s: %s is damaged or not a danso database. Restore it from a backup."),
		                  doing, d->path);
	case SQLITE_CANTOPEN:
		return ds_err_set(err, L("%s: không mở được %s (thư mục không có hoặc không có quyền).",
		                         "%s: cannot open %s (missing folder or no permission)."),
		                  doing, d->path);
	case SQLITE_IOERR:
		return ds_err_set(err, L("%s: lỗi đọc/ghi đĩa (%s): đĩa có thể đã đầy hoặc bị rút ra; chưa lưu được.",
		                         "%s: disk input/output error (%s): the disk may be full or removed; nothing was saved."),
		                  doing, detail);
	default:
		return ds_err_set(err, "%s: %s", doing, detail);
	}
}

/* The cached statement for sql, reset, its bindings cleared when clear. */
static sqlite3_stmt *
stmt_get(db *d, const char *sql, int clear)
{
	sqlite3_stmt *st;

	for (size_t i = 0; i < d->cache_len; i++) {
		if (d->cache[i].sql == sql) {
			st = d->cache[i].stmt;
			sqlite3_reset(st);
			if (clear)
				sqlite3_clear_bindings(st);
			return st;
		}
	}
	if (sqlite3_prepare_v3(d->sql, sql, -1, SQLITE_PREPARE_PERSISTENT, &st, NULL) != SQLITE_OK) {
		const char *why = sqlite3_errmsg(d->sql);
		/* Every statement compiles on the tables danso made (the tests run
		 * them all): a missing table or column means a damaged file or one
		 * another program changed. The user hears it in their language, and
		 * SQLite rolls back what this run had not committed. */
		if (strncmp(why, "no such table", 13) == 0 || strncmp(why, "no such column", 14) == 0)
			fatal_status(1, L("CSDL %s bị hỏng hoặc đã bị chương trình khác sửa (%s): danso không làm việc "
			                  "được trên nó. Hãy khôi phục từ một bản sao lưu (danso restore).",
			                  "The database %s is damaged or was changed by another program (%s): danso "
			                  "cannot work on it. Restore it from a backup (danso restore)."),
			             d->path, why);
		fatal("SQL does not compile: %s\n%s", why, sql);
	}
	if (d->cache_len == d->cache_cap) {
		d->cache_cap = d->cache_cap ? d->cache_cap * 2 : 32;
		d->cache = xrealloc(d->cache, d->cache_cap * sizeof *d->cache);
	}
	d->cache[d->cache_len].sql = sql;
	d->cache[d->cache_len].stmt = st;
	d->cache_len++;
	return st;
}

sqlite3_stmt *
db_stmt(db *d, const char *sql)
{
	return stmt_get(d, sql, 1);
}

sqlite3_stmt *
db_stmt_rebound(db *d, const char *sql)
{
	return stmt_get(d, sql, 0);
}

void
db_bind_text(sqlite3_stmt *st, int i, const char *s)
{
	sqlite3_bind_text(st, i, s != NULL ? s : "", -1, SQLITE_TRANSIENT);
}

void
db_bind_static(sqlite3_stmt *st, int i, const char *s)
{
	sqlite3_bind_text(st, i, s != NULL ? s : "", -1, SQLITE_STATIC);
}

void
db_bind_id(sqlite3_stmt *st, int i, int64_t id)
{
	if (id == 0)
		sqlite3_bind_null(st, i);
	else
		sqlite3_bind_int64(st, i, id);
}

const char *
db_column_str(sqlite3_stmt *st, int col)
{
	const char *s = (const char *)sqlite3_column_text(st, col);

	return s != NULL ? s : "";
}

void
db_column_text(sqlite3_stmt *st, int col, char *buf, size_t n)
{
	const unsigned char *t = sqlite3_column_text(st, col);

	str_copy(buf, n, t != NULL ? (const char *)t : "");
}

int
db_step_done(db *d, sqlite3_stmt *st, ds_err *err, const char *doing)
{
	int rc = sqlite3_step(st);

	sqlite3_reset(st);
	if (rc != SQLITE_DONE && rc != SQLITE_ROW)
		return db_fail(d, err, doing);
	return 0;
}

/* Run one fixed SQL text (pragmas, migration steps) with no parameters. */
static int
exec_fixed(db *d, const char *sql, ds_err *err, const char *doing)
{
	if (sqlite3_exec(d->sql, sql, NULL, NULL, NULL) != SQLITE_OK)
		return db_fail(d, err, doing);
	return 0;
}

/* Read an integer pragma such as user_version. */
static int
pragma_int(db *d, const char *sql)
{
	sqlite3_stmt *st;
	int v = -1;

	if (sqlite3_prepare_v2(d->sql, sql, -1, &st, NULL) != SQLITE_OK)
		return -1;
	if (sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	return v;
}

/* Own writes (sqlite3_total_changes) and other connections' commits
 * (PRAGMA data_version) folded into one number. */
int64_t
db_generation(db *d)
{
	sqlite3_stmt *st = db_stmt(d, "PRAGMA data_version");
	int64_t other = 0;

	if (sqlite3_step(st) == SQLITE_ROW)
		other = sqlite3_column_int64(st, 0);
	sqlite3_reset(st);
	return (other << 32) ^ (int64_t)sqlite3_total_changes(d->sql);
}

int
db_schema_version(db *d)
{
	return pragma_int(d, "PRAGMA user_version");
}

/* PRAGMA user_version cannot take a bound parameter; the texts are fixed
 * here, one per step, so no SQL is ever formatted at run time. */
static const char *const set_version_sql[] = {
	"PRAGMA user_version = 1",
	"PRAGMA user_version = 2",
	"PRAGMA user_version = 3",
	"PRAGMA user_version = 4",
	"PRAGMA user_version = 5",
	"PRAGMA user_version = 6",
	"PRAGMA user_version = 7",
	"PRAGMA user_version = 8",
};

/* Climb the migration ladder, one transaction per step. */
static int
migrate(db *d, ds_err *err)
{
	int version = db_schema_version(d);

	if (schema_step_count > (int)ARRAY_LEN(set_version_sql))
		fatal("add user_version texts for %d schema steps", schema_step_count);
	if (version > schema_step_count)
		return ds_err_set(err, L("CSDL %s do một phiên bản danso mới hơn tạo ra (lược đồ %d); hãy cập nhật danso.",
		                         "%s was made by a newer danso (schema %d); update danso."),
		                  d->path, version);
	for (; version < schema_step_count; version++) {
		if (exec_fixed(d, "BEGIN IMMEDIATE", err, L("Nâng cấp CSDL", "Upgrading the database")) != 0)
			return -1;
		if (exec_fixed(d, schema_steps[version], err, L("Nâng cấp CSDL", "Upgrading the database")) != 0 ||
		    (version == 0 && exec_fixed(d, "PRAGMA application_id = 1148081007", err,
		                                L("Nâng cấp CSDL", "Upgrading the database")) != 0) ||
		    exec_fixed(d, set_version_sql[version], err, L("Nâng cấp CSDL", "Upgrading the database")) != 0 ||
		    exec_fixed(d, "COMMIT", err, L("Nâng cấp CSDL", "Upgrading the database")) != 0) {
			sqlite3_exec(d->sql, "ROLLBACK", NULL, NULL, NULL);
			return -1;
		}
	}
	return 0;
}

/* Refuse a file that is an SQLite database of some other program. */
static int
check_application(db *d, ds_err *err)
{
	int app = pragma_int(d, "PRAGMA application_id");
	int version = db_schema_version(d);

	if (app < 0 || version < 0)
		return db_fail(d, err, L("Mở CSDL", "Opening the database"));
	if (app == DANSO_APPLICATION_ID)
		return 0;
	if (app == 0 && version == 0 &&
	    pragma_int(d, "SELECT count(*) FROM sqlite_schema") == 0)
		return 0;  /* a new, empty file */
	return ds_err_set(err, L("%s không phải là CSDL của danso.", "%s is not a danso database."), d->path);
}

/* A check that could not even run: SQLite's reason, said as damage. */
static int
damaged(db *d, ds_err *err)
{
	return ds_err_set(err, L("CSDL %s bị hỏng (SQLite: %s). Hãy khôi phục từ bản sao lưu: danso restore TỆP",
	                         "The database %s is damaged (SQLite: %s). Restore it from a backup: danso restore FILE"),
	                  d->path, sqlite3_errmsg(d->sql));
}

/* 1 if path's file or its folder cannot be written (a read-only folder,
 * file or medium: SQLite then cannot make its -shm / -wal files). */
static int
medium_read_only(const char *path)
{
	char dir[FS_PATH_MAX];

	fs_folder_of(path, dir, sizeof dir);
	return !plat_writable(path) || !plat_writable(dir);
}

/* 1 if path has a -wal file holding data (not folded into the file). */
static int
has_wal_data(const char *path)
{
	char *wal = xasprintf("%s-wal", path);
	plat_stat_t sb;
	int rc = plat_stat(wal, &sb) == 0 && sb.size > 0;

	free(wal);
	return rc;
}

/* ---- the check at open, once per state of the file ---- */

/* Every open runs quick_check and foreign_key_check (docs/reliability.md),
 * a read of the whole file: on a province's register, seconds. It is
 * skipped when the file is as danso last found it whole or left it after
 * its own writes: "<db>-checked" holds that state (size, time of the last
 * write, inode) and the file still has it, with nothing in a -wal file.
 * Anything written to the file since by another program (a failing card,
 * a copy over it) changes its time, so the check runs again. Backups and
 * danso check always read the whole file. */
static char *
checked_path(const char *path)
{
	return xasprintf("%s-checked", path);
}

/* The state of path as one line, "" when it has a -wal file with data
 * (written by a connection still open, or left by a crash) or cannot be
 * read. */
static void
file_state(const char *path, char *out, size_t n)
{
	plat_stat_t sb;

	out[0] = '\0';
	if (has_wal_data(path) || plat_stat(path, &sb) != 0)
		return;
	str_printf(out, n, "danso-checked 1 %lld %lld %llu\n", sb.size, sb.mtime_ns, sb.file_id);
}

/* Whether path is in the state its -checked file holds. */
static int
checked_state_holds(const char *path)
{
	char now[128], kept[128] = "";
	char *name = checked_path(path);
	FILE *f = plat_fopen(name, "rb");

	free(name);
	if (f == NULL)
		return 0;
	if (fgets(kept, sizeof kept, f) == NULL)
		kept[0] = '\0';
	fclose(f);
	file_state(path, now, sizeof now);
	return now[0] != '\0' && strcmp(now, kept) == 0;
}

/* Record path's state as whole. A file's time is that of the file
 * system's clock, which moves in steps (a few milliseconds; 2 s on FAT):
 * a write by another program in the same step as danso's last one would
 * leave the time as it was. So the record is kept only once it is itself
 * later than the file (git's "racily clean" entries, done the other way:
 * wait for the clock to move on), else dropped, and the next open checks.
 * On a read-only medium nothing is kept either. */
static void
keep_checked_state(const char *path)
{
	char now[128];
	char *name = checked_path(path);

	for (int wait_ms = 0; wait_ms <= 40; wait_ms = wait_ms ? 2 * wait_ms : 5) {
		plat_stat_t file, rec;
		FILE *f;
		int written;

		if (wait_ms > 0)
			sqlite3_sleep(wait_ms);
		file_state(path, now, sizeof now);
		if (now[0] == '\0' || plat_stat(path, &file) != 0 || (f = plat_fopen(name, "wb")) == NULL)
			break;
		written = fputs(now, f) != EOF;
		if (fclose(f) != 0 || !written)
			break;
		if (plat_stat(name, &rec) == 0 && rec.mtime_ns > file.mtime_ns) {
			free(name);
			return;
		}
	}
	plat_unlink(name);
	free(name);
}

static void
forget_checked_state(const char *path)
{
	char *name = checked_path(path);

	plat_unlink(name);
	free(name);
}

/* One attempt at opening path; immutable reads a file on a read-only
 * medium without the locking files SQLite cannot create there. */
static int
open_once(const char *path, int flags, int immutable, db **out, ds_err *err)
{
	db *d = xcalloc(1, sizeof *d);
	int oflags = (flags & DB_OPEN_READONLY) ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
	char *uri = NULL;
	int rc;

	d->path = xstrdup(path);
	if (immutable) {
		uri = xasprintf("file:%s?immutable=1", path);
		oflags |= SQLITE_OPEN_URI;
	}
	/* One thread uses a connection (danso starts none that touch SQLite):
	 * NOMUTEX spares a mutex lock and unlock in every sqlite3_ call. */
	rc = sqlite3_open_v2(uri != NULL ? uri : path, &d->sql, oflags | SQLITE_OPEN_NOFOLLOW | SQLITE_OPEN_NOMUTEX, NULL);
	free(uri);
	if (rc != SQLITE_OK) {
		db_fail(d, err, L("Mở CSDL", "Opening the database"));
		db_close(&d);
		return -1;
	}
	sqlite3_extended_result_codes(d->sql, 1);
	sqlite3_busy_timeout(d->sql, BUSY_TIMEOUT_MS);
	if (flags & DB_OPEN_SCREEN)
		sqlite3_exec(d->sql, "PRAGMA cache_size = -" DB_SCREEN_CACHE_KIB, NULL, NULL, NULL);
	if (check_application(d, err) != 0) {
		int code = sqlite3_extended_errcode(d->sql) & 0xff;

		db_close(&d);
		return code == SQLITE_CORRUPT || code == SQLITE_NOTADB ? DB_DAMAGED : -1;
	}
	/* A damaged file is found before anything is written to it: every
	 * open runs quick_check and foreign_key_check (docs/reliability.md),
	 * unless the file is as danso last left it whole (above). */
	if (!checked_state_holds(path)) {
		if (db_quick_integrity(d, err) != 0) {
			forget_checked_state(path);
			db_close(&d);
			return DB_DAMAGED;
		}
		if (!immutable)
			keep_checked_state(path);
	}
	d->whole = !immutable && !(flags & DB_OPEN_READONLY);
	if (exec_fixed(d, "PRAGMA foreign_keys = ON", err, L("Mở CSDL", "Opening the database")) != 0 ||
	    (!(flags & DB_OPEN_READONLY) &&
	     (exec_fixed(d, "PRAGMA journal_mode = WAL", err, L("Mở CSDL", "Opening the database")) != 0 ||
	      exec_fixed(d, "PRAGMA synchronous = FULL", err, L("Mở CSDL", "Opening the database")) != 0 ||
	      migrate(d, err) != 0))) {
		db_close(&d);
		return -1;
	}
	*out = d;
	return 0;
}

int
db_open(const char *path, int flags, db **out, ds_err *err)
{
	db *d = NULL;
	plat_stat_t sb;
	int exists = plat_stat(path, &sb) == 0;
	int rc;

	*out = NULL;
	if (!exists && !(flags & DB_OPEN_CREATE))
		return ds_err_set(err, L("Chưa có CSDL %s. Hãy chạy: danso init --commune MÃ --name TÊN",
		                         "No database at %s. Run: danso init --commune CODE --name NAME"),
		                  path);
	if (!exists && (make_parent_dirs(path, err) != 0 || create_private_file(path, err) != 0))
		return -1;
	if ((rc = open_once(path, flags, 0, &d, err)) != 0) {
		if (rc == DB_DAMAGED || !medium_read_only(path))
			return rc;
		/* Reading still works on a read-only medium when nothing waits in a
		 * -wal file; writing never does: say so plainly. */
		if (!(flags & DB_OPEN_READONLY) || has_wal_data(path) || open_once(path, flags, 1, &d, err) != 0)
			return ds_err_set(err, L("Thư mục hoặc tệp CSDL %s chỉ đọc được: danso không lưu được ở đó. "
			                         "Không có gì bị thay đổi.",
			                         "The database folder or file %s is read-only: danso cannot save there. "
			                         "Nothing was changed."),
			                  path);
	}
	/* Tests only (domain/seams.h): no page may be added, as on a full disk. */
	if (seam_disk_full())
		sqlite3_exec(d->sql, "PRAGMA max_page_count = 1", NULL, NULL, NULL);
	if ((flags & DB_OPEN_READONLY) && db_schema_version(d) != schema_step_count) {
		ds_err_set(err, L("CSDL %s cần được nâng cấp; hãy mở nó một lần bằng danso.",
		                  "%s needs an upgrade; open it once with danso."),
		           path);
		db_close(&d);
		return -1;
	}
	*out = d;
	return 0;
}

void
db_close(db **pdb)
{
	db *d = *pdb;

	if (d == NULL)
		return;
	db_drop_tx_cache(d);
	for (size_t i = 0; i < d->cache_len; i++)
		sqlite3_finalize(d->cache[i].stmt);
	free(d->cache);
	if (d->sql != NULL)
		sqlite3_close(d->sql);
	/* what this connection wrote is danso's own: the file stays known whole */
	if (d->whole)
		keep_checked_state(d->path);
	free(d->path);
	free(d);
	*pdb = NULL;
}

const char *
db_path(const db *d)
{
	return d->path;
}

int
db_begin(db *d, ds_err *err)
{
	if (d->in_tx)
		fatal("nested transaction");
	if (db_step_done(d, db_stmt(d, "BEGIN IMMEDIATE"), err, L("Bắt đầu ghi", "Starting to write")) != 0)
		return -1;
	d->in_tx = 1;
	db_drop_tx_cache(d);
	return 0;
}

/* The name index (member_search, an FTS5 table kept by triggers) flushes
 * the words it holds in memory to a new segment of the file at every
 * statement that opens a statement journal, which is nearly every insert
 * or update inside a transaction; the segments are then merged again and
 * again, and the pages they touch copied to the statement journal (a
 * temporary file past 64 KiB). A bulk load sets the triggers aside and
 * indexes every name once, at its commit (docs/performance.md, "The demo
 * grows linearly"). */
int
db_begin_bulk(db *d, ds_err *err)
{
	if (db_begin(d, err) != 0)
		return -1;
	if (exec_fixed(d, schema_name_index_off, err, L("Bắt đầu ghi", "Starting to write")) != 0) {
		db_rollback(d);
		return -1;
	}
	d->bulk = 1;
	return 0;
}

int
db_commit(db *d, ds_err *err)
{
	if (!d->in_tx)
		fatal("commit without a transaction");
	if ((d->bulk && exec_fixed(d, schema_name_index_on, err, L("Lưu", "Saving")) != 0) ||
	    db_step_done(d, db_stmt(d, "COMMIT"), err, L("Lưu", "Saving")) != 0) {
		db_rollback(d);
		return -1;
	}
	d->in_tx = 0;
	d->bulk = 0;
	db_drop_tx_cache(d);
	return 0;
}

void
db_rollback(db *d)
{
	if (!d->in_tx)
		return;
	if (sqlite3_get_autocommit(d->sql) == 0)
		sqlite3_exec(d->sql, "ROLLBACK", NULL, NULL, NULL);
	d->in_tx = 0;
	d->bulk = 0;  /* the triggers come back with the rollback */
	db_drop_tx_cache(d);
}

void
db_drop_tx_cache(db *d)
{
	if (d->tx_cache != NULL)
		d->tx_cache_free(d->tx_cache);
	d->tx_cache = NULL;
	d->tx_cache_free = NULL;
}

int
db_in_transaction(const db *d)
{
	return d->in_tx;
}

/* Begin a transaction unless one is open. */
int
db_tx_enter(db *d, int *own, ds_err *err)
{
	*own = 0;
	if (db_in_transaction(d))
		return 0;
	if (db_begin(d, err) != 0)
		return -1;
	*own = 1;
	return 0;
}

/* Commit or roll back what db_tx_enter began. */
int
db_tx_leave(db *d, int own, int rc, ds_err *err)
{
	if (!own)
		return rc;
	if (rc != 0) {
		db_rollback(d);
		return rc;
	}
	if (db_commit(d, err) != 0) {
		if (strstr(err != NULL ? err->msg : "", "FOREIGN KEY") != NULL || err == NULL)
			ds_err_set(err, L("Lưu: dữ liệu tham chiếu tới một bản ghi không có (chủ hộ phải là thành viên của hộ). Chưa lưu gì.",
			                  "Saving: the data refers to a record that does not exist (the head must be a member of the household). Nothing was saved."));
		return -1;
	}
	return 0;
}

void
db_bulk_cache(db *d, long kib)
{
	char sql[64];

	/* a negative size is in KiB; a failure only costs speed */
	snprintf(sql, sizeof sql, "PRAGMA cache_size = -%ld", kib > 65536 ? kib : 65536L);
	sqlite3_exec(d->sql, sql, NULL, NULL, NULL);
}

int
db_setting_get(db *d, const char *key, char *buf, size_t n)
{
	sqlite3_stmt *st = db_stmt(d, "SELECT value FROM setting WHERE key = ?1");
	int rc;

	db_bind_text(st, 1, key);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		db_column_text(st, 0, buf, n);
		sqlite3_reset(st);
		return 0;
	}
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? 1 : -1;
}

int
db_setting_set(db *d, const char *key, const char *value, ds_err *err)
{
	sqlite3_stmt *st = db_stmt(d, "INSERT INTO setting(key, value) VALUES (?1, ?2) "
	                              "ON CONFLICT(key) DO UPDATE SET value = excluded.value");

	db_bind_text(st, 1, key);
	db_bind_text(st, 2, value);
	return db_step_done(d, st, err, L("Lưu thiết lập", "Saving a setting"));
}

int
db_is_initialised(db *d)
{
	char code[16];

	return db_setting_get(d, "commune_code", code, sizeof code) == 0 && code[0] != '\0';
}

void
db_set_user(db *d, int64_t user_id)
{
	d->user_id = user_id;
}

int64_t
db_user(const db *d)
{
	return d->user_id;
}

int
db_audit(db *d, const char *action, const char *entity, int64_t entity_id,
         const char *before, const char *after, const char *reason, ds_err *err)
{
	sqlite3_stmt *st = db_stmt(d, "INSERT INTO audit(at, user_id, action, entity, entity_id, before, after, reason) "
	                              "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
	char now[21];

	clock_now_iso(now);
	db_bind_text(st, 1, now);
	db_bind_id(st, 2, d->user_id);
	db_bind_text(st, 3, action);
	db_bind_text(st, 4, entity);
	db_bind_id(st, 5, entity_id);
	db_bind_text(st, 6, before);
	db_bind_text(st, 7, after);
	db_bind_text(st, 8, reason);
	return db_step_done(d, st, err, L("Ghi nhật ký", "Writing the audit log"));
}

/* Run check ("PRAGMA integrity_check" or "PRAGMA quick_check") and
 * foreign_key_check; 0 when both are clean, else -1 with the first problem. */
static int
integrity_with(db *d, const char *check, ds_err *err)
{
	sqlite3_stmt *st;
	int rc = 0;

	if (sqlite3_prepare_v2(d->sql, check, -1, &st, NULL) != SQLITE_OK)
		return damaged(d, err);
	if (sqlite3_step(st) != SQLITE_ROW)
		rc = damaged(d, err);
	else if (strcmp((const char *)sqlite3_column_text(st, 0), "ok") != 0)
	{
		char what[72];

		str_copy(what, sizeof what, (const char *)sqlite3_column_text(st, 0));
		for (char *p = what; *p != '\0'; p++)
			if (*p == '\n' || (unsigned char)*p < 0x20)
				*p = ' ';
		rc = ds_err_set(err, L("CSDL %s bị hỏng (%s). Không ghi gì thêm vào tệp này; hãy khôi phục từ bản sao lưu: danso restore TỆP",
		                       "The database %s is damaged (%s). Nothing more is written to it; restore it from a backup: danso restore FILE"),
		                d->path, what);
	}
	sqlite3_finalize(st);
	if (rc != 0)
		return rc;
	if (sqlite3_prepare_v2(d->sql, "PRAGMA foreign_key_check", -1, &st, NULL) != SQLITE_OK)
		return damaged(d, err);
	if (sqlite3_step(st) == SQLITE_ROW)
		rc = ds_err_set(err, L("CSDL %s có liên kết hỏng: bảng %s dòng %lld trỏ tới %s không tồn tại. Hãy khôi phục từ bản sao lưu: danso restore TỆP",
		                       "The database %s has a broken link: table %s row %lld points to a missing %s. Restore it from a backup: danso restore FILE"),
		                d->path, sqlite3_column_text(st, 0), (long long)sqlite3_column_int64(st, 1),
		                sqlite3_column_text(st, 2));
	sqlite3_finalize(st);
	return rc;
}

int
db_integrity(db *d, ds_err *err)
{
	int rc = integrity_with(d, "PRAGMA integrity_check", err);

	if (rc != 0)
		forget_checked_state(d->path);
	return rc;
}

int
db_quick_integrity(db *d, ds_err *err)
{
	return integrity_with(d, "PRAGMA quick_check", err);
}

int
db_backup_to(db *d, const char *dest, ds_err *err)
{
	fs_publish pub;
	sqlite3 *out = NULL;
	sqlite3_backup *bk;
	int rc = -1;

	/* A damaged database is never copied: its copy would push a good
	 * backup out of the rotation (docs/reliability.md). */
	if (db_quick_integrity(d, err) != 0)
		return -1;
	if (fs_publish_begin(&pub, dest) != 0)
		return ds_err_set(err, L("Không ghi được bản sao lưu %s: %s", "Cannot write backup %s: %s"), dest,
		                  strerror(errno));
	if (sqlite3_open_v2(pub.temp, &out, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK) {
		ds_err_set(err, L("Không ghi được bản sao lưu %s", "Cannot write backup %s"), dest);
		goto done;
	}
	/* The copy is a temporary file, synced once when it is published: no
	 * rollback journal and no syncs of its own while it is filled. */
	if (sqlite3_exec(out, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF", NULL, NULL, NULL) != SQLITE_OK) {
		ds_err_set(err, L("Không ghi được bản sao lưu %s", "Cannot write backup %s"), dest);
		goto done;
	}
	bk = sqlite3_backup_init(out, "main", d->sql, "main");
	if (bk == NULL) {
		ds_err_set(err, L("Sao lưu thất bại: %s", "Backup failed: %s"), sqlite3_errmsg(out));
		goto done;
	}
	/* Large steps: in WAL mode reading does not hold up the writers, so
	 * only a busy or locked source is worth a pause. */
	while ((rc = sqlite3_backup_step(bk, 1024)) == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
		if (rc != SQLITE_OK)
			sqlite3_sleep(5);
	rc = sqlite3_backup_finish(bk) == SQLITE_OK && rc == SQLITE_DONE ? 0 : -1;
	/* A rollback-journal file stands alone: it can be read from a
	 * read-only USB stick and copied as one file. */
	if (rc == 0 && sqlite3_exec(out, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL) != SQLITE_OK)
		rc = -1;
	if (rc != 0) {
		ds_err_set(err, L("Sao lưu thất bại (%s): đĩa đầy hoặc không ghi được.",
		                  "Backup failed (%s): disk full or not writable."), sqlite3_errmsg(out));
		goto done;
	}
	sqlite3_close(out);
	out = NULL;
	/* The copy takes its name only once it reads back whole. */
	if (db_verify_file_quick(pub.temp, err) != 0) {
		rc = -1;
		goto done;
	}
	if (fs_publish_commit(&pub) != 0)
		rc = ds_err_set(err, L("Không ghi được bản sao lưu %s: %s", "Cannot write backup %s: %s"), dest,
		                strerror(errno));
done:
	if (out != NULL)
		sqlite3_close(out);
	fs_publish_abort(&pub);
	return rc;
}
