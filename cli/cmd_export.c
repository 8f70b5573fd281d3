/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* cmd_export.c: `danso export` (the monthly package) and `danso unlock`
 * (reopen an exported month for a correction, officer only). */
#include "config.h"

#include "cli/args.h"
#include "cli/commands.h"
#include "app/admin.h"
#include "app/dhis2.h"
#include "app/export.h"
#include "app/minmax.h"
#include "db/db.h"
#include "db/users.h"
#include "domain/i18n.h"
#include "domain/period.h"
#include "domain/util.h"
#include "domain/termsafe.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The month's min-max warnings, before it leaves the commune (they do
 * not stop the export: a real surge happens). */
static void
print_minmax(db *d, const char *month)
{
	minmax_warning *w = NULL;
	size_t n = 0;
	ds_err err = {0};
	char line[512];

	if (minmax_area_warnings(d, month, &w, &n, &err) != 0) {
		cmd_print_error(&err);
		return;
	}
	if (n > 0)
		fprintf(stderr, L("danso export: %zu cảnh báo min–max (số của tháng ngoài khoảng 12 tháng trước; "
		                  "kiểm tra lại trước khi gửi):\n",
		                  "danso export: %zu min–max warnings (a month's count outside the range of the 12 months "
		                  "before; check before sending):\n"), n);
	for (size_t i = 0; i < n; i++) {
		minmax_format(&w[i], line, sizeof line);
		fprintf(stderr, "  %s\n", line);
	}
	free(w);
}

/* `export --period YYYY-Qn|YYYY --dhis2`: the DHIS2 files of a quarter or
 * a year alone (app/dhis2.h); a package is always one month. */
static int
export_dhis2_period(cli_ctx *ctx, const export_options *eo)
{
	dhis2_options o = {.period = eo->period, .map_path = eo->dhis2_map, .dataset = eo->dhis2_dataset};
	dhis2_export_result res;
	user_account u;
	ds_err err = {0};
	db *d = NULL;
	int rc;

	if (cmd_open_db(ctx, 0, &d) != 0)
		return EXIT_REFUSED;
	if (cmd_authenticate(ctx, d, 1, &u) != 0) {
		db_close(&d);
		return EXIT_REFUSED;
	}
	o.storedby = u.login;
	rc = dhis2_export(d, &o, eo->out_dir, &res, &err);
	if (rc != 0) {
		cmd_print_error(&err);
	} else {
		printf(L("Đã xuất tập DHIS2 của %s, lần %d: %ld giá trị (%ld số 0 xóa giá trị cũ).\n",
		         "Exported the DHIS2 set of %s, number %d: %ld values (%ld zeros clearing earlier values).\n"),
		       eo->period, res.seq, res.values, res.cleared);
		printf("%s\n%s\n", res.csv_path, res.json_path);
	}
	db_close(&d);
	return rc == 0 ? EXIT_OK : EXIT_REFUSED;
}

