/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* event_form.c: one form per event kind. The kinds' fields come from the
 * table of domain/event_fields.h (widget by type, label, range, required,
 * which kinds); the child's name, the spouse, the detail changed and a new
 * person's details have forms of their own here. */
#include "config.h"

#include "tui/event_form.h"
#include "tui/screens.h"
#include "domain/codes.h"
#include "domain/event_fields.h"
#include "domain/family.h"
#include "domain/i18n.h"
#include "domain/util.h"

#include <stdio.h>
#include <string.h>

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
	{"children_born", "Số con đã sinh", "Live births"},
	{"children_living", "Số con hiện sống", "Children living"},
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

/* The household's other members as choices "1", "2" ... */
static void
spouse_field(form *f, const event_ctx *ctx)
{
	form_field *fld = form_add(f, "spouse", L("Vợ/chồng trong hộ (số)", "Spouse in household (no.)"), FT_CODE, 0);
	form_code c[32];
	size_t n = 0;

	for (size_t i = 0; i < ctx->npeople && n < 32; i++) {
		if (ctx->subject != NULL && (ctx->people[i].id == ctx->subject->id ||
		                             family_parent_child(ctx->subject->relation, ctx->people[i].relation)))
			continue;  /* never the person nor a parent or child of theirs */
		str_printf(c[n].code, sizeof c[n].code, "%zu", i + 1);
		str_copy(c[n].label, sizeof c[n].label, ctx->people[i].full_name);
		n++;
	}
	form_set_codes(fld, c, n);
}

/* The child's name of a birth (asked only when first recorded). */
static void
child_field(form *f, const event_ctx *ctx)
{
	form_field *fld = form_add(f, "child_name", L("Tên trẻ", "Child's name"), ctx->editing ? FT_INFO : FT_NAME, 50);

	fld->required = !ctx->editing;
}

/* The member fields of a person moving in. */
static void
person_fields(form *f)
{
	form_field *fld;

	ui_person_fields(f);
	fld = form_add(f, "person_id", L("Mã đối tượng", "Person ID"), FT_TEXT, PERSON_ID_LEN - 1);
	fld->edit.charset = LE_CODE;
	ui_history_fields(f);
}

/* The area of a move: the commune's areas by number. */
static form_field *
area_field(form *f, const event_field *ef, const event_ctx *ctx)
{
	form_field *fld = form_add(f, event_field_id(ef), event_field_label(ef, ctx->kind), FT_CODE, 0);
	form_code c[64];
	size_t n = 0;

	for (size_t i = 0; i < ctx->nareas && n < 64; i++, n++) {
		str_printf(c[n].code, sizeof c[n].code, "%d", ctx->areas[i].number);
		str_copy(c[n].label, sizeof c[n].label, ctx->areas[i].name);
	}
	form_set_codes(fld, c, n);
	return fld;
}

/* The form field of table field ef (domain/event_fields.h). */
static void
table_field(form *f, const event_field *ef, const event_ctx *ctx)
{
	const char *label = event_field_label(ef, ctx->kind);
	int required = (ef->flags & EF_REQUIRED) != 0;
	form_field *fld;

	switch (ef->type) {
	case EF_SEX:
	case EF_CODE:
		ui_code_field(f, event_field_id(ef), label, ef->list, required);
		return;
	case EF_INT:
		fld = number_field(f, event_field_id(ef), label, ef->min, ef->max, required);
		if (strcmp(ef->csv, "birth_weight_g") == 0) {
			/* grams, or kilograms with a comma: 3200, 3,2, 3.2kg */
			fld->grams = 1;
			fld->edit.charset = LE_ANY;
			fld->edit.max_chars = 8;
		}
		return;
	case EF_TEXT:
		fld = form_add(f, event_field_id(ef), label, FT_NAME, (size_t)ef->max);
		break;
	case EF_AREA:
		fld = area_field(f, ef, ctx);
		break;
	default:
		fld = form_add(f, event_field_id(ef), label, FT_YESNO, 0);
		break;
	}
	fld->required = required;
}

/* The table's fields of ctx->kind's form: in the table's order, those
 * marked EF_FORM_LAST at the end. */
static void
table_fields(form *f, const event_ctx *ctx)
{
	for (int last = 0; last <= 1; last++)
		for (size_t i = 0; i < event_nfields; i++) {
			const event_field *ef = &event_fields[i];

			if (event_field_on_form(ef, ctx->kind) && ((ef->flags & EF_FORM_LAST) != 0) == last)
				table_field(f, ef, ctx);
		}
}

/* The change-of-details fields. */
static void
detail_fields_add(form *f)
{
	const event_field *field = event_field_find("field"), *value = event_field_find("new_value");
	form_field *fld = form_add(f, field->csv, event_field_label(field, EV_DETAIL_CHANGE), FT_CODE, 0);
	form_code c[ARRAY_LEN(detail_fields)];

	for (size_t i = 0; i < ARRAY_LEN(detail_fields); i++) {
		str_printf(c[i].code, sizeof c[i].code, "%zu", i + 1);
		str_copy(c[i].label, sizeof c[i].label, L(detail_fields[i].vi, detail_fields[i].en));
	}
	form_set_codes(fld, c, ARRAY_LEN(detail_fields));
	fld->required = 1;
	fld = form_add(f, value->csv, event_field_label(value, EV_DETAIL_CHANGE), FT_NAME, (size_t)value->max);
	fld->required = 1;
}

/* Add the fields of an event of ctx->kind: who and when, the fields of
 * the kind that have a form of their own (the child's name, the spouse,
 * the detail changed), the table's fields, a new person's details. */
