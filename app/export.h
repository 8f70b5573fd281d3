/*
 * export.h (app): the monthly export package of a commune
 * (docs/format.md): report, events, optional DHIS2 data value set and the
 * manifest, for one month, as the next revision.
 *
 *   export_options o = {.period = "2025-01", .out_dir = dir};
 *   export_result res;
 *   if (export_package(d, &o, &res, &err) != 0) show err;
 *
 * Steps: the backup hook (backup_before_export: no export without a fresh
 * backup); then, holding the write lock (BEGIN IMMEDIATE, so nobody edits
 * the month meanwhile): the revision (db_period_next_revision), the report
 * (report_compute), the events (db_export_events), every data file written
 * under a temporary name and renamed, the manifest written and renamed
 * LAST (a folder without it holds no complete package), then the month is
 * locked and the export logged in the same transaction. Any failure
 * removes the files of this revision that were already published and
 * changes nothing in the database.
 */
#ifndef DANSO_APP_EXPORT_H
#define DANSO_APP_EXPORT_H

#include "db/db.h"
#include "domain/error.h"

typedef struct export_options {
	const char *period;        /* "YYYY-MM" */
	const char *out_dir;       /* an existing folder */
	int excel;                 /* BOM and formula neutralising */
	int no_names;              /* names and person ids left out */
	int dhis2;                 /* also the DHIS2 data value set */
	int xlsx;                  /* also the workbook (app/report_xlsx.h) */
	const char *dhis2_map;     /* mapping file, or NULL for codes */
	const char *dhis2_dataset; /* the JSON set's data set; NULL: DANSO */
} export_options;

typedef struct export_result {
	int revision;
	char period[8];
	char manifest_path[1200];
	long events;
	long indicators;
	long dhis2_values;
	char backup_path[1024];
	char backup_warning[512];
} export_result;

/* 0 if the acting user may export (the officer: app/access.h), else -1
 * with err saying who may. export_package asks it first; a front end may
 * ask before it offers the export. */
int export_allowed(db *d, ds_err *err);

/* Write the package; 0 ok, -1 with err (nothing locked, no file left). */
int export_package(db *d, const export_options *o, export_result *res, ds_err *err);

#endif
