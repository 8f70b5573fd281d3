/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* test_report.c: the report computed on the hand-counted register of
 * tests/data/report_fixture.sql, for 03/2025, Q1 2025 and 2025; targets;
 * imported values, totals and the 01-DSH layout. */
#include "config.h"

#include "app/report.h"
#include "db/db.h"
#include "db/report.h"
#include "db/targets.h"
#include "domain/date.h"
#include "domain/i18n.h"
#include "domain/utf8.h"
#include "tests/tap.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Every indicator counted by hand on the fixture, as the CSV writes it.
 * Member numbers (mN), household numbers (hN) and event numbers (eN) are
 * the ids of report_fixture.sql. Stocks are at 31/03/2025 for the month and
 * the quarter, at 31/12/2025 for the year. */
static const struct expected {
	indicator_id ind;
	const char *month, *quarter, *year;
} expected[] = {
	/* h1 h2 h3 h4 at 31/03 (h4 arrived 10/02; h5 left 20/03, h6 ended
	 * 2024, h7 arrives 05/04); + h7 at 31/12. */
	{IND_HOUSEHOLDS_TOTAL, "4", "4", "5"},
	/* h3 is collective: h1 h2 h4 (+ h7). */
	{IND_HOUSEHOLDS_FAMILY, "3", "3", "4"},
	/* 31/03: m1-6, m8-13, m18, m20, m22, m24, m26, m27 = 18 (m7 died
	 * 25/03, m19 died 15/01, m14 m15 m21 left with h5, m28 moved out 09/03,
	 * m16 died 2024, m17 m23 m25 not yet). 31/12: - m20 (died 01/08)
	 * + m17 m23 m25 = 20. */
	{IND_POPULATION_TOTAL, "18", "18", "20"},
	/* m1 m3 m5 m10 m12 m18 m20 m27; year: - m20 + m23. */
	{IND_POPULATION_MALE, "8", "8", "8"},
	/* m2 m4 m6 m8 m9 m11 m13 m22 m24 m26; year: + m17 m25. */
	{IND_POPULATION_FEMALE, "10", "10", "12"},
	/* Married women 15-49 at 31/03: m2 (35) m6 (18) m13 m24 m26; not m9,
	 * who turns 50 on 31/03, nor m8 (59). 31/12: + m17. */
	{IND_MARRIED_WOMEN_15_49, "5", "5", "6"},
	/* 31/03: m5 (born "1950": 74), m10 (65), m11 (turns 60 on 31/03); not
	 * m8 (born "1965" = 01/07/1965: 59). 31/12: + m8. */
	{IND_PEOPLE_60_PLUS, "3", "3", "4"},
	/* March: e5 e6 (e8 cancelled). Q1: + e4. Year: + e7 e9. */
	{IND_BIRTHS_TOTAL, "2", "3", "5"},
	/* e4 e7 are boys. */
	{IND_BIRTHS_MALE, "0", "1", "2"},
	{IND_BIRTHS_FEMALE, "2", "2", "3"},
	/* Orders: e4 1st; e6 e7 e9 2nd; e5 3rd. */
	{IND_BIRTHS_ORDER1, "0", "1", "1"},
	{IND_BIRTHS_ORDER2, "1", "1", "3"},
	{IND_BIRTHS_ORDER3PLUS, "1", "1", "1"},
	/* Places: e4 e7 hospital, e6 station, e5 home, e9 other. */
	{IND_BIRTHS_AT_FACILITY, "1", "2", "3"},
	/* e4: m6 is 18. */
	{IND_BIRTHS_MOTHER_UNDER20, "0", "1", "1"},
	/* e6 (m13, 27), e7 (m17, 25); not e9: m24 turns 35 that day. */
	{IND_BIRTHS_SECOND_MOTHER_UNDER35, "1", "1", "2"},
	{IND_THIRD_PLUS_BIRTH_SHARE_PCT, "50.00", "33.33", "20.00"},
	/* 0 boys / 2 girls is 0, not "not applicable"; 1/2; 2/3. */
	{IND_SEX_RATIO_AT_BIRTH, "0.00", "50.00", "66.67"},
	/* March: e14 (e15 cancelled). Q1: + e16 (Jan) e10 (Feb). Year: + e12 e13. */
	{IND_FP_NEW_TOTAL, "1", "3", "5"},
	{IND_FP_NEW_IUD, "0", "0", "0"},
	{IND_FP_NEW_FEMALE_STERILISATION, "0", "0", "0"},
	{IND_FP_NEW_MALE_STERILISATION, "1", "1", "1"},  /* e14 */
	{IND_FP_NEW_IMPLANT, "0", "0", "1"},              /* e13 */
	{IND_FP_NEW_INJECTABLE, "0", "1", "1"},           /* e16 */
	{IND_FP_NEW_PILL, "0", "0", "1"},                 /* e12 */
	{IND_FP_NEW_CONDOM, "0", "1", "1"},               /* e10 */
	{IND_FP_NEW_OTHER_MODERN, "0", "0", "0"},
	{IND_FP_NEW_TRADITIONAL, "0", "0", "0"},
	/* e11 (March), e17 (May). */
	{IND_FP_STOPS, "1", "1", "2"},
	/* 31/03: m2 (IUD since 2024-06), m24 (injectable 2025-01); m13 stopped
	 * in 2025-03; m15 uses but left; m12 is a man. 31/12: m2, m6 (pill
	 * 2025-04), m17 (implant 2025-06); m24 stopped 2025-05. */
	{IND_FP_CURRENT_USERS, "2", "2", "3"},
	{IND_CONTRACEPTIVE_PREVALENCE_PCT, "40.00", "40.00", "50.00"},
	/* e18 (e22 cancelled); year + e21. */
	{IND_PREGNANCIES, "1", "1", "2"},
	{IND_MISCARRIAGES, "1", "1", "1"},                /* e19 */
	{IND_ABORTIONS, "0", "0", "1"},                   /* e20 */
	/* e24; Q1 + e23; year + e25 e26. Per birth: 1/2, 2/3, 4/5. */
	{IND_PRENATAL_SCREENED, "1", "2", "4"},
	{IND_PRENATAL_SCREENING_PCT, "50.00", "66.67", "80.00"},
	/* e28; Q1 + e27; year + e29 (a March baby screened in April) e30 e31. */
	{IND_NEWBORN_SCREENED, "1", "2", "5"},
	{IND_NEWBORN_SCREENING_PCT, "50.00", "66.67", "100.00"},
	/* All four conditions for the birth's pregnancy (see the fixture's
	 * end): e6 in March; e7 e9 later; not e5 (7: e56 belongs to m2's
	 * previous pregnancy), nor e4 (no screening). 1/2, 1/3, 3/5. */
	{IND_PRENATAL_SCREENED_4, "1", "1", "3"},
	{IND_PRENATAL_SCREENING_4_RATE, "50.00", "33.33", "60.00"},
	/* Counted in the month the fifth condition is screened: e28 (March),
	 * e27 (Feb), e29 (Apr), e31 (Jun); m23 lacks one (e61 is cancelled). */
	{IND_NEWBORN_SCREENED_5, "1", "2", "4"},
	{IND_NEWBORN_SCREENING_5_RATE, "50.00", "66.67", "80.00"},
	/* e32 (checked) e33; Q1 + e34 (checked); year + e35 (checked). */
	{IND_MARRIAGES, "2", "3", "4"},
	{IND_MARRIAGES_WITH_PREMARITAL_CHECK, "1", "2", "3"},
	{IND_PREMARITAL_CHECK_PCT, "50.00", "66.67", "75.00"},
	{IND_DIVORCES, "1", "1", "2"},                    /* e36; year + e37 */
	/* 31/03: m5 (two checks, counted once), m11 (checked on 31/03, 60 on
	 * 31/03); not m8 (59 on 31/03), m19 (died), m10 (2024 check, 2025 one
	 * cancelled). 31/12: + m8 (60 now), m10 (e54). */
	{IND_ELDERLY_CHECKED_YTD, "2", "2", "4"},
	{IND_ELDERLY_CHECKUP_PCT, "66.67", "66.67", "100.00"},
	/* e39 (m7, infant boy; e41 cancelled); Q1 + e38 (m19, woman); year +
	 * e40 (m20 dies on his first birthday: not under 1). */
	{IND_DEATHS_TOTAL, "1", "2", "3"},
	{IND_DEATHS_MALE, "1", "1", "2"},
	{IND_DEATHS_FEMALE, "0", "1", "1"},
	{IND_DEATHS_UNDER1, "1", "1", "1"},
	/* e42 e43 (Feb); year + e44. */
	{IND_MOVES_IN, "0", "2", "3"},
	/* e47 (m28) + e45 (h5 whole: m14 m15 m21); e46 is inside the commune. */
	{IND_MOVES_OUT, "4", "4", "4"},
	/* The 12 months ending with the period: 04/2024-03/2025 for March and
	 * Q1 (middle 01/10/2024), 2025 for the year (middle 01/07/2025).
	 * 01/10/2024: m1 m2 m3 m5 m6 m8 m9 m10 m11 m14 m15 m16 m18 m19 m20 m21
	 * m24 m26 m27 m28 = 20. 01/07/2025: m1-6 m8-13 m17 m18 m20 m22-27 = 21
	 * (m7 m14 m15 m19 m21 m28 gone, m16 died 2024). */
	{IND_POPULATION_MID_12M, "20", "20", "21"},
	/* 01/10/2024: m6 18; m28 21; m26 28; m2 34, m24 34; m15 42; m9 49.
	 * 01/07/2025: m6 19; m13 28 (30/06 birthday), m17 25, m26 29; m2 35,
	 * m24 35; m9 is 50, m15 has left. */
	{IND_WOMEN_15_19, "1", "1", "1"},
	{IND_WOMEN_20_24, "1", "1", "0"},
	{IND_WOMEN_25_29, "1", "1", "3"},
	{IND_WOMEN_30_34, "2", "2", "0"},
	{IND_WOMEN_35_39, "0", "0", "2"},
	{IND_WOMEN_40_44, "1", "1", "0"},
	{IND_WOMEN_45_49, "1", "1", "0"},
	/* Births 04/2024-03/2025: e2 (m15 42), e1 (m2 34), e4 (m6 18), e5
	 * (m2 34: 35 on 15/03), e6 (m13 27). 2025: e4 (18) e5 (34) e6 (27) e7
	 * (m17 25) e9 (m24 35 that day). */
	{IND_BIRTHS_12M, "5", "5", "5"},
	{IND_BIRTHS_MOTHER_15_19, "1", "1", "1"},
	{IND_BIRTHS_MOTHER_20_24, "0", "0", "0"},
	{IND_BIRTHS_MOTHER_25_29, "1", "1", "2"},
	{IND_BIRTHS_MOTHER_30_34, "2", "2", "1"},
	{IND_BIRTHS_MOTHER_35_39, "0", "0", "1"},
	{IND_BIRTHS_MOTHER_40_44, "1", "1", "0"},
	{IND_BIRTHS_MOTHER_45_49, "0", "0", "0"},
	/* 5 x (1/1 + 0/1 + 1/1 + 2/2 + 0 + 1/1 + 0/1) = 20. 2025: a birth at
	 * 30-34 (e5) but no woman of 30-34 at mid-year: not applicable. */
	{IND_TFR, "20.00", "20.00", ""},
	/* 5 / 20 x 1000; 5 / 21 x 1000 = 238.095... */
	{IND_CBR, "250.00", "250.00", "238.10"},
};

