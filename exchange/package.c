/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* package.c: the report and events files of the export package, written
 * and read cell by cell ("danso-export 1", docs/format.md). The manifest
 * is in manifest.c. */
#include "config.h"

#include "exchange/package.h"
#include "exchange/csvread.h"
#include "domain/date.h"
#include "domain/event_fields.h"
#include "domain/i18n.h"
#include "domain/indicators.h"
#include "domain/util.h"
#include "domain/vntext.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The columns every event has, first in the events file; the columns of
 * the kinds' fields follow, in the order of domain/event_fields.c. */
enum ev_col {
	C_EVENT_ID, C_COMMUNE, C_PERIOD, C_KIND, C_DATE, C_HH_NUMBER, C_AREA, C_PERSON_KEY, C_FULL_NAME,
	C_PERSON_ID, C_SEX, C_BIRTH_DATE, C_ETHNICITY, C_EDUCATION, C_MARITAL, C_RESIDENCE, C_RELATION,
	C_RELATED_KEY, C_RELATED_NAME, C_FIELDS
};
#define EV_MAX_COLS 96

static const char *const core_columns[C_FIELDS] = {
	"event_id", "commune_code", "period", "kind", "date", "household_number", "area", "person_key",
	"full_name", "person_id", "sex", "birth_date", "ethnicity", "education", "marital", "residence",
	"relation", "related_key", "related_name",
};

const char *const *
package_event_columns(size_t *n)
{
	static const char *cols[EV_MAX_COLS];
	static size_t ncols;

	if (ncols == 0) {
		for (size_t i = 0; i < C_FIELDS; i++)
			cols[ncols++] = core_columns[i];
		for (size_t i = 0; i < event_nfields; i++) {
			if (event_fields[i].csv == NULL)
				continue;
			if (ncols == EV_MAX_COLS)
				fatal("package: more than %d event columns", EV_MAX_COLS);
			cols[ncols++] = event_fields[i].csv;
		}
	}
	*n = ncols;
	return cols;
}

/* The 0-based column of name in the events file. */
static size_t
column_of(const char *name)
{
	size_t n;
	const char *const *cols = package_event_columns(&n);

	for (size_t i = 0; i < n; i++)
		if (strcmp(cols[i], name) == 0)
			return i;
	fatal("package: no events column %s", name);
}

const char *const package_report_columns[] = {"commune_code", "period", "indicator", "value", "label_vi"};
const size_t package_report_ncols = 5;

void
package_file_name(char *out, size_t n, const char *commune_code, const char *month, int revision,
                  const char *part)
{
	/* month is "YYYY-MM": the name carries "YYYYMM" */
	snprintf(out, n, "danso_%s_%.4s%.2s_r%d_%s.%s", commune_code, month, month + 5, revision, part,
	         strcmp(part, PACKAGE_PART_WORKBOOK) == 0 ? "xlsx" : "csv");
}

int
package_parse_name(const char *base, char *commune_code, char *month, int *revision, char *part,
                   size_t part_len)
{
	char code[16], ym[16], rest[64];
	int rev, used = 0;
	size_t len;

	if (sscanf(base, "danso_%15[0-9]_%6[0-9]_r%d_%63[a-z0-9]%n", code, ym, &rev, rest, &used) != 4 ||
	    strlen(code) != 5 || strlen(ym) != 6 || rev < 1)
		return -1;
	if (strcmp(base + used, strcmp(rest, PACKAGE_PART_WORKBOOK) == 0 ? ".xlsx" : ".csv") != 0)
		return -1;
	len = strlen(rest);
	if (len == 0 || len >= part_len)
		return -1;
	str_copy(commune_code, CODE_LEN, code);
	snprintf(month, PERIOD_LEN, "%.4s-%.2s", ym, ym + 4);
	*revision = rev;
	str_copy(part, part_len, rest);
	return 0;
}

/* ---- writing ---- */

int
package_write_events_header(csvw *w, ds_err *err)
{
	size_t n;
	const char *const *cols = package_event_columns(&n);

	return csvw_row(w, cols, n, err);
}

