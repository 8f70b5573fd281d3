/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* cmd_report.c: `danso report --period P [--format text|csv] [--xlsx FILE]`. */
#include "config.h"

#include "cli/args.h"
#include "cli/commands.h"
#include "app/session.h"
#include "app/import.h"
#include "app/report.h"
#include "app/report_xlsx.h"
#include "domain/i18n.h"
#include "domain/util.h"
#include "domain/termsafe.h"
#include "db/db.h"
#include "exchange/csvwrite.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The report as CSV on stdout: the export's columns
 * commune_code,period,indicator,value,label_vi then target, numerator,
 * denominator, and the target's bound (min / max), year-to-date actual,
 * gap and verdict (1 / 0); empty when they do not apply. Targets that no
 * indicator row carries (the 3rd-birth reduction) follow as rows of their
 * own (docs/indicators.md). */
static int
write_csv(const report *r, ds_err *err)
{
	static const char *const header[] = {"commune_code", "period", "indicator", "value", "label_vi", "target",
	                                     "numerator", "denominator", "target_bound", "ytd", "gap", "met"};
	report_row *rows = xcalloc(IND_COUNT + REPORT_MAX_TARGETS, sizeof *rows);
	size_t n = report_rows(r, rows);
	csvw *w = csvw_open_stream(stdout, "stdout", 0);

	n += report_target_rows(r, rows + n);
	if (csvw_row(w, header, ARRAY_LEN(header), err) != 0)
		goto fail;
	for (size_t i = 0; i < n; i++) {
		const char *fields[] = {r->commune_code, r->period, rows[i].indicator, rows[i].value,
		                        rows[i].label_vi, rows[i].target, rows[i].numerator, rows[i].denominator,
		                        rows[i].bound, rows[i].ytd, rows[i].gap, rows[i].met};
		if (csvw_row(w, fields, ARRAY_LEN(fields), err) != 0)
			goto fail;
	}
	free(rows);
	return csvw_commit(&w, err);
fail:
	free(rows);
	csvw_abort(&w);
	return -1;
}

/* The report as text on stdout. */
static int
write_text(const report *r, ds_err *err)
{
	strbuf sb;
	char *safe;
	int rc = 0;

	strbuf_init(&sb);
	report_format_text(r, &sb);
	safe = term_safe_dup(sb.data, TERM_SAFE_LINES);
	if (fputs(safe, stdout) == EOF || fflush(stdout) != 0)
		rc = ds_err_set(err, L("Không ghi được báo cáo ra đầu ra chuẩn", "Cannot write the report to standard output"));
	strbuf_free(&sb);
	free(safe);
	return rc;
}

/* --by-commune: the upper level's imported packages side by side
 * (app/import.h); the database need not be a commune's. */
static int
report_by_commune(cli_ctx *ctx, const char *period_text, int csv, const char *xlsx_path)
{
	ds_err err = {0};
	db *d = NULL;
	int rc;

	if (session_open_any(ctx->db_path, DB_OPEN_READONLY, &d, &err) != 0) {
		cmd_print_error(&err);
		return EXIT_REFUSED;
	}
	if (xlsx_path != NULL)
		rc = report_xlsx_write_by_commune(d, period_text, xlsx_path, &err);
	else
		rc = import_print_by_commune(d, period_text, csv, &err);
	if (rc != 0)
		cmd_print_error(&err);
	db_close(&d);
	return rc == 0 ? EXIT_OK : EXIT_REFUSED;
}

/* danso report: compute and print a period's report. */
int
cmd_report(cli_ctx *ctx, int argc, char **argv)
{
	const char *period_text = NULL, *format = NULL, *xlsx_path = NULL;
	int by_commune = 0;
	const arg_spec specs[] = {
		{"--period", ARG_VALUE, &period_text, NULL},
		{"--format", ARG_VALUE, &format, NULL},
		{"--by-commune", ARG_FLAG, NULL, &by_commune},
		{"--xlsx", ARG_VALUE, &xlsx_path, NULL},
	};
	ds_err err = {0};
	report *r;
	db *d = NULL;
	int rc;

	if (args_parse(argc, argv, specs, ARRAY_LEN(specs), NULL, NULL) != 0)
		return EXIT_USAGE;
	if (period_text == NULL) {
		fprintf(stderr, "danso report: %s\n", L("cần --period YYYY-MM, YYYY-Qn hoặc YYYY",
		                                        "--period YYYY-MM, YYYY-Qn or YYYY is required"));
		return EXIT_USAGE;
	}
	if (format != NULL && strcmp(format, "text") != 0 && strcmp(format, "csv") != 0) {
		fprintf(stderr, "danso report: --format %s: %s\n", term_safe(format),
		        L("chỉ nhận text hoặc csv", "must be text or csv"));
		return EXIT_USAGE;
	}
	if (by_commune)
		return report_by_commune(ctx, period_text, format != NULL && strcmp(format, "csv") == 0, xlsx_path);
	if (cmd_open_db(ctx, DB_OPEN_READONLY, &d) != 0)
		return EXIT_REFUSED;
	r = xmalloc(sizeof *r);
	if (xlsx_path != NULL) {
		rc = report_xlsx_write(d, period_text, xlsx_path, &err);
	} else {
		rc = report_compute(d, period_text, r, &err);
		if (rc == 0)
			rc = format != NULL && strcmp(format, "csv") == 0 ? write_csv(r, &err) : write_text(r, &err);
	}
	if (rc != 0)
		cmd_print_error(&err);
	free(r);
	db_close(&d);
	return rc == 0 ? EXIT_OK : EXIT_REFUSED;
}
