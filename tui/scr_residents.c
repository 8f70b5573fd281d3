/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* scr_residents.c: the officer's screen of a comparison with the national
 * residents database extract (app/residents.h, docs/residents.md): the
 * lines by area and household; Enter opens the normal event form that would
 * fix a line (move-in, birth, death, move-out, change of details) with the
 * event date left empty for the collaborator to type; F8 dismisses a line
 * with a reason; c confirms a possible match. */
#include "config.h"

#include "tui/screens.h"
#include "tui/dialog.h"
#include "tui/draw.h"
#include "tui/keys.h"
#include "tui/listview.h"
#include "tui/term.h"
#include "app/residents.h"
#include "domain/date.h"
#include "domain/i18n.h"
#include "domain/util.h"

#include <stdlib.h>
#include <string.h>

#define PATH_LEN 1024
#define ERRORS_SHOWN 6

typedef struct resscr {
	screen base;
	residents_run *run;
	char path[PATH_LEN];
	size_t *shown;              /* indices of the findings passing the filter */
	size_t nshown;
	int filter;                 /* -1: every kind; else a res_kind */
	listview lv;
	strbuf problem;             /* why the comparison could not be made */
	int nproblems;
} resscr;

/* The short name of a kind for the list. */
static const char *
kind_short(res_kind k)
{
	switch (k) {
	case RES_EXTRACT_ONLY: return L("Chỉ trích xuất", "Extract only");
	case RES_REGISTER_ONLY: return L("Chỉ trong sổ", "Register only");
	case RES_DIFFERS: return L("Khác", "Differs");
	case RES_POSSIBLE: return L("Có thể trùng", "Possible");
	default: return "";
	}
}

/* Keep the findings of the current filter. */
static void
rs_filter(resscr *s)
{
	const res_result *r = &s->run->res;

	free(s->shown);
	s->shown = xcalloc(r->nfindings + 1, sizeof *s->shown);
	s->nshown = 0;
	for (size_t i = 0; i < r->nfindings; i++)
		if (s->filter < 0 || (int)r->findings[i].kind == s->filter)
			s->shown[s->nshown++] = i;
	listview_set_count(&s->lv, s->nshown);
}

/* The selected finding, or NULL. */
static const res_finding *
rs_selected(const resscr *s)
{
	if (s->run == NULL || s->nshown == 0)
		return NULL;
	return &s->run->res.findings[s->shown[s->lv.selected]];
}

/* Keep the first bad rows of the extract for the screen. */
static void
rs_bad_row(void *arg, const ds_err *e)
{
	resscr *s = arg;
	char line[600];

	if (s->nproblems++ >= ERRORS_SHOWN)
		return;
	ds_err_format(e, line, sizeof line);
	strbuf_printf(&s->problem, "%s\n", line);
}

/* One line of the list. */
static int
rs_row(void *ctx, size_t i, char *buf, size_t n)
{
	resscr *s = ctx;
	const res_finding *f = &s->run->res.findings[s->shown[i]];
	char area_no[8], detail[300], d1[16], d2[16];

	buf[0] = '\0';
	if (f->area_number > 0)
		str_printf(area_no, sizeof area_no, " %d", f->area_number);
	else
		str_copy(area_no, sizeof area_no, " -");
	ui_col(buf, n, area_no, 3);
	ui_col(buf, n, f->household_number[0] ? f->household_number : "-", 7);
	ui_col(buf, n, kind_short(f->kind), 15);
	ui_col(buf, n, residents_finding_name(s->run, f), 21);
	if (f->kind == RES_EXTRACT_ONLY || f->kind == RES_REGISTER_ONLY) {
		const char *birth = f->reg >= 0 ? s->run->reg[f->reg].birth_date : s->run->ext[f->ext].birth_date;

		ui_date(birth, d1, sizeof d1);
		str_printf(detail, sizeof detail, "%s %s", L("sinh", "born"), d1);
	} else if (strcmp(f->field, "birth_date") == 0) {
		str_printf(detail, sizeof detail, "%s %s→%s", L("sinh", "born"), ui_date(f->register_value, d1, sizeof d1),
		           ui_date(f->extract_value, d2, sizeof d2));
	} else if (strcmp(f->field, "sex") == 0) {
		str_printf(detail, sizeof detail, "%s %s→%s", L("giới", "sex"), strcmp(f->register_value, "1") == 0 ? "Nam" : "Nữ",
		           strcmp(f->extract_value, "1") == 0 ? "Nam" : "Nữ");
	} else if (strcmp(f->field, "full_name") == 0) {
		str_printf(detail, sizeof detail, "→ %s", f->extract_value);
	} else {
		str_printf(detail, sizeof detail, "CCCD %s→%s", f->register_value[0] ? f->register_value : "-",
		           f->extract_value[0] ? f->extract_value : "-");
	}
	ui_col(buf, n, detail, 60);
	return f->kind == RES_POSSIBLE ? TA_WARNING : TA_NORMAL;
}

