/* picklist.c: choosing a code from its list, key handling (see dialog.h). */
#include "config.h"

#include "tui/dialog.h"
#include "tui/keys.h"

#include <string.h>

const confirm_q CONFIRM_DISCARD = {"xX", "x: Bỏ những gì đã gõ", "x: Drop what was typed",
                                   "Enter/Esc: Giữ lại, nhập tiếp", "Enter/Esc: Keep it, go on"};
const confirm_q CONFIRM_QUIT = {"tTqQ", "t: Thoát", "q: Quit", "Enter/Esc: Ở lại", "Enter/Esc: Stay"};
const confirm_q CONFIRM_EXPORT = {"xXeE", "x: Xuất và khoá tháng", "e: Export and lock the month",
                                  "Enter/Esc: Chưa xuất", "Enter/Esc: Not now"};
const confirm_q CONFIRM_WARNINGS = {"cCyY", "c: Có, vẫn lưu", "y: Yes, save anyway",
                                    "Enter/Esc: Không, sửa lại", "Enter/Esc: No, go back"};

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
picklist_init(picklist *p, const form_code *codes, size_t n, const char *current)
{
	memset(p, 0, sizeof *p);
	p->codes = codes;
	p->n = n;
	listview_set_count(&p->lv, n);
	for (size_t i = 0; current != NULL && i < n; i++)
		if (strcmp(codes[i].code, current) == 0)
			listview_select(&p->lv, i);
}

/* Select the first code that starts with what was typed. */
static void
picklist_jump(picklist *p)
{
	size_t len = strlen(p->typed);

	for (size_t i = 0; i < p->n; i++) {
		if (strncmp(p->codes[i].code, p->typed, len) == 0) {
			listview_select(&p->lv, i);
			return;
		}
	}
}

/* Handle one key of a pick list; returns a picklist_result. */
int
picklist_handle_key(picklist *p, int key)
{
	size_t len = strlen(p->typed);

	if (key == K_ENTER)
		return p->n > 0 ? PICK_CHOSEN : PICK_NONE;
	if (key == K_ESC)
		return PICK_CANCEL;
	if (listview_handle_key(&p->lv, key)) {
		p->typed[0] = '\0';
		return PICK_NONE;
	}
	if (key == K_BACKSPACE && len > 0) {
		p->typed[len - 1] = '\0';
		picklist_jump(p);
	} else if (key < 0x80 && KEY_IS_CHAR(key) && len + 1 < sizeof p->typed) {
		p->typed[len] = (char)key;
		p->typed[len + 1] = '\0';
		picklist_jump(p);
		/* a code typed in full that no longer code starts with is chosen */
		for (size_t i = 0; i < p->n; i++)
			if (strcmp(p->codes[i].code, p->typed) == 0) {
				int longer = 0;
				for (size_t j = 0; j < p->n; j++)
					if (j != i && strncmp(p->codes[j].code, p->typed, len + 1) == 0)
						longer = 1;
				if (!longer) {
					listview_select(&p->lv, i);
					return PICK_CHOSEN;
				}
			}
	}
	return PICK_NONE;
}

