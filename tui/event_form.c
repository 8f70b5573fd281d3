/* event_form.c: one form per event kind, described by data (see event_form.h). */
#include "config.h"

#include "tui/event_form.h"
#include "tui/screens.h"
#include "domain/codes.h"
#include "domain/family.h"
#include "domain/i18n.h"
#include "domain/util.h"

#include <stdio.h>
#include <string.h>

/* Fields of a screening: the conditions, one yes/no each, in the order
 * of their bits in event.conditions. */
typedef struct condition {
	const char *id, *vi, *en;
} condition;

static const condition newborn_conditions[] = {
	{"nb_hypothyroidism", "Suy giáp bẩm sinh", "Congenital hypothyroidism"},
	{"nb_g6pd", "Thiếu men G6PD", "G6PD deficiency"},
	{"nb_cah", "Tăng sản thượng thận BS", "Adrenal hyperplasia"},
	{"nb_hearing", "Khiếm thính bẩm sinh", "Congenital hearing loss"},
	{"nb_heart", "Tim bẩm sinh", "Congenital heart disease"},
};
static const condition prenatal_conditions[] = {
	{"pn_down", "Hội chứng Down", "Down syndrome"},
	{"pn_edwards", "Hội chứng Edwards", "Edwards syndrome"},
	{"pn_patau", "Hội chứng Patau", "Patau syndrome"},
	{"pn_thalassaemia", "Thalassemia", "Thalassaemia"},
};

/* Member columns a change of details may set. */
static const struct {
	const char *field, *vi, *en;
} detail_fields[] = {
	{"full_name", "Họ và tên", "Full name"},
	{"birth_date", "Ngày sinh", "Date of birth"},
	{"sex", "Giới tính", "Sex"},
	{"relation", "Quan hệ với chủ hộ", "Relation to head"},
	{"ethnicity", "Dân tộc", "Ethnicity"},
	{"education", "Trình độ học vấn", "Education"},
	{"marital", "Hôn nhân", "Marital status"},
	{"residence", "Cư trú", "Residence"},
	{"person_id", "Mã đối tượng", "Person ID"},
};

/* A number field in [min, max]. */
static form_field *
number_field(form *f, const char *id, const char *label, long min, long max, int required)
{
	form_field *fld = form_add(f, id, label, FT_NUMBER, max >= 1000 ? 4 : max >= 10 ? 2 : 1);

	fld->min = min;
	fld->max = max;
	fld->required = required;
	return fld;
}

/* One yes/no field per condition of a screening. */
static void
condition_fields(form *f, const condition *c, size_t n)
{
	for (size_t i = 0; i < n; i++)
		form_add(f, c[i].id, L(c[i].vi, c[i].en), FT_YESNO, 0);
}

/* The household's other members as choices "1", "2" ... */
static void
spouse_field(form *f, const event_ctx *ctx)
{
	form_field *fld = form_add(f, "spouse", L("Vợ/chồng trong hộ (số)", "Spouse in household (no.)"), FT_CODE, 0);
	form_code c[32];
	size_t n = 0;

	for (size_t i = 0; i < ctx->npeople && n < 32; i++) {
		if (ctx->subject != NULL && ctx->people[i].id == ctx->subject->id)
			continue;
		str_printf(c[n].code, sizeof c[n].code, "%zu", i + 1);
		str_copy(c[n].label, sizeof c[n].label, ctx->people[i].full_name);
		n++;
	}
	form_set_codes(fld, c, n);
	form_add(f, "spouse_name", L("Tên vợ/chồng (nếu ngoài hộ)", "Spouse's name (if not here)"), FT_NAME, 50);
}

/* The birth fields: the child (named only when first recorded). */
static void
birth_fields(form *f, const event_ctx *ctx)
{
	form_field *fld = form_add(f, "child_name", L("Tên trẻ", "Child's name"), ctx->editing ? FT_INFO : FT_NAME, 50);

	fld->required = !ctx->editing;
	ui_code_field(f, "child_sex", L("Giới tính trẻ", "Child's sex"), "sex", 1);
	number_field(f, "birth_order", L("Con thứ mấy", "Birth order"), 1, 20, 1);
	ui_code_field(f, "birth_place", L("Nơi sinh", "Place of birth"), "birth_place", 1);
	number_field(f, "birth_weight_g", L("Cân nặng (gam)", "Weight (grams)"), 0, 9999, 0);
}

/* The member fields of a person moving in. */
static void
person_fields(form *f)
{
	form_field *fld;

	ui_person_fields(f);
	fld = form_add(f, "person_id", L("Mã đối tượng", "Person ID"), FT_TEXT, PERSON_ID_LEN - 1);
	fld->edit.charset = LE_CODE;
}

