/* picklist.c: choosing a code from its list, key handling (see dialog.h). */
#include "config.h"

#include "tui/dialog.h"
#include "tui/keys.h"

#include <string.h>

/* The answer a key gives to a yes/no question (-1: none). */
int
dialog_yesno_key(int key)
{
	switch (key) {
	case 'c': case 'C': case 'y': case 'Y': case K_ENTER:
		return 1;
	case 'k': case 'K': case 'n': case 'N': case K_ESC:
		return 0;
	default:
		return -1;
	}
}

/* Only an explicit c / y is yes; Enter is no answer. */
int
dialog_explicit_yes_key(int key)
{
	return key == K_ENTER ? -1 : dialog_yesno_key(key);
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

