/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* rules.c: the checks applied before an event is saved, as a table. */
#include "config.h"

#include "domain/clock.h"
#include "domain/rules.h"
#include "domain/codes.h"
#include "domain/date.h"
#include "domain/family.h"
#include "domain/i18n.h"
#include "domain/period.h"
#include "domain/util.h"

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define KIND(k) (1u << (k))
#define ALL_KINDS ((1u << EV_KIND_COUNT) - 1u)

/* The values a message may name: {name} {value} {limit} {extra} {date}
 * {period}. name, date and period are filled before every check; a check
 * that fires fills the others. */
typedef struct rule_args {
	char name[NAME_LEN];    /* the subject's full name */
	char value[NAME_LEN];   /* the value found */
	char limit[32];         /* what it should be */
	char extra[32];         /* one more number or date */
	char date[16];          /* the event date, dd/mm/yyyy */
	char period[16];        /* the reporting month, mm/yyyy */
} rule_args;

/* A check returns 1 when the rule fires (and fills args), else 0. */
typedef int (*rule_check_fn)(const rule_facts *f, rule_args *a);

typedef struct rule {
	const char *id;
	rule_severity severity;
	unsigned kinds;         /* KIND() bits of the event kinds checked */
	const char *field;      /* the form field the finding points at */
	rule_check_fn check;
	const char *vi;         /* message templates */
	const char *en;
} rule;

/* The label of a default code in the interface language, or the code. */
static const char *
code_label(const char *list, const char *code)
{
	size_t i;

	for (i = 0; i < code_default_count; i++)
		if (strcmp(code_defaults[i].list, list) == 0 && strcmp(code_defaults[i].code, code) == 0)
			return L(code_defaults[i].label_vi, code_defaults[i].label_en);
	return code;
}

/* "Nam" / "Nữ" / "chưa rõ" for a sex. */
static const char *
sex_label(sex s)
{
	if (s == SEX_MALE)
		return L("Nam", "male");
	if (s == SEX_FEMALE)
		return L("Nữ", "female");
	return L("chưa rõ", "unknown");
}

/* The words for a person who is no longer in the register. */
static const char *
status_words(member_status status)
{
	return status == MEMBER_DIED ? L("đã chết", "has died") : L("đã chuyển đi", "has moved out");
}

/* The subject's age on the event date, or -1. */
static int
subject_age(const rule_facts *f)
{
	if (f->subject == NULL)
		return -1;
	return rules_age_on(f->subject->birth_date, f->ev->date);
}

/* event.date_invalid: the date cannot be read. */
static int
check_date_invalid(const rule_facts *f, rule_args *a)
{
	if (date_valid(f->ev->date))
		return 0;
	str_copy(a->value, sizeof a->value, f->ev->date);
	return 1;
}

/* event.outside_period: the date is not in the reporting month. */
static int
check_outside_period(const rule_facts *f, rule_args *a)
{
	period p;

	if (!date_valid(f->ev->date) || f->period[0] == '\0')
		return 0;
	return period_parse(f->period, &p, NULL) < 0 || !period_contains(&p, f->ev->date);
}

/* event.future: the date is after today. */
static int
check_future(const rule_facts *f, rule_args *a)
{
	char today[DATE_LEN];

	if (date_valid(f->today))
		str_copy(today, sizeof today, f->today);
	else
		clock_today(today);
	if (!date_valid(f->ev->date) || strcmp(f->ev->date, today) <= 0)
		return 0;
	date_format(today, a->limit, sizeof a->limit);
	return 1;
}

/* event.period_locked: the event's month was exported. */
static int
check_period_locked(const rule_facts *f, rule_args *a)
{
	period p;

	if (!f->period_locked)
		return 0;
	if (period_month_of(f->ev->date, &p) == 0)
		period_label(&p, a->value, sizeof a->value);
	else
		str_copy(a->value, sizeof a->value, a->period);
	return 1;
}

