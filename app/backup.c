/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* backup.c (app): daily, before-export and manual backups with rotation. */
#include "config.h"

#include "app/backup.h"
#include "db/auth.h"
#include "db/restore.h"
#include "domain/auth_policy.h"
#include "domain/clock.h"
#include "domain/i18n.h"
#include "domain/util.h"
#include "platform/platform.h"
#include "platform/fs.h"

#include <dirent.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

char *
backup_dir(const char *db_path)
{
	const char *slash = strrchr(db_path, '/');

	if (slash == NULL)
		return xstrdup("backups");
	return xasprintf("%.*s/backups", (int)(slash - db_path), db_path);
}

/* The number of copies to keep: setting backup_keep, else the default. */
static int
keep_count(db *d)
{
	char buf[32];
	long n;

	if (db_setting_get(d, "backup_keep", buf, sizeof buf) == 0 && str_to_long(buf, &n) == 0 && n >= 1 &&
	    n <= 1000)
		return (int)n;
	return BACKUP_KEEP_DEFAULT;
}

/* 1 if name is a finished backup: danso-YYYYMMDD-HHMMSS[-N].db. */
static int
is_backup_name(const char *name)
{
	size_t n = strlen(name);

	if (n < 24 || strncmp(name, "danso-", 6) != 0 || strcmp(name + n - 3, ".db") != 0)
		return 0;
	for (int i = 6; i < 21; i++)
		if (i == 14 ? name[i] != '-' : (name[i] < '0' || name[i] > '9'))
			return 0;
	return 1;
}

/* 1 if name is the temporary file (or its -journal, -wal, -shm) of a backup whose
 * process is gone: .danso-STAMP.db.tmp-PID (platform/fs.h), or without the
 * leading dot as older versions named it. */
static int
is_stale_temp(const char *name)
{
	const char *t = strstr(name, ".db.tmp-");
	char *end;
	long pid;

	if (name[0] == '.')
		name++;
	if (strncmp(name, "danso-", 6) != 0 || t == NULL)
		return 0;
	pid = strtol(t + 8, &end, 10);
	if (pid <= 0 || (*end != '\0' && strcmp(end, "-journal") != 0 && strcmp(end, "-wal") != 0 &&
	                 strcmp(end, "-shm") != 0))
		return 0;
	return plat_process_gone(pid);
}

/* The sequence number of a backup name within its second: 1 for
 * danso-STAMP.db, N for danso-STAMP-N.db. */
static long
name_seq(const char *name)
{
	char digits[16];
	size_t n = strlen(name) - 3;   /* without ".db" */
	long seq;

	if (n <= 22 || name[21] != '-' || n - 22 >= sizeof digits)
		return 1;
	memcpy(digits, name + 22, n - 22);
	digits[n - 22] = '\0';
	return str_to_long(digits, &seq) == 0 ? seq : 1;
}

/* Order backup names by time: the stamp, then the sequence number. */
static int
compare_names(const void *a, const void *b)
{
	const char *x = *(const char *const *)a, *y = *(const char *const *)b;
	int c = strncmp(x, y, 21);
	long sx, sy;

	if (c != 0)
		return c;
	sx = name_seq(x);
	sy = name_seq(y);
	return (sx > sy) - (sx < sy);
}

/* The finished backups of dir, oldest first (by name: stamp, then
 * sequence); *n receives their count. Caller frees each and the array. */
static char **
list_backups(const char *dir, int clean_temps, size_t *n, int *deleted)
{
	DIR *dh = opendir(dir);
	struct dirent *de;
	char **names = NULL;
	size_t cap = 0;

	*n = 0;
	if (dh == NULL)
		return NULL;
	while ((de = readdir(dh)) != NULL) {
		if (clean_temps && is_stale_temp(de->d_name)) {
			char *path = xasprintf("%s/%s", dir, de->d_name);
			if (unlink(path) == 0 && deleted != NULL)
				(*deleted)++;
			free(path);
		}
		if (!is_backup_name(de->d_name))
			continue;
		if (*n == cap)
			names = xrealloc(names, (cap = cap ? cap * 2 : 32) * sizeof *names);
		names[(*n)++] = xstrdup(de->d_name);
	}
	closedir(dh);
	if (*n > 0)
		qsort(names, *n, sizeof *names, compare_names);
	return names;
}

/* The index of the newest of names (in dir) that reads back whole, or -1. */
static long
newest_verified(const char *dir, char **names, size_t n)
{
	for (size_t i = n; i-- > 0;) {
		char *path = xasprintf("%s/%s", dir, names[i]);
		ds_err err = {0};
		int good = db_verify_file_quick(path, &err) == 0;

		free(path);
		if (good)
			return (long)i;
	}
	return -1;
}

int
backup_rotate(const char *dir, int keep, const char *just_made)
{
	size_t n;
	int deleted = 0;
	char **names = list_backups(dir, 1, &n, &deleted);
	long good = n > (size_t)keep ? newest_verified(dir, names, n) : -1;
	const char *made = just_made != NULL && strrchr(just_made, '/') != NULL ? strrchr(just_made, '/') + 1 : just_made;

	for (size_t i = 0; i < n; i++) {
		/* Never the newest copy that reads back whole, nor the one just
		 * made (a clock set back names it older than the rest). */
		if (n - i > (size_t)keep && (long)i != good && (made == NULL || strcmp(names[i], made) != 0)) {
			char *path = xasprintf("%s/%s", dir, names[i]);
			if (unlink(path) == 0)
				deleted++;
			free(path);
		}
		free(names[i]);
	}
	free(names);
	return deleted;
}

