/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* scr_home.c: the month at a glance (counts, what is missing) and the menu. */
#include "config.h"

#include "tui/screens.h"
#include "tui/dialog.h"
#include "tui/draw.h"
#include "tui/keys.h"
#include "tui/term.h"
#include "db/events.h"
#include "db/register.h"
#include "domain/codes.h"
#include "app/export.h"
#include "app/residents.h"
#include "domain/i18n.h"
#include "domain/layout.h"
#include "domain/util.h"

#include <stdlib.h>
#include <string.h>

#define MISSING_MAX 6

typedef struct home {
	screen base;
	int households, people;
	int by_kind[EV_KIND_COUNT];
	int cancelled;
	char missing[MISSING_MAX][200];
	int nmissing;
	int more_missing;
	int64_t generation;   /* db_generation() when the counts were made */
} home;

/* Note something still missing from the month's slip. */
static void
home_missing(home *h, const char *fmt, const char *name, const char *date)
{
	char d[16];

	if (h->nmissing >= MISSING_MAX) {
		h->more_missing++;
		return;
	}
	str_printf(h->missing[h->nmissing++], sizeof h->missing[0], fmt, name, ui_date(date, d, sizeof d));
}

/* 1 if the member has an active event of kind (0 when it cannot be read). */
static int
home_has_event(int64_t member_id, event_kind kind)
{
	event_row *events = NULL;
	size_t m = 0;
	ds_err err = {0};
	int found = 0;

	if (db_event_list_member(ses.d, member_id, 0, &events, &m, &err) != 0)
		return 1;
	for (size_t j = 0; j < m; j++)
		found |= events[j].ev.kind == kind && events[j].ev.member_id == member_id;
	free(events);
	return found;
}

/* The month's births whose child has no newborn screening, and pregnancies
 * with no prenatal screening. */
static void
home_check_screenings(home *h, const event_row *rows, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		const event *e = &rows[i].ev;

		if (e->cancelled)
			continue;
		if (e->kind == EV_BIRTH && e->related_member_id != 0 &&
		    !home_has_event(e->related_member_id, EV_NEWBORN_SCREENING))
			home_missing(h, L("Trẻ của %s (sinh %s) chưa có sàng lọc sơ sinh",
			                  "The child of %s (born %s) has no newborn screening"),
			             rows[i].subject_name, e->date);
		if (e->kind == EV_PREGNANCY && strcmp(e->pregnancy_kind, PREGNANCY_PREGNANT) == 0 &&
		    !home_has_event(e->member_id, EV_PRENATAL_SCREENING))
			home_missing(h, L("%s (mang thai, ghi ngày %s) chưa có sàng lọc trước sinh",
			                  "%s (pregnant, recorded %s) has no prenatal screening"),
			             rows[i].subject_name, e->date);
	}
}

/* Count the month's events and the area's register. */
static void
home_load(home *h)
{
	household_list hh = {0};
	event_row *rows = NULL;
	size_t n = 0;
	ds_err err = {0};

	memset(h->by_kind, 0, sizeof h->by_kind);
	h->households = h->people = h->cancelled = h->nmissing = h->more_missing = 0;
	h->generation = db_generation(ses.d);
	if (db_household_list(ses.d, ses.ar.id, 0, &hh, &err) != 0 ||
	    db_event_list_period(ses.d, ses.period, ses.ar.id, 1, &rows, &n, &err) != 0) {
		app_error(L("Đọc CSDL", "Reading the database"), err.msg);
		household_list_free(&hh);
		return;
	}
	h->households = (int)hh.n;
	for (size_t i = 0; i < hh.n; i++)
		h->people += hh.items[i].active_members;
	for (size_t i = 0; i < n; i++) {
		if (rows[i].ev.cancelled)
			h->cancelled++;
		else if ((unsigned)rows[i].ev.kind < EV_KIND_COUNT)
			h->by_kind[rows[i].ev.kind]++;
	}
	home_check_screenings(h, rows, n);
	household_list_free(&hh);
	free(rows);
}

/* The title bar text of the screen. */
static const char *
home_title(screen *sc)
{
	return L("Trang chính", "Home");
}

/* The menu lines of the home screen. */
static const char *const *
home_menu(void)
{
	static const char *items[6];

	items[0] = L("1. Sổ hộ: danh sách hộ, tìm, thêm, ghi biến động", "1. Register: households, find, add, events");
	items[1] = L("2. Phiếu thu tin tháng (xem, sửa, huỷ)", "2. The month's slip (review, correct, cancel)");
	items[2] = L("3. Báo cáo tháng", "3. The month's report");
	items[3] = L("4. Xuất số liệu ra thư mục / USB (cán bộ xã)", "4. Export to a folder / USB stick (officer)");
	items[4] = L("5. So sánh với dữ liệu dân cư của công an (cán bộ xã)", "5. Compare with the police's residents data (officer)");
	items[5] = L("Esc. Đổi người dùng / tháng", "Esc. Change user / month");
	return items;
}

