/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/* csvread.c: the strict streaming CSV reader (see csvread.h). */
#include "config.h"

#include "exchange/csvread.h"
#include "exchange/legacyenc.h"
#include "domain/i18n.h"
#include "domain/util.h"
#include "platform/platform.h"
#include "domain/vntext.h"

#include <csv.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const unsigned char utf8_bom[3] = {0xEF, 0xBB, 0xBF};

struct csvr {
	char *name;                 /* file name for messages */
	int options;                /* CSVR_HEADER */
	struct csv_parser parser;   /* libcsv's state */
	int finished;               /* csvr_finish() ran */
	/* where the parser is */
	long line;                  /* current physical line, 1-based */
	int prev_cr;                /* the last byte fed was a CR */
	size_t line_len;            /* bytes fed on the current line */
	size_t bom_seen;            /* leading bytes matching the BOM so far */
	int bom_done;               /* the start of the input was looked at */
	/* the record being read */
	int in_row;
	long row_line;              /* line where it started */
	strbuf rowbuf;              /* its fields, each NUL-terminated */
	size_t *offsets;            /* start of each field in rowbuf */
	long *lines;                /* line where each field starts */
	char **ptrs;                /* the fields handed to the callback */
	size_t nfields, cap;
	long records;               /* data records delivered */
	/* the header */
	char **header;
	size_t nheader;
	char **required;
	size_t nrequired;
	/* the current call */
	csvr_row_fn fn;
	void *arg;
	ds_err *err;
	int failed;
	const unsigned char *input;  /* the text given to csvr_feed, for the encoding guess */
	size_t input_len;
};

/* libcsv would trim spaces and tabs around unquoted fields; RFC 4180 keeps them. */
static int
no_space(unsigned char c)
{
	return 0;
}

/* A reader for one CSV input. */
csvr *
csvr_new(const char *name, int options)
{
	csvr *r = xcalloc(1, sizeof *r);

	r->name = xstrdup(name != NULL ? name : "");
	r->options = options;
	if (csv_init(&r->parser, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL) != 0)
		fatal("libcsv could not start");
	csv_set_space_func(&r->parser, no_space);
	r->line = 1;
	strbuf_init(&r->rowbuf);
	return r;
}

