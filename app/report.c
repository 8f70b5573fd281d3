/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* report.c: the commune report: computing, targets and layouts (see report.h). */
#include "config.h"

#include "app/report.h"
#include "db/report.h"
#include "domain/date.h"
#include "domain/i18n.h"
#include "domain/utf8.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Label and value columns of the text report (see report_format_text). */
#define LABEL_COLS 41       /* "  " + indent + label, padded */
#define VALUE_COLS 7        /* a value, right-aligned */
#define CELL_COLS 19        /* value + " (num/den)" */
#define TARGET_LABEL_COLS 35  /* longer labels get a line of their own */
#define TARGET_CELL_COLS 11
#define COLUMN_CELL_COLS 9  /* one commune in the 01-DSH layout */

/* ---- periods ---- */

/* Set the report's period, its canonical text and first / last days. */
static int
set_period(report *out, const char *text, ds_err *err)
{
	if (text == NULL || period_parse(text, &out->per, err) != 0) {
		if (text == NULL)
			ds_err_set(err, L("Thiếu kỳ báo cáo", "The period is missing"));
		return -1;
	}
	period_format(&out->per, out->period);
	period_first_day(&out->per, out->first_day);
	period_last_day(&out->per, out->last_day);
	return 0;
}

/* ---- targets ---- */

/* Where a target goes in the report's order: the indicator table's order
 * (a "_max" id with its indicator), the reduction of the 3rd+ share just
 * after the share itself. */
static int
target_order(const char *id)
{
	int idx = indicator_target_measure(id);

	if (idx >= 0)
		return 2 * idx;
	if (strcmp(id, TARGET_THIRD_PLUS_REDUCTION) == 0)
		return 2 * IND_THIRD_PLUS_BIRTH_SHARE_PCT + 1;
	return 2 * IND_COUNT;
}

/* The year-to-date value of a target's measure; the reduction of the 3rd+
 * share is last year's share minus this year's, when both have births. */
static void
target_actual(const report *r, report_target *t)
{
	int idx = indicator_target_measure(t->indicator);
	double last, now;

	t->has_actual = 0;
	if (strcmp(t->indicator, TARGET_THIRD_PLUS_REDUCTION) == 0) {
		if (r->has_last_year && r->has_ytd &&
		    indicator_value(&r->last_year, IND_THIRD_PLUS_BIRTH_SHARE_PCT, &last) &&
		    indicator_value(&r->ytd, IND_THIRD_PLUS_BIRTH_SHARE_PCT, &now)) {
			t->actual = last - now;
			t->has_actual = 1;
		}
	} else if (idx >= 0 && r->has_ytd) {
		t->has_actual = indicator_value(&r->ytd, (indicator_id)idx, &t->actual);
	}
	if (!t->has_actual)
		return;
	t->gap = t->actual - t->target;
	t->met = t->direction == TARGET_AT_MOST ? t->actual <= t->target + 1e-9 : t->actual >= t->target - 1e-9;
}

/* The target of id already in r, or NULL. */
static report_target *
find_target(report *r, const char *id)
{
	for (size_t i = 0; i < r->ntargets; i++)
		if (strcmp(r->targets[i].indicator, id) == 0)
			return &r->targets[i];
	return NULL;
}

/* Add a target in report order (insertion into the sorted array), unless
 * the report has one of that id already (the commune's own wins). */
static void
add_target(report *r, const target_row *row, int from_unit, double share_pct)
{
	report_target t = {0};
	size_t i;

	if (r->ntargets >= REPORT_MAX_TARGETS || find_target(r, row->indicator) != NULL)
		return;
	str_copy(t.indicator, sizeof t.indicator, row->indicator);
	t.target = row->target;
	t.from_unit = from_unit;
	t.direction = indicator_target_direction(row->indicator);
	t.is_count = indicator_target_is_count(row->indicator);
	if (share_pct > 0) {
		/* a whole number of people, rounded half up */
		t.unit_target = row->target;
		t.share_pct = share_pct;
		t.target = (double)indicator_round_half_up(row->target * share_pct / 100.0, 0);
	}
	target_actual(r, &t);
	for (i = r->ntargets; i > 0 && target_order(r->targets[i - 1].indicator) > target_order(t.indicator); i--)
		r->targets[i] = r->targets[i - 1];
	r->targets[i] = t;
	r->ntargets++;
}

