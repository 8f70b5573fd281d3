/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* test_rules.c: every rule of an event, triggered and not triggered. */
#include "config.h"

#include "domain/codes.h"
#include "domain/i18n.h"
#include "domain/rules.h"
#include "domain/util.h"
#include "tests/tap.h"

#include <string.h>

static event ev;
static member mother;
static rule_facts facts;

/* A clean event of the given kind for Nguyễn Thị Lan, April 2025. */
static void
setup(event_kind kind)
{
	event_init(&ev, kind);
	str_copy(ev.date, sizeof ev.date, "2025-04-10");
	member_init(&mother);
	str_copy(mother.full_name, sizeof mother.full_name, "Nguyễn Thị Lan");
	mother.sex = SEX_FEMALE;
	str_copy(mother.birth_date, sizeof mother.birth_date, "1995-03-12");
	str_copy(mother.marital, sizeof mother.marital, MARITAL_MARRIED);
	mother.status = MEMBER_ACTIVE;
	memset(&facts, 0, sizeof facts);
	facts.ev = &ev;
	facts.subject = &mother;
	str_copy(facts.period, sizeof facts.period, "2025-04");
	str_copy(facts.today, sizeof facts.today, "2025-05-02");
	switch (kind) {
	case EV_BIRTH:
		ev.child_sex = SEX_FEMALE;
		ev.birth_order = 1;
		break;
	case EV_FP_START:
	case EV_FP_STOP:
		str_copy(ev.method, sizeof ev.method, FP_METHOD_IUD);
		break;
	case EV_PREGNANCY:
		str_copy(ev.pregnancy_kind, sizeof ev.pregnancy_kind, PREGNANCY_PREGNANT);
		ev.pregnancy_number = 1;
		break;
	case EV_PRENATAL_SCREENING:
		ev.gestational_week = 16;
		break;
	case EV_ELDERLY_CHECK:
		str_copy(mother.birth_date, sizeof mother.birth_date, "1950-01-01");
		break;
	default:
		break;
	}
}

/* The finding of a rule in the last check, or NULL. */
static const rule_finding *
finding(const rule_result *r, const char *id)
{
	int i;

	for (i = 0; i < r->count; i++)
		if (strcmp(r->items[i].rule_id, id) == 0)
			return &r->items[i];
	return NULL;
}

/* The rule id fires with the severity and field, its message containing text. */
static void
fires(const char *id, rule_severity severity, const char *field, const char *text)
{
	rule_result r;
	const rule_finding *f;

	rules_check(&facts, &r);
	f = finding(&r, id);
	ok(f != NULL && f->severity == severity && strcmp(f->field, field) == 0 && strstr(f->message, text) != NULL,
	   "%s fires: \"%s\" (got: %s)", id, text, f != NULL ? f->message : "nothing");
}

/* The rule id does not fire. */
static void
quiet(const char *id, const char *why)
{
	rule_result r;

	rules_check(&facts, &r);
	ok(finding(&r, id) == NULL, "%s quiet: %s", id, why);
}

