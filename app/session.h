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

#endif