/* The move-out fields. */
static void
move_out_fields(form *f, const event_ctx *ctx)
{
	form_field *fld = form_add(f, "move_scope", L("Chuyển trong xã? (c/k)", "Inside the commune? (y/n)"), FT_YESNO, 0);
	form_code c[64];
	size_t n = 0;

	fld->required = 1;
	fld = form_add(f, "to_area", L("Sang địa bàn (nếu trong xã)", "To area (inside the commune)"), FT_CODE, 0);
	for (size_t i = 0; i < ctx->nareas && n < 64; i++, n++) {
		str_printf(c[n].code, sizeof c[n].code, "%d", ctx->areas[i].number);
		str_copy(c[n].label, sizeof c[n].label, ctx->areas[i].name);
	}
	form_set_codes(fld, c, n);
	form_add(f, "place", L("Chuyển đến đâu", "Moving to"), FT_NAME, 60);
}

/* The change-of-details fields. */
static void
detail_fields_add(form *f)
{
	form_field *fld = form_add(f, "field", L("Thông tin cần đổi", "Detail to change"), FT_CODE, 0);
	form_code c[ARRAY_LEN(detail_fields)];

	for (size_t i = 0; i < ARRAY_LEN(detail_fields); i++) {
		str_printf(c[i].code, sizeof c[i].code, "%zu", i + 1);
		str_copy(c[i].label, sizeof c[i].label, L(detail_fields[i].vi, detail_fields[i].en));
	}
	form_set_codes(fld, c, ARRAY_LEN(detail_fields));
	fld->required = 1;
	fld = form_add(f, "new_value", L("Giá trị mới (mã, ngày yyyy-mm-dd)", "New value (code, yyyy-mm-dd)"), FT_NAME, 60);
	fld->required = 1;
}

/* Add the fields of an event of ctx->kind. */
void
event_form_build(form *f, const event_ctx *ctx)
{
	form_field *fld;

	form_add(f, "who", ctx->kind == EV_BIRTH ? L("Người mẹ", "Mother") : L("Người", "Person"), FT_INFO, 0);
	fld = form_add(f, "date", L("Ngày", "Date"), FT_DATE, 0);
	fld->required = 1;
	switch (ctx->kind) {
	case EV_BIRTH:
		birth_fields(f, ctx);
		break;
	case EV_NEWBORN_SCREENING:
		condition_fields(f, newborn_conditions, ARRAY_LEN(newborn_conditions));
		break;
	case EV_DEATH:
		ui_code_field(f, "death_cause", L("Nguyên nhân", "Cause"), "death_cause", 0);
		break;
	case EV_MOVE_IN:
		form_add(f, "place", L("Chuyển từ đâu", "Coming from"), FT_NAME, 60);
		if (!ctx->editing)
			person_fields(f);
		break;
	case EV_MOVE_OUT:
		move_out_fields(f, ctx);
		break;
	case EV_DETAIL_CHANGE:
		detail_fields_add(f);
		break;
	case EV_FP_START:
		ui_code_field(f, "method", L("Biện pháp", "Method"), "fp_method", 1);
		ui_code_field(f, "provider", L("Nơi cung cấp", "Provider"), "fp_provider", 1);
		number_field(f, "living_children", L("Số con hiện có", "Living children"), 0, 20, 0);
		break;
	case EV_FP_STOP:
		ui_code_field(f, "method", L("Biện pháp đang dùng", "Method in use"), "fp_method", 1);
		ui_code_field(f, "stop_reason", L("Lý do thôi", "Reason"), "fp_stop_reason", 1);
		break;
	case EV_PREGNANCY:
		ui_code_field(f, "pregnancy_kind", L("Loại", "Kind"), "pregnancy_kind", 1);
		number_field(f, "pregnancy_number", L("Lần mang thai thứ", "Pregnancy number"), 1, 20, 1);
		break;
	case EV_PRENATAL_SCREENING:
		number_field(f, "gestational_week", L("Tuổi thai (tuần)", "Gestational week"), 1, 42, 1);
		condition_fields(f, prenatal_conditions, ARRAY_LEN(prenatal_conditions));
		break;
	case EV_MARRIAGE:
		spouse_field(f, ctx);
		fld = form_add(f, "premarital_check", L("Đã tư vấn/khám trước kết hôn", "Premarital check done"), FT_YESNO, 0);
		fld->required = 1;
		break;
	case EV_DIVORCE:
		spouse_field(f, ctx);
		break;
	default:
		break;
	}
}

