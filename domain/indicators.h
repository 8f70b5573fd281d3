/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/*
 * indicators.h: the indicators of the commune report (docs/indicators.md),
 * "indicators v2" (v1 plus the screening-for-all-conditions rates and
 * the fertility block). The ids are a published vocabulary: the export package
 * writes them in danso_C_YYYYMM_rR_report.csv, the upper level adds many
 * communes' values by them, and yearly targets name them. An id never
 * changes once released; a new indicator gets a new id and the version in
 * docs/indicators.md goes up.
 *
 * Every indicator has a kind that says how values combine:
 *
 *   STOCK  counted at the period's last day. A quarter or year takes the
 *          value of its last month; communes add up.
 *   FLOW   counted over the period. Months add up; communes add up.
 *   YTD    counted from 1 January to the period's last day. A quarter or
 *          year takes its last month's value; communes add up.
 *   WINDOW counted over the 12 months ending with the period's last day
 *          (a flow over them, or a stock at their middle). A quarter or
 *          year takes its last month's value; communes add up.
 *   RATE   numerator id / denominator id x 100, never stored: always
 *          recomputed from the (combined) components, so a quarter, a year
 *          or a sum of communes is never an average of rates. A zero or
 *          unknown denominator makes the rate "not applicable": shown "–",
 *          written as an empty CSV cell, never 0 or NaN.
 *
 * Values travel in an indicator_values: one count per non-rate indicator
 * with a "known" flag (an imported package may lack an indicator; an
 * unknown component makes its rates not applicable).
 */
#ifndef DANSO_INDICATORS_H
#define DANSO_INDICATORS_H

#include <stddef.h>

#define INDICATORS_VERSION 2

/* Index of each indicator in the table: also the report's row order.
 * The five-year age groups of the fertility block follow each other
 * (IND_WOMEN_15_19 + g, IND_BIRTHS_MOTHER_15_19 + g, g = 0..6). */
typedef enum indicator_id {
	/* stocks at the period's end */
	IND_HOUSEHOLDS_TOTAL = 0,
	IND_HOUSEHOLDS_FAMILY,
	IND_POPULATION_TOTAL,
	IND_POPULATION_MALE,
	IND_POPULATION_FEMALE,
	IND_MARRIED_WOMEN_15_49,
	IND_PEOPLE_60_PLUS,
	/* births */
	IND_BIRTHS_TOTAL,
	IND_BIRTHS_MALE,
	IND_BIRTHS_FEMALE,
	IND_BIRTHS_ORDER1,
	IND_BIRTHS_ORDER2,
	IND_BIRTHS_ORDER3PLUS,
	IND_BIRTHS_AT_FACILITY,
	IND_BIRTHS_MOTHER_UNDER20,
	IND_BIRTHS_SECOND_MOTHER_UNDER35,
	IND_THIRD_PLUS_BIRTH_SHARE_PCT,
	IND_SEX_RATIO_AT_BIRTH,
	/* contraception */
	IND_FP_NEW_TOTAL,
	IND_FP_NEW_IUD,
	IND_FP_NEW_FEMALE_STERILISATION,
	IND_FP_NEW_MALE_STERILISATION,
	IND_FP_NEW_IMPLANT,
	IND_FP_NEW_INJECTABLE,
	IND_FP_NEW_PILL,
	IND_FP_NEW_CONDOM,
	IND_FP_NEW_OTHER_MODERN,
	IND_FP_NEW_TRADITIONAL,
	IND_FP_STOPS,
	IND_FP_CURRENT_USERS,
	IND_CONTRACEPTIVE_PREVALENCE_PCT,
	/* pregnancy and screening */
	IND_PREGNANCIES,
	IND_MISCARRIAGES,
	IND_ABORTIONS,
	IND_PRENATAL_SCREENED,
	IND_PRENATAL_SCREENING_PCT,
	IND_PRENATAL_SCREENED_4,        /* v2 */
	IND_PRENATAL_SCREENING_4_RATE,  /* v2 */
	IND_NEWBORN_SCREENED,
	IND_NEWBORN_SCREENING_PCT,
	IND_NEWBORN_SCREENED_5,         /* v2 */
	IND_NEWBORN_SCREENING_5_RATE,   /* v2 */
	/* marriage */
	IND_MARRIAGES,
	IND_MARRIAGES_WITH_PREMARITAL_CHECK,
	IND_PREMARITAL_CHECK_PCT,
	IND_DIVORCES,
	/* elderly */
	IND_ELDERLY_CHECKED_YTD,
	IND_ELDERLY_CHECKUP_PCT,
	/* deaths and moves */
	IND_DEATHS_TOTAL,
	IND_DEATHS_MALE,
	IND_DEATHS_FEMALE,
	IND_DEATHS_UNDER1,
	IND_MOVES_IN,
	IND_MOVES_OUT,
	/* fertility over the 12 months ending with the period (v2) */
	IND_POPULATION_MID_12M,
	IND_WOMEN_15_19,
	IND_WOMEN_20_24,
	IND_WOMEN_25_29,
	IND_WOMEN_30_34,
	IND_WOMEN_35_39,
	IND_WOMEN_40_44,
	IND_WOMEN_45_49,
	IND_BIRTHS_12M,
	IND_BIRTHS_MOTHER_15_19,
	IND_BIRTHS_MOTHER_20_24,
	IND_BIRTHS_MOTHER_25_29,
	IND_BIRTHS_MOTHER_30_34,
	IND_BIRTHS_MOTHER_35_39,
	IND_BIRTHS_MOTHER_40_44,
	IND_BIRTHS_MOTHER_45_49,
	IND_TFR,
	IND_CBR,
	IND_COUNT
} indicator_id;