int
package_write_report_header(csvw *w, ds_err *err)
{
	return csvw_row(w, package_report_columns, package_report_ncols, err);
}

int
package_write_report_row(csvw *w, const char *commune_code, const char *month, const char *indicator,
                         const char *value, const char *label_vi, ds_err *err)
{
	return csvw_rowl(w, err, commune_code, month, indicator, value, label_vi, (const char *)NULL);
}

/* The cells of one event, encoded; storage for the numbers. */
typedef struct ev_cells {
	const char *f[EV_MAX_COLS];
	char num[EV_MAX_COLS][16];
} ev_cells;

/* Put the decimal n in column c. */
static void
cell_int(ev_cells *c, size_t col, int64_t n)
{
	snprintf(c->num[col], sizeof c->num[col], "%lld", (long long)n);
	c->f[col] = c->num[col];
}

/* The cells of the kind's fields (event_fields.h); the others stay "". A
 * number is written as a decimal (0 / 1 for a yes / no or a condition),
 * except 0 of an EF_ZERO_EMPTY field; the area of a move is its number. */
static void
encode_kind(ev_cells *c, const package_event *pe, int no_names)
{
	const event *ev = &pe->ev;
	int names_field = strcmp(ev->field, "full_name") == 0 || strcmp(ev->field, "person_id") == 0;
	size_t col = C_FIELDS;

	for (size_t i = 0; i < event_nfields; i++) {
		const event_field *f = &event_fields[i];

		if (f->csv == NULL)
			continue;
		if (event_field_of(f, ev->kind) && event_field_is_text(f)) {
			int hide = no_names && ((f->flags & EF_PERSONAL) || ((f->flags & EF_PERSONAL_IF_NAME) && names_field));

			c->f[col] = hide ? "" : event_field_text(ev, f);
		} else if (event_field_of(f, ev->kind)) {
			int64_t v = f->type == EF_AREA ? pe->to_area_number : event_field_int(ev, f);

			if (v != 0 || !(f->flags & EF_ZERO_EMPTY))
				cell_int(c, col, v);
		}
		col++;
	}
}

int
package_write_event(csvw *w, const char *commune_code, const char *month, const package_event *pe,
                    int no_names, ds_err *err)
{
	const member *p = &pe->person;
	int has_person = p->uid[0] != '\0' || pe->person_key[0] != '\0';
	size_t ncols;
	ev_cells c;

	package_event_columns(&ncols);
	for (size_t i = 0; i < ncols; i++)
		c.f[i] = "";
	c.f[C_EVENT_ID] = pe->ev.uid;
	c.f[C_COMMUNE] = commune_code;
	c.f[C_PERIOD] = month;
	c.f[C_KIND] = event_kind_name(pe->ev.kind);
	c.f[C_DATE] = pe->ev.date;
	c.f[C_HH_NUMBER] = pe->household_number;
	cell_int(&c, C_AREA, pe->area_number);
	if (has_person) {
		c.f[C_PERSON_KEY] = pe->person_key;
		c.f[C_FULL_NAME] = no_names ? "" : p->full_name;
		c.f[C_PERSON_ID] = no_names ? "" : p->person_id;
		cell_int(&c, C_SEX, p->sex);
		c.f[C_BIRTH_DATE] = p->birth_date;
		c.f[C_ETHNICITY] = p->ethnicity;
		c.f[C_EDUCATION] = p->education;
		c.f[C_MARITAL] = p->marital;
		c.f[C_RESIDENCE] = p->residence;
		c.f[C_RELATION] = p->relation;
	}
	c.f[C_RELATED_KEY] = pe->related_key;
	c.f[C_RELATED_NAME] = no_names ? "" : pe->related_name;
	encode_kind(&c, pe, no_names);
	return csvw_row(w, c.f, ncols, err);
}

/* ---- reading ---- */

/* State of one read of a report or events file. */
typedef struct read_ctx {
	csvr *r;
	const package_manifest *m;
	union {
		package_report_fn report;
		package_event_fn event;
	} fn;
	void *arg;
	long rows;
	const char *name;            /* the file name in messages */
	const char *const *cols;     /* the required header */
	size_t ncols;
	int header_checked;
	char **seen;                 /* open-addressing set of ids / indicators */
	size_t seen_cap;
	size_t seen_len;
} read_ctx;

