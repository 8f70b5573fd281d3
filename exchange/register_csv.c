/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* register_csv.c: reading a register kept in a spreadsheet (see
 * register_csv.h). */
#include "config.h"

#include "exchange/register_csv.h"
#include "exchange/csvread.h"
#include "domain/date.h"
#include "domain/i18n.h"
#include "domain/util.h"
#include "domain/vntext.h"

#include <string.h>
#include <strings.h>

/* State of one read. */
typedef struct reg_ctx {
	csvr *r;
	const char *today;
	register_columns cols;
	int have_cols;
	register_row_fn row_fn;
	register_error_fn error_fn;
	void *arg;
} reg_ctx;

/* The column of every field by header name. */
static void
find_columns(reg_ctx *c)
{
	register_columns *k = &c->cols;
#define COL(f) k->f = csvr_index(c->r, #f) + 1
	COL(household_number); COL(area); COL(village); COL(address); COL(household_kind); COL(full_name);
	COL(relation); COL(sex); COL(birth_date); COL(ethnicity); COL(education); COL(marital);
	COL(residence); COL(person_id); COL(entered_on); COL(children_born); COL(children_living);
#undef COL
	c->have_cols = 1;
}

/* The trimmed cell of 1-based column col ("" when the column is absent). */
static char *
cell(const csvr_row *row, int col)
{
	if (col <= 0 || (size_t)col > row->nfields)
		return "";
	return str_trim(row->fields[col - 1]);
}

/* Report a bad cell of this row and skip the row. */
static int
bad(reg_ctx *c, const csvr_row *row, int col, const char *msg, const char *value)
{
	ds_err e = {0};

	csvr_error_at(c->r, row, (size_t)(col - 1), &e, "%s: \"%s\"", msg, value);
	c->error_fn(c->arg, &e);
	return 1;
}

/* 1 if s is a household number: 1-6 digits without a leading zero,
 * optionally ".N" with 1-3 digits. */
static int
household_number_ok(const char *s)
{
	size_t n = strspn(s, "0123456789"), m;

	if (n == 0 || n > 6 || s[0] == '0')
		return 0;
	if (s[n] == '\0')
		return 1;
	if (s[n] != '.')
		return 0;
	m = strspn(s + n + 1, "0123456789");
	return m >= 1 && m <= 3 && s[n + 1 + m] == '\0';
}

/* Copy a text cell (NFC) that must fit; 1 on a problem (reported). */
static int
text(reg_ctx *c, const csvr_row *row, int col, char *dst, size_t n, const char *dflt)
{
	const char *s = cell(row, col);

	if (s[0] == '\0')
		s = dflt;
	if (vn_nfc(s, dst, n) != 0)
		return bad(c, row, col, L("quá dài", "too long"), s);
	return 0;
}

/* A code cell: digits only, at most CODE_LEN - 1. */
static int
code(reg_ctx *c, const csvr_row *row, int col, char *dst, const char *dflt)
{
	const char *s = cell(row, col);

	if (s[0] == '\0')
		s = dflt;
	if (strlen(s) >= CODE_LEN || strspn(s, "0123456789") != strlen(s))
		return bad(c, row, col, L("mã phải là số", "a code must be digits"), s);
	str_copy(dst, CODE_LEN, s);
	return 0;
}

/* Required cells must not be empty. */
static int
required(reg_ctx *c, const csvr_row *row)
{
	const int cols[] = {c->cols.household_number, c->cols.area, c->cols.full_name, c->cols.relation,
	                    c->cols.sex, c->cols.birth_date};

	for (size_t i = 0; i < ARRAY_LEN(cols); i++)
		if (cell(row, cols[i])[0] == '\0')
			return bad(c, row, cols[i], L("ô bắt buộc đang trống", "a required cell is empty"), "");
	return 0;
}

/* The sex: 1 / 2 or the labels Nam / Nữ. */
static int
get_sex(reg_ctx *c, const csvr_row *row, member *m)
{
	char s[32];

	if (vn_nfc(cell(row, c->cols.sex), s, sizeof s) != 0)
		s[0] = '\0';
	if (strcmp(s, "1") == 0 || strcasecmp(s, "nam") == 0)
		m->sex = SEX_MALE;
	else if (strcmp(s, "2") == 0 || strcmp(s, "Nữ") == 0 || strcmp(s, "nữ") == 0 || strcmp(s, "NỮ") == 0)
		m->sex = SEX_FEMALE;
	else
		return bad(c, row, c->cols.sex, L("giới tính là 1 (Nam) hoặc 2 (Nữ)", "sex is 1 (Nam) or 2 (Nữ)"),
		           cell(row, c->cols.sex));
	return 0;
}

/* A date cell through date_parse. */
static int
get_date(reg_ctx *c, const csvr_row *row, int col, unsigned flags, char *dst, const char *dflt)
{
	const char *s = cell(row, col);
	ds_err e = {0};

	if (s[0] == '\0' && dflt != NULL) {
		str_copy(dst, DATE_LEN, dflt);
		return 0;
	}
	if (date_parse(s, c->today, flags, NULL, dst, &e) != 0)
		return bad(c, row, col, e.msg, s);
	/* a birth or an entry in the register has happened: never after today */
	if (strncmp(dst, c->today, strlen(dst)) > 0)
		return bad(c, row, col, L("ngày ở sau hôm nay", "the date is after today"), s);
	return 0;
}