/* Draw the body from the screen's state. */
static void
home_draw(screen *sc, int top, int rows)
{
	home *h = (home *)sc;
	const char *const *menu = home_menu();
	char line[200];
	int y = top + 1, col2 = 40, more;

	str_printf(line, sizeof line, L("Tháng %.2s/%.4s: %d hộ, %d nhân khẩu đang sống trong địa bàn",
	                                "Month %.2s/%.4s: %d households, %d people in the area"),
	           ses.period + 5, ses.period, h->households, h->people);
	term_put(y++, 2, term_cols() - 4, line, TA_LABEL, 0);
	y++;
	for (int k = 0; k < EV_KIND_COUNT; k++) {
		char num[16];
		line[0] = '\0';
		str_printf(num, sizeof num, "%4d", h->by_kind[k]);
		lay_pair(line, sizeof line, event_kind_label((event_kind)k), 30, num, col2 - 4);
		term_put(y + k % 7, 2 + (k / 7) * col2, col2 - 2, line, h->by_kind[k] ? TA_NORMAL : TA_DIM, 0);
	}
	y += 7;
	str_printf(line, sizeof line, L("Đã huỷ: %d", "Cancelled: %d"), h->cancelled);
	term_put(y - 1, 2 + col2, col2 - 2, line, TA_DIM, 0);
	term_put(y++, 2, term_cols() - 4, h->nmissing ? L("Còn thiếu:", "Still missing:") : L("Không thấy thiếu sót.", "Nothing missing found."),
	         TA_LABEL, 0);
	/* each item wrapped whole, its next lines indented; those that do not
	 * fit above the menu are counted */
	more = h->more_missing;
	for (int i = 0; i < h->nmissing; i++) {
		char wrapped[4][256];
		int n = draw_wrap(h->missing[i], term_cols() - 8, wrapped, 4);

		if (y + n > top + rows - 7 - (i + 1 < h->nmissing || more > 0)) {
			more += h->nmissing - i;
			break;
		}
		for (int k = 0; k < n; k++)
			term_put(y++, k == 0 ? 4 : 6, term_cols() - (k == 0 ? 6 : 8), wrapped[k], TA_WARNING, 0);
	}
	if (more) {
		str_printf(line, sizeof line, L("... và %d mục nữa", "... and %d more"), more);
		term_put(y++, 4, term_cols() - 6, line, TA_WARNING, 0);
	}
	y = top + rows - 6;
	for (int i = 0; i < 6; i++)
		term_put(y + i, 2, term_cols() - 4, menu[i], TA_NORMAL, 0);
}

/* Open the export screen if the acting user may export (app/export.h
 * decides), else say who may. */
static void
home_export(void)
{
	ds_err err = {0};

	if (export_allowed(ses.d, &err) == 0)
		app_push(scr_export_new());
	else
		app_message(1, "%s", err.msg);
}

/* The comparison with the residents data, for the officer only. */
static void
home_residents(void)
{
	ds_err err = {0};

	if (residents_allowed(ses.d, &err) == 0)
		app_push(scr_residents_new());
	else
		app_message(1, "%s", err.msg);
}

/* Handle one key. */
static void
home_key(screen *sc, int key)
{
	switch (key) {
	case '1':
		app_push(scr_register_new());
		break;
	case '2':
		app_push(scr_review_new());
		break;
	case '3':
		app_push(scr_report_new());
		break;
	case '4':
		home_export();
		break;
	case '5':
		home_residents();
		break;
	case K_ESC:
		app_pop();
		break;
	default:
		break;
	}
}

/* Count again after a screen above it closed, if anything was saved. */
static void
home_resume(screen *sc)
{
	home *h = (home *)sc;

	if (db_generation(ses.d) != h->generation)
		home_load(h);
}

/* Free the screen and what it owns. */
static void
home_destroy(screen *sc)
{
	free(sc);
}

/* The key line. */
static const char *
home_keys(screen *sc)
{
	return L("1:Sổ hộ 2:Phiếu 3:Báo cáo 4:Xuất Esc:đổi tháng F1:giúp Ctrl-C:thoát",
	         "1:Register 2:Slip 3:Report 4:Export Esc:month F1:help Ctrl-C:quit");
}

/* The F1 help text. */
static const char *
home_help(screen *sc)
{
	return L("Trang chính cho thấy số biến động đã ghi trong tháng theo từng loại và những gì còn thiếu "
	         "(ví dụ trẻ sinh chưa có sàng lọc sơ sinh). Gõ 1 để vào sổ hộ và ghi biến động, 2 để xem phiếu "
	         "thu tin của tháng, 3 để xem báo cáo. Esc để đổi người dùng hoặc tháng.",
	         "Home shows the month's events by kind and what is still missing (e.g. births without a newborn "
	         "screening). Type 1 for the register and to record events, 2 for the month's slip, 3 for the "
	         "report. Esc changes the user or month.");
}

static const screen_ops home_ops = {
	home_title, home_draw, home_key, home_resume, home_destroy, home_keys, home_help, NULL,
};

/* The home screen. */
screen *
scr_home_new(void)
{
	home *h = xcalloc(1, sizeof *h);

	h->base.ops = &home_ops;
	home_load(h);
	return &h->base;
}