/* event.subject_inactive: a person who died or left gets a new event. */
static int
check_subject_inactive(const rule_facts *f, rule_args *a)
{
	if (f->subject == NULL || f->subject->status == MEMBER_ACTIVE || f->left_by_this_event)
		return 0;
	str_copy(a->value, sizeof a->value, status_words(f->subject->status));
	return 1;
}

/* event.before_entry: the event is dated before the person entered the
 * register (the report of that month would not count them). */
static int
check_before_entry(const rule_facts *f, rule_args *a)
{
	if (f->subject == NULL || !date_valid(f->subject->entered_on) || !date_valid(f->ev->date) ||
	    strcmp(f->ev->date, f->subject->entered_on) >= 0)
		return 0;
	date_format(f->subject->entered_on, a->limit, sizeof a->limit);
	return 1;
}

/* event.duplicate: the same person, kind and date are already recorded. */
static int
check_duplicate(const rule_facts *f, rule_args *a)
{
	return f->duplicate != 0;
}

/* birth.mother_not_female */
static int
check_mother_not_female(const rule_facts *f, rule_args *a)
{
	if (f->subject == NULL || f->subject->sex == SEX_FEMALE)
		return 0;
	str_copy(a->value, sizeof a->value, sex_label(f->subject->sex));
	return 1;
}

/* birth.child_sex: the child must be recorded male or female. */
static int
check_child_sex(const rule_facts *f, rule_args *a)
{
	if (f->ev->child_sex == SEX_MALE || f->ev->child_sex == SEX_FEMALE)
		return 0;
	snprintf(a->value, sizeof a->value, "%d", (int)f->ev->child_sex);
	return 1;
}

/* birth.order_invalid: birth order below 1. */
static int
check_order_invalid(const rule_facts *f, rule_args *a)
{
	if (f->ev->birth_order >= 1)
		return 0;
	snprintf(a->value, sizeof a->value, "%d", f->ev->birth_order);
	return 1;
}

/* birth.order_below_register: fewer than the births already recorded. */
static int
check_order_below_register(const rule_facts *f, rule_args *a)
{
	if (f->ev->birth_order < 1 || f->ev->birth_order > f->previous_births)
		return 0;
	snprintf(a->value, sizeof a->value, "%d", f->ev->birth_order);
	snprintf(a->extra, sizeof a->extra, "%d", f->previous_births);
	snprintf(a->limit, sizeof a->limit, "%d", rules_expected_birth_order(f->previous_births));
	return 1;
}

/* birth.mother_young: under 15 at the birth. */
static int
check_mother_young(const rule_facts *f, rule_args *a)
{
	int age = subject_age(f);

	if (age < 0 || age >= 15)
		return 0;
	snprintf(a->value, sizeof a->value, "%d", age);
	return 1;
}

/* birth.mother_old: over 49 at the birth. */
static int
check_mother_old(const rule_facts *f, rule_args *a)
{
	int age = subject_age(f);

	if (age <= 49)
		return 0;
	snprintf(a->value, sizeof a->value, "%d", age);
	return 1;
}

/* birth.order_high: a third or later child. */
static int
check_order_high(const rule_facts *f, rule_args *a)
{
	if (f->ev->birth_order < 3)
		return 0;
	snprintf(a->value, sizeof a->value, "%d", f->ev->birth_order);
	return 1;
}

/* birth.order_gap: more than the register's births plus one. */
static int
check_order_gap(const rule_facts *f, rule_args *a)
{
	if (f->ev->birth_order <= rules_expected_birth_order(f->previous_births))
		return 0;
	snprintf(a->value, sizeof a->value, "%d", f->ev->birth_order);
	snprintf(a->extra, sizeof a->extra, "%d", f->previous_births < 0 ? 0 : f->previous_births);
	return 1;
}

/* detail.history_no_reason: a woman's history corrected without a reason. */
static int
check_history_reason(const rule_facts *f, rule_args *a)
{
	if (strcmp(f->ev->field, "children_born") != 0 && strcmp(f->ev->field, "children_living") != 0)
		return 0;
	char why[REASON_LEN];
	str_copy(why, sizeof why, f->ev->change_reason);
	return *str_trim(why) == '\0';
}