/* Add key to the set; 1 if it was there already. */
static int
seen_add(read_ctx *c, const char *key)
{
	size_t h = 5381;

	if (c->seen_len * 2 >= c->seen_cap) {
		char **old = c->seen;
		size_t oldcap = c->seen_cap;

		c->seen_cap = oldcap ? oldcap * 2 : 256;
		c->seen = xcalloc(c->seen_cap, sizeof *c->seen);
		c->seen_len = 0;
		for (size_t i = 0; i < oldcap; i++)
			if (old[i] != NULL) {
				seen_add(c, old[i]);
				free(old[i]);
			}
		free(old);
	}
	for (const char *s = key; *s; s++)
		h = h * 33 + (unsigned char)*s;
	for (size_t i = h % c->seen_cap;; i = (i + 1) % c->seen_cap) {
		if (c->seen[i] == NULL) {
			c->seen[i] = xstrdup(key);
			c->seen_len++;
			return 0;
		}
		if (strcmp(c->seen[i], key) == 0)
			return 1;
	}
}

/* Free the set. */
static void
seen_free(read_ctx *c)
{
	for (size_t i = 0; i < c->seen_cap; i++)
		free(c->seen[i]);
	free(c->seen);
	c->seen = NULL;
	c->seen_cap = c->seen_len = 0;
}

/* Check the header is exactly the file's column list (once). */
static int
check_header(read_ctx *c, ds_err *err)
{
	const char *const *cols = c->cols;
	size_t have, n = c->ncols;
	char *const *h = csvr_header(c->r, &have);

	if (c->header_checked)
		return 0;
	c->header_checked = 1;

	for (size_t i = 0; i < n; i++) {
		if (i >= have || strcmp(h[i], cols[i]) != 0) {
			ds_err_set(err, L("dòng tiêu đề: cột %zu phải là \"%s\" (định dạng %s %s)",
			                  "header row: column %zu must be \"%s\" (format %s %s)"),
			           i + 1, cols[i], PACKAGE_FORMAT, PACKAGE_FORMAT_VERSION);
			ds_err_at(err, c->name, 1, (int)i + 1, cols[i]);
			return -1;
		}
	}
	if (have != n) {
		ds_err_set(err, L("dòng tiêu đề có %zu cột, cần %zu", "the header row has %zu columns, expected %zu"),
		           have, n);
		ds_err_at(err, c->name, 1, (int)n + 1, NULL);
		return -1;
	}
	return 0;
}

/* In excel mode, the cell without its neutralising quote. */
static char *
cell(const read_ctx *c, const csvr_row *row, size_t col)
{
	char *s = row->fields[col];

	return c->m->excel ? (char *)csvw_excel_plain(s) : s;
}

/* The commune code and period cells must be the manifest's. */
static int
check_identity(read_ctx *c, const csvr_row *row, size_t ccol, size_t pcol, ds_err *err)
{
	if (strcmp(cell(c, row, ccol), c->m->commune_code) != 0)
		return csvr_error_at(c->r, row, ccol, err, L("mã xã \"%s\" khác với tệp kê khai (%s)",
		                                              "commune code \"%s\" differs from the manifest's (%s)"),
		                     cell(c, row, ccol), c->m->commune_code);
	if (strcmp(cell(c, row, pcol), c->m->period) != 0)
		return csvr_error_at(c->r, row, pcol, err, L("kỳ \"%s\" khác với tệp kê khai (%s)",
		                                              "period \"%s\" differs from the manifest's (%s)"),
		                     cell(c, row, pcol), c->m->period);
	return 0;
}

/* 1 if s is a decimal number (optional '-', digits, optional fraction). */
static int
is_decimal(const char *s)
{
	int digits = 0;

	if (*s == '-')
		s++;
	for (; *s >= '0' && *s <= '9'; s++)
		digits++;
	if (*s == '.') {
		s++;
		if (*s < '0' || *s > '9')
			return 0;
		while (*s >= '0' && *s <= '9')
			s++;
	}
	return digits > 0 && *s == '\0';
}

