/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* dhis2.c: the DHIS2 data value set (CSV and JSON), its mapping file and
 * DHIS2's import summary (see dhis2.h). */
#include "config.h"

#include "exchange/dhis2.h"
#include "exchange/csvread.h"
#include "domain/i18n.h"
#include "domain/indicators.h"
#include "domain/util.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* The names DHIS2 2.43 matches (case-sensitively for categoryOptionCombo),
 * in the order 2.42 and earlier read by position (docs/format.md). */
static const char *const dhis2_columns[] = {
	"dataElement", "period", "orgUnit", "categoryOptionCombo", "attributeOptionCombo",
	"value", "storedBy", "timestamp", "comment", "followUp",
};

void
dhis2_default_code(const char *indicator, char *out, size_t n)
{
	size_t j = 0;

	str_copy(out, n, "DANSO_");
	j = strlen(out);
	for (const char *s = indicator; *s != '\0' && j + 1 < n; s++)
		out[j++] = (*s >= 'a' && *s <= 'z') ? (char)(*s - 'a' + 'A') : *s;
	out[j] = '\0';
}

/* 1 if s is a DHIS2 identifier (UID or code): letters, digits, '_', '-'. */
static int
is_identifier(const char *s)
{
	if (*s == '\0')
		return 0;
	for (; *s; s++)
		if (!((*s >= 'A' && *s <= 'Z') || (*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') ||
		      *s == '_' || *s == '-'))
			return 0;
	return 1;
}

/* State of a mapping file read. */
typedef struct map_ctx {
	csvr *r;
	dhis2_map *m;
	size_t cap;
} map_ctx;

/* Read store_zero: "" / 0 / no / false, or 1 / yes / true. */
static int
parse_flag(const char *s, int *out)
{
	if (*s == '\0' || strcmp(s, "0") == 0 || strcasecmp(s, "no") == 0 || strcasecmp(s, "false") == 0)
		*out = 0;
	else if (strcmp(s, "1") == 0 || strcasecmp(s, "yes") == 0 || strcasecmp(s, "true") == 0)
		*out = 1;
	else
		return -1;
	return 0;
}

/* One row of the mapping file. */
static int
map_row(void *arg, const csvr_row *row, ds_err *err)
{
	map_ctx *c = arg;
	const char *ind = csvr_field(c->r, row, "indicator"), *de = csvr_field(c->r, row, "dataelement");
	const char *coc = csvr_field(c->r, row, "categoryoptioncombo"), *zero = csvr_field(c->r, row, "store_zero");
	dhis2_map_entry *e;

	if (indicator_find(ind) < 0)
		return csvr_error_at(c->r, row, (size_t)csvr_index(c->r, "indicator"), err,
		                     L("chỉ tiêu không rõ: \"%s\"", "unknown indicator: \"%s\""), ind);
	for (size_t i = 0; i < c->m->n; i++)
		if (strcmp(c->m->entries[i].indicator, ind) == 0)
			return csvr_error_at(c->r, row, (size_t)csvr_index(c->r, "indicator"), err,
			                     L("chỉ tiêu \"%s\" có hai lần", "indicator \"%s\" appears twice"), ind);
	if (!is_identifier(de) || strlen(de) >= DHIS2_ID_LEN)
		return csvr_error_at(c->r, row, (size_t)csvr_index(c->r, "dataelement"), err,
		                     L("mã phần tử dữ liệu không hợp lệ: \"%s\"", "invalid data element identifier: \"%s\""), de);
	if ((*coc != '\0' && !is_identifier(coc)) || strlen(coc) >= DHIS2_ID_LEN)
		return csvr_error_at(c->r, row, (size_t)csvr_index(c->r, "categoryoptioncombo"), err,
		                     L("mã tổ hợp phân tổ không hợp lệ: \"%s\"", "invalid category option combo: \"%s\""), coc);
	if (c->m->n == c->cap) {
		c->cap = c->cap ? c->cap * 2 : 32;
		c->m->entries = xrealloc(c->m->entries, c->cap * sizeof *c->m->entries);
	}
	e = &c->m->entries[c->m->n];
	memset(e, 0, sizeof *e);
	if (zero != NULL && parse_flag(zero, &e->store_zero) != 0)
		return csvr_error_at(c->r, row, (size_t)csvr_index(c->r, "store_zero"), err,
		                     L("store_zero phải là 1/0, yes/no hoặc true/false: \"%s\"",
		                       "store_zero must be 1/0, yes/no or true/false: \"%s\""), zero);
	str_copy(e->indicator, sizeof e->indicator, ind);
	str_copy(e->dataelement, sizeof e->dataelement, de);
	str_copy(e->categoryoptioncombo, sizeof e->categoryoptioncombo, coc);
	c->m->n++;
	return 0;
}

/* Read a mapping file from a path or a buffer. */
static int
map_read(const char *path, const void *buf, size_t len, const char *name, dhis2_map *out, ds_err *err)
{
	map_ctx c = {0};
	int rc;

	out->entries = NULL;
	out->n = 0;
	c.m = out;
	c.r = csvr_new(name, CSVR_HEADER);
	csvr_require(c.r, (const char *const[]){"indicator", "dataelement", "categoryoptioncombo"}, 3);
	rc = path != NULL ? csvr_parse_file(c.r, path, map_row, &c, err)
	                  : csvr_parse_buffer(c.r, buf, len, map_row, &c, err);
	if (rc == 0 && csvr_header(c.r, NULL) == NULL) {
		ds_err_set(err, L("tệp ánh xạ rỗng", "the mapping file is empty"));
		ds_err_at(err, name, 1, 0, NULL);
		rc = -1;
	}
	csvr_free(&c.r);
	if (rc != 0)
		dhis2_map_free(out);
	return rc;
}

int
dhis2_map_read(const char *path, dhis2_map *out, ds_err *err)
{
	return map_read(path, NULL, 0, path, out, err);
}

int
dhis2_map_read_buffer(const void *buf, size_t len, const char *name, dhis2_map *out, ds_err *err)
{
	return map_read(NULL, buf, len, name, out, err);
}

void
dhis2_map_free(dhis2_map *m)
{
	free(m->entries);
	m->entries = NULL;
	m->n = 0;
}

/* 1 if the value text is a zero ("0", "0.0"). */
static int
is_zero(const char *v)
{
	return strtod(v, NULL) == 0.0;
}

void
dhis2_set_add(dhis2_set *s, const char *dataelement, const char *coc, const char *value, int clears)
{
	dhis2_row *r;

	if (s->n == s->cap) {
		s->cap = s->cap ? s->cap * 2 : 64;
		s->rows = xrealloc(s->rows, s->cap * sizeof *s->rows);
	}
	r = &s->rows[s->n++];
	memset(r, 0, sizeof *r);
	str_copy(r->dataelement, sizeof r->dataelement, dataelement);
	str_copy(r->categoryoptioncombo, sizeof r->categoryoptioncombo, coc);
	str_copy(r->value, sizeof r->value, value);
	r->clears = clears;
}

void
dhis2_set_add_values(dhis2_set *s, const dhis2_map *map, const dhis2_value *values, size_t n)
{
	char code[DHIS2_ID_LEN];

	for (size_t i = 0; i < n; i++) {
		const dhis2_value *v = &values[i];
		const dhis2_map_entry *e = NULL;

		if (v->value[0] == '\0')
			continue;
		if (map != NULL) {
			for (size_t j = 0; j < map->n && e == NULL; j++)
				if (strcmp(map->entries[j].indicator, v->indicator) == 0)
					e = &map->entries[j];
			if (e == NULL || (is_zero(v->value) && !e->store_zero))
				continue;
			dhis2_set_add(s, e->dataelement, e->categoryoptioncombo, v->value, 0);
		} else {
			if (!v->is_count || is_zero(v->value))
				continue;
			dhis2_default_code(v->indicator, code, sizeof code);
			dhis2_set_add(s, code, "", v->value, 0);
		}
	}
}

size_t
dhis2_set_clear(dhis2_set *s, const dhis2_row *earlier, size_t n)
{
	size_t held = s->n, added = 0;

	for (size_t i = 0; i < n; i++) {
		int found = 0;

		for (size_t j = 0; j < held && !found; j++)
			found = strcmp(s->rows[j].dataelement, earlier[i].dataelement) == 0 &&
			        strcmp(s->rows[j].categoryoptioncombo, earlier[i].categoryoptioncombo) == 0;
		if (!found) {
			dhis2_set_add(s, earlier[i].dataelement, earlier[i].categoryoptioncombo, "0", 1);
			added++;
		}
	}
	return added;
}

size_t
dhis2_set_cleared(const dhis2_set *s)
{
	size_t n = 0;

	for (size_t i = 0; i < s->n; i++)
		n += s->rows[i].clears != 0;
	return n;
}

void
dhis2_set_free(dhis2_set *s)
{
	free(s->rows);
	s->rows = NULL;
	s->n = s->cap = 0;
}

int
dhis2_write_csv(csvw *w, const dhis2_set *s, ds_err *err)
{
	if (csvw_row(w, dhis2_columns, ARRAY_LEN(dhis2_columns), err) != 0)
		return -1;
	for (size_t i = 0; i < s->n; i++) {
		const dhis2_row *r = &s->rows[i];
		const char *f[] = {r->dataelement, s->period, s->orgunit, r->categoryoptioncombo, "", r->value,
		                   s->storedby, s->timestamp, "", "false"};

		if (csvw_row(w, f, ARRAY_LEN(f), err) != 0)
			return -1;
	}
	return 0;
}

/* Set key to a string in obj. */
static void
put(json_t *obj, const char *key, const char *value)
{
	if (json_object_set_new(obj, key, json_string(value)) != 0)
		fatal("dhis2: cannot build the JSON set (\"%s\")", key);
}

char *
dhis2_set_json(const dhis2_set *s)
{
	json_t *root = json_object(), *values = json_array();
	char *text, *out;

	if (root == NULL || values == NULL)
		fatal("dhis2: out of memory");
	if (s->dataset[0] != '\0')
		put(root, "dataSet", s->dataset);
	if (s->complete_date[0] != '\0')
		put(root, "completeDate", s->complete_date);
	put(root, "period", s->period);
	put(root, "orgUnit", s->orgunit);
	for (size_t i = 0; i < s->n; i++) {
		const dhis2_row *r = &s->rows[i];
		json_t *v = json_object();

		if (v == NULL)
			fatal("dhis2: out of memory");
		put(v, "dataElement", r->dataelement);
		if (r->categoryoptioncombo[0] != '\0')
			put(v, "categoryOptionCombo", r->categoryoptioncombo);
		put(v, "value", r->value);
		if (s->storedby[0] != '\0')
			put(v, "storedBy", s->storedby);
		if (json_array_append_new(values, v) != 0)
			fatal("dhis2: out of memory");
	}
	json_object_set_new(root, "dataValues", values);
	text = json_dumps(root, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
	json_decref(root);
	if (text == NULL)
		fatal("dhis2: cannot write the JSON set");
	out = xasprintf("%s\n", text);
	free(text);
	return out;
}

/* ---- the import summary ---- */

/* The string member key of obj into out ("" when absent or not a string). */
static void
get_string(const json_t *obj, const char *key, char *out, size_t n)
{
	const char *v = json_string_value(json_object_get(obj, key));

	str_copy(out, n, v != NULL ? v : "");
}

/* The integer member key of obj (0 when absent or not an integer). */
static long
get_long(const json_t *obj, const char *key)
{
	const json_t *v = json_object_get(obj, key);

	return json_is_integer(v) ? (long)json_integer_value(v) : 0;
}

/* Copy the conflicts array of summary. */
static void
read_conflicts(const json_t *summary, dhis2_summary *out)
{
	const json_t *list = json_object_get(summary, "conflicts");
	size_t n = json_is_array(list) ? json_array_size(list) : 0;

	if (n == 0)
		return;
	out->conflicts = xcalloc(n, sizeof *out->conflicts);
	for (size_t i = 0; i < n; i++) {
		const json_t *c = json_array_get(list, i);
		dhis2_conflict *d;

		if (!json_is_object(c))
			continue;
		d = &out->conflicts[out->nconflicts++];
		get_string(c, "object", d->object, sizeof d->object);
		get_string(c, "value", d->value, sizeof d->value);
		get_string(c, "errorCode", d->error_code, sizeof d->error_code);
	}
}

int
dhis2_summary_parse(const char *buf, size_t len, const char *name, dhis2_summary *out, ds_err *err)
{
	json_error_t jerr;
	json_t *root = json_loadb(buf, len, JSON_REJECT_DUPLICATES, &jerr);
	const json_t *summary, *counts;

	memset(out, 0, sizeof *out);
	if (root == NULL) {
		ds_err_set(err, L("câu trả lời của DHIS2 không phải JSON: %s", "DHIS2's answer is not JSON: %s"), jerr.text);
		ds_err_at(err, name, (long)jerr.line, (long)jerr.column, NULL);
		return -1;
	}
	summary = root;
	if (json_is_object(root) && json_object_get(root, "httpStatusCode") != NULL) {
		/* the web message of 2.36 and later: the summary is its response */
		out->http_status_code = (int)get_long(root, "httpStatusCode");
		get_string(root, "message", out->description, sizeof out->description);
		if (json_is_object(json_object_get(root, "response")))
			summary = json_object_get(root, "response");
	}
	if (!json_is_object(summary) || !json_is_string(json_object_get(summary, "status")) ||
	    (summary != root && json_object_get(summary, "jobType") != NULL)) {
		json_decref(root);
		ds_err_set(err, L("câu trả lời của DHIS2 không phải một bản tóm tắt nhập (ImportSummary)",
		                  "DHIS2's answer is not an import summary (ImportSummary)"));
		ds_err_at(err, name, 0, 0, NULL);
		return -1;
	}
	get_string(summary, "status", out->status, sizeof out->status);
	if (json_is_string(json_object_get(summary, "description")))
		get_string(summary, "description", out->description, sizeof out->description);
	counts = json_object_get(summary, "importCount");
	if (json_is_object(counts)) {
		out->imported = get_long(counts, "imported");
		out->updated = get_long(counts, "updated");
		out->ignored = get_long(counts, "ignored");
		out->deleted = get_long(counts, "deleted");
	}
	read_conflicts(summary, out);
	json_decref(root);
	return 0;
}

void
dhis2_summary_free(dhis2_summary *s)
{
	free(s->conflicts);
	s->conflicts = NULL;
	s->nconflicts = 0;
}
