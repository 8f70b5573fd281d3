/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* scr_review.c: the month's slip (P0) as a list: open to correct, cancel
 * with a reason (audited). */
#include "config.h"

#include "tui/screens.h"
#include "tui/dialog.h"
#include "tui/draw.h"
#include "tui/event_form.h"
#include "tui/keys.h"
#include "tui/listview.h"
#include "tui/term.h"
#include "app/record.h"
#include "db/events.h"
#include "domain/i18n.h"
#include "domain/util.h"

#include <stdlib.h>
#include <string.h>

typedef struct review {
	screen base;
	event_row *rows;
	size_t n;
	listview lv;
	char title[64];
} review;

/* Reload the month's events, cancelled ones included. */
static void
rev_load(review *r)
{
	ds_err err = {0};

	free(r->rows);
	r->rows = NULL;
	r->n = 0;
	if (db_event_list_period(ses.d, ses.period, ses.ar.id, 1, &r->rows, &r->n, &err) != 0)
		app_error(L("Đọc phiếu", "Reading the slip"), err.msg);
	listview_set_count(&r->lv, r->n);
}

/* The member columns whose values are codes of the list of the same name. */
static int
detail_is_coded(const char *field)
{
	static const char *const coded[] = {"sex", "relation", "ethnicity", "education", "marital", "residence"};

	for (size_t i = 0; i < ARRAY_LEN(coded); i++)
		if (strcmp(coded[i], field) == 0)
			return 1;
	return 0;
}

/* The new value of a change of details as the register shows it: a code's
 * label, a date as dd/mm/yyyy, a text as typed. */
static const char *
detail_value(const event *e, char *buf, size_t n)
{
	if (detail_is_coded(e->field))
		return ui_code_label(e->field, e->new_value, buf, n);
	if (strcmp(e->field, "birth_date") == 0)
		return ui_date(e->new_value, buf, n);
	str_copy(buf, n, e->new_value);
	return buf;
}

/* The kind-specific values of an entry in words: labels, never codes. */
static void
rev_detail(const event_row *row, char *buf, size_t n)
{
	const event *e = &row->ev;
	char a[128], b[128];

	buf[0] = '\0';
	switch (e->kind) {
	case EV_BIRTH:
		str_printf(buf, n, "%s%s%s %d", row->related_name, row->related_name[0] ? ", " : "",
		           L("con thứ", "child no."), e->birth_order);
		break;
	case EV_FP_START:
		str_copy(buf, n, ui_code_label("fp_method", e->method, a, sizeof a));
		break;
	case EV_FP_STOP:
		str_printf(buf, n, "%s%s%s", ui_code_label("fp_method", e->method, a, sizeof a),
		           e->stop_reason[0] ? ": " : "", ui_code_label("fp_stop_reason", e->stop_reason, b, sizeof b));
		break;
	case EV_PREGNANCY:
		str_copy(buf, n, ui_code_label("pregnancy_kind", e->pregnancy_kind, a, sizeof a));
		break;
	case EV_PRENATAL_SCREENING:
		str_printf(buf, n, "%s %d", L("tuần", "week"), e->gestational_week);
		break;
	case EV_DEATH:
		str_copy(buf, n, e->death_cause[0] ? ui_code_label("death_cause", e->death_cause, a, sizeof a)
		                                   : L("không rõ nguyên nhân", "cause not known"));
		break;
	case EV_MOVE_IN:
		str_printf(buf, n, "%s %s", L("từ", "from"), e->place[0] ? e->place : L("nơi khác", "elsewhere"));
		break;
	case EV_MOVE_OUT:
		if (e->move_scope == MOVE_IN_COMMUNE)
			str_copy(a, sizeof a, L("sang tổ khác trong xã", "to another area"));
		else
			str_printf(a, sizeof a, "%s %s", L("đến", "to"), e->place[0] ? e->place : L("nơi khác", "elsewhere"));
		str_printf(buf, n, "%s%s", e->whole_household ? L("cả hộ, ", "whole household, ") : "", a);
		break;
	case EV_DETAIL_CHANGE:
		str_printf(buf, n, "%s: %s", event_form_detail_label(e->field), detail_value(e, a, sizeof a));
		break;
	case EV_MARRIAGE:
		str_printf(buf, n, "%s %s", L("với", "to"), e->spouse_name[0] ? e->spouse_name : row->related_name);
		break;
	default:
		str_copy(buf, n, row->related_name);
		break;
	}
}

