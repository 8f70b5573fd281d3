/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* cmd_targets.c: `danso targets-import FILE.csv`: yearly targets per unit.
 *
 * The file has the columns unit,year,indicator,target (the form of
 * shared/data/hanoi-2025-targets.csv). Every row is checked and every
 * mistake reported with file:line:column; if any row is wrong nothing is
 * stored. Otherwise each (unit, year) in the file has its targets replaced
 * by the file's, all in one transaction. */
#include "config.h"

#include "cli/args.h"
#include "cli/commands.h"
#include "app/access.h"
#include "app/admin.h"
#include "app/session.h"
#include "exchange/targets_file.h"
#include "domain/i18n.h"
#include "domain/util.h"
#include "domain/termsafe.h"
#include "db/db.h"
#include "db/users.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Most errors printed before the rest are only counted. */
#define MAX_ERRORS_SHOWN 50

/* Print a bad row (the first MAX_ERRORS_SHOWN of them). */
static void
print_row_error(void *arg, const ds_err *err)
{
	int *shown = arg;

	if (++*shown <= MAX_ERRORS_SHOWN)
		cmd_print_error(err);
}

/* Read and check the whole file; 0 when every row is good, else the
 * problems are printed and -1 returned. */
static int
read_targets(const char *path, targets_file *f)
{
	ds_err err = {0};
	int shown = 0;

	if (targets_file_read(path, f, print_row_error, &shown, &err) != 0) {
		cmd_print_error(&err);
		return -1;
	}
	if (f->errors > MAX_ERRORS_SHOWN)
		fprintf(stderr, L("danso: ... và %d lỗi nữa\n", "danso: ... and %d more errors\n"),
		        f->errors - MAX_ERRORS_SHOWN);
	if (f->errors > 0) {
		fprintf(stderr, L("danso targets-import: %s: %d lỗi, không lưu chỉ tiêu nào.\n",
		                  "danso targets-import: %s: %d errors, no target was stored.\n"), term_safe(path), f->errors);
		return -1;
	}
	if (f->n == 0) {
		fprintf(stderr, L("danso targets-import: %s: tệp không có dòng chỉ tiêu nào.\n",
		                  "danso targets-import: %s: the file has no target rows.\n"), term_safe(path));
		return -1;
	}
	return 0;
}

/* Open the database for a change of targets: the officer's login at a
 * commune, and at an upper level once it has its officer (the first
 * import makes the account); an upper level's database with no account
 * yet takes them without one. */
static int
open_for_targets(cli_ctx *ctx, db **d, user_account *u)
{
	ds_err err = {0};

	if (session_open_any(ctx->db_path, 0, d, &err) != 0) {
		cmd_print_error(&err);
		return -1;
	}
	if (access_upper_level(*d))
		return 0;
	if (!db_is_initialised(*d)) {	/* an upper level's, with its officer */
		if (cmd_authenticate(ctx, *d, 1, u) == 0)
			return 0;
		db_close(d);
		return -1;
	}
	db_close(d);
	return cmd_open_for_change(ctx, 1, d, u);
}

/* danso targets-import: load yearly targets from a CSV file. */
int
cmd_targets_import(cli_ctx *ctx, int argc, char **argv)
{
	targets_file c = {0};
	char **files = xcalloc((size_t)argc + 1, sizeof *files);
	int nfiles = 0, rc = EXIT_REFUSED;
	ds_err err = {0};
	user_account u;
	db *d = NULL;

	if (args_parse(argc, argv, NULL, 0, files, &nfiles) != 0 || nfiles != 1) {
		if (nfiles != 1)
			fprintf(stderr, "danso targets-import: %s\n",
			        L("cần đúng một tệp: danso targets-import TỆP.csv",
			          "exactly one file is needed: danso targets-import FILE.csv"));
		free(files);
		return EXIT_USAGE;
	}
	if (read_targets(files[0], &c) == 0 && open_for_targets(ctx, &d, &u) == 0) {
		if (admin_targets_replace(d, c.rows, c.n, &err) != 0) {
			cmd_print_error(&err);
		} else {
			printf(L("Đã nạp %zu chỉ tiêu của %d đơn vị-năm từ %s.\n",
			         "Loaded %zu targets of %d unit-years from %s.\n"), c.n, targets_file_unit_years(&c), term_safe(files[0]));
			rc = EXIT_OK;
		}
		db_close(&d);
	}
	targets_file_free(&c);
	free(files);
	return rc;
}

