/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/*
 * residents.h (app): `danso residents-compare`: the register against an
 * extract of the national residents database (docs/residents.md).
 *
 * The officer alone compares (the extract holds everyone in the commune).
 * The extract is read (exchange/residents_csv.h), every bad row reported
 * through the callback with file:line:column: field: what; with any bad
 * row the comparison is refused and nothing is written. Otherwise the
 * people are matched (domain/residents.h) with the decisions kept from
 * earlier comparisons, and one audit row records the comparison (counts
 * and the file's SHA-256, never a name). The register itself is never
 * changed here: each line is fixed through the normal event forms
 * (app/record.h), dated by the collaborator.
 */
#ifndef DANSO_APP_RESIDENTS_H
#define DANSO_APP_RESIDENTS_H

#include "db/db.h"
#include "domain/error.h"
#include "domain/residents.h"
#include "domain/util.h"
#include "exchange/residents_csv.h"

/* One comparison and what it was made of (owned by the caller). */
typedef struct residents_run {
	res_member *reg;
	size_t nreg;
	res_person *ext;
	size_t next, capext;
	res_decision *dec;
	size_t ndec;
	res_result res;
	long bad_rows;
	char sha256[65];
} residents_run;

typedef void (*residents_report_fn)(void *arg, const ds_err *err);

/* Whether the acting user (db_user) may compare: the officer only
 * (app/access.h). 0 allowed; 1 refused with err saying why; -1 storage. */
int residents_allowed(db *d, ds_err *err);

/* Compare as the acting user. 0 with *out set; -1 with err (not the
 * officer, an unreadable or broken file, bad rows, storage). map may be
 * NULL. */
int residents_compare(db *d, const char *path, const residents_map *map, residents_report_fn report, void *arg,
                      residents_run **out, ds_err *err);

/* Dismiss the finding ref of run with a reason (required), or confirm a
 * possible match (reason optional); kept and audited. 0 or -1 with err. */
int residents_decide(db *d, const residents_run *run, const char *ref, int confirm, const char *reason,
                     ds_err *err);

/* Match the extract already read again, against the register as it is now
 * and the decisions kept (after an event was recorded or a line decided):
 * no file is read and no comparison audited. 0 or -1 with err. */
int residents_rematch(db *d, residents_run *run, ds_err *err);

void residents_run_free(residents_run **p);

/* The report as text: counts per area, the shares of citizen ids and
 * matches, then the lists by area and household with each line's
 * reference and the action that would fix it. */
void residents_format_text(const residents_run *run, strbuf *sb);

/* The report as an Excel workbook at path: a summary sheet (the counts
 * and shares per area) and a sheet of the lines (the CSV form's columns;
 * ids and codes kept as text). 0 or -1 with err (no file left). */
int residents_xlsx_write(const residents_run *run, const char *path, ds_err *err);

/* The columns of the CSV form, in order. */
#define RESIDENTS_CSV_COLUMNS 9
extern const char *const residents_csv_header[RESIDENTS_CSV_COLUMNS];

/* The CSV row of a finding into cols (pointing into run and buf). */
void residents_csv_row(const residents_run *run, const res_finding *f, char buf[RESIDENTS_CSV_COLUMNS][NAME_LEN],
                       const char *cols[RESIDENTS_CSV_COLUMNS]);

/* The name of a finding's person (the register's when both), and the
 * sentence saying what would fix it, in the interface language. */
const char *residents_finding_name(const residents_run *run, const res_finding *f);
const char *residents_fix_label(const res_finding *f);

#endif