/* The rows of unit for the report's year. */
static int
unit_rows(db *d, const report *r, const char *unit, target_row **rows, size_t *n, ds_err *err)
{
	*rows = NULL;
	*n = 0;
	if (str_empty(unit))
		return 0;
	return db_targets_list(d, unit, r->per.year, rows, n, err);
}

/* Add the commune's own rows (everything but its share). */
static void
add_own(report *r, const target_row *rows, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (strcmp(rows[i].indicator, TARGET_SHARE) == 0) {
			if (r->share_pct <= 0)
				r->share_pct = rows[i].target;
			continue;
		}
		if (find_target(r, rows[i].indicator) == NULL)
			r->own_targets++;
		add_target(r, &rows[i], 0, 0);
	}
}

/* Load the year's targets: the commune's own (by code, then by name), then
 * its target unit's for the ids it has none of. */
static int
load_targets(db *d, report *r, ds_err *err)
{
	target_row *code_rows, *name_rows = NULL, *unit = NULL;
	size_t ncode, nname = 0, nunit = 0;
	int rc;

	if (db_setting_get(d, "target_unit", r->target_unit, sizeof r->target_unit) != 0 ||
	    strcmp(r->target_unit, r->commune_code) == 0 || strcmp(r->target_unit, r->commune_name) == 0)
		r->target_unit[0] = '\0';
	rc = unit_rows(d, r, r->commune_code, &code_rows, &ncode, err);
	if (rc == 0 && strcmp(r->commune_name, r->commune_code) != 0)
		rc = unit_rows(d, r, r->commune_name, &name_rows, &nname, err);
	if (rc == 0)
		rc = unit_rows(d, r, r->target_unit, &unit, &nunit, err);
	if (rc == 0) {
		add_own(r, code_rows, ncode);
		add_own(r, name_rows, nname);
		for (size_t i = 0; i < nunit; i++) {
			if (strcmp(unit[i].indicator, TARGET_SHARE) == 0)
				continue;
			if (indicator_target_is_count(unit[i].indicator) && r->share_pct <= 0) {
				if (find_target(r, unit[i].indicator) == NULL)
					r->count_targets_skipped++;
				continue;
			}
			add_target(r, &unit[i], 1, indicator_target_is_count(unit[i].indicator) ? r->share_pct : 0);
		}
	}
	free(code_rows);
	free(name_rows);
	free(unit);
	return rc;
}

/* The upper level's total against every target of its unit. */
int
report_load_unit_targets(db *d, report *r, const char *unit, ds_err *err)
{
	target_row *rows = NULL;
	size_t n = 0;

	r->ntargets = 0;
	r->own_targets = 0;
	r->count_targets_skipped = 0;
	str_copy(r->target_unit, sizeof r->target_unit, unit);
	if (unit_rows(d, r, unit, &rows, &n, err) != 0)
		return -1;
	for (size_t i = 0; i < n; i++)
		if (strcmp(rows[i].indicator, TARGET_SHARE) != 0)
			add_target(r, &rows[i], 1, 0);
	free(rows);
	return 0;
}

/* ---- computing ---- */

/* Compute a commune's report for a period. */
int
report_compute(db *d, const char *period_text, report *out, ds_err *err)
{
	char first[24], last[24];

	memset(out, 0, sizeof *out);
	if (set_period(out, period_text, err) != 0)
		return -1;
	db_setting_get(d, "commune_code", out->commune_code, sizeof out->commune_code);
	db_setting_get(d, "commune_name", out->commune_name, sizeof out->commune_name);
	/* one pass: the period, and the flows of its year to date (the same
	 * last day, so the same stocks) */
	if (db_report_counts(d, out->first_day, out->last_day, &out->values, &out->ytd, err) != 0)
		return -1;
	out->has_ytd = 1;
	snprintf(first, sizeof first, "%04d-01-01", out->per.year - 1);
	snprintf(last, sizeof last, "%04d-12-31", out->per.year - 1);
	/* the only target that reads last year, the reduction of the 3rd+
	 * share, needs its births and their orders alone */
	if (db_report_birth_orders(d, first, last, &out->last_year, err) != 0)
		return -1;
	out->has_last_year = 1;
	return load_targets(d, out, err);
}

/* ---- text layout ---- */

/* Append s padded with spaces to cols terminal columns, on the left
 * (right-aligned) or on the right. */