/* birth.close_births: the previous birth is less than 9 months before. */
static int
check_close_births(const rule_facts *f, rule_args *a)
{
	char nine_months_on[DATE_LEN];

	if (!date_valid(f->ev->date) || date_add_months(f->last_birth_date, 9, nine_months_on) < 0 ||
	    strcmp(f->ev->date, nine_months_on) >= 0)
		return 0;
	date_format(f->last_birth_date, a->value, sizeof a->value);
	return 1;
}

/* fp_start.no_method */
static int
check_no_method(const rule_facts *f, rule_args *a)
{
	return str_empty(f->ev->method);
}

/* fp_start.after_sterilisation: a sterilised woman starts a method. */
static int
check_after_sterilisation(const rule_facts *f, rule_args *a)
{
	if (strcmp(f->current_method, FP_METHOD_FEMALE_STERILISATION) != 0 &&
	    strcmp(f->current_method, FP_METHOD_MALE_STERILISATION) != 0)
		return 0;
	str_copy(a->value, sizeof a->value, code_label("fp_method", f->current_method));
	return 1;
}

/* fp_start.unmarried: contraception for a woman not recorded married. */
static int
check_unmarried(const rule_facts *f, rule_args *a)
{
	if (f->subject == NULL || strcmp(f->subject->marital, MARITAL_MARRIED) == 0)
		return 0;
	if (str_empty(f->subject->marital))
		str_copy(a->value, sizeof a->value, L("chưa ghi", "not recorded"));
	else
		str_copy(a->value, sizeof a->value, code_label("marital", f->subject->marital));
	return 1;
}

/* pregnancy.number_invalid */
static int
check_pregnancy_number(const rule_facts *f, rule_args *a)
{
	if (f->ev->pregnancy_number >= 1)
		return 0;
	snprintf(a->value, sizeof a->value, "%d", f->ev->pregnancy_number);
	return 1;
}

/* prenatal.week_invalid: gestational age outside the form's range
 * (domain/event_fields.c, RULES_WEEK_MIN..RULES_WEEK_MAX). */
static int
check_gestational_week(const rule_facts *f, rule_args *a)
{
	if (f->ev->gestational_week >= RULES_WEEK_MIN && f->ev->gestational_week <= RULES_WEEK_MAX)
		return 0;
	snprintf(a->value, sizeof a->value, "%d", f->ev->gestational_week);
	return 1;
}

/* birth.weight_implausible: a weight given but outside the plausible range
 * (32 typed for 3,2 kg). */
static int
check_weight(const rule_facts *f, rule_args *a)
{
	int g = f->ev->birth_weight_g;

	if (g == 0 || (g >= RULES_WEIGHT_MIN_G && g <= RULES_WEIGHT_MAX_G))
		return 0;
	snprintf(a->value, sizeof a->value, "%d", g);
	snprintf(a->limit, sizeof a->limit, "%d", RULES_WEIGHT_MIN_G);
	snprintf(a->extra, sizeof a->extra, "%d", RULES_WEIGHT_MAX_G);
	return 1;
}

/* fp_start.same_method: a start of the method the woman already uses
 * (a second IUD two days after the first). */
static int
check_same_method(const rule_facts *f, rule_args *a)
{
	if (str_empty(f->current_method) || strcmp(f->current_method, f->ev->method) != 0)
		return 0;
	str_copy(a->value, sizeof a->value, code_label("fp_method", f->current_method));
	return 1;
}

/* pregnancy.on_method: a pregnancy of a woman recorded as using a method. */
static int
check_pregnant_on_method(const rule_facts *f, rule_args *a)
{
	if (str_empty(f->current_method))
		return 0;
	str_copy(a->value, sizeof a->value, code_label("fp_method", f->current_method));
	return 1;
}

/* marriage.parent_child: the spouse chosen is the person's parent or child. */
static int
check_marry_parent(const rule_facts *f, rule_args *a)
{
	if (f->subject == NULL || str_empty(f->related_relation) ||
	    !family_parent_child(f->subject->relation, f->related_relation))
		return 0;
	str_copy(a->value, sizeof a->value, f->related_name);
	return 1;
}