static const char *
rs_title(screen *sc)
{
	(void)sc;
	return L("So sánh với dữ liệu dân cư", "Compare with the residents data");
}

/* Draw the counts, the filter and the list, or why there is none. */
static void
rs_draw(screen *sc, int top, int rows)
{
	resscr *s = (resscr *)sc;
	char line[300];
	const res_area_count *t;

	if (s->run == NULL) {
		char lines[20][256];
		int n = draw_wrap(s->problem.data, term_cols() - 4, lines, 20);

		term_put(top + 1, 2, term_cols() - 4, L("Không so sánh được:", "The comparison could not be made:"), TA_ERROR, 0);
		for (int i = 0; i < n && i < rows - 3; i++)
			term_put(top + 3 + i, 2, term_cols() - 4, lines[i], TA_NORMAL, 0);
		return;
	}
	t = &s->run->res.total;
	str_printf(line, sizeof line, L("Chỉ trích xuất %ld · chỉ trong sổ %ld · khác %ld · có thể trùng %ld · đã bỏ qua %ld",
	                                "Extract only %ld · register only %ld · differs %ld · possible %ld · dismissed %ld"),
	           t->count[RES_EXTRACT_ONLY], t->count[RES_REGISTER_ONLY], t->count[RES_DIFFERS], t->count[RES_POSSIBLE],
	           s->run->res.dismissed);
	term_put(top, 1, term_cols() - 2, line, TA_LABEL, 1);
	str_printf(line, sizeof line, "%s: %s", L("Đang xem", "Showing"),
	           s->filter < 0 ? L("tất cả (Tab: đổi)", "all (Tab: change)") : res_kind_label((res_kind)s->filter));
	term_put(top + 1, 1, term_cols() - 2, line, TA_DIM, 1);
	term_put(top + 2, 0, term_cols(), L(" Đb Hộ số  Loại           Người                Chi tiết",
	                                    " Ar Hh no. Kind           Person               Details"), TA_LABEL, 1);
	s->lv.rows = rows - 3;
	if (s->nshown == 0)
		term_put(top + 4, 2, term_cols() - 4, L("Không còn dòng nào.", "No line left."), TA_DIM, 0);
	else
		listview_draw(&s->lv, top + 3, 0, term_cols(), rs_row, s);
}

/* Match again against the register as it is now and keep the selection. */
static void
rs_refresh(resscr *s)
{
	size_t sel = s->lv.selected;
	ds_err err = {0};

	if (s->run == NULL)
		return;
	if (residents_rematch(ses.d, s->run, &err) != 0)
		app_error(L("So sánh lại", "Comparing again"), err.msg);
	rs_filter(s);
	listview_select(&s->lv, sel < s->nshown ? sel : s->nshown ? s->nshown - 1 : 0);
}