/* One row of the report file. */
static int
report_row(void *arg, const csvr_row *row, ds_err *err)
{
	read_ctx *c = arg;
	const char *ind, *value;
	int idx;

	if (check_header(c, err) != 0)
		return -1;
	c->rows++;
	if (check_identity(c, row, 0, 1, err) != 0)
		return -1;
	ind = cell(c, row, 2);
	value = cell(c, row, 3);
	if ((idx = indicator_find(ind)) < 0)
		return csvr_error_at(c->r, row, 2, err, L("chỉ tiêu không rõ: \"%s\"", "unknown indicator: \"%s\""), ind);
	/* versions 1 and 2 carry indicators v1 only (docs/format.md) */
	if (indicator_get((indicator_id)idx)->since > 1 && c->m != NULL &&
	    strcmp(c->m->format_version, PACKAGE_FORMAT_VERSION_3) != 0)
		return csvr_error_at(c->r, row, 2, err,
		                     L("chỉ tiêu \"%s\" (indicators v2) cần định dạng phiên bản %s, tệp kê khai ghi %s",
		                       "indicator \"%s\" (indicators v2) needs format version %s; the manifest says %s"),
		                     ind, PACKAGE_FORMAT_VERSION_3, c->m->format_version);
	if (seen_add(c, ind))
		return csvr_error_at(c->r, row, 2, err, L("chỉ tiêu \"%s\" có hai lần", "indicator \"%s\" appears twice"),
		                     ind);
	if (value[0] != '\0' && !is_decimal(value))
		return csvr_error_at(c->r, row, 3, err, L("giá trị không phải là số: \"%s\"", "the value is not a number: \"%s\""),
		                     value);
	return c->fn.report(c->arg, ind, value, row->line, err);
}

/* Parse a file or buffer with row handler fn into c. */
static int
read_any(read_ctx *c, const char *path, const void *buf, size_t len, const char *display_name,
         csvr_row_fn fn, ds_err *err)
{
	int rc;

	c->r = csvr_new(display_name, CSVR_HEADER);
	c->name = display_name;
	c->rows = 0;
	if (path != NULL)
		rc = csvr_parse_file(c->r, path, fn, c, err);
	else
		rc = csvr_parse_buffer(c->r, buf, len, fn, c, err);
	if (rc == 0 && csvr_header(c->r, NULL) == NULL) {
		ds_err_set(err, L("tệp rỗng, không có dòng tiêu đề", "the file is empty: no header row"));
		ds_err_at(err, display_name, 1, 0, NULL);
		rc = -1;
	} else if (rc == 0) {
		rc = check_header(c, err);
	}
	csvr_free(&c->r);
	seen_free(c);
	return rc;
}

/* Read a report from a path or a buffer. */
static int
read_report(const char *path, const void *buf, size_t len, const char *display_name, const package_manifest *m,
            package_report_fn fn, void *arg, long *rows, ds_err *err)
{
	read_ctx c = {0};
	int rc;

	c.m = m;
	c.cols = package_report_columns;
	c.ncols = package_report_ncols;
	c.fn.report = fn;
	c.arg = arg;
	rc = read_any(&c, path, buf, len, display_name, report_row, err);
	*rows = c.rows;
	return rc;
}

int
package_read_report(const char *path, const char *display_name, const package_manifest *m,
                    package_report_fn fn, void *arg, long *rows, ds_err *err)
{
	return read_report(path, NULL, 0, display_name, m, fn, arg, rows, err);
}

int
package_read_report_buffer(const void *buf, size_t len, const char *display_name, const package_manifest *m,
                           package_report_fn fn, void *arg, long *rows, ds_err *err)
{
	return read_report(NULL, buf, len, display_name, m, fn, arg, rows, err);
}

