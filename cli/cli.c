/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* cli.c: global options, the command table and dispatch. */
#include "config.h"

#include "cli/cli.h"
#include "cli/commands.h"
#include "domain/i18n.h"
#include "domain/ids.h"
#include "domain/util.h"
#include "platform/platform.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef int (*command_fn)(cli_ctx *ctx, int argc, char **argv);

/* A command: its name, its function, its synopsis and what it does in
 * both languages (printed by `danso COMMAND --help`; docs/danso.1 says
 * more). */
static const struct command {
	const char *name;
	command_fn run;
	const char *usage;
	const char *about_vi, *about_en;
} commands[] = {
	{"init", cmd_init, "init --commune CODE --name NAME [--province CODE] [--upper NAME]",
	 "Tạo CSDL cho một xã (mã xã 5 chữ số, mã tỉnh 2 chữ số, tên tuyến trên nhận báo cáo)\n"
	 "và tài khoản cán bộ \"canbo\"; mã PIN lấy từ DANSO_NEW_PIN hoặc hỏi trên màn hình.",
	 "Create the database of a commune (5-digit commune code, 2-digit province code, the\n"
	 "name of the upper level) and the officer account \"canbo\"; its PIN comes from\n"
	 "DANSO_NEW_PIN or is asked on the terminal."},
	{"demo", cmd_demo, "demo [--households N] [--months M] [--seed S]",
	 "Điền vào CSDL trống một xã mẫu: N hộ (mặc định 300), M tháng sự kiện (mặc định 12).",
	 "Fill an empty database with a demo commune: N households (default 300) and M months\n"
	 "of events (default 12)."},
	{"check", cmd_check, "check",
	 "Kiểm tra tệp, các liên kết và sự nhất quán của sổ; mã thoát 1 nếu có vấn đề.",
	 "Check the file, its links and the register's consistency; exit 1 on any problem."},
	{"backup", cmd_backup, "backup [--out FILE] [--keep N] [--second DIR]",
	 "Sao lưu CSDL (mặc định vào thư mục backups/ cạnh CSDL, giữ N bản mới nhất).",
	 "Back up the database (by default into backups/ beside it, keeping the newest N)."},
	{"restore", cmd_restore, "restore FILE",
	 "Kiểm tra một bản sao lưu rồi mới thay CSDL bằng nó (chỉ cán bộ).",
	 "Check a backup, then replace the database with it (officer only)."},
	{"area", cmd_area, "area add --number N --name NAME | list",
	 "Thêm hoặc liệt kê các địa bàn của xã (thêm: chỉ cán bộ).",
	 "Add or list the commune's areas (adding: officer only)."},
	{"user", cmd_user, "user add --login L --name N --role officer|collaborator [--area NUMBER] | pin --login L | list",
	 "Quản lý tài khoản: thêm, đổi mã PIN, liệt kê (chỉ cán bộ).",
	 "Manage accounts: add, change a PIN, list (officer only)."},
	{"report", cmd_report, "report --period P [--format text|csv] [--by-commune] [--xlsx FILE]",
	 "Báo cáo của tháng (YYYY-MM), quý (YYYY-Qn) hoặc năm (YYYY), so với chỉ tiêu năm.",
	 "The report of a month (YYYY-MM), quarter (YYYY-Qn) or year (YYYY), against the year's\n"
	 "targets."},
	{"targets-import", cmd_targets_import, "targets-import FILE.csv",
	 "Nạp chỉ tiêu năm (unit,year,indicator,target); sai một dòng thì không nạp gì.",
	 "Load yearly targets (unit,year,indicator,target); one bad row loads nothing."},
	{"targets-unit", cmd_targets_unit, "targets-unit [set NAME|CODE | clear]",
	 "Xem hoặc chọn đơn vị có chỉ tiêu để so (huyện, thành phố; đặt: chỉ cán bộ).",
	 "Show or choose the unit whose targets apply (district, city; setting: officer only)."},
	{"export", cmd_export, "export --period P --out DIR [--excel] [--xlsx] [--no-names] [--dhis2 [MAPFILE]] [--dhis2-dataset CODE]",
	 "Ghi gói số liệu của tháng cho tuyến trên vào DIR và khóa tháng đó; quý hoặc năm đã qua:\n"
	 "chỉ tệp DHIS2 (với --dhis2).",
	 "Write the month's package for the upper level into DIR and lock the month; a quarter\n"
	 "or a year that has ended: the DHIS2 files alone (with --dhis2)."},
	{"unlock", cmd_unlock, "unlock --period YYYY-MM --reason TEXT",
	 "Mở khóa một tháng đã xuất để sửa (chỉ cán bộ; lý do được ghi lại).",
	 "Unlock an exported month for a correction (officer only; the reason is kept)."},
	{"dhis2-push", cmd_dhis2_push,
	 "dhis2-push --url URL --user U --period P [--password-file F] [--map MAPFILE] [--dataset CODE] [--id-scheme code|uid] [--cacert FILE] [--dry-run]",
	 "Gửi tập số liệu DHIS2 của một kỳ đã qua tới máy chủ DHIS2 (HTTPS) và in bản tóm tắt nhập;\n"
	 "mật khẩu hỏi trên màn hình hoặc đọc từ --password-file, không bao giờ trên dòng lệnh.",
	 "Send the DHIS2 data value set of a period that has ended to a DHIS2 server (HTTPS) and\n"
	 "print its import summary; the password is asked or read from --password-file, never\n"
	 "taken on the command line."},
	{"import", cmd_import, "import PATH...   (manifests, package folders or package files)",
	 "Tuyến trên: nạp các gói số liệu của xã, kiểm tra toàn bộ trước khi lưu.",
	 "Upper level: load the communes' packages, each verified whole before it is stored."},
	{"register-import", cmd_register_import, "register-import FILE.csv [--skip-bad]",
	 "Nạp sổ hộ có sẵn từ bảng tính, mỗi dòng một người.",
	 "Load an existing register from a spreadsheet, one row per member."},
	{"codes-import", cmd_codes_import, "codes-import FILE.csv",
	 "Thay các danh mục mã (list,code,label_vi,label_en).",
	 "Replace code lists (list,code,label_vi,label_en)."},
	{"residents-compare", cmd_residents, "residents-compare FILE.csv [--format text|csv] [--xlsx FILE] [--map FIELD=HEADER,...] "
	                                     "[--dismiss REF --reason TEXT | --confirm REF]",
	 "So sổ với trích xuất CSDL quốc gia về dân cư (chỉ cán bộ): ai thiếu, ai thừa, ai khác;\n"
	 "bỏ qua một dòng có lý do, xác nhận một cặp có thể trùng. Không sửa gì trong sổ.",
	 "Compare the register with an extract of the national residents database (officer\n"
	 "only): who is missing on either side, whose details differ; dismiss a line with a\n"
	 "reason, confirm a possible match. Changes nothing in the register."},
};

