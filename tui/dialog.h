/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/*
 * dialog.h: modal boxes over the current screen: a question, a message,
 * a reason to type, a pick list, the rule findings before a save, help.
 * Each runs its own small loop (redrawing the screen beneath on resize)
 * and returns the answer. The key handling of each box is a pure function
 * (dialog_confirm_key, picklist_handle_key) tested without a terminal.
 */
#ifndef DANSO_TUI_DIALOG_H
#define DANSO_TUI_DIALOG_H

#include "tui/form.h"
#include "tui/listview.h"
#include "domain/rules.h"

#include <stddef.h>

/*
 * Every question of the interface is a dialog_confirm: its safe answer
 * (keep what was typed, do not lock, do not quit, go back to the form) is
 * what Enter, Esc, k and n give, so a user pressing Enter through a form
 * never throws work away; the other answer needs its own letter, named on
 * the key line of the box (docs/decisions.md, "One confirm dialog").
 */
typedef struct confirm_q {
	const char *letters;   /* the keys of the action, e.g. "x" */
	const char *act_vi, *act_en;   /* the key line's words for the action */
	const char *keep_vi, *keep_en; /* and for the safe answer */
} confirm_q;

/* The questions the screens ask (the action's letter and words). */
extern const confirm_q CONFIRM_DISCARD;   /* x: drop what was typed */
extern const confirm_q CONFIRM_QUIT;      /* t / q: leave danso */
extern const confirm_q CONFIRM_EXPORT;    /* x: export and lock the month */
extern const confirm_q CONFIRM_WARNINGS;  /* c / y: save despite warnings */
extern const confirm_q CONFIRM_MKDIR;     /* c / y: create a missing folder */
extern const confirm_q CONFIRM_SAME;      /* c / y: two records are one person */

/* The answer a key gives: 1 the action (one of letters, either case), 0
 * the safe answer (Enter, Esc, k, n), -1 not an answer. */
int dialog_confirm_key(int key, const char *letters);

/* A pick list over code choices, with type-ahead by code or, when no code
 * starts with what was typed, by the label's words without accents; the
 * query is typed with the typing method (query.ime), so Telex "kinh" or
 * "thaist" finds "Kinh" or "Thái". */
typedef struct picklist {
	const form_code *codes;
	size_t n;
	listview lv;
	lineedit query;
} picklist;

enum picklist_result {
	PICK_NONE = 0,
	PICK_CHOSEN,
	PICK_CANCEL
};

/* Start a pick list with the row of code `current` selected; ime may be
 * NULL (no typing method). */
void picklist_init(picklist *p, const form_code *codes, size_t n, const char *current, lineedit_ime_fn ime);

/* Handle one key; returns a picklist_result (the choice is lv.selected). */
int picklist_handle_key(picklist *p, int key);

/* Ask question q; 1 for the action, 0 for the safe answer. */
int dialog_confirm(const char *question, const confirm_q *q);

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