static void
put_padded(strbuf *sb, const char *s, int cols, int right_align)
{
	int pad = cols - utf8_width(s);

	for (; right_align && pad > 0; pad--)
		strbuf_puts(sb, " ");
	strbuf_puts(sb, s);
	for (; !right_align && pad > 0; pad--)
		strbuf_puts(sb, " ");
}

/* Move a finished line to out without its trailing spaces. */
static void
end_line(strbuf *line, strbuf *out)
{
	while (line->len > 0 && line->data[line->len - 1] == ' ')
		line->len--;
	strbuf_append(out, line->data != NULL ? line->data : "", line->len);
	strbuf_puts(out, "\n");
	strbuf_reset(line);
}

/* The period for people: "tháng 03/2025", "quý 1/2025", "năm 2025" (report.h). */
void
report_period_words(const report *r, char *buf, size_t n)
{
	char label[32];

	period_label(&r->per, label, sizeof label);
	if (r->per.type == PERIOD_QUARTER)
		str_copy(buf, n, label);
	else
		snprintf(buf, n, "%s %s", period_type_label(r->per.type), label);
}

/* A rate's two counts as the report shows them beside it: for the TFR,
 * the births of the seven age groups over their women. 0 when unknown. */
int
report_rate_counts(const indicator_values *v, indicator_id idx, long long *num, long long *den)
{
	const indicator_def *def = indicator_get(idx);

	if (def->kind != IND_KIND_RATE)
		return 0;
	if (def->unit == IND_UNIT_PER_WOMAN) {
		*num = *den = 0;
		for (int g = 0; g < IND_AGE_GROUPS; g++) {
			if (!v->known[IND_WOMEN_15_19 + g] || !v->known[IND_BIRTHS_MOTHER_15_19 + g])
				return 0;
			*num += v->count[IND_BIRTHS_MOTHER_15_19 + g];
			*den += v->count[IND_WOMEN_15_19 + g];
		}
		return 1;
	}
	if (!v->known[def->numerator] || !v->known[def->denominator])
		return 0;
	*num = v->count[def->numerator];
	*den = v->count[def->denominator];
	return 1;
}

/* One value cell: the value right-aligned, and for a rate its counts (for
 * the sex ratio, the TFR and the birth rate: the births they rest on). */
static void
put_cell(strbuf *line, const indicator_values *v, indicator_id idx)
{
	char value[32], note[64] = "";
	size_t start = line->len;
	long long num, den;

	indicator_format_text(v, idx, value, sizeof value);
	put_padded(line, value, VALUE_COLS, 1);
	if (indicator_births_behind(v, idx, &num))
		snprintf(note, sizeof note, L(" (%lld trẻ)", " (%lld births)"), num);
	else if (report_rate_counts(v, idx, &num, &den))
		snprintf(note, sizeof note, " (%lld/%lld)", num, den);
	strbuf_puts(line, note);
	put_padded(line, "", CELL_COLS - utf8_width(line->data + start), 0);
}

/* 1 if the indicator changes over the year (report.h). */
int
report_has_ytd_meaning(indicator_id idx)
{
	const indicator_def *def = indicator_get(idx);

	if (def->kind == IND_KIND_RATE)
		return indicator_get(def->numerator)->kind == IND_KIND_FLOW ||
		       indicator_get(def->denominator)->kind == IND_KIND_FLOW;
	return def->kind == IND_KIND_FLOW;
}

/* The heading: title, commune, period with its days, column titles. */
static void
put_heading(const report *r, int show_ytd, strbuf *line, strbuf *out)
{
	char words[64], d1[16], d2[16];

	report_period_words(r, words, sizeof words);
	date_format(r->first_day, d1, sizeof d1);
	date_format(r->last_day, d2, sizeof d2);
	strbuf_printf(line, "%s — %s (%s)", L("BÁO CÁO CÔNG TÁC DÂN SỐ", "POPULATION REPORT"),
	              r->commune_name, r->commune_code);
	end_line(line, out);
	strbuf_printf(line, "%s: %s (%s – %s)", L("Kỳ báo cáo", "Period"), words, d1, d2);
	end_line(line, out);
	end_line(line, out);
	put_padded(line, L("Chỉ số", "Indicator"), LABEL_COLS, 0);
	put_padded(line, L("Kỳ này", "Period"), VALUE_COLS, 1);
	if (show_ytd)
		put_padded(line, L("Từ đầu năm", "Year to date"), CELL_COLS + 1, 1);
	end_line(line, out);
}

