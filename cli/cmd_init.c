/* cmd_init.c: `danso init`: create a commune's database. */
#include "config.h"

#include "cli/args.h"
#include "cli/commands.h"
#include "domain/i18n.h"
#include "domain/ids.h"
#include "domain/util.h"
#include "domain/termsafe.h"
#include "db/codes.h"
#include "db/db.h"
#include "db/auth.h"
#include "db/users.h"

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
		return EXIT_REFUSED;
	}
	if (*str_trim((char *)name) == '\0') {
		fprintf(stderr, "danso init: --name: %s\n", L("tên xã không được để trống", "the commune name is empty"));
		return EXIT_REFUSED;
	}
	if (province != NULL && !is_digits(province, 2)) {
		fprintf(stderr, "danso init: --province %s: %s\n", term_safe(province),
		        L("mã tỉnh phải gồm đúng 2 chữ số", "the province code must be exactly 2 digits"));
		return EXIT_REFUSED;
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

/* Write the settings, code lists and the officer account in one go. */
static int
init_contents(db *d, const char *commune, const char *name, const char *province, const char *upper,
              const char *pin_hash, ds_err *err)
{
	user_account officer = {0};
	char key[65], now[21];

	db_now(now);
	ids_random_hex(key, 32);
	str_copy(officer.login, sizeof officer.login, "canbo");
	str_copy(officer.full_name, sizeof officer.full_name, L("Cán bộ dân số xã", "Commune population officer"));
	str_copy(officer.role, sizeof officer.role, "officer");
	if (db_begin(d, err) != 0)
		return -1;
	if (db_setting_set(d, "commune_code", commune, err) != 0 ||
	    db_setting_set(d, "commune_name", name, err) != 0 ||
	    db_setting_set(d, "province_code", province != NULL ? province : "", err) != 0 ||
	    db_setting_set(d, "upper_name", upper != NULL ? upper : "", err) != 0 ||
	    db_setting_set(d, "created_at", now, err) != 0 ||
	    db_setting_set(d, "pseudonym_key", key, err) != 0 ||
	    db_codes_seed(d, err) != 0 ||
	    db_user_add(d, &officer, err) != 0 ||
	    (pin_hash[0] != '\0' && db_auth_set_pin(d, officer.id, pin_hash, err) != 0)) {
		db_rollback(d);
		return -1;
	}
	return db_commit(d, err);
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
	db *d = NULL;
	int rc;

	if (args_parse(argc, argv, specs, ARRAY_LEN(specs), NULL, NULL) != 0)
		return EXIT_USAGE;
	if ((rc = validate_init(commune, name, province)) != EXIT_OK)
		return rc;
	if (first_officer_pin(pin_hash) != 0)
		return EXIT_REFUSED;
	if (db_open(ctx->db_path, DB_OPEN_CREATE, &d, &err) != 0) {
		cmd_print_error(&err);
		return EXIT_REFUSED;
	}
	if (db_is_initialised(d)) {
		fprintf(stderr, "danso init: %s %s\n", term_safe(ctx->db_path),
		        L("đã có dữ liệu của một xã; không ghi đè. Dùng --db để chọn tệp khác.",
		          "already holds a commune's data; nothing was overwritten. Use --db for another file."));
		db_close(&d);
		return EXIT_REFUSED;
	}
	if (init_contents(d, commune, name, province, upper, pin_hash, &err) != 0) {
		cmd_print_error(&err);
		db_close(&d);
		return EXIT_REFUSED;
	}
	printf(L("Đã tạo CSDL %s cho %s (mã %s).\n", "Created database %s for %s (code %s).\n"),
	       term_safe(ctx->db_path), term_safe(name), term_safe(commune));
	if (pin_hash[0] == '\0')
		printf(L("Tài khoản cán bộ xã \"canbo\" chưa có mã PIN: danso user pin --login canbo\n",
		         "The officer account \"canbo\" has no PIN yet: danso user pin --login canbo\n"));
	db_close(&d);
	return EXIT_OK;
}