/* Print one command's help on stdout (`danso COMMAND --help`). */
static void
command_help(const struct command *c)
{
	printf("%s danso [--db FILE] %s\n\n%s\n\n%s\n", L("Cách dùng:", "Usage:"), c->usage,
	       L(c->about_vi, c->about_en),
	       L("Xem thêm: man danso", "See also: man danso"));
}

/* Whether the command's own arguments ask for its help. */
static int
wants_help(int argc, char **argv)
{
	for (int i = 1; i < argc; i++)
		if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0)
			return 1;
	return 0;
}

/* Print the whole usage text on f. */
static void
usage(FILE *f)
{
	fputs(L("Cách dùng:", "Usage:"), f);
	fputs("\n  danso [--db FILE] [--lang vi|en]            ", f);
	fputs(L("mở giao diện", "open the interface"), f);
	fputc('\n', f);
	for (size_t i = 0; i < ARRAY_LEN(commands); i++)
		fprintf(f, "  danso [--db FILE] %s\n", commands[i].usage);
	fputs("  danso --help | --version\n\n", f);
	fprintf(f, L("CSDL mặc định: $DANSO_DB, nếu không thì %s\n", "Default database: $DANSO_DB, else %s\n"),
	        plat_default_db_hint());
	fprintf(f, "%s %s\n%s %s\n", L("Hướng dẫn:", "Guides:"), plat_installed(DANSO_DOCDIR, "tai-lieu"),
	        L("Ví dụ (chỉ tiêu, danh mục mã):", "Examples (targets, code lists):"),
	        plat_installed(DANSO_DATADIR, "du-lieu"));
}