/* A whole number in [min, max] from column col, "" giving 0; -1 if not. */
static int
get_int(read_ctx *c, const csvr_row *row, int col, long min, long max, int *out, ds_err *err)
{
	const char *s = cell(c, row, (size_t)col);
	long v;

	if (s[0] == '\0') {
		*out = 0;
		return 0;
	}
	if (str_to_long(s, &v) != 0 || v < min || v > max)
		return csvr_error_at(c->r, row, (size_t)col, err,
		                     L("cần một số nguyên từ %ld đến %ld: \"%s\"", "expected a whole number from %ld to %ld: \"%s\""),
		                     min, max, s);
	*out = (int)v;
	return 0;
}

/* Copy a text cell into dst (size n); too long is an error. */
static int
get_text(read_ctx *c, const csvr_row *row, int col, char *dst, size_t n, ds_err *err)
{
	const char *s = cell(c, row, (size_t)col);

	if (strlen(s) >= n)
		return csvr_error_at(c->r, row, (size_t)col, err, L("giá trị quá dài (tối đa %zu byte)",
		                                                     "the value is too long (at most %zu bytes)"), n - 1);
	str_copy(dst, n, s);
	return 0;
}

/* The event id: 32 lowercase hex digits, not seen before in the file. */
static int
get_event_id(read_ctx *c, const csvr_row *row, event *ev, ds_err *err)
{
	const char *s = cell(c, row, C_EVENT_ID);
	size_t i;

	for (i = 0; s[i] != '\0'; i++)
		if (!((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'f')))
			break;
	if (i != UID_LEN || s[i] != '\0')
		return csvr_error_at(c->r, row, C_EVENT_ID, err, L("mã sự kiện phải gồm 32 chữ số hex thường: \"%s\"",
		                                                   "an event id is 32 lowercase hex digits: \"%s\""), s);
	if (seen_add(c, s))
		return csvr_error_at(c->r, row, C_EVENT_ID, err, L("mã sự kiện %s có hai lần trong tệp",
		                                                   "event id %s appears twice in the file"), s);
	str_copy(ev->uid, sizeof ev->uid, s);
	return 0;
}

/* Kind and date: a known kind, an ISO date inside the manifest's month. */
static int
get_kind_date(read_ctx *c, const csvr_row *row, event *ev, ds_err *err)
{
	const char *kind = cell(c, row, C_KIND), *date = cell(c, row, C_DATE);

	if (event_kind_parse(kind, &ev->kind) != 0)
		return csvr_error_at(c->r, row, C_KIND, err, L("loại sự kiện không rõ: \"%s\"", "unknown event kind: \"%s\""),
		                     kind);
	if (!date_valid(date))
		return csvr_error_at(c->r, row, C_DATE, err, L("ngày không hợp lệ (cần YYYY-MM-DD): \"%s\"",
		                                               "invalid date (expected YYYY-MM-DD): \"%s\""), date);
	if (strncmp(date, c->m->period, 7) != 0)
		return csvr_error_at(c->r, row, C_DATE, err, L("ngày %s nằm ngoài kỳ %s", "date %s is outside the period %s"),
		                     date, c->m->period);
	str_copy(ev->date, sizeof ev->date, date);
	return 0;
}

/* The person's cells (all empty for a whole-household move out). */
/* Normalise the text in buf (n bytes) to NFC; -1 if it does not fit. */
static int
nfc_in_place(char *buf, size_t n)
{
	char *nfc = vn_nfc_dup(buf);
	int rc = nfc != NULL ? str_copy(buf, n, nfc) : -1;

	free(nfc);
	return rc;
}

/* 1 if s is a pseudonymous key as danso writes it: 20 lowercase hex. */
static int
key_form_ok(const char *s)
{
	size_t i;

	for (i = 0; (s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'f'); i++)
		;
	return i == PACKAGE_KEY_LEN - 1 && s[i] == '\0';
}

/* 1 if s is a household number as the register writes it (1-6 digits, no
 * leading zero, optionally "." and 1-3 digits) or its --no-names pseudonym
 * ("h" and 14 lowercase hex digits). */
