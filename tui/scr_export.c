/* scr_export.c: export the working month's package (app/export.h) to a
 * folder such as a USB stick, and say what was written. Officer only. */
#include "config.h"

#include "tui/screens.h"
#include "tui/dialog.h"
#include "tui/keys.h"
#include "app/auth.h"
#include "app/export.h"
#include "domain/i18n.h"
#include "domain/util.h"
#include "platform/platform.h"

#include <stdlib.h>
#include <string.h>

/* A proposed folder: the first removable disk (POSIX: mounted for the user
 * under /media or /run/media; Windows: a removable drive), else the home
 * folder. */
static void
export_default_dir(char *out, size_t n)
{
	const char *home = plat_home();
	char *roots[8];
	int parents, nroots = plat_removable_roots(roots, (int)ARRAY_LEN(roots), &parents);
	int found = 0;

	str_copy(out, n, home != NULL ? home : ".");
	for (int i = 0; i < nroots; i++) {
		plat_dir *dir;
		const char *name;

		if (!parents) {
			if (!found)
				str_copy(out, n, roots[i]);
			found = 1;
		} else if (!found && (dir = plat_opendir(roots[i])) != NULL) {
			while ((name = plat_readdir(dir)) != NULL) {
				if (name[0] != '.') {
					str_printf(out, n, "%s/%s", roots[i], name);
					found = 1;
					break;
				}
			}
			plat_closedir(dir);
		}
		free(roots[i]);
	}
}

/* Append to sb the files of the package that exist beside the manifest. */
static void
export_list_files(const char *manifest, strbuf *sb)
{
	static const char *const kinds[] = {"_report.csv", "_events.csv", "_dhis2.csv", "_manifest.csv"};
	const char *suffix = strstr(manifest, "_manifest.csv");
	size_t stem = suffix != NULL ? (size_t)(suffix - manifest) : strlen(manifest);

	for (size_t i = 0; i < ARRAY_LEN(kinds); i++) {
		char path[1400];
		plat_stat_t st;
		const char *slash;

		str_printf(path, sizeof path, "%.*s%s", (int)stem, manifest, kinds[i]);
		if (plat_stat(path, &st) != 0)
			continue;
		slash = strrchr(path, '/');
		strbuf_printf(sb, "  %s (%lld B)\n", slash != NULL ? slash + 1 : path, (long long)st.size);
	}
}

/* Run the export and show what was written. */
static void
export_run(form_screen *fs)
{
	export_options o = {0};
	export_result res;
	ds_err err = {0};
	strbuf sb;
	char question[400];

	o.period = ses.period;
	o.out_dir = form_get(&fs->f, "out_dir");
	o.excel = strcmp(form_get(&fs->f, "excel"), "1") == 0;
	o.no_names = strcmp(form_get(&fs->f, "no_names"), "1") == 0;
	o.dhis2 = strcmp(form_get(&fs->f, "dhis2"), "1") == 0;
	str_printf(question, sizeof question, L("Xuất tháng %.2s/%.4s vào %s? Xuất xong tháng sẽ bị khoá.",
	                                        "Export %.2s/%.4s to %s? The month is locked afterwards."),
	           ses.period + 5, ses.period, o.out_dir);
	if (!dialog_confirm(question))
		return;
	memset(&res, 0, sizeof res);
	if (export_package(ses.d, &o, &res, &err) != 0) {
		form_set_error(&fs->f, "out_dir", err.msg);
		return;
	}
	strbuf_init(&sb);
	strbuf_printf(&sb, L("Đã xuất tháng %s, lần %d: %ld chỉ tiêu, %ld sự kiện.\nĐã ghi vào %s:\n",
	                     "Exported %s, revision %d: %ld indicators, %ld events.\nWritten to %s:\n"),
	              res.period, res.revision, res.indicators, res.events, o.out_dir);
	export_list_files(res.manifest_path, &sb);
	if (res.backup_path[0] != '\0')
		strbuf_printf(&sb, "%s %s\n", L("Bản sao lưu:", "Backup:"), res.backup_path);
	if (res.backup_warning[0] != '\0')
		strbuf_printf(&sb, "%s\n", res.backup_warning);
	strbuf_puts(&sb, L("Tháng này đã được khoá.", "The month is now locked."));
	dialog_message(L("Đã xuất", "Exported"), sb.data);
	strbuf_free(&sb);
	app_message(0, L("Đã xuất tháng %s, lần %d.", "Exported %s, revision %d."), res.period, res.revision);
	app_pop();
}

/* The title bar text of the screen. */
static const char *
exp_title(screen *sc)
{
	return L("Xuất số liệu", "Export");
}

/* The key line. */
static const char *
exp_keys(screen *sc)
{
	return L("Enter/Tab:tiếp ShTab:lùi F2:xuất Esc:thôi F1:giúp", "Enter/Tab:next ShTab:back F2:export Esc:cancel F1:help");
}

/* The F1 help text. */
static const char *
exp_help(screen *sc)
{
	return L("Xuất gói số liệu của tháng làm việc (báo cáo, sự kiện, tệp kê khai) vào một thư mục, ví dụ USB "
	         "(thư mục USB được đề xuất nếu đang cắm). Excel: thêm dấu BOM để mở đúng tiếng Việt. Không ghi tên: "
	         "thay họ tên bằng mã ẩn danh. DHIS2: thêm tệp nhập DHIS2. Trước khi xuất danso tự sao lưu; xuất xong "
	         "tháng bị khoá, muốn sửa phải mở khoá (danso unlock) và lần xuất sau là bản sửa mới.",
	         "Export the working month's package (report, events, manifest) to a folder such as a USB stick (a "
	         "mounted USB stick is proposed). Excel: adds a BOM so Vietnamese opens correctly. No names: names "
	         "replaced by pseudonymous keys. DHIS2: adds the DHIS2 import file. danso makes a backup first; the "
	         "month is then locked, a correction needs danso unlock and the next export is a new revision.");
}

static const screen_ops exp_ops = {
	exp_title, form_screen_draw, form_screen_key, NULL, form_screen_destroy, exp_keys, exp_help,
};

/* The export screen, proposing a USB stick if one is mounted. */
screen *
scr_export_new(void)
{
	form_screen *fs = xcalloc(1, sizeof *fs);
	form_field *fld;
	char dir[1024];

	fs->base.ops = &exp_ops;
	fs->save = export_run;
	str_printf(fs->heading, sizeof fs->heading, "%s %.2s/%.4s", L("Xuất gói số liệu tháng", "Export the package of"),
	           ses.period + 5, ses.period);
	form_init(&fs->f, ses.today, app_ime);
	fld = form_add(&fs->f, "out_dir", L("Thư mục", "Folder"), FT_TEXT, 200);
	fld->required = 1;
	form_add(&fs->f, "excel", L("Cho Excel (c/k)", "For Excel (y/n)"), FT_YESNO, 0);
	form_add(&fs->f, "no_names", L("Không ghi tên (c/k)", "Without names (y/n)"), FT_YESNO, 0);
	form_add(&fs->f, "dhis2", L("Kèm tệp DHIS2 (c/k)", "With DHIS2 file (y/n)"), FT_YESNO, 0);
	export_default_dir(dir, sizeof dir);
	form_set(&fs->f, "out_dir", dir);
	form_set(&fs->f, "excel", "0");
	form_set(&fs->f, "no_names", "0");
	form_set(&fs->f, "dhis2", "0");
	fs->f.dirty = 0;
	return &fs->base;
}
