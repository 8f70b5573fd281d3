/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* scr_export.c: export the working month's package (app/export.h) to a
 * folder such as a USB stick, and say what was written. Officer only. */
#include "config.h"

#include "tui/screens.h"
#include "tui/dialog.h"
#include "tui/keys.h"
#include "app/auth.h"
#include "app/export.h"
#include "app/media.h"
#include "app/minmax.h"
#include "domain/i18n.h"
#include "domain/util.h"
#include "platform/platform.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* A proposed folder: the first removable medium mounted for the user
 * (app/media.h), else the home folder. */
static void
export_default_dir(char *out, size_t n)
{
	char media[MEDIA_MAX][MEDIA_PATH_LEN];
	const char *home = plat_home();

	if (media_list(media, MEDIA_MAX) > 0)
		str_copy(out, n, media[0]);
	else
		str_copy(out, n, home != NULL ? home : ".");
}

/* F3 on the folder: choose among the mounted media and the home folder. */
static void
export_pick_dir(form_screen *fs)
{
	char media[MEDIA_MAX + 1][MEDIA_PATH_LEN];
	const char *items[MEDIA_MAX + 1];
	size_t n = media_list(media, MEDIA_MAX), chosen;
	const char *home = plat_home();

	if (home != NULL)
		str_copy(media[n++], MEDIA_PATH_LEN, home);
	for (size_t i = 0; i < n; i++)
		items[i] = media[i];
	if (n == 0) {
		form_set_message(&fs->f, L("Không thấy USB hay ổ đĩa nào đang cắm.", "No USB stick or drive is mounted."), 1);
		return;
	}
	if (dialog_menu(L("Chọn nơi xuất (USB, ổ đĩa đang cắm)", "Choose where to export (mounted drives)"), items, n,
	                &chosen)) {
		form_set(&fs->f, "out_dir", media[chosen]);
		fs->f.dirty = 1;
		form_set_message(&fs->f, "", 0);
	}
}

/* The folder must be usable; a missing one is made when the user says so.
 * 0 ready, -1 not (the form says why). */
static int
export_ready_dir(form_screen *fs, const char *dir)
{
	ds_err err = {0};
	char question[1400];
	int st = media_dir_state(dir, &err);

	if (st < 0) {
		form_set_error(&fs->f, "out_dir", err.msg);
		return -1;
	}
	if (st == 0)
		return 0;
	str_printf(question, sizeof question, L("Chưa có thư mục %s. Tạo thư mục này?",
	                                        "The folder %s does not exist. Create it?"), dir);
	if (!dialog_confirm(question, &CONFIRM_MKDIR)) {
		form_set_error(&fs->f, "out_dir", L("Chưa có thư mục này: gõ thư mục khác, F3 để chọn USB, hoặc F2 rồi c để tạo.",
		                                    "No such folder: type another, F3 for a USB stick, or F2 then y to create it."));
		return -1;
	}
	if (media_make_dir(dir, &err) != 0) {
		form_set_error(&fs->f, "out_dir", err.msg);
		return -1;
	}
	return 0;
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
		struct stat st;
		const char *slash;

		str_printf(path, sizeof path, "%.*s%s", (int)stem, manifest, kinds[i]);
		if (stat(path, &st) != 0)
			continue;
		slash = strrchr(path, '/');
		strbuf_printf(sb, "  %s (%lld B)\n", slash != NULL ? slash + 1 : path, (long long)st.st_size);
	}
}

/* The month's min-max warnings in a message before the confirmation
 * (docs/rules.md, "Min–max warnings"); nothing when there are none. */
