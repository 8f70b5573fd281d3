/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* indicators.c: the indicator table (indicators v2) and how values combine. */
#include "config.h"

#include "domain/indicators.h"
#include "domain/i18n.h"
#include "domain/util.h"

#include <stdio.h>
#include <string.h>

#define STOCK(idx, id, vi, en, sec) \
	[idx] = {id, vi, en, NULL, NULL, IND_KIND_STOCK, IND_UNIT_COUNT, sec, 0, 0, TARGET_AT_LEAST, 0, 1}
#define FLOW(idx, id, vi, en, sec) \
	[idx] = {id, vi, en, NULL, NULL, IND_KIND_FLOW, IND_UNIT_COUNT, sec, 0, 0, TARGET_AT_LEAST, 0, 1}
/* A breakdown of the row above: a short label, indented, in the report. */
#define STOCK_SUB(idx, id, vi, en, short_vi, short_en, sec) \
	[idx] = {id, vi, en, short_vi, short_en, IND_KIND_STOCK, IND_UNIT_COUNT, sec, 0, 0, TARGET_AT_LEAST, 1, 1}
#define FLOW_SUB(idx, id, vi, en, short_vi, short_en, sec) \
	[idx] = {id, vi, en, short_vi, short_en, IND_KIND_FLOW, IND_UNIT_COUNT, sec, 0, 0, TARGET_AT_LEAST, 1, 1}
#define RATE(idx, id, vi, en, sec, unit, num, den, dir) \
	[idx] = {id, vi, en, NULL, NULL, IND_KIND_RATE, unit, sec, num, den, dir, 0, 1}

/* Added by indicators v2: a rate, and a count over the 12 months ending
 * with the period (shown as a breakdown when `sub`). */
#define RATE2(idx, id, vi, en, sec, unit, num, den, dir) \
	[idx] = {id, vi, en, NULL, NULL, IND_KIND_RATE, unit, sec, num, den, dir, 0, 2}
#define FLOW2(idx, id, vi, en, sec) \
	[idx] = {id, vi, en, NULL, NULL, IND_KIND_FLOW, IND_UNIT_COUNT, sec, 0, 0, TARGET_AT_LEAST, 0, 2}
#define WINDOW2(idx, id, vi, en, short_vi, short_en, sub) \
	[idx] = {id, vi, en, short_vi, short_en, IND_KIND_WINDOW, IND_UNIT_COUNT, IND_SEC_FERTILITY, 0, 0, \
	         TARGET_AT_LEAST, sub, 2}

/* The published table. Never change an id; append new indicators in a new
 * version of docs/indicators.md. */
