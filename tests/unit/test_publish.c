/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* test_publish.c: the export, the backup and the restore publish their
 * files the one durable way (platform/fs.h): the new file is synced before
 * it takes its name and its folder is synced after, seen through every
 * fsync and rename (tests/unit/fs_spy.h, linked with -Wl,--wrap). The
 * export writes CSV files and workbooks. */
#include "config.h"

#include "db/restore.h"
#include "exchange/csvwrite.h"
#include "exchange/xlsx.h"
#include "platform/fs.h"
#include "tests/unit/db_fixture.h"
#include "tests/unit/fs_spy.h"

#include <unistd.h>

/* dir/name as a new string. */
static char *
path_in(const char *dir, const char *name)
{
	return xasprintf("%s/%s", dir, name);
}

/* The export's CSV writer. */
static void
test_export(const char *dir)
{
	char *target = path_in(dir, "export.csv");
	ds_err err = {0};
	csvw *w;

	spy_reset();
	w = csvw_open(dir, "export.csv", 0, &err);
	ok(w != NULL && csvw_rowl(w, &err, "a", "b", NULL) == 0, "an export file is written (%s)", err.msg);
	ok(access(target, F_OK) != 0, "it is not under its name while it is written");
	ok(w != NULL && csvw_commit(&w, &err) == 0, "and committed");
	ok(spy_durable(target, dir), "export: the file is synced, renamed, and its folder synced");
	free(target);
}

/* The export's workbook, written by libxlsxwriter under the temporary name. */
static void
test_workbook(const char *dir)
{
	char *target = path_in(dir, "report.xlsx");
	ds_err err = {0};
	xlsx *x;

	spy_reset();
	x = xlsx_open(dir, "report.xlsx", &err);
	ok(x != NULL && xlsx_sheet(x, "B\xc3\xa1o c\xc3\xa1o", &err) == 0, "a workbook is written (%s)", err.msg);
	ok(access(target, F_OK) != 0, "it is not under its name while it is written");
	ok(x != NULL && xlsx_commit(&x, &err) == 0, "and committed (%s)", err.msg);
	ok(spy_durable(target, dir), "workbook: the file is synced, renamed, and its folder synced");
	free(target);
}

/* A backup of the register. */
static void
test_backup(db *d, const char *dir)
{
	char *target = path_in(dir, "danso-20250331-120000.db");
	ds_err err = {0};

	spy_reset();
	ok(db_backup_to(d, target, &err) == 0, "a backup is made (%s)", err.msg);
	ok(spy_durable(target, dir), "backup: the copy is synced, renamed, and its folder synced");
	free(target);
}

/* Restoring a backup over the register. */
static void
test_restore(const char *db_path, const char *backup, const char *dir)
{
	char kept[FS_PATH_MAX];
	ds_err err = {0};

	spy_reset();
	ok(db_restore_file(db_path, backup, kept, sizeof kept, &err) == 0, "a backup is restored (%s)", err.msg);
	ok(spy_durable(db_path, dir), "restore: the copy is synced, renamed, and its folder synced");
	ok(kept[0] != '\0' && access(kept, F_OK) == 0, "the replaced register is kept");
}

int
main(void)
{
	db *d = fx_open();
	char *dir = xstrdup(fx_path), *backup;

	*strrchr(dir, '/') = '\0';
	setenv("DANSO_NOW", "2025-03-31T12:00:00Z", 1);
	test_export(dir);
	test_workbook(dir);
	test_backup(d, dir);
	db_close(&d);
	backup = path_in(dir, "danso-20250331-120000.db");
	test_restore(fx_path, backup, dir);
	free(backup);
	free(dir);
	return tap_done();
}
