/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/*
 * screens.h: the screens of the interface, each created by a constructor
 * that returns a screen for app_push(). The app owns it from then on.
 *
 *   start      pick the user, the area and the working month
 *   home       the month at a glance and the main menu
 *   register   the area's households; find by number or name
 *   household  one household: its members; events are recorded from here
 *   hh_form    add / edit a household
 *   member     add / edit a member
 *   event      record or correct an event of one kind
 *   review     the month's slip (P0): open, correct, cancel
 *   report     the month's report
 *   export     the month's package to a folder (officer)
 *   residents  the register against the residents database extract (officer)
 */
#ifndef DANSO_TUI_SCREENS_H
#define DANSO_TUI_SCREENS_H

#include "tui/app.h"
#include "tui/form.h"
#include "domain/model.h"
#include "domain/period.h"

screen *scr_start_new(void);
screen *scr_home_new(void);
screen *scr_register_new(void);
screen *scr_household_new(int64_t household_id, int64_t select_member_id);
screen *scr_hh_form_new(int64_t household_id);
screen *scr_member_new(int64_t household_id, int64_t member_id);
/* A new event of kind for member_id (0 for a whole-household move), or
 * the stored event event_id (kind and member then come from it). */
screen *scr_event_new(event_kind kind, int64_t household_id, int64_t member_id, int64_t event_id);
screen *scr_review_new(void);
screen *scr_report_new(void);
screen *scr_export_new(void);
/* The comparison with the national residents database extract (officer). */
screen *scr_residents_new(void);

/* Ask which kind of event to record for a member; 1 with *kind set. */
int scr_event_menu(event_kind *kind);

/* The kind whose menu key is key ('1' birth ... 'd' divorce); 1 if any. */
int scr_event_kind_key(int key, event_kind *kind);

/* Shared by the screens (scr_common.c). */

/* Give a code field the choices of a code list of the database. */
void ui_load_codes(form_field *fld, const char *list);

/* Add a code field with the choices of a code list (ui_load_codes). */
form_field *ui_code_field(form *f, const char *id, const char *label, const char *list, int required);

/* Add a person's fields: name, relation, sex, birth date (a year alone
 * accepted), ethnicity, education, marital status, residence. */
void ui_person_fields(form *f);

/* Add a woman's reproductive history (Sổ A0): live births ever and
 * children living, numbers 0-30, empty meaning 0 (docs/rules.md); show
 * and read them. */
void ui_history_fields(form *f);
void ui_history_fill(form *f, const member *m);
void ui_history_read(const form *f, member *m);

/* The label of a code, in the interface language, into buf. */
const char *ui_code_label(const char *list, const char *code, char *buf, size_t n);

/* "dd/mm/yyyy" of an ISO date into buf. */
const char *ui_date(const char *iso, char *buf, size_t n);

/* Make field id a date of the working month (form_field.of_period) and
 * propose in it the date period_propose_date() gives for what. */
void ui_month_date(form *f, const char *id, period_proposal what);

/* Esc on a form: 1 if the screen may close (nothing typed, or the user
 * agreed to drop what was typed). */
int ui_may_leave(const form *f);

/* Handle F3 on a form: the pick list of the focused code field. */
void ui_pick(form *f);

/*
 * A form screen: a screen that is one form under a heading (household,
 * member, event, export). Its struct starts with form_screen; its ops use
 * form_screen_draw and form_screen_key, and its save() runs on F2 once
 * every field is valid. F3 opens the pick list of a code field; Esc closes
 * the screen, asking first when something was typed.
 */
typedef struct form_screen {
	screen base;
	form f;
	char heading[200];
	void (*save)(struct form_screen *fs);
} form_screen;

/* Draw a form screen: its heading and its form. */
void form_screen_draw(screen *sc, int top, int rows);

/* Handle one key of a form screen (see form_screen). */
void form_screen_key(screen *sc, int key);

/* Free a form screen that owns nothing but its form. */
void form_screen_destroy(screen *sc);

/* 1 while the form holds typed work (screen_ops.unsaved). */
int form_screen_unsaved(screen *sc);

/* The key line of a form screen. */
const char *form_screen_keys(screen *sc);

/* Draw a form screen's body: a heading line and the form. */
void ui_draw_form(const form *f, const char *heading, int top, int rows);

/* Append s to line (size n) as a table column of width cells: fitted into
 * width - 1 cells, ending with the mark "…" when cut, then padded with
 * spaces (domain/layout.h: lay_col), so two columns never run together. */
void ui_col(char *line, size_t n, const char *s, int width);

#endif