static const indicator_def table[IND_COUNT] = {
	STOCK(IND_HOUSEHOLDS_TOTAL, "households_total", "Tổng số hộ", "Households", IND_SEC_STOCKS),
	STOCK_SUB(IND_HOUSEHOLDS_FAMILY, "households_family", "Số hộ gia đình", "Family households",
	          "trong đó: hộ gia đình", "of which family households", IND_SEC_STOCKS),
	STOCK(IND_POPULATION_TOTAL, "population_total", "Tổng số dân", "Population", IND_SEC_STOCKS),
	STOCK_SUB(IND_POPULATION_MALE, "population_male", "Dân số nam", "Male population", "Nam", "Male",
	          IND_SEC_STOCKS),
	STOCK_SUB(IND_POPULATION_FEMALE, "population_female", "Dân số nữ", "Female population", "Nữ", "Female",
	          IND_SEC_STOCKS),
	STOCK(IND_MARRIED_WOMEN_15_49, "married_women_15_49", "Phụ nữ 15–49 tuổi có chồng",
	      "Married women aged 15–49", IND_SEC_STOCKS),
	STOCK(IND_PEOPLE_60_PLUS, "people_60_plus", "Người từ 60 tuổi trở lên", "People aged 60 and over",
	      IND_SEC_STOCKS),

	FLOW(IND_BIRTHS_TOTAL, "births_total", "Tổng số trẻ sinh ra", "Births", IND_SEC_BIRTHS),
	FLOW_SUB(IND_BIRTHS_MALE, "births_male", "Số trẻ sinh ra là trai", "Boys born", "Trẻ trai", "Boys",
	         IND_SEC_BIRTHS),
	FLOW_SUB(IND_BIRTHS_FEMALE, "births_female", "Số trẻ sinh ra là gái", "Girls born", "Trẻ gái", "Girls",
	         IND_SEC_BIRTHS),
	FLOW_SUB(IND_BIRTHS_ORDER1, "births_order1", "Số trẻ sinh là con thứ nhất", "First births",
	         "Con thứ nhất", "First child", IND_SEC_BIRTHS),
	FLOW_SUB(IND_BIRTHS_ORDER2, "births_order2", "Số trẻ sinh là con thứ hai", "Second births",
	         "Con thứ hai", "Second child", IND_SEC_BIRTHS),
	FLOW_SUB(IND_BIRTHS_ORDER3PLUS, "births_order3plus", "Số trẻ sinh là con thứ ba trở lên",
	         "Third or higher births", "Con thứ ba trở lên", "Third child or higher", IND_SEC_BIRTHS),
	FLOW(IND_BIRTHS_AT_FACILITY, "births_at_facility", "Sinh tại cơ sở y tế", "Births at a health facility",
	     IND_SEC_BIRTHS),
	FLOW(IND_BIRTHS_MOTHER_UNDER20, "births_mother_under20", "Sinh ở bà mẹ dưới 20 tuổi",
	     "Births to mothers under 20", IND_SEC_BIRTHS),
	FLOW(IND_BIRTHS_SECOND_MOTHER_UNDER35, "births_second_mother_under35", "Sinh con thứ hai, mẹ dưới 35 tuổi",
	     "Second births, mother under 35", IND_SEC_BIRTHS),
	RATE(IND_THIRD_PLUS_BIRTH_SHARE_PCT, "third_plus_birth_share_pct", "Tỷ lệ sinh con thứ ba trở lên (%)",
	     "Share of third or higher births (%)", IND_SEC_BIRTHS, IND_UNIT_PERCENT,
	     IND_BIRTHS_ORDER3PLUS, IND_BIRTHS_TOTAL, TARGET_AT_MOST),
	RATE(IND_SEX_RATIO_AT_BIRTH, "sex_ratio_at_birth", "Tỷ số giới tính khi sinh (trai/100 gái)",
	     "Sex ratio at birth (boys per 100 girls)", IND_SEC_BIRTHS, IND_UNIT_RATIO,
	     IND_BIRTHS_MALE, IND_BIRTHS_FEMALE, TARGET_AT_MOST),

	FLOW(IND_FP_NEW_TOTAL, "fp_new_total", "Người mới sử dụng BPTT", "New contraceptive users",
	     IND_SEC_CONTRACEPTION),
	FLOW_SUB(IND_FP_NEW_IUD, "fp_new_iud", "Mới sử dụng: vòng tránh thai", "New users: IUD",
	         "Vòng tránh thai", "IUD", IND_SEC_CONTRACEPTION),
	FLOW_SUB(IND_FP_NEW_FEMALE_STERILISATION, "fp_new_female_sterilisation", "Mới sử dụng: triệt sản nữ",
	         "New users: female sterilisation", "Triệt sản nữ", "Female sterilisation", IND_SEC_CONTRACEPTION),
	FLOW_SUB(IND_FP_NEW_MALE_STERILISATION, "fp_new_male_sterilisation", "Mới sử dụng: triệt sản nam",
	         "New users: male sterilisation", "Triệt sản nam", "Male sterilisation", IND_SEC_CONTRACEPTION),
	FLOW_SUB(IND_FP_NEW_IMPLANT, "fp_new_implant", "Mới sử dụng: thuốc cấy", "New users: implant",
	         "Thuốc cấy", "Implant", IND_SEC_CONTRACEPTION),
	FLOW_SUB(IND_FP_NEW_INJECTABLE, "fp_new_injectable", "Mới sử dụng: thuốc tiêm", "New users: injectable",
	         "Thuốc tiêm", "Injectable", IND_SEC_CONTRACEPTION),
	FLOW_SUB(IND_FP_NEW_PILL, "fp_new_pill", "Mới sử dụng: viên uống", "New users: pill",
	         "Viên uống", "Pill", IND_SEC_CONTRACEPTION),
	FLOW_SUB(IND_FP_NEW_CONDOM, "fp_new_condom", "Mới sử dụng: bao cao su", "New users: condom",
	         "Bao cao su", "Condom", IND_SEC_CONTRACEPTION),
	FLOW_SUB(IND_FP_NEW_OTHER_MODERN, "fp_new_other_modern", "Mới sử dụng: BP hiện đại khác",
	         "New users: other modern method", "Biện pháp hiện đại khác", "Other modern method",
	         IND_SEC_CONTRACEPTION),
	FLOW_SUB(IND_FP_NEW_TRADITIONAL, "fp_new_traditional", "Mới sử dụng: BP truyền thống",
	         "New users: traditional method", "Biện pháp truyền thống", "Traditional method",
	         IND_SEC_CONTRACEPTION),
	FLOW(IND_FP_STOPS, "fp_stops", "Người thôi sử dụng BPTT", "Contraception stops", IND_SEC_CONTRACEPTION),
	STOCK(IND_FP_CURRENT_USERS, "fp_current_users", "Người đang sử dụng BPTT (cuối kỳ)",
	      "Contraceptive users at period end", IND_SEC_CONTRACEPTION),
	RATE(IND_CONTRACEPTIVE_PREVALENCE_PCT, "contraceptive_prevalence_pct", "Tỷ lệ sử dụng BPTT (%)",
	     "Contraceptive prevalence (%)", IND_SEC_CONTRACEPTION, IND_UNIT_PERCENT,
	     IND_FP_CURRENT_USERS, IND_MARRIED_WOMEN_15_49, TARGET_AT_LEAST),

	FLOW(IND_PREGNANCIES, "pregnancies", "Số người mang thai", "Pregnancies", IND_SEC_PREGNANCY),
	FLOW(IND_MISCARRIAGES, "miscarriages", "Số ca sẩy thai", "Miscarriages", IND_SEC_PREGNANCY),
	FLOW(IND_ABORTIONS, "abortions", "Số ca phá thai", "Abortions", IND_SEC_PREGNANCY),
	FLOW(IND_PRENATAL_SCREENED, "prenatal_screened", "Bà mẹ được sàng lọc trước sinh", "Prenatal screenings",
	     IND_SEC_PREGNANCY),
	RATE(IND_PRENATAL_SCREENING_PCT, "prenatal_screening_pct", "Tỷ lệ sàng lọc trước sinh (%)",
	     "Prenatal screening rate (%)", IND_SEC_PREGNANCY, IND_UNIT_PERCENT,
	     IND_PRENATAL_SCREENED, IND_BIRTHS_TOTAL, TARGET_AT_LEAST),
	FLOW2(IND_PRENATAL_SCREENED_4, "prenatal_screened_4", "Sinh có mẹ được sàng lọc đủ 4 bệnh",
	      "Births, mother screened for all 4", IND_SEC_PREGNANCY),
	RATE2(IND_PRENATAL_SCREENING_4_RATE, "prenatal_screening_4_rate", "Tỷ lệ sàng lọc trước sinh đủ 4 bệnh (%)",
	      "Prenatal screening, all 4 (%)", IND_SEC_PREGNANCY, IND_UNIT_PERCENT,
	      IND_PRENATAL_SCREENED_4, IND_BIRTHS_TOTAL, TARGET_AT_LEAST),
	FLOW(IND_NEWBORN_SCREENED, "newborn_screened", "Trẻ sơ sinh được sàng lọc", "Newborns screened",
	     IND_SEC_PREGNANCY),
	RATE(IND_NEWBORN_SCREENING_PCT, "newborn_screening_pct", "Tỷ lệ sàng lọc sơ sinh (%)",
	     "Newborn screening rate (%)", IND_SEC_PREGNANCY, IND_UNIT_PERCENT,
	     IND_NEWBORN_SCREENED, IND_BIRTHS_TOTAL, TARGET_AT_LEAST),
	FLOW2(IND_NEWBORN_SCREENED_5, "newborn_screened_5", "Trẻ sinh được sàng lọc đủ 5 bệnh",
	      "Newborns screened for all 5", IND_SEC_PREGNANCY),
	RATE2(IND_NEWBORN_SCREENING_5_RATE, "newborn_screening_5_rate", "Tỷ lệ sàng lọc sơ sinh đủ 5 bệnh (%)",
	      "Newborn screening, all 5 (%)", IND_SEC_PREGNANCY, IND_UNIT_PERCENT,
	      IND_NEWBORN_SCREENED_5, IND_BIRTHS_TOTAL, TARGET_AT_LEAST),

	FLOW(IND_MARRIAGES, "marriages", "Số cặp kết hôn", "Marriages", IND_SEC_MARRIAGE),
	FLOW_SUB(IND_MARRIAGES_WITH_PREMARITAL_CHECK, "marriages_with_premarital_check",
	         "Kết hôn có tư vấn, khám SK trước", "Marriages with a premarital check",
	         "trong đó: có tư vấn, khám SK trước", "with a premarital check", IND_SEC_MARRIAGE),
	RATE(IND_PREMARITAL_CHECK_PCT, "premarital_check_pct", "Tỷ lệ tư vấn, khám SK trước kết hôn (%)",
	     "Premarital check rate (%)", IND_SEC_MARRIAGE, IND_UNIT_PERCENT,
	     IND_MARRIAGES_WITH_PREMARITAL_CHECK, IND_MARRIAGES, TARGET_AT_LEAST),
	FLOW(IND_DIVORCES, "divorces", "Số vụ ly hôn", "Divorces", IND_SEC_MARRIAGE),

	[IND_ELDERLY_CHECKED_YTD] = {"elderly_checked_ytd", "Người cao tuổi đã khám SK (từ 1/1)",
	                             "Elderly checked since 1 January", NULL, NULL, IND_KIND_YTD, IND_UNIT_COUNT,
	                             IND_SEC_ELDERLY, 0, 0, TARGET_AT_LEAST, 0, 1},
	RATE(IND_ELDERLY_CHECKUP_PCT, "elderly_checkup_pct", "Tỷ lệ người cao tuổi được khám SK (%)",
	     "Elderly check-up rate (%)", IND_SEC_ELDERLY, IND_UNIT_PERCENT,
	     IND_ELDERLY_CHECKED_YTD, IND_PEOPLE_60_PLUS, TARGET_AT_LEAST),

	FLOW(IND_DEATHS_TOTAL, "deaths_total", "Số người chết", "Deaths", IND_SEC_DEATHS_MOVES),
	FLOW_SUB(IND_DEATHS_MALE, "deaths_male", "Số người chết là nam", "Male deaths", "Nam", "Male",
	         IND_SEC_DEATHS_MOVES),
	FLOW_SUB(IND_DEATHS_FEMALE, "deaths_female", "Số người chết là nữ", "Female deaths", "Nữ", "Female",
	         IND_SEC_DEATHS_MOVES),
	FLOW_SUB(IND_DEATHS_UNDER1, "deaths_under1", "Trẻ dưới 1 tuổi chết", "Deaths under 1 year",
	         "Trẻ dưới 1 tuổi", "Under 1 year", IND_SEC_DEATHS_MOVES),
	FLOW(IND_MOVES_IN, "moves_in", "Số người chuyển đến", "People moving in", IND_SEC_DEATHS_MOVES),
	FLOW(IND_MOVES_OUT, "moves_out", "Số người chuyển đi", "People moving out", IND_SEC_DEATHS_MOVES),

	WINDOW2(IND_POPULATION_MID_12M, "population_mid_12m", "Dân số giữa kỳ 12 tháng", "Population at mid-window",
	        NULL, NULL, 0),
	WINDOW2(IND_WOMEN_15_19, "women_15_19", "Phụ nữ 15–19 tuổi giữa kỳ", "Women aged 15–19 at mid-window",
	        "Phụ nữ 15–19 tuổi", "Women 15–19", 1),
	WINDOW2(IND_WOMEN_20_24, "women_20_24", "Phụ nữ 20–24 tuổi giữa kỳ", "Women aged 20–24 at mid-window",
	        "Phụ nữ 20–24 tuổi", "Women 20–24", 1),
	WINDOW2(IND_WOMEN_25_29, "women_25_29", "Phụ nữ 25–29 tuổi giữa kỳ", "Women aged 25–29 at mid-window",
	        "Phụ nữ 25–29 tuổi", "Women 25–29", 1),
	WINDOW2(IND_WOMEN_30_34, "women_30_34", "Phụ nữ 30–34 tuổi giữa kỳ", "Women aged 30–34 at mid-window",
	        "Phụ nữ 30–34 tuổi", "Women 30–34", 1),
	WINDOW2(IND_WOMEN_35_39, "women_35_39", "Phụ nữ 35–39 tuổi giữa kỳ", "Women aged 35–39 at mid-window",
	        "Phụ nữ 35–39 tuổi", "Women 35–39", 1),
	WINDOW2(IND_WOMEN_40_44, "women_40_44", "Phụ nữ 40–44 tuổi giữa kỳ", "Women aged 40–44 at mid-window",
	        "Phụ nữ 40–44 tuổi", "Women 40–44", 1),
	WINDOW2(IND_WOMEN_45_49, "women_45_49", "Phụ nữ 45–49 tuổi giữa kỳ", "Women aged 45–49 at mid-window",
	        "Phụ nữ 45–49 tuổi", "Women 45–49", 1),
	WINDOW2(IND_BIRTHS_12M, "births_12m", "Trẻ sinh ra trong 12 tháng", "Births in the 12 months", NULL, NULL, 0),
	WINDOW2(IND_BIRTHS_MOTHER_15_19, "births_mother_15_19", "Sinh trong 12 tháng, mẹ 15–19 tuổi",
	        "Births in 12 months, mother 15–19", "Mẹ 15–19 tuổi", "Mother 15–19", 1),
	WINDOW2(IND_BIRTHS_MOTHER_20_24, "births_mother_20_24", "Sinh trong 12 tháng, mẹ 20–24 tuổi",
	        "Births in 12 months, mother 20–24", "Mẹ 20–24 tuổi", "Mother 20–24", 1),
	WINDOW2(IND_BIRTHS_MOTHER_25_29, "births_mother_25_29", "Sinh trong 12 tháng, mẹ 25–29 tuổi",
	        "Births in 12 months, mother 25–29", "Mẹ 25–29 tuổi", "Mother 25–29", 1),
	WINDOW2(IND_BIRTHS_MOTHER_30_34, "births_mother_30_34", "Sinh trong 12 tháng, mẹ 30–34 tuổi",
	        "Births in 12 months, mother 30–34", "Mẹ 30–34 tuổi", "Mother 30–34", 1),
	WINDOW2(IND_BIRTHS_MOTHER_35_39, "births_mother_35_39", "Sinh trong 12 tháng, mẹ 35–39 tuổi",
	        "Births in 12 months, mother 35–39", "Mẹ 35–39 tuổi", "Mother 35–39", 1),
	WINDOW2(IND_BIRTHS_MOTHER_40_44, "births_mother_40_44", "Sinh trong 12 tháng, mẹ 40–44 tuổi",
	        "Births in 12 months, mother 40–44", "Mẹ 40–44 tuổi", "Mother 40–44", 1),
	WINDOW2(IND_BIRTHS_MOTHER_45_49, "births_mother_45_49", "Sinh trong 12 tháng, mẹ 45–49 tuổi",
	        "Births in 12 months, mother 45–49", "Mẹ 45–49 tuổi", "Mother 45–49", 1),
	RATE2(IND_TFR, "tfr", "Tổng tỷ suất sinh (con/phụ nữ)", "Total fertility rate (children/woman)",
	      IND_SEC_FERTILITY, IND_UNIT_PER_WOMAN, IND_BIRTHS_MOTHER_15_19, IND_WOMEN_15_19, TARGET_AT_MOST),
	RATE2(IND_CBR, "cbr", "Tỷ suất sinh thô (‰)", "Crude birth rate (per 1,000)", IND_SEC_FERTILITY,
	      IND_UNIT_PER_MILLE, IND_BIRTHS_12M, IND_POPULATION_MID_12M, TARGET_AT_MOST),
};

