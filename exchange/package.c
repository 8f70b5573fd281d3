/* package.c: the report and events files of the export package, written
 * and read cell by cell ("danso-export 1", docs/format.md). The manifest
 * is in manifest.c. */
#include "config.h"

#include "exchange/package.h"
#include "exchange/csvread.h"
#include "domain/date.h"
#include "domain/i18n.h"
#include "domain/indicators.h"
#include "domain/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Column indices of the events file; package_event_columns in this order. */
enum ev_col {
	C_EVENT_ID, C_COMMUNE, C_PERIOD, C_KIND, C_DATE, C_HH_NUMBER, C_AREA, C_PERSON_KEY, C_FULL_NAME,
	C_PERSON_ID, C_SEX, C_BIRTH_DATE, C_ETHNICITY, C_EDUCATION, C_MARITAL, C_RESIDENCE, C_RELATION,
	C_RELATED_KEY, C_RELATED_NAME, C_CHILD_SEX, C_BIRTH_ORDER, C_BIRTH_PLACE, C_BIRTH_WEIGHT,
	C_NB_HYPOTHYROIDISM, C_NB_G6PD, C_NB_CAH, C_NB_HEARING, C_NB_HEART, C_GESTATIONAL_WEEK, C_PN_DOWN,
	C_PN_EDWARDS, C_PN_PATAU, C_PN_THALASSAEMIA, C_METHOD, C_PROVIDER, C_LIVING_CHILDREN, C_STOP_REASON,
	C_PREGNANCY_KIND, C_PREGNANCY_NUMBER, C_DEATH_CAUSE, C_PLACE, C_MOVE_SCOPE, C_WHOLE_HOUSEHOLD,
	C_TO_AREA, C_FIELD, C_OLD_VALUE, C_NEW_VALUE, C_PREMARITAL_CHECK, C_SPOUSE_NAME, C_COUNT
};

const char *const package_event_columns[] = {
	"event_id", "commune_code", "period", "kind", "date", "household_number", "area", "person_key",
	"full_name", "person_id", "sex", "birth_date", "ethnicity", "education", "marital", "residence",
	"relation", "related_key", "related_name", "child_sex", "birth_order", "birth_place", "birth_weight_g",
	"nb_hypothyroidism", "nb_g6pd", "nb_cah", "nb_hearing", "nb_heart", "gestational_week", "pn_down",
	"pn_edwards", "pn_patau", "pn_thalassaemia", "method", "provider", "living_children", "stop_reason",
	"pregnancy_kind", "pregnancy_number", "death_cause", "place", "move_scope", "whole_household",
	"to_area", "field", "old_value", "new_value", "premarital_check", "spouse_name",
};
const size_t package_event_ncols = C_COUNT;

const char *const package_report_columns[] = {"commune_code", "period", "indicator", "value", "label_vi"};
const size_t package_report_ncols = 5;

/* The screening condition columns and their bits. */
static const struct {
	int col;
	unsigned bit;
} condition_cols[] = {
	{C_NB_HYPOTHYROIDISM, NB_HYPOTHYROIDISM}, {C_NB_G6PD, NB_G6PD}, {C_NB_CAH, NB_CAH},
	{C_NB_HEARING, NB_HEARING}, {C_NB_HEART, NB_HEART},
	{C_PN_DOWN, PN_DOWN}, {C_PN_EDWARDS, PN_EDWARDS}, {C_PN_PATAU, PN_PATAU},
	{C_PN_THALASSAEMIA, PN_THALASSAEMIA},
};

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
	return csvw_row(w, package_event_columns, package_event_ncols, err);
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
	const char *f[C_COUNT];
	char num[C_COUNT][16];
} ev_cells;

/* Put the decimal n in column c. */
static void
cell_int(ev_cells *c, int col, long n)
{
	snprintf(c->num[col], sizeof c->num[col], "%ld", n);
	c->f[col] = c->num[col];
}