static void
show_minmax(void)
{
	minmax_warning *w = NULL;
	size_t n = 0;
	ds_err err = {0};
	char line[512];
	strbuf sb;

	if (minmax_area_warnings(ses.d, ses.period, &w, &n, &err) != 0 || n == 0) {
		free(w);
		return;
	}
	strbuf_init(&sb);
	strbuf_printf(&sb, L("%zu số của tháng nằm ngoài khoảng của 12 tháng trước. Hãy kiểm tra có sót hoặc trùng "
	                     "sự kiện không:\n",
	                     "%zu counts of the month lie outside the range of the 12 months before. Check for missing "
	                     "or doubled events:\n"), n);
	for (size_t i = 0; i < n; i++) {
		minmax_format(&w[i], line, sizeof line);
		strbuf_printf(&sb, "- %s\n", line);
	}
	dialog_message(L("Cảnh báo min–max", "Min–max warnings"), sb.data);
	strbuf_free(&sb);
	free(w);
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
	form_set_message(&fs->f, "", 0);  /* an earlier failure's message goes */
	if (export_ready_dir(fs, o.out_dir) != 0)
		return;
	str_printf(question, sizeof question, L("Xuất tháng %.2s/%.4s vào %s? Xuất xong tháng sẽ bị khoá.",
	                                        "Export %.2s/%.4s to %s? The month is locked afterwards."),
	           ses.period + 5, ses.period, o.out_dir);
	show_minmax();
	if (!dialog_confirm(question, &CONFIRM_EXPORT))
		return;
	memset(&res, 0, sizeof res);
	if (export_package(ses.d, &o, &res, &err) != 0) {
		form_set_error(&fs->f, "out_dir", err.msg);
		return;
	}
	strbuf_init(&sb);
	strbuf_printf(&sb, L("Đã xuất tháng %.2s/%.4s, lần %d: %ld chỉ tiêu, %ld sự kiện.\nĐã ghi vào %s:\n",
	                     "Exported %.2s/%.4s, revision %d: %ld indicators, %ld events.\nWritten to %s:\n"),
	              res.period + 5, res.period, res.revision, res.indicators, res.events, o.out_dir);
	export_list_files(res.manifest_path, &sb);
	if (res.backup_path[0] != '\0')
		strbuf_printf(&sb, "%s %s\n", L("Bản sao lưu:", "Backup:"), res.backup_path);
	if (res.backup_warning[0] != '\0')
		strbuf_printf(&sb, "%s\n", res.backup_warning);
	strbuf_puts(&sb, L("Tháng này đã được khoá.", "The month is now locked."));
	dialog_message(L("Đã xuất", "Exported"), sb.data);
	strbuf_free(&sb);
	app_message(0, L("Đã xuất tháng %.2s/%.4s, lần %d.", "Exported %.2s/%.4s, revision %d."), res.period + 5, res.period,
	            res.revision);
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
	return L("Enter/Tab:tiếp F3:chọn USB F2:xuất Esc:thôi F1:giúp", "Enter/Tab:next F3:pick USB F2:export Esc:cancel F1:help");
}

/* The F1 help text. */
static const char *
exp_help(screen *sc)
{
	return L("Xuất gói số liệu của tháng làm việc (báo cáo, sự kiện, tệp kê khai) vào một thư mục, ví dụ USB "
	         "(thư mục USB được đề xuất nếu đang cắm; F3 ở ô Thư mục để chọn USB hay ổ đĩa đang cắm; thư mục chưa có "
	         "thì danso hỏi có tạo không). Excel: thêm dấu BOM để mở đúng tiếng Việt. Không ghi tên: "
	         "thay họ tên bằng mã ẩn danh. DHIS2: thêm tệp nhập DHIS2. Trước khi xuất danso tự sao lưu; xuất xong "
	         "tháng bị khoá, muốn sửa thì cán bộ dân số xã mở khoá tháng (có ghi lý do) và lần xuất sau là bản sửa mới.",
	         "Export the working month's package (report, events, manifest) to a folder such as a USB stick (a "
	         "mounted USB stick is proposed; F3 on the folder picks a mounted drive; a missing folder can be created). Excel: adds a BOM so Vietnamese opens correctly. No names: names "
	         "replaced by pseudonymous keys. DHIS2: adds the DHIS2 import file. danso makes a backup first; the "
	         "month is then locked, a correction needs the officer to unlock it (with a reason) and the next export is a new revision.");
}

/* Handle one key: F3 on the folder picks a mounted medium. */
static void
exp_key(screen *sc, int key)
{
	form_screen *fs = (form_screen *)sc;

	if (key == K_F3 && strcmp(fs->f.fields[fs->f.focus].id, "out_dir") == 0) {
		export_pick_dir(fs);
		return;
	}
	form_screen_key(sc, key);
}

static const screen_ops exp_ops = {
	exp_title, form_screen_draw, exp_key, NULL, form_screen_destroy, exp_keys, exp_help,
	NULL,
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
