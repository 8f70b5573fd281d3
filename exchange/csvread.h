/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/*
 * csvread.h: a strict, streaming CSV reader (RFC 4180) on libcsv's push parser.
 *
 * Contract:
 *   - Input is UTF-8; a byte-order mark at the very start is skipped. Every
 *     field is checked: invalid UTF-8 or a NUL byte stops the parse with the
 *     line and column of the bad byte, naming the legacy Vietnamese encoding
 *     (TCVN3, VNI-Windows, VISCII) the text seems to be in (legacyenc.h).
 *   - Records end with CRLF, LF or CR; fields are separated by commas and
 *     may be quoted with '"' ("" inside a quoted field is one quote); quoted
 *     fields may hold commas, quotes and line breaks. Spaces are data (not
 *     trimmed). Empty lines between records are skipped. A quote inside an
 *     unquoted field, text after a closing quote, or a quote left open at the
 *     end of the file is an error.
 *   - Each record is delivered, in order, to the row callback as an array of
 *     NUL-terminated strings, with the 1-based physical line where the
 *     record starts (line breaks inside quoted fields are counted). Field i
 *     is column i + 1.
 *   - With CSVR_HEADER the first record is the header: it is kept (not
 *     delivered), must have unique names, must contain every name given to
 *     csvr_require(), and fixes the number of columns of every later record.
 *   - Limits: a field over CSVR_FIELD_MAX bytes, a physical line or record over
 *     CSVR_LINE_MAX bytes, or more than CSVR_COLUMNS_MAX columns is an error;
 *     memory stays bounded whatever the input.
 *   - The first error stops the parse: functions return -1 and fill the
 *     ds_err with the message and its file, line, column and field (the
 *     header name when known). A row callback that returns non-zero stops the
 *     parse too; it fills the ds_err itself (csvr_error_at() helps).
 *
 * Typical use:
 *     csvr *r = csvr_new("events.csv", CSVR_HEADER);
 *     csvr_require(r, (const char *[]){"event_id", "kind"}, 2);
 *     rc = csvr_parse_file(r, path, on_row, &ctx, err);
 *     csvr_free(&r);
 */
#ifndef DANSO_CSVREAD_H
#define DANSO_CSVREAD_H

#include "platform/format.h"
#include "domain/error.h"

#include <stddef.h>

#define CSVR_FIELD_MAX (64 * 1024)    /* bytes in one field */
#define CSVR_LINE_MAX (1024 * 1024)   /* bytes in one physical line or record */
#define CSVR_COLUMNS_MAX 4096         /* fields in one record */
#define CSVR_CHUNK (64 * 1024)        /* bytes read from a file at a time */

/* Options for csvr_new(). */
#define CSVR_HEADER 1   /* the first record names the columns */

typedef struct csvr csvr;

/* One record, valid only during the row callback. The strings belong to the
 * reader; the callback may change their bytes (trim, for instance) but must
 * copy what it keeps. */
typedef struct csvr_row {
	long line;                 /* physical line (1-based) where the record starts */
	long record;               /* 1-based number of the data record (header not counted) */
	size_t nfields;            /* number of fields */
	char *const *fields;       /* fields[i]: column i + 1, valid UTF-8, NUL-terminated */
	const long *field_lines;   /* field_lines[i]: line where field i starts */
} csvr_row;

/* Called for each record; returns 0 to go on, anything else to stop (after
 * filling err). */
typedef int (*csvr_row_fn)(void *arg, const csvr_row *row, ds_err *err);

/* A new reader; name is the file name used in messages (copied). Caller owns
 * the reader and frees it with csvr_free(). */
csvr *csvr_new(const char *name, int options);

/* Free the reader and set *r to NULL; NULL and *r == NULL are accepted. */
void csvr_free(csvr **r);

/* Columns the header must contain (names copied); call before parsing. */
void csvr_require(csvr *r, const char *const *names, size_t n);

/* Parse a whole file, CSVR_CHUNK bytes at a time. 0 ok, -1 error. */
int csvr_parse_file(csvr *r, const char *path, csvr_row_fn fn, void *arg, ds_err *err);

/* Parse a whole in-memory buffer (tests, fuzzing). 0 ok, -1 error. */
int csvr_parse_buffer(csvr *r, const void *buf, size_t len, csvr_row_fn fn, void *arg, ds_err *err);

/* The push interface the two above are made of: feed any number of pieces
 * of any size, then finish once. A reader parses one input only. */
int csvr_feed(csvr *r, const void *data, size_t len, csvr_row_fn fn, void *arg, ds_err *err);
int csvr_finish(csvr *r, csvr_row_fn fn, void *arg, ds_err *err);

/* After the header was read: the 0-based index of a column, or -1. */
int csvr_index(const csvr *r, const char *name);

/* The header's names (NULL before it was read) and their count. */
char *const *csvr_header(const csvr *r, size_t *n);

/* The value of the named column in row, or NULL if there is no such column. */
const char *csvr_field(const csvr *r, const csvr_row *row, const char *name);

/* Fill err with a message about column col (0-based) of row: file, the
 * field's line, column col + 1 and the header name. Returns -1. */
int csvr_error_at(const csvr *r, const csvr_row *row, size_t col, ds_err *err, const char *fmt, ...)
	PLAT_PRINTF(5, 6);

#endif