/* The kind-specific cells; the others stay "". */
static void
encode_kind(ev_cells *c, const package_event *pe, int no_names)
{
	const event *ev = &pe->ev;
	int names_field = strcmp(ev->field, "full_name") == 0 || strcmp(ev->field, "person_id") == 0;

	switch (ev->kind) {
	case EV_BIRTH:
		cell_int(c, C_CHILD_SEX, ev->child_sex);
		cell_int(c, C_BIRTH_ORDER, ev->birth_order);
		c->f[C_BIRTH_PLACE] = ev->birth_place;
		if (ev->birth_weight_g > 0)
			cell_int(c, C_BIRTH_WEIGHT, ev->birth_weight_g);
		break;
	case EV_NEWBORN_SCREENING:
		for (size_t i = 0; i < 5; i++)
			cell_int(c, condition_cols[i].col, (ev->conditions & condition_cols[i].bit) != 0);
		break;
	case EV_PRENATAL_SCREENING:
		cell_int(c, C_GESTATIONAL_WEEK, ev->gestational_week);
		for (size_t i = 5; i < ARRAY_LEN(condition_cols); i++)
			cell_int(c, condition_cols[i].col, (ev->conditions & condition_cols[i].bit) != 0);
		break;
	case EV_DEATH:
		c->f[C_DEATH_CAUSE] = ev->death_cause;
		break;
	case EV_MOVE_IN:
	case EV_MOVE_OUT:
		c->f[C_PLACE] = ev->place;
		cell_int(c, C_MOVE_SCOPE, ev->move_scope);
		if (ev->kind == EV_MOVE_OUT)
			cell_int(c, C_WHOLE_HOUSEHOLD, ev->whole_household != 0);
		if (pe->to_area_number > 0)
			cell_int(c, C_TO_AREA, pe->to_area_number);
		break;
	case EV_DETAIL_CHANGE:
		c->f[C_FIELD] = ev->field;
		c->f[C_OLD_VALUE] = no_names && names_field ? "" : ev->old_value;
		c->f[C_NEW_VALUE] = no_names && names_field ? "" : ev->new_value;
		break;
	case EV_FP_START:
		c->f[C_METHOD] = ev->method;
		c->f[C_PROVIDER] = ev->provider;
		cell_int(c, C_LIVING_CHILDREN, ev->living_children);
		break;
	case EV_FP_STOP:
		c->f[C_METHOD] = ev->method;
		c->f[C_STOP_REASON] = ev->stop_reason;
		break;
	case EV_PREGNANCY:
		c->f[C_PREGNANCY_KIND] = ev->pregnancy_kind;
		cell_int(c, C_PREGNANCY_NUMBER, ev->pregnancy_number);
		break;
	case EV_MARRIAGE:
	case EV_DIVORCE:
		if (ev->kind == EV_MARRIAGE)
			cell_int(c, C_PREMARITAL_CHECK, ev->premarital_check != 0);
		c->f[C_SPOUSE_NAME] = no_names ? "" : ev->spouse_name;
		break;
	default:
		break;
	}
}

int
package_write_event(csvw *w, const char *commune_code, const char *month, const package_event *pe,
                    int no_names, ds_err *err)
{
	const member *p = &pe->person;
	int has_person = p->uid[0] != '\0' || pe->person_key[0] != '\0';
	ev_cells c;

	for (size_t i = 0; i < C_COUNT; i++)
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
	return csvw_row(w, c.f, C_COUNT, err);
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

	if (check_header(c, err) != 0)
		return -1;
	c->rows++;
	if (check_identity(c, row, 0, 1, err) != 0)
		return -1;
	ind = cell(c, row, 2);
	value = cell(c, row, 3);
	if (indicator_find(ind) < 0)
		return csvr_error_at(c->r, row, 2, err, L("chỉ tiêu không rõ: \"%s\"", "unknown indicator: \"%s\""), ind);
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
	if (pe->person_key[0] == '\0') {
		if (pe->ev.kind == EV_MOVE_OUT)
			return 0;
		return csvr_error_at(c->r, row, C_PERSON_KEY, err, L("thiếu mã ẩn danh của người", "the person key is missing"));
	}
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
	return 0;
}

