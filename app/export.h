/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/*
 * export.h (app): the monthly export package of a commune
 * (docs/format.md): report, events, optional DHIS2 data value set and the
 * manifest, for one month, as the next revision.
 *
 *   export_options o = {.period = "2025-01", .out_dir = dir};
 *   export_result res;
 *   if (export_package(d, &o, &res, &err) != 0) show err;
 *
 * Steps: finish an export recorded earlier and not yet published (see
 * below); refuse the current month (unless the officer forces it with a
 * reason, audited "force_export") and future months; remove temporary
 * files that killed exports left in the folder; the backup hook
 * (backup_before_export: no export without a fresh backup); then, holding
 * the write lock (BEGIN IMMEDIATE, so nobody edits the month meanwhile):
 * the revision (db_period_next_revision), the report (report_compute), the
 * events (db_export_events), every data file written under a temporary
 * name and renamed, the manifest written and fsynced under its temporary
 * name; then the month is locked and the export logged with the manifest
 * "pending", and that is committed; only then is the manifest renamed into
 * place (a folder without it holds no complete package) and the log row
 * marked published. A failure before the commit removes the files of this
 * revision and changes nothing in the database. A crash or failure after
 * it is finished by the next export_package: the pending manifest is
 * published, or, when it is gone (the stick was swapped), the package of
 * that revision is written again with the same time and user into the
 * folder the next export of that month names (docs/reliability.md).
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
	int force_current;         /* the officer exports the current month */
	const char *reason;        /* why (required with force_current; audited) */
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
	int finished;              /* 1: this call finished an export recorded
	                              earlier (a crash after it was recorded) */
} export_result;

/* 0 if the acting user may export (the officer: app/access.h), else -1
 * with err saying who may. export_package asks it first; a front end may
 * ask before it offers the export. */
int export_allowed(db *d, ds_err *err);

/* Write the package; 0 ok, -1 with err (nothing locked, no file left). */
int export_package(db *d, const export_options *o, export_result *res, ds_err *err);

#endif
