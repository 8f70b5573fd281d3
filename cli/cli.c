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

static const struct command {
	const char *name;
	command_fn run;
	const char *usage;
} commands[] = {
	{"init", cmd_init, "init --commune CODE --name NAME [--province CODE] [--upper NAME]"},
	{"demo", cmd_demo, "demo [--households N] [--months M] [--seed S]"},
	{"check", cmd_check, "check"},
	{"backup", cmd_backup, "backup [--out FILE] [--keep N] [--second DIR]"},
	{"restore", cmd_restore, "restore FILE"},
	{"area", cmd_area, "area add --number N --name NAME | list"},
	{"user", cmd_user, "user add --login L --name N --role officer|collaborator [--area NUMBER] | pin --login L | list"},
	{"report", cmd_report, "report --period P [--format text|csv] [--by-commune]"},
	{"targets-import", cmd_targets_import, "targets-import FILE.csv"},
	{"export", cmd_export, "export --period YYYY-MM --out DIR [--excel] [--no-names] [--dhis2 [MAPFILE]]"},
	{"unlock", cmd_unlock, "unlock --period YYYY-MM --reason TEXT"},
	{"import", cmd_import, "import PATH...   (manifests, package folders or package files)"},
	{"register-import", cmd_register_import, "register-import FILE.csv [--skip-bad]"},
	{"codes-import", cmd_codes_import, "codes-import FILE.csv"},
};

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
		if (strcmp(argv[i], commands[c].name) == 0)
			return commands[c].run(&ctx, argc - i, argv + i);
	fprintf(stderr, "danso: %s: %s\n", L("lệnh không rõ", "unknown command"), argv[i]);
	usage(stderr);
	return EXIT_USAGE;
}
