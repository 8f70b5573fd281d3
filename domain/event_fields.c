/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* event_fields.c: the table of an event's kind-specific fields (see
 * event_fields.h). One line per field, in the package's column order. */
#include "config.h"

#include "domain/event_fields.h"
#include "domain/i18n.h"
#include "domain/rules.h"
#include "domain/util.h"

#include <string.h>

/* The member `m` of struct event as column / package name, type. */
#define F(col, csvname, ty, m) \
	.column = (col), .csv = (csvname), .type = (ty), .offset = offsetof(event, m), \
	.size = sizeof(((event *)0)->m)
/* One condition of a screening: a bit of event.conditions. */
#define BIT(csvname, b, kind, lvi, len) \
	{F(NULL, csvname, EF_BIT, conditions), .bit = (b), .kinds = EK(kind), .csv_max = 1, .vi = (lvi), .en = (len)}
#define K2(a, b) (EK(a) | EK(b))

const event_field event_fields[] = {
	/* birth */
	{F("child_sex", "child_sex", EF_SEX, child_sex), .kinds = EK(EV_BIRTH), .flags = EF_REQUIRED, .list = "sex",
	 .csv_max = 2, .vi = "Giới tính trẻ", .en = "Child's sex"},
	{F("birth_order", "birth_order", EF_INT, birth_order), .kinds = EK(EV_BIRTH), .flags = EF_REQUIRED, .min = 1,
	 .max = 20, .csv_max = 30, .vi = "Con thứ mấy", .en = "Birth order"},
	{F("birth_place", "birth_place", EF_CODE, birth_place), .kinds = EK(EV_BIRTH), .flags = EF_REQUIRED,
	 .list = "birth_place", .vi = "Nơi sinh", .en = "Place of birth"},
	{F("birth_weight_g", "birth_weight_g", EF_INT, birth_weight_g), .kinds = EK(EV_BIRTH), .flags = EF_ZERO_EMPTY,
	 .max = 9999, .csv_max = 9999, .vi = "Cân nặng (gam)", .en = "Weight (grams)"},
	/* screenings: the conditions stored as one bit set, shown one by one */
	{F("conditions", NULL, EF_BITS, conditions), .kinds = K2(EV_NEWBORN_SCREENING, EV_PRENATAL_SCREENING),
	 .flags = EF_NO_FORM},
	BIT("nb_hypothyroidism", NB_HYPOTHYROIDISM, EV_NEWBORN_SCREENING, "Suy giáp bẩm sinh", "Congenital hypothyroidism"),
	BIT("nb_g6pd", NB_G6PD, EV_NEWBORN_SCREENING, "Thiếu men G6PD", "G6PD deficiency"),
	BIT("nb_cah", NB_CAH, EV_NEWBORN_SCREENING, "Tăng sản thượng thận BS", "Adrenal hyperplasia"),
	BIT("nb_hearing", NB_HEARING, EV_NEWBORN_SCREENING, "Khiếm thính bẩm sinh", "Congenital hearing loss"),
	BIT("nb_heart", NB_HEART, EV_NEWBORN_SCREENING, "Tim bẩm sinh", "Congenital heart disease"),
	{F("gestational_week", "gestational_week", EF_INT, gestational_week), .kinds = EK(EV_PRENATAL_SCREENING),
	 .flags = EF_REQUIRED, .min = RULES_WEEK_MIN, .max = RULES_WEEK_MAX, .csv_max = 45,
	 .vi = "Tuổi thai (tuần)", .en = "Gestational week"},
	BIT("pn_down", PN_DOWN, EV_PRENATAL_SCREENING, "Hội chứng Down", "Down syndrome"),
	BIT("pn_edwards", PN_EDWARDS, EV_PRENATAL_SCREENING, "Hội chứng Edwards", "Edwards syndrome"),
	BIT("pn_patau", PN_PATAU, EV_PRENATAL_SCREENING, "Hội chứng Patau", "Patau syndrome"),
	BIT("pn_thalassaemia", PN_THALASSAEMIA, EV_PRENATAL_SCREENING, "Thalassemia", "Thalassaemia"),
	/* contraception */
	{F("method", "method", EF_CODE, method), .kinds = K2(EV_FP_START, EV_FP_STOP), .flags = EF_REQUIRED,
	 .list = "fp_method", .vi = "Biện pháp", .en = "Method",
	 .alt_kinds = EK(EV_FP_STOP), .alt_vi = "Biện pháp đang dùng", .alt_en = "Method in use"},
	{F("provider", "provider", EF_CODE, provider), .kinds = EK(EV_FP_START), .flags = EF_REQUIRED,
	 .list = "fp_provider", .vi = "Nơi cung cấp", .en = "Provider"},
	{F("living_children", "living_children", EF_INT, living_children), .kinds = EK(EV_FP_START), .max = 20,
	 .csv_max = 30, .vi = "Số con hiện có", .en = "Living children"},
	{F("stop_reason", "stop_reason", EF_CODE, stop_reason), .kinds = EK(EV_FP_STOP), .flags = EF_REQUIRED,
	 .list = "fp_stop_reason", .vi = "Lý do thôi", .en = "Reason"},
	/* pregnancy */
	{F("pregnancy_kind", "pregnancy_kind", EF_CODE, pregnancy_kind), .kinds = EK(EV_PREGNANCY), .flags = EF_REQUIRED,
	 .list = "pregnancy_kind", .vi = "Loại", .en = "Kind"},
	{F("pregnancy_number", "pregnancy_number", EF_INT, pregnancy_number), .kinds = EK(EV_PREGNANCY),
	 .flags = EF_REQUIRED, .min = 1, .max = 20, .csv_max = 30, .vi = "Lần mang thai thứ", .en = "Pregnancy number"},
	/* death */
	{F("death_cause", "death_cause", EF_CODE, death_cause), .kinds = EK(EV_DEATH), .list = "death_cause",
	 .vi = "Nguyên nhân", .en = "Cause"},
	/* moves */
	{F("place", "place", EF_TEXT, place), .kinds = K2(EV_MOVE_IN, EV_MOVE_OUT), .flags = EF_FORM_LAST, .max = 60,
	 .vi = "Chuyển đến đâu", .en = "Moving to",
	 .alt_kinds = EK(EV_MOVE_IN), .alt_vi = "Chuyển từ đâu", .alt_en = "Coming from"},
	{F("move_scope", "move_scope", EF_FLAG, move_scope), .kinds = K2(EV_MOVE_IN, EV_MOVE_OUT),
	 .flags = EF_REQUIRED, .csv_max = 1,
	 .vi = "Chuyển trong xã? (c/k)", .en = "Inside the commune? (y/n)",
	 .alt_kinds = EK(EV_MOVE_IN), .alt_vi = "Từ hộ khác trong xã? (c/k)", .alt_en = "From a household here? (y/n)"},
	{F("whole_household", "whole_household", EF_FLAG, whole_household), .kinds = EK(EV_MOVE_OUT),
	 .flags = EF_NO_FORM, .csv_max = 1, .vi = "Cả hộ chuyển đi", .en = "The whole household moves"},
	{F("to_area_id", "to_area", EF_AREA, to_area_id), .kinds = EK(EV_MOVE_OUT), .flags = EF_ZERO_EMPTY, .csv_max = 999999,
	 .vi = "Sang địa bàn (nếu trong xã)", .en = "To area (inside the commune)"},
	/* change of basic details (a form of its own: the member's columns) */
	{F("field", "field", EF_TEXT, field), .kinds = EK(EV_DETAIL_CHANGE), .flags = EF_NO_FORM | EF_REQUIRED,
	 .vi = "Thông tin cần đổi", .en = "Detail to change"},
	{F("old_value", "old_value", EF_TEXT, old_value), .kinds = EK(EV_DETAIL_CHANGE),
	 .flags = EF_NO_FORM | EF_PERSONAL_IF_NAME, .vi = "Giá trị cũ", .en = "Old value"},
	{F("new_value", "new_value", EF_TEXT, new_value), .kinds = EK(EV_DETAIL_CHANGE),
	 .flags = EF_NO_FORM | EF_PERSONAL_IF_NAME | EF_REQUIRED, .max = 60,
	 .vi = "Giá trị mới (mã, ngày yyyy-mm-dd)", .en = "New value (code, yyyy-mm-dd)"},
	/* marriage, divorce */
	{F("premarital_check", "premarital_check", EF_FLAG, premarital_check), .kinds = EK(EV_MARRIAGE),
	 .flags = EF_REQUIRED | EF_FORM_LAST, .csv_max = 1,
	 .vi = "Đã tư vấn/khám trước kết hôn", .en = "Premarital check done"},
	{F("spouse_name", "spouse_name", EF_TEXT, spouse_name), .kinds = K2(EV_MARRIAGE, EV_DIVORCE),
	 .flags = EF_PERSONAL, .max = 50, .vi = "Tên vợ/chồng (nếu ngoài hộ)", .en = "Spouse's name (if not here)"},
	/* change of basic details: why; kept out of the package (a commune's note) */
	{F("change_reason", NULL, EF_TEXT, change_reason), .kinds = EK(EV_DETAIL_CHANGE), .max = 60,
	 .vi = "Lý do thay đổi", .en = "Reason for the change"},
};
const size_t event_nfields = ARRAY_LEN(event_fields);