/* marriage.already_married: the person is recorded as married. */
static int
check_already_married(const rule_facts *f, rule_args *a)
{
	return f->subject != NULL && strcmp(f->subject->marital, MARITAL_MARRIED) == 0;
}

/* prenatal.male: prenatal screening recorded for a man. */
static int
check_prenatal_male(const rule_facts *f, rule_args *a)
{
	return f->subject != NULL && f->subject->sex == SEX_MALE;
}

/* elderly.under_60 */
static int
check_elderly_under_60(const rule_facts *f, rule_args *a)
{
	int age = subject_age(f);

	if (age < 0 || age >= 60)
		return 0;
	snprintf(a->value, sizeof a->value, "%d", age);
	return 1;
}

/* elderly.repeat: the person was already checked this year. */
static int
check_elderly_repeat(const rule_facts *f, rule_args *a)
{
	if (f->elderly_checks_this_year <= 0)
		return 0;
	snprintf(a->value, sizeof a->value, "%d", f->elderly_checks_this_year);
	snprintf(a->extra, sizeof a->extra, "%d", date_year(f->ev->date));
	return 1;
}

#define PERSON_KINDS (ALL_KINDS & ~KIND(EV_MOVE_IN) & ~KIND(EV_MOVE_OUT))

/* The rules, errors first; documented in docs/rules.md. */
static const rule rules[] = {
	{"event.date_invalid", RULE_ERROR, ALL_KINDS, "date", check_date_invalid,
	 "Ngày của sự kiện \"{value}\" không hợp lệ", "The event date \"{value}\" is not a valid date"},
	{"event.outside_period", RULE_ERROR, ALL_KINDS, "date", check_outside_period,
	 "Ngày {date} nằm ngoài tháng báo cáo {period}", "The date {date} is outside the reporting month {period}"},
	{"event.future", RULE_ERROR, ALL_KINDS, "date", check_future,
	 "Ngày {date} chưa tới (hôm nay là {limit})", "The date {date} is in the future (today is {limit})"},
	{"event.period_locked", RULE_ERROR, ALL_KINDS, "date", check_period_locked,
	 "Tháng {value} đã xuất báo cáo và bị khóa: cán bộ dân số xã phải mở khóa trước khi ghi hoặc sửa",
	 "The month {value} has been exported and is locked: the commune population officer must unlock it "
	 "first"},
	{"event.subject_inactive", RULE_ERROR, PERSON_KINDS, "member_id", check_subject_inactive,
	 "{name} {value}: không thể ghi sự kiện mới cho người này",
	 "{name} {value}: no new event can be recorded for this person"},
	{"move_out.not_active", RULE_ERROR, KIND(EV_MOVE_OUT), "member_id", check_subject_inactive,
	 "Không thể chuyển đi {name}: người này {value}", "Cannot move out {name}: this person {value}"},
	{"event.before_entry", RULE_ERROR, ALL_KINDS & ~KIND(EV_MOVE_IN), "date", check_before_entry,
	 "Ngày {date} trước ngày {name} vào sổ ({limit}): sửa ngày của sự kiện, hoặc sửa \"Ngày vào sổ\" của người này nếu "
	 "họ đã ở đây từ trước",
	 "The date {date} is before {name} entered the register ({limit}): correct the event's date, or the person's "
	 "\"Entered on\" if they were here before"},
	{"event.duplicate", RULE_ERROR, ALL_KINDS, "date", check_duplicate,
	 "Sự kiện này đã được ghi cho {name} ngày {date}", "This event is already recorded for {name} on {date}"},
	{"birth.mother_not_female", RULE_ERROR, KIND(EV_BIRTH), "member_id", check_mother_not_female,
	 "Người mẹ {name} không phải là nữ (giới tính ghi là {value})",
	 "The mother {name} is not female (sex recorded as {value})"},
	{"birth.child_sex", RULE_ERROR, KIND(EV_BIRTH), "child_sex", check_child_sex,
	 "Giới tính của trẻ phải là 1 (Nam) hoặc 2 (Nữ), không phải {value}",
	 "The child's sex must be 1 (male) or 2 (female), not {value}"},
	{"birth.order_invalid", RULE_ERROR, KIND(EV_BIRTH), "birth_order", check_order_invalid,
	 "Con thứ {value} không hợp lệ: con thứ phải từ 1 trở lên",
	 "Birth order {value} is not valid: it must be 1 or more"},
	{"birth.order_below_register", RULE_ERROR, KIND(EV_BIRTH), "birth_order", check_order_below_register,
	 "Con thứ {value} quá nhỏ: theo sổ, {name} đã sinh {extra} con, nên con này ít nhất là con thứ {limit}",
	 "Birth order {value} is too small: the register says {name} has given birth to {extra} children, so this "
	 "child is at least number {limit}"},
	{"detail.history_no_reason", RULE_ERROR, KIND(EV_DETAIL_CHANGE), "change_reason", check_history_reason,
	 "Sửa số con đã sinh / số con hiện sống của {name} cần ghi lý do",
	 "Correcting {name}'s live births or children living needs a reason"},
	{"fp_start.no_method", RULE_ERROR, KIND(EV_FP_START), "method", check_no_method,
	 "Chưa chọn biện pháp tránh thai cho {name}", "No contraceptive method is chosen for {name}"},
	{"pregnancy.number_invalid", RULE_ERROR, KIND(EV_PREGNANCY), "pregnancy_number", check_pregnancy_number,
	 "Lần mang thai thứ {value} không hợp lệ: phải từ 1 trở lên",
	 "Pregnancy number {value} is not valid: it must be 1 or more"},
	{"prenatal.week_invalid", RULE_ERROR, KIND(EV_PRENATAL_SCREENING), "gestational_week",
	 check_gestational_week, "Tuổi thai {value} tuần không hợp lệ: phải từ 4 đến 42 tuần",
	 "A gestational age of {value} weeks is not valid: it must be 4 to 42 weeks"},

	{"birth.weight_implausible", RULE_ERROR, KIND(EV_BIRTH), "birth_weight_g", check_weight,
	 "Cân nặng {value} gam không hợp lý (từ {limit} đến {extra} gam): ghi bằng gam, ví dụ 3200, hoặc bằng kg "
	 "có dấu phẩy, ví dụ 3,2",
	 "A weight of {value} grams is not plausible ({limit} to {extra} grams): type grams, e.g. 3200, or kilograms "
	 "with a decimal comma, e.g. 3,2"},
	{"marriage.parent_child", RULE_ERROR, KIND(EV_MARRIAGE), "spouse", check_marry_parent,
	 "{value} là bố/mẹ hoặc con của {name}: không thể là vợ/chồng", "{value} is a parent or child of {name}: "
	 "they cannot be spouses"},

	{"birth.mother_young", RULE_WARNING, KIND(EV_BIRTH), "member_id", check_mother_young,
	 "Người mẹ {name} mới {value} tuổi: hãy kiểm tra lại ngày sinh của mẹ",
	 "The mother {name} is only {value}: check her date of birth"},
	{"birth.mother_old", RULE_WARNING, KIND(EV_BIRTH), "member_id", check_mother_old,
	 "Người mẹ {name} đã {value} tuổi: hãy kiểm tra lại ngày sinh của mẹ",
	 "The mother {name} is already {value}: check her date of birth"},
	{"birth.order_high", RULE_WARNING, KIND(EV_BIRTH), "birth_order", check_order_high,
	 "{name} sinh con thứ {value}: hãy xác nhận, vì sinh con thứ 3 trở lên là chỉ tiêu chính",
	 "{name} gives birth to child number {value}: please confirm, third and later births are a key "
	 "indicator"},
	{"birth.order_gap", RULE_WARNING, KIND(EV_BIRTH), "birth_order", check_order_gap,
	 "Con thứ {value} nhưng theo sổ {name} mới sinh {extra} con: có lần sinh chưa ghi? Nếu xác nhận, số con "
	 "đã sinh của {name} được ghi thêm",
	 "Birth order {value} but the register says {name} has given birth to {extra} children: unrecorded births? "
	 "If you confirm, her live births are raised to match"},
	{"birth.close_births", RULE_WARNING, KIND(EV_BIRTH), "date", check_close_births,
	 "{name} đã sinh con ngày {value}, chưa đầy 9 tháng trước ngày {date}",
	 "{name} already gave birth on {value}, less than 9 months before {date}"},
	{"fp_start.after_sterilisation", RULE_WARNING, KIND(EV_FP_START), "method", check_after_sterilisation,
	 "{name} đã được ghi {value} (vĩnh viễn): vẫn ghi biện pháp mới?",
	 "{name} is recorded with {value}, which is permanent: record a new method anyway?"},
	{"fp_start.unmarried", RULE_WARNING, KIND(EV_FP_START), "member_id", check_unmarried,
	 "{name} không được ghi là đang có vợ/chồng (hôn nhân: {value}): vẫn ghi biện pháp tránh thai?",
	 "{name} is not recorded as married (marital status: {value}): record contraception anyway?"},
	{"fp_start.same_method", RULE_WARNING, KIND(EV_FP_START), "method", check_same_method,
	 "{name} đang dùng {value} rồi: ghi bắt đầu lần nữa thì bà được tính là người mới sử dụng hai lần",
	 "{name} already uses {value}: a second start counts her twice as a new user"},
	{"pregnancy.on_method", RULE_WARNING, KIND(EV_PREGNANCY), "member_id", check_pregnant_on_method,
	 "{name} đang được ghi là dùng {value}: nếu có thai, hãy ghi cả việc thôi dùng biện pháp",
	 "{name} is recorded as using {value}: if she is pregnant, record the stop of the method too"},
	{"marriage.already_married", RULE_WARNING, KIND(EV_MARRIAGE), "member_id", check_already_married,
	 "{name} đang được ghi là có vợ/chồng: nếu đã ly hôn hay goá, hãy ghi việc đó trước",
	 "{name} is recorded as married: record the divorce or widowhood first if there was one"},
	{"prenatal.male", RULE_WARNING, KIND(EV_PRENATAL_SCREENING), "member_id", check_prenatal_male,
	 "{name} là nam: sàng lọc trước sinh chỉ dành cho phụ nữ mang thai",
	 "{name} is male: prenatal screening is for pregnant women"},
	{"elderly.under_60", RULE_WARNING, KIND(EV_ELDERLY_CHECK), "member_id", check_elderly_under_60,
	 "{name} mới {value} tuổi: khám sức khỏe người cao tuổi dành cho người từ 60 tuổi",
	 "{name} is only {value}: elderly health checks are for people aged 60 or more"},
	{"elderly.repeat", RULE_WARNING, KIND(EV_ELDERLY_CHECK), "date", check_elderly_repeat,
	 "{name} đã được khám {value} lần trong năm {extra}: chỉ tiêu chỉ tính một lần mỗi năm",
	 "{name} was already checked {value} time(s) in {extra}: the indicator counts one check a year"},
};

