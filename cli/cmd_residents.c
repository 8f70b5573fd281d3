/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* cmd_residents.c: `danso residents-compare FILE.csv`: the register against
 * an extract of the national residents database (app/residents.h,
 * docs/residents.md). */
#include "config.h"

#include "cli/args.h"
#include "cli/commands.h"
#include "app/residents.h"
#include "db/db.h"
#include "db/users.h"
#include "domain/i18n.h"
#include "domain/util.h"
#include "exchange/csvwrite.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define BAD_ROWS_SHOWN 100

/* Print a bad row of the extract (the first BAD_ROWS_SHOWN). */
static void
print_bad_row(void *arg, const ds_err *e)
{
	long *shown = arg;

	if ((*shown)++ < BAD_ROWS_SHOWN)
		cmd_print_error(e);
}

/* The findings as CSV on stdout, one row per finding and field. */
static int
write_csv(const residents_run *run, ds_err *err)
{
	char buf[RESIDENTS_CSV_COLUMNS][NAME_LEN];
	const char *cols[RESIDENTS_CSV_COLUMNS];
	csvw *w = csvw_open_stream(stdout, "stdout", 0);

	if (csvw_row(w, residents_csv_header, RESIDENTS_CSV_COLUMNS, err) != 0)
		goto fail;
	for (size_t i = 0; i < run->res.nfindings; i++) {
		residents_csv_row(run, &run->res.findings[i], buf, cols);
		if (csvw_row(w, cols, RESIDENTS_CSV_COLUMNS, err) != 0)
			goto fail;
	}
	return csvw_commit(&w, err);
fail:
	csvw_abort(&w);
	return -1;
}

/* The report as text on stdout. */
static int
write_text(const residents_run *run, ds_err *err)
{
	strbuf sb;
	int rc = 0;

	strbuf_init(&sb);
	residents_format_text(run, &sb);
	if (fputs(sb.data, stdout) == EOF || fflush(stdout) != 0)
		rc = ds_err_set(err, L("Không ghi được ra đầu ra chuẩn", "Cannot write to standard output"));
	strbuf_free(&sb);
	return rc;
}

/* Usage mistake: say it and return EXIT_USAGE. */
static int
usage_error(const char *msg)
{
	fprintf(stderr, "danso residents-compare: %s\n", msg);
	fprintf(stderr, "%s: danso residents-compare FILE.csv [--format text|csv] [--map FIELD=HEADER,...] "
	                "[--xlsx FILE] [--dismiss REF --reason TEXT | --confirm REF]\n", L("Cách dùng", "Usage"));
	return EXIT_USAGE;
}

int
cmd_residents(cli_ctx *ctx, int argc, char **argv)
{
	const char *format = "text", *map_spec = NULL, *dismiss = NULL, *confirm = NULL, *reason = NULL, *xlsx = NULL;
	const arg_spec specs[] = {
		{"--format", ARG_VALUE, &format, NULL}, {"--map", ARG_VALUE, &map_spec, NULL},
		{"--dismiss", ARG_VALUE, &dismiss, NULL}, {"--confirm", ARG_VALUE, &confirm, NULL},
		{"--reason", ARG_VALUE, &reason, NULL}, {"--xlsx", ARG_VALUE, &xlsx, NULL},
	};
	char **positional = xcalloc((size_t)argc + 1, sizeof *positional);
	int npos = 0, rc = EXIT_REFUSED;
	long shown = 0;
	residents_map map;
	residents_run *run = NULL;
	user_account u;
	ds_err err = {0};
	db *d = NULL;

	if (args_parse(argc, argv, specs, ARRAY_LEN(specs), positional, &npos) != 0) {
		free(positional);
		return EXIT_USAGE;
	}
	if (npos != 1)
		rc = usage_error(L("cần đúng một tệp CSV", "exactly one CSV file is required"));
	else if (strcmp(format, "text") != 0 && strcmp(format, "csv") != 0)
		rc = usage_error(L("--format là text hoặc csv", "--format is text or csv"));
	else if (dismiss != NULL && confirm != NULL)
		rc = usage_error(L("--dismiss hoặc --confirm, không cả hai", "--dismiss or --confirm, not both"));
	else if (dismiss != NULL && str_empty(reason))
		rc = usage_error(L("--dismiss cần --reason", "--dismiss needs --reason"));
	else if (map_spec != NULL && residents_map_parse(map_spec, &map, &err) != 0)
		rc = usage_error(err.msg);
	else
		rc = -1;
	if (rc != -1) {
		free(positional);
		return rc;
	}
	rc = EXIT_REFUSED;
	if (cmd_open_for_change(ctx, 1, &d, &u) != 0)
		goto done;
	if (residents_compare(d, positional[0], map_spec != NULL ? &map : NULL, print_bad_row, &shown, &run, &err) != 0) {
		if (shown > BAD_ROWS_SHOWN)
			fprintf(stderr, L("danso: ... và %ld dòng lỗi nữa\n", "danso: ... and %ld more bad rows\n"),
			        shown - BAD_ROWS_SHOWN);
		cmd_print_error(&err);
		goto done;
	}
	if (dismiss != NULL || confirm != NULL) {
		const char *ref = dismiss != NULL ? dismiss : confirm;

		if (residents_decide(d, run, ref, confirm != NULL, reason, &err) != 0) {
			cmd_print_error(&err);
			goto done;
		}
		printf(confirm != NULL ? L("Đã xác nhận %s là cùng người.\n", "Confirmed %s as the same person.\n")
		                       : L("Đã bỏ qua %s.\n", "Dismissed %s.\n"), ref);
		rc = EXIT_OK;
		goto done;
	}
	if (xlsx != NULL) {
		if (residents_xlsx_write(run, xlsx, &err) != 0) {
			cmd_print_error(&err);
			goto done;
		}
		fprintf(stderr, L("Đã ghi %s.\n", "Wrote %s.\n"), xlsx);
	}
	if ((strcmp(format, "csv") == 0 ? write_csv(run, &err) : write_text(run, &err)) != 0) {
		cmd_print_error(&err);
		goto done;
	}
	rc = EXIT_OK;
done:
	residents_run_free(&run);
	db_close(&d);
	free(positional);
	return rc;
}
