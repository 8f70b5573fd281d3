/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* form.c: data-entry forms, key handling only (see form.h). */
#include "config.h"

#include "tui/form.h"
#include "tui/keys.h"
#include "domain/date.h"
#include "domain/error.h"
#include "domain/i18n.h"
#include "domain/rules.h"
#include "domain/util.h"

#include <stdlib.h>
#include <string.h>

/* An empty form. */
void
form_init(form *f, const char *today, lineedit_ime_fn ime)
{
	memset(f, 0, sizeof *f);
	str_copy(f->today, sizeof f->today, today);
	f->ime = ime;
}

/* Give the form the working month. */
void
form_set_period(form *f, const char *period)
{
	str_copy(f->period, sizeof f->period, period);
}

/* Free the code lists the fields own. */
void
form_free(form *f)
{
	for (int i = 0; i < f->count; i++) {
		free(f->fields[i].codes);
		f->fields[i].codes = NULL;
		f->fields[i].ncodes = 0;
	}
	f->count = 0;
}

/* The characters and default width of a type. */
static void
type_defaults(field_type type, size_t *max_chars, le_charset *cs)
{
	switch (type) {
	case FT_DATE: *cs = LE_DATE; if (*max_chars == 0) *max_chars = 10; break;
	case FT_NUMBER: *cs = LE_DIGITS; if (*max_chars == 0) *max_chars = 4; break;
	case FT_CODE: *cs = LE_CODE; if (*max_chars == 0) *max_chars = CODE_LEN - 1; break;
	case FT_YESNO: *cs = LE_DIGITS; *max_chars = 1; break;
	case FT_NAME: *cs = LE_ANY; if (*max_chars == 0) *max_chars = 40; break;
	default: *cs = LE_ANY; if (*max_chars == 0) *max_chars = 40; break;
	}
}

/* Add a field after the others. */
form_field *
form_add(form *f, const char *id, const char *label, field_type type, size_t max_chars)
{
	form_field *fld;
	le_charset cs;

	if (f->count >= FORM_MAX_FIELDS)
		fatal("form: too many fields (%s)", id);
	fld = &f->fields[f->count++];
	memset(fld, 0, sizeof *fld);
	fld->id = id;
	fld->label = label;
	fld->type = type;
	type_defaults(type, &max_chars, &cs);
	lineedit_init(&fld->edit, max_chars, cs);
	if (type == FT_NAME)
		fld->edit.ime = f->ime;
	if (f->fields[f->focus].type == FT_INFO && type != FT_INFO)
		f->focus = f->count - 1;
	return fld;
}

/* Give a code field its choices (copied). */
void
form_set_codes(form_field *fld, const form_code *codes, size_t n)
{
	size_t widest = 1;

	free(fld->codes);
	fld->codes = xcalloc(n ? n : 1, sizeof *codes);
	memcpy(fld->codes, codes, n * sizeof *codes);
	fld->ncodes = n;
	for (size_t i = 0; i < n; i++)
		if (strlen(codes[i].code) > widest)
			widest = strlen(codes[i].code);
	fld->edit.max_chars = widest;
}

/* The field called id, or NULL. */
form_field *
form_find(form *f, const char *id)
{
	for (int i = 0; i < f->count; i++)
		if (strcmp(f->fields[i].id, id) == 0)
			return &f->fields[i];
	return NULL;
}

/* Propose a value for a field (typing replaces it). */
void
form_set(form *f, const char *id, const char *value)
{
	form_field *fld = form_find(f, id);
	char shown[32];

	if (fld == NULL)
		return;
	if (fld->type == FT_DATE && !str_empty(value)) {
		str_copy(fld->iso, sizeof fld->iso, value);
		date_format(value, shown, sizeof shown);
		value = shown;
	}
	lineedit_set(&fld->edit, value);
	fld->edit.replace_on_type = fld->edit.len > 0;
}

/* The checked value of a field ("" when empty or unknown). */
const char *
form_get(const form *f, const char *id)
{
	for (int i = 0; i < f->count; i++) {
		const form_field *fld = &f->fields[i];
		if (strcmp(fld->id, id) != 0)
			continue;
		if (fld->type == FT_DATE)
			return fld->edit.len > 0 ? fld->iso : "";
		return fld->edit.text;
	}
	return "";
}

/* The number in a field (0 when empty). */
long
form_get_long(const form *f, const char *id)
{
	long v = 0;

	str_to_long(form_get(f, id), &v);
	return v;
}

