/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/*
 * dhis2.h (app): the DHIS2 data value set of a month, quarter or year
 * (docs/format.md, "DHIS2"; docs/upper-level.md), written as files and
 * sent to a DHIS2 server.
 *
 *   dhis2_options o = {.period = "2025-Q1"};
 *   dhis2_set s; int seq;
 *   dhis2_prepare(d, &o, NULL, &s, &seq, &err);     -- the report's values
 *                                                    -- + clearing zeros
 *   dhis2_export(d, &o, dir, &res, &err);            -- a quarter or a year
 *   dhis2_push(d, &po, &summary, &res, &err);        -- POST /api/dataValueSets
 *
 * Every set sent (exported or pushed and accepted) is recorded
 * (db/dhis2.h) with the values that carried data; the next set of the same
 * period writes a zero for each element an earlier set sent and it does
 * not, so a correction to 0 clears the stale value in DHIS2 whichever
 * earlier set (file or push) reached it. The month's
 * export package (app/export.h) writes its set through the same calls.
 */
#ifndef DANSO_APP_DHIS2_H
#define DANSO_APP_DHIS2_H

#include "app/report.h"
#include "db/db.h"
#include "domain/error.h"
#include "exchange/dhis2.h"

#define DHIS2_DEFAULT_DATASET "DANSO"

typedef struct dhis2_options {
	const char *period;          /* "YYYY-MM", "YYYY-Qn" or "YYYY" */
	const char *map_path;        /* mapping file, or NULL for codes */
	const char *dataset;         /* data set (id scheme of the push); NULL: DANSO */
	const char *storedby;        /* NULL: the acting user's login */
} dhis2_options;

/* The set of o->period: the report's values (rep, or computed when NULL),
 * then a "0" for every element an earlier recorded set sent and it lacks. *seq is
 * the number the set gets when recorded. Free s with dhis2_set_free(). */
int dhis2_prepare(db *d, const dhis2_options *o, const report *rep, dhis2_set *s, int *seq, ds_err *err);

/* 0 if the period has ended before today (clock_today()); else -1 with
 * err: a quarter, a year or a push waits until the figures are final. */
int dhis2_check_ended(const char *period_text, ds_err *err);

/* Record set seq of period (canonical) as sent (how "export" / "push"):
 * the rows that carry data, not the clearing zeros. */
int dhis2_record(db *d, const char *canon, const dhis2_set *s, int seq, const char *how, ds_err *err);

/* Write the CSV and JSON files dir/base.csv and dir/base.json (each
 * atomically: see exchange/csvwrite.h); their paths into csv_path and
 * json_path (1200 bytes each). On failure neither is left. */
int dhis2_write_files(const char *dir, const char *base, const dhis2_set *s, char *csv_path, char *json_path,
                      ds_err *err);

typedef struct dhis2_export_result {
	int seq;                     /* the set's number: the rN of the names */
	long values;                 /* rows written, clearing zeros included */
	long cleared;                /* of which clearing zeros */
	char csv_path[1200];
	char json_path[1200];
} dhis2_export_result;

/* The DHIS2 files of a quarter or a year alone (a month goes out in its
 * export package, app/export.h): danso_C_2025Q1_rN_dhis2.csv / .json in
 * out_dir, recorded as set N. */
int dhis2_export(db *d, const dhis2_options *o, const char *out_dir, dhis2_export_result *res, ds_err *err);

typedef struct dhis2_push_options {
	dhis2_options set;
	const char *url;             /* the instance's base URL: https://host[/path] */
	const char *user;
	const char *password;
	const char *id_scheme;       /* "code" (default) or "uid" for elements,
	                                combinations and the data set */
	const char *cacert;          /* a CA bundle, or NULL for the system's */
	int allow_http_local;        /* plain http, for 127.0.0.1 / localhost only */
	int dry_run;                 /* DHIS2 checks and answers, stores nothing */
} dhis2_push_options;

typedef struct dhis2_push_result {
	long http_status;
	long values;
	long cleared;
	int recorded;                /* the set was recorded as sent */
	char unexported[12][PERIOD_LEN];   /* months of the period not locked by an export */
	int nunexported;
} dhis2_push_result;

/* Post the JSON set of o->set.period to URL/api/dataValueSets and read
 * DHIS2's import summary into sum (free with dhis2_summary_free). 0 when
 * DHIS2 answered with a summary, whatever its status (the set is then
 * recorded when the status is not ERROR and not a dry run); -1 with err
 * when it could not be sent or the answer is not a summary. The months of
 * the period that no export has locked are listed in res (their figures
 * may still change: a warning, not a refusal). */
int dhis2_push(db *d, const dhis2_push_options *o, dhis2_summary *sum, dhis2_push_result *res, ds_err *err);

#endif