void
event_form_build(form *f, const event_ctx *ctx)
{
	form_field *fld;

	if (ctx->kind == EV_BIRTH && !ctx->editing) {
		/* the mother can be changed in the form (Shift-Tab from the date) */
		form_code c[32];
		size_t n = 0;

		fld = form_add(f, "mother", L("Người mẹ (số)", "Mother (no.)"), FT_CODE, 0);
		fld->required = 1;
		for (size_t i = 0; i < ctx->npeople && n < 32; i++, n++) {
			str_printf(c[n].code, sizeof c[n].code, "%zu", i + 1);
			str_copy(c[n].label, sizeof c[n].label, ctx->people[i].full_name);
		}
		form_set_codes(fld, c, n);
	} else {
		form_add(f, "who", ctx->kind == EV_BIRTH ? L("Người mẹ", "Mother") : L("Người", "Person"), FT_INFO, 0);
	}
	fld = form_add(f, "date", L("Ngày", "Date"), FT_DATE, 0);
	fld->required = 1;
	f->focus = f->count - 1;  /* the form opens on the date */
	if (ctx->kind == EV_BIRTH)
		child_field(f, ctx);
	if (ctx->kind == EV_MARRIAGE || ctx->kind == EV_DIVORCE)
		spouse_field(f, ctx);
	if (ctx->kind == EV_DETAIL_CHANGE)
		detail_fields_add(f);
	table_fields(f, ctx);
	if (ctx->kind == EV_MOVE_IN && !ctx->editing)
		person_fields(f);
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

/* Show the value of table field ef of ev (a new screening proposes every
 * condition screened). */
static void
fill_table_field(form *f, const event_ctx *ctx, const event_field *ef, const event *ev, int new_event)
{
	char buf[32] = "";
	int64_t v;

	if (event_field_is_text(ef)) {
		form_set(f, event_field_id(ef), event_field_text(ev, ef));
		return;
	}
	v = event_field_int(ev, ef);
	switch (ef->type) {
	case EF_AREA:
		for (size_t i = 0; v != 0 && i < ctx->nareas; i++)
			if (ctx->areas[i].id == v)
				str_printf(buf, sizeof buf, "%d", ctx->areas[i].number);
		form_set(f, event_field_id(ef), buf);
		break;
	case EF_FLAG:
	case EF_BIT:
		form_set(f, event_field_id(ef), v || (new_event && ef->type == EF_BIT) ? "1" : "0");
		break;
	default:
		set_number(f, event_field_id(ef), (int)v, (ef->flags & EF_ZERO_EMPTY) || ef->min > 0 || ef->type == EF_SEX);
		break;
	}
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
	person_index(ctx, ctx->subject != NULL ? ctx->subject->id : 0, buf, sizeof buf);
	form_set(f, "mother", buf);
	for (size_t i = 0; i < event_nfields; i++)
		if (event_field_on_form(&event_fields[i], ctx->kind))
			fill_table_field(f, ctx, &event_fields[i], ev, new_event);
	for (size_t i = 0; i < ARRAY_LEN(detail_fields); i++)
		if (strcmp(detail_fields[i].field, ev->field) == 0) {
			str_printf(buf, sizeof buf, "%zu", i + 1);
			form_set(f, "field", buf);
		}
	form_set(f, "new_value", ev->new_value);
	person_index(ctx, ev->related_member_id, buf, sizeof buf);
	form_set(f, "spouse", buf);
	if (new_event) {
		/* what the register proposes for a new event */
		set_number(f, "birth_order", ctx->proposed_order, 1);
		form_set(f, "birth_place", BIRTH_PLACE_HOSPITAL);
		if (ctx->kind == EV_FP_STOP)
			form_set(f, "method", ctx->current_method);
		set_number(f, "living_children", ctx->living_children, 0);
		form_set(f, "pregnancy_kind", PREGNANCY_PREGNANT);
		form_set(f, "premarital_check", "");
	}
	form_set(f, "ethnicity", "01");
	form_set(f, "marital", "1");
	form_set(f, "residence", "1");
	f->dirty = 0;
}

/* Read table field ef from the form into ev. */
static void
read_table_field(const form *f, const event_ctx *ctx, const event_field *ef, event *ev)
{
	const char *s = form_get(f, event_field_id(ef));
	int64_t v = 0;

	if (event_field_is_text(ef)) {
		event_field_set_text(ev, ef, s);
		return;
	}
	switch (ef->type) {
	case EF_AREA:
		for (size_t a = 0; a < ctx->nareas; a++)
			if (ctx->areas[a].number == form_get_long(f, event_field_id(ef)))
				v = ctx->areas[a].id;
		break;
	case EF_FLAG:
	case EF_BIT:
		v = strcmp(s, "1") == 0;
		break;
	default:
		v = form_get_long(f, event_field_id(ef));
		break;
	}
	event_field_set_int(ev, ef, v);
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
	ui_history_read(f, p);
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
	else if (strcmp(field, "children_born") == 0) str_printf(out, n, "%d", m->children_born);
	else if (strcmp(field, "children_living") == 0) str_printf(out, n, "%d", m->children_living);
}

/* The kind's fields that have a form of their own. */
static void
read_kind(const form *f, const event_ctx *ctx, event *ev)
{
	long i;

	switch (ctx->kind) {
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
	for (size_t i = 0; i < event_nfields; i++)
		if (event_field_on_form(&event_fields[i], ctx->kind))
			read_table_field(f, ctx, &event_fields[i], ev);
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

/* The label of a member column a change of details sets ("residence" ->
 * "Cư trú"), or the column's name when it is not one of them. */
const char *
event_form_detail_label(const char *field)
{
	for (size_t i = 0; i < ARRAY_LEN(detail_fields); i++)
		if (strcmp(detail_fields[i].field, field) == 0)
			return L(detail_fields[i].vi, detail_fields[i].en);
	return field;
}
