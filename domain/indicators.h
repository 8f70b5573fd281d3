/*
 * indicators.h: the indicators of the commune report (docs/indicators.md),
 * "indicators v1". The ids are a published vocabulary: the export package
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

#define INDICATORS_VERSION 1

/* Index of each indicator in the table: also the report's row order. */
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
	IND_NEWBORN_SCREENED,
	IND_NEWBORN_SCREENING_PCT,
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
	IND_COUNT
} indicator_id;

typedef enum indicator_kind {
	IND_KIND_STOCK = 0,
	IND_KIND_FLOW,
	IND_KIND_YTD,
	IND_KIND_RATE
} indicator_kind;

typedef enum indicator_unit {
	IND_UNIT_COUNT = 0,     /* people, households, events */
	IND_UNIT_PERCENT,       /* numerator / denominator x 100 */
	IND_UNIT_RATIO          /* per 100 (sex ratio: boys per 100 girls) */
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

/* Target-only measures: ids a targets file may name that are not period
 * indicators but are derived in the target block. */
#define TARGET_THIRD_PLUS_REDUCTION "third_plus_birth_rate_reduction_pct"

/* 1 if a targets file may name this id (an indicator or a target-only
 * measure). */
int indicator_target_known(const char *id);

/* 1 if the target of this id is a count (compared only for the unit's own
 * targets); 0 for percentages and ratios. Unknown ids count as percentages. */
int indicator_target_is_count(const char *id);

/* The good side of a target of this id. */
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

/* Format a value for people into buf: counts as integers, rates with one
 * decimal and the interface language's decimal mark (comma in Vietnamese);
 * "–" when not applicable. */
void indicator_format_text(const indicator_values *v, indicator_id idx, char *buf, size_t n);

/* Format a value for machines (CSV): counts as integers, rates with two
 * decimals and a dot; "" when not applicable. */
void indicator_format_csv(const indicator_values *v, indicator_id idx, char *buf, size_t n);

/* Format a number (rate, target, gap) for people with `decimals` places and
 * the interface language's decimal mark. */
void indicator_format_number(double x, int decimals, char *buf, size_t n);


#endif
