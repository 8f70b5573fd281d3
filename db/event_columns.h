/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/*
 * event_columns.h (db, private): the kind-specific columns of the event and
 * import_event tables, driven by domain/event_fields.h. Statements are
 * built from the table once (the text is then stable, so db_stmt caches
 * them); binding and reading walk the same table in the same order, so a
 * column's position can never disagree with the list it was selected by.
 */
#ifndef DANSO_DB_EVENT_COLUMNS_H
#define DANSO_DB_EVENT_COLUMNS_H

#include "db/internal.h"
#include "domain/event_fields.h"

/* The ways the list of columns is written. */
typedef enum evcols_form {
	EVC_NAMES = 0,   /* child_sex, ..., to_area_id, ...        (INSERT / UPDATE) */
	EVC_SELECT,      /* e.child_sex, ..., coalesce(e.to_area_id, 0), ... */
	EVC_EXPORT,      /* as EVC_SELECT, the area as its number: coalesce(ta.number, 0) */
	EVC_IMPORT,      /* import_event's names: the package's fields only, the
	                    area as to_area (its number) */
	EVC_JSON,        /* 'child_sex', child_sex, ...            (json_object) */
	EVC_PARAMS,      /* ?first, ?first+1, ...                  (one per column) */
	EVC_IMPORT_PARAMS, /* the same, one per column of EVC_IMPORT */
	EVC_FORM_COUNT
} evcols_form;

/* The number of columns (fields with a database column). */
int evcols_count(void);

/* The list in form (the parameters numbered from first; first is ignored
 * otherwise); a string built once and kept. */
const char *evcols_list(evcols_form form, int first);

/* Bind the fields of ev from parameter first on; returns the next free
 * parameter. With area_no not NULL, the statement is import_event's
 * (EVC_IMPORT): only the package's fields, the EF_AREA column getting
 * *area_no (an area number) instead of the event's id, and the texts are
 * bound without a copy (ev must outlive the step: db_import_store's rows). */
int evcols_bind(sqlite3_stmt *st, int first, const event *ev, const int64_t *area_no);

/* Read the fields into ev from result column first on (a list selected by
 * EVC_SELECT or EVC_EXPORT); returns the next column. With area_no not NULL,
 * the EF_AREA column goes to *area_no. */
int evcols_read(sqlite3_stmt *st, int first, event *ev, int64_t *area_no);

#endif
