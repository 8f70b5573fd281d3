/* scr_member.c: add or edit a member (every field of domain.md section 3).
 * After a new member is saved the form empties for the next one. */
#include "config.h"

#include "tui/screens.h"
#include "tui/dialog.h"
#include "tui/keys.h"
#include "db/register.h"
#include "domain/codes.h"
#include "domain/i18n.h"
#include "domain/util.h"

#include <stdlib.h>
#include <string.h>

typedef struct memscr {
	screen base;
	form f;
	int64_t household_id;
	member m;
	char heading[200];
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
	str_printf(s->heading, sizeof s->heading, "%s %s%s", L("Hộ số", "Household"), hh.number,
	           hh.head_member_id == 0 ? L(" (chưa có chủ hộ: người đầu tiên là chủ hộ)",
	                                      " (no head yet: the first person is the head)") : "");
}

/* Build the fields. */
static void
mem_fields(memscr *s)
{
	form_field *fld;

	form_init(&s->f, ses.today, app_ime);
	fld = form_add(&s->f, "full_name", L("Họ và tên", "Full name"), FT_NAME, 50);
	fld->required = 1;
	fld = form_add(&s->f, "relation", L("Quan hệ với chủ hộ", "Relation to head"), FT_CODE, 0);
	fld->required = 1;
	ui_load_codes(fld, "relation");
	fld = form_add(&s->f, "sex", L("Giới tính", "Sex"), FT_CODE, 0);
	fld->required = 1;
	ui_load_codes(fld, "sex");
	fld = form_add(&s->f, "birth_date", L("Ngày sinh", "Date of birth"), FT_DATE, 0);
	fld->required = 1;
	fld->allow_year = 1;
	fld = form_add(&s->f, "ethnicity", L("Dân tộc", "Ethnicity"), FT_CODE, 0);
	fld->required = 1;
	ui_load_codes(fld, "ethnicity");
	ui_load_codes(form_add(&s->f, "education", L("Trình độ học vấn", "Education"), FT_CODE, 0), "education");
	fld = form_add(&s->f, "marital", L("Hôn nhân", "Marital status"), FT_CODE, 0);
	fld->required = 1;
	ui_load_codes(fld, "marital");
	fld = form_add(&s->f, "residence", L("Cư trú", "Residence"), FT_CODE, 0);
	fld->required = 1;
	ui_load_codes(fld, "residence");
	fld = form_add(&s->f, "person_id", L("Mã đối tượng (BHYT/CCCD)", "Person ID (insurance/citizen)"), FT_TEXT,
	               PERSON_ID_LEN - 1);
	fld->edit.charset = LE_CODE;
	fld = form_add(&s->f, "entered_on", L("Ngày vào sổ", "Entered on"), FT_DATE, 0);
	fld->required = 1;
}

/* Show s->m in the fields. */
static void
mem_fill(memscr *s)
{
	char sexbuf[4];

	str_printf(sexbuf, sizeof sexbuf, "%d", (int)s->m.sex);
	form_set(&s->f, "full_name", s->m.full_name);
	form_set(&s->f, "relation", s->m.relation);
	form_set(&s->f, "sex", s->m.sex ? sexbuf : "");
	form_set(&s->f, "birth_date", s->m.birth_date);
	form_set(&s->f, "ethnicity", s->m.ethnicity);
	form_set(&s->f, "education", s->m.education);
	form_set(&s->f, "marital", s->m.marital);
	form_set(&s->f, "residence", s->m.residence);
	form_set(&s->f, "person_id", s->m.person_id);
	form_set(&s->f, "entered_on", s->m.entered_on[0] ? s->m.entered_on : ses.today);
	s->f.focus = 0;
	s->f.dirty = 0;
	s->f.fields[0].edit.replace_on_type = 0;
}

/* Make the member the head when the household has none. */
static int
mem_set_head(memscr *s, ds_err *err)
{
	household hh;

	if (strcmp(s->m.relation, RELATION_HEAD) != 0)
		return 0;
	if (db_household_get(ses.d, s->household_id, &hh, err) != 0)
		return -1;
	if (hh.head_member_id != 0)
		return 0;
	hh.head_member_id = s->m.id;
	return db_household_update(ses.d, &hh, err);
}