const event_field *
event_field_find(const char *name)
{
	for (size_t i = 0; i < event_nfields; i++) {
		const event_field *f = &event_fields[i];

		if ((f->column != NULL && strcmp(f->column, name) == 0) || (f->csv != NULL && strcmp(f->csv, name) == 0))
			return f;
	}
	return NULL;
}

const char *
event_field_id(const event_field *f)
{
	return f->csv != NULL ? f->csv : f->column;
}

int
event_field_in_package(const event_field *f)
{
	if (f->csv != NULL)
		return 1;
	for (size_t i = 0; f->type == EF_BITS && i < event_nfields; i++)
		if (event_fields[i].type == EF_BIT && event_fields[i].offset == f->offset && event_fields[i].csv != NULL)
			return 1;
	return 0;
}

int
event_field_is_text(const event_field *f)
{
	return f->type == EF_CODE || f->type == EF_TEXT;
}

int
event_field_of(const event_field *f, event_kind kind)
{
	return (int)kind >= 0 && kind < EV_KIND_COUNT && (f->kinds & EK(kind)) != 0;
}

int
event_field_on_form(const event_field *f, event_kind kind)
{
	unsigned kinds = f->form_kinds != 0 ? f->form_kinds : f->kinds;

	return !(f->flags & EF_NO_FORM) && (int)kind >= 0 && kind < EV_KIND_COUNT && (kinds & EK(kind)) != 0;
}

