/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* cmd_init.c: `danso init`: create a commune's database. */
#include "config.h"

#include "cli/args.h"
#include "cli/commands.h"
#include "app/session.h"
#include "domain/i18n.h"
#include "domain/util.h"
#include "domain/termsafe.h"
#include "db/auth.h"

#include <stdio.h>
#include <string.h>

/* 1 if s is exactly n ASCII digits. */
static int
is_digits(const char *s, size_t n)
{
	if (strlen(s) != n)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return 0;
	return 1;
}

/* Check the init options; prints what is wrong. */
static int
validate_init(const char *commune, const char *name, const char *province)
{
	if (commune == NULL || name == NULL) {
		fprintf(stderr, "danso init: %s\n", L("cần --commune MÃ và --name TÊN",
		                                      "--commune CODE and --name NAME are required"));
		return EXIT_USAGE;
	}
	if (!is_digits(commune, 5)) {
		fprintf(stderr, "danso init: --commune %s: %s\n", term_safe(commune),
		        L("mã xã phải gồm đúng 5 chữ số (danh mục của Tổng cục Thống kê)",
		          "the commune code must be exactly 5 digits (statistics office list)"));
		return EXIT_USAGE;
	}
	if (*str_trim((char *)name) == '\0') {
		fprintf(stderr, "danso init: --name: %s\n", L("tên xã không được để trống", "the commune name is empty"));
		return EXIT_USAGE;
	}
	if (province != NULL && !is_digits(province, 2)) {
		fprintf(stderr, "danso init: --province %s: %s\n", term_safe(province),
		        L("mã tỉnh phải gồm đúng 2 chữ số", "the province code must be exactly 2 digits"));
		return EXIT_USAGE;
	}
	return EXIT_OK;
}

/* The officer's first PIN: DANSO_NEW_PIN or asked on the terminal; hash
 * stays "" (no PIN yet, the interface asks for one) when neither. */
static int
first_officer_pin(char hash[AUTH_HASH_LEN])
{
	char pin[AUTH_SECRET_MAX + 2];
	ds_err err = {0};

	hash[0] = '\0';
	if (cmd_new_pin("canbo", pin, sizeof pin) != 0)
		return 0;
	if (auth_secret_form_ok(pin, &err) != 0) {
		fprintf(stderr, "danso init: %s\n", term_safe(err.msg));
		return -1;
	}
	if (auth_secret_hash(pin, hash) != 0)
		fatal("out of memory hashing a PIN");
	return 0;
}

/* danso init: create and initialise the commune's database. */
int
cmd_init(cli_ctx *ctx, int argc, char **argv)
{
	const char *commune = NULL, *name = NULL, *province = NULL, *upper = NULL;
	const arg_spec specs[] = {
		{"--commune", ARG_VALUE, &commune, NULL},
		{"--name", ARG_VALUE, &name, NULL},
		{"--province", ARG_VALUE, &province, NULL},
		{"--upper", ARG_VALUE, &upper, NULL},
	};
	ds_err err = {0};
	char pin_hash[AUTH_HASH_LEN];
	session_commune c;
	int rc;

	if (args_parse(argc, argv, specs, ARRAY_LEN(specs), NULL, NULL) != 0)
		return EXIT_USAGE;
	if ((rc = validate_init(commune, name, province)) != EXIT_OK)
		return rc;
	if (first_officer_pin(pin_hash) != 0)
		return EXIT_REFUSED;
	c.commune = commune;
	c.name = name;
	c.province = province != NULL ? province : "";
	c.upper = upper != NULL ? upper : "";
	c.pin_hash = pin_hash;
	if (session_init_commune(ctx->db_path, &c, &err) != 0) {
		fprintf(stderr, "danso init: %s\n", term_safe(err.msg));
		return EXIT_REFUSED;
	}
	printf(L("Đã tạo CSDL %s cho %s (mã %s).\n", "Created database %s for %s (code %s).\n"),
	       term_safe(ctx->db_path), term_safe(name), term_safe(commune));
	if (pin_hash[0] == '\0')
		printf(L("Tài khoản cán bộ xã \"canbo\" chưa có mã PIN: danso user pin --login canbo\n",
		         "The officer account \"canbo\" has no PIN yet: danso user pin --login canbo\n"));
	return EXIT_OK;
}
