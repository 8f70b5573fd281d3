/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/*
 * dhis2.h: the DHIS2 data value set of a report (docs/format.md, "DHIS2"):
 * its CSV and JSON files, the optional mapping file, and DHIS2's import
 * summary read back after a push.
 *
 * The CSV (danso_C_P_rR_dhis2.csv) has ten columns, in this order and
 * with these exact names:
 *   dataElement,period,orgUnit,categoryOptionCombo,attributeOptionCombo,
 *   value,storedBy,timestamp,comment,followUp
 * DHIS2 up to 2.42 reads them by position, 2.43 by these names. Records
 * end with LF alone and the file never starts with a byte-order mark,
 * also with --excel (2.43 ends a line at every CR and would keep a BOM in
 * the first name). Period "YYYYMM", "YYYYQn" or "YYYY"; orgUnit the
 * commune code.
 *
 * The JSON is DHIS2's canonical data value set:
 *   {"dataSet":..,"completeDate":"YYYY-MM-DD","period":..,"orgUnit":..,
 *    "dataValues":[{"dataElement":..,"categoryOptionCombo":..,"value":..}]}
 * (categoryOptionCombo left out for the default combination).
 *
 * Without a mapping file, identifiers are codes (import with
 * idScheme=code): every count indicator becomes data element
 * "DANSO_" + its id in upper case (births_total -> DANSO_BIRTHS_TOTAL),
 * with the default category option combination (empty cell); rates are
 * left to DHIS2's own indicators; zero counts are not written.
 *
 * A mapping file (header indicator,dataelement,categoryoptioncombo and an
 * optional store_zero column holding 1/0, yes/no or true/false) lists the
 * indicators to send and their DHIS2 identifiers (UIDs or codes); only
 * those are written, and a zero only where store_zero says the element
 * stores zeros. A value that is not applicable (empty) is never written.
 *
 * Corrections: dhis2_set_clear() adds a "0" row for every element the
 * earlier sets of the same period sent and this one does not, so DHIS2
 * clears (2.42 deletes a zero it does not store) or overwrites (2.43) the
 * stale value.
 */
#ifndef DANSO_DHIS2_H
#define DANSO_DHIS2_H

#include "domain/error.h"
#include "domain/model.h"
#include "exchange/csvwrite.h"

#include <stddef.h>

#define DHIS2_ID_LEN 64
#define DHIS2_VALUE_LEN 32

typedef struct dhis2_map_entry {
	char indicator[48];
	char dataelement[DHIS2_ID_LEN];
	char categoryoptioncombo[DHIS2_ID_LEN];
	int store_zero;
} dhis2_map_entry;

/* A mapping file's rows; free with dhis2_map_free(). */
typedef struct dhis2_map {
	dhis2_map_entry *entries;
	size_t n;
} dhis2_map;

/* An indicator value of the report ("" when not applicable). */
typedef struct dhis2_value {
	const char *indicator;
	const char *value;
	int is_count;                /* counts go out by default; rates do not */
} dhis2_value;

/* One data value of a set. */
typedef struct dhis2_row {
	char dataelement[DHIS2_ID_LEN];
	char categoryoptioncombo[DHIS2_ID_LEN];   /* "" = the default combination */
	char value[DHIS2_VALUE_LEN];
	int clears;                  /* a zero that clears an earlier set's value */
} dhis2_row;

/* A data value set for one org unit and period; free with dhis2_set_free(). */
typedef struct dhis2_set {
	char dataset[DHIS2_ID_LEN];          /* JSON only */
	char period[PERIOD_LEN];             /* DHIS2 form: 202501, 2025Q1, 2025 */
	char orgunit[DHIS2_ID_LEN];
	char complete_date[DATE_LEN];        /* JSON only; "" leaves it out */
	char storedby[DHIS2_ID_LEN];
	char timestamp[TS_LEN];
	dhis2_row *rows;
	size_t n, cap;
} dhis2_set;

/* Read a mapping file: known indicator ids (each once), a non-empty data
 * element, identifiers of letters, digits, '_' and '-'. 0 ok; -1 with err
 * at file:line:column. */
int dhis2_map_read(const char *path, dhis2_map *out, ds_err *err);
int dhis2_map_read_buffer(const void *buf, size_t len, const char *name, dhis2_map *out, ds_err *err);
void dhis2_map_free(dhis2_map *m);

/* The default data element code of an indicator id into out. */
void dhis2_default_code(const char *indicator, char *out, size_t n);

/* Add the rows of the report's values (map NULL: the defaults above). */
void dhis2_set_add_values(dhis2_set *s, const dhis2_map *map, const dhis2_value *values, size_t n);

/* Add one row. */
void dhis2_set_add(dhis2_set *s, const char *dataelement, const char *coc, const char *value, int clears);

/* Add a clearing "0" for each of the n earlier rows whose element and
 * combination the set does not hold; returns how many were added. */
size_t dhis2_set_clear(dhis2_set *s, const dhis2_row *earlier, size_t n);

/* How many rows of the set are clearing zeros. */
size_t dhis2_set_cleared(const dhis2_set *s);

void dhis2_set_free(dhis2_set *s);

/* Write the CSV (header and rows) to a writer opened with CSVW_LF and
 * without CSVW_EXCEL. */
int dhis2_write_csv(csvw *w, const dhis2_set *s, ds_err *err);

/* The JSON data value set as a NUL-terminated string; free() it. */
char *dhis2_set_json(const dhis2_set *s);

/* ---- DHIS2's import summary ---- */

typedef struct dhis2_conflict {
	char object[128];
	char value[512];
	char error_code[16];
} dhis2_conflict;

typedef struct dhis2_summary {
	char status[16];             /* SUCCESS, WARNING or ERROR */
	char description[512];       /* the summary's description, or the message */
	long imported, updated, ignored, deleted;
	int http_status_code;        /* from the wrapper of 2.36+; 0 when bare */
	dhis2_conflict *conflicts;   /* free with dhis2_summary_free() */
	size_t nconflicts;
} dhis2_summary;

/* Read an import summary: the bare ImportSummary of older versions or the
 * {"httpStatus":..,"response":{ImportSummary}} web message of 2.36 and
 * later. name is used in messages. 0 ok; -1 with err when it is not one. */
int dhis2_summary_parse(const char *buf, size_t len, const char *name, dhis2_summary *out, ds_err *err);
void dhis2_summary_free(dhis2_summary *s);

#endif
