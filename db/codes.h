/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/*
 * codes.h (db): the code lists stored in the database (table code_list).
 */
#ifndef DANSO_DB_CODES_H
#define DANSO_DB_CODES_H

#include "db/db.h"
#include "domain/codes.h"

typedef struct code_entry {
	char code[8];
	char label_vi[96];
	char label_en[96];
} code_entry;

/* Insert the compiled-in defaults (existing codes are left as they are). */
int db_codes_seed(db *d, ds_err *err);

/* Every code of a list in display order. *out is owned by the caller
 * (free()); *n is its length. */
int db_codes_list(db *d, const char *list, code_entry **out, size_t *n, ds_err *err);

/* 1 if code is in the list, 0 if not, -1 on error. */
int db_code_exists(db *d, const char *list, const char *code);

/* 0 if code is in code list `list` ("" accepted when optional); else -1
 * with the message "field: code ... is not in the list" on err, naming
 * field. */
int db_code_check(db *d, const char *list, const char *field, const char *code, int optional, ds_err *err);

/* The label of a code in the interface language, copied into buf; returns
 * 0, or 1 (buf gets the code itself) when the code is unknown. */
int db_code_label(db *d, const char *list, const char *code, char *buf, size_t n);

/* Replace a whole list (a province's own codes), audited; must run inside
 * the caller's transaction so several lists change together or not at all. */
int db_codes_replace(db *d, const char *list, const code_entry *entries, size_t n, ds_err *err);

#endif