/* Rules common to every kind. */
static void
test_common(void)
{
	event_kind k;
	rule_result r;

	for (k = 0; k < EV_KIND_COUNT; k++) {
		setup(k);
		if (k == EV_MARRIAGE)  /* a clean marriage is of a single woman */
			str_copy(mother.marital, sizeof mother.marital, "1");
		rules_check(&facts, &r);
		ok(r.count == 0, "a clean %s has no finding (%s)", event_kind_name(k),
		   r.count > 0 ? r.items[0].message : "none");
	}

	setup(EV_DEATH);
	str_copy(ev.date, sizeof ev.date, "2025-04-31");
	fires("event.date_invalid", RULE_ERROR, "date", "Ngày của sự kiện \"2025-04-31\" không hợp lệ");
	setup(EV_DEATH);
	quiet("event.date_invalid", "a real date");

	setup(EV_DEATH);
	str_copy(ev.date, sizeof ev.date, "2025-03-31");
	fires("event.outside_period", RULE_ERROR, "date", "Ngày 31/03/2025 nằm ngoài tháng báo cáo 04/2025");
	setup(EV_DEATH);
	str_copy(ev.date, sizeof ev.date, "2025-04-30");
	quiet("event.outside_period", "the last day of the month is inside");

	setup(EV_DEATH);
	str_copy(facts.today, sizeof facts.today, "2025-04-09");
	fires("event.future", RULE_ERROR, "date", "hôm nay là 09/04/2025");
	setup(EV_DEATH);
	str_copy(facts.today, sizeof facts.today, "2025-04-10");
	quiet("event.future", "an event dated today");

	setup(EV_PREGNANCY);
	str_copy(mother.entered_on, sizeof mother.entered_on, "2025-04-30");
	fires("event.before_entry", RULE_ERROR, "date", "Ngày 10/04/2025 trước ngày Nguyễn Thị Lan vào sổ (30/04/2025)");
	setup(EV_PREGNANCY);
	str_copy(mother.entered_on, sizeof mother.entered_on, "2025-04-10");
	quiet("event.before_entry", "an event on the day of entry");

	setup(EV_BIRTH);
	ev.birth_weight_g = 32;
	fires("birth.weight_implausible", RULE_ERROR, "birth_weight_g", "Cân nặng 32 gam không hợp lý");
	setup(EV_BIRTH);
	ev.birth_weight_g = 3200;
	quiet("birth.weight_implausible", "3200 g");
	setup(EV_BIRTH);
	quiet("birth.weight_implausible", "no weight given");

	setup(EV_FP_START);
	str_copy(ev.method, sizeof ev.method, "1");
	str_copy(facts.current_method, sizeof facts.current_method, "1");
	fires("fp_start.same_method", RULE_WARNING, "method", "đang dùng");
	setup(EV_FP_START);
	str_copy(ev.method, sizeof ev.method, "1");
	str_copy(facts.current_method, sizeof facts.current_method, "2");
	quiet("fp_start.same_method", "a switch to another method");

	setup(EV_PREGNANCY);
	str_copy(facts.current_method, sizeof facts.current_method, "1");
	fires("pregnancy.on_method", RULE_WARNING, "member_id", "Nguyễn Thị Lan đang được ghi là dùng");
	setup(EV_PREGNANCY);
	quiet("pregnancy.on_method", "no method in use");

	setup(EV_MARRIAGE);
	str_copy(mother.relation, sizeof mother.relation, "3");
	str_copy(mother.marital, sizeof mother.marital, "1");
	str_copy(facts.related_name, sizeof facts.related_name, "Nguyễn Văn Bố");
	str_copy(facts.related_relation, sizeof facts.related_relation, "1");
	fires("marriage.parent_child", RULE_ERROR, "spouse", "Nguyễn Văn Bố là bố/mẹ hoặc con của Nguyễn Thị Lan");
	setup(EV_MARRIAGE);
	str_copy(mother.relation, sizeof mother.relation, "4");
	str_copy(facts.related_relation, sizeof facts.related_relation, "3");
	quiet("marriage.parent_child", "a child and a child-in-law");
	setup(EV_MARRIAGE);
	fires("marriage.already_married", RULE_WARNING, "member_id", "đang được ghi là có vợ/chồng");
	setup(EV_MARRIAGE);
	str_copy(mother.marital, sizeof mother.marital, "1");
	quiet("marriage.already_married", "a single person");

	{
		long g = 0;
		ok(rules_weight_grams("3200", &g) == 0 && g == 3200, "3200 is grams");
		ok(rules_weight_grams("3,2", &g) == 0 && g == 3200, "3,2 is kilograms");
		ok(rules_weight_grams("3.25kg", &g) == 0 && g == 3250, "3.25kg is kilograms");
		ok(rules_weight_grams("3 kg", &g) == 0 && g == 3000, "3 kg is kilograms");
		ok(rules_weight_grams("3100g", &g) == 0 && g == 3100, "3100g is grams");
		ok(rules_weight_grams("3,2,1", &g) != 0, "3,2,1 is not a weight");
		ok(rules_weight_grams("abc", &g) != 0, "abc is not a weight");
		ok(rules_weight_grams("", &g) != 0, "nothing is not a weight");
	}

	setup(EV_PREGNANCY);
	facts.period_locked = 1;
	fires("event.period_locked", RULE_ERROR, "date", "cán bộ dân số xã phải mở khóa");
	setup(EV_PREGNANCY);
	quiet("event.period_locked", "the month is open");

	setup(EV_PREGNANCY);
	mother.status = MEMBER_DIED;
	fires("event.subject_inactive", RULE_ERROR, "member_id", "Nguyễn Thị Lan đã chết");
	setup(EV_ELDERLY_CHECK);
	mother.status = MEMBER_MOVED_OUT;
	fires("event.subject_inactive", RULE_ERROR, "member_id", "Nguyễn Thị Lan đã chuyển đi");
	setup(EV_PREGNANCY);
	quiet("event.subject_inactive", "the woman is active");

	setup(EV_MOVE_OUT);
	mother.status = MEMBER_DIED;
	fires("move_out.not_active", RULE_ERROR, "member_id", "Không thể chuyển đi Nguyễn Thị Lan: người này đã chết");
	setup(EV_MOVE_OUT);
	mother.status = MEMBER_DIED;
	quiet("event.subject_inactive", "a move out reports it once, as move_out.not_active");
	setup(EV_MOVE_IN);
	mother.status = MEMBER_MOVED_OUT;
	quiet("event.subject_inactive", "someone who moved away may move back in");
	setup(EV_MOVE_OUT);
	facts.subject = NULL;
	ev.whole_household = 1;
	quiet("move_out.not_active", "a whole household moves out");

	setup(EV_MARRIAGE);
	facts.duplicate = 1;
	fires("event.duplicate", RULE_ERROR, "date", "đã được ghi cho Nguyễn Thị Lan ngày 10/04/2025");
	setup(EV_MARRIAGE);
	quiet("event.duplicate", "first record");
}

