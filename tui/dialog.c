/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* dialog.c: modal boxes (see dialog.h). */
#include "config.h"

#include "tui/dialog.h"
#include "tui/app.h"
#include "tui/draw.h"
#include "tui/keys.h"
#include "tui/term.h"
#include "domain/i18n.h"
#include "domain/util.h"

#include <string.h>

/* Ask question q until a key answers it; 1 the action, 0 the safe answer. */
int
dialog_confirm(const char *question, const confirm_q *q)
{
	char keys[200];

	str_printf(keys, sizeof keys, "%s     %s", L(q->act_vi, q->act_en), L(q->keep_vi, q->keep_en));
	for (;;) {
		int key, answer;

		app_draw();
		draw_box_text(L("Xác nhận", "Confirm"), question, keys, TA_NORMAL);
		key = app_read_key();
		if ((answer = dialog_confirm_key(key, q->letters)) >= 0)
			return answer;
	}
}

/* Show a message until a key is pressed. */
void
dialog_message(const char *title, const char *text)
{
	for (;;) {
		app_draw();
		draw_box_text(title, text, L("Bấm phím bất kỳ để tiếp tục", "Press any key to go on"), TA_NORMAL);
		if (app_read_key() != K_RESIZE)
			return;
	}
}

/* Show a screen's help text until a key is pressed. */
void
dialog_help(const char *title, const char *text)
{
	char heading[200];

	str_printf(heading, sizeof heading, "%s: %s", L("Trợ giúp", "Help"), title);
	dialog_message(heading, text);
}

/* The kinds of one-line input. */
enum input_kind {
	INPUT_REASON,   /* up to 60 characters, with the typing method */
	INPUT_SECRET,   /* hidden, no typing method */
	INPUT_PATH      /* a file path: up to 250 characters, no typing method */
};

/* Ask for one line of text of a kind. */
static int
dialog_input(const char *title, const char *question, enum input_kind kind, char *out, size_t n)
{
	lineedit le;
	const char *err = "";
	int secret = kind == INPUT_SECRET;

	lineedit_init(&le, kind == INPUT_PATH ? 250 : 60, LE_ANY);
	le.ime = kind == INPUT_REASON ? app_ime : NULL;
	le.secret = secret;
	for (;;) {
		int key;

		app_draw();
		draw_box_input(title, question, &le, err);
		key = app_read_key();
		if (key == K_ESC)
			return 0;
		if (key == K_ENTER || key == K_SAVE) {
			str_trim(le.text);
			if (le.text[0] != '\0') {
				str_copy(out, n, le.text);
				memset(&le, 0, sizeof le);
				return 1;
			}
			err = kind == INPUT_REASON ? L("Cần ghi lý do.", "A reason is required.") : L("Chưa nhập gì.", "Nothing typed.");
			continue;
		}
		if (key != K_RESIZE)
			lineedit_handle_key(&le, key);
	}
}

/* Ask for a reason (not empty); 1 with out filled. */
int
dialog_reason(const char *question, char *out, size_t n)
{
	return dialog_input(L("Lý do", "Reason"), question, INPUT_REASON, out, n);
}

/* Ask for a secret shown as stars; 1 with out filled. */
int
dialog_secret(const char *question, char *out, size_t n)
{
	return dialog_input(L("Mã PIN", "PIN"), question, INPUT_SECRET, out, n);
}

/* Ask for a file path: shown as typed, no typing method; 1 with out filled. */
int
dialog_path(const char *question, char *out, size_t n)
{
	return dialog_input(L("Tệp", "File"), question, INPUT_PATH, out, n);
}

/* Pick one code from a list; 1 with *chosen set. */
int
dialog_pick(const char *title, const form_code *codes, size_t n, const char *current, size_t *chosen)
{
	picklist p;

	picklist_init(&p, codes, n, current, app_ime);
	for (;;) {
		int key, r;

		app_draw();
		draw_box_pick(title, &p);
		key = app_read_key();
		if (key == K_RESIZE)
			continue;
		r = picklist_handle_key(&p, key);
		if (r == PICK_CANCEL)
			return 0;
		if (r == PICK_CHOSEN) {
			*chosen = p.lv.selected;
			return 1;
		}
	}
}

/* Show a save's rule findings; 1 when the user saves despite warnings. */
int
dialog_findings(const rule_result *r)
{
	strbuf sb;
	int answer = 0;

	strbuf_init(&sb);
	for (int i = 0; i < r->count; i++)
		strbuf_printf(&sb, "%s %s\n", r->items[i].severity == RULE_ERROR ? L("LỖI:", "ERROR:")
		                                                                 : L("Cảnh báo:", "Warning:"),
		              r->items[i].message);
	if (r->errors > 0) {
		dialog_message(L("Không lưu được", "Cannot save"), sb.data);
	} else {
		strbuf_puts(&sb, L("\nVẫn lưu?", "\nSave anyway?"));
		answer = dialog_confirm(sb.data, &CONFIRM_WARNINGS);
	}
	strbuf_free(&sb);
	return answer;
}

/* Pick one line of a menu; 1 with *chosen set. */
int
dialog_menu(const char *title, const char *const *items, size_t n, size_t *chosen)
{
	listview lv = {0};

	listview_set_count(&lv, n);
	for (;;) {
		int key;

		app_draw();
		draw_box_menu(title, items, &lv);
		key = app_read_key();
		if (key == K_ESC)
			return 0;
		if (key == K_ENTER) {
			*chosen = lv.selected;
			return 1;
		}
		if (listview_handle_key(&lv, key) || !KEY_IS_CHAR(key))
			continue;
		for (size_t i = 0; i < n; i++) {
			const char *dot = strstr(items[i], ". ");
			if (dot != NULL && dot - items[i] <= 2 && items[i][0] == key) {
				*chosen = i;
				return 1;
			}
		}
	}
}