/* Read a whole file; caller frees. NULL if unreadable. */
static char *
slurp(const char *path)
{
	FILE *f = fopen(path, "rb");
	char *buf;
	long n;

	if (f == NULL)
		return NULL;
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	rewind(f);
	buf = calloc(1, (size_t)n + 1);
	if (buf != NULL && fread(buf, 1, (size_t)n, f) != (size_t)n) {
		free(buf);
		buf = NULL;
	}
	fclose(f);
	return buf;
}

/* A new database with the commune's settings and the fixture loaded. */
static db *
open_fixture(const char *dir)
{
	char path[512], fixture[512];
	const char *top = getenv("TOP_SRCDIR");
	ds_err err = {0};
	sqlite3 *raw;
	char *sql;
	db *d = NULL;

	snprintf(path, sizeof path, "%s/report.db", dir);
	snprintf(fixture, sizeof fixture, "%s/tests/data/report_fixture.sql", top != NULL ? top : "..");
	if (db_open(path, DB_OPEN_CREATE, &d, &err) != 0 ||
	    db_setting_set(d, "commune_code", "01001", &err) != 0 ||
	    db_setting_set(d, "commune_name", "Xã Thử Nghiệm", &err) != 0) {
		tap_diag("%s", err.msg);
		return NULL;
	}
	sql = slurp(fixture);
	if (sql == NULL || sqlite3_open(path, &raw) != SQLITE_OK ||
	    sqlite3_exec(raw, sql, NULL, NULL, NULL) != SQLITE_OK) {
		tap_diag("cannot load %s", fixture);
		free(sql);
		return NULL;
	}
	sqlite3_close(raw);
	free(sql);
	return d;
}