/* Rules of a birth. */
static void
test_birth(void)
{
	setup(EV_BIRTH);
	mother.sex = SEX_MALE;
	fires("birth.mother_not_female", RULE_ERROR, "member_id", "Người mẹ Nguyễn Thị Lan không phải là nữ");
	setup(EV_BIRTH);
	quiet("birth.mother_not_female", "the mother is female");

	setup(EV_BIRTH);
	ev.child_sex = SEX_UNKNOWN;
	fires("birth.child_sex", RULE_ERROR, "child_sex", "không phải 0");
	setup(EV_BIRTH);
	ev.child_sex = SEX_MALE;
	quiet("birth.child_sex", "a boy");

	setup(EV_BIRTH);
	ev.birth_order = 0;
	fires("birth.order_invalid", RULE_ERROR, "birth_order", "Con thứ 0 không hợp lệ");
	setup(EV_BIRTH);
	quiet("birth.order_invalid", "first child");

	setup(EV_BIRTH);
	ev.birth_order = 2;
	facts.previous_births = 2;
	fires("birth.order_below_register", RULE_ERROR, "birth_order", "ít nhất là con thứ 3");
	setup(EV_BIRTH);
	ev.birth_order = 2;
	facts.previous_births = 1;
	quiet("birth.order_below_register", "second child after one recorded birth");

	setup(EV_BIRTH);
	str_copy(mother.birth_date, sizeof mother.birth_date, "2010-04-11");
	fires("birth.mother_young", RULE_WARNING, "member_id", "Người mẹ Nguyễn Thị Lan mới 14 tuổi");
	setup(EV_BIRTH);
	str_copy(mother.birth_date, sizeof mother.birth_date, "2010-04-10");
	quiet("birth.mother_young", "15 on the day of the birth");

	setup(EV_BIRTH);
	str_copy(mother.birth_date, sizeof mother.birth_date, "1975-04-10");
	fires("birth.mother_old", RULE_WARNING, "member_id", "Người mẹ Nguyễn Thị Lan đã 50 tuổi");
	setup(EV_BIRTH);
	str_copy(mother.birth_date, sizeof mother.birth_date, "1975-04-11");
	quiet("birth.mother_old", "still 49 the day before her birthday");

	setup(EV_BIRTH);
	ev.birth_order = 3;
	facts.previous_births = 2;
	fires("birth.order_high", RULE_WARNING, "birth_order", "Nguyễn Thị Lan sinh con thứ 3");
	setup(EV_BIRTH);
	ev.birth_order = 2;
	facts.previous_births = 1;
	quiet("birth.order_high", "second child");

	setup(EV_BIRTH);
	ev.birth_order = 2;
	fires("birth.order_gap", RULE_WARNING, "birth_order", "mới sinh 0 con: có lần sinh chưa ghi");
	setup(EV_BIRTH);
	ev.birth_order = 3;
	facts.previous_births = 2;
	quiet("birth.order_gap", "the order follows the register");

	setup(EV_BIRTH);
	str_copy(facts.last_birth_date, sizeof facts.last_birth_date, "2024-07-11");
	facts.previous_births = 1;
	ev.birth_order = 2;
	fires("birth.close_births", RULE_WARNING, "date", "đã sinh con ngày 11/07/2024");
	setup(EV_BIRTH);
	str_copy(facts.last_birth_date, sizeof facts.last_birth_date, "2024-07-10");
	facts.previous_births = 1;
	ev.birth_order = 2;
	quiet("birth.close_births", "exactly 9 months later");
}

