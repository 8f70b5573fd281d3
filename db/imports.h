/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/*
 * imports.h (db): the data of the export package (docs/format.md) on both
 * sides of the wire.
 *
 * Commune side: db_export_events() reads a month's events with everything
 * the events file needs (the subject's fields, household number, area
 * numbers, the related person) in one joined query, whatever the size of
 * the commune.
 *
 * Upper level: a verified package is stored with db_import_store() in one
 * transaction: the package row (one per commune and month, with the
 * revision it holds), its indicator values and its events. A higher
 * revision replaces the month's rows whole; deciding whether a revision
 * may be stored (same / lower / higher) is the caller's job
 * (db_import_package_get tells what is held).
 *
 * Same conventions as db/register.h: 0 / -1 with err, getters 0 found / 1
 * none / -1 error, lists owned by the caller (free()).
 */
#ifndef DANSO_DB_IMPORTS_H
#define DANSO_DB_IMPORTS_H

#include "db/db.h"
#include "domain/model.h"

#include <stddef.h>

#define PERSON_KEY_LEN 21           /* ids_pseudonym(): 20 hex digits + NUL */
#define IMPORT_INDICATOR_LEN 48
#define IMPORT_VALUE_LEN 32

/* One event with its person and place, as the events file holds it. */
typedef struct event_record {
	event ev;                       /* uid, kind, date and the kind's fields */
	member person;                  /* the subject; uid "" when none (a whole-
	                                   household move out) */
	char person_key[PERSON_KEY_LEN];
	char related_uid[UID_LEN + 1];  /* the child (birth) or the spouse in the
	                                   register; "" when none */
	char related_key[PERSON_KEY_LEN];
	char related_name[NAME_LEN];
	char household_number[HH_NUMBER_LEN];
	int area_number;                /* the household's area */
	int to_area_number;             /* move inside the commune: the new area; 0 */
} event_record;

/* The events of month period "YYYY-MM", cancelled ones left out, by date
 * then id. person_key / related_key are left "" (the caller holds the
 * secret). */
int db_export_events(db *d, const char *period, event_record **out, size_t *n, ds_err *err);

/* A package held at the upper level. */
typedef struct import_package {
	char commune_code[CODE_LEN];
	char commune_name[NAME_LEN];
	char period[PERIOD_LEN];
	int revision;
	char format_version[16];
	char program_version[32];
	char created_at[TS_LEN];
	char imported_at[TS_LEN];       /* set by db_import_store when "" */
	char manifest_sha256[65];
} import_package;

/* One indicator value of an imported report ("" when not applicable). */
typedef struct import_value {
	char indicator[IMPORT_INDICATOR_LEN];
	char value[IMPORT_VALUE_LEN];
} import_value;

/* The package held for a commune and month: 0 found, 1 none, -1 error. */
int db_import_package_get(db *d, const char *commune_code, const char *period, import_package *out,
                          ds_err *err);

/* Where an event id is already stored: 0 found (commune and period copied,
 * buffers of CODE_LEN and PERIOD_LEN), 1 not stored, -1 error. */
int db_import_event_owner(db *d, const char *event_id, char *commune_code, char *period, ds_err *err);

/* Store a package in one transaction (or the caller's): the month's
 * earlier rows of that commune are deleted, then the package, its values
 * and its events are written, and an audit row "import" is added. Event
 * rows use person.uid-free fields only: the event's uid is the event_id.
 * An event id that another commune or month holds stops it: -1 with *held
 * that event's index (else *held is nevents), the caller's transaction
 * still open for it to ask db_import_event_owner whose it is. */
int db_import_store(db *d, import_package *pkg, const import_value *values, size_t nvalues,
                    const event_record *events, size_t nevents, size_t *held, ds_err *err);

/* Packages held for a month, by commune code. */
int db_import_list_period(db *d, const char *period, import_package **out, size_t *n, ds_err *err);

/* Every commune the database holds a package of: its earliest package
 * each (period: the first month it sent), ordered by commune code. The caller frees *out. 0 ok, -1 with err. */
int db_import_communes(db *d, import_package **out, size_t *n, ds_err *err);

/* The indicator values of a package, in stored order. */
int db_import_values(db *d, const char *commune_code, const char *period, import_value **out, size_t *n,
                     ds_err *err);

/* Number of imported events of a package (for messages and tests). */
int db_import_event_count(db *d, const char *commune_code, const char *period, long *out, ds_err *err);

#endif