int
cmd_export(cli_ctx *ctx, int argc, char **argv)
{
	export_options o = {0};
	const arg_spec specs[] = {
		{"--period", ARG_VALUE, &o.period, NULL},
		{"--out", ARG_VALUE, &o.out_dir, NULL},
		{"--excel", ARG_FLAG, NULL, &o.excel},
		{"--xlsx", ARG_FLAG, NULL, &o.xlsx},
		{"--no-names", ARG_FLAG, NULL, &o.no_names},
		{"--dhis2", ARG_OPTIONAL, &o.dhis2_map, &o.dhis2},
		{"--force-current", ARG_FLAG, NULL, &o.force_current},
		{"--reason", ARG_VALUE, &o.reason, NULL},
		{"--dhis2-dataset", ARG_VALUE, &o.dhis2_dataset, NULL},
	};
	export_result res;
	user_account u;
	ds_err err = {0};
	period p;
	db *d = NULL;
	int rc;

	if (args_parse(argc, argv, specs, ARRAY_LEN(specs), NULL, NULL) != 0)
		return EXIT_USAGE;
	if (o.period == NULL || o.out_dir == NULL) {
		fprintf(stderr, "danso export: %s\n", L("cần --period YYYY-MM và --out THƯ_MỤC",
		                                        "--period YYYY-MM and --out DIR are required"));
		return EXIT_USAGE;
	}
	if (o.force_current && str_empty(o.reason)) {
		fprintf(stderr, "danso export: %s\n", L("--force-current cần --reason LÝ_DO", "--force-current needs --reason TEXT"));
		return EXIT_USAGE;
	}
	if (period_parse(o.period, &p, NULL) == 0 && p.type != PERIOD_MONTH && o.dhis2)
		return export_dhis2_period(ctx, &o);
	if (cmd_open_db(ctx, 0, &d) != 0)
		return EXIT_REFUSED;
	if (cmd_authenticate(ctx, d, 1, &u) != 0) {
		db_close(&d);
		return EXIT_REFUSED;
	}
	if (period_parse(o.period, &p, NULL) == 0 && p.type == PERIOD_MONTH)
		print_minmax(d, o.period);
	rc = export_package(d, &o, &res, &err);
	if (rc == 0 && res.finished) {
		printf(L("Đã hoàn tất lần xuất bị gián đoạn của tháng %s, lần %d.\n%s %s\n",
		         "Finished the interrupted export of %s, revision %d.\n%s %s\n"),
		       res.period, res.revision, L("Tệp kê khai:", "Manifest:"), term_safe(res.manifest_path));
		db_close(&d);
		return EXIT_OK;
	}
	if (rc != 0) {
		cmd_print_error(&err);
	} else {
		if (res.backup_warning[0] != '\0')
			fprintf(stderr, "danso: %s\n", term_safe(res.backup_warning));
		printf(L("Đã xuất tháng %s, lần %d: %ld chỉ tiêu, %ld sự kiện", "Exported %s, revision %d: %ld indicators, %ld events"),
		       res.period, res.revision, res.indicators, res.events);
		if (o.dhis2)
			printf(L(", %ld giá trị DHIS2", ", %ld DHIS2 values"), res.dhis2_values);
		printf(".\n%s %s\n%s\n", L("Tệp kê khai:", "Manifest:"), term_safe(res.manifest_path),
		       L("Tháng này đã được khóa.", "The month is now locked."));
	}
	db_close(&d);
	return rc == 0 ? EXIT_OK : EXIT_REFUSED;
}

int
cmd_unlock(cli_ctx *ctx, int argc, char **argv)
{
	const char *period_text = NULL, *reason = NULL;
	const arg_spec specs[] = {
		{"--period", ARG_VALUE, &period_text, NULL},
		{"--reason", ARG_VALUE, &reason, NULL},
	};
	char month[PERIOD_LEN];
	user_account u;
	ds_err err = {0};
	period p;
	db *d = NULL;
	int rc;

	if (args_parse(argc, argv, specs, ARRAY_LEN(specs), NULL, NULL) != 0)
		return EXIT_USAGE;
	if (period_text == NULL || reason == NULL) {
		fprintf(stderr, "danso unlock: %s\n", L("cần --period YYYY-MM và --reason LÝ_DO",
		                                        "--period YYYY-MM and --reason TEXT are required"));
		return EXIT_USAGE;
	}
	if (period_parse(period_text, &p, &err) != 0 || p.type != PERIOD_MONTH) {
		fprintf(stderr, "danso unlock: --period %s: %s\n", term_safe(period_text),
		        L("cần một tháng YYYY-MM", "a month YYYY-MM is required"));
		return EXIT_USAGE;
	}
	period_format(&p, month);
	if (cmd_open_db(ctx, 0, &d) != 0)
		return EXIT_REFUSED;
	if (cmd_authenticate(ctx, d, 1, &u) != 0) {
		db_close(&d);
		return EXIT_REFUSED;
	}
	rc = admin_period_unlock(d, month, str_trim((char *)reason), &err);
	if (rc != 0)
		cmd_print_error(&err);
	else
		printf(L("Đã mở khóa tháng %s. Lần xuất sau là bản sửa mới.\n",
		         "Month %s unlocked. The next export is a new revision.\n"), month);
	db_close(&d);
	return rc == 0 ? EXIT_OK : EXIT_REFUSED;
}