/* The sections with one row per indicator. */
static void
put_sections(const report *r, int show_ytd, strbuf *line, strbuf *out)
{
	int section = -1;

	for (int i = 0; i < IND_COUNT; i++) {
		const indicator_def *def = indicator_get((indicator_id)i);
		if ((int)def->section != section) {
			section = (int)def->section;
			end_line(line, out);
			strbuf_printf(line, "%d. %s", section + 1, indicator_section_title(def->section));
			end_line(line, out);
		}
		strbuf_puts(line, def->indent ? "    " : "  ");
		put_padded(line, indicator_row_label((indicator_id)i), LABEL_COLS - (def->indent ? 4 : 2), 0);
		put_cell(line, &r->values, (indicator_id)i);
		if (show_ytd && report_has_ytd_meaning((indicator_id)i)) {
			strbuf_puts(line, " ");
			put_cell(line, &r->ytd, (indicator_id)i);
		}
		end_line(line, out);
	}
}

/* The label of a target's measure (report.h). */
const char *
report_target_label(const report_target *t)
{
	int idx = indicator_target_measure(t->indicator);

	if (idx >= 0)
		return indicator_label((indicator_id)idx);
	if (strcmp(t->indicator, TARGET_THIRD_PLUS_REDUCTION) == 0)
		return L("Giảm tỷ lệ sinh con thứ ba+ (điểm %)", "Cut in 3rd+ birth share (points)");
	return t->indicator;
}

/* Decimals to show a target's numbers with (report.h). */
int
report_target_decimals(const report_target *t)
{
	if (t->is_count)
		return 0;
	return strcmp(t->indicator, TARGET_THIRD_PLUS_REDUCTION) == 0 ? 2 : 1;
}

/* One row of the targets block. */
static void
put_target_row(const report_target *t, strbuf *line, strbuf *out)
{
	char num[32], cell[48];
	int dec = report_target_decimals(t);

	strbuf_puts(line, "  ");
	if (utf8_width(report_target_label(t)) > TARGET_LABEL_COLS - 3) {
		strbuf_puts(line, report_target_label(t));
		end_line(line, out);
		put_padded(line, "", TARGET_LABEL_COLS, 0);
	} else {
		put_padded(line, report_target_label(t), TARGET_LABEL_COLS - 2, 0);
	}
	indicator_format_number(t->target, dec, num, sizeof num);
	snprintf(cell, sizeof cell, "%s %s", t->direction == TARGET_AT_MOST ? "≤" : "≥", num);
	put_padded(line, cell, TARGET_CELL_COLS, 1);
	if (!t->has_actual) {
		put_padded(line, "–", TARGET_CELL_COLS, 1);
		put_padded(line, "–", TARGET_CELL_COLS, 1);
	} else {
		indicator_format_number(t->actual, dec, num, sizeof num);
		put_padded(line, num, TARGET_CELL_COLS, 1);
		indicator_format_number(t->gap, dec, num, sizeof num);
		snprintf(cell, sizeof cell, "%s%s", t->gap > 0 && strpbrk(num, "123456789") != NULL ? "+" : "", num);
		put_padded(line, cell, TARGET_CELL_COLS, 1);
		strbuf_printf(line, " %s", t->met ? L("đạt", "met") : L("chưa đạt", "not met"));
	}
	end_line(line, out);
}

/* Whose targets the block shows: the commune's own, its target unit's, or
 * both ("Xã A; còn lại: Ba Đình"). */
void
report_target_units(const report *r, char *buf, size_t n)
{
	int from_unit = 0;

	for (size_t i = 0; i < r->ntargets; i++)
		from_unit |= r->targets[i].from_unit;
	from_unit |= r->count_targets_skipped > 0;
	if (r->own_targets > 0 && from_unit)
		snprintf(buf, n, L("%s; còn lại: %s", "%s; the others: %s"), r->commune_name, r->target_unit);
	else
		str_copy(buf, n, from_unit ? r->target_unit : r->commune_name);
}

