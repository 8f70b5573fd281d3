/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* test_indicators.c: the indicator table, rates and how values combine. */
#include "config.h"

#include "domain/i18n.h"
#include "domain/indicators.h"
#include "domain/utf8.h"
#include "tests/tap.h"

#include <string.h>

/* The table: unique ids, found again by id, labels that fit 80 columns,
 * rates made of counts. */
static void
test_table(void)
{
	int dup = 0, lost = 0, wide = 0, bad_rate = 0;

	for (int i = 0; i < IND_COUNT; i++) {
		const indicator_def *def = indicator_get((indicator_id)i);
		for (int j = 0; j < i; j++)
			dup += strcmp(indicator_get((indicator_id)j)->id, def->id) == 0;
		lost += indicator_find(def->id) != i;
		for (int lang = LANG_VI; lang <= LANG_EN; lang++) {
			i18n_set((ui_lang)lang);
			if (utf8_width(indicator_row_label((indicator_id)i)) + (def->indent ? 4 : 2) >
			    INDICATOR_LABEL_COLS) {
				tap_diag("too wide: %s", indicator_row_label((indicator_id)i));
				wide++;
			}
		}
		if (def->kind == IND_KIND_RATE &&
		    (indicator_get(def->numerator)->kind == IND_KIND_RATE ||
		     indicator_get(def->denominator)->kind == IND_KIND_RATE || def->numerator == def->denominator))
			bad_rate++;
	}
	i18n_set(LANG_VI);
	is_int(IND_COUNT, 72, "indicators v2 has 72 indicators (v1's 50 and 22 more)");
	{
		int v1 = 0;
		for (int i = 0; i < IND_COUNT; i++)
			v1 += indicator_get((indicator_id)i)->since == 1;
		is_int(v1, 50, "the 50 ids of v1 are kept");
	}
	is_str(indicator_get(IND_TFR)->id, "tfr", "the TFR's id");
	is_str(indicator_get(IND_NEWBORN_SCREENING_5_RATE)->id, "newborn_screening_5_rate", "the 5-condition rate's id");
	is_int(dup, 0, "every id is unique");
	is_int(lost, 0, "every id is found again by indicator_find");
	is_int(wide, 0, "every row label fits its column in both languages");
	is_int(bad_rate, 0, "every rate divides two different counts");
	is_int(indicator_find("births_total"), IND_BIRTHS_TOTAL, "births_total is found");
	is_int(indicator_find("births_totals"), -1, "an unknown id is not found");
	is_int(indicator_get(IND_SEX_RATIO_AT_BIRTH)->numerator, IND_BIRTHS_MALE, "sex ratio: boys ...");
	is_int(indicator_get(IND_SEX_RATIO_AT_BIRTH)->denominator, IND_BIRTHS_FEMALE, "... per girls");
	is_int(indicator_get(IND_PRENATAL_SCREENING_PCT)->denominator, IND_BIRTHS_TOTAL,
	       "prenatal screening is per birth");
	is_int(indicator_get(IND_ELDERLY_CHECKUP_PCT)->numerator, IND_ELDERLY_CHECKED_YTD,
	       "elderly check-up rate counts the year to date");
	is_str(indicator_get(IND_BIRTHS_ORDER3PLUS)->label_vi, "Số trẻ sinh là con thứ ba trở lên",
	       "Vietnamese labels carry their diacritics");
}