/* The slip's columns: date, kind, household, person, details (the rest of
 * 80 cells); the header is laid out with the same widths. */
enum { COL_DATE = 6, COL_KIND = 27, COL_HH = 6, COL_PERSON = 19 };

/* A slip row (or the header) from its five texts. */
static void
rev_columns(char *buf, size_t n, const char *date, const char *kind, const char *hh, const char *person,
            const char *detail)
{
	buf[0] = '\0';
	ui_col(buf, n, " ", 1);
	ui_col(buf, n, date, COL_DATE);
	ui_col(buf, n, kind, COL_KIND);
	ui_col(buf, n, hh, COL_HH);
	ui_col(buf, n, person, COL_PERSON);
	ui_col(buf, n, detail, term_cols() - 1 - COL_DATE - COL_KIND - COL_HH - COL_PERSON);
}

/* One slip row. */
static int
rev_row(void *ctx, size_t i, char *buf, size_t n)
{
	review *r = ctx;
	const event_row *row = &r->rows[i];
	char d[16], detail[160], shown[200];

	rev_detail(row, detail, sizeof detail);
	str_printf(shown, sizeof shown, "%s%s", row->ev.cancelled ? L("[ĐÃ HUỶ] ", "[CANCELLED] ") : "", detail);
	ui_date(row->ev.date, d, sizeof d);
	d[5] = '\0';   /* dd/mm: the month is the slip's */
	rev_columns(buf, n, d, event_kind_label(row->ev.kind), row->household_number,
	            row->subject_name[0] ? row->subject_name : L("(cả hộ)", "(household)"), shown);
	return row->ev.cancelled ? TA_DIM : TA_NORMAL;
}

/* The title bar text of the screen. */
static const char *
rev_title(screen *sc)
{
	return ((review *)sc)->title;
}

/* Draw the body from the screen's state. */
static void
rev_draw(screen *sc, int top, int rows)
{
	review *r = (review *)sc;
	char head[256];

	rev_columns(head, sizeof head, L("Ngày", "Date"), L("Loại", "Kind"), L("Hộ số", "Hh"), L("Người", "Person"),
	            L("Chi tiết", "Details"));
	term_put(top, 0, term_cols(), head, TA_LABEL, 1);
	if (r->n == 0)
		term_put(top + 2, 2, term_cols() - 4, L("Tháng này chưa ghi biến động nào.", "No events this month yet."),
		         TA_DIM, 0);
	r->lv.rows = rows - 3;
	if (r->n > 0) {
		const event_row *row = &r->rows[r->lv.selected];
		char d[16], detail[160], line[400], wrapped[2][256];
		int nw;

		listview_draw(&r->lv, top + 1, 0, term_cols(), rev_row, r);
		/* the selected entry in full on two lines, whatever its columns had to cut */
		rev_detail(row, detail, sizeof detail);
		str_printf(line, sizeof line, "%s%s %s, %s (%s %s)%s%s", row->ev.cancelled ? L("[ĐÃ HUỶ] ", "[CANCELLED] ") : "",
		           ui_date(row->ev.date, d, sizeof d), event_kind_label(row->ev.kind),
		           row->subject_name[0] ? row->subject_name : L("cả hộ", "whole household"), L("hộ", "household"),
		           row->household_number, detail[0] ? ": " : "", detail);
		nw = draw_wrap(line, term_cols() - 2, wrapped, 2);
		for (int i = 0; i < nw; i++)
			term_put(top + rows - 2 + i, 1, term_cols() - 2, wrapped[i], TA_LABEL, 0);
	}
}