/* The value a placeholder names, or NULL if the name is unknown. */
static const char *
arg_value(const rule_args *a, const char *key, size_t len)
{
	static const struct {
		const char *key;
		size_t offset;
	} keys[] = {
		{"name", offsetof(rule_args, name)},     {"value", offsetof(rule_args, value)},
		{"limit", offsetof(rule_args, limit)},   {"extra", offsetof(rule_args, extra)},
		{"date", offsetof(rule_args, date)},     {"period", offsetof(rule_args, period)},
	};
	size_t i;

	for (i = 0; i < ARRAY_LEN(keys); i++)
		if (strlen(keys[i].key) == len && memcmp(keys[i].key, key, len) == 0)
			return (const char *)a + keys[i].offset;
	return NULL;
}

/* Expand {placeholders} of a template into out (size n). */
static void
message_expand(const char *tmpl, const rule_args *a, char *out, size_t n)
{
	strbuf sb;
	const char *p = tmpl, *close, *value;

	strbuf_init(&sb);
	while (*p != '\0') {
		if (*p == '{' && (close = strchr(p, '}')) != NULL &&
		    (value = arg_value(a, p + 1, (size_t)(close - p - 1))) != NULL) {
			strbuf_puts(&sb, value);
			p = close + 1;
		} else {
			strbuf_append(&sb, p, 1);
			p++;
		}
	}
	str_copy(out, n, sb.data);
	strbuf_free(&sb);
}