/* Set the line under the form. */
void
form_set_message(form *f, const char *msg, int is_error)
{
	str_copy(f->message, sizeof f->message, msg);
	f->message_is_error = is_error;
}

/* Focus a field and show an error under the form. */
void
form_set_error(form *f, const char *id, const char *msg)
{
	for (int i = 0; i < f->count; i++)
		if (id != NULL && strcmp(f->fields[i].id, id) == 0 && f->fields[i].type != FT_INFO) {
			f->focus = i;
			/* the wrong value of a code, a date or a number is retyped
			 * whole; a text is corrected where it is */
			f->fields[i].edit.cursor = f->fields[i].edit.len;
			f->fields[i].edit.replace_on_type = f->fields[i].type != FT_TEXT && f->fields[i].type != FT_NAME;
		}
	form_set_message(f, msg, 1);
}

/* The label of the code a code field holds. */
const char *
form_code_label(const form_field *fld)
{
	if (fld->type == FT_YESNO) {
		if (strcmp(fld->edit.text, "1") == 0)
			return L("Có", "Yes");
		if (strcmp(fld->edit.text, "0") == 0)
			return L("Không", "No");
		return "";
	}
	for (size_t i = 0; i < fld->ncodes; i++)
		if (strcmp(fld->codes[i].code, fld->edit.text) == 0)
			return fld->codes[i].label;
	return "";
}

/* Refuse a field with a message naming it. */
static int
field_refuse(form *f, const form_field *fld, const char *what)
{
	char msg[FORM_MSG_LEN];

	str_printf(msg, sizeof msg, "%s: %s", fld->label, what);
	form_set_message(f, msg, 1);
	return -1;
}

/* Check a date field and show it back as dd/mm/yyyy. */
static int
check_date(form *f, form_field *fld)
{
	ds_err err = {0};
	char iso[DATE_LEN], shown[32], typed[LE_BYTES], year_of[DATE_LEN];
	size_t n = strlen(fld->edit.text);

	str_copy(typed, sizeof typed, fld->edit.text);
	str_copy(year_of, sizeof year_of, f->today);
	if (fld->of_period && strlen(f->period) == 7) {
		/* a day alone is a day of the working month; ddmm is of its year */
		str_printf(year_of, sizeof year_of, "%.7s-01", f->period);
		if (n >= 1 && n <= 2 && strspn(typed, "0123456789") == n)
			str_printf(typed, sizeof typed, "%s/%.2s/%.4s", fld->edit.text, f->period + 5, f->period);
	}
	if (date_parse(typed, year_of, fld->allow_year ? DATE_ALLOW_YEAR : 0, fld->label, iso, &err) != 0) {
		form_set_message(f, err.msg, 1);
		return -1;
	}
	str_copy(fld->iso, sizeof fld->iso, iso);
	date_format(iso, shown, sizeof shown);
	lineedit_set(&fld->edit, shown);
	return 0;
}

/* Check a number field against its range. */
static int
check_number(form *f, form_field *fld)
{
	long v;
	char what[128], shown[32];

	if (fld->grams) {
		if (rules_weight_grams(fld->edit.text, &v) != 0)
			return field_refuse(f, fld, L("gõ số gam (3200) hoặc số kg có dấu phẩy (3,2)",
			                              "type grams (3200) or kilograms with a decimal comma (3,2)"));
		str_printf(shown, sizeof shown, "%ld", v);
		lineedit_set(&fld->edit, shown);
		return 0;  /* the plausible range is a rule (birth.weight_implausible) */
	}
	if (str_to_long(fld->edit.text, &v) != 0)
		return field_refuse(f, fld, L("phải là một số", "must be a number"));
	if (v < fld->min || (fld->max > fld->min && v > fld->max)) {
		str_printf(what, sizeof what, L("phải từ %ld đến %ld", "must be from %ld to %ld"), fld->min, fld->max);
		return field_refuse(f, fld, what);
	}
	return 0;
}