static const struct {
	const char *vi;
	const char *en;
} sections[IND_SEC_COUNT] = {
	[IND_SEC_STOCKS] = {"Dân số cuối kỳ", "Population at the period's end"},
	[IND_SEC_BIRTHS] = {"Sinh", "Births"},
	[IND_SEC_CONTRACEPTION] = {"Biện pháp tránh thai", "Contraception"},
	[IND_SEC_PREGNANCY] = {"Mang thai và sàng lọc", "Pregnancy and screening"},
	[IND_SEC_MARRIAGE] = {"Hôn nhân", "Marriage"},
	[IND_SEC_ELDERLY] = {"Người cao tuổi", "Elderly"},
	[IND_SEC_DEATHS_MOVES] = {"Chết và di chuyển", "Deaths and moves"},
	[IND_SEC_FERTILITY] = {"Mức sinh (12 tháng đến hết kỳ)", "Fertility (12 months to the period's end)"},
};

/* An indicator's definition by number. */
const indicator_def *
indicator_get(indicator_id idx)
{
	if ((unsigned)idx >= IND_COUNT)
		fatal("indicator index %d out of range", (int)idx);
	return &table[idx];
}

/* An indicator's definition by id. */
int
indicator_find(const char *id)
{
	for (int i = 0; i < IND_COUNT; i++)
		if (strcmp(table[i].id, id) == 0)
			return i;
	return -1;
}

