/* scr_review.c: the month's slip (P0) as a list: open to correct, cancel
 * with a reason (audited). */
#include "config.h"

#include "tui/screens.h"
#include "tui/dialog.h"
#include "tui/draw.h"
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

/* A short note of the kind-specific values. */
static void
rev_detail(const event_row *row, char *buf, size_t n)
{
	const event *e = &row->ev;

	buf[0] = '\0';
	switch (e->kind) {
	case EV_BIRTH:
		str_printf(buf, n, "%s, %s %d", row->related_name, L("con thứ", "order"), e->birth_order);
		break;
	case EV_FP_START:
	case EV_FP_STOP:
		str_printf(buf, n, "%s %s", L("BP", "method"), e->method);
		break;
	case EV_PRENATAL_SCREENING:
		str_printf(buf, n, "%s %d", L("tuần", "week"), e->gestational_week);
		break;
	case EV_DETAIL_CHANGE:
		str_printf(buf, n, "%s: %s", e->field, e->new_value);
		break;
	default:
		str_copy(buf, n, row->related_name);
		break;
	}
}

/* One slip row. */
static int
rev_row(void *ctx, size_t i, char *buf, size_t n)
{
	review *r = ctx;
	const event_row *row = &r->rows[i];
	char d[16], detail[120];

	rev_detail(row, detail, sizeof detail);
	buf[0] = '\0';
	ui_col(buf, n, " ", 1);
	ui_col(buf, n, ui_date(row->ev.date, d, sizeof d), 5);
	ui_col(buf, n, " ", 1);
	ui_col(buf, n, event_kind_label(row->ev.kind), 23);
	ui_col(buf, n, row->household_number, 7);
	ui_col(buf, n, row->subject_name[0] ? row->subject_name : L("(cả hộ)", "(household)"), 23);
	if (row->ev.cancelled)
		ui_col(buf, n, L("[ĐÃ HUỶ] ", "[CANCELLED] "), 12);
	ui_col(buf, n, detail, 40);
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

	term_put(top, 0, term_cols(), L(" Ngày  Loại                   Hộ số  Người                  Chi tiết",
	                                " Date  Kind                   Hh no. Person                 Details"),
	         TA_LABEL, 1);
	if (r->n == 0)
		term_put(top + 2, 2, term_cols() - 4, L("Tháng này chưa ghi biến động nào.", "No events this month yet."),
		         TA_DIM, 0);
	r->lv.rows = rows - 1;
	if (r->n > 0)
		listview_draw(&r->lv, top + 1, 0, term_cols(), rev_row, r);
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
	         "↑↓:move Enter:open/correct F8/Del:cancel (with reason) Esc:back F1:help");
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
