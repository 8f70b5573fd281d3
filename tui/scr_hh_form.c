/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* scr_hh_form.c: add or edit a household (docs/domain.md, section 3); saved by
 * app/household.h, which decides who may put a household in which area. */
#include "config.h"

#include "tui/screens.h"
#include "tui/dialog.h"
#include "tui/keys.h"
#include "app/household.h"
#include "db/register.h"
#include "domain/codes.h"
#include "domain/i18n.h"
#include "domain/util.h"

#include <stdlib.h>
#include <string.h>

typedef struct hhform {
	form_screen fs;        /* first: the screen, the form, its heading */
	household hh;
	area *areas;
	size_t nareas;
	member *people;        /* for the head of an existing household */
	size_t npeople;
} hhform;

/* The area choices (by number) and, when editing, the members for the head. */
static void
hhf_codes(hhform *h)
{
	ds_err err = {0};
	form_code *c;
	size_t n = 0;

	if (db_area_list(ses.d, &h->areas, &h->nareas, &err) != 0)
		app_error(L("Đọc địa bàn", "Reading areas"), err.msg);
	if (h->hh.id != 0 && db_member_list(ses.d, h->hh.id, 0, &h->people, &h->npeople, &err) != 0)
		app_error(L("Đọc nhân khẩu", "Reading members"), err.msg);
	c = xcalloc(h->nareas + h->npeople + 1, sizeof *c);
	for (size_t i = 0; i < h->nareas; i++, n++) {
		str_printf(c[n].code, sizeof c[n].code, "%d", h->areas[i].number);
		str_copy(c[n].label, sizeof c[n].label, h->areas[i].name);
	}
	form_set_codes(form_find(&h->fs.f, "area"), c, n);
	for (n = 0; n < h->npeople; n++) {
		str_printf(c[n].code, sizeof c[n].code, "%zu", n + 1);
		str_copy(c[n].label, sizeof c[n].label, h->people[n].full_name);
	}
	if (form_find(&h->fs.f, "head") != NULL)
		form_set_codes(form_find(&h->fs.f, "head"), c, n);
	free(c);
}

/* Put the stored (or proposed) values in the fields. */
static void
hhf_fill(hhform *h)
{
	char buf[32];
	ds_err err = {0};

	if (h->hh.id == 0) {
		db_household_next_number(ses.d, buf, sizeof buf, &err);
		form_set(&h->fs.f, "number", buf);
		form_set(&h->fs.f, "village", ses.carry_village);
		ui_month_date(&h->fs.f, "created_on", PROPOSE_ENTRY);
		form_set(&h->fs.f, "kind", HOUSEHOLD_FAMILY);
	} else {
		form_set(&h->fs.f, "number", h->hh.number);
		form_set(&h->fs.f, "village", h->hh.village);
		form_set(&h->fs.f, "address", h->hh.address);
		form_set(&h->fs.f, "kind", h->hh.kind);
		form_set(&h->fs.f, "created_on", h->hh.created_on);
		for (size_t i = 0; i < h->npeople; i++)
			if (h->people[i].id == h->hh.head_member_id) {
				str_printf(buf, sizeof buf, "%zu", i + 1);
				form_set(&h->fs.f, "head", buf);
			}
	}
	for (size_t i = 0; i < h->nareas; i++)
		if (h->areas[i].id == (h->hh.id ? h->hh.area_id : ses.ar.id) || (h->nareas == 1 && h->hh.id == 0)) {
			str_printf(buf, sizeof buf, "%d", h->areas[i].number);
			form_set(&h->fs.f, "area", buf);
		}
	h->fs.f.dirty = 0;
}

