/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* cmd_codes.c: `danso codes-import FILE.csv`: a province replaces code lists.
 *
 * The file has the columns list,code,label_vi,label_en. Every list named in
 * the file is replaced whole; lists not named stay as they are. The file is
 * checked completely first (every bad row is reported with its line and
 * column) and nothing is changed unless all of it is good. */
#include "config.h"

#include "cli/args.h"
#include "cli/commands.h"
#include "app/admin.h"
#include "db/codes.h"
#include "db/db.h"
#include "db/users.h"
#include "domain/codes.h"
#include "domain/i18n.h"
#include "domain/util.h"
#include "domain/termsafe.h"
#include "exchange/csvread.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct code_row {
	char list[32];
	code_entry entry;
};

struct codes_file {
	csvr *reader;
	struct code_row *rows;
	size_t len, cap;
	int bad_rows;
};

/* Report one problem of a row and count it. */
static void
codes_row_error(struct codes_file *cf, const csvr_row *row, const char *column, const char *msg)
{
	ds_err e = {0};
	int col = csvr_index(cf->reader, column);

	csvr_error_at(cf->reader, row, col < 0 ? 0 : (size_t)col, &e, "%s", msg);
	cmd_print_error(&e);
	cf->bad_rows++;
}

/* 1 if (list, code) already appeared earlier in the file. */
static int
codes_seen(const struct codes_file *cf, const char *list, const char *code)
{
	for (size_t i = 0; i < cf->len; i++)
		if (strcmp(cf->rows[i].list, list) == 0 && strcmp(cf->rows[i].entry.code, code) == 0)
			return 1;
	return 0;
}

/* Check one row and keep it. Problems are reported, not fatal, so the
 * user sees every bad row at once. */
static int
codes_on_row(void *arg, const csvr_row *row, ds_err *err)
{
	struct codes_file *cf = arg;
	const char *list = csvr_field(cf->reader, row, "list");
	const char *code = csvr_field(cf->reader, row, "code");
	const char *vi = csvr_field(cf->reader, row, "label_vi");
	const char *en = csvr_field(cf->reader, row, "label_en");
	struct code_row r = {0};

	(void)err;
	if (!codes_list_known(list))
		return codes_row_error(cf, row, "list", L("danh mục không có trong danso", "no such code list in danso")), 0;
	if (!codes_valid_form(code))
		return codes_row_error(cf, row, "code", L("mã phải gồm 1–7 chữ cái hoặc chữ số", "a code is 1–7 letters or digits")), 0;
	if (codes_seen(cf, list, code))
		return codes_row_error(cf, row, "code", L("mã bị lặp trong danh mục", "code repeated in the list")), 0;
	if (str_empty(vi) || str_copy(r.entry.label_vi, sizeof r.entry.label_vi, vi) != 0)
		return codes_row_error(cf, row, "label_vi", L("nhãn trống hoặc quá dài", "label empty or too long")), 0;
	if (str_copy(r.entry.label_en, sizeof r.entry.label_en, str_empty(en) ? vi : en) != 0)
		return codes_row_error(cf, row, "label_en", L("nhãn quá dài", "label too long")), 0;
	str_copy(r.list, sizeof r.list, list);
	str_copy(r.entry.code, sizeof r.entry.code, code);
	if (cf->len == cf->cap)
		cf->rows = xrealloc(cf->rows, (cf->cap = cf->cap ? cf->cap * 2 : 64) * sizeof *cf->rows);
	cf->rows[cf->len++] = r;
	return 0;
}

/* The distinct list names of the file, in order of first appearance;
 * returns their count (at most max). */
static size_t
codes_lists(const struct codes_file *cf, const char **names, size_t max)
{
	size_t n = 0;

	for (size_t i = 0; i < cf->len; i++) {
		size_t k = 0;

		while (k < n && strcmp(names[k], cf->rows[i].list) != 0)
			k++;
		if (k == n && n < max)
			names[n++] = cf->rows[i].list;
	}
	return n;
}

/* Every code the rules rely on must stay in a replaced list. */
static int
codes_check_required(const struct codes_file *cf, const char *path)
{
	const char *names[32];
	size_t n = codes_lists(cf, names, ARRAY_LEN(names));
	int missing = 0;

	for (size_t k = 0; k < n; k++) {
		for (const char *const *req = codes_required(names[k]); *req != NULL; req++) {
			if (codes_seen(cf, names[k], *req))
				continue;
			fprintf(stderr, L("danso: %s: danh mục %s phải giữ mã %s (quy tắc và chỉ tiêu dùng mã này)\n",
			                  "danso: %s: list %s must keep code %s (rules and indicators use it)\n"),
			        term_safe(path), term_safe(names[k]), term_safe(*req));
			missing++;
		}
	}
	return missing;
}

/* Replace every list of the file together (app/admin.h); *lists gets their count. */
static int
codes_store(db *d, const struct codes_file *cf, size_t *lists, ds_err *err)
{
	const char *names[32];
	code_entry *entries = xcalloc(cf->len, sizeof *entries);
	code_list_change change[32];
	size_t used = 0;
	int rc;

	*lists = codes_lists(cf, names, ARRAY_LEN(names));
	for (size_t k = 0; k < *lists; k++) {
		change[k].list = names[k];
		change[k].entries = entries + used;
		change[k].n = 0;
		for (size_t i = 0; i < cf->len; i++)
			if (strcmp(cf->rows[i].list, names[k]) == 0)
				entries[used + change[k].n++] = cf->rows[i].entry;
		used += change[k].n;
	}
	rc = admin_codes_replace(d, change, *lists, err);
	free(entries);
	return rc;
}

/* danso codes-import: replace code lists from a CSV file. */
int
cmd_codes_import(cli_ctx *ctx, int argc, char **argv)
{
	static const char *const columns[] = {"list", "code", "label_vi", "label_en"};
	struct codes_file cf = {0};
	char *files[2];
	int nfiles = 0, rc = EXIT_REFUSED;
	size_t lists = 0;
	ds_err err = {0};
	user_account u;
	db *d = NULL;

	if (args_parse(argc, argv, NULL, 0, files, &nfiles) != 0 || nfiles != 1) {
		fprintf(stderr, "danso codes-import: %s\n", L("cần đúng một tệp CSV", "needs exactly one CSV file"));
		return EXIT_USAGE;
	}
	cf.reader = csvr_new(files[0], CSVR_HEADER);
	csvr_require(cf.reader, columns, ARRAY_LEN(columns));
	if (csvr_parse_file(cf.reader, files[0], codes_on_row, &cf, &err) != 0) {
		cmd_print_error(&err);
	} else if (cf.bad_rows > 0 || codes_check_required(&cf, files[0]) > 0 || cf.len == 0) {
		fprintf(stderr, L("danso codes-import: %s có lỗi (hoặc trống); không thay đổi gì.\n",
		                  "danso codes-import: %s has errors (or is empty); nothing was changed.\n"), term_safe(files[0]));
	} else if (cmd_open_for_change(ctx, 1, &d, &u) == 0) {
		if (codes_store(d, &cf, &lists, &err) != 0) {
			cmd_print_error(&err);
		} else {
			printf(L("Đã thay %zu danh mục (%zu mã) từ %s.\n", "Replaced %zu code lists (%zu codes) from %s.\n"),
			       lists, cf.len, term_safe(files[0]));
			rc = EXIT_OK;
		}
		db_close(&d);
	}
	csvr_free(&cf.reader);
	free(cf.rows);
	return rc;
}