/* Dismiss (with a reason) or confirm the selected line. */
static void
rs_decide(resscr *s, int confirm)
{
	const res_finding *f = rs_selected(s);
	char reason[REASON_LEN] = "";
	ds_err err = {0};

	if (f == NULL)
		return;
	if (confirm && f->kind != RES_POSSIBLE) {
		app_message(1, "%s", L("Chỉ xác nhận được dòng \"có thể trùng\".", "Only a possible match can be confirmed."));
		return;
	}
	if (!confirm && !dialog_reason(L("Bỏ qua dòng này? Ghi lý do:", "Dismiss this line? Give a reason:"), reason,
	                               sizeof reason))
		return;
	if (confirm && !dialog_confirm(L("Đây là cùng một người?", "Is this the same person?"), &CONFIRM_SAME))
		return;
	if (residents_decide(ses.d, s->run, f->ref, confirm, reason, &err) != 0) {
		dialog_message(L("Không lưu được", "Cannot keep it"), err.msg);
		return;
	}
	app_message(0, "%s", confirm ? L("Đã xác nhận cùng người.", "Confirmed as the same person.")
	                             : L("Đã bỏ qua; lý do được lưu.", "Dismissed; the reason is kept."));
	rs_refresh(s);
}

/* The event form of kind for the finding, its date left empty. */
static form_screen *
rs_event(const res_finding *f, event_kind kind, int64_t member_id)
{
	form_screen *fs = (form_screen *)scr_event_new(kind, f->household_id, member_id, 0);

	form_set(&fs->f, "date", "");
	app_push(&fs->base);
	return fs;
}

/* The detail code of the change-of-details form for a compared field. */
static const char *
detail_code(const char *field)
{
	static const char *const fields[] = {"full_name", "birth_date", "sex"};

	for (size_t i = 0; i < ARRAY_LEN(fields); i++)
		if (strcmp(field, fields[i]) == 0)
			return i == 0 ? "1" : i == 1 ? "2" : "3";
	return "9";   /* citizen_id: the person id */
}

/* Open what would fix the selected line. */
static void
rs_fix(resscr *s)
{
	const res_finding *f = rs_selected(s);
	const char *items[2];
	size_t chosen;
	form_screen *fs;

	if (f == NULL)
		return;
	switch (f->kind) {
	case RES_EXTRACT_ONLY: {
		const res_person *p = &s->run->ext[f->ext];
		char sexcode[4];

		if (f->household_id == 0) {
			app_push(scr_hh_form_new(0));
			app_message(0, "%s", L("Người này chưa có hộ trong sổ: thêm hộ mới, rồi ghi chuyển đến.",
			                       "No housemate in the register: add the new household, then record the move-in."));
			return;
		}
		items[0] = L("1. Ghi chuyển đến vào hộ này", "1. Record a move-in to this household");
		items[1] = L("2. Ghi sinh (mở hộ, chọn người mẹ)", "2. Record a birth (open the household, pick the mother)");
		if (!dialog_menu(residents_finding_name(s->run, f), items, 2, &chosen))
			return;
		if (chosen == 1) {
			app_push(scr_household_new(f->household_id, 0));
			return;
		}
		fs = rs_event(f, EV_MOVE_IN, 0);
		str_printf(sexcode, sizeof sexcode, "%d", (int)p->sex);
		form_set(&fs->f, "full_name", p->full_name);
		form_set(&fs->f, "sex", sexcode);
		form_set(&fs->f, "birth_date", p->birth_date);
		form_set(&fs->f, "person_id", p->citizen_id);
		break;
	}
	case RES_REGISTER_ONLY:
		items[0] = L("1. Ghi chết", "1. Record a death");
		items[1] = L("2. Ghi chuyển đi", "2. Record a move-out");
		if (!dialog_menu(residents_finding_name(s->run, f), items, 2, &chosen))
			return;
		rs_event(f, chosen == 0 ? EV_DEATH : EV_MOVE_OUT, s->run->reg[f->reg].member_id);
		break;
	case RES_DIFFERS:
		fs = rs_event(f, EV_DETAIL_CHANGE, s->run->reg[f->reg].member_id);
		form_set(&fs->f, "field", detail_code(f->field));
		form_set(&fs->f, "new_value", f->extract_value);
		break;
	case RES_POSSIBLE:
		items[0] = L("1. Xác nhận là cùng người", "1. Confirm it is the same person");
		items[1] = L("2. Bỏ qua (không phải cùng người)", "2. Dismiss (not the same person)");
		if (dialog_menu(residents_finding_name(s->run, f), items, 2, &chosen))
			rs_decide(s, chosen == 0);
		break;
	default:
		break;
	}
}