/* An indicator's full label in the interface language. */
const char *
indicator_label(indicator_id idx)
{
	const indicator_def *def = indicator_get(idx);

	return L(def->label_vi, def->label_en);
}

/* An indicator's row label in the report. */
const char *
indicator_row_label(indicator_id idx)
{
	const indicator_def *def = indicator_get(idx);

	if (def->short_vi == NULL)
		return L(def->label_vi, def->label_en);
	return L(def->short_vi, def->short_en);
}

/* A report section's title in the interface language. */
const char *
indicator_section_title(indicator_section sec)
{
	if ((unsigned)sec >= IND_SEC_COUNT)
		return "?";
	return L(sections[sec].vi, sections[sec].en);
}

/* The indicator a target id measures, and whether it is a "_max" id. */
static int
target_base(const char *id, int *is_max)
{
	size_t n = strlen(id), sn = strlen(TARGET_MAX_SUFFIX);
	char base[64];
	int idx;

	*is_max = 0;
	if ((idx = indicator_find(id)) >= 0)
		return idx;
	if (n <= sn || n - sn >= sizeof base || strcmp(id + n - sn, TARGET_MAX_SUFFIX) != 0)
		return -1;
	memcpy(base, id, n - sn);
	base[n - sn] = '\0';
	if ((idx = indicator_find(base)) < 0 || table[idx].kind != IND_KIND_RATE)
		return -1;
	*is_max = 1;
	return idx;
}