/* The values every message may use. */
static void
args_base(const rule_facts *f, rule_args *a)
{
	period p;

	memset(a, 0, sizeof *a);
	if (f->subject != NULL && !str_empty(f->subject->full_name))
		str_copy(a->name, sizeof a->name, f->subject->full_name);
	else
		str_copy(a->name, sizeof a->name, f->subject != NULL ? L("người này", "this person")
								      : L("hộ này", "this household"));
	date_format(f->ev->date, a->date, sizeof a->date);
	if (period_parse(f->period, &p, NULL) == 0)
		period_label(&p, a->period, sizeof a->period);
	else
		str_copy(a->period, sizeof a->period, f->period);
}

/* Run every rule of the event's kind. */
void
rules_check(const rule_facts *f, rule_result *out)
{
	rule_args base, a;
	size_t i;

	memset(out, 0, sizeof *out);
	if (f == NULL || f->ev == NULL)
		return;
	args_base(f, &base);
	for (i = 0; i < ARRAY_LEN(rules) && out->count < RULE_MAX_FINDINGS; i++) {
		const rule *r = &rules[i];
		rule_finding *item;

		if ((unsigned)f->ev->kind >= EV_KIND_COUNT || !(r->kinds & KIND(f->ev->kind)))
			continue;
		a = base;
		if (!r->check(f, &a))
			continue;
		item = &out->items[out->count++];
		item->severity = r->severity;
		item->rule_id = r->id;
		item->field = r->field;
		message_expand(L(r->vi, r->en), &a, item->message, sizeof item->message);
		if (r->severity == RULE_ERROR)
			out->errors++;
		else
			out->warnings++;
	}
}