/* Set a number field ("" for 0 when zero means none). */
static void
set_number(form *f, const char *id, int v, int zero_is_empty)
{
	char buf[16] = "";

	if (v != 0 || !zero_is_empty)
		str_printf(buf, sizeof buf, "%d", v);
	form_set(f, id, buf);
}

/* Set the yes/no fields of a condition bit set. */
static void
set_bits(form *f, const condition *c, size_t n, unsigned bits)
{
	for (size_t i = 0; i < n; i++)
		form_set(f, c[i].id, (bits & (1u << i)) ? "1" : "0");
}

/* The index (1-based, as text) of member id among the people; "" if none. */
static void
person_index(const event_ctx *ctx, int64_t id, char *buf, size_t n)
{
	buf[0] = '\0';
	for (size_t i = 0; id != 0 && i < ctx->npeople; i++)
		if (ctx->people[i].id == id)
			str_printf(buf, n, "%zu", i + 1);
}

/* Show a stored event, or the proposals for a new one, in the fields. */
void
event_form_fill(form *f, const event_ctx *ctx, const event *ev, const char *default_date)
{
	char buf[64];
	int new_event = ev->id == 0;

	form_set(f, "who", ctx->subject != NULL ? ctx->subject->full_name
	                   : ctx->kind == EV_MOVE_IN ? L("(người mới)", "(new person)") : L("Cả hộ", "Whole household"));
	form_set(f, "date", new_event ? default_date : ev->date);
	str_printf(buf, sizeof buf, "%d", (int)ev->child_sex);
	form_set(f, "child_sex", ev->child_sex ? buf : "");
	set_number(f, "birth_order", new_event ? ctx->proposed_order : ev->birth_order, 1);
	form_set(f, "birth_place", new_event ? BIRTH_PLACE_HOSPITAL : ev->birth_place);
	set_number(f, "birth_weight_g", ev->birth_weight_g, 1);
	set_bits(f, newborn_conditions, ARRAY_LEN(newborn_conditions), new_event ? 0x1f : ev->conditions);
	set_bits(f, prenatal_conditions, ARRAY_LEN(prenatal_conditions), new_event ? 0xf : ev->conditions);
	form_set(f, "death_cause", ev->death_cause);
	form_set(f, "place", ev->place);
	form_set(f, "move_scope", new_event ? "0" : ev->move_scope == MOVE_IN_COMMUNE ? "1" : "0");
	for (size_t i = 0; i < ctx->nareas; i++)
		if (ctx->areas[i].id == ev->to_area_id && ev->to_area_id != 0) {
			str_printf(buf, sizeof buf, "%d", ctx->areas[i].number);
			form_set(f, "to_area", buf);
		}
	for (size_t i = 0; i < ARRAY_LEN(detail_fields); i++)
		if (strcmp(detail_fields[i].field, ev->field) == 0) {
			str_printf(buf, sizeof buf, "%zu", i + 1);
			form_set(f, "field", buf);
		}
	form_set(f, "new_value", ev->new_value);
	form_set(f, "method", new_event && ctx->kind == EV_FP_STOP ? ctx->current_method : ev->method);
	form_set(f, "provider", ev->provider);
	set_number(f, "living_children", new_event ? ctx->living_children : ev->living_children, 0);
	form_set(f, "stop_reason", ev->stop_reason);
	form_set(f, "pregnancy_kind", new_event ? PREGNANCY_PREGNANT : ev->pregnancy_kind);
	set_number(f, "pregnancy_number", ev->pregnancy_number, 1);
	set_number(f, "gestational_week", ev->gestational_week, 1);
	person_index(ctx, ev->related_member_id, buf, sizeof buf);
	form_set(f, "spouse", buf);
	form_set(f, "spouse_name", ev->spouse_name);
	form_set(f, "premarital_check", new_event ? "" : ev->premarital_check ? "1" : "0");
	form_set(f, "ethnicity", "01");
	form_set(f, "marital", "1");
	form_set(f, "residence", "1");
	f->dirty = 0;
}

/* The condition bits of the yes/no fields. */
static unsigned
get_bits(const form *f, const condition *c, size_t n)
{
	unsigned bits = 0;

	for (size_t i = 0; i < n; i++)
		if (strcmp(form_get(f, c[i].id), "1") == 0)
			bits |= 1u << i;
	return bits;
}

/* Copy a form value into a fixed-size string. */
#define GET(dst, id) str_copy((dst), sizeof(dst), form_get(f, (id)))