/* Whether this id was an upper bound before "_max". */
int
indicator_target_legacy_max(const char *id)
{
	int idx = indicator_find(id);

	return idx >= 0 && table[idx].direction == TARGET_AT_MOST && table[idx].since == 1;
}

/* Whether a targets file may name this id. */
int
indicator_target_known(const char *id)
{
	int is_max;

	if (strcmp(id, TARGET_THIRD_PLUS_REDUCTION) == 0 || strcmp(id, TARGET_SHARE) == 0)
		return 1;
	return target_base(id, &is_max) >= 0 && !indicator_target_legacy_max(id);
}

/* The indicator a target id measures. */
int
indicator_target_measure(const char *id)
{
	int is_max;

	return target_base(id, &is_max);
}

/* Whether the target of this id is a count. */
int
indicator_target_is_count(const char *id)
{
	int idx = indicator_find(id);

	return idx >= 0 && table[idx].unit == IND_UNIT_COUNT;
}

/* Which side of a target is the good one. */
target_direction
indicator_target_direction(const char *id)
{
	int is_max;

	if (target_base(id, &is_max) >= 0 && (is_max || indicator_target_legacy_max(id)))
		return TARGET_AT_MOST;
	return TARGET_AT_LEAST;
}

/* Mark every value unknown. */
void
indicator_values_clear(indicator_values *v)
{
	memset(v, 0, sizeof *v);
}