/* Resolve the database path: --db, $DANSO_DB, then danso's data folder
 * (plat_data_dir: the XDG one, or %LOCALAPPDATA%\danso on Windows).
 * Returns a string the process keeps until exit. */
static const char *
default_db_path(void)
{
	const char *env = plat_getenv("DANSO_DB");
	char *dir;

	if (!str_empty(env))
		return env;
	if ((dir = plat_data_dir()) == NULL)
		return "danso.db";
	env = xasprintf("%s/danso.db", dir);
	free(dir);
	return env;
}

/* Find the value of an option given as "--opt VALUE" or "--opt=VALUE". */
static int
take_value(const char *opt, int *i, int argc, char **argv, const char **value)
{
	size_t n = strlen(opt);

	if (strncmp(argv[*i], opt, n) == 0 && argv[*i][n] == '=') {
		*value = argv[*i] + n + 1;
		return 1;
	}
	if (strcmp(argv[*i], opt) != 0)
		return 0;
	if (*i + 1 >= argc)
		return -1;
	*value = argv[++*i];
	return 1;
}

int
cli_main(int argc, char **argv, int (*interface)(const char *db_path))
{
	cli_ctx ctx = {0};
	const char *db = NULL, *lang = NULL;
	int i;

	plat_init(&argc, &argv);   /* Windows: UTF-8 argv, binary stdio, UTF-8 console */
	ctx.argv0 = argv[0];
	ids_init();
	/* The language first, so that usage errors come out in it. */
	for (i = 1; i < argc; i++) {
		if (strncmp(argv[i], "--lang", 6) == 0) {
			int j = i, r = take_value("--lang", &j, argc, argv, &lang);
			if (r != 0)
				break;
		}
	}
	if (i18n_init(lang) != 0) {
		i18n_init(NULL);
		fprintf(stderr, "danso: %s: %s\n", L("ngôn ngữ không có", "no such language"), lang);
		return EXIT_USAGE;
	}
	for (i = 1; i < argc && argv[i][0] == '-'; i++) {
		int r;

		if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
			usage(stdout);
			return EXIT_OK;
		}
		if (strcmp(argv[i], "--version") == 0) {
			printf("danso %s\n", PACKAGE_VERSION);
			return EXIT_OK;
		}
		if ((r = take_value("--db", &i, argc, argv, &db)) != 0 ||
		    (r = take_value("--lang", &i, argc, argv, &lang)) != 0) {
			if (r < 0) {
				fprintf(stderr, "danso: %s %s\n", argv[i], L("cần một giá trị", "needs a value"));
				return EXIT_USAGE;
			}
			continue;
		}
		fprintf(stderr, "danso: %s: %s\n", L("tùy chọn không rõ", "unknown option"), argv[i]);
		usage(stderr);
		return EXIT_USAGE;
	}
	ctx.db_path = !str_empty(db) ? db : default_db_path();
	if (i >= argc) {
		if (interface != NULL)
			return interface(ctx.db_path);
		usage(stderr);
		return EXIT_USAGE;
	}
	for (size_t c = 0; c < ARRAY_LEN(commands); c++)
		if (strcmp(argv[i], commands[c].name) == 0) {
			if (wants_help(argc - i, argv + i)) {
				command_help(&commands[c]);
				return EXIT_OK;
			}
			return commands[c].run(&ctx, argc - i, argv + i);
		}
	fprintf(stderr, "danso: %s: %s\n", L("lệnh không rõ", "unknown command"), argv[i]);
	usage(stderr);
	return EXIT_USAGE;
}