typedef enum indicator_kind {
	IND_KIND_STOCK = 0,
	IND_KIND_FLOW,
	IND_KIND_YTD,
	IND_KIND_RATE,
	IND_KIND_WINDOW
} indicator_kind;

typedef enum indicator_unit {
	IND_UNIT_COUNT = 0,     /* people, households, events */
	IND_UNIT_PERCENT,       /* numerator / denominator x 100 */
	IND_UNIT_RATIO,         /* per 100 (sex ratio: boys per 100 girls) */
	IND_UNIT_PER_MILLE,     /* numerator / denominator x 1000 (crude birth rate) */
	IND_UNIT_PER_WOMAN      /* the total fertility rate: 5 x the sum over the
	                           age groups of births / women (children per woman) */
} indicator_unit;

/* The sections of the report, in order. */
typedef enum indicator_section {
	IND_SEC_STOCKS = 0,
	IND_SEC_BIRTHS,
	IND_SEC_CONTRACEPTION,
	IND_SEC_PREGNANCY,
	IND_SEC_MARRIAGE,
	IND_SEC_ELDERLY,
	IND_SEC_DEATHS_MOVES,
	IND_SEC_FERTILITY,
	IND_SEC_COUNT
} indicator_section;

/* Which side of a target is good. */
typedef enum target_direction {
	TARGET_AT_LEAST = 0,    /* actual >= target (screening rates, counts) */
	TARGET_AT_MOST = 1      /* actual <= target (sex ratio at birth) */
} target_direction;

typedef struct indicator_def {
	const char *id;          /* published id, e.g. "births_total" */
	const char *label_vi;    /* standalone label (CSV label_vi), full diacritics */
	const char *label_en;
	const char *short_vi;    /* label under its parent row in the report, or NULL */
	const char *short_en;
	indicator_kind kind;
	indicator_unit unit;
	indicator_section section;
	indicator_id numerator;  /* rates only */
	indicator_id denominator;
	target_direction direction;
	int indent;              /* 1: a breakdown of the row above (display) */
	int since;               /* the indicators version that added it (1, 2) */
} indicator_def;

/* The widest label, in terminal columns, with its indent (2 + 2 for a
 * breakdown), so the text report fits 80 columns. */
#define INDICATOR_LABEL_COLS 41

/* The definition of an indicator; idx must be < IND_COUNT. */
const indicator_def *indicator_get(indicator_id idx);

/* The index of a published id; -1 if unknown. */
int indicator_find(const char *id);

/* The standalone label in the interface language. */
const char *indicator_label(indicator_id idx);

/* The label of the indicator's row in the report (short for a breakdown
 * of the row above), in the interface language. */
const char *indicator_row_label(indicator_id idx);

/* The title of a section in the interface language. */
const char *indicator_section_title(indicator_section sec);

/* Target ids (docs/indicators.md, "Targets"): an indicator id is a floor
 * (the actual must reach it); an indicator id + "_max" an upper bound
 * ("sex_ratio_at_birth_max"); a "*_reduction_*" id a cut against the
 * previous year. Target-only measures: */
#define TARGET_THIRD_PLUS_REDUCTION "third_plus_birth_rate_reduction_pct"
/* A commune's share (0-100 %) of its target unit's count targets: the only
 * way a larger unit's count target is compared with one commune. */
#define TARGET_SHARE "target_share_pct"
#define TARGET_MAX_SUFFIX "_max"

/* 1 if a targets file may name this id: an indicator (not a legacy upper
 * bound, see indicator_target_legacy_max), an indicator + "_max" (a rate),
 * or a target-only measure. */
int indicator_target_known(const char *id);