/* Targets: which ids a targets file may name and how they compare. */
static void
test_target_ids(void)
{
	ok(indicator_target_known("third_plus_birth_rate_reduction_pct"), "the reduction of the 3rd+ share is a target");
	ok(indicator_target_known("fp_new_condom"), "fp_new_condom is a target");
	ok(!indicator_target_known("fp_new_condoms"), "a misspelt id is not");
	ok(indicator_target_is_count("fp_new_iud"), "fp_new_iud is a count target");
	ok(!indicator_target_is_count("prenatal_screening_pct"), "a rate is not a count target");
	ok(!indicator_target_is_count("third_plus_birth_rate_reduction_pct"), "the reduction is in points, not a count");
	is_int(indicator_target_direction("sex_ratio_at_birth"), TARGET_AT_MOST, "sex ratio: at most the target");
	is_int(indicator_target_direction("newborn_screening_pct"), TARGET_AT_LEAST, "screening: at least the target");
	is_int(indicator_target_direction("sex_ratio_at_birth_max"), TARGET_AT_MOST, "a _max target is an upper bound");
	is_int(indicator_target_direction("third_plus_birth_rate_reduction_pct"), TARGET_AT_LEAST,
	       "a reduction must be at least the cut");
	ok(indicator_target_known("sex_ratio_at_birth_max") && indicator_target_known("tfr_max"), "_max of a rate is a target");
	ok(!indicator_target_known("fp_new_total_max"), "_max of a count is not");
	ok(!indicator_target_known("sex_ratio_at_birth"), "the sex ratio without _max is no longer accepted");
	ok(indicator_target_known("target_share_pct"), "a commune's share of its unit's counts is a target id");
	is_int(indicator_target_measure("sex_ratio_at_birth_max"), IND_SEX_RATIO_AT_BIRTH, "_max measures its indicator");
}

/* A month with the given births (boys, girls, 3rd+) and screenings. */
static void
month(indicator_values *v, long long boys, long long girls, long long third, long long screened,
      long long women, long long users)
{
	indicator_values_clear(v);
	indicator_values_set(v, IND_BIRTHS_MALE, boys);
	indicator_values_set(v, IND_BIRTHS_FEMALE, girls);
	indicator_values_set(v, IND_BIRTHS_TOTAL, boys + girls);
	indicator_values_set(v, IND_BIRTHS_ORDER3PLUS, third);
	indicator_values_set(v, IND_NEWBORN_SCREENED, screened);
	indicator_values_set(v, IND_MARRIED_WOMEN_15_49, women);
	indicator_values_set(v, IND_FP_CURRENT_USERS, users);
	indicator_values_set(v, IND_PEOPLE_60_PLUS, 10);
	indicator_values_set(v, IND_ELDERLY_CHECKED_YTD, screened * 2);
}

/* Rates and "not applicable". */
static void
test_rates(void)
{
	indicator_values v;
	char buf[32];
	double x = -1;

	month(&v, 0, 0, 0, 0, 0, 0);
	ok(!indicator_value(&v, IND_SEX_RATIO_AT_BIRTH, &x), "no girls born: the sex ratio is not applicable");
	ok(!indicator_value(&v, IND_CONTRACEPTIVE_PREVALENCE_PCT, &x), "no married women: prevalence not applicable");
	ok(indicator_value(&v, IND_BIRTHS_TOTAL, &x) && x == 0, "a count of 0 is a value");
	indicator_format_text(&v, IND_NEWBORN_SCREENING_PCT, buf, sizeof buf);
	is_str(buf, "–", "a rate that does not apply shows a dash");
	indicator_format_csv(&v, IND_NEWBORN_SCREENING_PCT, buf, sizeof buf);
	is_str(buf, "", "and is an empty CSV cell, never 0 or NaN");

	month(&v, 3, 0, 0, 0, 4, 3);
	ok(!indicator_value(&v, IND_SEX_RATIO_AT_BIRTH, &x), "boys but no girls: the sex ratio is not applicable");
	month(&v, 0, 2, 0, 0, 4, 3);
	ok(indicator_value(&v, IND_SEX_RATIO_AT_BIRTH, &x) && x == 0, "girls but no boys: the ratio is 0");

	month(&v, 2, 1, 1, 2, 3, 2);
	indicator_format_text(&v, IND_THIRD_PLUS_BIRTH_SHARE_PCT, buf, sizeof buf);
	is_str(buf, "33,3", "1 of 3 births: 33,3 with a Vietnamese decimal comma");
	indicator_format_csv(&v, IND_THIRD_PLUS_BIRTH_SHARE_PCT, buf, sizeof buf);
	is_str(buf, "33.33", "CSV: two decimals and a dot");
	indicator_format_text(&v, IND_SEX_RATIO_AT_BIRTH, buf, sizeof buf);
	is_str(buf, "200,0", "2 boys per 1 girl: 200,0 boys per 100 girls");
	i18n_set(LANG_EN);
	indicator_format_text(&v, IND_CONTRACEPTIVE_PREVALENCE_PCT, buf, sizeof buf);
	is_str(buf, "66.7", "English: a decimal point");
	indicator_format_number(-0.04, 1, buf, sizeof buf);
	is_str(buf, "0.0", "a tiny negative number does not print as -0.0");
	i18n_set(LANG_VI);
	indicator_format_text(&v, IND_BIRTHS_TOTAL, buf, sizeof buf);
	is_str(buf, "3", "a count prints as a whole number");

	indicator_values_clear(&v);
	indicator_values_set(&v, IND_BIRTHS_TOTAL, 4);
	ok(!indicator_value(&v, IND_NEWBORN_SCREENING_PCT, &x), "an unknown numerator: not applicable");
	ok(!indicator_value(&v, IND_POPULATION_TOTAL, &x), "an unknown count has no value");
}