static int
household_form_ok(const char *s)
{
	size_t i = 0, j;

	if (s[0] == 'h') {
		for (i = 1; (s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'f'); i++)
			;
		return i == 15 && s[i] == '\0';
	}
	for (i = 0; s[i] >= '0' && s[i] <= '9'; i++)
		;
	if (i == 0 || i > 6 || s[0] == '0')
		return 0;
	if (s[i] == '\0')
		return 1;
	if (s[i] != '.')
		return 0;
	for (j = i + 1; s[j] >= '0' && s[j] <= '9'; j++)
		;
	return j > i + 1 && j - i - 1 <= 3 && s[j] == '\0';
}

static int
get_person(read_ctx *c, const csvr_row *row, package_event *pe, ds_err *err)
{
	member *p = &pe->person;
	int sexv;

	if (get_text(c, row, C_PERSON_KEY, pe->person_key, sizeof pe->person_key, err) != 0 ||
	    get_text(c, row, C_FULL_NAME, p->full_name, sizeof p->full_name, err) != 0 ||
	    get_text(c, row, C_PERSON_ID, p->person_id, sizeof p->person_id, err) != 0 ||
	    get_text(c, row, C_ETHNICITY, p->ethnicity, sizeof p->ethnicity, err) != 0 ||
	    get_text(c, row, C_EDUCATION, p->education, sizeof p->education, err) != 0 ||
	    get_text(c, row, C_MARITAL, p->marital, sizeof p->marital, err) != 0 ||
	    get_text(c, row, C_RESIDENCE, p->residence, sizeof p->residence, err) != 0 ||
	    get_text(c, row, C_RELATION, p->relation, sizeof p->relation, err) != 0)
		return -1;
	/* names in NFD (as some Mac and phone keyboards write them) are stored
	 * in NFC like every name danso keeps, so search and sort find them */
	if (nfc_in_place(p->full_name, sizeof p->full_name) != 0)
		return csvr_error_at(c->r, row, C_FULL_NAME, err, L("tên quá dài hoặc không phải UTF-8", "the name is too long or not UTF-8"));
	if (pe->person_key[0] == '\0') {
		if (pe->ev.kind == EV_MOVE_OUT)
			return 0;
		return csvr_error_at(c->r, row, C_PERSON_KEY, err, L("thiếu mã ẩn danh của người", "the person key is missing"));
	}
	if (!key_form_ok(pe->person_key))
		return csvr_error_at(c->r, row, C_PERSON_KEY, err, L("mã ẩn danh phải gồm 20 chữ số hex viết thường: \"%s\"",
		                                                     "a person key is 20 lowercase hex digits: \"%s\""),
		                     pe->person_key);
	if (get_int(c, row, C_SEX, 1, 2, &sexv, err) != 0)
		return -1;
	if (sexv == 0)
		return csvr_error_at(c->r, row, C_SEX, err, L("thiếu giới tính (1 nam, 2 nữ)", "the sex is missing (1 male, 2 female)"));
	p->sex = (sex)sexv;
	if (get_text(c, row, C_BIRTH_DATE, p->birth_date, sizeof p->birth_date, err) != 0)
		return -1;
	if (!date_valid_or_year(p->birth_date))
		return csvr_error_at(c->r, row, C_BIRTH_DATE, err, L("ngày sinh không hợp lệ: \"%s\"", "invalid birth date: \"%s\""),
		                     p->birth_date);
	/* nobody is born after what happens to them (a year alone compares as the year) */
	if (strncmp(p->birth_date, pe->ev.date, strlen(p->birth_date)) > 0)
		return csvr_error_at(c->r, row, C_BIRTH_DATE, err, L("ngày sinh %s ở sau ngày của sự kiện %s",
		                                                     "the birth date %s is after the event's date %s"),
		                     p->birth_date, pe->ev.date);
	return 0;
}

/* The cells of the kinds' fields (event_fields.h), whatever the kind:
 * the numbers first, each in 0..csv_max ("" is 0), then the texts. */
