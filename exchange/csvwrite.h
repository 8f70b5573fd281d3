/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/*
 * csvwrite.h: write CSV files (RFC 4180) and publish them atomically.
 *
 * Output: comma separator; a field is quoted with '"' (quotes inside doubled,
 * by libcsv's writer) only when it holds a comma, a quote, CR or LF; every
 * record ends with CRLF (LF alone with CSVW_LF); text is normalised to UTF-8 NFC. A field that is not
 * valid UTF-8 is refused.
 *
 * CSVW_EXCEL, for files a person opens by double-click in a spreadsheet:
 *   - a UTF-8 byte-order mark is written first, so Vietnamese shows right;
 *   - a cell starting with '=', '+', '-', '@', TAB or CR would be run as a
 *     formula: it gets a leading single quote ('), unless the whole cell is a
 *     plain number ("-5", "+3.25"), which a spreadsheet only shows. ISO
 *     dates start with a digit and are never touched.
 *
 * CSVW_EXCEL_CODES, with CSVW_EXCEL for data files a person reads: a cell
 * of digits only that a spreadsheet would turn into a number and so lose
 * (a leading zero: commune code "00004", a citizen ID "001305161422"; or
 * more than 15 digits) is written in the text form ="00004", which Excel
 * and LibreOffice show as 00004. Readers take it off (csvw_excel_plain).
 *
 * Atomic publish (platform/fs.h): csvw_open(dir, name) writes to
 * "dir/.name.tmp-PID" (mode 0600: exports hold personal data). csvw_commit()
 * flushes, fsyncs, renames it to "dir/name" and fsyncs the folder, so the
 * target holds either the old file or the complete new one, never a part.
 * csvw_abort() removes the temporary file. Write errors (disk full, a USB
 * stick pulled out) come back as a ds_err naming the file.
 */
#ifndef DANSO_CSVWRITE_H
#define DANSO_CSVWRITE_H

#include "domain/error.h"

#include <stddef.h>
#include <stdio.h>

/* Options for csvw_open(). */
#define CSVW_EXCEL 1         /* BOM and formula neutralising, see above */
#define CSVW_EXCEL_CODES 2   /* codes of digits in the text form ="…" */
#define CSVW_LF 4            /* records end with LF alone (the DHIS2 file: docs/format.md) */

typedef struct csvw csvw;

/* Start writing dir/name through a temporary file. NULL with err filled if
 * the temporary file cannot be created. Caller owns the writer and must
 * end it with csvw_commit() or csvw_abort(). */
csvw *csvw_open(const char *dir, const char *name, int options, ds_err *err);

/* A writer on an already open stream (stdout, for instance); name is used in
 * messages. Commit flushes it; nothing is renamed and the stream stays open. */
csvw *csvw_open_stream(FILE *fp, const char *name, int options);

/* Write one record of n fields. 0 ok; -1 with err filled. */
int csvw_row(csvw *w, const char *const *fields, size_t n, ds_err *err);

/* Write len bytes as they are, for a file of another format (the DHIS2 JSON
 * set) published the same atomic way; no record is counted. */
int csvw_raw(csvw *w, const void *buf, size_t len, ds_err *err);

/* Write one record given as a NULL-terminated list of strings. */
int csvw_rowl(csvw *w, ds_err *err, ...);

/* Records written so far (the header row counts as one). */
long csvw_rows(const csvw *w);

/* The final path ("dir/name", or the stream's name). */
const char *csvw_path(const csvw *w);

/* Flush, fsync, rename into place, fsync the folder; frees the writer and
 * sets *w to NULL. 0 ok; -1 with err filled, and then no new file is left
 * (unless only the folder's sync failed: see fs_publish_commit). */
int csvw_commit(csvw **w, ds_err *err);

/* Flush, fsync and close, but keep the temporary name (copied into
 * tmp_path): a file published later with csvw_publish(), once what it
 * stands for is recorded (the export's manifest). Frees the writer. 0 ok;
 * -1 with err filled, and then no file is left. */
int csvw_finish(csvw **w, char *tmp_path, size_t n, ds_err *err);

/* Rename a finished temporary file to path and fsync the folder. */
int csvw_publish(const char *tmp_path, const char *path, ds_err *err);

/* 1 if a folder entry name is a writer's temporary file (".NAME.tmp-PID")
 * whose process is gone: safe to remove. */
int csvw_is_stale_temp(const char *name);

/* Give up: remove the temporary file, free the writer, set *w to NULL. */
void csvw_abort(csvw **w);

/* 1 if the cell is a plain decimal number: optional sign, digits, and an
 * optional fraction ("-5", "+3.25", "0.5"). */
int csvw_is_number(const char *s);

/* A cell read back from a file written in excel mode, as it was before:
 * without the quote that neutralised it ("'=x" gives "=x") and, for
 * CSVW_EXCEL_CODES, out of its text form ("=\"00004\"" gives "00004"; s
 * is shortened in place). Other cells as they are. */
const char *csvw_excel_plain(char *s);

#endif
