/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/*
 * event_fields.h: the fields of an event's kinds, described once.
 *
 * struct event (domain/model.h) carries, besides what every event has (id,
 * uid, kind, date, household, subject, related person, who, cancel, time),
 * the fields that only some kinds use: a birth's weight, a screening's
 * conditions, a move's place ... event_fields[] lists those fields, one
 * line each, and these are driven from it:
 *
 *   db/event_columns.c   the event table's columns in SELECT, INSERT and
 *                        UPDATE, binding and reading (by the table's
 *                        order, never by a hand-counted position), and the
 *                        import_event table of the upper level;
 *   db/events.c          the change log's before / after JSON (one key per
 *                        column);
 *   exchange/package.c   the kind-specific columns of the events file
 *                        (writing: which kinds fill a cell, how it is
 *                        encoded; reading: the range each cell must be in);
 *   tui/event_form.c     the fields of each kind's form (widget, label in
 *                        both languages, range, required).
 *
 * The order of the table is the order of the package's columns
 * (docs/format.md): never reorder it, append. The change log's JSON and the
 * database statements follow the same order; the forms follow it too, with
 * EF_FORM_LAST moving a field to the end of its form.
 *
 * What is not driven from here, and why:
 *   - what every event has (the columns before child_sex in the package,
 *     the ids and the cancel in the database) is structural: joins,
 *     pseudonyms and lookups, written out where they are used;
 *   - the undo data of the database (prev_marital ... closed_household) is
 *     not part of struct event (db/effects.c owns it);
 *   - the area of a move (EF_AREA) is an id in the register and an area
 *     number in the package and in import_event (column "to_area"): the
 *     database and package code translate it (event_record.to_area_number);
 *   - the conditions of a screening are one bit set in the database and in
 *     the change log (EF_BITS, no package column), and one 0/1 column and
 *     one yes/no field per condition (EF_BIT, no database column);
 *   - what a kind requires and the checks of storage (db/events.c
 *     event_validate_kind) and of the rules (domain/rules.c) are rules, not
 *     descriptions; the change of details (field / old_value / new_value)
 *     and the spouse have forms of their own (tui/event_form.c).
 *
 * Adding a field: docs/architecture.md, "Adding a field to an event".
 */
#ifndef DANSO_EVENT_FIELDS_H
#define DANSO_EVENT_FIELDS_H

#include "domain/model.h"

#include <stddef.h>
#include <stdint.h>

typedef enum ef_type {
	EF_INT = 0,  /* int: a count or a number in [min, max] */
	EF_FLAG,     /* int 0 / 1: a yes / no */
	EF_SEX,      /* enum sex, from code list "sex" */
	EF_CODE,     /* char[]: a code of code list `list` */
	EF_TEXT,     /* char[]: free text */
	EF_AREA,     /* int64_t: an area's id (its number in the package) */
	EF_BITS,     /* unsigned: a set of bits, stored whole */
	EF_BIT       /* one bit of the EF_BITS field before it */
} ef_type;

enum ef_flag {
	EF_REQUIRED = 1 << 0,        /* the form does not save it empty */
	EF_ZERO_EMPTY = 1 << 1,      /* 0 means "not known": an empty cell */
	EF_PERSONAL = 1 << 2,        /* left empty with --no-names */
	EF_PERSONAL_IF_NAME = 1 << 3, /* ... when the changed detail is a name or id */
	EF_FORM_LAST = 1 << 4,       /* at the end of its form */
	EF_NO_FORM = 1 << 5          /* not a field of the generic form */
};

/* The bit of an event kind in event_field.kinds. */
#define EK(kind) (1u << (kind))

typedef struct event_field {
	const char *column;      /* the event table's column and the change log's
	                            key; NULL for an EF_BIT */
	const char *csv;         /* the package's column (and the form field's id);
	                            NULL when not in the package (EF_BITS) */
	ef_type type;
	size_t offset, size;     /* the member of struct event */
	unsigned bit;            /* EF_BIT: its bit */
	unsigned kinds;          /* EK() of the kinds that carry it */
	unsigned form_kinds;     /* EK() of the kinds whose form shows it; 0:
	                            kinds (unless EF_NO_FORM) */
	unsigned flags;          /* enum ef_flag */
	const char *list;        /* EF_CODE, EF_SEX: the code list */
	long min, max;           /* what the form accepts (EF_INT); for EF_TEXT,
	                            max is the form's width */
	long csv_max;            /* the package reader accepts 0..csv_max
	                            (EF_INT, EF_FLAG, EF_SEX, EF_AREA, EF_BIT) */
	const char *vi, *en;     /* the form's label */
	unsigned alt_kinds;      /* EK() of the kinds whose form says alt_vi / alt_en */
	const char *alt_vi, *alt_en;
} event_field;

extern const event_field event_fields[];
extern const size_t event_nfields;

/* The field whose column or package column is name; NULL if none. */
const event_field *event_field_find(const char *name);

/* The form field's id: the package column, else the database column. */
const char *event_field_id(const event_field *f);

/* 1 if f is in the package: it has a package column, or it is an EF_BITS
 * whose bits have. */
int event_field_in_package(const event_field *f);

/* 1 for the text types (EF_CODE, EF_TEXT), 0 for the numbers. */
int event_field_is_text(const event_field *f);

/* 1 if kind carries f / shows it in its form. */
int event_field_of(const event_field *f, event_kind kind);
int event_field_on_form(const event_field *f, event_kind kind);

/* A number field's value (EF_BIT: 0 / 1) and setting it. */
int64_t event_field_int(const event *ev, const event_field *f);
void event_field_set_int(event *ev, const event_field *f, int64_t v);

/* A text field's value and setting it (cut at the field's size; 0 if it
 * fitted, -1 if it was cut). */
const char *event_field_text(const event *ev, const event_field *f);
int event_field_set_text(event *ev, const event_field *f, const char *s);

/* The form's label of f for kind, in the interface language. */
const char *event_field_label(const event_field *f, event_kind kind);

#endif
