/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* cmd_dhis2.c: `danso dhis2-push`: send the DHIS2 data value set of a
 * period to a DHIS2 server and print its import summary (app/dhis2.h,
 * docs/upper-level.md). The password comes from a file or the terminal,
 * never from the command line (other users see it in ps). */
#include "config.h"

#include "app/dhis2.h"
#include "cli/args.h"
#include "cli/commands.h"
#include "db/users.h"
#include "domain/i18n.h"
#include "domain/util.h"
#include "platform/platform.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#define PASSWORD_MAX 512

/* The first line of the password file into buf. */
static int
read_password_file(const char *path, char *buf, size_t n)
{
	FILE *fp = plat_fopen(path, "r");

	if (fp == NULL) {
		fprintf(stderr, "danso: %s: %s\n", path, strerror(errno));
		return -1;
	}
	if (plat_readable_by_others(path))
		fprintf(stderr, "danso: %s: %s\n", path,
		        L("cảnh báo: người khác đọc được tệp mật khẩu này (chmod 600)",
		          "warning: other users can read this password file (chmod 600)"));
	if (fgets(buf, (int)n, fp) == NULL)
		buf[0] = '\0';
	fclose(fp);
	buf[strcspn(buf, "\r\n")] = '\0';
	if (buf[0] == '\0') {
		fprintf(stderr, "danso: %s: %s\n", path, L("tệp mật khẩu rỗng", "the password file is empty"));
		return -1;
	}
	return 0;
}

/* Print the import summary; conflicts go to stderr when refused. */
static void
print_summary(const dhis2_summary *s, const dhis2_push_result *res, int dry_run, int refused)
{
	FILE *out = refused ? stderr : stdout;

	printf(L("DHIS2 trả lời (HTTP %ld): %s", "DHIS2 answered (HTTP %ld): %s"), res->http_status, s->status);
	if (s->description[0] != '\0')
		printf(" - %s", s->description);
	printf("\n");
	printf(L("Đã gửi %ld giá trị (%ld số 0 xóa giá trị cũ). Nhập mới %ld, cập nhật %ld, bỏ qua %ld, xóa %ld.\n",
	         "Sent %ld values (%ld zeros clearing earlier values). Imported %ld, updated %ld, ignored %ld, deleted %ld.\n"),
	       res->values, res->cleared, s->imported, s->updated, s->ignored, s->deleted);
	if (s->nconflicts > 0)
		fprintf(out, L("Xung đột (%zu):\n", "Conflicts (%zu):\n"), s->nconflicts);
	for (size_t i = 0; i < s->nconflicts; i++) {
		const dhis2_conflict *c = &s->conflicts[i];

		fprintf(out, "  %s%s%s", c->object, c->object[0] != '\0' ? ": " : "", c->value);
		if (c->error_code[0] != '\0')
			fprintf(out, " [%s]", c->error_code);
		fputc('\n', out);
	}
	if (dry_run)
		printf("%s\n", L("Chạy thử (--dry-run): DHIS2 không lưu gì.", "Dry run (--dry-run): DHIS2 stored nothing."));
	else if (refused)
		fprintf(stderr, "danso: %s\n",
		        L("DHIS2 không nhận trọn tập dữ liệu: sửa các xung đột trên (thường là cấu hình tập dữ liệu trong DHIS2, xem docs/upper-level.md) rồi gửi lại.",
		          "DHIS2 did not take the whole set: fix the conflicts above (usually the data set's setup in DHIS2, see docs/upper-level.md) and push again."));
}

int
cmd_dhis2_push(cli_ctx *ctx, int argc, char **argv)
{
	dhis2_push_options o;
	const char *password_file = NULL;
	int allow_http = 0, dry_run = 0;
	const arg_spec specs[] = {
		{"--url", ARG_VALUE, &o.url, NULL},
		{"--user", ARG_VALUE, &o.user, NULL},
		{"--password-file", ARG_VALUE, &password_file, NULL},
		{"--period", ARG_VALUE, &o.set.period, NULL},
		{"--map", ARG_VALUE, &o.set.map_path, NULL},
		{"--dataset", ARG_VALUE, &o.set.dataset, NULL},
		{"--id-scheme", ARG_VALUE, &o.id_scheme, NULL},
		{"--cacert", ARG_VALUE, &o.cacert, NULL},
		{"--allow-http-local", ARG_FLAG, NULL, &allow_http},
		{"--dry-run", ARG_FLAG, NULL, &dry_run},
	};
	char password[PASSWORD_MAX];
	dhis2_summary sum;
	dhis2_push_result res;
	user_account u;
	ds_err err = {0};
	db *d = NULL;
	int rc, refused;

	memset(&o, 0, sizeof o);
	for (int i = 1; i < argc; i++)
		if (strcmp(argv[i], "--password") == 0 || strncmp(argv[i], "--password=", 11) == 0) {
			fprintf(stderr, "danso dhis2-push: %s\n",
			        L("không nhận mật khẩu trên dòng lệnh (người khác thấy được): dùng --password-file TỆP hoặc để chương trình hỏi",
			          "no password on the command line (other users can see it): use --password-file FILE or let the program ask"));
			return EXIT_USAGE;
		}
	if (args_parse(argc, argv, specs, ARRAY_LEN(specs), NULL, NULL) != 0)
		return EXIT_USAGE;
	if (o.url == NULL || o.user == NULL || o.set.period == NULL) {
		fprintf(stderr, "danso dhis2-push: %s\n", L("cần --url URL, --user TÊN và --period P",
		                                            "--url URL, --user NAME and --period P are required"));
		return EXIT_USAGE;
	}
	o.allow_http_local = allow_http;
	o.dry_run = dry_run;
	if (dhis2_check_ended(o.set.period, &err) != 0) {   /* before asking for anything */
		cmd_print_error(&err);
		return EXIT_REFUSED;
	}
	if (cmd_open_db(ctx, 0, &d) != 0)
		return EXIT_REFUSED;
	if (cmd_authenticate(ctx, d, 1, &u) != 0) {
		db_close(&d);
		return EXIT_REFUSED;
	}
	if (password_file != NULL ? read_password_file(password_file, password, sizeof password) != 0
	                          : cmd_ask_secret(L("Mật khẩu DHIS2: ", "DHIS2 password: "), password, sizeof password) != 0) {
		if (password_file == NULL)
			fprintf(stderr, "danso: %s\n", L("cần mật khẩu DHIS2: chạy trên terminal hoặc dùng --password-file TỆP",
			                                 "the DHIS2 password is needed: run on a terminal or use --password-file FILE"));
		db_close(&d);
		return EXIT_REFUSED;
	}
	o.password = password;
	o.set.storedby = u.login;
	rc = dhis2_push(d, &o, &sum, &res, &err);
	plat_wipe(password, sizeof password);
	if (rc != 0) {
		cmd_print_error(&err);
		db_close(&d);
		return EXIT_REFUSED;
	}
	if (res.nunexported > 0) {
		fprintf(stderr, "danso: %s", L("cảnh báo: chưa xuất (chưa khóa) nên số liệu còn có thể thay đổi:",
		                               "warning: not exported (not locked), so the figures may still change:"));
		for (int i = 0; i < res.nunexported; i++)
			fprintf(stderr, " %s", res.unexported[i]);
		fputc('\n', stderr);
	}
	refused = strcmp(sum.status, "SUCCESS") != 0 && strcmp(sum.status, "OK") != 0;
	print_summary(&sum, &res, o.dry_run, refused);
	dhis2_summary_free(&sum);
	db_close(&d);
	return refused ? EXIT_REFUSED : EXIT_OK;
}
