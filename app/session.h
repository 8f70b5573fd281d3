/*
 * session.h: opening the register for a front end. Both the command line
 * (cli/) and the interface (tui/) open the database through here, so the
 * refusal of a file that is not yet a danso register is said once.
 */
#ifndef DANSO_SESSION_H
#define DANSO_SESSION_H

#include "domain/error.h"

struct db;

/* Open the initialised danso database at path (flags as db_open). On
 * failure *out is NULL, err says why (an uninitialised file names the
 * `danso init` command) and -1 is returned. */
int session_open_db(const char *path, int flags, struct db **out, ds_err *err);

#endif
