/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* picklist.c: choosing a code from its list, key handling (see dialog.h). */
#include "config.h"

#include "tui/dialog.h"
#include "tui/keys.h"
#include "domain/vntext.h"

#include <string.h>

const confirm_q CONFIRM_DISCARD = {"xX", "x: Bỏ những gì đã gõ", "x: Drop what was typed",
                                   "Enter/Esc: Giữ lại, nhập tiếp", "Enter/Esc: Keep it, go on"};
const confirm_q CONFIRM_QUIT = {"tTqQ", "t: Thoát", "q: Quit", "Enter/Esc: Ở lại", "Enter/Esc: Stay"};
const confirm_q CONFIRM_EXPORT = {"xXeE", "x: Xuất và khoá tháng", "e: Export and lock the month",
                                  "Enter/Esc: Chưa xuất", "Enter/Esc: Not now"};
const confirm_q CONFIRM_WARNINGS = {"cCyY", "c: Có, vẫn lưu", "y: Yes, save anyway",
                                    "Enter/Esc: Không, sửa lại", "Enter/Esc: No, go back"};
const confirm_q CONFIRM_MKDIR = {"cCyY", "c: Tạo thư mục", "y: Create it", "Enter/Esc: Không tạo",
                                 "Enter/Esc: Do not create it"};
const confirm_q CONFIRM_SAME = {"cCyY", "c: Đúng, cùng một người", "y: Yes, the same person",
                                "Enter/Esc: Chưa chắc", "Enter/Esc: Not sure"};

/* The answer a key gives to a question (-1: none). */
int
dialog_confirm_key(int key, const char *letters)
{
	if (key == K_ENTER || key == K_ESC || key == 'k' || key == 'K' || key == 'n' || key == 'N')
		return 0;
	if (key > 0 && key < 0x80 && KEY_IS_CHAR(key) && letters != NULL && strchr(letters, key) != NULL)
		return 1;
	return -1;
}

/* Start a pick list on the row of code current. */
void
picklist_init(picklist *p, const form_code *codes, size_t n, const char *current, lineedit_ime_fn ime)
{
	memset(p, 0, sizeof *p);
	p->codes = codes;
	p->n = n;
	lineedit_init(&p->query, 40, LE_ANY);
	p->query.ime = ime;
	listview_set_count(&p->lv, n);
	for (size_t i = 0; current != NULL && i < n; i++)
		if (strcmp(codes[i].code, current) == 0)
			listview_select(&p->lv, i);
}

/* Select the first code that starts with what was typed, else the first
 * label one of whose words starts with it (accents ignored). */
static void
picklist_jump(picklist *p)
{
	const char *q = p->query.text;
	size_t len = strlen(q);
	char key[LE_BYTES * 2], label_key[sizeof p->codes[0].label * 2];

	for (size_t i = 0; i < p->n; i++) {
		if (strncmp(p->codes[i].code, q, len) == 0) {
			listview_select(&p->lv, i);
			return;
		}
	}
	vn_search_key(q, key, sizeof key);
	if (key[0] == '\0')
		return;
	for (size_t i = 0; i < p->n; i++) {
		vn_search_key(p->codes[i].label, label_key, sizeof label_key);
		if (vn_search_match(label_key, key)) {
			listview_select(&p->lv, i);
			return;
		}
	}
}

/* The row whose code is exactly what was typed, when no longer code starts
 * with it; -1 if none. */
static long
picklist_exact(const picklist *p)
{
	const char *q = p->query.text;

	for (size_t i = 0; i < p->n; i++) {
		if (strcmp(p->codes[i].code, q) != 0)
			continue;
		for (size_t j = 0; j < p->n; j++)
			if (j != i && strncmp(p->codes[j].code, q, strlen(q)) == 0)
				return -1;
		return (long)i;
	}
	return -1;
}

/* Handle one key of a pick list; returns a picklist_result. */
int
picklist_handle_key(picklist *p, int key)
{
	int r;
	long exact;

	if (key == K_ENTER)
		return p->n > 0 ? PICK_CHOSEN : PICK_NONE;
	if (key == K_ESC)
		return PICK_CANCEL;
	if (listview_handle_key(&p->lv, key)) {
		lineedit_set(&p->query, "");
		return PICK_NONE;
	}
	if (key != K_BACKSPACE && !KEY_IS_CHAR(key))
		return PICK_NONE;
	r = lineedit_handle_key(&p->query, key);
	if (r != LE_CHANGED && r != LE_FULL)
		return PICK_NONE;
	picklist_jump(p);
	/* a code typed in full that no longer code starts with is chosen */
	if (key != K_BACKSPACE && (exact = picklist_exact(p)) >= 0) {
		listview_select(&p->lv, (size_t)exact);
		return PICK_CHOSEN;
	}
	return PICK_NONE;
}
