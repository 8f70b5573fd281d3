/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/*
 * import.h (app): the upper level's side of the export package
 * (docs/upper-level.md, docs/format.md).
 *
 * import_package_file() takes one package by its manifest and, before
 * touching the database: reads the manifest, checks every listed file's
 * SHA-256 and row count, reads the report and events files cell by cell
 * (exchange/package.h), checks codes against the code lists, indicator
 * values (report_from_values) and that no event id is held by another
 * commune or month. A package that fails any check is refused whole with
 * the file, line and column of the first problem. Then the revision
 * decides: the same revision again changes nothing (IMPORT_SAME), a lower
 * one is refused, a new or higher one is stored in one transaction
 * (db_import_store), replacing the earlier revision's rows.
 *
 * import_resolve() turns the command's PATH arguments (manifests, package
 * folders, loose files of a package) into the list of manifests.
 *
 * import_report_by_commune() lays the imported reports of a period side by
 * side, one column per commune and a total (the 01-DSH layout); a quarter
 * or a year combines each commune's months (flows add up, stocks take the
 * last month).
 */
#ifndef DANSO_APP_IMPORT_H
#define DANSO_APP_IMPORT_H

#include "db/db.h"
#include "domain/error.h"
#include "domain/model.h"
#include "domain/util.h"

#include <stddef.h>

typedef enum import_status {
	IMPORT_NEW = 0,          /* first package of that commune and month */
	IMPORT_REPLACED = 1,     /* a higher revision replaced the earlier one */
	IMPORT_SAME = 2          /* that revision was already held: nothing changed */
} import_status;

typedef struct import_outcome {
	import_status status;
	char commune_code[CODE_LEN];
	char commune_name[NAME_LEN];
	char period[PERIOD_LEN];
	int revision;
	int previous_revision;   /* IMPORT_REPLACED: the one replaced */
	long events;
	long indicators;
} import_outcome;

/* Import one package given by its manifest path; 0 ok, -1 refused or
 * failed (err with file, line, column), nothing changed. */
int import_package_file(db *d, const char *manifest_path, import_outcome *out, ds_err *err);

/* The manifests named by paths[0..n): a manifest itself, every
 * *_manifest.csv of a folder, or the manifest beside a loose file of a
 * package; each once, in order. *out is an array of strings the caller
 * frees (each, then the array). 0 ok; -1 with err (a path that does not
 * exist, a loose file whose manifest is missing, a folder without any). */
int import_resolve(char *const *paths, size_t n, char ***out, size_t *nout, ds_err *err);

/* The imported reports of period text ("YYYY-MM", "YYYY-Qn", "YYYY"),
 * one per commune by code, and their total (report_sum). *reports is an
 * array the caller frees. -1 with err when nothing was imported for the
 * period (or a month of a quarter is missing for a commune: then that
 * commune's months are combined from what is held, see docs). */
struct report;
int import_reports_by_commune(db *d, const char *period_text, struct report **reports, size_t *n,
                              struct report *total, ds_err *err);

/* Write the by-commune report: text (report_format_columns, width 80) or
 * CSV (indicator, label_vi, one column per commune code, total) on
 * stdout. 0 ok, -1 with err. */
int import_print_by_commune(db *d, const char *period_text, int csv, ds_err *err);

/* The upper level's total against the targets of its unit (the setting
 * "target_unit", danso targets-unit set): fills total's year to date
 * (imported months from January to the period's last) and last year, then
 * its targets, counts included (the total is the unit's). Nothing when no
 * unit is set. 0 ok, -1 with err. */
int import_total_targets(db *d, struct report *total, ds_err *err);

#endif
