/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* cmd_check.c: `danso check`: integrity and consistency of the register. */
#include "config.h"

#include "cli/args.h"
#include "cli/commands.h"
#include "app/session.h"
#include "domain/i18n.h"
#include "domain/util.h"
#include "domain/termsafe.h"
#include "db/check.h"
#include "db/db.h"

#include <stdio.h>

/* Print one consistency problem. */
static void
print_problem(void *ctx, const char *message)
{
	(void)ctx;
	printf("  - %s\n", term_safe(message));
}

/* danso check: integrity and consistency of the database. */
int
cmd_check(cli_ctx *ctx, int argc, char **argv)
{
	ds_err err = {0};
	db *d = NULL;
	int problems;

	if (args_parse(argc, argv, NULL, 0, NULL, NULL) != 0)
		return EXIT_USAGE;
	/* any danso database: a commune's register or an upper level's store */
	if (session_open_any(ctx->db_path, DB_OPEN_READONLY, &d, &err) != 0) {
		cmd_print_error(&err);
		return EXIT_REFUSED;
	}
	if (db_integrity(d, &err) != 0) {
		cmd_print_error(&err);
		db_close(&d);
		return EXIT_REFUSED;
	}
	printf("%s\n", L("Tệp CSDL nguyên vẹn, các liên kết đúng.", "Database file intact, links correct."));
	if (!db_is_initialised(d)) {
		printf("%s\n", L("CSDL của cấp trên (các gói đã nhập): không có sổ hộ để đối chiếu.",
		                  "An upper level's database (imported packages): no register to cross-check."));
		db_close(&d);
		return EXIT_OK;
	}
	problems = db_check_consistency(d, print_problem, NULL, &err);
	db_close(&d);
	if (problems < 0) {
		cmd_print_error(&err);
		return EXIT_REFUSED;
	}
	if (problems > 0) {
		fprintf(stderr, L("danso check: %d vấn đề cần sửa.\n", "danso check: %d problems to fix.\n"), problems);
		return EXIT_REFUSED;
	}
	printf("%s\n", L("Dữ liệu nhất quán: không có vấn đề nào.", "Data consistent: no problems found."));
	return EXIT_OK;
}