/* The member fields of a person moving in. */
static void
read_person(const form *f, member *p)
{
	GET(p->full_name, "full_name");
	GET(p->relation, "relation");
	p->sex = (sex)form_get_long(f, "sex");
	GET(p->birth_date, "birth_date");
	GET(p->ethnicity, "ethnicity");
	GET(p->education, "education");
	GET(p->marital, "marital");
	GET(p->residence, "residence");
	GET(p->person_id, "person_id");
}

/* The old value of a member column, as stored. */
static void
member_value(const member *m, const char *field, char *out, size_t n)
{
	out[0] = '\0';
	if (m == NULL)
		return;
	if (strcmp(field, "full_name") == 0) str_copy(out, n, m->full_name);
	else if (strcmp(field, "birth_date") == 0) str_copy(out, n, m->birth_date);
	else if (strcmp(field, "sex") == 0) str_printf(out, n, "%d", (int)m->sex);
	else if (strcmp(field, "relation") == 0) str_copy(out, n, m->relation);
	else if (strcmp(field, "ethnicity") == 0) str_copy(out, n, m->ethnicity);
	else if (strcmp(field, "education") == 0) str_copy(out, n, m->education);
	else if (strcmp(field, "marital") == 0) str_copy(out, n, m->marital);
	else if (strcmp(field, "residence") == 0) str_copy(out, n, m->residence);
	else if (strcmp(field, "person_id") == 0) str_copy(out, n, m->person_id);
}

/* The kind-specific fields that are not plain copies. */
static void
read_kind(const form *f, const event_ctx *ctx, event *ev)
{
	long i;

	switch (ctx->kind) {
	case EV_NEWBORN_SCREENING:
		ev->conditions = get_bits(f, newborn_conditions, ARRAY_LEN(newborn_conditions));
		break;
	case EV_PRENATAL_SCREENING:
		ev->conditions = get_bits(f, prenatal_conditions, ARRAY_LEN(prenatal_conditions));
		break;
	case EV_MOVE_OUT:
		ev->move_scope = strcmp(form_get(f, "move_scope"), "1") == 0 ? MOVE_IN_COMMUNE : MOVE_ELSEWHERE;
		ev->to_area_id = 0;
		for (size_t a = 0; a < ctx->nareas; a++)
			if (ctx->areas[a].number == form_get_long(f, "to_area"))
				ev->to_area_id = ctx->areas[a].id;
		break;
	case EV_DETAIL_CHANGE:
		i = form_get_long(f, "field");
		if (i >= 1 && (size_t)i <= ARRAY_LEN(detail_fields))
			str_copy(ev->field, sizeof ev->field, detail_fields[i - 1].field);
		member_value(ctx->subject, ev->field, ev->old_value, sizeof ev->old_value);
		GET(ev->new_value, "new_value");
		break;
	case EV_MARRIAGE:
	case EV_DIVORCE:
		i = form_get_long(f, "spouse");
		ev->related_member_id = i >= 1 && (size_t)i <= ctx->npeople ? ctx->people[i - 1].id : 0;
		GET(ev->spouse_name, "spouse_name");
		ev->premarital_check = strcmp(form_get(f, "premarital_check"), "1") == 0;
		break;
	default:
		break;
	}
}

/* Read the fields into the event (and the new person, if any). */
void
event_form_read(const form *f, const event_ctx *ctx, event *ev, member *person)
{
	GET(ev->date, "date");
	ev->child_sex = (sex)form_get_long(f, "child_sex");
	ev->birth_order = (int)form_get_long(f, "birth_order");
	GET(ev->birth_place, "birth_place");
	ev->birth_weight_g = (int)form_get_long(f, "birth_weight_g");
	GET(ev->death_cause, "death_cause");
	GET(ev->place, "place");
	GET(ev->method, "method");
	GET(ev->provider, "provider");
	ev->living_children = (int)form_get_long(f, "living_children");
	GET(ev->stop_reason, "stop_reason");
	GET(ev->pregnancy_kind, "pregnancy_kind");
	ev->pregnancy_number = (int)form_get_long(f, "pregnancy_number");
	ev->gestational_week = (int)form_get_long(f, "gestational_week");
	read_kind(f, ctx, ev);
	if (person == NULL)
		return;
	if (ctx->kind == EV_BIRTH) {
		GET(person->full_name, "child_name");
		person->sex = ev->child_sex;
		str_copy(person->birth_date, sizeof person->birth_date, ev->date);
		str_copy(person->relation, sizeof person->relation,
		         family_newborn_relation(ctx->subject != NULL ? ctx->subject->relation : NULL));
		if (ctx->subject != NULL)
			str_copy(person->ethnicity, sizeof person->ethnicity, ctx->subject->ethnicity);
	} else if (ctx->kind == EV_MOVE_IN) {
		read_person(f, person);
	}
}