/* Rules of contraception, pregnancy, screening and elderly checks. */
static void
test_others(void)
{
	setup(EV_FP_START);
	ev.method[0] = '\0';
	fires("fp_start.no_method", RULE_ERROR, "method", "Chưa chọn biện pháp tránh thai cho Nguyễn Thị Lan");
	setup(EV_FP_STOP);
	ev.method[0] = '\0';
	quiet("fp_start.no_method", "a stop is not a start");

	setup(EV_FP_START);
	str_copy(facts.current_method, sizeof facts.current_method, FP_METHOD_FEMALE_STERILISATION);
	fires("fp_start.after_sterilisation", RULE_WARNING, "method", "Triệt sản nữ");
	setup(EV_FP_START);
	str_copy(facts.current_method, sizeof facts.current_method, FP_METHOD_MALE_STERILISATION);
	fires("fp_start.after_sterilisation", RULE_WARNING, "method", "Triệt sản nam");
	setup(EV_FP_START);
	str_copy(facts.current_method, sizeof facts.current_method, FP_METHOD_PILL);
	quiet("fp_start.after_sterilisation", "switching from the pill");

	setup(EV_FP_START);
	str_copy(mother.marital, sizeof mother.marital, "1");
	fires("fp_start.unmarried", RULE_WARNING, "member_id", "Nguyễn Thị Lan không được ghi là đang có vợ/chồng");
	setup(EV_FP_START);
	quiet("fp_start.unmarried", "a married woman");

	setup(EV_PREGNANCY);
	ev.pregnancy_number = 0;
	fires("pregnancy.number_invalid", RULE_ERROR, "pregnancy_number", "Lần mang thai thứ 0 không hợp lệ");
	setup(EV_PREGNANCY);
	quiet("pregnancy.number_invalid", "first pregnancy");

	setup(EV_PRENATAL_SCREENING);
	ev.gestational_week = 43;
	fires("prenatal.week_invalid", RULE_ERROR, "gestational_week", "Tuổi thai 43 tuần không hợp lệ");
	setup(EV_PRENATAL_SCREENING);
	ev.gestational_week = 3;
	fires("prenatal.week_invalid", RULE_ERROR, "gestational_week", "Tuổi thai 3 tuần");
	setup(EV_PRENATAL_SCREENING);
	ev.gestational_week = 42;
	quiet("prenatal.week_invalid", "42 weeks");

	setup(EV_PRENATAL_SCREENING);
	mother.sex = SEX_MALE;
	fires("prenatal.male", RULE_WARNING, "member_id", "Nguyễn Thị Lan là nam");
	setup(EV_PRENATAL_SCREENING);
	quiet("prenatal.male", "a woman");

	setup(EV_ELDERLY_CHECK);
	str_copy(mother.birth_date, sizeof mother.birth_date, "1965-04-11");
	fires("elderly.under_60", RULE_WARNING, "member_id", "mới 59 tuổi");
	setup(EV_ELDERLY_CHECK);
	str_copy(mother.birth_date, sizeof mother.birth_date, "1965-04-10");
	quiet("elderly.under_60", "60 on the day");
	setup(EV_ELDERLY_CHECK);
	str_copy(mother.birth_date, sizeof mother.birth_date, "1965");
	fires("elderly.under_60", RULE_WARNING, "member_id", "mới 59 tuổi");
	setup(EV_ELDERLY_CHECK);
	str_copy(mother.birth_date, sizeof mother.birth_date, "1964");
	quiet("elderly.under_60", "born in 1964, date unknown");

	setup(EV_ELDERLY_CHECK);
	facts.elderly_checks_this_year = 1;
	fires("elderly.repeat", RULE_WARNING, "date", "đã được khám 1 lần trong năm 2025");
	setup(EV_ELDERLY_CHECK);
	quiet("elderly.repeat", "first check of the year");
}

