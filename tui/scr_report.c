/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* scr_report.c: the commune's report of the working month (app/report.h),
 * shown as the same text `danso report` prints. */
#include "config.h"

#include "tui/screens.h"
#include "tui/keys.h"
#include "tui/term.h"
#include "tui/textview.h"
#include "app/report.h"
#include "domain/i18n.h"
#include "domain/util.h"

#include <stdlib.h>
#include <string.h>

typedef struct repscr {
	screen base;
	textview tv;
	char title[64];
} repscr;

/* Compute the report; the text or the error becomes the page. */
static void
rep_load(repscr *r)
{
	report *rep = xcalloc(1, sizeof *rep);
	ds_err err = {0};
	strbuf sb;

	strbuf_init(&sb);
	if (report_compute(ses.d, ses.period, rep, &err) != 0)
		strbuf_printf(&sb, "%s: %s\n", L("Không tính được báo cáo", "The report cannot be computed"), err.msg);
	else {
		rep->for_screen = 1;  /* no command-line hints on the screen */
		report_format_text(rep, &sb);
	}
	textview_set(&r->tv, sb.data != NULL ? sb.data : "");
	strbuf_free(&sb);
	free(rep);
}

/* The title bar text of the screen. */
static const char *
rep_title(screen *sc)
{
	return ((repscr *)sc)->title;
}

/* Draw the body from the screen's state. */
static void
rep_draw(screen *sc, int top, int rows)
{
	repscr *r = (repscr *)sc;
	char pos[64];

	r->tv.rows = rows - 1;
	if (r->tv.top + (size_t)r->tv.rows > r->tv.count)
		r->tv.top = r->tv.count > (size_t)r->tv.rows ? r->tv.count - (size_t)r->tv.rows : 0;
	for (int i = 0; i < r->tv.rows && r->tv.top + (size_t)i < r->tv.count; i++)
		term_put(top + i, 0, term_cols(), r->tv.lines[r->tv.top + (size_t)i], TA_NORMAL, 0);
	str_printf(pos, sizeof pos, L("dòng %zu-%zu / %zu", "lines %zu-%zu of %zu"), r->tv.top + 1,
	           r->tv.top + (size_t)r->tv.rows < r->tv.count ? r->tv.top + (size_t)r->tv.rows : r->tv.count,
	           r->tv.count);
	term_put(top + rows - 1, term_cols() - term_width(pos) - 1, term_width(pos), pos, TA_DIM, 0);
}

/* Handle one key. */
static void
rep_key(screen *sc, int key)
{
	repscr *r = (repscr *)sc;

	if (textview_handle_key(&r->tv, key))
		return;
	if (key == K_ESC)
		app_pop();
	else if (key == K_F5)
		rep_load(r);
}

/* Free the screen and what it owns. */
static void
rep_destroy(screen *sc)
{
	repscr *r = (repscr *)sc;

	textview_free(&r->tv);
	free(r);
}

/* The key line. */
static const char *
rep_keys(screen *sc)
{
	return L("↑↓ PgUp PgDn:cuộn F5:tính lại Esc:quay lại F1:giúp", "↑↓ PgUp PgDn:scroll F5:recompute Esc:back F1:help");
}

/* The F1 help text. */
static const char *
rep_help(screen *sc)
{
	return L("Báo cáo của cả xã cho tháng làm việc: số liệu cuối kỳ, biến động trong tháng, các tỷ lệ (có tử số "
	         "và mẫu số bên cạnh) và so sánh với chỉ tiêu năm (luỹ kế từ đầu năm). Giống hệt báo cáo in ra.",
	         "The whole commune's report for the working month: end-of-period stock, the month's flows, rates (with "
	         "their numerator and denominator) and the year's targets (year to date). The same as the printed report.");
}

static const screen_ops rep_ops = {
	rep_title, rep_draw, rep_key, NULL, rep_destroy, rep_keys, rep_help, NULL,
};

/* The report screen of the working month. */
screen *
scr_report_new(void)
{
	repscr *r = xcalloc(1, sizeof *r);

	r->base.ops = &rep_ops;
	str_printf(r->title, sizeof r->title, "%s %.2s/%.4s", L("Báo cáo tháng", "Report for"), ses.period + 5, ses.period);
	rep_load(r);
	return &r->base;
}