/* The "target / actual year to date / gap" block. */
static void
put_targets(const report *r, strbuf *line, strbuf *out)
{
	char d2[16], units[2 * TARGET_UNIT_LEN + 32], num[32];

	end_line(line, out);
	if (r->ntargets == 0 && r->count_targets_skipped == 0) {
		strbuf_printf(line, L("Chưa có chỉ tiêu năm %d của %s.", "No targets for %d for %s."), r->per.year,
		              str_empty(r->target_unit) ? r->commune_name : r->target_unit);
		end_line(line, out);
		if (r->for_screen)
			strbuf_puts(line, L("Cán bộ dân số xã nạp tệp chỉ tiêu năm của huyện vào danso.",
			                    "The commune population officer loads the district's yearly targets into danso."));
		else
			strbuf_puts(line, L("Nạp chỉ tiêu bằng: danso targets-import TỆP.csv",
			                    "Load targets with: danso targets-import FILE.csv"));
		end_line(line, out);
		return;
	}
	date_format(r->last_day, d2, sizeof d2);
	report_target_units(r, units, sizeof units);
	strbuf_printf(line, L("Chỉ tiêu năm %d — %s (thực hiện từ 01/01 đến %s)",
	                      "Targets for %d — %s (actual from 01/01 to %s)"), r->per.year, units, d2);
	end_line(line, out);
	put_padded(line, "", TARGET_LABEL_COLS, 0);
	put_padded(line, L("Chỉ tiêu", "Target"), TARGET_CELL_COLS, 1);
	put_padded(line, L("Thực hiện", "Actual"), TARGET_CELL_COLS, 1);
	put_padded(line, L("Chênh lệch", "Gap"), TARGET_CELL_COLS, 1);
	end_line(line, out);
	for (size_t i = 0; i < r->ntargets; i++)
		put_target_row(&r->targets[i], line, out);
	if (r->share_pct > 0 && !str_empty(r->target_unit)) {
		indicator_format_number(r->share_pct, 2, num, sizeof num);
		strbuf_printf(line, L("(Chỉ tiêu số lượng: phần của xã, %s%% chỉ tiêu của \"%s\".)",
		                      "(Count targets: the commune's share, %s%% of \"%s\"'s.)"), num, r->target_unit);
		end_line(line, out);
	}
	if (r->count_targets_skipped > 0) {
		strbuf_printf(line, L("(%d chỉ tiêu số lượng của \"%s\" là của cả đơn vị, không so với xã.)",
		                      "(%d count targets of \"%s\" are the whole unit's, not compared.)"),
		              r->count_targets_skipped, r->target_unit);
		end_line(line, out);
	}
}

/* The targets block alone (report.h). */
void
report_format_targets(const report *r, strbuf *out)
{
	strbuf line;

	strbuf_init(&line);
	put_targets(r, &line, out);
	strbuf_free(&line);
}

/* Lay a report out as text. */
void
report_format_text(const report *r, strbuf *out)
{
	strbuf line;
	int show_ytd = r->has_ytd && r->per.type != PERIOD_YEAR;

	strbuf_init(&line);
	put_heading(r, show_ytd, &line, out);
	put_sections(r, show_ytd, &line, out);
	if (r->has_ytd)
		put_targets(r, &line, out);
	strbuf_free(&line);
}

/* ---- rows for machines ---- */

/* A CSV number with two decimals, rounded half up. */
static void
csv_number(double x, char *buf, size_t n)
{
	long long q = indicator_round_half_up(x, 2);
	long long a = q < 0 ? -q : q;

	snprintf(buf, n, "%s%lld.%02lld", q < 0 ? "-" : "", a / 100, a % 100);
}

/* A target's cells of a CSV row. */
static void
target_cells(const report_target *t, report_row *row)
{
	snprintf(row->target, sizeof row->target, "%g", t->target);
	row->bound = t->direction == TARGET_AT_MOST ? "max" : "min";
	if (!t->has_actual)
		return;
	if (t->is_count) {
		snprintf(row->ytd, sizeof row->ytd, "%.0f", t->actual);
		snprintf(row->gap, sizeof row->gap, "%.0f", t->gap);
	} else {
		csv_number(t->actual, row->ytd, sizeof row->ytd);
		csv_number(t->gap, row->gap, sizeof row->gap);
	}
	str_copy(row->met, sizeof row->met, t->met ? "1" : "0");
}

