/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/*
 * residents_csv.h: an extract of the national residents database (CSV),
 * as the commune police hand it over (docs/residents.md "The extract").
 *
 * The columns are found by their header names, which differ between
 * provinces: each field has a list of usual names, compared without
 * accents, case, spaces or punctuation ("Số CCCD", "so_cccd" and "SO CCCD"
 * are one name), and a mapping given by the user ("field=Header,...")
 * replaces the list of a field. Fields (* = required):
 *   citizen_id*      12-digit citizen id (CCCD / personal id); a cell may be empty
 *   full_name*       the person's name (stored NFC)
 *   birth_date*      dd/mm/yyyy, yyyy-mm-dd, or yyyy alone
 *   sex*             Nam / Nữ, 1 / 2, M / F
 *   household_code   the police's household code (groups housemates)
 *   residence        thường trú / tạm trú (permanent / temporary), 1 / 2
 *   head_name, address   read when present, not compared
 *
 * The file is read as the package reader reads (exchange/csvread.h): UTF-8
 * with or without a byte-order mark; a legacy Vietnamese encoding or UTF-16
 * is named and refused; a broken row layout stops the read with its place.
 * Each bad cell is reported through the error callback with file, line,
 * column and field, and the read goes on with the next row; two rows with
 * one citizen id, or the same person twice, are bad rows too.
 */
#ifndef DANSO_RESIDENTS_CSV_H
#define DANSO_RESIDENTS_CSV_H

#include "domain/error.h"
#include "domain/residents.h"

#include <stddef.h>

enum residents_field {
	RF_CITIZEN_ID = 0,
	RF_FULL_NAME,
	RF_BIRTH_DATE,
	RF_SEX,
	RF_HOUSEHOLD_CODE,
	RF_RESIDENCE,
	RF_HEAD_NAME,
	RF_ADDRESS,
	RF_COUNT
};

/* The user's mapping: a header name per field ("" keeps the usual names). */
typedef struct residents_map {
	char header[RF_COUNT][100];
} residents_map;

/* The name of a field ("citizen_id" ...). */
const char *residents_field_name(enum residents_field f);

/* Parse a mapping "field=Header,field=Header" into map (cleared first).
 * 0, or -1 with err naming the part that is wrong. */
int residents_map_parse(const char *spec, residents_map *map, ds_err *err);

typedef int (*residents_row_fn)(void *arg, const res_person *p, ds_err *err);
typedef void (*residents_error_fn)(void *arg, const ds_err *err);

/* Read the extract: good rows to row_fn, each bad row's first problem to
 * error_fn. map may be NULL. today ("YYYY-MM-DD") bounds the birth dates.
 * 0 when the file was read to its end (bad rows included); -1 with err
 * when it could not be. */
int residents_csv_read(const char *path, const residents_map *map, const char *today, residents_row_fn row_fn,
                       residents_error_fn error_fn, void *arg, ds_err *err);
int residents_csv_read_buffer(const void *buf, size_t len, const char *name, const residents_map *map,
                              const char *today, residents_row_fn row_fn, residents_error_fn error_fn, void *arg,
                              ds_err *err);

#endif