/* Counting, English messages and the helpers. */
static void
test_helpers(void)
{
	rule_result r;

	setup(EV_BIRTH);
	mother.sex = SEX_MALE;
	ev.birth_order = 4;
	facts.previous_births = 1;
	rules_check(&facts, &r);
	ok(r.errors == 1 && r.warnings == 2 && r.count == 3, "one error and two warnings counted (%d/%d)", r.errors,
	   r.warnings);

	i18n_set(LANG_EN);
	setup(EV_BIRTH);
	str_copy(mother.birth_date, sizeof mother.birth_date, "2011-01-01");
	fires("birth.mother_young", RULE_WARNING, "member_id", "The mother Nguyễn Thị Lan is only 14");
	setup(EV_BIRTH);
	facts.period_locked = 1;
	fires("event.period_locked", RULE_ERROR, "date",
	      "The month 04/2025 has been exported and is locked: the commune population officer must unlock it");
	i18n_set(LANG_VI);

	is_int(rules_expected_birth_order(0), 1, "first child expected with no births");
	is_int(rules_expected_birth_order(2), 3, "third child after two");
	is_int(rules_age_on("1995-03-12", "2025-03-11"), 29, "29 the day before the birthday");
	is_int(rules_age_on("1995-03-12", "2025-03-12"), 30, "30 on the birthday");
	is_int(rules_age_on("2000-02-29", "2025-02-28"), 24, "a 29/02 birthday is not reached on 28/02");
	is_int(rules_age_on("2000-02-29", "2025-03-01"), 25, "but is on 01/03");
	is_int(rules_age_on("2000-02-29", "2024-02-29"), 24, "and on 29/02 of a leap year");
	is_int(rules_age_on("1950", "2010-06-30"), 59, "a year alone counts from 1 July: 59 on 30/06");
	is_int(rules_age_on("1950", "2010-07-01"), 60, "60 on 01/07");
	is_int(rules_age_on("1950-13-01", "2010-07-01"), -1, "unreadable birth date");
	is_int(rules_age_on("1950", "2010"), -1, "the day of the age must be a full date");
	is_int(rules_age_on("2026-01-01", "2025-01-01"), -1, "not yet born");
}

int
main(void)
{
	i18n_set(LANG_VI);
	test_common();
	test_birth();
	test_others();
	test_helpers();
	return tap_done();
}