static int
get_kind_fields(read_ctx *c, const csvr_row *row, package_event *pe, ds_err *err)
{
	event *ev = &pe->ev;
	int col = C_FIELDS, v = 0;

	for (size_t i = 0; i < event_nfields; i++) {
		const event_field *f = &event_fields[i];

		if (f->csv == NULL)
			continue;
		if (!event_field_is_text(f)) {
			if (get_int(c, row, col, 0, f->csv_max, &v, err) != 0)
				return -1;
			if (f->type == EF_AREA)
				pe->to_area_number = v;
			else if (f->type != EF_BIT || v != 0)    /* the kinds' bits overlap: only set */
				event_field_set_int(ev, f, v);
		}
		col++;
	}
	if (ev->kind == EV_BIRTH && ev->child_sex == SEX_UNKNOWN)
		return csvr_error_at(c->r, row, column_of("child_sex"), err, L("thiếu giới tính của trẻ", "the child's sex is missing"));
	col = C_FIELDS;
	for (size_t i = 0; i < event_nfields; i++) {
		const event_field *f = &event_fields[i];

		if (f->csv == NULL)
			continue;
		if (event_field_is_text(f) && get_text(c, row, col, (char *)ev + f->offset, f->size, err) != 0)
			return -1;
		col++;
	}
	return 0;
}

/* One row of the events file. */
static int
event_row(void *arg, const csvr_row *row, ds_err *err)
{
	read_ctx *c = arg;
	package_event pe;
	int area_no;

	if (check_header(c, err) != 0)
		return -1;
	if (++c->rows > PACKAGE_MAX_ROWS)
		return csvr_error_at(c->r, row, 0, err, L("tệp có quá %d dòng dữ liệu", "the file holds more than %d data rows"),
		                     PACKAGE_MAX_ROWS);
	memset(&pe, 0, sizeof pe);
	if (get_event_id(c, row, &pe.ev, err) != 0 || check_identity(c, row, C_COMMUNE, C_PERIOD, err) != 0 ||
	    get_kind_date(c, row, &pe.ev, err) != 0)
		return -1;
	if (get_text(c, row, C_HH_NUMBER, pe.household_number, sizeof pe.household_number, err) != 0)
		return -1;
	if (pe.household_number[0] == '\0')
		return csvr_error_at(c->r, row, C_HH_NUMBER, err, L("thiếu số hộ", "the household number is missing"));
	if (!household_form_ok(pe.household_number))
		return csvr_error_at(c->r, row, C_HH_NUMBER, err, L("số hộ không đúng dạng (12, 12.1 hoặc mã ẩn danh h…): \"%s\"",
		                                                    "a household number is like 12 or 12.1, or its pseudonym h…: \"%s\""),
		                     pe.household_number);
	if (get_int(c, row, C_AREA, 1, 999999, &area_no, err) != 0)
		return -1;
	if (area_no == 0)
		return csvr_error_at(c->r, row, C_AREA, err, L("thiếu số địa bàn", "the area number is missing"));
	pe.area_number = area_no;
	if (get_person(c, row, &pe, err) != 0 || get_kind_fields(c, row, &pe, err) != 0 ||
	    get_text(c, row, C_RELATED_KEY, pe.related_key, sizeof pe.related_key, err) != 0 ||
	    get_text(c, row, C_RELATED_NAME, pe.related_name, sizeof pe.related_name, err) != 0)
		return -1;
	return c->fn.event(c->arg, &pe, row->line, err);
}

/* Read events from a path or a buffer. */
static int
read_events(const char *path, const void *buf, size_t len, const char *display_name, const package_manifest *m,
            package_event_fn fn, void *arg, long *rows, ds_err *err)
{
	read_ctx c = {0};
	int rc;

	c.m = m;
	c.cols = package_event_columns(&c.ncols);
	c.fn.event = fn;
	c.arg = arg;
	rc = read_any(&c, path, buf, len, display_name, event_row, err);
	*rows = c.rows;
	return rc;
}

int
package_read_events(const char *path, const char *display_name, const package_manifest *m,
                    package_event_fn fn, void *arg, long *rows, ds_err *err)
{
	return read_events(path, NULL, 0, display_name, m, fn, arg, rows, err);
}

int
package_read_events_buffer(const void *buf, size_t len, const char *display_name, const package_manifest *m,
                           package_event_fn fn, void *arg, long *rows, ds_err *err)
{
	return read_events(NULL, buf, len, display_name, m, fn, arg, rows, err);
}
