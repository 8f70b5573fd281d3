/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* scr_common.c: what the screens share (see screens.h). */
#include "config.h"

#include "tui/screens.h"
#include "tui/dialog.h"
#include "tui/draw.h"
#include "tui/keys.h"
#include "tui/term.h"
#include "db/codes.h"
#include "domain/date.h"
#include "domain/i18n.h"
#include "domain/layout.h"
#include "domain/util.h"

#include <stdlib.h>
#include <string.h>

/* Give a code field the choices of a code list of the database. */
void
ui_load_codes(form_field *fld, const char *list)
{
	code_entry *codes = NULL;
	form_code *choices;
	size_t n = 0;
	ds_err err = {0};

	if (db_codes_list(ses.d, list, &codes, &n, &err) != 0) {
		app_error(L("Đọc danh mục", "Reading a code list"), err.msg);
		return;
	}
	choices = xcalloc(n ? n : 1, sizeof *choices);
	for (size_t i = 0; i < n; i++) {
		str_copy(choices[i].code, sizeof choices[i].code, codes[i].code);
		str_copy(choices[i].label, sizeof choices[i].label, L(codes[i].label_vi, codes[i].label_en));
	}
	form_set_codes(fld, choices, n);
	free(choices);
	free(codes);
}

/* A code field with the choices of a code list of the database. */
form_field *
ui_code_field(form *f, const char *id, const char *label, const char *list, int required)
{
	form_field *fld = form_add(f, id, label, FT_CODE, 0);

	fld->required = required;
	ui_load_codes(fld, list);
	return fld;
}

/* A person's fields, as the member form and a move-in share them. */
void
ui_person_fields(form *f)
{
	form_field *fld;

	form_add(f, "full_name", L("Họ và tên", "Full name"), FT_NAME, 50)->required = 1;
	ui_code_field(f, "relation", L("Quan hệ với chủ hộ", "Relation to head"), "relation", 1);
	ui_code_field(f, "sex", L("Giới tính", "Sex"), "sex", 1);
	fld = form_add(f, "birth_date", L("Ngày sinh", "Date of birth"), FT_DATE, 0);
	fld->required = 1;
	fld->allow_year = 1;
	ui_code_field(f, "ethnicity", L("Dân tộc", "Ethnicity"), "ethnicity", 1);
	ui_code_field(f, "education", L("Trình độ học vấn", "Education"), "education", 0);
	ui_code_field(f, "marital", L("Hôn nhân", "Marital status"), "marital", 1);
	ui_code_field(f, "residence", L("Cư trú", "Residence"), "residence", 1);
}

/* A woman's history: two counts. */
void
ui_history_fields(form *f)
{
	form_field *fld = form_add(f, "children_born", L("Số con đã sinh (nữ)", "Live births (women)"), FT_NUMBER, 2);

	fld->min = 0;
	fld->max = 30;
	fld = form_add(f, "children_living", L("Số con hiện sống (nữ)", "Children living (women)"), FT_NUMBER, 2);
	fld->min = 0;
	fld->max = 30;
}

void
ui_history_fill(form *f, const member *m)
{
	char buf[8] = "";

	if (m->children_born != 0)
		str_printf(buf, sizeof buf, "%d", m->children_born);
	form_set(f, "children_born", buf);
	buf[0] = '\0';
	if (m->children_living != 0)
		str_printf(buf, sizeof buf, "%d", m->children_living);
	form_set(f, "children_living", buf);
}

void
ui_history_read(const form *f, member *m)
{
	m->children_born = (int)form_get_long(f, "children_born");
	m->children_living = (int)form_get_long(f, "children_living");
}

/* The label of a code in the interface language, into buf. */
const char *
ui_code_label(const char *list, const char *code, char *buf, size_t n)
{
	if (str_empty(code)) {
		buf[0] = '\0';
		return buf;
	}
	db_code_label(ses.d, list, code, buf, n);
	return buf;
}

/* An ISO date as dd/mm/yyyy, into buf. */
const char *
ui_date(const char *iso, char *buf, size_t n)
{
	date_format(iso, buf, n);
	return buf;
}

/* A date field of the working month, with the date proposed in it. */
void
ui_month_date(form *f, const char *id, period_proposal what)
{
	form_field *fld = form_find(f, id);
	period p;
	char date[DATE_LEN];

	if (fld == NULL || period_parse(ses.period, &p, NULL) != 0)
		return;
	form_set_period(f, ses.period);
	fld->of_period = 1;
	period_propose_date(&p, ses.today, what, date);
	form_set(f, id, date);
}

/* 1 when a form may close: nothing typed, or the user drops it. */
int
ui_may_leave(const form *f)
{
	if (!f->dirty)
		return 1;
	return dialog_confirm(L("Bỏ những gì vừa nhập? Chưa lưu gì cả.", "Drop what you typed? Nothing is saved yet."),
	                      &CONFIRM_DISCARD);
}

/* Open the pick list of the focused code field. */
void
ui_pick(form *f)
{
	form_field *fld = &f->fields[f->focus];
	size_t chosen;

	if (fld->type != FT_CODE || fld->ncodes == 0)
		return;
	if (dialog_pick(fld->label, fld->codes, fld->ncodes, fld->edit.text, &chosen)) {
		lineedit_set(&fld->edit, fld->codes[chosen].code);
		f->dirty = 1;
		form_handle_key(f, K_TAB);
	}
}

/* Draw a heading line, a rule and the form. */
void
ui_draw_form(const form *f, const char *heading, int top, int rows)
{
	term_put(top, 1, term_cols() - 2, heading, TA_LABEL, 0);
	term_hline(top + 1, 0, term_cols());
	form_draw(f, top + 2, 2, rows - 2, term_cols() - 4, 30);
}

/* Draw a form screen: its heading and its form. */
void
form_screen_draw(screen *sc, int top, int rows)
{
	form_screen *fs = (form_screen *)sc;

	ui_draw_form(&fs->f, fs->heading, top, rows);
}

/* Handle one key of a form screen: pick, save or leave. */
void
form_screen_key(screen *sc, int key)
{
	form_screen *fs = (form_screen *)sc;

	switch (form_handle_key(&fs->f, key)) {
	case FORM_PICK:
		ui_pick(&fs->f);
		break;
	case FORM_SAVE:
		fs->save(fs);
		break;
	case FORM_CANCEL:
		if (ui_may_leave(&fs->f))
			app_pop();
		break;
	default:
		break;
	}
}

/* Free a form screen that owns nothing but its form. */
void
form_screen_destroy(screen *sc)
{
	form_screen *fs = (form_screen *)sc;

	form_free(&fs->f);
	free(fs);
}

/* 1 while the form holds typed work. */
int
form_screen_unsaved(screen *sc)
{
	return ((form_screen *)sc)->f.dirty;
}

/* The key line of a form screen. */
const char *
form_screen_keys(screen *sc)
{
	return L("Enter/Tab:tiếp ShTab:lùi F3:chọn F2:lưu Esc:thôi F1:giúp",
	         "Enter/Tab:next ShTab:back F3:pick F2:save Esc:cancel F1:help");
}

/* Append s to line as a column of width cells: fitted into width - 1 with
 * the mark when cut, then padded, so columns never run together. */
void
ui_col(char *line, size_t n, const char *s, int width)
{
	lay_col(line, n, s, width);
}
