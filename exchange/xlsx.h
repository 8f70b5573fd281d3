/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/*
 * xlsx.h: write Excel workbooks (.xlsx) through libxlsxwriter, the only
 * place that includes xlsxwriter.h. A small, layout-neutral interface: the
 * caller (app/report_xlsx.c) decides what goes in which cell.
 *
 *     xlsx *x = xlsx_open(dir, "report.xlsx", &err);
 *     xlsx_sheet(x, "Báo cáo");
 *     xlsx_merge(x, 0, 0, 5, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", XS_TITLE);
 *     xlsx_text(x, 3, 0, "00004", XS_TEXT);    -- a code stays "00004"
 *     xlsx_number(x, 3, 1, 69.13, XS_DECIMAL); -- a number, whatever the locale
 *     if (xlsx_commit(&x, &err) != 0) ...      -- or xlsx_abort(&x)
 *
 * Cells are typed: XS_TEXT cells carry the text number format "@", so a
 * spreadsheet never turns a commune code or a citizen ID into a number;
 * numbers are stored as numbers (a decimal point in the file, shown with
 * the reader's own separator). Text must be UTF-8; control characters are
 * left out (XML cannot carry them).
 *
 * Publishing is atomic like csvwrite.h: the workbook is written under a
 * temporary name in dir (mode 0600) and renamed into place at commit, so
 * the target holds the old file or the complete new one. Errors of any
 * cell call are kept and reported by xlsx_commit(), naming the file.
 */
#ifndef DANSO_XLSX_H
#define DANSO_XLSX_H

#include "domain/error.h"

#include <stddef.h>

typedef struct xlsx xlsx;

typedef enum xlsx_style {
	XS_PLAIN,      /* text, general format */
	XS_TITLE,      /* bold, larger, centred (national heading, title) */
	XS_CENTER,     /* centred, italic (motto, dates, signature lines) */
	XS_BOLD,       /* bold text (section rows, signature titles) */
	XS_HEADER,     /* bold, bordered, wrapped, centred (column headings) */
	XS_TEXT,       /* bordered text kept as text: codes, IDs, dates */
	XS_CELL,       /* bordered text, general (labels in the table) */
	XS_INTEGER,    /* bordered whole number */
	XS_DECIMAL,    /* bordered number shown with two decimals */
	XS_STYLE_COUNT
} xlsx_style;

/* Start the workbook dir/name (a temporary file until commit). NULL with
 * err when it cannot be created. The caller owns it: end with
 * xlsx_commit() or xlsx_abort(). */
xlsx *xlsx_open(const char *dir, const char *name, ds_err *err);

/* Add a sheet (name: at most 31 characters, no []:*?/\); later cells go
 * there. -1 with err for a bad name. */
int xlsx_sheet(xlsx *x, const char *name, ds_err *err);

/* Write one cell of the current sheet (row, col from 0). */
void xlsx_text(xlsx *x, int row, int col, const char *text, xlsx_style style);
void xlsx_number(xlsx *x, int row, int col, double value, xlsx_style style);

/* Merge the cells row:col1..col2 of the current sheet and write text. */
void xlsx_merge(xlsx *x, int row, int col1, int col2, const char *text, xlsx_style style);

/* Set the width (in characters) of the columns col1..col2. */
void xlsx_width(xlsx *x, int col1, int col2, double width);

/* Keep the rows above row and the columns left of col in view; the row
 * just above row (the column headings) is printed on every page. Sheets
 * print on A4 landscape, one page wide. */
void xlsx_freeze(xlsx *x, int row, int col);

/* Copy a CSV file written by csvwrite.h (excel: in excel mode) into a new
 * sheet: the header row bold, frozen in view; the columns named in
 * numeric (n names) as numbers, every other cell as text (codes, IDs and
 * dates keep their form). -1 with err (file, line, column) when the file
 * cannot be read. */
int xlsx_sheet_from_csv(xlsx *x, const char *sheet, const char *csv_path, int excel,
                        const char *const *numeric, size_t n, ds_err *err);

/* Close the workbook and publish it under its name. 0 ok; -1 with err
 * (the first error of any call, or of writing the file), and then no
 * file is left. Sets *x to NULL either way. */
int xlsx_commit(xlsx **x, ds_err *err);

/* Drop the workbook and its temporary file; sets *x to NULL. */
void xlsx_abort(xlsx **x);

/* The final path of the workbook (valid until commit or abort). */
const char *xlsx_path(const xlsx *x);

#endif
