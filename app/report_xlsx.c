/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* report_xlsx.c: the report as an Excel workbook (report_xlsx.h). */
#include "config.h"

#include "app/report_xlsx.h"
#include "app/import.h"
#include "db/db.h"
#include "domain/i18n.h"
#include "domain/indicators.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Columns of the indicator table before the value columns. */
enum { COL_NO = 0, COL_LABEL = 1, COL_ID = 2, COL_VALUES = 3 };

const char *const report_xlsx_event_numbers[] = {
	"area", "birth_order", "birth_weight_g", "gestational_week", "living_children", "pregnancy_number", "to_area",
};
const size_t report_xlsx_event_nnumbers = sizeof report_xlsx_event_numbers / sizeof report_xlsx_event_numbers[0];

/* "dd/mm/yyyy" of an ISO date. */
static void
date_dmy(const char *iso, char *buf, size_t n)
{
	snprintf(buf, n, "%.2s/%.2s/%.4s", iso + 8, iso + 5, iso);
}

/* The national heading beside the units, the title and the period; the
 * table spans columns 0..last. Returns the next free row. */
static int
put_heading(xlsx *x, const report *r, const char *left_top, const char *left_bottom, const char *title,
            const char *receiver, int last)
{
	char words[64], d1[16], d2[16], line[512];
	int mid = last / 2;

	xlsx_merge(x, 0, 0, mid - 1, left_top, XS_BOLD);
	xlsx_merge(x, 0, mid, last, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", XS_TITLE);
	xlsx_merge(x, 1, 0, mid - 1, left_bottom, XS_BOLD);
	xlsx_merge(x, 1, mid, last, "Độc lập - Tự do - Hạnh phúc", XS_TITLE);
	xlsx_merge(x, 3, 0, last, title, XS_TITLE);
	report_period_words(r, words, sizeof words);
	date_dmy(r->first_day, d1, sizeof d1);
	date_dmy(r->last_day, d2, sizeof d2);
	snprintf(line, sizeof line, "%s: %s (%s – %s)", L("Kỳ báo cáo", "Period"), words, d1, d2);
	xlsx_merge(x, 4, 0, last, line, XS_CENTER);
	if (receiver[0] != '\0') {
		snprintf(line, sizeof line, "%s: %s", L("Đơn vị nhận báo cáo", "Sent to"), receiver);
		xlsx_merge(x, 5, 0, last, line, XS_CENTER);
	}
	return 7;
}

/* The header row of the indicator table; value titles from col 3 on. */
static void
put_table_header(xlsx *x, int row, const char *const *titles, size_t n)
{
	xlsx_text(x, row, COL_NO, L("STT", "No."), XS_HEADER);
	xlsx_text(x, row, COL_LABEL, L("Chỉ số", "Indicator"), XS_HEADER);
	xlsx_text(x, row, COL_ID, L("Mã chỉ số", "Indicator id"), XS_HEADER);
	for (size_t i = 0; i < n; i++)
		xlsx_text(x, row, COL_VALUES + (int)i, titles[i], XS_HEADER);
}

/* One value: a number, or "–" when not applicable. */
static void
put_value(xlsx *x, int row, int col, const indicator_values *v, indicator_id idx)
{
	char buf[32];

	indicator_format_csv(v, idx, buf, sizeof buf);
	if (buf[0] == '\0')
		xlsx_text(x, row, col, "–", XS_CELL);
	else
		xlsx_number(x, row, col, strtod(buf, NULL),
		            indicator_get(idx)->kind == IND_KIND_RATE ? XS_DECIMAL : XS_INTEGER);
}

/* A section's title row, when idx starts a new section. */
static int
put_section(xlsx *x, int row, indicator_id idx, int *section, int last)
{
	const indicator_def *def = indicator_get(idx);
	char title[160];

	if ((int)def->section == *section)
		return row;
	*section = (int)def->section;
	snprintf(title, sizeof title, "%d. %s", *section + 1, indicator_section_title(def->section));
	xlsx_merge(x, row, 0, last, title, XS_BOLD);
	return row + 1;
}

/* The label of an indicator row, indented under its parent. */
static void
put_label(xlsx *x, int row, indicator_id idx, int number)
{
	char label[200];

	xlsx_number(x, row, COL_NO, number, XS_INTEGER);
	snprintf(label, sizeof label, "%s%s", indicator_get(idx)->indent ? "    " : "", indicator_label(idx));
	xlsx_text(x, row, COL_LABEL, label, XS_CELL);
	xlsx_text(x, row, COL_ID, indicator_get(idx)->id, XS_TEXT);
}

/* The year's targets: target, actual to date, gap, verdict. */
static int
put_targets(xlsx *x, const report *r, int row)
{
	char d2[16], line[2 * TARGET_UNIT_LEN + 96], units[2 * TARGET_UNIT_LEN + 32];
	const char *titles[] = {L("Chỉ tiêu năm", "Target"), L("Thực hiện từ đầu năm", "Actual, year to date"),
	                        L("Chênh lệch", "Gap"), L("Đánh giá", "Verdict")};

	if (r->ntargets == 0)
		return row;
	date_dmy(r->last_day, d2, sizeof d2);
	report_target_units(r, units, sizeof units);
	snprintf(line, sizeof line, L("Chỉ tiêu năm %d — %s (thực hiện từ 01/01 đến %s)",
	                              "Targets for %d — %s (actual from 01/01 to %s)"),
	         r->per.year, units, d2);
	xlsx_merge(x, row++, 0, COL_VALUES + 3, line, XS_BOLD);
	put_table_header(x, row++, titles, 4);
	for (size_t i = 0; i < r->ntargets; i++, row++) {
		const report_target *t = &r->targets[i];
		xlsx_style st = report_target_decimals(t) == 0 ? XS_INTEGER : XS_DECIMAL;

		snprintf(line, sizeof line, "%s (%s)", report_target_label(t), t->direction == TARGET_AT_MOST ? "≤" : "≥");
		xlsx_number(x, row, COL_NO, (double)(i + 1), XS_INTEGER);
		xlsx_text(x, row, COL_LABEL, line, XS_CELL);
		xlsx_text(x, row, COL_ID, t->indicator, XS_TEXT);
		xlsx_number(x, row, COL_VALUES, t->target, st);
		if (!t->has_actual) {
			for (int c = 1; c < 4; c++)
				xlsx_text(x, row, COL_VALUES + c, "–", XS_CELL);
			continue;
		}
		xlsx_number(x, row, COL_VALUES + 1, t->actual, st);
		xlsx_number(x, row, COL_VALUES + 2, t->gap, st);
		xlsx_text(x, row, COL_VALUES + 3, t->met ? L("đạt", "met") : L("chưa đạt", "not met"), XS_CELL);
	}
	return row + 1;
}

/* The signature block under the table. */
static void
put_signatures(xlsx *x, int row, int last)
{
	int mid = last / 2;

	xlsx_merge(x, row, mid, last, L("......, ngày ..... tháng ..... năm ..........",
	                                "......, date ..... / ..... / .........."), XS_CENTER);
	xlsx_merge(x, row + 1, 0, mid - 1, L("NGƯỜI LẬP BIỂU", "PREPARED BY"), XS_TITLE);
	xlsx_merge(x, row + 1, mid, last, L("THỦ TRƯỞNG ĐƠN VỊ", "HEAD OF THE UNIT"), XS_TITLE);
	xlsx_merge(x, row + 2, 0, mid - 1, L("(Ký, ghi rõ họ tên)", "(signature, full name)"), XS_CENTER);
	xlsx_merge(x, row + 2, mid, last, L("(Ký tên, đóng dấu)", "(signature, seal)"), XS_CENTER);
}

int
report_xlsx_sheet(xlsx *x, const report *r, const char *upper_name, ds_err *err)
{
	const char *titles[] = {L("Kỳ báo cáo", "Period"), L("Tử số", "Numerator"), L("Mẫu số", "Denominator"),
	                        L("Từ đầu năm", "Year to date")};
	int show_ytd = r->has_ytd && r->per.type != PERIOD_YEAR;
	int last = COL_VALUES + (show_ytd ? 3 : 2), row, section = -1;
	char unit[256];

	if (xlsx_sheet(x, L("Báo cáo", "Report"), err) != 0)
		return -1;
	snprintf(unit, sizeof unit, "%s (%s %s)", r->commune_name, L("mã", "code"), r->commune_code);
	row = put_heading(x, r, upper_name, unit, L("BÁO CÁO CÔNG TÁC DÂN SỐ", "POPULATION REPORT"), upper_name, last);
	put_table_header(x, row, titles, show_ytd ? 4 : 3);
	xlsx_freeze(x, ++row, COL_VALUES);
	for (int i = 0; i < IND_COUNT; i++) {
		long long num, den;

		row = put_section(x, row, (indicator_id)i, &section, last);
		put_label(x, row, (indicator_id)i, i + 1);
		put_value(x, row, COL_VALUES, &r->values, (indicator_id)i);
		if (report_rate_counts(&r->values, (indicator_id)i, &num, &den)) {
			xlsx_number(x, row, COL_VALUES + 1, (double)num, XS_INTEGER);
			xlsx_number(x, row, COL_VALUES + 2, (double)den, XS_INTEGER);
		} else {
			xlsx_text(x, row, COL_VALUES + 1, "", XS_CELL);
			xlsx_text(x, row, COL_VALUES + 2, "", XS_CELL);
		}
		if (show_ytd) {
			if (report_has_ytd_meaning((indicator_id)i))
				put_value(x, row, COL_VALUES + 3, &r->ytd, (indicator_id)i);
			else
				xlsx_text(x, row, COL_VALUES + 3, "", XS_CELL);
		}
		row++;
	}
	if (r->has_ytd)
		row = put_targets(x, r, row + 1);
	put_signatures(x, row + 1, last);
	xlsx_width(x, COL_NO, COL_NO, 5);
	xlsx_width(x, COL_LABEL, COL_LABEL, 48);
	xlsx_width(x, COL_ID, COL_ID, 30);
	xlsx_width(x, COL_VALUES, last, 13);
	return 0;
}

int
report_xlsx_by_commune(xlsx *x, const report *reports, size_t n, const report *total, const char *unit_name,
                       ds_err *err)
{
	const char **titles = xcalloc(n + 1, sizeof *titles);
	char (*names)[NAME_LEN + CODE_LEN + 8] = xcalloc(n + 1, sizeof *names);
	int last = COL_VALUES + (int)n, row, section = -1;

	if (xlsx_sheet(x, L("Theo xã", "By commune"), err) != 0) {
		free(titles);
		free(names);
		return -1;
	}
	for (size_t c = 0; c < n; c++) {
		snprintf(names[c], sizeof names[c], "%s\n(%s)", reports[c].commune_name, reports[c].commune_code);
		titles[c] = names[c];
	}
	titles[n] = L("Tổng cộng", "Total");
	row = put_heading(x, total, unit_name, "", L("BÁO CÁO CÔNG TÁC DÂN SỐ THEO XÃ", "POPULATION REPORT BY COMMUNE"),
	                  "", last);
	put_table_header(x, row, titles, n + 1);
	xlsx_freeze(x, ++row, COL_VALUES);
	for (int i = 0; i < IND_COUNT; i++) {
		row = put_section(x, row, (indicator_id)i, &section, last);
		put_label(x, row, (indicator_id)i, i + 1);
		for (size_t c = 0; c < n; c++)
			put_value(x, row, COL_VALUES + (int)c, &reports[c].values, (indicator_id)i);
		put_value(x, row, COL_VALUES + (int)n, &total->values, (indicator_id)i);
		row++;
	}
	if (total->has_ytd)
		row = put_targets(x, total, row + 1);
	put_signatures(x, row + 1, last);
	xlsx_width(x, COL_NO, COL_NO, 5);
	xlsx_width(x, COL_LABEL, COL_LABEL, 48);
	xlsx_width(x, COL_ID, COL_ID, 30);
	xlsx_width(x, COL_VALUES, last, 14);
	free(titles);
	free(names);
	return 0;
}

/* Split path into its folder and file name and open the workbook. */
xlsx *
report_xlsx_open_path(const char *path, ds_err *err)
{
	const char *slash = strrchr(path, '/');
	char dir[1024];

	if (slash == NULL)
		return xlsx_open(".", path, err);
	snprintf(dir, sizeof dir, "%.*s", (int)(slash - path), path);
	return xlsx_open(slash == path ? "/" : dir, slash + 1, err);
}

/* Commit x when rc is 0, else drop it. */
static int
finish(xlsx **x, int rc, ds_err *err)
{
	if (rc != 0) {
		xlsx_abort(x);
		return -1;
	}
	return xlsx_commit(x, err);
}

int
report_xlsx_write(db *d, const char *period_text, const char *path, ds_err *err)
{
	report *r = xmalloc(sizeof *r);
	char upper[NAME_LEN];
	xlsx *x = NULL;
	int rc = report_compute(d, period_text, r, err);

	if (rc == 0 && db_setting_get(d, "upper_name", upper, sizeof upper) != 0)
		upper[0] = '\0';
	if (rc == 0 && (x = report_xlsx_open_path(path, err)) == NULL)
		rc = -1;
	if (x != NULL)
		rc = finish(&x, report_xlsx_sheet(x, r, upper, err), err);
	free(r);
	return rc;
}

int
report_xlsx_write_by_commune(db *d, const char *period_text, const char *path, ds_err *err)
{
	report *reports = NULL, *total = xmalloc(sizeof *total);
	char unit[NAME_LEN];
	size_t n = 0;
	xlsx *x = NULL;
	int rc = import_reports_by_commune(d, period_text, &reports, &n, total, err);

	if (rc == 0 && db_setting_get(d, "commune_name", unit, sizeof unit) != 0)
		unit[0] = '\0';
	if (rc == 0)
		rc = import_total_targets(d, total, err);
	if (rc == 0 && (x = report_xlsx_open_path(path, err)) == NULL)
		rc = -1;
	if (x != NULL)
		rc = finish(&x, report_xlsx_by_commune(x, reports, n, total, unit, err), err);
	free(reports);
	free(total);
	return rc;
}