/* Compare every indicator of r with the hand counts of one period column. */
static void
check_period(const report *r, int column, const char *name)
{
	char got[32];
	int bad = 0;

	for (size_t i = 0; i < sizeof expected / sizeof expected[0]; i++) {
		const char *want = column == 0 ? expected[i].month : column == 1 ? expected[i].quarter : expected[i].year;
		indicator_format_csv(&r->values, expected[i].ind, got, sizeof got);
		bad += strcmp(got, want) != 0;
		is_str(got, want, "%s %s", name, indicator_get(expected[i].ind)->id);
	}
	is_int(sizeof expected / sizeof expected[0], IND_COUNT, "%s: every indicator was checked", name);
}

/* Months combined by the kind rules give what the register gives for the
 * quarter and the year directly. */
static void
check_combine(db *d)
{
	indicator_values months[12], combined, direct;
	char first[16], last[16];
	ds_err err = {0};
	int differ_q = 0, differ_y = 0;

	for (int m = 0; m < 12; m++) {
		date_make(2025, m + 1, 1, first);
		date_make(2025, m + 1, date_days_in_month(2025, m + 1), last);
		db_report_counts(d, first, last, &months[m], NULL, &err);
	}
	indicators_combine_periods(months, 3, &combined);
	db_report_counts(d, "2025-01-01", "2025-03-31", &direct, NULL, &err);
	for (int i = 0; i < IND_COUNT; i++)
		differ_q += combined.count[i] != direct.count[i] || combined.known[i] != direct.known[i];
	indicators_combine_periods(months, 12, &combined);
	db_report_counts(d, "2025-01-01", "2025-12-31", &direct, NULL, &err);
	for (int i = 0; i < IND_COUNT; i++)
		differ_y += combined.count[i] != direct.count[i] || combined.known[i] != direct.known[i];
	is_int(differ_q, 0, "January + February + March combined = Q1 computed directly");
	is_int(differ_y, 0, "twelve months combined = the year computed directly");
	/* February's end: m9 is still 49 (turns 50 on 31/03) and m15 has not
	 * left yet (20/03), so 7 married women 15-49 (m2 m6 m9 m13 m15 m24
	 * m26); users m2, m9 (traditional), m13 (condom, 2025-02), m15 (pill
	 * since 2024-01), m24. */
	is_int(months[1].count[IND_MARRIED_WOMEN_15_49], 7, "28/02: m9 still counts as 49");
	is_int(months[1].count[IND_FP_CURRENT_USERS], 5, "28/02: five current users");
	/* 28/02: 60+ are m5 and m10 (m11 turns 60 on 31/03, m19 died); m5
	 * checked on 10/01. */
	is_int(months[1].count[IND_PEOPLE_60_PLUS], 2, "28/02: two people aged 60+");
	is_int(months[1].count[IND_ELDERLY_CHECKED_YTD], 1, "28/02: one of them checked since 1 January");
}

