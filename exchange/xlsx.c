/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* xlsx.c: Excel workbooks through libxlsxwriter (xlsx.h).
 *
 * libxlsxwriter is called through a table of its functions, each typed
 * from xlsxwriter.h's prototype. By default (configure.ac) it is not
 * linked: the table is filled from DANSO_XLSX_SONAME the first time a
 * workbook is opened, so that a process that writes none (the interface,
 * most commands) maps neither it nor the crypto library it needs
 * (docs/decisions.md, "Libraries loaded when first used"). Built with
 * --disable-dlopen (Windows), the table holds the linked functions. */
#include "config.h"

#include "exchange/xlsx.h"
#include "domain/i18n.h"
#include "domain/seams.h"
#include "domain/util.h"
#include "platform/platform.h"
#include "exchange/csvread.h"
#include "exchange/csvwrite.h"
#include "platform/fs.h"

#include <xlsxwriter.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The functions of libxlsxwriter called here. */
#define XLSX_FUNCTIONS(X) \
	X(workbook_new_opt) X(workbook_add_format) X(workbook_validate_sheet_name) X(workbook_add_worksheet) \
	X(workbook_close) X(format_set_bold) X(format_set_font_size) X(format_set_align) X(format_set_italic) \
	X(format_set_border) X(format_set_text_wrap) X(format_set_num_format) X(worksheet_set_paper) \
	X(worksheet_set_landscape) X(worksheet_fit_to_pages) X(worksheet_write_string) X(worksheet_write_number) \
	X(worksheet_merge_range) X(worksheet_set_column) X(worksheet_freeze_panes) X(worksheet_repeat_rows) \
	X(lxw_strerror)

#define XLSX_FIELD(f) __typeof__(&f) f;
static struct xlsx_api {
	int loaded;
	XLSX_FUNCTIONS(XLSX_FIELD)
} xl;

#ifdef DANSO_DLOPEN

