/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* scr_register.c: the area's households; typing finds a household by its
 * number (digits) or a member by name (letters, without accents). */
#include "config.h"

#include "tui/screens.h"
#include "tui/draw.h"
#include "tui/keys.h"
#include "tui/listview.h"
#include "tui/term.h"
#include "app/namefind.h"
#include "db/register.h"
#include "domain/i18n.h"
#include "domain/util.h"
#include "domain/vntext.h"

#include <stdlib.h>
#include <string.h>

/* Rows fetched for a search. */
#define REG_LIMIT 200

typedef struct reg {
	screen base;
	lineedit search;
	listview lv;
	household_list *hh;    /* rows shown when listing households: &all or &found */
	household_list all;    /* the area's households, kept while nothing changes */
	int all_valid;
	household_list found;  /* households found by number */
	int64_t generation;    /* db_generation() when the rows were read */
	char people_key[NAME_LEN * 2]; /* search key of the rows in people */
	name_hit *people;      /* rows when searching by name */
	size_t npeople;
	int by_name;
} reg;

/* 1 if the query is a household number prefix (digits and dots). */
static int
is_number_query(const char *q)
{
	for (; *q != '\0'; q++)
		if ((*q < '0' || *q > '9') && *q != '.')
			return 0;
	return 1;
}

/* The rows the list shows. */
static size_t
reg_count(const reg *r)
{
	return r->by_name ? r->npeople : r->hh != NULL ? r->hh->n : 0;
}

/* A number search covers the commune: keep the area's households only
 * when working on one area. */
static void
reg_keep_area(reg *r)
{
	size_t kept = 0;

	if (ses.ar.id == 0 || r->by_name)
		return;
	for (size_t i = 0; i < r->found.n; i++)
		if (r->found.items[i].area_id == ses.ar.id)
			r->found.items[kept++] = r->found.items[i];
	r->found.n = kept;
}

/* The area's whole household list, read once and kept until a screen
 * above may have changed the register (reg_resume). */
static int
reg_all(reg *r, ds_err *err)
{
	if (r->all_valid)
		return 0;
	household_list_free(&r->all);
	if (db_household_list(ses.d, ses.ar.id, 1, &r->all, err) != 0)
		return -1;
	r->all_valid = 1;
	return 0;
}

/* While a name query only grows, the people it finds are among those the
 * shorter query found: when that list was whole (under the limit) and
 * nothing was saved since, filter it instead of asking the database.
 * Returns 1 when done so. */
static int
reg_narrow(reg *r, const char *key)
{
	size_t kept = 0, plen = strlen(r->people_key);

	if (r->by_name && plen > 0 && strcmp(key, r->people_key) == 0 && db_generation(ses.d) == r->generation)
		return 1;  /* the same key (a space typed): the same people */
	if (!r->by_name || r->people == NULL || r->npeople >= REG_LIMIT || plen == 0 ||
	    strncmp(key, r->people_key, plen) != 0 || !vn_search_key_plain(key) ||
	    db_generation(ses.d) != r->generation)
		return 0;
	for (size_t i = 0; i < r->npeople; i++) {
		char name_key[NAME_LEN * 2];

		vn_search_key(r->people[i].full_name, name_key, sizeof name_key);
		if (vn_search_match(name_key, key))
			r->people[kept++] = r->people[i];
	}
	r->npeople = kept;
	str_copy(r->people_key, sizeof r->people_key, key);
	listview_set_count(&r->lv, r->npeople);
	return 1;
}

/* Reload the rows for the current query. */
static void
reg_load(reg *r)
{
	ds_err err = {0};
	const char *q = r->search.text;
	char key[NAME_LEN * 2];
	int rc;

	vn_search_key(q, key, sizeof key);
	if (q[0] != '\0' && !is_number_query(q) && reg_narrow(r, key))
		return;
	r->people_key[0] = '\0';
	household_list_free(&r->found);
	free(r->people);
	r->hh = NULL;
	r->people = NULL;
	r->npeople = 0;
	r->by_name = q[0] != '\0' && !is_number_query(q);
	if (r->by_name) {
		rc = namefind_search(ses.d, q, ses.ar.id, 0, REG_LIMIT, &r->people, &r->npeople, &err);
		if (rc == 0)
			str_copy(r->people_key, sizeof r->people_key, key);
	} else if (q[0] != '\0') {
		if ((rc = db_household_search(ses.d, q, REG_LIMIT, &r->found, &err)) == 0)
			r->hh = &r->found;
		reg_keep_area(r);
	} else if ((rc = reg_all(r, &err)) == 0) {
		r->hh = &r->all;
	}
	if (rc != 0)
		app_error(L("Tìm", "Search"), err.msg);
	r->generation = db_generation(ses.d);
	listview_set_count(&r->lv, reg_count(r));
}

