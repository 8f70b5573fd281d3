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
#include "app/admin.h"
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
	if (read_targets(files[0], &c) == 0 && cmd_open_for_change(ctx, 1, &d, &u) == 0) {
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
