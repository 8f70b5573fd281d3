/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* test_event_fields.c: the table of an event's fields (domain/event_fields.h)
 * is well formed, and every field of it, for every kind that carries it,
 * goes through the three places driven by the table and comes back equal:
 * the database (db_event_add, then db_event_get), the change log's JSON
 * (the audit row's "after", read with json_extract) and the package's
 * events file (package_write_event, then package_read_events_buffer).
 * The values are made from the table itself (a number inside its range, a
 * code of its list, a text naming the field), so a field added to the
 * table is tested without touching this file. */
#include "config.h"

#include "db/codes.h"
#include "db/events.h"
#include "domain/event_fields.h"
#include "exchange/package.h"
#include "tests/unit/db_fixture.h"

#define PERIOD "2025-03"

static int64_t area1, area2;

/* ---- the table itself ---- */

static void
test_table(void)
{
	size_t ncols;
	const char *const *cols = package_event_columns(&ncols);
	size_t col = ncols;
	int bad = 0;

	for (size_t i = 0; i < event_nfields; i++)
		col -= event_fields[i].csv != NULL;
	for (size_t i = 0; i < event_nfields; i++) {
		const event_field *f = &event_fields[i];
		const char *name = f->column != NULL ? f->column : f->csv;

		if (name == NULL || f->kinds == 0 || f->size == 0) {
			tap_diag("field %zu: no name, kind or size", i);
			bad++;
			continue;
		}
		for (size_t j = 0; j < i; j++) {
			const event_field *g = &event_fields[j];
			if ((f->column && g->column && strcmp(f->column, g->column) == 0) ||
			    (f->csv && g->csv && strcmp(f->csv, g->csv) == 0)) {
				tap_diag("%s: named twice", name);
				bad++;
			}
		}
		if (event_field_is_text(f) != (f->type == EF_CODE || f->type == EF_TEXT) ||
		    (f->type == EF_CODE && f->list == NULL) || (f->type == EF_SEX && f->list == NULL)) {
			tap_diag("%s: a code without its list", name);
			bad++;
		}
		if (f->type == EF_BIT && (f->column != NULL || f->bit == 0 || f->csv == NULL)) {
			tap_diag("%s: a condition has a package column and a bit, no database column", name);
			bad++;
		}
		if (f->type != EF_BIT && f->column == NULL) {
			tap_diag("%s: only a condition lives outside the database", name);
			bad++;
		}
		if (f->type == EF_INT && (f->min > f->max || f->max > f->csv_max)) {
			tap_diag("%s: the form accepts more than the package reader (%ld..%ld, 0..%ld)", name, f->min,
			         f->max, f->csv_max);
			bad++;
		}
		for (int k = 0; k < EV_KIND_COUNT; k++)
			if (event_field_on_form(f, (event_kind)k) && (f->vi == NULL || f->en == NULL || event_field_id(f) == NULL)) {
				tap_diag("%s: on a form without a label in both languages or an id", name);
				bad++;
			}
		if (f->csv != NULL && (col >= ncols || strcmp(cols[col++], f->csv) != 0)) {
			tap_diag("%s: not at its place in the events file's columns", name);
			bad++;
		}
		if (event_field_find(name) != f) {
			tap_diag("%s: event_field_find does not find it", name);
			bad++;
		}
	}
	ok(bad == 0, "the table is well formed: %zu fields, names unique, codes with lists, ranges ordered", event_nfields);
	is_int((long long)ncols, 49, "the events file keeps its 49 columns (docs/format.md)");
	is_str(cols[19], "child_sex", "the kinds' fields start at column 20");
	is_str(cols[ncols - 1], "spouse_name", "... and end with spouse_name");
}

/* 1 if the cell (a list "col, col, nb_*, ...") names field f. */
static int
cell_names(const char *cell, const event_field *f)
{
	char buf[512], word[40];

	str_copy(buf, sizeof buf, cell);
	str_printf(word, sizeof word, "%.3s*", f->csv);
	for (char *t = strtok(buf, ", \t\n"); t != NULL; t = strtok(NULL, ", \t\n"))
		if (strcmp(t, f->csv) == 0 || (f->type == EF_BIT && strcmp(t, word) == 0))
			return 1;
	return 0;
}

/* The kinds' columns of docs/format.md (section 4, the table of kinds:
 * "| `kind` | event | col, col, nb_*, ... |") are the table's. */
static void
test_format_doc(void)
{
	const char *top = getenv("TOP_SRCDIR");
	char *path = xasprintf("%s/docs/format.md", top != NULL ? top : "..");
	FILE *fp = fopen(path, "r");
	char line[1024];
	int seen = 0;

	if (!ok(fp != NULL, "docs/format.md is read (%s)", path)) {
		free(path);
		return;
	}
	size_t ncols;
	const char *const *cols = package_event_columns(&ncols);
	int numbered = 0, misplaced = 0;

	while (fgets(line, sizeof line, fp) != NULL) {
		char kind[32], *end = strrchr(line, '|'), *cell;
		event_kind k;
		int bad = 0, no;

		/* "| 20 | `child_sex` | ...": the column at its number */
		if (sscanf(line, "| %d | `%31[a-z_0-9]` |", &no, kind) == 2 && no >= 1 && no <= 60 &&
		    strstr(line, "events") == NULL) {
			numbered++;
			if ((size_t)no > ncols || strcmp(cols[no - 1], kind) != 0) {
				tap_diag("docs/format.md: column %d is %s", no, kind);
				misplaced++;
			}
		}
		if (sscanf(line, "| `%31[a-z_]` |", kind) != 1 || event_kind_parse(kind, &k) != 0 || end == NULL)
			continue;
		*end = '\0';
		if ((cell = strrchr(line, '|')) == NULL)
			continue;
		seen++;
		for (size_t i = 0; i < event_nfields; i++) {
			const event_field *f = &event_fields[i];

			if (f->csv != NULL && cell_names(cell + 1, f) != event_field_of(f, k)) {
				tap_diag("%s: %s is %s in docs/format.md", kind, f->csv, event_field_of(f, k) ? "missing" : "extra");
				bad++;
			}
		}
		ok(bad == 0, "docs/format.md: the columns of a %s are the table's", kind);
	}
	fclose(fp);
	free(path);
	is_int(seen, EV_KIND_COUNT, "docs/format.md lists every kind");
	ok(numbered > 30 && misplaced == 0, "docs/format.md numbers the events file's columns as the program writes them "
	   "(%d numbered)", numbered);
}

/* ---- values made from the table ---- */

/* A code of list (the last one seeded); "" when the list is empty. */
static const char *
some_code(db *d, const char *list, char *buf, size_t n)
{
	code_entry *e = NULL;
	size_t ne = 0;
	ds_err err = {0};

	buf[0] = '\0';
	if (db_codes_list(d, list, &e, &ne, &err) == 0 && ne > 0)
		str_copy(buf, n, e[ne - 1].code);
	free(e);
	return buf;
}

/* Set every field of ev's kind to a value that is not its zero: a number
 * in the middle of the form's range, 1 for a yes / no or a condition,
 * female for a sex, a code of the list, a text naming the field, the
 * second area. A change of details must name a member's column. */
static void
fill_kind(db *d, event *ev)
{
	char buf[VALUE_LEN];

	for (size_t i = 0; i < event_nfields; i++) {
		const event_field *f = &event_fields[i];

		if (!event_field_of(f, ev->kind) || f->type == EF_BITS)
			continue;
		switch (f->type) {
		case EF_INT:
			event_field_set_int(ev, f, f->min + (f->max - f->min) / 2 + 1);
			break;
		case EF_SEX:
			event_field_set_int(ev, f, SEX_FEMALE);
			break;
		case EF_AREA:
			event_field_set_int(ev, f, area2);
			break;
		case EF_CODE:
			event_field_set_text(ev, f, some_code(d, f->list, buf, sizeof buf));
			break;
		case EF_TEXT:
			if (strcmp(f->column, "field") == 0)
				str_copy(buf, sizeof buf, "full_name");
			else
				str_printf(buf, sizeof buf, "Thử %s", f->column);
			event_field_set_text(ev, f, buf);
			break;
		default:
			event_field_set_int(ev, f, 1);
			break;
		}
	}
}

/* 1 if field f of a and b are equal. */
static int
same(const event *a, const event *b, const event_field *f)
{
	if (event_field_is_text(f))
		return strcmp(event_field_text(a, f), event_field_text(b, f)) == 0;
	return event_field_int(a, f) == event_field_int(b, f);
}

/* ---- database and change log ---- */

/* The value of field f in the audit row's after-JSON of event id, as
 * text; "" for JSON null. */
static const char *
audit_value(int64_t id, const event_field *f, char *buf, size_t n)
{
	char *sql = xasprintf("SELECT coalesce(json_extract(after, '$.%s'), '') FROM audit "
	                      "WHERE entity = 'event' AND entity_id = %lld AND action = 'insert'",
	                      f->column, (long long)id);

	fx_text(sql, buf, n);
	free(sql);
	return buf;
}

/* The expected JSON text of field f of ev. */
static const char *
json_expected(const event *ev, const event_field *f, char *buf, size_t n)
{
	if (event_field_is_text(f))
		str_copy(buf, n, event_field_text(ev, f));
	else if (f->type == EF_AREA && event_field_int(ev, f) == 0)
		buf[0] = '\0';
	else
		str_printf(buf, n, "%lld", (long long)event_field_int(ev, f));
	return buf;
}

/* A household of its own for kind k: a woman (married unless the event is
 * a marriage) and her husband; returns the woman's id. */
static int64_t
household_for(db *d, event_kind k, int64_t *hh)
{
	char number[16];
	const char *marital = k == EV_MARRIAGE ? "1" : "2";
	int64_t woman;

	str_printf(number, sizeof number, "%d", 100 + (int)k);
	*hh = fx_household(d, number, area1);
	woman = fx_member(d, *hh, "Nguyễn Thị Thử", SEX_FEMALE, "1995-05-05", "1", marital);
	fx_member(d, *hh, "Trần Văn Thử", SEX_MALE, "1993-03-03", "2", marital);
	return woman;
}

/* Store an event of kind k with every field of its kind set; read it back;
 * compare each field with the database and the change log. */
static void
test_db_kind(db *d, event_kind k)
{
	event ev, got;
	member person;
	ds_err err = {0};
	int64_t hh, woman = household_for(d, k, &hh);
	int whole = k == EV_MOVE_OUT, needs_person = k == EV_BIRTH || k == EV_MOVE_IN;

	event_init(&ev, k);
	str_copy(ev.date, sizeof ev.date, PERIOD "-10");
	ev.household_id = hh;
	ev.member_id = whole || k == EV_MOVE_IN ? 0 : woman;
	fill_kind(d, &ev);
	if (k == EV_DETAIL_CHANGE)      /* the old value is the register's */
		str_copy(ev.old_value, sizeof ev.old_value, "Nguyễn Thị Thử");
	fx_member_fill(&person, hh, "Lê Văn Mới", SEX_FEMALE, PERIOD "-10", "3", "1");
	if (!ok(db_event_add(d, &ev, needs_person ? &person : NULL, &err) == 0, "db: a %s with every field set is stored",
	        event_kind_name(k))) {
		tap_diag("%s", err.msg);
		return;
	}
	if (!ok(db_event_get(d, ev.id, &got, &err) == 0, "db: the %s is read back", event_kind_name(k)))
		return;
	for (size_t i = 0; i < event_nfields; i++) {
		const event_field *f = &event_fields[i];
		char want[VALUE_LEN], have[VALUE_LEN];
		const char *name = f->column != NULL ? f->column : f->csv;

		if (!event_field_of(f, k))
			continue;
		ok(same(&ev, &got, f), "db: %s.%s round-trips", event_kind_name(k), name);
		if (f->column != NULL)
			is_str(audit_value(ev.id, f, have, sizeof have), json_expected(&ev, f, want, sizeof want),
			       "audit JSON: %s.%s", event_kind_name(k), name);
	}
}

/* ---- the package's events file ---- */

/* What the reader gave back. */
typedef struct readback {
	package_event pe;
	int n;
} readback;

static int
keep_event(void *arg, const package_event *pe, long line, ds_err *err)
{
	readback *r = arg;

	(void)line;
	(void)err;
	r->pe = *pe;
	r->n++;
	return 0;
}

/* Write one event of kind k with every field of its kind set and read the
 * file back: each field of the kind is what was written, every other one
 * is empty. With no_names, the personal texts come back empty. */
static void
test_csv_kind(db *d, event_kind k, int no_names)
{
	package_event pe;
	package_manifest m;
	readback rb = {0};
	ds_err err = {0};
	char *buf = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&buf, &len);
	csvw *w = csvw_open_stream(fp, "events.csv", 0);
	int bad = 0;

	memset(&pe, 0, sizeof pe);
	event_init(&pe.ev, k);
	str_copy(pe.ev.uid, sizeof pe.ev.uid, "0123456789abcdef0123456789abcdef");
	str_copy(pe.ev.date, sizeof pe.ev.date, PERIOD "-10");
	str_copy(pe.ev.field, sizeof pe.ev.field, "");
	fill_kind(d, &pe.ev);
	pe.to_area_number = 7;
	str_copy(pe.household_number, sizeof pe.household_number, "12");
	pe.area_number = 1;
	str_copy(pe.person_key, sizeof pe.person_key, "0123456789abcdef0123");
	str_copy(pe.person.uid, sizeof pe.person.uid, "fedcba9876543210fedcba9876543210");
	fx_member_fill(&pe.person, 0, "Nguyễn Thị Thử", SEX_FEMALE, "1995-05-05", "1", "2");
	memset(&m, 0, sizeof m);
	str_copy(m.commune_code, sizeof m.commune_code, "00001");
	str_copy(m.period, sizeof m.period, PERIOD);
	if (package_write_events_header(w, &err) != 0 || package_write_event(w, "00001", PERIOD, &pe, no_names, &err) != 0 ||
	    csvw_commit(&w, &err) != 0)
		bad = 1;
	fclose(fp);
	if (!ok(!bad && package_read_events_buffer(buf, len, "events.csv", &m, keep_event, &rb, &(long){0}, &err) == 0 &&
	        rb.n == 1, "csv: a %s%s is written and read back (%s)", event_kind_name(k), no_names ? " without names" : "",
	        err.msg)) {
		free(buf);
		return;
	}
	for (size_t i = 0; i < event_nfields; i++) {
		const event_field *f = &event_fields[i];
		const char *name = f->csv;
		int hidden = no_names && (f->flags & (EF_PERSONAL | EF_PERSONAL_IF_NAME));
		int of_kind = event_field_of(f, k);

		if (name == NULL)
			continue;
		if (f->type == EF_AREA) {
			ok(rb.pe.to_area_number == (of_kind ? 7 : 0), "csv: %s.%s %s", event_kind_name(k), name,
			   of_kind ? "round-trips" : "stays empty");
		} else if (hidden && of_kind) {
			is_str(event_field_text(&rb.pe.ev, f), "", "csv: %s.%s is left empty without names", event_kind_name(k),
			       name);
		} else if (of_kind) {
			ok(same(&pe.ev, &rb.pe.ev, f), "csv: %s.%s round-trips", event_kind_name(k), name);
		} else if (f->type != EF_BIT) {  /* conditions of another kind share the bits */
			event zero;
			event_init(&zero, k);
			bad += !same(&zero, &rb.pe.ev, f);
		}
	}
	ok(bad == 0, "csv: a %s leaves the other kinds' cells empty", event_kind_name(k));
	free(buf);
}

int
main(void)
{
	db *d;

	test_table();
	test_format_doc();
	d = fx_open();
	area1 = fx_area(d, 1, "Thôn Một");
	area2 = fx_area(d, 2, "Thôn Hai");
	for (int k = 0; k < EV_KIND_COUNT; k++)
		test_db_kind(d, (event_kind)k);
	for (int k = 0; k < EV_KIND_COUNT; k++)
		test_csv_kind(d, (event_kind)k, 0);
	test_csv_kind(d, EV_MARRIAGE, 1);
	test_csv_kind(d, EV_DETAIL_CHANGE, 1);
	fx_integrity(d);
	db_close(&d);
	return tap_done();
}