/* The report's rows as they go into the CSV file. */
size_t
report_rows(const report *r, report_row *rows)
{
	for (int i = 0; i < IND_COUNT; i++) {
		const indicator_def *def = indicator_get((indicator_id)i);
		report_row *row = &rows[i];
		long long num, den;

		memset(row, 0, sizeof *row);
		row->ind = (indicator_id)i;
		row->indicator = def->id;
		row->label_vi = def->label_vi;
		indicator_format_csv(&r->values, (indicator_id)i, row->value, sizeof row->value);
		if (report_rate_counts(&r->values, (indicator_id)i, &num, &den)) {
			snprintf(row->numerator, sizeof row->numerator, "%lld", num);
			snprintf(row->denominator, sizeof row->denominator, "%lld", den);
		}
		row->bound = "";
		for (size_t t = 0; t < r->ntargets; t++)
			if (indicator_target_measure(r->targets[t].indicator) == i) {
				target_cells(&r->targets[t], row);
				break;
			}
	}
	return IND_COUNT;
}

/* The targets no indicator row carries, as rows (report.h). */
size_t
report_target_rows(const report *r, report_row *rows)
{
	size_t n = 0;

	for (size_t t = 0; t < r->ntargets; t++) {
		const report_target *tg = &r->targets[t];
		int idx = indicator_target_measure(tg->indicator);
		size_t first;
		report_row *row = &rows[n];

		for (first = 0; first < t && (idx < 0 || indicator_target_measure(r->targets[first].indicator) != idx);
		     first++)
			;
		if (idx >= 0 && first == t)
			continue; /* on its indicator's row */
		memset(row, 0, sizeof *row);
		row->ind = idx >= 0 ? (indicator_id)idx : IND_COUNT;
		row->indicator = tg->indicator;
		row->label_vi = idx >= 0 ? indicator_get((indicator_id)idx)->label_vi
		                         : "Giảm tỷ lệ sinh con thứ ba trở lên (điểm phần trăm)";
		target_cells(tg, row);
		str_copy(row->value, sizeof row->value, row->ytd);
		n++;
	}
	return n;
}

/* ---- imported values, totals, the 01-DSH layout ---- */

/* Check and store one imported value. */
static int
set_imported(report *out, const report_value *v, unsigned char *seen, ds_err *err)
{
	int idx = indicator_find(v->indicator);
	char *end;
	long count;

	if (idx < 0 || seen[idx]) {
		ds_err_set(err, idx < 0 ? L("Chỉ số không có trong danh mục (indicators v2): %s",
		                            "Unknown indicator (indicators v2): %s")
		                        : L("Chỉ số %s lặp lại", "Indicator %s is repeated"), v->indicator);
		ds_err_at(err, NULL, 0, 0, v->indicator);
		return -1;
	}
	seen[idx] = 1;
	if (indicator_get((indicator_id)idx)->kind == IND_KIND_RATE) {
		errno = 0;
		double rate;

		if (str_empty(v->value) ||
		    ((rate = strtod(v->value, &end)) >= 0 && rate <= 1e9 && *end == '\0' && errno == 0))
			return 0;
	} else if (str_to_long(v->value, &count) == 0 && count >= 0 && count <= IND_COUNT_MAX) {
		indicator_values_set(&out->values, (indicator_id)idx, count);
		return 0;
	}
	ds_err_set(err, L("Giá trị \"%s\" của chỉ số %s không đúng (số đếm: số nguyên 0..%lld; tỷ lệ: 0..1000000000)",
	                  "Value \"%s\" of indicator %s is not valid (counts: whole numbers 0..%lld; rates: 0..1000000000)"),
	           v->value != NULL ? v->value : "", v->indicator, IND_COUNT_MAX);
	ds_err_at(err, NULL, 0, 0, v->indicator);
	return -1;
}

/* A report from values already counted. */
int
report_from_values(report *out, const char *commune_code, const char *commune_name, const char *period_text,
                   const report_value *values, size_t n, ds_err *err)
{
	unsigned char seen[IND_COUNT] = {0};

	memset(out, 0, sizeof *out);
	if (set_period(out, period_text, err) != 0)
		return -1;
	str_copy(out->commune_code, sizeof out->commune_code, commune_code);
	str_copy(out->commune_name, sizeof out->commune_name, commune_name != NULL ? commune_name : "");
	for (size_t i = 0; i < n; i++)
		if (set_imported(out, &values[i], seen, err) != 0)
			return -1;
	return 0;
}

