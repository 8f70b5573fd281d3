/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/*
 * package.h: the files of the export package, format "danso-export 1"
 * (docs/format.md is the reference; keep the two in step).
 *
 *   danso_C_YYYYMM_rR_report.csv    commune_code,period,indicator,value,label_vi
 *   danso_C_YYYYMM_rR_events.csv    fixed columns, one row per event
 *                                   (package_event_columns(): what every
 *                                   event has, then the kinds' fields of
 *                                   domain/event_fields.h in its order)
 *   danso_C_YYYYMM_rR_manifest.csv  key,value; written LAST: a folder without
 *                                   the manifest holds no complete package
 *   danso_C_YYYYMM_rR_dhis2.csv     with --dhis2 (exchange/dhis2.h)
 *   danso_C_YYYYMM_rR_workbook.xlsx with --xlsx: the report and the events
 *                                   for people (app/report_xlsx.h); the
 *                                   manifest then says format version 2
 *
 * Writing goes through csvwrite.h (RFC 4180, CRLF, NFC, atomic publish,
 * optional excel mode). Reading goes through csvread.h and checks every
 * cell's form: the first problem stops the read with file, line, column
 * and the column's name. What needs the database (codes in code lists,
 * event ids already held) is checked by the caller (app/import.c).
 */
#ifndef DANSO_PACKAGE_H
#define DANSO_PACKAGE_H

#include "domain/error.h"
#include "domain/model.h"
#include "exchange/csvwrite.h"

#include <stddef.h>

#define PACKAGE_FORMAT "danso-export"
#define PACKAGE_FORMAT_VERSION "1"    /* a package of report, events (and dhis2) */
#define PACKAGE_FORMAT_VERSION_2 "2"  /* 1 plus the workbook part (docs/format.md) */
#define PACKAGE_FORMAT_VERSION_3 "3"  /* 2 whose report holds indicators v2: what danso writes */
/* The most data rows one file of a package may hold (docs/format.md,
 * "Ranges"): a commune records a few thousand events a month; the importer
 * holds a file's rows in memory (about 1.8 KB each) before its one
 * transaction, so this also bounds its memory to about 400 MB. */
#define PACKAGE_MAX_ROWS 200000
#define PACKAGE_KEY_LEN 21           /* a pseudonymous key: 20 hex + NUL */
#define PACKAGE_MAX_FILES 8

/* The parts of a package, as named in file names and the manifest. */
#define PACKAGE_PART_REPORT "report"
#define PACKAGE_PART_EVENTS "events"
#define PACKAGE_PART_MANIFEST "manifest"
#define PACKAGE_PART_DHIS2 "dhis2"
#define PACKAGE_PART_WORKBOOK "workbook"   /* danso_C_YYYYMM_rR_workbook.xlsx, with --xlsx */

/* One row of the events file. */
typedef struct package_event {
	event ev;                        /* uid = event_id, kind, date, kind fields */
	member person;                   /* full_name, person_id, sex, birth_date,
	                                    ethnicity, education, marital,
	                                    residence, relation ("" / 0: none) */
	char person_key[PACKAGE_KEY_LEN];
	char related_key[PACKAGE_KEY_LEN];
	char related_name[NAME_LEN];
	char household_number[HH_NUMBER_LEN];
	int area_number;
	int to_area_number;              /* 0: none */
} package_event;

/* The events file's columns (*n of them), in order. */
const char *const *package_event_columns(size_t *n);
extern const char *const package_report_columns[];
extern const size_t package_report_ncols;

/* "danso_C_YYYYMM_rR_<part>.csv" for commune code C, month "YYYY-MM"
 * (".xlsx" for the workbook part). */
void package_file_name(char *out, size_t n, const char *commune_code, const char *month, int revision,
                       const char *part);

/* Split a package file name into its commune code, month ("YYYY-MM"),
 * revision and part; 0 ok, -1 if the name is not one. */
int package_parse_name(const char *base, char *commune_code, char *month, int *revision, char *part,
                       size_t part_len);

/* ---- writing ---- */

/* Header rows. */
int package_write_events_header(csvw *w, ds_err *err);
int package_write_report_header(csvw *w, ds_err *err);

/* One event row; with no_names, full_name, person_id, related_name,
 * spouse_name (and old / new values of a name or id change) are left
 * empty; person_key / related_key are written in both modes. */
int package_write_event(csvw *w, const char *commune_code, const char *month, const package_event *pe,
                        int no_names, ds_err *err);

/* One report row. */
int package_write_report_row(csvw *w, const char *commune_code, const char *month, const char *indicator,
                             const char *value, const char *label_vi, ds_err *err);

/* ---- the manifest ---- */

typedef struct package_file_info {
	char name[128];
	char part[16];                   /* report / events / dhis2 */
	long rows;                       /* data rows, header not counted */
	char sha256[65];
} package_file_info;

typedef struct package_manifest {
	char format[32];
	char format_version[16];
	char program_version[32];
	char commune_code[CODE_LEN];
	char commune_name[NAME_LEN];
	char period[PERIOD_LEN];         /* "YYYY-MM" */
	int revision;
	char created_at[TS_LEN];
	char user[64];
	int names;                       /* 1 names included, 0 omitted */
	int excel;                       /* written in excel mode */
	size_t nfiles;
	package_file_info files[PACKAGE_MAX_FILES];
} package_manifest;

/* Write the manifest's rows (header included). */
int package_write_manifest(csvw *w, const package_manifest *m, ds_err *err);

/* Read a manifest file: every required key present and well formed, the
 * format and version known, files numbered 1..n with name, part, rows and
 * a 64-hex SHA-256, names matching the manifest's own commune, month and
 * revision. 0 ok; -1 with err at the offending line. */
int package_read_manifest(const char *path, const char *display_name, package_manifest *out, ds_err *err);

/* ---- reading the data files ---- */

/* Called for each row; return non-zero (after filling err) to stop. */
typedef int (*package_report_fn)(void *arg, const char *indicator, const char *value, long line,
                                 ds_err *err);
typedef int (*package_event_fn)(void *arg, const package_event *pe, long line, ds_err *err);

/* Read a report file: the exact header, commune code and period equal to
 * the manifest's, a known indicator id (domain/indicators.h) given once,
 * value "" or a decimal number. *rows gets the data row count. */
int package_read_report(const char *path, const char *display_name, const package_manifest *m,
                        package_report_fn fn, void *arg, long *rows, ds_err *err);

/* Read an events file: the exact header; event_id 32 lowercase hex and
 * unique in the file; commune code and period the manifest's; a known
 * kind; ISO dates (the event's inside the month); whole numbers, 0/1
 * flags and sex 1/2 where required. In excel mode a neutralising quote is
 * taken off. *rows gets the data row count. */
int package_read_events(const char *path, const char *display_name, const package_manifest *m,
                        package_event_fn fn, void *arg, long *rows, ds_err *err);

/* The same two readers on a buffer (fuzzing, tests). */
int package_read_report_buffer(const void *buf, size_t len, const char *display_name, const package_manifest *m,
                               package_report_fn fn, void *arg, long *rows, ds_err *err);
int package_read_events_buffer(const void *buf, size_t len, const char *display_name, const package_manifest *m,
                               package_event_fn fn, void *arg, long *rows, ds_err *err);
int package_read_manifest_buffer(const void *buf, size_t len, const char *display_name, package_manifest *out,
                                 ds_err *err);

#endif
