/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* scr_member.c: add or edit a member (every field of docs/domain.md, section 3).
 * After a new member is saved the form empties for the next one. */
#include "config.h"

#include "tui/screens.h"
#include "tui/dialog.h"
#include "tui/keys.h"
#include "app/household.h"
#include "db/register.h"
#include "domain/codes.h"
#include "domain/family.h"
#include "domain/i18n.h"
#include "domain/util.h"

#include <stdlib.h>
#include <string.h>

typedef struct memscr {
	form_screen fs;        /* first: the screen, the form, its heading */
	int64_t household_id;
	member m;
	int saved;             /* members added in this session of the form */
} memscr;

/* The heading: the household, and whether it still needs a head. */
static void
mem_heading(memscr *s)
{
	household hh;
	ds_err err = {0};

	if (db_household_get(ses.d, s->household_id, &hh, &err) != 0)
		return;
	str_printf(s->fs.heading, sizeof s->fs.heading, "%s %s%s", L("Hộ số", "Household"), hh.number,
	           hh.head_member_id == 0 ? L(" (chưa có chủ hộ: người đầu tiên là chủ hộ)",
	                                      " (no head yet: the first person is the head)") : "");
}

/* Build the fields. */
static void
mem_fields(memscr *s)
{
	form *f = &s->fs.f;
	form_field *fld;

	form_init(f, ses.today, app_ime);
	ui_person_fields(f);
	fld = form_add(f, "person_id", L("Mã đối tượng (BHYT/CCCD)", "Person ID (insurance/citizen)"), FT_TEXT,
	               PERSON_ID_LEN - 1);
	fld->edit.charset = LE_CODE;
	form_add(f, "entered_on", L("Ngày vào sổ", "Entered on"), FT_DATE, 0)->required = 1;
	ui_history_fields(f);
}

/* Show s->m in the fields. */
static void
mem_fill(memscr *s)
{
	form *f = &s->fs.f;
	char sexbuf[4];

	str_printf(sexbuf, sizeof sexbuf, "%d", (int)s->m.sex);
	form_set(f, "full_name", s->m.full_name);
	form_set(f, "relation", s->m.relation);
	form_set(f, "sex", s->m.sex ? sexbuf : "");
	form_set(f, "birth_date", s->m.birth_date);
	form_set(f, "ethnicity", s->m.ethnicity);
	form_set(f, "education", s->m.education);
	form_set(f, "marital", s->m.marital);
	form_set(f, "residence", s->m.residence);
	form_set(f, "person_id", s->m.person_id);
	if (s->m.entered_on[0] != '\0')
		form_set(f, "entered_on", s->m.entered_on);
	else
		ui_month_date(f, "entered_on", PROPOSE_ENTRY);
	ui_history_fill(f, &s->m);
	f->focus = 0;
	f->dirty = 0;
	f->fields[0].edit.replace_on_type = 0;
}

/* Store the form (app/household.h: a new member may become the head). */
static int
mem_store(memscr *s, ds_err *err)
{
	return s->m.id != 0 ? member_edit(ses.d, &s->m, err) : member_create(ses.d, &s->m, err);
}

/* Read the form into the member and store it; a new member empties the form for the next. */
static void
mem_save(form_screen *fs)
{
	memscr *s = (memscr *)fs;
	form *f = &fs->f;
	ds_err err = {0};
	int was_new = s->m.id == 0;

	s->m.household_id = s->household_id;
	str_copy(s->m.full_name, sizeof s->m.full_name, form_get(f, "full_name"));
	str_copy(s->m.relation, sizeof s->m.relation, form_get(f, "relation"));
	s->m.sex = (sex)form_get_long(f, "sex");
	str_copy(s->m.birth_date, sizeof s->m.birth_date, form_get(f, "birth_date"));
	str_copy(s->m.ethnicity, sizeof s->m.ethnicity, form_get(f, "ethnicity"));
	str_copy(s->m.education, sizeof s->m.education, form_get(f, "education"));
	str_copy(s->m.marital, sizeof s->m.marital, form_get(f, "marital"));
	str_copy(s->m.residence, sizeof s->m.residence, form_get(f, "residence"));
	str_copy(s->m.person_id, sizeof s->m.person_id, form_get(f, "person_id"));
	str_copy(s->m.entered_on, sizeof s->m.entered_on, form_get(f, "entered_on"));
	ui_history_read(f, &s->m);
	if (mem_store(s, &err) != 0) {
		form_set_error(f, err.field[0] ? err.field : NULL, err.msg);
		return;
	}
	app_message(0, "%s: %s", L("Đã lưu", "Saved"), s->m.full_name);
	if (!was_new) {
		app_pop();
		return;
	}
	s->saved++;
	if (strcmp(s->m.relation, RELATION_HEAD) == 0)
		mem_heading(s);
	member_init(&s->m);
	mem_fill(s);
	form_set_message(f, L("Đã lưu. Nhập người tiếp theo, hoặc Esc để quay lại.",
	                          "Saved. Type the next person, or Esc to go back."), 0);
}

/* The title bar text of the screen. */
static const char *
mem_title(screen *sc)
{
	return ((memscr *)sc)->m.id ? L("Sửa nhân khẩu", "Edit member") : L("Thêm nhân khẩu", "New member");
}

/* The F1 help text. */
static const char *
mem_help(screen *sc)
{
	return L("Họ tên gõ kiểu Telex (ví dụ Nguyeenx Thij Hoaf thành Nguyễn Thị Hoà; Ctrl-T đổi Telex/VNI/tắt). "
	         "Ô mã: gõ mã hoặc F3 để chọn. Ngày gõ 15/03/1990, 15031990; người già không rõ ngày sinh gõ năm. "
	         "Mã đối tượng: số thẻ BHYT 15 ký tự, số BHXH 10 số hoặc CCCD 12 số (không bắt buộc). "
	         "F2 lưu; thêm mới xong thì ô trống lại để nhập người tiếp theo.",
	         "Names in Telex (Nguyeenx Thij Hoaf gives Nguyễn Thị Hoà; Ctrl-T switches Telex/VNI/off). Code "
	         "fields: type the code or F3 to pick. Dates as 15/03/1990 or 15031990; a year alone for an elderly "
	         "person with an unknown date. Person ID: 15-character insurance number, 10-digit social insurance "
	         "or 12-digit citizen ID (optional). F2 saves; after a new member the form empties for the next one.");
}

static const screen_ops mem_ops = {
	mem_title, form_screen_draw, form_screen_key, NULL, form_screen_destroy, form_screen_keys, mem_help,
	form_screen_unsaved,
};

/* The form of a new member (id 0) or of a stored one. */
screen *
scr_member_new(int64_t household_id, int64_t member_id)
{
	memscr *s = xcalloc(1, sizeof *s);
	household hh;
	ds_err err = {0};

	s->fs.base.ops = &mem_ops;
	s->fs.save = mem_save;
	s->household_id = household_id;
	member_init(&s->m);
	if (member_id != 0 && db_member_get(ses.d, member_id, &s->m, &err) != 0)
		app_error(L("Đọc nhân khẩu", "Reading the member"), err.msg);
	if (db_household_get(ses.d, household_id, &hh, &err) != 0)
		hh.head_member_id = 1;
	mem_heading(s);
	mem_fields(s);
	if (member_id == 0)
		str_copy(s->m.relation, sizeof s->m.relation, family_proposed_relation(hh.head_member_id));
	mem_fill(s);
	return &s->fs.base;
}