char *
backup_newest_good(const char *db_path)
{
	char *dir = backup_dir(db_path);
	size_t n;
	char **names = list_backups(dir, 0, &n, NULL);
	long good = newest_verified(dir, names, n);
	char *path = good >= 0 ? xasprintf("%s/%s", dir, names[good]) : NULL;

	for (size_t i = 0; i < n; i++)
		free(names[i]);
	free(names);
	free(dir);
	return path;
}

/* A new name dir/danso-STAMP[-N].db into out, N above every backup of
 * that second already there (so the newest always sorts last). */
static int
fresh_name(const char *dir, const char *stamp, char *out, size_t n)
{
	DIR *dh = opendir(dir);
	struct dirent *de;
	long top = 0;

	if (dh == NULL)
		return -1;
	while ((de = readdir(dh)) != NULL)
		if (is_backup_name(de->d_name) && strncmp(de->d_name + 6, stamp, 15) == 0 && name_seq(de->d_name) > top)
			top = name_seq(de->d_name);
	closedir(dh);
	if (top == 0)
		return str_printf(out, n, "%s/danso-%s.db", dir, stamp);
	return str_printf(out, n, "%s/danso-%s-%ld.db", dir, stamp, top + 1);
}

/* Copy into dir (which must exist) and rotate it. */
static int
backup_into(db *d, const char *dir, const char *stamp, char *path, size_t n, ds_err *err)
{
	if (fresh_name(dir, stamp, path, n) != 0)
		return ds_err_set(err, L("Không đặt được tên bản sao lưu trong %s.", "No free backup name in %s."), dir);
	if (db_backup_to(d, path, err) != 0) {
		path[0] = '\0';
		return -1;
	}
	backup_rotate(dir, keep_count(d), path);
	return 0;
}

/* The second copy, to the folder of setting backup_dir2 if any. */
static void
backup_second(db *d, const char *stamp, backup_result *res)
{
	char dir2[1024];
	struct stat sb;
	ds_err err = {0};

	if (db_setting_get(d, "backup_dir2", dir2, sizeof dir2) != 0 || dir2[0] == '\0')
		return;
	if (stat(dir2, &sb) != 0 || !S_ISDIR(sb.st_mode)) {
		str_printf(res->warning, sizeof res->warning,
		           L("Chưa sao lưu được vào thư mục thứ hai %s (USB chưa cắm?); bản chính vẫn đã lưu.",
		             "No second copy in %s (USB stick not plugged in?); the main backup was made."), dir2);
		return;
	}
	if (backup_into(d, dir2, stamp, res->second_path, sizeof res->second_path, &err) != 0)
		str_printf(res->warning, sizeof res->warning, L("Bản sao thứ hai: %s", "Second copy: %s"), err.msg);
}

int
backup_now(db *d, backup_result *res, ds_err *err)
{
	backup_result local;
	char *dir = backup_dir(db_path(d));
	char now[21], stamp[16];
	int rc;

	if (res == NULL)
		res = &local;
	memset(res, 0, sizeof *res);
	clock_now_iso(now);
	snprintf(stamp, sizeof stamp, "%.4s%.2s%.2s-%.2s%.2s%.2s", now, now + 5, now + 8, now + 11, now + 14,
	         now + 17);
	if (fs_mkdir_private(dir) != 0) {
		rc = ds_err_set(err, L("Không tạo được thư mục sao lưu %s: %s", "Cannot create the backup folder %s: %s"),
		                dir, strerror(errno));
		free(dir);
		return rc;
	}
	rc = backup_into(d, dir, stamp, res->path, sizeof res->path, err);
	free(dir);
	if (rc == 0)
		backup_second(d, stamp, res);
	return rc;
}

int
backup_to_file(db *d, const char *path, ds_err *err)
{
	plat_stat_t sb;
	ds_err why = {0};

	/* only a danso database may be replaced: never an unrelated file */
	if (plat_lstat(path, &sb) == 0 && (!sb.is_reg || db_verify_file_quick(path, &why) != 0))
		return ds_err_set(err, L("%s đã có và không phải một bản sao lưu danso: không ghi đè. Hãy chọn tên khác.",
		                         "%s exists and is not a danso backup: it is not overwritten. Choose another name."),
		                  path);
	if (db_backup_to(d, path, err) != 0)
		return -1;
	return db_audit_backup(d, path, err);
}

int
backup_daily(db *d, backup_result *res, ds_err *err)
{
	char today[11], last[16];

	clock_today(today);
	if (db_setting_get(d, "backup_last_day", last, sizeof last) == 0 && strcmp(last, today) == 0)
		return 0;
	if (backup_now(d, res, err) != 0)
		return -1;
	if (db_setting_set(d, "backup_last_day", today, err) != 0)
		return -1;
	return 1;
}

int
backup_before_export(db *d, backup_result *res, ds_err *err)
{
	return backup_now(d, res, err);
}
