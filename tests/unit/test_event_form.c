/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* test_event_form.c: the event forms are built from the fields' table
 * (domain/event_fields.h): for every kind, each field the table puts on
 * that kind's form is there, with the table's label and the table's
 * required flag, and a stored event shown in the form (event_form_fill)
 * and read back (event_form_read) gives each field its value again. The
 * values are made from the table, as in test_event_fields.c. */
#include "config.h"

#include "db/codes.h"
#include "domain/event_fields.h"
#include "tui/app.h"
#include "tui/event_form.h"
#include "tests/unit/db_fixture.h"

static member people[2];
static area areas[2];

/* A code of list (the last one); "" when the list is empty. */
static void
some_code(const char *list, char *buf, size_t n)
{
	code_entry *e = NULL;
	size_t ne = 0;
	ds_err err = {0};

	buf[0] = '\0';
	if (db_codes_list(ses.d, list, &e, &ne, &err) == 0 && ne > 0)
		str_copy(buf, n, e[ne - 1].code);
	free(e);
}

/* Give each field of kind's form a value that is not its zero. */
static void
fill_form_fields(event *ev)
{
	char buf[VALUE_LEN];

	for (size_t i = 0; i < event_nfields; i++) {
		const event_field *f = &event_fields[i];

		if (!event_field_on_form(f, ev->kind))
			continue;
		switch (f->type) {
		case EF_INT:
			event_field_set_int(ev, f, f->min + (f->max - f->min) / 2 + 1);
			break;
		case EF_SEX:
			event_field_set_int(ev, f, SEX_FEMALE);
			break;
		case EF_AREA:
			event_field_set_int(ev, f, areas[1].id);
			break;
		case EF_CODE:
			some_code(f->list, buf, sizeof buf);
			event_field_set_text(ev, f, buf);
			break;
		case EF_TEXT:
			str_printf(buf, sizeof buf, "Thử %s", f->column);
			event_field_set_text(ev, f, buf);
			break;
		default:
			event_field_set_int(ev, f, 1);
			break;
		}
	}
}

static void
test_kind(event_kind k)
{
	event_ctx ctx = {0};
	event ev, got;
	form f;
	int shown = 0, bad = 0;

	ctx.kind = k;
	ctx.editing = 1;
	ctx.subject = &people[0];
	ctx.people = people;
	ctx.npeople = 2;
	ctx.areas = areas;
	ctx.nareas = 2;
	event_init(&ev, k);
	ev.id = 1;
	str_copy(ev.date, sizeof ev.date, "2025-03-10");
	fill_form_fields(&ev);
	form_init(&f, "2025-03-31", NULL);
	event_form_build(&f, &ctx);
	event_form_fill(&f, &ctx, &ev, "2025-03-01");
	event_init(&got, k);
	event_form_read(&f, &ctx, &got, NULL);
	for (size_t i = 0; i < event_nfields; i++) {
		const event_field *ef = &event_fields[i];
		form_field *fld = form_find(&f, event_field_id(ef));

		if (!event_field_of(ef, k)) {
			if (fld != NULL) {
				tap_diag("%s: %s is on the form but not of the kind", event_kind_name(k), event_field_id(ef));
				bad++;
			}
			continue;
		}
		if (!event_field_on_form(ef, k)) {          /* a form of its own (the detail changed) */
			if (fld != NULL && strcmp(fld->label, event_field_label(ef, k)) != 0) {
				tap_diag("%s: %s has another label than the table's", event_kind_name(k), event_field_id(ef));
				bad++;
			}
			continue;
		}
		shown++;
		if (fld == NULL || strcmp(fld->label, event_field_label(ef, k)) != 0 ||
		    fld->required != ((ef->flags & EF_REQUIRED) != 0)) {
			tap_diag("%s: %s missing, or another label or required flag", event_kind_name(k), event_field_id(ef));
			bad++;
			continue;
		}
		if (event_field_is_text(ef))
			is_str(event_field_text(&got, ef), event_field_text(&ev, ef), "form: %s.%s round-trips",
			       event_kind_name(k), event_field_id(ef));
		else
			is_int(event_field_int(&got, ef), event_field_int(&ev, ef), "form: %s.%s round-trips",
			       event_kind_name(k), event_field_id(ef));
	}
	ok(bad == 0, "form: the %s form shows its %d table fields with the table's labels", event_kind_name(k), shown);
	form_free(&f);
}

int
main(void)
{
	ses.d = fx_open();
	areas[0].id = fx_area(ses.d, 1, "Thôn Một");
	areas[0].number = 1;
	areas[1].id = fx_area(ses.d, 2, "Thôn Hai");
	areas[1].number = 2;
	fx_member_fill(&people[0], 0, "Nguyễn Thị Thử", SEX_FEMALE, "1995-05-05", "1", "2");
	people[0].id = 10;
	fx_member_fill(&people[1], 0, "Trần Văn Thử", SEX_MALE, "1993-03-03", "2", "2");
	people[1].id = 11;
	for (int k = 0; k < EV_KIND_COUNT; k++)
		test_kind((event_kind)k);
	is_str(event_field_label(event_field_find("place"), EV_MOVE_IN), "Coming from", "a label of its own for one kind");
	db_close(&ses.d);
	return tap_done();
}