static void
rs_key(screen *sc, int key)
{
	resscr *s = (resscr *)sc;

	if (s->run != NULL && listview_handle_key(&s->lv, key))
		return;
	switch (key) {
	case K_ENTER:
		rs_fix(s);
		break;
	case K_F8:
	case 'x':
		rs_decide(s, 0);
		break;
	case 'c':
		rs_decide(s, 1);
		break;
	case K_TAB:
		if (s->run != NULL) {
			s->filter = s->filter + 1 < RES_KIND_COUNT ? s->filter + 1 : -1;
			rs_filter(s);
			listview_select(&s->lv, 0);
		}
		break;
	case K_ESC:
		app_pop();
		break;
	default:
		break;
	}
}

/* An event may have been recorded above: match again. */
static void
rs_resume(screen *sc)
{
	rs_refresh((resscr *)sc);
}

static void
rs_destroy(screen *sc)
{
	resscr *s = (resscr *)sc;

	residents_run_free(&s->run);
	strbuf_free(&s->problem);
	free(s->shown);
	free(s);
}

static const char *
rs_keys(screen *sc)
{
	(void)sc;
	return L("Enter:sửa F8:bỏ qua c:xác nhận Tab:lọc Esc:về F1:giúp",
	         "Enter:fix F8:dismiss c:confirm Tab:filter Esc:back F1:help");
}

static const char *
rs_help(screen *sc)
{
	(void)sc;
	return L("So sánh sổ với trích xuất cơ sở dữ liệu quốc gia về dân cư do công an xã cung cấp. Mỗi dòng là một "
	         "chỗ khác nhau, theo địa bàn và hộ. Enter mở phiếu biến động sửa được dòng đó (chuyển đến, sinh, chết, "
	         "chuyển đi, thay đổi thông tin); ngày biến động để trống, người ghi tự gõ. F8 bỏ qua một dòng (phải ghi "
	         "lý do); c xác nhận hai dòng \"có thể trùng\" là một người. Quyết định được lưu, lần so sánh sau chỉ còn "
	         "những gì mới. Tệp trích xuất không được lưu lại.",
	         "The register against the extract of the national residents database from the commune police. Each "
	         "line is one difference, by area and household. Enter opens the event form that would fix it (move-in, "
	         "birth, death, move-out, change of details); the event date is left empty for you to type. F8 dismisses "
	         "a line (a reason is required); c confirms a possible match. Decisions are kept, so the next comparison "
	         "shows only what is new. The extract file itself is not kept.");
}

static const screen_ops rs_ops = {
	rs_title, rs_draw, rs_key, rs_resume, rs_destroy, rs_keys, rs_help, NULL,
};

screen *
scr_residents_new(void)
{
	resscr *s = xcalloc(1, sizeof *s);
	ds_err err = {0};
	char line[600];

	s->base.ops = &rs_ops;
	s->filter = -1;
	strbuf_init(&s->problem);
	if (!dialog_path(L("Tệp trích xuất dữ liệu dân cư (CSV):", "The residents extract file (CSV):"), s->path,
	                   sizeof s->path)) {
		strbuf_puts(&s->problem, L("Chưa chọn tệp.", "No file was given."));
		return &s->base;
	}
	if (residents_compare(ses.d, s->path, NULL, rs_bad_row, s, &s->run, &err) != 0) {
		if (s->nproblems > ERRORS_SHOWN)
			strbuf_printf(&s->problem, L("... và %d dòng lỗi nữa\n", "... and %d more bad rows\n"),
			              s->nproblems - ERRORS_SHOWN);
		ds_err_format(&err, line, sizeof line);
		strbuf_puts(&s->problem, line);
		return &s->base;
	}
	rs_filter(s);
	return &s->base;
}