/* Months into a quarter: flows add up, stocks and YTD take the last month,
 * rates come from the summed components. */
static void
test_combine(void)
{
	indicator_values m[3], q;
	double x;

	/* Jan: 1 boy, screened 1 (100 %); Feb: nothing (not applicable);
	 * Mar: 3 girls, 1 of them 3rd+, screened 0 (0 %). The quarter:
	 * 4 births, 1 screened = 25 %, not the average of 100 % and 0 %. */
	month(&m[0], 1, 0, 0, 1, 10, 5);
	month(&m[1], 0, 0, 0, 0, 11, 6);
	month(&m[2], 0, 3, 1, 0, 12, 9);
	indicators_combine_periods(m, 3, &q);
	is_int(q.count[IND_BIRTHS_TOTAL], 4, "quarter births: 1 + 0 + 3");
	is_int(q.count[IND_NEWBORN_SCREENED], 1, "quarter newborns screened: 1");
	ok(indicator_value(&q, IND_NEWBORN_SCREENING_PCT, &x) && x == 25.0, "quarter screening rate 1/4 = 25 %%");
	ok(indicator_value(&q, IND_SEX_RATIO_AT_BIRTH, &x) && x > 33.33 && x < 33.34, "quarter sex ratio 1/3 boys/girls");
	is_int(q.count[IND_MARRIED_WOMEN_15_49], 12, "a stock takes the last month's value");
	is_int(q.count[IND_FP_CURRENT_USERS], 9, "current users: the last month's");
	ok(indicator_value(&q, IND_CONTRACEPTIVE_PREVALENCE_PCT, &x) && x == 75.0, "prevalence at the quarter's end 9/12");
	is_int(q.count[IND_ELDERLY_CHECKED_YTD], 0, "year to date: the last month's value, not a sum");
	ok(!q.known[IND_DEATHS_TOTAL], "a flow no month knows stays unknown");

	m[1].known[IND_BIRTHS_MALE] = 0;
	indicators_combine_periods(m, 3, &q);
	ok(!q.known[IND_BIRTHS_MALE], "a flow missing in one month is unknown for the quarter");
	ok(!indicator_value(&q, IND_SEX_RATIO_AT_BIRTH, &x), "and so is its rate");
	indicators_combine_periods(m, 0, &q);
	ok(!q.known[IND_BIRTHS_TOTAL], "no months: nothing known");
}

