/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* residents_xlsx.c (app): a comparison with the residents extract as an
 * Excel workbook (see residents.h): the counts per area, then the lines. */
#include "config.h"

#include "app/residents.h"
#include "app/report_xlsx.h"
#include "domain/clock.h"
#include "domain/date.h"
#include "domain/i18n.h"
#include "exchange/xlsx.h"

/* The counts per area with the shares, and the total. */
static int
summary_sheet(xlsx *x, const residents_run *run, ds_err *err)
{
	static const int kinds[] = {RES_EXTRACT_ONLY, RES_REGISTER_ONLY, RES_DIFFERS, RES_POSSIBLE};
	const res_result *r = &run->res;
	const char *heads[] = {L("Địa bàn", "Area"), L("Nhân khẩu", "People"), L("Có số định danh", "With a citizen id"),
	                       L("Tỷ lệ có số định danh (%)", "Share with a citizen id (%)"), L("Khớp", "Matched"),
	                       L("Tỷ lệ khớp (%)", "Share matched (%)"), "extract_only", "register_only", "differs",
	                       "possible_match"};
	char today[DATE_LEN], shown[16];
	int row = 4;

	if (xlsx_sheet(x, L("Tổng hợp", "Summary"), err) != 0)
		return -1;
	clock_today(today);
	date_format(today, shown, sizeof shown);
	xlsx_merge(x, 0, 0, 9, L("SO SÁNH SỔ HỘ VỚI TRÍCH XUẤT CƠ SỞ DỮ LIỆU QUỐC GIA VỀ DÂN CƯ",
	                         "THE REGISTER AGAINST THE NATIONAL RESIDENTS DATABASE EXTRACT"), XS_TITLE);
	xlsx_merge(x, 1, 0, 9, shown, XS_CENTER);
	xlsx_width(x, 0, 0, 14);
	xlsx_width(x, 1, 9, 13);
	for (int c = 0; c < 10; c++)
		xlsx_text(x, 3, c, heads[c], XS_HEADER);
	xlsx_freeze(x, 4, 1);
	for (size_t k = 0; k <= r->nareas; k++, row++) {
		/* the areas in order, the unplaced (area 0) after them, then the total */
		size_t i = k < r->nareas ? (r->areas[0].area_number == 0 ? (k + 1) % r->nareas : k) : k;
		const res_area_count *a = i < r->nareas ? &r->areas[i] : &r->total;

		if (i == r->nareas)
			xlsx_text(x, row, 0, L("Tổng", "Total"), XS_BOLD);
		else if (a->area_number == 0)
			xlsx_text(x, row, 0, L("chưa rõ hộ", "unplaced"), XS_CELL);
		else
			xlsx_number(x, row, 0, a->area_number, XS_INTEGER);
		xlsx_number(x, row, 1, (double)a->people, XS_INTEGER);
		xlsx_number(x, row, 2, (double)a->with_cid, XS_INTEGER);
		xlsx_number(x, row, 3, a->people ? 100.0 * (double)a->with_cid / (double)a->people : 0, XS_DECIMAL);
		xlsx_number(x, row, 4, (double)a->matched, XS_INTEGER);
		xlsx_number(x, row, 5, a->people ? 100.0 * (double)a->matched / (double)a->people : 0, XS_DECIMAL);
		for (int c = 0; c < 4; c++)
			xlsx_number(x, row, 6 + c, (double)a->count[kinds[c]], XS_INTEGER);
	}
	return 0;
}

/* One row per line, the columns of the CSV form. */
static int
lines_sheet(xlsx *x, const residents_run *run, ds_err *err)
{
	char buf[RESIDENTS_CSV_COLUMNS][NAME_LEN];
	const char *cols[RESIDENTS_CSV_COLUMNS];

	if (xlsx_sheet(x, L("Danh sách", "Lines"), err) != 0)
		return -1;
	for (int c = 0; c < RESIDENTS_CSV_COLUMNS; c++)
		xlsx_text(x, 0, c, residents_csv_header[c], XS_HEADER);
	xlsx_width(x, 0, 2, 10);
	xlsx_width(x, 3, 4, 26);
	xlsx_width(x, 5, 8, 16);
	xlsx_freeze(x, 1, 0);
	for (size_t i = 0; i < run->res.nfindings; i++) {
		const res_finding *f = &run->res.findings[i];

		residents_csv_row(run, f, buf, cols);
		for (int c = 0; c < RESIDENTS_CSV_COLUMNS; c++) {
			if (c == 1 && f->area_number > 0)
				xlsx_number(x, (int)i + 1, c, f->area_number, XS_INTEGER);
			else
				xlsx_text(x, (int)i + 1, c, cols[c], XS_TEXT);
		}
	}
	return 0;
}

int
residents_xlsx_write(const residents_run *run, const char *path, ds_err *err)
{
	xlsx *x = report_xlsx_open_path(path, err);

	if (x == NULL)
		return -1;
	if (summary_sheet(x, run, err) != 0 || lines_sheet(x, run, err) != 0) {
		xlsx_abort(&x);
		return -1;
	}
	return xlsx_commit(&x, err);
}