/* Cancel the selected event after asking for a reason. */
static void
rev_cancel(review *r)
{
	event_row *row = &r->rows[r->lv.selected];
	char reason[REASON_LEN], question[300];
	rule_result res;
	ds_err err = {0};
	record_status st;

	if (row->ev.cancelled) {
		app_message(1, "%s", L("Mục này đã huỷ rồi.", "This entry is already cancelled."));
		return;
	}
	char d[16];

	str_printf(question, sizeof question, L("Huỷ \"%s\" ngày %s của %s? Ghi lý do:",
	                                        "Cancel \"%s\" of %s for %s? Give a reason:"),
	           event_kind_label(row->ev.kind), ui_date(row->ev.date, d, sizeof d),
	           row->subject_name[0] ? row->subject_name : L("cả hộ", "the household"));
	if (!dialog_reason(question, reason, sizeof reason))
		return;
	memset(&res, 0, sizeof res);
	st = record_cancel(ses.d, row->ev.id, reason, &res, &err);
	if (st != RECORD_SAVED) {
		dialog_message(L("Không huỷ được", "Cannot cancel"), record_status_message(st, &res, &err));
		return;
	}
	app_message(0, "%s", L("Đã huỷ; lý do được lưu trong nhật ký.", "Cancelled; the reason is kept in the audit log."));
	rev_load(r);
}

/* Handle one key. */
static void
rev_key(screen *sc, int key)
{
	review *r = (review *)sc;

	if (listview_handle_key(&r->lv, key))
		return;
	switch (key) {
	case K_ENTER:
		if (r->n == 0)
			break;
		if (r->rows[r->lv.selected].ev.cancelled)
			app_message(1, "%s", L("Mục đã huỷ không sửa được.", "A cancelled entry cannot be corrected."));
		else
			app_push(scr_event_new(EV_BIRTH, 0, 0, r->rows[r->lv.selected].ev.id));
		break;
	case K_F8:
	case K_DELETE:
		if (r->n > 0)
			rev_cancel(r);
		break;
	case K_ESC:
		app_pop();
		break;
	default:
		break;
	}
}

/* Reload after a screen above it closed. */
static void
rev_resume(screen *sc)
{
	review *r = (review *)sc;
	size_t sel = r->lv.selected;

	rev_load(r);
	listview_select(&r->lv, sel);
}

/* Free the screen and what it owns. */
static void
rev_destroy(screen *sc)
{
	review *r = (review *)sc;

	free(r->rows);
	free(r);
}

/* The key line. */
static const char *
rev_keys(screen *sc)
{
	return L("↑↓:chọn Enter:mở/sửa F8/Del:huỷ (ghi lý do) Esc:quay lại F1:giúp",
	         "↑↓:move Enter:correct F8/Del:cancel (reason) Esc:back F1:help");
}

/* The F1 help text. */
static const char *
rev_help(screen *sc)
{
	return L("Phiếu thu tin của tháng: mọi biến động đã ghi, theo ngày. Enter mở một mục để sửa (các quy tắc "
	         "được kiểm tra lại). F8 hoặc Delete huỷ một mục: phải ghi lý do, mục huỷ vẫn còn (hiện mờ) và "
	         "được ghi vào nhật ký. Tháng đã xuất thì bị khoá, không sửa hay huỷ được.",
	         "The month's slip: every event recorded, by date. Enter opens an entry to correct it (the rules run "
	         "again). F8 or Delete cancels an entry: a reason is required, the entry stays (dimmed) and goes to "
	         "the audit log. An exported month is locked and cannot be changed.");
}

static const screen_ops rev_ops = {
	rev_title, rev_draw, rev_key, rev_resume, rev_destroy, rev_keys, rev_help, NULL,
};

/* The slip screen of the working month. */
screen *
scr_review_new(void)
{
	review *r = xcalloc(1, sizeof *r);

	r->base.ops = &rev_ops;
	str_printf(r->title, sizeof r->title, "%s %.2s/%.4s", L("Phiếu thu tin tháng", "Slip of"), ses.period + 5,
	           ses.period);
	rev_load(r);
	return &r->base;
}
