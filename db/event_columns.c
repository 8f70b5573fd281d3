/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* event_columns.c (db): the event table's kind-specific columns, from the
 * table of domain/event_fields.c. */
#include "config.h"

#include "db/event_columns.h"
#include "domain/util.h"

#include <stdio.h>
#include <string.h>

int
evcols_count(void)
{
	int n = 0;

	for (size_t i = 0; i < event_nfields; i++)
		n += event_fields[i].column != NULL;
	return n;
}

/* Append s to the growing string *buf (length *len). */
static void
append(char **buf, size_t *len, const char *s)
{
	size_t n = strlen(s);

	*buf = xrealloc(*buf, *len + n + 1);
	memcpy(*buf + *len, s, n + 1);
	*len += n;
}

/* Build the list of form; see evcols_list. */
static char *
build(evcols_form form, int first)
{
	char *buf = xstrdup(""), item[160];
	size_t len = 0;
	int k = 0;

	for (size_t i = 0; i < event_nfields; i++) {
		const event_field *f = &event_fields[i];
		int is_area = f->type == EF_AREA;

		if (f->column == NULL ||
		    ((form == EVC_IMPORT || form == EVC_IMPORT_PARAMS) && !event_field_in_package(f)))
			continue;
		switch (form) {
		case EVC_NAMES:
			str_printf(item, sizeof item, "%s", f->column);
			break;
		case EVC_SELECT:
			str_printf(item, sizeof item, is_area ? "coalesce(e.%s, 0)" : "e.%s", f->column);
			break;
		case EVC_EXPORT:
			str_printf(item, sizeof item, is_area ? "coalesce(ta.number, 0)" : "e.%s", f->column);
			break;
		case EVC_IMPORT:
			str_printf(item, sizeof item, "%s", is_area ? f->csv : f->column);
			break;
		case EVC_JSON:
			str_printf(item, sizeof item, "'%s', %s", f->column, f->column);
			break;
		default:
			str_printf(item, sizeof item, "?%d", first + k);
			break;
		}
		if (k++ > 0)
			append(&buf, &len, ", ");
		append(&buf, &len, item);
	}
	return buf;
}

const char *
evcols_list(evcols_form form, int first)
{
	static char *lists[EVC_FORM_COUNT];
	static struct {
		evcols_form form;
		int first;
		char *sql;
	} params[8];

	if (form != EVC_PARAMS && form != EVC_IMPORT_PARAMS) {
		if (lists[form] == NULL)
			lists[form] = build(form, 0);
		return lists[form];
	}
	for (size_t i = 0; i < ARRAY_LEN(params); i++) {
		if (params[i].sql == NULL) {
			params[i].form = form;
			params[i].first = first;
			params[i].sql = build(form, first);
		}
		if (params[i].form == form && params[i].first == first)
			return params[i].sql;
	}
	fatal("evcols_list: too many parameter lists");
}

int
evcols_bind(sqlite3_stmt *st, int first, const event *ev, const int64_t *area_no)
{
	int i = first;

	for (size_t k = 0; k < event_nfields; k++) {
		const event_field *f = &event_fields[k];

		if (f->column == NULL || (area_no != NULL && !event_field_in_package(f)))
			continue;
		if (event_field_is_text(f) && area_no != NULL)
			db_bind_static(st, i, event_field_text(ev, f));
		else if (event_field_is_text(f))
			db_bind_text(st, i, event_field_text(ev, f));
		else if (f->type == EF_AREA && area_no != NULL)
			sqlite3_bind_int64(st, i, *area_no);
		else if (f->type == EF_AREA)
			db_bind_id(st, i, event_field_int(ev, f));
		else
			sqlite3_bind_int64(st, i, event_field_int(ev, f));
		i++;
	}
	return i;
}

int
evcols_read(sqlite3_stmt *st, int first, event *ev, int64_t *area_no)
{
	int c = first;

	for (size_t k = 0; k < event_nfields; k++) {
		const event_field *f = &event_fields[k];

		if (f->column == NULL)
			continue;
		if (event_field_is_text(f))
			db_column_text(st, c, (char *)ev + f->offset, f->size);
		else if (f->type == EF_AREA && area_no != NULL)
			*area_no = sqlite3_column_int64(st, c);
		else
			event_field_set_int(ev, f, sqlite3_column_int64(st, c));
		c++;
	}
	return c;
}