/* A woman's history: two counts 0..30, living at most born (the
 * database's checks refuse a man's). 1 on a problem (reported). */
static int
get_history(reg_ctx *c, const csvr_row *row, member *m)
{
	const char *born = cell(row, c->cols.children_born), *living = cell(row, c->cols.children_living);
	long b = 0, l;

	if (born[0] != '\0' && (str_to_long(born, &b) != 0 || b < 0 || b > 30))
		return bad(c, row, c->cols.children_born, L("số con đã sinh phải là số từ 0 đến 30",
		                                            "the live births must be a number from 0 to 30"), born);
	l = b;
	if (living[0] != '\0' && (str_to_long(living, &l) != 0 || l < 0 || l > b))
		return bad(c, row, c->cols.children_living, L("số con hiện sống phải là số từ 0 đến số con đã sinh",
		                                              "the children living must be a number from 0 to the live births"),
		           living);
	m->children_born = (int)b;
	m->children_living = (int)l;
	return 0;
}

/* One row of the file. */
static int
reg_row(void *arg, const csvr_row *row, ds_err *err)
{
	reg_ctx *c = arg;
	register_row out;
	long area_no;
	const char *s;

	if (!c->have_cols)
		find_columns(c);
	memset(&out, 0, sizeof out);
	out.line = row->line;
	household_init(&out.hh);
	member_init(&out.m);
	if (required(c, row))
		return 0;
	s = cell(row, c->cols.household_number);
	if (!household_number_ok(s))
		return bad(c, row, c->cols.household_number, L("số hộ không hợp lệ (ví dụ 12 hoặc 12.1)",
		                                                "invalid household number (e.g. 12 or 12.1)"), s), 0;
	str_copy(out.hh.number, sizeof out.hh.number, s);
	s = cell(row, c->cols.area);
	if (str_to_long(s, &area_no) != 0 || area_no < 1 || area_no > 9999)
		return bad(c, row, c->cols.area, L("số địa bàn phải là số nguyên dương", "the area number must be a positive whole number"), s), 0;
	out.area_number = (int)area_no;
	if (text(c, row, c->cols.village, out.hh.village, sizeof out.hh.village, "") ||
	    text(c, row, c->cols.address, out.hh.address, sizeof out.hh.address, "") ||
	    code(c, row, c->cols.household_kind, out.hh.kind, "1") ||
	    text(c, row, c->cols.full_name, out.m.full_name, sizeof out.m.full_name, "") ||
	    code(c, row, c->cols.relation, out.m.relation, "") || get_sex(c, row, &out.m) ||
	    get_date(c, row, c->cols.birth_date, DATE_ALLOW_YEAR, out.m.birth_date, NULL) ||
	    code(c, row, c->cols.ethnicity, out.m.ethnicity, "01") ||
	    code(c, row, c->cols.education, out.m.education, "") ||
	    code(c, row, c->cols.marital, out.m.marital, "1") || code(c, row, c->cols.residence, out.m.residence, "1") ||
	    text(c, row, c->cols.person_id, out.m.person_id, sizeof out.m.person_id, "") ||
	    get_date(c, row, c->cols.entered_on, 0, out.m.entered_on, c->today) || get_history(c, row, &out.m))
		return 0;
	return c->row_fn(c->arg, &out, &c->cols, err);
}

/* Read from a path or a buffer. */
static int
reg_read(const char *path, const void *buf, size_t len, const char *name, const char *today,
         register_row_fn row_fn, register_error_fn error_fn, void *arg, ds_err *err)
{
	static const char *const required_cols[] = {"household_number", "area", "full_name", "relation", "sex",
	                                            "birth_date"};
	reg_ctx c = {0};
	int rc;

	c.today = today;
	c.row_fn = row_fn;
	c.error_fn = error_fn;
	c.arg = arg;
	c.r = csvr_new(name, CSVR_HEADER);
	csvr_require(c.r, required_cols, ARRAY_LEN(required_cols));
	rc = path != NULL ? csvr_parse_file(c.r, path, reg_row, &c, err) : csvr_parse_buffer(c.r, buf, len, reg_row, &c, err);
	if (rc == 0 && csvr_header(c.r, NULL) == NULL) {
		ds_err_set(err, L("tệp rỗng, không có dòng tiêu đề", "the file is empty: no header row"));
		ds_err_at(err, name, 1, 0, NULL);
		rc = -1;
	}
	csvr_free(&c.r);
	return rc;
}

int
register_csv_read(const char *path, const char *today, register_row_fn row_fn, register_error_fn error_fn,
                  void *arg, ds_err *err)
{
	return reg_read(path, NULL, 0, path, today, row_fn, error_fn, arg, err);
}

int
register_csv_read_buffer(const void *buf, size_t len, const char *name, const char *today,
                         register_row_fn row_fn, register_error_fn error_fn, void *arg, ds_err *err)
{
	return reg_read(NULL, buf, len, name, today, row_fn, error_fn, arg, err);
}