/* Fill xl from the library; 0, or -1 with err saying what is missing. */
static int
xlsx_bind(ds_err *err)
{
	const char *name = seam_library("xlsx") != NULL ? seam_library("xlsx") : DANSO_XLSX_SONAME;
	const char *missing = NULL;
	plat_lib *lib = plat_lib_open(name);

	if (lib == NULL)
		return ds_err_set(err, L("Không nạp được thư viện %s (libxlsxwriter), cần để ghi sổ tính Excel: %s. "
		                         "Hãy cài nó (Debian: apt-get install libxlsxwriter4). Chưa ghi gì.",
		                         "Cannot load the library %s (libxlsxwriter), which writing an Excel workbook "
		                         "needs: %s. Install it (Debian: apt-get install libxlsxwriter4). Nothing was written."),
		                  name, plat_lib_why());
	/* A cast from plat_fn (any function) to the prototype's type. */
#define XLSX_LOAD(f) \
	if (missing == NULL && (xl.f = (__typeof__(xl.f))plat_lib_fn(lib, #f)) == NULL) \
		missing = #f;
	XLSX_FUNCTIONS(XLSX_LOAD)
#undef XLSX_LOAD
	if (missing != NULL)
		return ds_err_set(err, L("Thư viện %s không có hàm %s: đó không phải libxlsxwriter. Chưa ghi gì.",
		                         "The library %s has no function %s: it is not libxlsxwriter. Nothing was written."),
		                  name, missing);
	return 0;
}

#else

static int
xlsx_bind(ds_err *err)
{
#define XLSX_LINK(f) xl.f = f;
	XLSX_FUNCTIONS(XLSX_LINK)
#undef XLSX_LINK
	return 0;
}

#endif

/* libxlsxwriter's functions in xl, once. */
static int
xlsx_ready(ds_err *err)
{
	if (!xl.loaded) {
		if (xlsx_bind(err) != 0)
			return -1;
		xl.loaded = 1;
	}
	return 0;
}

struct xlsx {
	lxw_workbook *book;
	lxw_worksheet *sheet;
	lxw_format *style[XS_STYLE_COUNT];
	fs_publish pub;          /* the workbook's temporary file and its final name */
	lxw_error first_error;   /* of a cell call; LXW_NO_ERROR while none */
};

/* The formats of the styles, made once per workbook. */
static void
make_styles(xlsx *x)
{
	for (int s = 0; s < XS_STYLE_COUNT; s++) {
		lxw_format *f = xl.workbook_add_format(x->book);
		switch ((xlsx_style)s) {
		case XS_PLAIN:
			break;
		case XS_TITLE:
			xl.format_set_bold(f);
			xl.format_set_font_size(f, 13);
			xl.format_set_align(f, LXW_ALIGN_CENTER);
			break;
		case XS_CENTER:
			xl.format_set_italic(f);
			xl.format_set_align(f, LXW_ALIGN_CENTER);
			break;
		case XS_BOLD:
			xl.format_set_bold(f);
			break;
		case XS_HEADER:
			xl.format_set_bold(f);
			xl.format_set_border(f, LXW_BORDER_THIN);
			xl.format_set_text_wrap(f);
			xl.format_set_align(f, LXW_ALIGN_CENTER);
			xl.format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
			break;
		case XS_TEXT:
			xl.format_set_border(f, LXW_BORDER_THIN);
			xl.format_set_num_format(f, "@");
			break;
		case XS_CELL:
			xl.format_set_border(f, LXW_BORDER_THIN);
			break;
		case XS_INTEGER:
			xl.format_set_border(f, LXW_BORDER_THIN);
			xl.format_set_num_format(f, "0");
			break;
		case XS_DECIMAL:
			xl.format_set_border(f, LXW_BORDER_THIN);
			xl.format_set_num_format(f, "0.00");
			break;
		case XS_STYLE_COUNT:
			break;
		}
		x->style[s] = f;
	}
}

/* Keep the first error of a cell call for commit to report. */
static void
note(xlsx *x, lxw_error e)
{
	if (e != LXW_NO_ERROR && x->first_error == LXW_NO_ERROR)
		x->first_error = e;
}

xlsx *
xlsx_open(const char *dir, const char *name, ds_err *err)
{
	lxw_workbook_options opt = {.constant_memory = LXW_FALSE, .tmpdir = NULL};
	char *path;
	xlsx *x;

	if (xlsx_ready(err) != 0)
		return NULL;
	x = xcalloc(1, sizeof *x);
	path = xasprintf("%s/%s", dir, name);

	/* Created owner-only by the publish: libxlsxwriter's fopen() then keeps the mode. */
	if (fs_publish_begin(&x->pub, path) != 0) {
		ds_err_set(err, "%s %s: %s", L("không tạo được tệp", "cannot create the file"), path, strerror(errno));
		free(path);
		free(x);
		return NULL;
	}
	free(path);
	x->book = xl.workbook_new_opt(x->pub.temp, &opt);
	if (x->book == NULL) {
		ds_err_set(err, "%s %s", L("không tạo được sổ tính", "cannot create the workbook"), x->pub.target);
		fs_publish_abort(&x->pub);
		free(x);
		return NULL;
	}
	make_styles(x);
	return x;
}

int
xlsx_sheet(xlsx *x, const char *name, ds_err *err)
{
	if (xl.workbook_validate_sheet_name(x->book, name) != LXW_NO_ERROR)
		return ds_err_set(err, "%s: %s", L("tên trang tính không hợp lệ", "invalid sheet name"), name);
	x->sheet = xl.workbook_add_worksheet(x->book, name);
	if (x->sheet == NULL)
		return ds_err_set(err, "%s: %s", L("không thêm được trang tính", "cannot add the sheet"), name);
	/* printed on A4 across, as wide as one page, as many pages down as needed */
	xl.worksheet_set_paper(x->sheet, 9);
	xl.worksheet_set_landscape(x->sheet);
	xl.worksheet_fit_to_pages(x->sheet, 1, 0);
	return 0;
}

/* text without the control characters XML cannot carry; caller frees. */
static char *
cell_text(const char *text)
{
	size_t n = strlen(text);
	char *out = xmalloc(n + 1), *o = out;

	for (const unsigned char *p = (const unsigned char *)text; *p != '\0'; p++)
		if (*p >= 0x20 || *p == '\t' || *p == '\n')
			*o++ = (char)*p;
	*o = '\0';
	return out;
}

void
xlsx_text(xlsx *x, int row, int col, const char *text, xlsx_style style)
{
	char *t;

	if (x->sheet == NULL)
		return;
	t = cell_text(text);
	note(x, xl.worksheet_write_string(x->sheet, (lxw_row_t)row, (lxw_col_t)col, t, x->style[style]));
	free(t);
}

void
xlsx_number(xlsx *x, int row, int col, double value, xlsx_style style)
{
	if (x->sheet != NULL)
		note(x, xl.worksheet_write_number(x->sheet, (lxw_row_t)row, (lxw_col_t)col, value, x->style[style]));
}

void
xlsx_merge(xlsx *x, int row, int col1, int col2, const char *text, xlsx_style style)
{
	char *t;

	if (x->sheet == NULL)
		return;
	t = cell_text(text);
	if (col1 >= col2)
		note(x, xl.worksheet_write_string(x->sheet, (lxw_row_t)row, (lxw_col_t)col1, t, x->style[style]));
	else
		note(x, xl.worksheet_merge_range(x->sheet, (lxw_row_t)row, (lxw_col_t)col1, (lxw_row_t)row, (lxw_col_t)col2, t,
	                              x->style[style]));
	free(t);
}

void
xlsx_width(xlsx *x, int col1, int col2, double width)
{
	if (x->sheet != NULL)
		note(x, xl.worksheet_set_column(x->sheet, (lxw_col_t)col1, (lxw_col_t)col2, width, NULL));
}

void
xlsx_freeze(xlsx *x, int row, int col)
{
	if (x->sheet == NULL)
		return;
	xl.worksheet_freeze_panes(x->sheet, (lxw_row_t)row, (lxw_col_t)col);
	if (row > 0)	/* the column headings on every printed page too */
		note(x, xl.worksheet_repeat_rows(x->sheet, (lxw_row_t)(row - 1), (lxw_row_t)(row - 1)));
}

/* The state of one CSV copied into a sheet. */
typedef struct csv_copy {
	xlsx *x;
	int excel;
	const char *const *numeric;
	size_t nnumeric;
	unsigned char is_number[CSVR_COLUMNS_MAX];
	size_t ncols;
} csv_copy;

/* 1 if name is one of the numeric columns. */
static int
named_numeric(const csv_copy *c, const char *name)
{
	for (size_t i = 0; i < c->nnumeric; i++)
		if (strcmp(c->numeric[i], name) == 0)
			return 1;
	return 0;
}

/* One record: the header (row 0) or a data row. */
static int
copy_row(void *arg, const csvr_row *row, ds_err *err)
{
	csv_copy *c = arg;
	int r = (int)row->record - 1;

	(void)err;
	for (size_t i = 0; i < row->nfields; i++) {
		const char *v = c->excel ? csvw_excel_plain(row->fields[i]) : row->fields[i];


		if (r == 0) {
			c->is_number[i] = (unsigned char)named_numeric(c, v);
			xlsx_text(c->x, 0, (int)i, v, XS_HEADER);
		} else if (i < c->ncols && c->is_number[i] && v[0] != '\0' && csvw_is_number(v)) {
			xlsx_number(c->x, r, (int)i, strtod(v, NULL), XS_INTEGER);
		} else {
			xlsx_text(c->x, r, (int)i, v, XS_TEXT);
		}
	}
	if (r == 0)
		c->ncols = row->nfields;
	return 0;
}

int
xlsx_sheet_from_csv(xlsx *x, const char *sheet, const char *csv_path, int excel,
                    const char *const *numeric, size_t n, ds_err *err)
{
	const char *base = strrchr(csv_path, '/');
	csv_copy *c;
	csvr *r;
	int rc;

	if (xlsx_sheet(x, sheet, err) != 0)
		return -1;
	c = xcalloc(1, sizeof *c);
	c->x = x;
	c->excel = excel;
	c->numeric = numeric;
	c->nnumeric = n;
	r = csvr_new(base != NULL ? base + 1 : csv_path, 0);
	rc = csvr_parse_file(r, csv_path, copy_row, c, err);
	csvr_free(&r);
	if (rc == 0) {
		xlsx_width(x, 0, c->ncols > 0 ? (int)c->ncols - 1 : 0, 14);
		xlsx_freeze(x, 1, 0);
	}
	free(c);
	return rc;
}

const char *
xlsx_path(const xlsx *x)
{
	return x->pub.target;
}

int
xlsx_commit(xlsx **xp, ds_err *err)
{
	xlsx *x = *xp;
	lxw_error e;
	int rc = 0;

	*xp = NULL;
	if (x->first_error != LXW_NO_ERROR) {
		ds_err_set(err, "%s %s: %s", L("lỗi khi ghi sổ tính", "error writing the workbook"), x->pub.target,
		           xl.lxw_strerror(x->first_error));
		xl.workbook_close(x->book);
		rc = -1;
	} else if ((e = xl.workbook_close(x->book)) != LXW_NO_ERROR) {
		ds_err_set(err, "%s %s: %s", L("lỗi khi ghi sổ tính", "error writing the workbook"), x->pub.target,
		           xl.lxw_strerror(e));
		rc = -1;
	} else if (fs_publish_commit(&x->pub) != 0) {
		ds_err_set(err, "%s %s: %s", L("lỗi khi ghi tệp", "error writing the file"), x->pub.target,
		           strerror(errno));
		rc = -1;
	}
	fs_publish_abort(&x->pub);
	free(x);
	return rc;
}

void
xlsx_abort(xlsx **xp)
{
	xlsx *x = *xp;

	if (x == NULL)
		return;
	*xp = NULL;
	/* libxlsxwriter has no "discard": close it, then remove what it wrote. */
	xl.workbook_close(x->book);
	fs_publish_abort(&x->pub);
	free(x);
}