/* Set a non-rate value and mark it known. */
void
indicator_values_set(indicator_values *v, indicator_id idx, long long count)
{
	if (indicator_get(idx)->kind == IND_KIND_RATE)
		fatal("indicator %s is a rate: it is computed, not set", table[idx].id);
	v->count[idx] = count;
	v->known[idx] = 1;
}

/* The total fertility rate: 5 x the sum over the age groups of births /
 * women. A group with neither births nor women adds nothing; a group with
 * births but no women (mothers who arrived after the window's middle)
 * makes the rate not applicable, as do no women at all. */
static int
tfr_value(const indicator_values *v, double *out)
{
	long long women = 0;
	double sum = 0.0;

	for (int g = 0; g < IND_AGE_GROUPS; g++) {
		int w = IND_WOMEN_15_19 + g, b = IND_BIRTHS_MOTHER_15_19 + g;
		if (!v->known[w] || !v->known[b])
			return 0;
		if (v->count[w] == 0) {
			if (v->count[b] != 0)
				return 0;
			continue;
		}
		women += v->count[w];
		sum += (double)v->count[b] / (double)v->count[w];
	}
	if (women == 0)
		return 0;
	*out = 5.0 * sum;
	return 1;
}

/* What a rate's quotient is multiplied by. */
static double
rate_scale(const indicator_def *def)
{
	return def->unit == IND_UNIT_PER_MILLE ? 1000.0 : 100.0;
}

