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
	is_int(IND_COUNT, 50, "indicators v1 has 50 indicators");
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

int
main(void)
{
	i18n_set(LANG_VI);
	test_table();
	test_target_ids();
	test_rates();
	test_combine();
	test_sum();
	return tap_done();
}
