/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* scr_household.c: one household and its members; events start here. */
#include "config.h"

#include "tui/screens.h"
#include "tui/dialog.h"
#include "tui/draw.h"
#include "tui/keys.h"
#include "tui/listview.h"
#include "tui/term.h"
#include "db/register.h"
#include "domain/i18n.h"
#include "domain/util.h"

#include <stdlib.h>
#include <string.h>

typedef struct hhscr {
	screen base;
	int64_t id;
	household hh;
	member *people;
	size_t n;
	listview lv;
	char title[64];
} hhscr;

/* Reload the household and its members (those who left too). */
static void
hh_load(hhscr *h)
{
	ds_err err = {0};

	free(h->people);
	h->people = NULL;
	h->n = 0;
	if (db_household_get(ses.d, h->id, &h->hh, &err) != 0 ||
	    db_member_list(ses.d, h->id, 1, &h->people, &h->n, &err) != 0)
		app_error(L("Đọc hộ", "Reading the household"), err.msg);
	listview_set_count(&h->lv, h->n);
	str_printf(h->title, sizeof h->title, "%s %s", L("Hộ số", "Household"), h->hh.number);
}

/* The member columns: name, sex, born, relation, status (80 cells); the
 * header is laid out with the same widths. */
static void
hh_columns(char *buf, size_t n, const char *name, const char *sx, const char *born, const char *rel,
           const char *status)
{
	buf[0] = '\0';
	ui_col(buf, n, " ", 1);
	ui_col(buf, n, name, 28);
	ui_col(buf, n, sx, 5);
	ui_col(buf, n, born, 11);
	ui_col(buf, n, rel, 27);
	ui_col(buf, n, status, 8);
}

/* One member row. */
static int
hh_row(void *ctx, size_t i, char *buf, size_t n)
{
	hhscr *h = ctx;
	const member *m = &h->people[i];
	char d[16], rel[64];

	ui_code_label("relation", m->relation, rel, sizeof rel);
	hh_columns(buf, n, m->full_name, m->sex == SEX_FEMALE ? L("Nữ", "F") : L("Nam", "M"),
	           ui_date(m->birth_date, d, sizeof d), rel,
	           m->status == MEMBER_DIED ? L("(chết)", "(died)") : m->status == MEMBER_MOVED_OUT ? L("(đi)", "(left)") : "");
	return m->status != MEMBER_ACTIVE ? TA_DIM : TA_NORMAL;
}

/* The title bar text of the screen. */
static const char *
hh_title(screen *sc)
{
	return ((hhscr *)sc)->title;
}

/* Draw the body from the screen's state. */
static void
hh_draw(screen *sc, int top, int rows)
{
	hhscr *h = (hhscr *)sc;
	char line[300], kind[64];

	str_printf(line, sizeof line, "%s %s  %s: %s  %s: %s  %s", L("Hộ số", "Household"), h->hh.number,
	           L("Thôn/tổ", "Village"), h->hh.village, L("Địa chỉ", "Address"), h->hh.address,
	           ui_code_label("household_kind", h->hh.kind, kind, sizeof kind));
	term_put(top, 1, term_cols() - 2, line, TA_LABEL, 0);
	hh_columns(line, sizeof line, L("Họ và tên", "Full name"), L("Giới", "Sex"), L("Ngày sinh", "Born"),
	           L("Quan hệ với chủ hộ", "Relation to head"), "");
	term_put(top + 1, 0, term_cols(), line, TA_LABEL, 1);
	h->lv.rows = rows - 2;
	listview_draw(&h->lv, top + 2, 0, term_cols(), hh_row, h);
}

/* The selected member, or NULL. */
static const member *
hh_selected(hhscr *h)
{
	return h->n > 0 ? &h->people[h->lv.selected] : NULL;
}

/* Record an event of kind for the selected member (or the household). */
static void
hh_event(hhscr *h, event_kind kind)
{
	const member *m = hh_selected(h);

	if (kind == EV_MOVE_IN) {
		app_push(scr_event_new(kind, h->id, 0, 0));
		return;
	}
	if (m == NULL) {
		app_message(1, "%s", L("Hộ chưa có nhân khẩu.", "The household has no members."));
		return;
	}
	app_push(scr_event_new(kind, h->id, m->id, 0));
}

/* Handle one key. */
static void
hh_key(screen *sc, int key)
{
	hhscr *h = (hhscr *)sc;
	const member *m = hh_selected(h);
	event_kind kind;

	if (listview_handle_key(&h->lv, key))
		return;
	switch (key) {
	case K_ENTER:
		if (m != NULL)
			app_push(scr_member_new(h->id, m->id));
		break;
	case K_F4:
		app_push(scr_member_new(h->id, 0));
		break;
	case K_F5:
		if (scr_event_menu(&kind))
			hh_event(h, kind);
		break;
	case K_F6:
		app_push(scr_hh_form_new(h->id));
		break;
	case K_F7:
		app_push(scr_event_new(EV_MOVE_OUT, h->id, 0, 0));
		break;
	case K_ESC:
		app_pop();
		break;
	default:
		/* the menu's keys work here directly: 1 birth ... d divorce */
		if (scr_event_kind_key(key, &kind))
			hh_event(h, kind);
		break;
	}
}

/* Reload after a screen above it closed. */
static void
hh_resume(screen *sc)
{
	hhscr *h = (hhscr *)sc;
	size_t sel = h->lv.selected;

	hh_load(h);
	listview_select(&h->lv, sel);
}

/* Free the screen and what it owns. */
static void
hh_destroy(screen *sc)
{
	hhscr *h = (hhscr *)sc;

	free(h->people);
	free(h);
}

/* The key line. */
static const char *
hh_keys(screen *sc)
{
	return L("Enter:sửa F4:thêm F5:biến động F6:sửa hộ F7:cả hộ đi Esc:lùi F1:giúp",
	         "Enter:edit F4:add F5:event F6:edit hh F7:hh out Esc:back F1:help");
}

/* The F1 help text. */
static const char *
hh_help(screen *sc)
{
	return L("Nhân khẩu của hộ. ↑↓ chọn người. Enter sửa thông tin người đó, F4 thêm nhân khẩu, "
	         "F5 ghi biến động cho người đang chọn (sinh: chọn người mẹ; chuyển đến: người mới vào hộ); "
	         "gõ thẳng số của loại biến động cũng được (1 sinh, 2 sàng lọc sơ sinh ... d ly hôn), "
	         "F6 sửa thông tin hộ, F7 ghi cả hộ chuyển đi. Người đã chết hoặc chuyển đi hiện mờ.",
	         "The household's members. ↑↓ selects. Enter edits the person, F4 adds a member, F5 records an event "
	         "for the selected person (birth: select the mother; move in: a new person); the menu's keys work "
	         "directly too (1 birth, 2 newborn screening ... d divorce), F6 edits the household, "
	         "F7 records the whole household moving out. People who died or left are dimmed.");
}

static const screen_ops hh_ops = {
	hh_title, hh_draw, hh_key, hh_resume, hh_destroy, hh_keys, hh_help, NULL,
};

/* The screen of one household, a member selected. */
screen *
scr_household_new(int64_t household_id, int64_t select_member_id)
{
	hhscr *h = xcalloc(1, sizeof *h);

	h->base.ops = &hh_ops;
	h->id = household_id;
	hh_load(h);
	for (size_t i = 0; i < h->n; i++)
		if (h->people[i].id == select_member_id)
			listview_select(&h->lv, i);
	return &h->base;
}