/* The value of any indicator, rates recomputed. */
int
indicator_value(const indicator_values *v, indicator_id idx, double *out)
{
	const indicator_def *def = indicator_get(idx);

	if (def->kind != IND_KIND_RATE) {
		if (!v->known[idx])
			return 0;
		*out = (double)v->count[idx];
		return 1;
	}
	if (def->unit == IND_UNIT_PER_WOMAN)
		return tfr_value(v, out);
	if (!v->known[def->numerator] || !v->known[def->denominator] || v->count[def->denominator] == 0)
		return 0;
	*out = (double)v->count[def->numerator] / (double)v->count[def->denominator] * rate_scale(def);
	return 1;
}

/* The births a rate rests on (indicators.h). */
int
indicator_births_behind(const indicator_values *v, indicator_id idx, long long *out)
{
	long long n = 0;

	switch (idx) {
	case IND_SEX_RATIO_AT_BIRTH:
		if (!v->known[IND_BIRTHS_MALE] || !v->known[IND_BIRTHS_FEMALE])
			return 0;
		*out = v->count[IND_BIRTHS_MALE] + v->count[IND_BIRTHS_FEMALE];
		return 1;
	case IND_TFR:
		for (int g = 0; g < IND_AGE_GROUPS; g++) {
			if (!v->known[IND_BIRTHS_MOTHER_15_19 + g])
				return 0;
			n += v->count[IND_BIRTHS_MOTHER_15_19 + g];
		}
		*out = n;
		return 1;
	case IND_CBR:
		if (!v->known[IND_BIRTHS_12M])
			return 0;
		*out = v->count[IND_BIRTHS_12M];
		return 1;
	default:
		return 0;
	}
}

/* Decimals of a value for people (indicators.h). */
int
indicator_text_decimals(indicator_id idx)
{
	const indicator_def *def = indicator_get(idx);

	if (def->kind != IND_KIND_RATE)
		return 0;
	return def->unit == IND_UNIT_PER_WOMAN ? 2 : 1;
}

/* x rounded half up at `decimals` places, scaled (indicators.h). */
long long
indicator_round_half_up(double x, int decimals)
{
	double scaled = x;
	int negative = x < 0;
	long long q;

	for (int d = 0; d < decimals; d++)
		scaled *= 10.0;
	if (negative)
		scaled = -scaled;
	/* 1e-9 relative: far above a double's error on these magnitudes, far
	 * below the next decimal */
	q = (long long)(scaled + 0.5 + 1e-9 * (scaled > 1.0 ? scaled : 1.0)); /* >= 0: truncation is floor */
	return negative ? -q : q;
}

/* An exact rate num / den x scale, rounded half up at `decimals` places
 * (integer arithmetic: a tie in decimal is a tie). */
static long long
rate_fixed(long long num, long long den, long long scale, int decimals)
{
	for (int d = 0; d < decimals; d++)
		scale *= 10;
	return (2 * num * scale + den) / (2 * den);
}

/* A scaled integer as text with `decimals` places and a decimal mark. */
static void
put_fixed(long long q, int decimals, char mark, char *buf, size_t n)
{
	long long unit = 1;
	const char *sign = q < 0 ? "-" : "";

	for (int d = 0; d < decimals; d++)
		unit *= 10;
	if (q < 0)
		q = -q;
	if (decimals == 0)
		snprintf(buf, n, "%s%lld", sign, q);
	else
		snprintf(buf, n, "%s%lld%c%0*lld", sign, q / unit, mark, decimals, q % unit);
}