/* Store the form: a new member with the head set in one transaction. */
static int
mem_store(memscr *s, ds_err *err)
{
	if (s->m.id != 0)
		return db_member_update(ses.d, &s->m, err);
	if (db_begin(ses.d, err) != 0)
		return -1;
	if (db_member_add(ses.d, &s->m, err) != 0 || mem_set_head(s, err) != 0) {
		db_rollback(ses.d);
		s->m.id = 0;
		return -1;
	}
	return db_commit(ses.d, err);
}

/* Read the form into the member and store it; a new member empties the form for the next. */
static void
mem_save(memscr *s)
{
	ds_err err = {0};
	int was_new = s->m.id == 0;

	s->m.household_id = s->household_id;
	str_copy(s->m.full_name, sizeof s->m.full_name, form_get(&s->f, "full_name"));
	str_copy(s->m.relation, sizeof s->m.relation, form_get(&s->f, "relation"));
	s->m.sex = (sex)form_get_long(&s->f, "sex");
	str_copy(s->m.birth_date, sizeof s->m.birth_date, form_get(&s->f, "birth_date"));
	str_copy(s->m.ethnicity, sizeof s->m.ethnicity, form_get(&s->f, "ethnicity"));
	str_copy(s->m.education, sizeof s->m.education, form_get(&s->f, "education"));
	str_copy(s->m.marital, sizeof s->m.marital, form_get(&s->f, "marital"));
	str_copy(s->m.residence, sizeof s->m.residence, form_get(&s->f, "residence"));
	str_copy(s->m.person_id, sizeof s->m.person_id, form_get(&s->f, "person_id"));
	str_copy(s->m.entered_on, sizeof s->m.entered_on, form_get(&s->f, "entered_on"));
	if (mem_store(s, &err) != 0) {
		form_set_error(&s->f, err.field[0] ? err.field : NULL, err.msg);
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
	form_set_message(&s->f, L("Đã lưu. Nhập người tiếp theo, hoặc Esc để quay lại.",
	                          "Saved. Type the next person, or Esc to go back."), 0);
}

/* The title bar text of the screen. */
static const char *
mem_title(screen *sc)
{
	return ((memscr *)sc)->m.id ? L("Sửa nhân khẩu", "Edit member") : L("Thêm nhân khẩu", "New member");
}

/* Draw the body from the screen's state. */
static void
mem_draw(screen *sc, int top, int rows)
{
	memscr *s = (memscr *)sc;

	ui_draw_form(&s->f, s->heading, top, rows);
}

/* Handle one key. */
static void
mem_key(screen *sc, int key)
{
	memscr *s = (memscr *)sc;

	switch (form_handle_key(&s->f, key)) {
	case FORM_PICK:
		ui_pick(&s->f);
		break;
	case FORM_SAVE:
		mem_save(s);
		break;
	case FORM_CANCEL:
		if (ui_may_leave(&s->f))
			app_pop();
		break;
	default:
		break;
	}
}

/* Free the screen and what it owns. */
static void
mem_destroy(screen *sc)
{
	memscr *s = (memscr *)sc;

	form_free(&s->f);
	free(s);
}

/* The key line. */
static const char *
mem_keys(screen *sc)
{
	return ui_form_keys();
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
	mem_title, mem_draw, mem_key, NULL, mem_destroy, mem_keys, mem_help,
};

screen *
scr_member_new(int64_t household_id, int64_t member_id)
{
	memscr *s = xcalloc(1, sizeof *s);
	household hh;
	ds_err err = {0};

	s->base.ops = &mem_ops;
	s->household_id = household_id;
	member_init(&s->m);
	if (member_id != 0 && db_member_get(ses.d, member_id, &s->m, &err) != 0)
		app_error(L("Đọc nhân khẩu", "Reading the member"), err.msg);
	if (db_household_get(ses.d, household_id, &hh, &err) != 0)
		hh.head_member_id = 1;
	mem_heading(s);
	mem_fields(s);
	if (member_id == 0 && hh.head_member_id == 0)
		str_copy(s->m.relation, sizeof s->m.relation, RELATION_HEAD);
	mem_fill(s);
	return &s->base;
}
