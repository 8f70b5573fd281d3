/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/*
 * report.h: the commune report of a month, quarter or year
 * (docs/indicators.md), with year-to-date values and the year's targets. The same
 * code serves `danso report`, the report screen and the export package.
 *
 *     report r;
 *     if (report_compute(d, "2025-Q1", &r, &err) != 0) show err;
 *     strbuf sb; strbuf_init(&sb);
 *     report_format_text(&r, &sb);        -- 80 columns, interface language
 *     report_row rows[IND_COUNT];
 *     size_t n = report_rows(&r, rows);    -- one row per indicator, for CSV
 *
 * A report is a plain value (no pointers inside): copy it, keep arrays of
 * it. The upper level builds reports from imported values with
 * report_from_values(), adds them with report_sum() and lays them side by
 * side with report_format_columns() (the old district form 01-DSH).
 *
 * Targets (docs/indicators.md, "Targets"): a commune is compared with its
 * own targets (rows whose unit is its code or its name; the code's row
 * wins) and, for the ids it has none of, with those of its target unit
 * (the setting "target_unit", set by `danso targets-unit set`). Percent
 * and ratio targets of the target unit apply to the commune (a district's
 * 85 % applies to each of its communes); its count targets (fp_new_*) are
 * the whole unit's and are compared only when the commune's own rows give
 * its share (target_share_pct): target x share / 100. At the upper level
 * the total is compared with every target of its unit, counts included.
 */
#ifndef DANSO_APP_REPORT_H
#define DANSO_APP_REPORT_H

#include "db/db.h"
#include "db/targets.h"
#include "domain/error.h"
#include "domain/indicators.h"
#include "domain/model.h"
#include "domain/period.h"
#include "domain/util.h"

#include <stddef.h>

#define REPORT_MAX_TARGETS (2 * IND_COUNT + 4)

/* A yearly target compared with the year-to-date value. */
typedef struct report_target {
	char indicator[TARGET_INDICATOR_LEN]; /* an indicator id, id_max or a target-only measure */
	double target;           /* as compared: a shared-out count is the share */
	int from_unit;           /* 1: the target unit's (0: the commune's own) */
	double unit_target;      /* a shared-out count: the unit's whole target */
	double share_pct;        /* > 0: shared out at this share */
	target_direction direction;
	int is_count;
	int has_actual;          /* 0: not applicable (no births yet, ...) */
	double actual;           /* year to date */
	double gap;              /* actual - target */
	int met;                 /* the actual is on the good side */
} report_target;

typedef struct report {
	char commune_code[CODE_LEN];
	char commune_name[NAME_LEN];
	char period[PERIOD_LEN];        /* canonical: "2025-03", "2025-Q1", "2025" */
	period per;
	char first_day[DATE_LEN];
	char last_day[DATE_LEN];
	indicator_values values;        /* the period */
	int has_ytd;
	indicator_values ytd;           /* 1 January .. last_day */
	int has_last_year;
	indicator_values last_year;     /* the previous calendar year: births and 3rd+ births alone */
	char target_unit[TARGET_UNIT_LEN]; /* the larger unit, "" when none is set */
	int own_targets;                /* targets of the commune's own rows */
	double share_pct;               /* its share of the unit's counts, 0: none */
	int count_targets_skipped;      /* count targets of another unit, not compared */
	size_t ntargets;
	report_target targets[REPORT_MAX_TARGETS];
	int for_screen;                 /* set by the interface before formatting:
	                                   no command-line hints in the text */
	unsigned char flagged[IND_COUNT]; /* 1: a min-max warning of one of its months (by-commune "*") */
} report;

/* Compute the report of period_text ("YYYY-MM", "YYYY-Qn" or "YYYY") from
 * the register, with year-to-date values, last year's births and the
 * year's targets. 0 ok; -1 with err (a period that cannot be read names
 * the field "period"). */