/* 1 for the ids that were upper bounds before "_max" existed
 * (sex_ratio_at_birth, third_plus_birth_share_pct): a file must now write
 * them with "_max"; a stored target of such an id still counts as a
 * maximum. */
int indicator_target_legacy_max(const char *id);

/* The indicator a target id measures (the id without "_max"); -1 for a
 * target-only measure or an unknown id. */
int indicator_target_measure(const char *id);

/* 1 if the target of this id is a count (compared only for the unit's own
 * targets, or shared out); 0 for percentages and ratios. Unknown ids count
 * as percentages. */
int indicator_target_is_count(const char *id);

/* The good side of a target of this id: at most for "_max" (and the legacy
 * upper bounds), at least otherwise (a reduction must be at least the cut). */
target_direction indicator_target_direction(const char *id);

/* ---- values ---- */

/* The largest count a unit's report may hold for one indicator
 * (docs/format.md, "Ranges"): no commune, district or province counts ten
 * million births, people or users in a period. An imported value above it
 * is refused; sums of values in range cannot overflow, and are checked all
 * the same (a sum that would is unknown rather than wrong). */
#define IND_COUNT_MAX 10000000LL

typedef struct indicator_values {
	long long count[IND_COUNT];      /* non-rate indicators; rates unused */
	unsigned char known[IND_COUNT];  /* 1 when count[i] holds a value */
} indicator_values;

/* All counts 0 and unknown. */
void indicator_values_clear(indicator_values *v);

/* Set a non-rate indicator (marks it known). A rate is a programmer's
 * mistake. */
void indicator_values_set(indicator_values *v, indicator_id idx, long long count);

/* The value of any indicator: counts as they are, rates recomputed from
 * their components. Returns 1 and sets *out when applicable, 0 when not
 * (unknown value, or a rate with a zero or unknown denominator). */
int indicator_value(const indicator_values *v, indicator_id idx, double *out);

/* Combine consecutive periods of one unit, oldest first (months into a
 * quarter or a year): flows add up, stocks and year-to-date values take the
 * last period's. A value is known when every period knows it (flows) or
 * when the last period does (stocks, YTD). n == 0 gives all unknown. */
void indicators_combine_periods(const indicator_values *periods, size_t n, indicator_values *out);

/* Add up units (communes into a total) for one period: every non-rate
 * indicator adds up; a value is known only when every unit knows it. */
void indicators_sum(const indicator_values *units, size_t n, indicator_values *out);

/* The number of age groups of the fertility block (15-19 .. 45-49). */
#define IND_AGE_GROUPS 7

/* The births a rate rests on, for the report's "(N births)" note: births
 * of the period for the sex ratio, of the 12 months for the TFR and the
 * crude birth rate. Returns 1 and sets *out when known; 0 for other
 * indicators or unknown values. */
int indicator_births_behind(const indicator_values *v, indicator_id idx, long long *out);

/* Decimals of a value for people: counts 0, the TFR 2, other rates 1. */
int indicator_text_decimals(indicator_id idx);

/* x rounded half up (away from zero) to `decimals` places, as the integer
 * x * 10^decimals: 90.625 at 2 places is 9063. A tiny tolerance absorbs
 * the binary error of a product that is a tie in decimal. */
long long indicator_round_half_up(double x, int decimals);

/* Format a value for people into buf: counts as integers, rates with one
 * decimal (the TFR two) and the interface language's decimal mark (comma
 * in Vietnamese), rounded half up; "–" when not applicable. */
void indicator_format_text(const indicator_values *v, indicator_id idx, char *buf, size_t n);

/* Format a value for machines (CSV): counts as integers, rates with two
 * decimals and a dot, rounded half up (90.625 -> "90.63"); "" when not
 * applicable. */
void indicator_format_csv(const indicator_values *v, indicator_id idx, char *buf, size_t n);

/* Format a number (rate, target, gap) for people with `decimals` places,
 * rounded half up, and the interface language's decimal mark. */
void indicator_format_number(double x, int decimals, char *buf, size_t n);

/* ---- min-max checks (docs/rules.md, "Min–max warnings") ---- */

/* The monthly counts checked against their own history, the way DHIS2's
 * min-max check does: births, deaths, new contraceptive users, prenatal
 * and newborn screenings. */
#define MINMAX_MEASURES 5
extern const indicator_id minmax_measures[MINMAX_MEASURES];

/* The months of history a check compares with, and the fewest it needs
 * (a young register has no range yet). */
#define MINMAX_HISTORY 12
#define MINMAX_MIN_HISTORY 6

/* 1 if value lies outside [min, max] of the n history values, with the
 * range in *lo and *hi; 0 inside it or when n < MINMAX_MIN_HISTORY. */
int indicator_minmax_outside(const long long *history, size_t n, long long value, long long *lo, long long *hi);

#endif
