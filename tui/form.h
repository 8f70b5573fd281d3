/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/*
 * form.h: a data-entry form: labelled fields, one per line, edited from the
 * keyboard. form_handle_key() is pure (no curses, no database): Enter or Tab
 * checks the field and moves to the next one, Shift-Tab goes back, a field
 * that fills up moves on by itself, F2 / Ctrl-S checks every field and asks
 * the screen to save, Esc asks it to cancel, F3 on a code field asks it for
 * the pick list. form_draw() (draw.c) shows it.
 *
 * Each field checks its own value when left (a date must be a real date, a
 * code must be in its list, a number in its range) and refuses to be left
 * with a plain message; then the screen's field hook (form.check) runs the
 * domain rules that concern that field, so a finding shows as the cursor
 * leaves the field, not only at F2; on save the screen runs every rule and
 * points at a field with form_set_error().
 */
#ifndef DANSO_TUI_FORM_H
#define DANSO_TUI_FORM_H

#include "tui/lineedit.h"
#include "domain/model.h"

#include <stddef.h>

#define FORM_MAX_FIELDS 20
#define FORM_MSG_LEN 400

typedef enum field_type {
	FT_TEXT = 0,   /* free text */
	FT_NAME,       /* a person's name, typed with the typing method */
	FT_DATE,       /* a date: dd/mm/yyyy, ddmmyyyy, ddmm, or dd of the working month */
	FT_CODE,       /* a code of a list, typed or picked with F3 */
	FT_NUMBER,     /* a whole number in [min, max] */
	FT_YESNO,      /* c/k (có / không), y/n, 1/0 */
	FT_INFO        /* shown, never edited (the mother, the household ...) */
} field_type;

/* One choice of a code field (the label in the interface language). */
typedef struct form_code {
	char code[CODE_LEN];
	char label[96];
} form_code;

typedef struct form_field {
	const char *id;          /* stable name, matches rule_finding.field */
	const char *label;       /* in the interface language */
	field_type type;
	lineedit edit;
	int required;
	int carry;               /* the value carries over to the next entry */
	/* FT_CODE */
	form_code *codes;        /* owned by the field (form_free) */
	size_t ncodes;
	/* FT_NUMBER */
	long min, max;
	int grams;               /* a weight: "3,2" or "3.2kg" read as kilograms
	                            and shown back in grams (rules_weight_grams) */
	/* FT_DATE */
	int allow_year;          /* a year alone is accepted (elderly) */
	int of_period;           /* a date of the working month (form.period):
	                            a day alone ("15") is that day of it and
	                            "ddmm" takes its year */
	char iso[DATE_LEN];      /* the checked date */
} form_field;

struct form;

/* The screen's check of one field as the cursor leaves it forwards: the
 * rules that can be judged from that field (form.check). Returns 0 to let
 * the cursor go on (a warning may be left as the form's hint), -1 to keep
 * it there with the form's message set. */
typedef int (*form_field_check_fn)(struct form *f, int index, void *ctx);

typedef struct form {
	form_field fields[FORM_MAX_FIELDS];
	int count;
	int focus;
	int dirty;               /* the user typed something */
	char today[DATE_LEN];    /* year of "ddmm" dates */
	char period[PERIOD_LEN]; /* the working month "YYYY-MM" (or "") */
	char message[FORM_MSG_LEN]; /* under the form: an error or a hint */
	int message_is_error;
	lineedit_ime_fn ime;     /* for FT_NAME fields */
	form_field_check_fn check; /* run after a field's own check passes */
	void *check_ctx;
} form;

enum form_result {
	FORM_NONE = 0,   /* handled; nothing for the screen to do */
	FORM_SAVE,       /* every field is valid: save */
	FORM_CANCEL,     /* Esc */
	FORM_PICK,       /* F3 on a code field: open its pick list */
	FORM_IGNORED     /* not a key of the form */
};

/* An empty form; today is ISO "YYYY-MM-DD". */
void form_init(form *f, const char *today, lineedit_ime_fn ime);

/* Give the form the working month (form.period). */
void form_set_period(form *f, const char *period);

/* Free what the fields own. */
void form_free(form *f);

/* Add a field; returns it for further settings. max_chars 0: a sensible
 * width for the type. */
form_field *form_add(form *f, const char *id, const char *label, field_type type, size_t max_chars);

/* Give a code field its choices (copied). */
void form_set_codes(form_field *fld, const form_code *codes, size_t n);

/* Find a field by id (NULL if none). */
form_field *form_find(form *f, const char *id);

/* Set a field's value as the program proposes it (a default, a carried
 * over or stored value): a date in ISO is shown as dd/mm/yyyy; typing a
 * character replaces the proposal. */
void form_set(form *f, const char *id, const char *value);

/* A field's value: the text, the ISO date, the code, "1"/"0" for yes/no;
 * "" when empty or no such field. */
const char *form_get(const form *f, const char *id);

/* The number in a field (0 when empty). */
long form_get_long(const form *f, const char *id);

/* Handle one key; returns a form_result. */
int form_handle_key(form *f, int key);

/* Check one field now; 0 ok, -1 with f->message set. */
int form_check_field(form *f, int index);

/* Put the focus on a field and show msg there as an error. */
void form_set_error(form *f, const char *id, const char *msg);

/* Set the message line (is_error 0: a hint). */
void form_set_message(form *f, const char *msg, int is_error);

/* The label of the code a code field holds ("" if none / unknown). */
const char *form_code_label(const form_field *fld);

#endif