/* A rate as text, rounded half up: exact for a quotient of two counts. */
static void
format_rate(const indicator_values *v, indicator_id idx, double x, int decimals, char mark, char *buf, size_t n)
{
	const indicator_def *def = indicator_get(idx);
	long long q;

	if (def->unit == IND_UNIT_PER_WOMAN)
		q = indicator_round_half_up(x, decimals);
	else
		q = rate_fixed(v->count[def->numerator], v->count[def->denominator],
		               def->unit == IND_UNIT_PER_MILLE ? 1000 : 100, decimals);
	put_fixed(q, decimals, mark, buf, n);
}

/* Combine months into a quarter or a year. */
void
indicators_combine_periods(const indicator_values *periods, size_t n, indicator_values *out)
{
	indicator_values_clear(out);
	if (n == 0)
		return;
	for (int i = 0; i < IND_COUNT; i++) {
		switch (table[i].kind) {
		case IND_KIND_FLOW:
			out->known[i] = 1;
			for (size_t p = 0; p < n; p++) {
				if (__builtin_add_overflow(out->count[i], periods[p].count[i], &out->count[i]))
					out->known[i] = 0, out->count[i] = 0;
				out->known[i] &= periods[p].known[i];
			}
			break;
		case IND_KIND_STOCK:
		case IND_KIND_YTD:
		case IND_KIND_WINDOW:
			out->count[i] = periods[n - 1].count[i];
			out->known[i] = periods[n - 1].known[i];
			break;
		case IND_KIND_RATE:
			break;
		}
	}
}

/* Add up several units' values for one period. */
void
indicators_sum(const indicator_values *units, size_t n, indicator_values *out)
{
	indicator_values_clear(out);
	if (n == 0)
		return;
	for (int i = 0; i < IND_COUNT; i++) {
		if (table[i].kind == IND_KIND_RATE)
			continue;
		out->known[i] = 1;
		for (size_t u = 0; u < n; u++) {
			if (__builtin_add_overflow(out->count[i], units[u].count[i], &out->count[i]))
				out->known[i] = 0, out->count[i] = 0;
			out->known[i] &= units[u].known[i];
		}
	}
}

/* A number for people, with the language's decimal mark, half up. */
void
indicator_format_number(double x, int decimals, char *buf, size_t n)
{
	/* a tiny negative gap rounds to 0 and prints "0,0", never "-0,0" */
	put_fixed(indicator_round_half_up(x, decimals), decimals, i18n_lang == LANG_VI ? ',' : '.', buf, n);
}

/* A value for people ("–" when not applicable). */
void
indicator_format_text(const indicator_values *v, indicator_id idx, char *buf, size_t n)
{
	double x;

	if (!indicator_value(v, idx, &x))
		str_copy(buf, n, "–");
	else if (table[idx].kind == IND_KIND_RATE)
		format_rate(v, idx, x, indicator_text_decimals(idx), i18n_lang == LANG_VI ? ',' : '.', buf, n);
	else
		snprintf(buf, n, "%lld", v->count[idx]);
}

/* A value for the CSV file ("" when not applicable). */
void
indicator_format_csv(const indicator_values *v, indicator_id idx, char *buf, size_t n)
{
	double x;

	if (!indicator_value(v, idx, &x))
		str_copy(buf, n, "");
	else if (table[idx].kind == IND_KIND_RATE)
		format_rate(v, idx, x, 2, '.', buf, n);
	else
		snprintf(buf, n, "%lld", v->count[idx]);
}

const indicator_id minmax_measures[MINMAX_MEASURES] = {
	IND_BIRTHS_TOTAL, IND_DEATHS_TOTAL, IND_FP_NEW_TOTAL, IND_PRENATAL_SCREENED, IND_NEWBORN_SCREENED,
};

/* Outside the range of its history (indicators.h). */
int
indicator_minmax_outside(const long long *history, size_t n, long long value, long long *lo, long long *hi)
{
	if (n < MINMAX_MIN_HISTORY)
		return 0;
	*lo = *hi = history[0];
	for (size_t i = 1; i < n; i++) {
		if (history[i] < *lo)
			*lo = history[i];
		if (history[i] > *hi)
			*hi = history[i];
	}
	return value < *lo || value > *hi;
}