/* One list row. */
static int
reg_row(void *ctx, size_t i, char *buf, size_t n)
{
	reg *r = ctx;
	char d[16];

	if (r->by_name) {
		const name_hit *m = &r->people[i];
		buf[0] = '\0';
		ui_col(buf, n, " ", 1);
		ui_col(buf, n, m->household_number, 9);
		ui_col(buf, n, m->full_name, 33);
		ui_col(buf, n, m->sex == SEX_FEMALE ? L("Nữ", "F") : L("Nam", "M"), 5);
		ui_col(buf, n, ui_date(m->birth_date, d, sizeof d), 11);
		return TA_NORMAL;
	}
	const household_item *h = &r->hh->items[i];
	const char *head = household_list_text(r->hh, h->head_name);
	str_printf(d, sizeof d, "%2d", h->active_members);
	buf[0] = '\0';
	ui_col(buf, n, " ", 1);
	ui_col(buf, n, household_list_text(r->hh, h->number), 9);
	ui_col(buf, n, head[0] ? head : "-", 31);
	ui_col(buf, n, d, 4);
	ui_col(buf, n, household_list_text(r->hh, h->village), 20);
	ui_col(buf, n, h->status == HH_MOVED_OUT ? L("(đã đi)", "(left)")
	               : h->status == HH_DISSOLVED ? L("(không còn ai)", "(no one left)") : "", 15);
	return h->status != HH_ACTIVE ? TA_DIM : TA_NORMAL;
}

/* The title bar text of the screen. */
static const char *
reg_title(screen *sc)
{
	return L("Sổ hộ", "Register");
}

/* Draw the body from the screen's state. */
static void
reg_draw(screen *sc, int top, int rows)
{
	reg *r = (reg *)sc;
	char info[120];

	term_put(top, 1, 30, L("Tìm (số hộ hoặc tên):", "Find (number or name):"), TA_LABEL, 0);
	str_printf(info, sizeof info, L("%zu dòng", "%zu rows"), reg_count(r));
	term_put(top, 66, 13, info, TA_DIM, 0);
	term_put(top + 1, 0, term_cols(),
	         r->by_name ? L(" Hộ số   Họ và tên                        Giới Ngày sinh",
	                        " Hh no.   Full name                        Sex  Born")
	                    : L(" Hộ số   Chủ hộ                         NK  Thôn/tổ",
	                        " Hh no.   Head                           Ppl Village"),
	         TA_LABEL, 1);
	r->lv.rows = rows - 2;
	listview_draw(&r->lv, top + 2, 0, term_cols(), reg_row, r);
	lineedit_draw(&r->search, top, 24, 40, 1);
}

/* Open what the selected row points at. */
static void
reg_open(reg *r)
{
	if (r->lv.count == 0)
		return;
	if (r->by_name) {
		const name_hit *m = &r->people[r->lv.selected];
		app_push(scr_household_new(m->household_id, m->id));
	} else {
		app_push(scr_household_new(r->hh->items[r->lv.selected].id, 0));
	}
}

/* Handle one key. */
static void
reg_key(screen *sc, int key)
{
	reg *r = (reg *)sc;
	int res;

	switch (key) {
	case K_ENTER:
		reg_open(r);
		return;
	case K_F4:
		app_push(scr_hh_form_new(0));
		return;
	case K_ESC:
		if (r->search.len > 0) {
			lineedit_set(&r->search, "");
			reg_load(r);
		} else {
			app_pop();
		}
		return;
	default:
		break;
	}
	if (listview_handle_key(&r->lv, key))
		return;
	res = lineedit_handle_key(&r->search, key);
	if (res == LE_CHANGED || res == LE_FULL)
		reg_load(r);
}

/* Read the rows again after a screen above it closed, if anything was saved. */
static void
reg_resume(screen *sc)
{
	reg *r = (reg *)sc;
	size_t sel = r->lv.selected;

	if (db_generation(ses.d) == r->generation)
		return;  /* nothing was saved up there: the rows are still right */
	r->all_valid = 0;
	reg_load(r);
	listview_select(&r->lv, sel);
}

/* Free the screen and what it owns. */
static void
reg_destroy(screen *sc)
{
	reg *r = (reg *)sc;

	household_list_free(&r->all);
	household_list_free(&r->found);
	free(r->people);
	free(r);
}

/* The key line. */
static const char *
reg_keys(screen *sc)
{
	return L("Gõ để tìm ↑↓:chọn Enter:mở F4:thêm hộ Esc:xoá tìm/quay lại F1:giúp",
	         "Type to find ↑↓:move Enter:open F4:new hh Esc:clear/back F1:help");
}

/* The F1 help text. */
static const char *
reg_help(screen *sc)
{
	return L("Danh sách hộ của địa bàn. Gõ số hộ để nhảy tới hộ đó, hoặc gõ tên một người không cần dấu "
	         "(ví dụ: nguyen thi hoa) để tìm. Enter mở hộ đang chọn (danh sách nhân khẩu, ghi biến động). "
	         "F4 thêm hộ mới. Esc xoá ô tìm, Esc lần nữa quay lại.",
	         "The area's households. Type a household number to jump to it, or a person's name without accents "
	         "(e.g. nguyen thi hoa) to find them. Enter opens the selected household (members, events). F4 adds a "
	         "household. Esc clears the search, Esc again goes back.");
}

static const screen_ops reg_ops = {
	reg_title, reg_draw, reg_key, reg_resume, reg_destroy, reg_keys, reg_help, NULL,
};

/* The register screen, listing the area's households. */
screen *
scr_register_new(void)
{
	reg *r = xcalloc(1, sizeof *r);

	r->base.ops = &reg_ops;
	lineedit_init(&r->search, 30, LE_ANY);
	r->search.ime = app_ime;  /* "hawngf" finds Hằng, as in every text field */
	reg_load(r);
	return &r->base;
}
