/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* cmd_demo.c: `danso demo`: fill a new register with a synthetic commune
 * (demo/demo.h, docs/demo.md). */
#include "config.h"

#include "cli/args.h"
#include "app/auth.h"
#include "cli/commands.h"
#include "db/users.h"
#include "demo/demo.h"
#include "domain/clock.h"
#include "domain/date.h"
#include "domain/i18n.h"
#include "domain/util.h"
#include "domain/termsafe.h"
#include "db/db.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Read the options into opt; prints the mistake and returns -1. */
static int
demo_options_parse(int argc, char **argv, demo_options *opt)
{
	const char *households = NULL, *months = NULL, *seed = NULL;
	const arg_spec specs[] = {
		{"--households", ARG_VALUE, &households, NULL},
		{"--months", ARG_VALUE, &months, NULL},
		{"--seed", ARG_VALUE, &seed, NULL},
	};
	long n = 300, m = 12, s = 1;

	if (args_parse(argc, argv, specs, ARRAY_LEN(specs), NULL, NULL) != 0)
		return -1;
	if ((households != NULL && args_int("demo", "--households", households, 1, DEMO_MAX_HOUSEHOLDS, &n) != 0) ||
	    (months != NULL && args_int("demo", "--months", months, 1, DEMO_MAX_MONTHS, &m) != 0) ||
	    (seed != NULL && args_int("demo", "--seed", seed, 0, 2147483647L, &s) != 0))
		return -1;
	memset(opt, 0, sizeof *opt);
	opt->households = (int)n;
	opt->months = (int)m;
	opt->seed = (uint64_t)s;
	clock_today(opt->today);
	return 0;
}

/* Print what was generated. */
static void
demo_print_summary(const demo_summary *s)
{
	printf(L("Đã tạo xã mẫu: %d địa bàn, %d hộ, %d nhân khẩu; %d/%d phụ nữ 15-49 có chồng dùng BPTT.\n",
	         "Demo commune created: %d areas, %d households, %d people; %d/%d married women 15-49 use contraception.\n"),
	       s->areas, s->households, s->people, s->fp_users, s->married_women);
	printf(L("Sự kiện %s..%s: %ld (sinh %d, chết %d, chuyển đến %d, chuyển đi %d, kết hôn %d, ly hôn %d).\n",
	         "Events %s..%s: %ld (births %d, deaths %d, moves in %d, moves out %d, marriages %d, divorces %d).\n"),
	       s->first_period, s->last_period, s->events, s->births, s->deaths, s->moves_in, s->moves_out,
	       s->marriages, s->divorces);
	if (s->refused > 0)
		printf(L("%ld sự kiện bị quy tắc từ chối và bỏ qua; đầu tiên: %s\n",
		         "%ld events refused by the rules and skipped; first: %s\n"),
		       s->refused, term_safe(s->first_refusal));
}

int
cmd_demo(cli_ctx *ctx, int argc, char **argv)
{
	demo_options opt;
	demo_summary sum;
	ds_err err = {0};
	user_account u;
	db *d = NULL;

	if (demo_options_parse(argc, argv, &opt) != 0)
		return EXIT_USAGE;
	if (cmd_open_for_change(ctx, 1, &d, &u) != 0)
		return EXIT_REFUSED;
	db_bulk_cache(d, demo_cache_kib(&opt));
	/* the demo's collaborators get the PIN in DANSO_NEW_PIN, when it is
	 * set, so a demonstration can log in as any of them */
	opt.collaborator_pin = getenv("DANSO_NEW_PIN");
	if (demo_generate(d, &opt, &sum, &err) != 0) {
		cmd_print_error(&err);
		fprintf(stderr, "danso demo: %s\n", L("không lưu gì.", "nothing was saved."));
		db_close(&d);
		return EXIT_REFUSED;
	}
	demo_print_summary(&sum);
	db_close(&d);
	return EXIT_OK;
}