/* Check one field's value; 0 ok, -1 with the message set. */
int
form_check_field(form *f, int index)
{
	form_field *fld = &f->fields[index];

	if (fld->type == FT_INFO)
		return 0;
	if (fld->type == FT_TEXT || fld->type == FT_NAME) {
		char *t = str_trim(fld->edit.text);
		if (t != fld->edit.text)
			memmove(fld->edit.text, t, strlen(t) + 1);
		lineedit_set(&fld->edit, fld->edit.text);
	}
	if (fld->edit.len == 0) {
		if (fld->required)
			return field_refuse(f, fld, L("chưa nhập", "is required"));
		fld->iso[0] = '\0';
		return 0;
	}
	switch (fld->type) {
	case FT_DATE:
		return check_date(f, fld);
	case FT_NUMBER:
		return check_number(f, fld);
	case FT_CODE:
		if (*form_code_label(fld) == '\0')
			return field_refuse(f, fld, L("mã không có trong danh mục (F3 để chọn)",
			                              "no such code in the list (F3 to choose)"));
		return 0;
	default:
		return 0;
	}
}

/* Move the focus by step (+1 / -1) to the next editable field; returns 0
 * if there was none in that direction. */
static int
move_focus(form *f, int step)
{
	for (int i = f->focus + step; i >= 0 && i < f->count; i += step) {
		if (f->fields[i].type != FT_INFO) {
			f->focus = i;
			f->fields[i].edit.cursor = f->fields[i].edit.len;
			f->fields[i].edit.replace_on_type = f->fields[i].type != FT_TEXT &&
			                                    f->fields[i].type != FT_NAME;
			return 1;
		}
	}
	return 0;
}

/* Check every field; focus the first bad one. 0 all good. */
static int
check_all(form *f)
{
	for (int i = 0; i < f->count; i++) {
		if (form_check_field(f, i) != 0) {
			f->focus = i;
			return -1;
		}
	}
	return 0;
}

/* Leave the current field forwards: check it, then move or save. */
static int
advance(form *f, int save_at_end)
{
	if (form_check_field(f, f->focus) != 0)
		return FORM_NONE;
	form_set_message(f, "", 0);
	if (f->check != NULL && f->check(f, f->focus, f->check_ctx) != 0)
		return FORM_NONE;
	if (move_focus(f, +1))
		return FORM_NONE;
	if (save_at_end)
		return check_all(f) == 0 ? FORM_SAVE : FORM_NONE;
	return FORM_NONE;
}

/* Yes/no keys: c/y/1 yes, k/n/0 no. */
static int
yesno_key(form_field *fld, int key)
{
	const char *v = NULL;

	if (key == 'c' || key == 'C' || key == 'y' || key == 'Y' || key == '1')
		v = "1";
	else if (key == 'k' || key == 'K' || key == 'n' || key == 'N' || key == '0')
		v = "0";
	if (v == NULL)
		return LE_REFUSED;
	lineedit_set(&fld->edit, v);
	fld->edit.edited = 1;
	return LE_FULL;
}

/* A key for the focused field's editor. */
static int
edit_key(form *f, int key)
{
	form_field *fld = &f->fields[f->focus];
	int r = fld->type == FT_YESNO && KEY_IS_CHAR(key) ? yesno_key(fld, key)
	                                                   : lineedit_handle_key(&fld->edit, key);

	if (r == LE_CHANGED || r == LE_FULL) {
		f->dirty = 1;
		if (f->message_is_error)
			form_set_message(f, "", 0);
	}
	if (r == LE_REFUSED) {
		field_refuse(f, fld, fld->type == FT_YESNO ? L("gõ c (có) hoặc k (không)", "type y (yes) or n (no)")
		                     : fld->type == FT_DATE ? L("gõ ngày dạng ngày/tháng/năm", "type the date as dd/mm/yyyy")
		                     : L("ký tự này không dùng được ở đây", "this character is not allowed here"));
		return FORM_NONE;
	}
	if (r == LE_FULL && fld->type != FT_TEXT && fld->type != FT_NAME)
		return advance(f, 0);
	return r == LE_IGNORED ? FORM_IGNORED : FORM_NONE;
}

/* Handle one key of a form; returns a form_result. */
int
form_handle_key(form *f, int key)
{
	if (f->count == 0)
		return key == K_ESC ? FORM_CANCEL : FORM_IGNORED;
	switch (key) {
	case K_ENTER:
		return advance(f, 1);
	case K_TAB:
	case K_DOWN:
		return advance(f, 0);
	case K_BTAB:
	case K_UP:
		move_focus(f, -1);
		return FORM_NONE;
	case K_SAVE:
		if (check_all(f) != 0)
			return FORM_NONE;
		return FORM_SAVE;
	case K_ESC:
		return FORM_CANCEL;
	case K_F3:
		return f->fields[f->focus].type == FT_CODE ? FORM_PICK : FORM_IGNORED;
	default:
		return edit_key(f, key);
	}
}