/* Free an array of n strings. */
static void
free_strings(char **v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

/* Free a reader. */
void
csvr_free(csvr **rp)
{
	csvr *r;

	if (rp == NULL || *rp == NULL)
		return;
	r = *rp;
	csv_free(&r->parser);
	strbuf_free(&r->rowbuf);
	free(r->offsets);
	free(r->lines);
	free(r->ptrs);
	free_strings(r->header, r->nheader);
	free_strings(r->required, r->nrequired);
	free(r->name);
	free(r);
	*rp = NULL;
}

/* Name the columns the header must contain. */
void
csvr_require(csvr *r, const char *const *names, size_t n)
{
	r->required = xrealloc(r->required, (r->nrequired + n) * sizeof *r->required);
	for (size_t i = 0; i < n; i++)
		r->required[r->nrequired++] = xstrdup(names[i]);
}

/* Number of line breaks (CRLF, LF or CR) in s[0..n). */
static long
count_breaks(const unsigned char *s, size_t n)
{
	long k = 0;

	for (size_t i = 0; i < n; i++)
		if (s[i] == '\r' || (s[i] == '\n' && (i == 0 || s[i - 1] != '\r')))
			k++;
	return k;
}

/* Stop the parse with a message at line/column (column 0: the whole line). */
static int
fail_at(csvr *r, long line, size_t column, const char *fmt, ...)
{
	const char *field = NULL;
	va_list ap;

	r->failed = 1;
	if (r->err == NULL)
		return -1;
	if (r->header != NULL && column >= 1 && column <= r->nheader)
		field = r->header[column - 1];
	va_start(ap, fmt);
	vsnprintf(r->err->msg, sizeof r->err->msg, fmt, ap);
	va_end(ap);
	ds_err_at(r->err, r->name, line, (int)column, field);
	return -1;
}

/* 1 if the input starts like UTF-16: its byte-order mark, or ASCII text
 * with a NUL after (or before) every character. */
static int
looks_utf16(const void *buf, size_t len)
{
	const unsigned char *s = buf;
	size_t n = len < 64 ? len : 64, even = 0, odd = 0;

	if (s == NULL || len < 2)
		return 0;
	if ((s[0] == 0xFF && s[1] == 0xFE) || (s[0] == 0xFE && s[1] == 0xFF))
		return 1;
	for (size_t i = 0; i + 1 < n; i += 2) {
		even += s[i] == 0;
		odd += s[i + 1] == 0;
	}
	return n >= 8 && (even * 4 >= n * 3 / 2 || odd * 4 >= n * 3 / 2) && (even == 0 || odd == 0);
}

/* Check one field's bytes: valid UTF-8, no NUL. */
static int
check_utf8(csvr *r, const unsigned char *s, size_t len, long line_end)
{
	size_t bad = 0;
	long line;

	if (vn_utf8_valid((const char *)s, len, &bad))
		return 0;
	line = line_end - count_breaks(s + bad, len - bad);
	if (looks_utf16(r->input, r->input_len))
		return fail_at(r, line, r->nfields + 1, "%s",
		               L("tệp là UTF-16 (\"Unicode Text\" của Excel), không phải UTF-8; hãy lưu lại dưới dạng CSV UTF-8",
		                 "the file is UTF-16 (Excel's \"Unicode Text\"), not UTF-8; save it again as CSV UTF-8"));
	if (s[bad] == '\0')
		return fail_at(r, line, r->nfields + 1, "%s", L("ô chứa byte NUL (tệp không phải văn bản CSV?)",
				"the field contains a NUL byte (is this a CSV text file?)"));
	return fail_at(r, line, r->nfields + 1, "%s",
		       legacyenc_message(legacyenc_guess(r->input, r->input_len)));
}

/* libcsv: one field has ended. */
static void
on_field(void *data, size_t len, void *ctx)
{
	csvr *r = ctx;
	const unsigned char *s = data != NULL ? data : (const unsigned char *)"";
	long end_line = r->line;

	if (r->failed)
		return;
	if (len > CSVR_FIELD_MAX) {
		fail_at(r, end_line - count_breaks(s, len), r->nfields + 1, L("ô dài quá %d KiB", "field longer than %d KiB"),
			CSVR_FIELD_MAX / 1024);
		return;
	}
	if (r->nfields >= CSVR_COLUMNS_MAX || r->rowbuf.len + len + 1 > CSVR_LINE_MAX) {
		fail_at(r, r->row_line, 0, L("bản ghi quá lớn (quá %d cột hoặc quá %d MiB)",
					     "record too large (over %d columns or %d MiB)"),
			CSVR_COLUMNS_MAX, CSVR_LINE_MAX / (1024 * 1024));
		return;
	}
	if (check_utf8(r, s, len, end_line) != 0)
		return;
	if (r->nfields == r->cap) {
		r->cap = r->cap ? r->cap * 2 : 16;
		r->offsets = xrealloc(r->offsets, r->cap * sizeof *r->offsets);
		r->lines = xrealloc(r->lines, r->cap * sizeof *r->lines);
		r->ptrs = xrealloc(r->ptrs, r->cap * sizeof *r->ptrs);
	}
	r->offsets[r->nfields] = r->rowbuf.len;
	r->lines[r->nfields] = end_line - count_breaks(s, len);
	r->nfields++;
	strbuf_append(&r->rowbuf, (const char *)s, len);
	strbuf_append(&r->rowbuf, "", 1);   /* the field's NUL */
}

/* The first record becomes the header: names unique, required ones present. */
static int
take_header(csvr *r, const csvr_row *row)
{
	strbuf missing;

	for (size_t i = 0; i < row->nfields; i++)
		for (size_t j = 0; j < i; j++)
			if (strcmp(row->fields[i], row->fields[j]) == 0)
				return fail_at(r, row->line, i + 1, L("cột \"%s\" có hai lần trong dòng tiêu đề",
								     "column \"%s\" appears twice in the header"),
					       row->fields[i]);
	r->header = xcalloc(row->nfields, sizeof *r->header);
	for (size_t i = 0; i < row->nfields; i++)
		r->header[r->nheader++] = xstrdup(row->fields[i]);
	strbuf_init(&missing);
	for (size_t i = 0; i < r->nrequired; i++)
		if (csvr_index(r, r->required[i]) < 0)
			strbuf_printf(&missing, "%s%s", missing.len ? ", " : "", r->required[i]);
	if (missing.len > 0) {
		fail_at(r, row->line, 0, L("dòng tiêu đề thiếu cột: %s", "the header lacks the columns: %s"), missing.data);
		strbuf_free(&missing);
		return -1;
	}
	strbuf_free(&missing);
	return 0;
}

/* Deliver a complete record to the callback. */
static int
deliver(csvr *r)
{
	csvr_row row;

	for (size_t i = 0; i < r->nfields; i++)
		r->ptrs[i] = r->rowbuf.data + r->offsets[i];
	row.line = r->row_line;
	row.record = r->records + 1;
	row.nfields = r->nfields;
	row.fields = r->ptrs;
	row.field_lines = r->lines;
	if ((r->options & CSVR_HEADER) && r->header == NULL)
		return take_header(r, &row);
	if (r->header != NULL && r->nfields != r->nheader)
		return fail_at(r, r->row_line, 0, L("dòng có %zu cột nhưng dòng tiêu đề có %zu cột",
						    "the line has %zu columns but the header has %zu"),
			       r->nfields, r->nheader);
	r->records++;
	if (r->fn != NULL && r->fn(r->arg, &row, r->err) != 0) {
		r->failed = 1;
		if (r->err != NULL && r->err->msg[0] == '\0')
			ds_err_set(r->err, "%s", L("dừng đọc tệp", "reading stopped"));
		return -1;
	}
	return 0;
}

/* libcsv: one record has ended. */
static void
on_row(int terminator, void *ctx)
{
	csvr *r = ctx;

	if (!r->failed && r->nfields > 0)
		deliver(r);
	r->nfields = 0;
	strbuf_reset(&r->rowbuf);
	r->in_row = 0;
}

/* Report a libcsv failure at the current line. */
static int
parser_failed(csvr *r)
{
	int code = csv_error(&r->parser);

	if (code == CSV_EPARSE)
		return fail_at(r, r->line, r->nfields + 1, "%s",
			       L("dấu ngoặc kép (\") đặt sai chỗ: ở giữa một ô không có ngoặc, hoặc có chữ ngay sau dấu ngoặc đóng",
				 "misplaced double quote (\"): inside an unquoted field, or text right after a closing quote"));
	return fail_at(r, r->line, 0, L("lỗi bộ đọc CSV: %s", "CSV reader error: %s"), csv_strerror(code));
}

/* Feed one segment: bytes up to and including one line break (or the end
 * of the piece), so that callbacks always happen on the line r->line. */
static int
feed_segment(csvr *r, const unsigned char *s, size_t n)
{
	unsigned char last = s[n - 1];
	size_t content = (last == '\r' || last == '\n') ? n - 1 : n;

	if (r->line_len + content > CSVR_LINE_MAX)
		return fail_at(r, r->line, 0, L("dòng dài quá %d MiB", "line longer than %d MiB"),
			       CSVR_LINE_MAX / (1024 * 1024));
	if (!r->in_row && content > 0) {
		r->in_row = 1;
		r->row_line = r->line;
	}
	if (csv_parse(&r->parser, s, n, on_field, on_row, r) != n && !r->failed)
		return parser_failed(r);
	if (r->failed)
		return -1;
	if (last == '\r' || (last == '\n' && !(r->prev_cr && n == 1)))
		r->line++;
	r->line_len = content < n ? 0 : r->line_len + n;
	r->prev_cr = last == '\r';
	if (r->parser.entry_pos > CSVR_FIELD_MAX)   /* a field still open, too long already */
		return fail_at(r, r->line - count_breaks(r->parser.entry_buf, r->parser.entry_pos), r->nfields + 1,
			       L("ô dài quá %d KiB", "field longer than %d KiB"), CSVR_FIELD_MAX / 1024);
	return 0;
}

/* Feed bytes, cut into segments at line breaks. */
static int
feed_bytes(csvr *r, const unsigned char *s, size_t n)
{
	while (n > 0) {
		size_t k = 0;

		while (k < n && s[k] != '\r' && s[k] != '\n')
			k++;
		k = k < n ? k + 1 : n;
		if (feed_segment(r, s, k) != 0)
			return -1;
		s += k;
		n -= k;
	}
	return 0;
}

/* Remember the call's callback and error for the libcsv callbacks. */
static void
bind_call(csvr *r, csvr_row_fn fn, void *arg, ds_err *err)
{
	r->fn = fn;
	r->arg = arg;
	r->err = err;
	if (r->finished)
		fatal("csvr: input fed after csvr_finish");
}

/* Parse one more piece of the input. */
int
csvr_feed(csvr *r, const void *data, size_t len, csvr_row_fn fn, void *arg, ds_err *err)
{
	const unsigned char *s = data;

	bind_call(r, fn, arg, err);
	if (r->failed)
		return -1;
	r->input = s;
	r->input_len = len;
	while (!r->bom_done && len > 0) {
		if (s[0] != utf8_bom[r->bom_seen]) {
			r->bom_done = 1;
			if (r->bom_seen > 0 && feed_bytes(r, utf8_bom, r->bom_seen) != 0)
				return -1;
			break;
		}
		s++;
		len--;
		r->bom_done = ++r->bom_seen == sizeof utf8_bom;
	}
	while (len > 0) {
		size_t piece = len < CSVR_CHUNK ? len : CSVR_CHUNK;

		if (feed_bytes(r, s, piece) != 0)
			return -1;
		s += piece;
		len -= piece;
	}
	return 0;
}

/* End the input and check its last record. */
int
csvr_finish(csvr *r, csvr_row_fn fn, void *arg, ds_err *err)
{
	long open_line;

	bind_call(r, fn, arg, err);
	if (r->failed)
		return -1;
	r->finished = 1;
	if (!r->bom_done && r->bom_seen > 0) {
		r->input = utf8_bom;
		r->input_len = r->bom_seen;
		if (feed_bytes(r, utf8_bom, r->bom_seen) != 0)
			return -1;
	}
	open_line = r->line - count_breaks(r->parser.entry_buf, r->parser.entry_pos);
	if (csv_fini(&r->parser, on_field, on_row, r) != 0 && !r->failed)
		return fail_at(r, open_line, r->nfields + 1, L("dấu ngoặc kép mở ở dòng %ld không được đóng cho đến hết tệp",
							       "the double quote opened on line %ld is never closed"),
			       open_line);
	if (r->failed)
		return -1;
	if ((r->options & CSVR_HEADER) && r->header == NULL)
		return fail_at(r, 0, 0, "%s", L("tệp rỗng: không có dòng tiêu đề", "the file is empty: no header line"));
	return 0;
}

/* Parse a whole input held in memory. */
int
csvr_parse_buffer(csvr *r, const void *buf, size_t len, csvr_row_fn fn, void *arg, ds_err *err)
{
	if (csvr_feed(r, buf, len, fn, arg, err) != 0)
		return -1;
	return csvr_finish(r, fn, arg, err);
}

/* Parse a whole file. */
int
csvr_parse_file(csvr *r, const char *path, csvr_row_fn fn, void *arg, ds_err *err)
{
	FILE *fp = plat_fopen(path, "rb");
	unsigned char *buf;
	size_t n;
	int rc = 0;

	if (fp == NULL) {
		ds_err_set(err, L("không mở được tệp: %s", "cannot open the file: %s"), strerror(errno));
		ds_err_at(err, r->name, 0, 0, NULL);
		return -1;
	}
	buf = xmalloc(CSVR_CHUNK);
	while (rc == 0 && (n = fread(buf, 1, CSVR_CHUNK, fp)) > 0)
		rc = csvr_feed(r, buf, n, fn, arg, err);
	if (rc == 0 && ferror(fp)) {
		ds_err_set(err, L("không đọc được tệp: %s", "cannot read the file: %s"), strerror(errno));
		ds_err_at(err, r->name, r->line, 0, NULL);
		rc = -1;
	}
	if (rc == 0)
		rc = csvr_finish(r, fn, arg, err);
	free(buf);
	fclose(fp);
	return rc;
}

/* The index of a header column, or -1. */
int
csvr_index(const csvr *r, const char *name)
{
	for (size_t i = 0; i < r->nheader; i++)
		if (strcmp(r->header[i], name) == 0)
			return (int)i;
	return -1;
}

/* The header's names and their count. */
char *const *
csvr_header(const csvr *r, size_t *n)
{
	if (n != NULL)
		*n = r->nheader;
	return r->header;
}

/* The value of a named column in a row. */
const char *
csvr_field(const csvr *r, const csvr_row *row, const char *name)
{
	int i = csvr_index(r, name);

	return i >= 0 && (size_t)i < row->nfields ? row->fields[i] : NULL;
}

/* A message about one field of a row, with file, line and column. */
int
csvr_error_at(const csvr *r, const csvr_row *row, size_t col, ds_err *err, const char *fmt, ...)
{
	va_list ap;

	if (err == NULL)
		return -1;
	va_start(ap, fmt);
	vsnprintf(err->msg, sizeof err->msg, fmt, ap);
	va_end(ap);
	ds_err_at(err, r->name, col < row->nfields ? row->field_lines[col] : row->line, (int)col + 1,
		  col < r->nheader ? r->header[col] : NULL);
	return -1;
}