int report_compute(db *d, const char *period_text, report *out, ds_err *err);

/* Load the year's targets of unit (the upper level's total: every target
 * of the unit is its own) and compare them with r's year-to-date values.
 * 0 ok, -1 with err. */
int report_load_unit_targets(db *d, report *r, const char *unit, ds_err *err);

/* The targets block alone (text, 80 columns), as report_format_text ends. */
void report_format_targets(const report *r, strbuf *out);

/* The report as text for people, in the interface language, at most 80
 * columns wide: heading, sections with each rate's numerator/denominator
 * beside it, then the targets block. Appends to out. */
void report_format_text(const report *r, strbuf *out);

/* The period for people ("tháng 03/2025", "quý 1/2025", "năm 2025"), in
 * the interface language. */
void report_period_words(const report *r, char *buf, size_t n);

/* 1 if the indicator changes over the year (a flow, or a rate of flows), so
 * a year-to-date value means something beside the period's. */
int report_has_ytd_meaning(indicator_id idx);

/* A rate's two counts as the report shows them beside it (for the TFR:
 * the births of the seven age groups over their women). 1 and *num, *den
 * set; 0 for a count or unknown components. */
int report_rate_counts(const indicator_values *v, indicator_id idx, long long *num, long long *den);

/* Whose targets r shows: the commune's own, its target unit's, or both
 * ("Xã A; còn lại: Ba Đình"), in the interface language. */
void report_target_units(const report *r, char *buf, size_t n);

/* The label of a target's measure, and the decimals its numbers are shown
 * with (counts 0, the 3rd-birth cut 2, rates 1). */
const char *report_target_label(const report_target *t);
int report_target_decimals(const report_target *t);

/* One row per indicator for machines. Pointers point into the indicator
 * table (static); the arrays are the row's own. */
typedef struct report_row {
	indicator_id ind;
	const char *indicator;     /* published id */
	char value[32];            /* "" when not applicable */
	const char *label_vi;
	char numerator[24];        /* rates: the component counts; else "" */
	char denominator[24];
	char target[24];           /* the year's target when one applies; else "" */
	const char *bound;         /* "min" (a floor) or "max" with a target; else "" */
	char ytd[24];              /* the target's measure from 1 January; "" n/a */
	char gap[24];              /* ytd - target */
	char met[4];               /* "1" met, "0" not met, "" not applicable */
} report_row;

/* Fill rows (room for IND_COUNT) in the published order; returns the count.
 * An indicator's row carries its first target (target, bound, ytd, gap,
 * met). */
size_t report_rows(const report *r, report_row *rows);

/* The targets that no indicator row carries (the 3rd-birth reduction, a
 * second target of one indicator) as rows of their own: indicator is the
 * target id, value its year-to-date actual. rows has room for
 * REPORT_MAX_TARGETS; returns the count. */
size_t report_target_rows(const report *r, report_row *rows);

/* An (indicator id, value text) pair, as read from a report CSV. */
typedef struct report_value {
	const char *indicator;
	const char *value;
} report_value;

/* Build a report of one commune and period from imported values: counts
 * must be whole numbers >= 0; rate values must be numbers or "" and are
 * not kept (rates are recomputed from their components). Indicators not
 * given stay unknown (shown "–"). An unknown id, a repeated id or a bad
 * number is refused (err names the indicator in err->field). */
int report_from_values(report *out, const char *commune_code, const char *commune_name, const char *period_text,
                       const report_value *values, size_t n, ds_err *err);

/* Add up n reports of the same period into out (a total column): every
 * count adds up, known only when every report knows it; rates follow. */
void report_sum(const report *reports, size_t n, report *out);

/* The 01-DSH layout: one row per indicator, one column per report, the
 * total column last, in blocks that fit `width` columns (80 on a
 * terminal). Appends to out. */
void report_format_columns(const report *reports, size_t n, const report *total, int width, strbuf *out);

#endif