/* Add the reports of several communes into one. */
void
report_sum(const report *reports, size_t n, report *out)
{
	indicator_values *parts = xcalloc(n > 0 ? n : 1, sizeof *parts);
	int all_ytd = n > 0, all_last = n > 0;

	memset(out, 0, sizeof *out);
	if (n > 0) {
		memcpy(out->period, reports[0].period, sizeof out->period);
		out->per = reports[0].per;
		memcpy(out->first_day, reports[0].first_day, sizeof out->first_day);
		memcpy(out->last_day, reports[0].last_day, sizeof out->last_day);
	}
	str_copy(out->commune_name, sizeof out->commune_name, L("Tổng", "Total"));
	for (size_t i = 0; i < n; i++)
		parts[i] = reports[i].values;
	indicators_sum(parts, n, &out->values);
	for (size_t i = 0; i < n; i++) {
		all_ytd &= reports[i].has_ytd;
		all_last &= reports[i].has_last_year;
	}
	if ((out->has_ytd = all_ytd)) {
		for (size_t i = 0; i < n; i++)
			parts[i] = reports[i].ytd;
		indicators_sum(parts, n, &out->ytd);
	}
	if ((out->has_last_year = all_last)) {
		for (size_t i = 0; i < n; i++)
			parts[i] = reports[i].last_year;
		indicators_sum(parts, n, &out->last_year);
	}
	free(parts);
}

/* One block of the 01-DSH layout: columns cols[0..ncols). */
static void
put_column_block(const report *const *cols, size_t ncols, strbuf *line, strbuf *out)
{
	int section = -1;
	char head[4 * COLUMN_CELL_COLS];

	put_padded(line, L("Chỉ số", "Indicator"), LABEL_COLS, 0);
	for (size_t c = 0; c < ncols; c++) {
		/* a name wider than the cell is cut, keeping a space before it */
		utf8_cut(cols[c]->commune_code[0] != '\0' ? cols[c]->commune_code : cols[c]->commune_name,
		         COLUMN_CELL_COLS - 1, head, sizeof head);
		put_padded(line, head, COLUMN_CELL_COLS, 1);
	}
	end_line(line, out);
	for (int i = 0; i < IND_COUNT; i++) {
		const indicator_def *def = indicator_get((indicator_id)i);
		char value[32];
		if ((int)def->section != section) {
			section = (int)def->section;
			strbuf_printf(line, "%d. %s", section + 1, indicator_section_title(def->section));
			end_line(line, out);
		}
		strbuf_puts(line, def->indent ? "    " : "  ");
		put_padded(line, indicator_row_label((indicator_id)i), LABEL_COLS - (def->indent ? 4 : 2), 0);
		for (size_t c = 0; c < ncols; c++) {
			indicator_format_text(&cols[c]->values, (indicator_id)i, value, sizeof value);
			if (cols[c]->flagged[i])
				strcat(value, "*");
			put_padded(line, value, COLUMN_CELL_COLS, 1);
		}
		end_line(line, out);
	}
}

/* Lay several communes' reports out side by side. */
void
report_format_columns(const report *reports, size_t n, const report *total, int width, strbuf *out)
{
	size_t ncols = n + (total != NULL), per_block;
	const report **cols = xcalloc(ncols > 0 ? ncols : 1, sizeof *cols);
	strbuf line;
	char words[64];

	strbuf_init(&line);
	for (size_t i = 0; i < n; i++)
		cols[i] = &reports[i];
	if (total != NULL)
		cols[n] = total;
	per_block = width > LABEL_COLS + COLUMN_CELL_COLS ? (size_t)(width - LABEL_COLS) / COLUMN_CELL_COLS : 1;
	if (ncols > 0) {
		report_period_words(cols[0], words, sizeof words);
		strbuf_printf(&line, "%s — %s", L("BÁO CÁO CÔNG TÁC DÂN SỐ THEO XÃ", "POPULATION REPORT BY COMMUNE"), words);
		end_line(&line, out);
	}
	for (size_t i = 0; i < n; i++) {
		strbuf_printf(&line, "  %-6s %s", reports[i].commune_code, reports[i].commune_name);
		end_line(&line, out);
	}
	for (size_t start = 0; start < ncols; start += per_block) {
		end_line(&line, out);
		put_column_block(cols + start, ncols - start < per_block ? ncols - start : per_block, &line, out);
	}
	strbuf_free(&line);
	free(cols);
}