/* A birth weight as typed, in grams. */
int
rules_weight_grams(const char *text, long *grams)
{
	char buf[32], *end;
	size_t n;
	int kg = 0;
	double v;

	str_copy(buf, sizeof buf, text != NULL ? text : "");
	str_trim(buf);
	n = strlen(buf);
	if (n >= 2 && (buf[n - 1] == 'g' || buf[n - 1] == 'G') && (buf[n - 2] == 'k' || buf[n - 2] == 'K')) {
		kg = 1;
		buf[n -= 2] = '\0';
	} else if (n >= 1 && (buf[n - 1] == 'g' || buf[n - 1] == 'G')) {
		buf[--n] = '\0';
	}
	while (n > 0 && buf[n - 1] == ' ')
		buf[--n] = '\0';
	for (char *p = buf; *p != '\0'; p++) {
		if (*p == ',' || *p == '.') {
			*p = '.';
			kg = 1;
		} else if (*p < '0' || *p > '9') {
			return -1;
		}
	}
	if (n == 0 || buf[0] == '.' || strchr(buf, '.') != strrchr(buf, '.'))
		return -1;
	v = strtod(buf, &end);
	if (*end != '\0' || v > 99999)
		return -1;
	*grams = kg ? (long)(v * 1000 + 0.5) : (long)v;
	return 0;
}

/* The next birth order after the births already recorded. */
int
rules_expected_birth_order(int previous_births)
{
	return previous_births < 0 ? 1 : previous_births + 1;
}

/* Whole years from a birth date (or year, counted from 1 July) to a date. */
int
rules_age_on(const char *birth, const char *on)
{
	int by, bm, bd, y, m, d, age;

	if (date_split(on, &y, &m, &d) < 0)
		return -1;
	if (date_is_year_only(birth)) {
		by = date_year(birth);
		bm = 7;
		bd = 1;
	} else if (date_split(birth, &by, &bm, &bd) < 0) {
		return -1;
	}
	age = y - by - (m < bm || (m == bm && d < bd));
	return age < 0 ? -1 : age;
}
