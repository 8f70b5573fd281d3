/* dhis2.c: the DHIS2 data value set CSV and its mapping file. */
#include "config.h"

#include "exchange/dhis2.h"
#include "exchange/csvread.h"
#include "domain/i18n.h"
#include "domain/indicators.h"
#include "domain/util.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

static const char *const dhis2_columns[] = {
	"dataelement", "period", "orgunit", "categoryoptioncombo", "attributeoptioncombo",
	"value", "storedby", "lastupdated", "comment", "followup",
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

/* Write one data value row. */
static int
write_value(csvw *w, const char *de, const char *coc, const char *period, const char *orgunit, const char *value,
            const char *storedby, const char *lastupdated, ds_err *err)
{
	const char *f[] = {de, period, orgunit, coc, "", value, storedby, lastupdated, "", "false"};

	return csvw_row(w, f, ARRAY_LEN(f), err);
}

/* 1 if the value text is a zero ("0", "0.0"). */
static int
is_zero(const char *v)
{
	return strtod(v, NULL) == 0.0;
}

int
dhis2_write(csvw *w, const dhis2_map *map, const char *period_dhis2, const char *orgunit,
            const char *storedby, const char *lastupdated, const dhis2_value *values, size_t n,
            long *written, ds_err *err)
{
	char code[DHIS2_ID_LEN];

	*written = 0;
	if (csvw_row(w, dhis2_columns, ARRAY_LEN(dhis2_columns), err) != 0)
		return -1;
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
			if (write_value(w, e->dataelement, e->categoryoptioncombo, period_dhis2, orgunit, v->value,
			                storedby, lastupdated, err) != 0)
				return -1;
		} else {
			if (!v->is_count || is_zero(v->value))
				continue;
			dhis2_default_code(v->indicator, code, sizeof code);
			if (write_value(w, code, "", period_dhis2, orgunit, v->value, storedby, lastupdated, err) != 0)
				return -1;
		}
		(*written)++;
	}
	return 0;
}