/* How many targets unit has (any year); -1 on error. */
static long
unit_targets(db *d, const char *unit)
{
	target_row *rows = NULL;
	size_t n = 0;
	ds_err err = {0};

	if (db_targets_list(d, unit, 0, &rows, &n, &err) != 0)
		return -1;
	free(rows);
	return (long)n;
}

/* danso targets-unit [set UNIT | clear]: show or choose the unit whose
 * targets the commune (or the upper level's total) is compared with. */
int
cmd_targets_unit(cli_ctx *ctx, int argc, char **argv)
{
	char **pos = xcalloc((size_t)argc + 1, sizeof *pos);
	char unit[TARGET_UNIT_LEN] = "";
	int npos = 0, rc = EXIT_REFUSED;
	ds_err err = {0};
	user_account u;
	db *d = NULL;

	if (args_parse(argc, argv, NULL, 0, pos, &npos) != 0 || npos > 2 ||
	    (npos >= 1 && strcmp(pos[0], "set") != 0 && strcmp(pos[0], "clear") != 0) ||
	    (npos >= 1 && strcmp(pos[0], "set") == 0 && npos != 2) || (npos >= 1 && strcmp(pos[0], "clear") == 0 && npos != 1)) {
		fprintf(stderr, "danso targets-unit: %s\n",
		        L("cách dùng: danso targets-unit [set TÊN|MÃ | clear]", "usage: danso targets-unit [set NAME|CODE | clear]"));
		free(pos);
		return EXIT_USAGE;
	}
	if (npos == 0) {
		if (session_open_any(ctx->db_path, DB_OPEN_READONLY, &d, &err) != 0) {
			cmd_print_error(&err);
		} else {
			db_setting_get(d, "target_unit", unit, sizeof unit);
			if (str_empty(unit))
				printf(L("Chưa chọn đơn vị chỉ tiêu: chỉ so với chỉ tiêu của chính xã (theo mã hoặc tên).\n",
				         "No target unit is set: only the commune's own targets (by code or name) apply.\n"));
			else
				printf(L("Đơn vị chỉ tiêu: %s (%ld chỉ tiêu đã nạp).\n", "Target unit: %s (%ld targets loaded).\n"),
				       unit, unit_targets(d, unit));
			rc = EXIT_OK;
			db_close(&d);
		}
		free(pos);
		return rc;
	}
	if (open_for_targets(ctx, &d, &u) == 0) {
		const char *value = npos == 2 ? pos[1] : NULL;
		if (admin_target_unit_set(d, value, &err) != 0) {
			cmd_print_error(&err);
		} else {
			rc = EXIT_OK;
			db_setting_get(d, "target_unit", unit, sizeof unit);
			if (value == NULL)
				printf(L("Đã bỏ đơn vị chỉ tiêu.\n", "The target unit is cleared.\n"));
			else
				printf(L("Đơn vị chỉ tiêu: %s (%ld chỉ tiêu đã nạp).\n", "Target unit: %s (%ld targets loaded).\n"),
				       unit, unit_targets(d, unit));
			if (value != NULL && unit_targets(d, unit) == 0)
				fprintf(stderr, L("danso targets-unit: chưa có chỉ tiêu nào của \"%s\"; nạp bằng danso targets-import.\n",
				                  "danso targets-unit: no targets of \"%s\" are loaded yet; load them with danso targets-import.\n"),
				        unit);
		}
		db_close(&d);
	}
	free(pos);
	return rc;
}