/* Communes into a total. */
static void
test_sum(void)
{
	indicator_values c[3], t;
	double x;

	/* Commune A: 1 of 1 newborn screened (100 %); B: 0 of 9 (0 %); C: no
	 * births. The total is 1 / 10 = 10 %, not the average of rates. */
	month(&c[0], 1, 0, 0, 1, 100, 80);
	month(&c[1], 4, 5, 2, 0, 300, 150);
	month(&c[2], 0, 0, 0, 0, 50, 20);
	indicators_sum(c, 3, &t);
	is_int(t.count[IND_BIRTHS_TOTAL], 10, "total births 1 + 9 + 0");
	ok(indicator_value(&t, IND_NEWBORN_SCREENING_PCT, &x) && x == 10.0, "total screening rate 1/10 = 10 %%");
	is_int(t.count[IND_MARRIED_WOMEN_15_49], 450, "stocks add up across communes");
	ok(indicator_value(&t, IND_CONTRACEPTIVE_PREVALENCE_PCT, &x) && x == 250.0 / 450.0 * 100.0,
	   "total prevalence from summed users and women");
	indicator_values_set(&c[1], IND_ELDERLY_CHECKED_YTD, 7);
	indicators_sum(c, 3, &t);
	is_int(t.count[IND_ELDERLY_CHECKED_YTD], 9, "year-to-date counts add up across communes (2 + 7 + 0)");

	indicators_sum(&c[2], 1, &t);
	ok(!indicator_value(&t, IND_THIRD_PLUS_BIRTH_SHARE_PCT, &x), "a total with no births: share not applicable");
	c[1].known[IND_BIRTHS_ORDER3PLUS] = 0;
	indicators_sum(c, 3, &t);
	ok(!t.known[IND_BIRTHS_ORDER3PLUS], "a count one commune lacks is unknown in the total");
	ok(t.known[IND_BIRTHS_TOTAL], "the others stay known");
}

/* One commune's 12 months: women and births by the mother's age group. */
static void
fertility(indicator_values *v, const long long women[IND_AGE_GROUPS], const long long births[IND_AGE_GROUPS],
          long long population)
{
	long long total = 0;

	indicator_values_clear(v);
	for (int g = 0; g < IND_AGE_GROUPS; g++) {
		indicator_values_set(v, (indicator_id)(IND_WOMEN_15_19 + g), women[g]);
		indicator_values_set(v, (indicator_id)(IND_BIRTHS_MOTHER_15_19 + g), births[g]);
		total += births[g];
	}
	indicator_values_set(v, IND_BIRTHS_12M, total + 1); /* one mother under 15 */
	indicator_values_set(v, IND_POPULATION_MID_12M, population);
}