/* Load targets for a unit and year. */
static void
store_targets(db *d, const char *unit)
{
	static const struct {
		const char *id;
		double target;
	} t[] = {
		{"prenatal_screening_pct", 85}, {"newborn_screening_pct", 90}, {"premarital_check_pct", 85},
		{"elderly_checkup_pct", 89}, {"sex_ratio_at_birth_max", 110}, {"third_plus_birth_rate_reduction_pct", 0.15},
		{"fp_new_total", 10}, {"fp_new_condom", 1},
	};
	target_row rows[8];
	ds_err err = {0};

	for (size_t i = 0; i < 8; i++) {
		snprintf(rows[i].unit, sizeof rows[i].unit, "%s", unit);
		rows[i].year = 2025;
		snprintf(rows[i].indicator, sizeof rows[i].indicator, "%s", t[i].id);
		rows[i].target = t[i].target;
	}
	ok(db_targets_replace(d, rows, 8, &err) == 0, "targets of %s stored", unit);
}

/* The target of id in r, or NULL. */
static const report_target *
target_of(const report *r, const char *id)
{
	for (size_t i = 0; i < r->ntargets; i++)
		if (strcmp(r->targets[i].indicator, id) == 0)
			return &r->targets[i];
	return NULL;
}

/* Targets against the year to date (January-March for the March report). */
static void
check_targets(db *d)
{
	report r;
	ds_err err = {0};
	const report_target *t;
	strbuf sb;

	store_targets(d, "Xã Thử Nghiệm");
	ok(report_compute(d, "2025-03", &r, &err) == 0, "March report with targets");
	is_int(r.ntargets, 8, "every target of the commune's own unit applies");
	t = target_of(&r, "prenatal_screening_pct");
	ok(t != NULL && t->has_actual && t->actual > 66.66 && t->actual < 66.67 && !t->met,
	   "prenatal screening YTD 2/3 = 66.7 %% < 85: not met");
	t = target_of(&r, "sex_ratio_at_birth_max");
	ok(t != NULL && t->actual == 50.0 && t->met && t->gap == -60.0, "sex ratio 50 <= 110: met, gap -60");
	/* 2024: e1 (2nd), e2 (3rd): 50 %; Jan-Mar 2025: 1 of 3 = 33.33 %. */
	t = target_of(&r, "third_plus_birth_rate_reduction_pct");
	ok(t != NULL && t->has_actual && t->actual > 16.66 && t->actual < 16.67 && t->met,
	   "3rd+ share cut by 50 - 33.3 = 16.7 points >= 0.15: met");
	t = target_of(&r, "fp_new_total");
	ok(t != NULL && t->actual == 3 && t->gap == -7 && !t->met, "3 new users of 10 so far: gap -7");
	t = target_of(&r, "fp_new_condom");
	ok(t != NULL && t->actual == 1 && t->met, "1 condom user of 1: met");
	ok(strcmp(r.targets[0].indicator, "third_plus_birth_rate_reduction_pct") == 0 &&
	   strcmp(r.targets[1].indicator, "sex_ratio_at_birth_max") == 0,
	   "targets follow the report's order (births first)");

	strbuf_init(&sb);
	report_format_text(&r, &sb);
	ok(strstr(sb.data, "  Tỷ lệ sàng lọc trước sinh (%)         ≥ 85,0       66,7      -18,3 chưa đạt\n") != NULL,
	   "text: target, actual YTD, gap and status on one row");
	ok(strstr(sb.data, "  Tỷ số giới tính khi sinh (trai/100 gái)\n"
	                       "                                       ≤ 110,0       50,0      -60,0 đạt\n") != NULL,
	   "text: the sex ratio target is a maximum");
	strbuf_free(&sb);

	/* A district's targets: percentages apply, counts are the district's
	 * (a commune of another name and code, with no targets of its own). */
	db_setting_set(d, "commune_name", "Xã Khác", &err);
	db_setting_set(d, "commune_code", "09999", &err);
	db_setting_set(d, "target_unit", "Huyện Mẫu", &err);
	store_targets(d, "Huyện Mẫu");
	report_compute(d, "2025-03", &r, &err);
	is_int(r.ntargets, 6, "another unit's targets: the six percentages and ratios apply");
	is_int(r.count_targets_skipped, 2, "its two count targets are not compared");
	ok(target_of(&r, "fp_new_total") == NULL, "fp_new_total of the district is not the commune's");
	/* A plain sex_ratio_at_birth stored before "_max" is still a maximum;
	 * a plain rate id is a floor. */
	is_int(indicator_target_direction("sex_ratio_at_birth"), TARGET_AT_MOST, "a legacy sex-ratio target stays a maximum");
	is_int(indicator_target_direction("tfr"), TARGET_AT_LEAST, "tfr is a floor");
	is_int(indicator_target_direction("tfr_max"), TARGET_AT_MOST, "tfr_max an upper bound");
	db_setting_set(d, "target_unit", "", &err);
	db_setting_set(d, "commune_name", "Xã Thử Nghiệm", &err);
	db_setting_set(d, "commune_code", "01001", &err);
}

