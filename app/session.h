/* SPDX-License-Identifier: GPL-3.0-or-later. Copyright (C) 2026 the danso developers, see COPYING. */
/*
 * session.h: opening the register for a front end. Both the command line
 * (cli/) and the interface (tui/) open the database through here, so the
 * refusal of a file that is not yet a danso register, or of a damaged one,
 * is said once.
 */
#ifndef DANSO_SESSION_H
#define DANSO_SESSION_H

#include "domain/error.h"

struct db;

/* Open the initialised danso database at path (flags as db_open). On
 * failure *out is NULL, err says why (an uninitialised file names the
 * `danso init` command) and -1 is returned. */
int session_open_db(const char *path, int flags, struct db **out, ds_err *err);

/* Open any danso database at path (an upper level's too) as db_open does.
 * A damaged file (db_open's DB_DAMAGED: nothing is written to it) is
 * refused with what to do: the newest good backup to restore, by name. */
int session_open_any(const char *path, int flags, struct db **out, ds_err *err);
/* What `danso init` sets up. province and upper may be ""; pin_hash is
 * the officer's PIN hash, or "" for no PIN yet (the interface then asks
 * for one). */
typedef struct session_commune {
	const char *commune;       /* 5-digit code */
	const char *name;
	const char *province;      /* 2-digit code or "" */
	const char *upper;         /* the upper level's name or "" */
	const char *pin_hash;
} session_commune;

/* Create (with its folder) and initialise the database at path for
 * commune c, in one transaction: the settings (code, names, the creation
 * time, a new pseudonym key), the default code lists, and the officer
 * account "canbo". A file that already holds a commune is refused and
 * left as it is. 0, or -1 with err. */
int session_init_commune(const char *path, const session_commune *c, ds_err *err);

/* Give a new upper-level database (one without accounts) its officer
 * account "canbo" with the PIN hash pin_hash, in one transaction: importing
 * needs a login there too (docs/upper-level.md). 0, or -1 with err. */
int session_add_upper_officer(struct db *d, const char *pin_hash, ds_err *err);

#endif