int64_t
event_field_int(const event *ev, const event_field *f)
{
	const char *p = (const char *)ev + f->offset;

	switch (f->type) {
	case EF_INT:
		return *(const int *)(const void *)p;
	case EF_FLAG:
		return *(const int *)(const void *)p != 0;
	case EF_SEX:
		return (int64_t)*(const sex *)(const void *)p;
	case EF_AREA:
		return *(const int64_t *)(const void *)p;
	case EF_BITS:
		return *(const unsigned *)(const void *)p;
	case EF_BIT:
		return (*(const unsigned *)(const void *)p & f->bit) != 0;
	default:
		fatal("event_field_int: %s is text", f->column);
	}
}

void
event_field_set_int(event *ev, const event_field *f, int64_t v)
{
	char *p = (char *)ev + f->offset;

	switch (f->type) {
	case EF_INT:
		*(int *)(void *)p = (int)v;
		break;
	case EF_FLAG:
		*(int *)(void *)p = v != 0;
		break;
	case EF_SEX:
		*(sex *)(void *)p = (sex)v;
		break;
	case EF_AREA:
		*(int64_t *)(void *)p = v;
		break;
	case EF_BITS:
		*(unsigned *)(void *)p = (unsigned)v;
		break;
	case EF_BIT:
		if (v)
			*(unsigned *)(void *)p |= f->bit;
		else
			*(unsigned *)(void *)p &= ~f->bit;
		break;
	default:
		fatal("event_field_set_int: %s is text", f->column);
	}
}

const char *
event_field_text(const event *ev, const event_field *f)
{
	if (!event_field_is_text(f))
		fatal("event_field_text: %s is a number", f->column);
	return (const char *)ev + f->offset;
}

int
event_field_set_text(event *ev, const event_field *f, const char *s)
{
	if (!event_field_is_text(f))
		fatal("event_field_set_text: %s is a number", f->column);
	return str_copy((char *)ev + f->offset, f->size, s);
}

const char *
event_field_label(const event_field *f, event_kind kind)
{
	if ((int)kind >= 0 && kind < EV_KIND_COUNT && (f->alt_kinds & EK(kind)) != 0)
		return L(f->alt_vi, f->alt_en);
	return L(f->vi, f->en);
}