/* The text report: 80 columns, sections, counts beside rates. */
static void
check_text(db *d)
{
	report r;
	ds_err err = {0};
	strbuf sb;
	int widest = 0;

	report_compute(d, "2025-Q1", &r, &err);
	strbuf_init(&sb);
	report_format_text(&r, &sb);
	for (char *line = sb.data, *nl; line != NULL && *line != '\0'; line = nl + 1) {
		nl = strchr(line, '\n');
		*nl = '\0';
		if (utf8_width(line) > widest)
			widest = utf8_width(line);
		*nl = '\n';
	}
	ok(widest <= 80, "every line fits 80 columns (widest %d)", widest);
	ok(strstr(sb.data, "Kỳ báo cáo: Quý 1/2025 (01/01/2025 – 31/03/2025)") != NULL, "the period and its days");
	ok(strstr(sb.data, "\n4. Mang thai và sàng lọc\n") != NULL, "sections are numbered and titled");
	ok(strstr(sb.data, "  Tỷ số giới tính khi sinh (trai/100 gái)   50,0 (3 trẻ)        50,0 (3 trẻ)") != NULL,
	   "the sex ratio shows the births it rests on beside it");
	ok(strstr(sb.data, "  Tổng tỷ suất sinh (con/phụ nữ)           20,00 (5 trẻ)\n") != NULL,
	   "the TFR has two decimals and the births of its 12 months beside it");
	strbuf_free(&sb);

	i18n_set(LANG_EN);
	strbuf_init(&sb);
	report_format_text(&r, &sb);
	ok(strstr(sb.data, "  Contraceptive prevalence (%)              40.0 (2/5)\n") != NULL, "English labels, decimal point");
	strbuf_free(&sb);
	i18n_set(LANG_VI);

	ok(report_compute(d, "2025-13", &r, &err) == -1 && strcmp(err.field, "period") == 0,
	   "month 13 is refused, naming the period");
}

