/*
 * dialog.h: modal boxes over the current screen: a question, a message,
 * a reason to type, a pick list, the rule findings before a save, help.
 * Each runs its own small loop (redrawing the screen beneath on resize)
 * and returns the answer. The key handling of each box is a pure function
 * (dialog_yesno_key, picklist_handle_key) tested without a terminal.
 */
#ifndef DANSO_TUI_DIALOG_H
#define DANSO_TUI_DIALOG_H

#include "tui/form.h"
#include "tui/listview.h"
#include "domain/rules.h"

#include <stddef.h>

/* The answer a key gives to a yes/no question: 1 yes (c, y, Enter), 0 no
 * (k, n, Esc), -1 not an answer. */
int dialog_yesno_key(int key);

/* The same for a question that must be answered on purpose (saving despite
 * a rule's warning): only c / y say yes; Enter is no answer, so a user
 * pressing Enter through a form cannot confirm without reading. */
int dialog_explicit_yes_key(int key);

/* A pick list over code choices, with type-ahead by code. */
typedef struct picklist {
	const form_code *codes;
	size_t n;
	listview lv;
	char typed[CODE_LEN];
} picklist;

enum picklist_result {
	PICK_NONE = 0,
	PICK_CHOSEN,
	PICK_CANCEL
};

/* Start a pick list with the row of code `current` selected. */
void picklist_init(picklist *p, const form_code *codes, size_t n, const char *current);

/* Handle one key; returns a picklist_result (the choice is lv.selected). */
int picklist_handle_key(picklist *p, int key);

/* Ask a yes/no question; 1 yes, 0 no. */
int dialog_confirm(const char *question);

/* Ask a question that Enter cannot answer (dialog_explicit_yes_key). */
int dialog_confirm_explicit(const char *question);

/* Show a message until a key is pressed. */
void dialog_message(const char *title, const char *text);

/* Ask for a reason (typed with the typing method); 1 with out filled, 0
 * when cancelled. An empty reason is refused in the box. */
int dialog_reason(const char *question, char *out, size_t n);

/* Ask for a secret (a new PIN), shown as stars; 1 with out filled. */
int dialog_secret(const char *question, char *out, size_t n);

/* Ask for a file path (up to 250 characters, typed as is: no typing
 * method); 1 with out filled, 0 when cancelled. */
int dialog_path(const char *question, char *out, size_t n);

/* Pick one code; 1 with *chosen set, 0 cancelled. */
int dialog_pick(const char *title, const form_code *codes, size_t n, const char *current, size_t *chosen);

/* Show the rule findings of a save: errors (returns 0 after a key) or
 * warnings with the question "save anyway?" (1 yes, 0 no). */
int dialog_findings(const rule_result *r);

/* The help text of a screen. */
void dialog_help(const char *title, const char *text);

/* Pick one line of a menu (items, n); 1 with *chosen set, 0 cancelled.
 * A digit or letter before ". " in an item chooses it directly. */
int dialog_menu(const char *title, const char *const *items, size_t n, size_t *chosen);

#endif