/* The kind-specific cells. */
static int
get_kind_fields(read_ctx *c, const csvr_row *row, package_event *pe, ds_err *err)
{
	event *ev = &pe->ev;
	int v = 0;

	for (size_t i = 0; i < ARRAY_LEN(condition_cols); i++) {
		if (get_int(c, row, condition_cols[i].col, 0, 1, &v, err) != 0)
			return -1;
		if (v)
			ev->conditions |= condition_cols[i].bit;
	}
	if (get_int(c, row, C_CHILD_SEX, 0, 2, &v, err) != 0)
		return -1;
	ev->child_sex = (sex)v;
	if (get_int(c, row, C_BIRTH_ORDER, 0, 30, &ev->birth_order, err) != 0 ||
	    get_int(c, row, C_BIRTH_WEIGHT, 0, 9999, &ev->birth_weight_g, err) != 0 ||
	    get_int(c, row, C_GESTATIONAL_WEEK, 0, 45, &ev->gestational_week, err) != 0 ||
	    get_int(c, row, C_LIVING_CHILDREN, 0, 30, &ev->living_children, err) != 0 ||
	    get_int(c, row, C_PREGNANCY_NUMBER, 0, 30, &ev->pregnancy_number, err) != 0 ||
	    get_int(c, row, C_MOVE_SCOPE, 0, 1, &ev->move_scope, err) != 0 ||
	    get_int(c, row, C_WHOLE_HOUSEHOLD, 0, 1, &ev->whole_household, err) != 0 ||
	    get_int(c, row, C_TO_AREA, 0, 999999, &pe->to_area_number, err) != 0 ||
	    get_int(c, row, C_PREMARITAL_CHECK, 0, 1, &ev->premarital_check, err) != 0)
		return -1;
	if (ev->kind == EV_BIRTH && ev->child_sex == SEX_UNKNOWN)
		return csvr_error_at(c->r, row, C_CHILD_SEX, err, L("thiếu giới tính của trẻ", "the child's sex is missing"));
	return get_text(c, row, C_BIRTH_PLACE, ev->birth_place, sizeof ev->birth_place, err) ||
	       get_text(c, row, C_METHOD, ev->method, sizeof ev->method, err) ||
	       get_text(c, row, C_PROVIDER, ev->provider, sizeof ev->provider, err) ||
	       get_text(c, row, C_STOP_REASON, ev->stop_reason, sizeof ev->stop_reason, err) ||
	       get_text(c, row, C_PREGNANCY_KIND, ev->pregnancy_kind, sizeof ev->pregnancy_kind, err) ||
	       get_text(c, row, C_DEATH_CAUSE, ev->death_cause, sizeof ev->death_cause, err) ||
	       get_text(c, row, C_PLACE, ev->place, sizeof ev->place, err) ||
	       get_text(c, row, C_FIELD, ev->field, sizeof ev->field, err) ||
	       get_text(c, row, C_OLD_VALUE, ev->old_value, sizeof ev->old_value, err) ||
	       get_text(c, row, C_NEW_VALUE, ev->new_value, sizeof ev->new_value, err) ||
	       get_text(c, row, C_SPOUSE_NAME, ev->spouse_name, sizeof ev->spouse_name, err) ? -1 : 0;
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
	c->rows++;
	memset(&pe, 0, sizeof pe);
	if (get_event_id(c, row, &pe.ev, err) != 0 || check_identity(c, row, C_COMMUNE, C_PERIOD, err) != 0 ||
	    get_kind_date(c, row, &pe.ev, err) != 0)
		return -1;
	if (get_text(c, row, C_HH_NUMBER, pe.household_number, sizeof pe.household_number, err) != 0)
		return -1;
	if (pe.household_number[0] == '\0')
		return csvr_error_at(c->r, row, C_HH_NUMBER, err, L("thiếu số hộ", "the household number is missing"));
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
	c.cols = package_event_columns;
	c.ncols = package_event_ncols;
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