/* Imported values, a total and the 01-DSH layout. */
static void
check_columns(void)
{
	const report_value a[] = {{"births_total", "4"}, {"births_order3plus", "1"}, {"newborn_screened", "4"},
	                          {"newborn_screening_pct", "100.00"}, {"births_male", "2"}, {"births_female", "2"}};
	const report_value b[] = {{"births_total", "0"}, {"births_order3plus", "0"}, {"newborn_screened", "0"},
	                          {"newborn_screening_pct", ""}, {"births_male", "0"}, {"births_female", "0"}};
	const report_value bad[] = {{"births_total", "-1"}};
	const report_value unknown[] = {{"birth_total", "1"}};
	report c[2], total;
	report_row rows[IND_COUNT];
	ds_err err = {0};
	strbuf sb;
	char *line;

	ok(report_from_values(&c[0], "01001", "Xã A", "2025-03", a, 6, &err) == 0, "commune A from its values");
	ok(report_from_values(&c[1], "01002", "Xã B", "2025-03", b, 6, &err) == 0, "commune B from its values");
	ok(report_from_values(&total, "01003", "Xã C", "2025-03", bad, 1, &err) == -1 &&
	   strcmp(err.field, "births_total") == 0, "a negative count is refused, naming the indicator");
	ok(report_from_values(&total, "01003", "Xã C", "2025-03", unknown, 1, &err) == -1,
	   "an unknown indicator is refused");
	report_sum(c, 2, &total);
	is_int(total.values.count[IND_BIRTHS_TOTAL], 4, "total births 4 + 0");
	report_rows(&total, rows);
	is_str(rows[IND_NEWBORN_SCREENING_PCT].value, "100.00", "total screening rate from summed counts");
	is_str(rows[IND_POPULATION_TOTAL].value, "", "an indicator no commune sent stays empty");
	report_rows(&c[1], rows);
	is_str(rows[IND_THIRD_PLUS_BIRTH_SHARE_PCT].value, "", "no births: the share is empty, not 0");
	is_str(rows[IND_THIRD_PLUS_BIRTH_SHARE_PCT].denominator, "0", "its denominator is shown as 0");

	strbuf_init(&sb);
	report_format_columns(c, 2, &total, 80, &sb);
	line = strstr(sb.data, "  Tổng số trẻ sinh ra");
	ok(line != NULL && strncmp(line, "  Tổng số trẻ sinh ra                            4        0        4\n",
	                           strlen("  Tổng số trẻ sinh ra                            4        0        4\n")) == 0,
	   "one row per indicator, one column per commune, the total last");
	ok(strstr(sb.data, "01001    01002     Tổng") != NULL, "column headings: commune codes, then the total");
	ok(strstr(sb.data, "  Tỷ lệ sàng lọc sơ sinh (%)                 100,0        –    100,0\n") != NULL,
	   "a commune with no births shows a dash for its rate");
	strbuf_free(&sb);

	/* A column headed by a name wider than its cell is cut with a mark,
	 * so the columns stay under their headings. */
	ok(report_from_values(&c[0], "", "Xã Phương Trung", "2025-03", a, 6, &err) == 0, "a commune without a code");
	strbuf_init(&sb);
	report_format_columns(c, 2, &total, 80, &sb);
	ok(strstr(sb.data, " Xã Phươ…    01002     Tổng\n") != NULL, "its long name is cut to the cell, marked with …");
	strbuf_free(&sb);
}

int
main(void)
{
	char *dir = tap_tmpdir();
	const char *names[3] = {"2025-03", "2025-Q1", "2025"};
	report r;
	ds_err err = {0};
	db *d;

	i18n_set(LANG_VI);
	d = open_fixture(dir);
	ok(d != NULL, "fixture register loaded");
	if (d == NULL)
		return tap_done();
	for (int p = 0; p < 3; p++) {
		ok(report_compute(d, names[p], &r, &err) == 0, "report %s computed", names[p]);
		check_period(&r, p, names[p]);
	}
	check_combine(d);
	check_targets(d);
	check_text(d);
	check_columns();
	db_close(&d);
	free(dir);
	return tap_done();
}