/* Save; a new household goes on to its first member (the head). */
static void
hhf_save(form_screen *fs)
{
	hhform *h = (hhform *)fs;
	household hh = h->hh;
	ds_err err = {0};
	long head = form_get_long(&h->fs.f, "head"), num = form_get_long(&h->fs.f, "area");
	int rc;

	str_copy(hh.number, sizeof hh.number, form_get(&h->fs.f, "number"));
	str_copy(hh.village, sizeof hh.village, form_get(&h->fs.f, "village"));
	str_copy(hh.address, sizeof hh.address, form_get(&h->fs.f, "address"));
	str_copy(hh.kind, sizeof hh.kind, form_get(&h->fs.f, "kind"));
	str_copy(hh.created_on, sizeof hh.created_on, form_get(&h->fs.f, "created_on"));
	for (size_t i = 0; i < h->nareas; i++)
		if (h->areas[i].number == num)
			hh.area_id = h->areas[i].id;
	if (head > 0 && (size_t)head <= h->npeople)
		hh.head_member_id = h->people[head - 1].id;
	rc = hh.id == 0 ? household_create(ses.d, &hh, &err) : household_edit(ses.d, &hh, &err);
	if (rc != 0) {
		form_set_error(&h->fs.f, err.field[0] ? err.field : NULL, err.msg);
		return;
	}
	str_copy(ses.carry_village, sizeof ses.carry_village, hh.village);
	app_message(0, "%s %s", L("Đã lưu hộ số", "Saved household"), hh.number);
	app_pop();
	if (h->hh.id == 0) {
		app_push(scr_household_new(hh.id, 0));
		app_push(scr_member_new(hh.id, 0));
	}
}

/* The title bar text of the screen. */
static const char *
hhf_title(screen *sc)
{
	return ((hhform *)sc)->hh.id ? L("Sửa hộ", "Edit household") : L("Thêm hộ", "New household");
}

/* Free the screen and what it owns. */
static void
hhf_destroy(screen *sc)
{
	hhform *h = (hhform *)sc;

	free(h->areas);
	free(h->people);
	form_screen_destroy(sc);
}

/* The F1 help text. */
static const char *
hhf_help(screen *sc)
{
	return L("Số hộ được đề xuất (số tiếp theo còn trống); số dạng 123.1 cũng được. Địa bàn và thôn/tổ "
	         "lấy theo lần nhập trước. Loại hộ: 1 hộ gia đình, 2 hộ tập thể. Lưu hộ mới xong, màn hình "
	         "nhập nhân khẩu mở ngay để nhập chủ hộ.",
	         "The household number proposed is the next free one; numbers like 123.1 are accepted. Area and "
	         "village carry over from the previous entry. Kind: 1 family, 2 collective. After a new household "
	         "is saved the member form opens for the head.");
}

static const screen_ops hhf_ops = {
	hhf_title, form_screen_draw, form_screen_key, NULL, hhf_destroy, form_screen_keys, hhf_help,
	form_screen_unsaved,
};

/* The form of a new household (id 0) or of a stored one. */
screen *
scr_hh_form_new(int64_t household_id)
{
	hhform *h = xcalloc(1, sizeof *h);
	form_field *fld;
	ds_err err = {0};

	h->fs.base.ops = &hhf_ops;
	h->fs.save = hhf_save;
	household_init(&h->hh);
	if (household_id != 0 && db_household_get(ses.d, household_id, &h->hh, &err) != 0)
		app_error(L("Đọc hộ", "Reading the household"), err.msg);
	str_copy(h->fs.heading, sizeof h->fs.heading, hhf_title(&h->fs.base));
	form_init(&h->fs.f, ses.today, app_ime);
	fld = form_add(&h->fs.f, "number", L("Số hộ", "Household number"), FT_TEXT, HH_NUMBER_LEN - 1);
	fld->edit.charset = LE_CODE;
	fld->required = 1;
	fld = form_add(&h->fs.f, "area", L("Địa bàn", "Area"), FT_CODE, 0);
	fld->required = 1;
	form_add(&h->fs.f, "village", L("Thôn / tổ dân phố", "Village / group"), FT_NAME, 40)->carry = 1;
	form_add(&h->fs.f, "address", L("Địa chỉ", "Address"), FT_NAME, 60);
	fld = form_add(&h->fs.f, "kind", L("Loại hộ", "Kind"), FT_CODE, 0);
	fld->required = 1;
	ui_load_codes(fld, "household_kind");
	if (h->hh.id != 0)
		form_add(&h->fs.f, "head", L("Chủ hộ", "Head"), FT_CODE, 0);
	fld = form_add(&h->fs.f, "created_on", L("Ngày lập", "Created on"), FT_DATE, 0);
	fld->required = 1;
	hhf_codes(h);
	hhf_fill(h);
	return &h->fs.base;
}