/* TFR and crude birth rate, by hand; rounding half up; totals from parts. */
static void
test_fertility(void)
{
	static const long long wa[IND_AGE_GROUPS] = {200, 180, 160, 150, 140, 130, 120};
	static const long long ba[IND_AGE_GROUPS] = {4, 18, 24, 15, 7, 2, 0};
	static const long long wb[IND_AGE_GROUPS] = {100, 100, 100, 100, 100, 100, 100};
	static const long long bb[IND_AGE_GROUPS] = {2, 10, 10, 8, 4, 1, 1};
	indicator_values a, b, parts[2], t, r;
	char buf[32];
	double x;
	long long n;

	/* A: 5 x (4/200 + 18/180 + 24/160 + 15/150 + 7/140 + 2/130 + 0)
	 *  = 5 x (0.02 + 0.1 + 0.15 + 0.1 + 0.05 + 0.0153846...) = 2.1769... */
	fertility(&a, wa, ba, 3000);
	indicator_format_csv(&a, IND_TFR, buf, sizeof buf);
	is_str(buf, "2.18", "TFR = 5 x the sum of the age-specific rates (2.1769 -> 2.18)");
	indicator_format_text(&a, IND_TFR, buf, sizeof buf);
	is_str(buf, "2,18", "on screen with two decimals and a comma");
	ok(indicator_births_behind(&a, IND_TFR, &n) && n == 70, "the TFR rests on the 70 births to women 15-49");
	/* 71 births (one mother under 15) per 3000 people: 23.666... per 1000 */
	indicator_format_csv(&a, IND_CBR, buf, sizeof buf);
	is_str(buf, "23.67", "crude birth rate = births / population x 1000");
	/* B: 5 x 36/100 = 1.8 */
	fertility(&b, wb, bb, 2000);
	indicator_format_csv(&b, IND_TFR, buf, sizeof buf);
	is_str(buf, "1.80", "commune B: 5 x 36/100");
	/* the total from summed parts: 5 x (6/300 + 28/280 + 34/260 + 23/250
	 * + 11/240 + 3/230 + 1/220) = 5 x 0.40615... = 2.0308; the mean of
	 * the two communes' TFRs would be 1.99 */
	parts[0] = a;
	parts[1] = b;
	indicators_sum(parts, 2, &t);
	indicator_format_csv(&t, IND_TFR, buf, sizeof buf);
	is_str(buf, "2.03", "a total's TFR is recomputed from the summed groups, never averaged");
	indicator_format_csv(&t, IND_CBR, buf, sizeof buf);
	is_str(buf, "21.60", "and its birth rate: 108 / 5000 x 1000");
	/* a window count is the last month's when months are combined */
	parts[0] = b;
	parts[1] = a;
	indicators_combine_periods(parts, 2, &r);
	is_int(r.count[IND_WOMEN_15_19], 200, "months combined: a 12-month count is the last month's");
	/* a group with births and no women: not applicable */
	b.count[IND_WOMEN_45_49] = 0;
	ok(!indicator_value(&b, IND_TFR, &x), "births at 45-49 but no woman of 45-49: TFR not applicable");
	b.count[IND_BIRTHS_MOTHER_45_49] = 0;
	ok(indicator_value(&b, IND_TFR, &x), "neither births nor women in a group: the group adds nothing");
	b.known[IND_WOMEN_20_24] = 0;
	ok(!indicator_value(&b, IND_TFR, &x), "an unknown group: not applicable");

	/* rounding half up: 145/160 = 90.625 % */
	indicator_values_clear(&r);
	indicator_values_set(&r, IND_BIRTHS_TOTAL, 160);
	indicator_values_set(&r, IND_NEWBORN_SCREENED_5, 145);
	indicator_format_csv(&r, IND_NEWBORN_SCREENING_5_RATE, buf, sizeof buf);
	is_str(buf, "90.63", "90.625 rounds half up to 90.63");
	/* 1/16 = 6.25 %: one decimal on screen, half up */
	indicator_values_set(&r, IND_NEWBORN_SCREENED_5, 10);
	indicator_format_text(&r, IND_NEWBORN_SCREENING_5_RATE, buf, sizeof buf);
	is_str(buf, "6,3", "6.25 rounds half up to 6,3 on screen");
	is_int(indicator_round_half_up(2.675, 2), 268, "2.675 (binary 2.67499...) rounds to 2.68");
	is_int(indicator_round_half_up(-0.125, 2), -13, "a negative tie rounds away from zero");
	indicator_format_number(-0.004, 2, buf, sizeof buf);
	is_str(buf, "0,00", "a tiny negative gap prints 0,00");
}

/* The min-max rule: outside the lowest-highest range of the history. */
static void
test_minmax(void)
{
	static const long long hist[12] = {3, 5, 4, 2, 6, 4, 3, 5, 4, 4, 3, 5};
	long long lo = -1, hi = -1;

	ok(!indicator_minmax_outside(hist, 12, 6, &lo, &hi) && lo == 2 && hi == 6, "6 lies in the range 2-6");
	ok(indicator_minmax_outside(hist, 12, 7, &lo, &hi), "7 is above it");
	ok(indicator_minmax_outside(hist, 12, 1, &lo, &hi) && lo == 2 && hi == 6, "1 is below it, range 2-6");
	ok(indicator_minmax_outside(hist, 12, 0, &lo, &hi), "a month of 0 after months of 2-6 is a warning");
	ok(!indicator_minmax_outside(hist, MINMAX_MIN_HISTORY - 1, 99, &lo, &hi),
	   "fewer than %d months of history: no range, no warning", MINMAX_MIN_HISTORY);
	ok(indicator_minmax_outside(hist, MINMAX_MIN_HISTORY, 99, &lo, &hi), "from %d months on, a range", MINMAX_MIN_HISTORY);
}

int
main(void)
{
	i18n_set(LANG_VI);
	test_table();
	test_target_ids();
	test_rates();
	test_combine();
	test_sum();
	test_fertility();
	test_minmax();
	return tap_done();
}
